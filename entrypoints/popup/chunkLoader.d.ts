/** A module built as a chunk of its own, as a function that loads it (scripts/chunkLoader.ts). */
declare module 'chunk-loader:*' {
  const load: () => Promise<unknown>;
  export default load;
}

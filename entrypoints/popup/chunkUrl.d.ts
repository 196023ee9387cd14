/** A module built as a chunk of its own, as its URL (scripts/chunkUrl.ts). */
declare module 'chunk-url:*' {
  const url: string;
  export default url;
}

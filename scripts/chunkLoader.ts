import type { Plugin } from 'vite';

/**
 * `import loadDetails from 'chunk-loader:./Details'`: builds ./Details as a chunk of its own and
 * gives a function that loads it with a plain `import("/chunks/Details-….js")`, for a page to call
 * once it has painted. A literal `import()`
 * would bring Vite's preload helper into the page's first script: 0.7 KB gzip of the popup's
 * 12 KB first-paint budget (issue 10). In dev and in unit tests the module is served as it is.
 * That helper is also what loads a chunk's CSS, so such a chunk may import none: its styles go
 * with the page (the build fails otherwise, rather than ship an unstyled part of a page).
 */
export function chunkLoader(): Plugin {
  let build = false;
  const PREFIX = 'chunk-loader:';
  const targets = new Set<string>();
  return {
    name: 'afterglow:chunk-loader',
    configResolved(config) {
      build = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const target = await this.resolve(source.slice(PREFIX.length), importer);
      return target && `\0${PREFIX}${target.id}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const target = id.slice(PREFIX.length + 1);
      // A loader with the address written in it, not a URL to import later: Firefox's linter
      // (and a store reviewer) refuses an import() of a variable as possible remote code.
      if (!build) return `export default () => import(/* @vite-ignore */ ${JSON.stringify(`/@fs${target}`)});`;
      targets.add(target);
      return `export default () => import(import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: target, preserveSignature: 'strict' })});`;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.facadeModuleId || !targets.has(file.facadeModuleId)) continue;
        const css = [...(file.viteMetadata?.importedCss ?? [])];
        if (css.length > 0) this.error(`${file.facadeModuleId} is loaded by its URL, so its CSS (${css.join(', ')}) would never load: import that CSS from the page.`);
      }
    },
  };
}

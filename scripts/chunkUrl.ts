import type { Plugin } from 'vite';

/**
 * `import url from 'chunk-url:./Details'`: builds ./Details as a chunk of its own and gives its
 * URL, for a page to load with a plain `import(url)` once it has painted. A literal `import()`
 * would bring Vite's preload helper into the page's first script: 0.7 KB gzip of the popup's
 * 12 KB first-paint budget (issue 10). In dev and in unit tests the module is served as it is.
 * That helper is also what loads a chunk's CSS, so such a chunk may import none: its styles go
 * with the page (the build fails otherwise, rather than ship an unstyled part of a page).
 */
export function chunkUrl(): Plugin {
  let build = false;
  const PREFIX = 'chunk-url:';
  const targets = new Set<string>();
  return {
    name: 'afterglow:chunk-url',
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
      if (!build) return `export default ${JSON.stringify(`/@fs${target}`)};`;
      targets.add(target);
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: target, preserveSignature: 'strict' })};`;
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

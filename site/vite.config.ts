import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { landingDefines, readLandingConfig } from './config.ts';
import { landingBundle } from './landingBundle.ts';

// `npm run build:site`: the clinic landing page (index.html) and the link builder
// (builder.html) as plain static files, sharing components and utils with the extension.
// Relative asset paths, so the folder can be hosted at any address on any static host.
// AFTERGLOW_SITE_OUT_DIR picks the output folder (default site-dist/).
const here = import.meta.dirname;

const config = readLandingConfig();

export default defineConfig({
  root: here,
  base: './',
  // landingBundle: the landing page the builder exports for a clinic to host (issue 17).
  plugins: [preact(), landingBundle(config)],
  resolve: { alias: { '@': resolve(here, '..') } },
  define: landingDefines(config),
  build: {
    outDir: process.env.AFTERGLOW_SITE_OUT_DIR ?? resolve(here, '../site-dist'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve(here, 'index.html'), builder: resolve(here, 'builder.html') } },
  },
});

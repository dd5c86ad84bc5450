import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'esbuild';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { pathAliases } from './scripts/path-aliases';

const alias = pathAliases(__dirname);

/**
 * The risk worker beside the main bundle, as out/main/risk-worker.cjs: the main process looks there
 * first (electron/node/risk/analyses.ts) and the installer ships out/main but not out/node, where
 * scripts/build.mjs puts the CLI's copy. Built here so `npm run dist` (electron-vite alone) has it too.
 */
function riskWorker(): Plugin {
  return {
    name: 'cxcase-risk-worker',
    apply: 'build',
    async closeBundle() {
      await build({
        entryPoints: [resolve(__dirname, 'electron/node/risk/worker-entry.ts')],
        outfile: resolve(__dirname, 'out/main/risk-worker.cjs'),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        logLevel: 'warning',
      });
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    plugins: [riskWorker()],
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads can only require('electron'): bundle everything else in, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    resolve: { alias },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // No inline scripts or styles: the CSP forbids them.
      assetsInlineLimit: 0,
      minify: process.env['CXCASE_NO_MINIFY'] ? false : 'esbuild',
      // A local desktop app loads its bundle from disk: one chunk of under 1.5 MB is fine.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});

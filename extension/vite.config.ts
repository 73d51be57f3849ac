import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The extension reuses the dashboard's crypto and session model by relative import
// (../web/src); the packages those files import are resolved from the extension's own
// node_modules, and libsodium (used by the dashboard only to seal GitHub secrets) is left out.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** @hpke's sources carry comments Rollup cannot place; they say nothing about this build. */
export function onwarn(
  warning: { code?: string; message: string },
  warn: (w: { code?: string; message: string }) => void,
): void {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
}

export const resolve = {
  alias: {
    '@hpke/core': here('./node_modules/@hpke/core'),
    '@hpke/dhkem-x25519': here('./node_modules/@hpke/dhkem-x25519'),
    'libsodium-wrappers': here('./src/stubs/no-sodium.ts'),
  },
};

// Pages (popup, offscreen) and the service worker: ES modules. The content script is built
// separately as one classic script (vite.content.config.ts), as content scripts must be.
export default defineConfig({
  root: 'src',
  base: './',
  publicDir: here('./public'),
  resolve,
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      onwarn,
      input: {
        popup: here('./src/popup/popup.html'),
        offscreen: here('./src/offscreen/offscreen.html'),
        background: here('./src/background/background.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { fs: { allow: ['..'] } },
});

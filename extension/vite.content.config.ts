import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { onwarn, resolve } from './vite.config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The content script: one self-contained classic script (no imports at run time).
export default defineConfig({
  resolve,
  publicDir: false,
  build: {
    outDir: here('./dist'),
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    rollupOptions: { onwarn },
    lib: {
      entry: here('./src/content/content.ts'),
      formats: ['iife'],
      name: 'keyhavenContent',
      fileName: () => 'content.js',
    },
  },
});

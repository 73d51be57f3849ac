import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dashboard is served same-origin with the API; in dev Vite proxies /api to the local server.
const apiTarget = process.env.KEYHAVEN_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    target: 'es2022',
    // zxcvbn's dictionaries (about 1.4 MB) are one lazy chunk, loaded only where a password is chosen.
    // (A manual chunk also takes in its dependencies, so only self-contained packages go in one.)
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('/@zxcvbn-ts/')) return 'zxcvbn';
          return undefined;
        },
      },
    },
  },
  server: {
    // The key formats file lives beside the server code it is shared with (shared/core).
    fs: { allow: ['.', '../shared/core/src/main/resources/keyhaven'] },
    // The server allows CORS only for configured origins; to it, the dev server is same-origin.
    proxy: Object.fromEntries(
      ['/api', '/q'].map((path) => [
        path,
        {
          target: apiTarget,
          changeOrigin: true,
          configure: (proxy: {
            on: (
              event: 'proxyReq',
              fn: (req: { setHeader: (k: string, v: string) => void }) => void,
            ) => void;
          }) => proxy.on('proxyReq', (req) => req.setHeader('origin', new URL(apiTarget).origin)),
        },
      ]),
    ),
  },
});

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
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/q': { target: apiTarget, changeOrigin: false },
    },
  },
});

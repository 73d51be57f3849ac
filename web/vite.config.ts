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
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('/@zxcvbn-ts/')) return 'zxcvbn';
          if (id.includes('/chart.js/') || id.includes('/react-chartjs-2/')) return 'charts';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/q': { target: apiTarget, changeOrigin: false },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

// The dashboard is a SPA under /admin; in development Vite serves it with hot
// reload and passes everything else to the Barta server behind it.
export default defineConfig({
  root: 'client',
  base: '/admin/',
  plugins: [react()],
  build: {
    // CLIENT_DIST lets parallel test runs build into their own folders.
    outDir: process.env.CLIENT_DIST ?? '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/trpc': server,
      '/media': server,
      '/healthz': server,
      '/api': server,
      '/preview': server,
      '/collab': { target: server, ws: true },
    },
  },
});

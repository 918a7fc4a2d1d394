import { defineConfig } from 'vite';

// Served by the GraphQL server under /browser (packages/server/src/serve-static.ts), so every asset URL is
// relative to that base. In `vite dev`, /graphql is proxied to a running `kg serve`.
export default defineConfig({
  root: import.meta.dirname,
  base: '/browser/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});

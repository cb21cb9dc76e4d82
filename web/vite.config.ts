import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The trainee app: `web/` is the Vite root, built to `web/dist`, which the Hono server serves at `/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
  },
  server: {
    // `npm run dev` runs the API on :3000; the Vite dev server forwards to it.
    proxy: { '/api': 'http://localhost:3000' },
  },
})

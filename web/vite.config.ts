/**
 * The browser UI. Built into web/dist, which the Fastify server serves (src/http/server.ts); `vite` in dev
 * proxies the API to a local `npm run dev` on port 3000.
 */
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const WEB_ROOT = decodeURIComponent(new URL('.', import.meta.url).pathname)
const API_DEV_SERVER = 'http://127.0.0.1:3000'

export default defineConfig({
  root: WEB_ROOT,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': API_DEV_SERVER, '/docs': API_DEV_SERVER, '/openapi.json': API_DEV_SERVER } },
})

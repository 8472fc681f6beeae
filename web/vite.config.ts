/**
 * The browser UI. Built into web/dist, which the Fastify server serves (src/http/server.ts); `vite` in dev
 * proxies the API to a local `npm run dev` on port 3000.
 */
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const WEB_ROOT = decodeURIComponent(new URL('.', import.meta.url).pathname)
const API_DEV_SERVER = 'http://127.0.0.1:3000'
/** `@domain/…` is the server's pure domain layer (src/domain): the forms validate with the very rules the API applies. */
const DOMAIN_ROOT = decodeURIComponent(new URL('../src/domain', import.meta.url).pathname)

export default defineConfig({
  root: WEB_ROOT,
  plugins: [react()],
  resolve: { alias: { '@domain': DOMAIN_ROOT } },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { fs: { allow: [WEB_ROOT, DOMAIN_ROOT] }, proxy: { '/api': API_DEV_SERVER, '/docs': API_DEV_SERVER, '/openapi.json': API_DEV_SERVER } },
})

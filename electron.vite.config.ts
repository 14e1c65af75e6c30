import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The core's worker thread is a file of its own (out/main/worker.js), handed to createCore.
        input: { index: resolve('src/main/index.ts'), worker: resolve('src/core/worker/entry.ts') },
        // The native SQLCipher module must stay a real require(); it is loaded with an Electron build.
        external: ['better-sqlite3-multiple-ciphers']
      }
    }
  },
  preload: {
    // Sandboxed preloads cannot require() anything but electron: bundle everything into one file.
    build: { externalizeDeps: false }
  },
  renderer: {
    resolve: { alias: { '@renderer': resolve('src/renderer/src') } },
    plugins: [react()]
  }
})

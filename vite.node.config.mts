import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

// The Node shells (dpo CLI, web server) and the core's worker thread (src/core/worker/entry.ts →
// out/node/worker.js, handed to createCore as workerFile) are bundled into out/node as ES modules;
// npm dependencies stay external and load from node_modules at run time.
export default defineConfig({
  plugins: [
    {
      // The bundles are ES modules; say so, or Node warns on every run of dpo and the web shell.
      name: 'esm-package-marker',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "module" }\n' })
      }
    }
  ],
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { cli: 'src/cli/index.ts', web: 'src/web/index.ts', worker: 'src/core/worker/entry.ts' },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), /^[^./]/],
      output: { format: 'es', entryFileNames: '[name].js' }
    }
  }
})

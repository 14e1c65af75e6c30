#!/usr/bin/env node
// The `dpo` command: loads the CLI bundle that `npm run build` (or `npm run build:node`) writes.
import { existsSync } from 'node:fs'

const bundle = new URL('../out/node/cli.js', import.meta.url)
if (!existsSync(bundle)) {
  process.stderr.write('dpo: out/node/cli.js is missing: run npm run build first (or npm run build:node for the CLI alone).\n')
  process.exit(2)
}

// out/node/cli.js is an ES module in a folder without {"type":"module"}: Node loads it correctly
// but warns about it on every run, which would pollute the stderr of scripts. Only that one
// warning is dropped; the proper fix is a package.json in out/node written by the build.
const emitWarning = process.emitWarning
process.emitWarning = function (warning, ...rest) {
  const code = typeof rest[0] === 'object' && rest[0] !== null ? rest[0].code : rest[1]
  if (code === 'MODULE_TYPELESS_PACKAGE_JSON') return
  return emitWarning.call(process, warning, ...rest)
}

await import(bundle.href)

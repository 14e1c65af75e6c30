import { main } from './main'

/**
 * The `dpo` command (bin/dpo.mjs loads the bundle of this file). The exit code is set rather than
 * forced with process.exit, so output written to a pipe is flushed completely.
 */
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})

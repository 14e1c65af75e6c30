import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * DejaVu Sans, embedded in every PDF (as a subset, with a ToUnicode map: the text is real,
 * searchable and copyable) and in every DOCX: it covers every Latin letter, „“ «» – … and the
 * non-breaking space. Read from the dejavu-fonts-ttf package; a shell whose node_modules live
 * elsewhere (a packaged app) sets the folder with setFontDir.
 */
export const FONT_FAMILY = 'DejaVu Sans'
export type FontFace = 'regular' | 'bold' | 'oblique' | 'condensed' | 'condensedBold'

const files: Record<FontFace, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  oblique: 'DejaVuSans-Oblique.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf'
}

let fontDir: string | undefined
const cache = new Map<FontFace, Buffer>()

export function setFontDir(dir: string | undefined): void {
  fontDir = dir
  cache.clear()
}

function defaultFontDir(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
}

export function font(face: FontFace): Buffer {
  let data = cache.get(face)
  if (!data) {
    data = readFileSync(join(fontDir ?? defaultFontDir(), files[face]))
    cache.set(face, data)
  }
  return data
}

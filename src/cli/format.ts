/** Splits text into lines of at most `width` characters at spaces; a longer word stays whole. */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = []
  let line = firstIndent
  let empty = true
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && [...line].length + 1 + [...word].length > width) {
      lines.push(line)
      line = indent
      empty = true
    }
    line += (empty ? '' : ' ') + word
    empty = false
  }
  lines.push(line)
  return lines
}

/**
 * Two columns, the first padded to its widest cell: "Label   value". With `alignRight` the values
 * are right-aligned (counts); with `width` long values wrap under themselves (help texts).
 * Widths count characters, which is right for the NFC texts we print.
 */
export function table(rows: ReadonlyArray<readonly [string, string]>, options: { indent?: string; alignRight?: boolean; width?: number } = {}): string[] {
  const { indent = '', alignRight = false, width } = options
  const labelWidth = Math.max(0, ...rows.map(([label]) => [...label].length))
  const valueWidth = Math.max(0, ...rows.map(([, value]) => [...value].length))
  const hanging = ' '.repeat([...indent].length + labelWidth + 2)
  return rows.flatMap(([label, value]) => {
    const first = `${indent}${label}${' '.repeat(labelWidth - [...label].length)}  `
    if (width !== undefined) return wrap(value, width, hanging, first).map((l) => l.trimEnd())
    return [`${first}${alignRight ? value.padStart(valueWidth) : value}`.trimEnd()]
  })
}

/** At most `max` lines, then a summary line made by `more(count)`. */
export function capped(lines: readonly string[], max: number, more: (count: number) => string): string[] {
  return lines.length <= max ? [...lines] : [...lines.slice(0, max), more(lines.length - max)]
}

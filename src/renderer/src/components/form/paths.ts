/**
 * Form drafts are plain objects addressed by dotted paths as zod reports them: "name",
 * "transfers.0.country", "dpia.wp248". Reads and immutable writes by path live here.
 */
export type Draft = Readonly<Record<string, unknown>>

const isIndex = (segment: string): boolean => /^\d+$/.test(segment)

export function getIn(root: unknown, path: string): unknown {
  let value: unknown = root
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

export function setIn<T>(root: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.')
  const container: unknown = root ?? (isIndex(head) ? [] : {})
  const current = (container as Record<string, unknown>)[head]
  const value = rest.length === 0 ? next : setIn(current, rest.join('.'), next)
  if (Array.isArray(container)) {
    const copy = container.slice()
    copy[Number(head)] = value
    return copy as T
  }
  return { ...(container as object), [head]: value } as T
}

/** Same content, compared the way the core compares documents (by their JSON form). */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Server issues name the method input ("changes.reviewDate", "data.name"); the core's
 * re-validation of the merged document names the field only ("reviewDate"). Both become "reviewDate".
 */
export function fieldPathOf(path: string | readonly PropertyKey[]): string {
  const joined = typeof path === 'string' ? path : path.map(String).join('.')
  return joined.replace(/^(changes|data)(\.|$)/, '')
}

/** Field path → message; the first message per path wins. */
export type FieldErrors = Readonly<Record<string, string>>

export function errorsOf(issues: ReadonlyArray<{ path: string | readonly PropertyKey[]; message: string }>, text: (message: string) => string): FieldErrors {
  const out: Record<string, string> = {}
  for (const issue of issues) {
    const path = fieldPathOf(issue.path)
    if (!(path in out)) out[path] = text(issue.message)
  }
  return out
}

/** The errors at a path or below it (a group shows what its items got wrong). */
export function errorAtOrBelow(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path]
  const prefix = `${path}.`
  const key = Object.keys(errors).find((k) => k.startsWith(prefix))
  return key ? errors[key] : undefined
}

/** A DOM id for a field path, unique within the page. */
export const fieldId = (prefix: string, path: string): string => `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`

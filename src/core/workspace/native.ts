/**
 * better-sqlite3 ships one compiled module per runtime ABI. Node (tests, CLI, web shell) uses the
 * package's own build; Electron hands in the path of a build for its ABI, kept apart.
 */
let nativeBinding: string | undefined

export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path
}

export function currentNativeBinding(): string | undefined {
  return nativeBinding
}

/** Small helpers so every bench prints the same kind of table. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export function timeIt(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

export function row(label: string, ...values: Array<string | number>): string {
  return [label.padEnd(44), ...values.map((v) => (typeof v === 'number' ? v.toFixed(2) : v).padStart(12))].join('')
}

import type { ChangesExportFile, RopaExportFile } from '../../shared/exports'

/** Pretty-printed UTF-8 JSON with a final newline; key order is the order the builders write. */
export function renderJson(value: RopaExportFile | ChangesExportFile): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8')
}

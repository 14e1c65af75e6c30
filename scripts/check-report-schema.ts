// npx tsx scripts/check-report-schema.ts — writes docs/schemas/check-report.schema.json, the JSON
// Schema of what `dpo check FILE --json` prints, generated from the zod schema in src/shared/checks.ts.
// test/unit/checks.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { CheckCliOutput } from '../src/shared/checks'

const file = resolve(__dirname, '../docs/schemas/check-report.schema.json')
writeFileSync(file, `${JSON.stringify(z.toJSONSchema(CheckCliOutput, { target: 'draft-2020-12' }), null, 2)}\n`)
console.log(`wrote ${file}`)

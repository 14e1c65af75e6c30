import { z } from 'zod'

/**
 * The schema of a partial update: every field optional and, unlike zod's .partial(), no defaults
 * filled in, so a patch that names one field changes exactly that field.
 */
export function patchOf<S extends z.ZodObject>(schema: S): z.ZodObject<{ [K in keyof S['shape']]: z.ZodOptional<S['shape'][K]> }> {
  const shape: Record<string, z.ZodType> = {}
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)
    shape[key] = inner.optional()
  }
  return z.strictObject(shape) as never
}

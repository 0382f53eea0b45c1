import { z } from 'zod'
import { Timestamp } from './ids'
import { SegmentStatus } from './translation'

const text = z.string().min(1).max(100_000)
const lang = z.string().min(1).max(35)

/** One translated segment the translation memory remembers (see translation/memory). */
export const MemoryUnit = z.object({
  id: z.string().min(1).max(200),
  source: text,
  target: text,
  sourceLang: lang,
  targetLang: lang,
  articleId: z.string().max(64).nullable(),
  rowId: z.string().max(64).nullable(),
  status: SegmentStatus,
  updatedAt: Timestamp
})
export type MemoryUnit = z.infer<typeof MemoryUnit>

/** `memory/imported.json`: units imported from TMX files, which no article holds. */
export const ImportedMemoryDoc = z.object({ schemaVersion: z.literal(1), units: z.array(MemoryUnit) })
export type ImportedMemoryDoc = z.infer<typeof ImportedMemoryDoc>

import { z } from 'zod'

/**
 * The outcome of importing one input. `reason` is a message in the server's language;
 * `reasonCode` and `reasonParams` let a client translate it into its own.
 */
export const ImportOutcome = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  id: z.string().optional(),
  title: z.string().optional(),
  encoding: z.string().optional(),
  reason: z.string().optional(),
  reasonCode: z.string().optional(),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Annotations the file brought (brat, CoNLL, doccano, Web Annotation), when it brought any. */
  annotations: z.number().int().nonnegative().optional(),
  /** Every article the file became, when it held more than one (doccano: one per line). */
  articles: z.array(z.string()).optional(),
  /** Web Annotation imported into an article: the annotations whose quote was not found there. */
  unanchored: z.number().int().nonnegative().optional()
})
export type ImportOutcome = z.infer<typeof ImportOutcome>

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
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})
export type ImportOutcome = z.infer<typeof ImportOutcome>

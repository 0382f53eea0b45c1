import { z } from 'zod'

/** Ids name shard files on disk, so they are restricted to a path-safe alphabet. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"')

/** ISO 8601 timestamp with time, as produced by `new Date().toISOString()`. */
export const Timestamp = z.iso.datetime({ offset: true })

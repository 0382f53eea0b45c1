import { z } from 'zod'
import type { BagProblemCode } from '../formats/bagit'
import type { BundlePreview } from '../bundle/merge-plan'
import { Id } from '../model/ids'
import type { AppError } from './result'

/** Input and output shapes of bundles (issue 13) and of long work run as jobs. */

/** The format ids `scriptorium export --formats` and the export dialog know, in that order. */
export const FORMAT_IDS = ['json', 'txt', 'wa', 'brat', 'conll', 'tei', 'xliff', 'html'] as const
export type FormatId = (typeof FORMAT_IDS)[number]

/**
 * Long work (an export, checking or applying a bundle) runs as a job: started by one
 * operation, followed through `job` events on the change feed, cancelled by `cancelJob`.
 */
export interface JobView<R = unknown> {
  id: string
  kind: 'export' | 'bundleCheck' | 'bundleApply'
  state: 'running' | 'done' | 'failed' | 'cancelled'
  /** Progress: articles written, or bytes read (total 0 when unknown). */
  done: number
  total: number
  result?: R
  error?: AppError
}

/** The result of an export job: what was written and where the file waits to be saved. */
export interface ExportResult {
  articles: number
  files: number
  bytes: number
  /** The zip's suggested name, e.g. scriptorium-2026-12-03.zip. */
  fileName: string
  /** Browser mode: the one-time key of `GET /api/download?job=…&key=…`. */
  downloadKey: string
}

/** The result of checking a bundle: refused with its problems, or the preview and the ticket to apply it. */
export interface BundleCheckResult {
  ticket: string | null
  preview: BundlePreview | null
  problems: { file: string; problem: BagProblemCode; message: string }[]
}

/** Base64 of a bundle's bytes, within the server's body limit. */
const base64 = z.string().max(28 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
const jobId = z.string().regex(/^j_[0-9a-f]{16}$/)
/** A file streamed to `POST /api/upload` in browser mode (any size up to the server's limit). */
const uploadId = z.string().regex(/^u_[0-9a-f]{16}$/)

export const bundleOperations = {
  exportFormats: z.object({}).strict(),
  /** Without `ids`, the whole archive. */
  startExport: z.object({ ids: z.array(Id).min(1).max(100_000).optional(), formats: z.array(z.enum(FORMAT_IDS)).min(1).max(FORMAT_IDS.length) }).strict(),
  /** Electron: asks where to save a finished export (the native dialog) and moves it there. */
  saveExport: z.object({ id: jobId }).strict(),
  /**
   * The bundle's bytes as base64 (small files), the id of its upload (browser mode), or its
   * path on this computer (Electron, any size up to the upload limit): one of the three.
   */
  startBundleCheck: z
    .object({ name: z.string().min(1).max(1024), data: base64.optional(), upload: uploadId.optional(), path: z.string().min(1).max(4096).optional() })
    .strict()
    .refine((input) => [input.data, input.upload, input.path].filter((given) => given !== undefined).length === 1, { message: 'give one of data, upload or path', path: ['data'] }),
  startBundleApply: z.object({ ticket: z.string().regex(/^b_[0-9a-f]{16}$/) }).strict(),
  jobStatus: z.object({ id: jobId }).strict(),
  cancelJob: z.object({ id: jobId }).strict()
}

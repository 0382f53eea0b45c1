import type { Translate } from '../../i18n'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { rmSync } from 'node:fs'
import { copyFile, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BundlePreview } from '@shared/bundle/merge-plan'
import type { BundleCheckResult, ExportResult, FormatId, JobView } from '@shared/ipc/bundle-contract'
import { AppFailure } from '@shared/ipc/result'
import type { AppContext } from '../../app-context'
import { osActor } from '../annotation/env'
import type { JobWork } from '../jobs/jobs'
import { exportBundle } from './export-service'
import { applyBundle, BundleRefused, previewBundle, verifiedBundle } from './import-service'
import { localBundlePath } from './local-bundle'
import type { BundleContent } from './read-bundle'

const VERSION = process.env.npm_package_version ?? '0.1.0'
/** Checked bundles waiting for Apply (each keeps its file: Apply reads its articles again); an older one must be chosen again. */
const KEEP_TICKETS = 4

const fileNameOf = (): string => `scriptorium-${new Date().toISOString().slice(0, 10)}.zip`

/** A job's work from a promise that cannot be stopped midway (an import lands whole or not at all). */
const unstoppable = <R>(result: Promise<R>): JobWork<R> => ({ result, cancel: () => undefined })

/**
 * Bundles for the app: exports written to a private temporary folder (downloaded in browser
 * mode, moved by the native save dialog in Electron), and uploaded bundles checked, previewed
 * and applied — each as a job.
 */
export class BundleJobs {
  private readonly exports = new Map<string, { path: string; fileName: string; key: string }>()
  private readonly tickets = new Map<string, { content: BundleContent; folder: string | null }>()

  constructor(private readonly ctx: AppContext) {}

  private get t(): Translate {
    return this.ctx.t
  }

  async startExport(ids: string[] | undefined, formats: FormatId[]): Promise<JobView<ExportResult>> {
    const folder = await mkdtemp(join(tmpdir(), 'scriptorium-export-'))
    const fileName = fileNameOf()
    const out = join(folder, fileName)
    const key = randomBytes(16).toString('hex')
    const locale = this.ctx.settings.get().language ?? 'en'
    let jobId = ''
    const view = this.ctx.jobs.start<ExportResult>({
      kind: 'export',
      run: (progress) => {
        const run = exportBundle(this.ctx.archive, { ids, formats, out, version: VERSION, locale, progress }, this.t)
        return { cancel: run.cancel, result: run.result.then(({ articles, files, bytes }) => ({ articles, files, bytes, fileName, downloadKey: key })) }
      },
      dispose: () => {
        this.exports.delete(jobId)
        rmSync(folder, { recursive: true, force: true })
      }
    })
    jobId = view.id
    this.exports.set(view.id, { path: out, fileName, key })
    return view
  }

  /** The finished export a browser download names, when its key is right. */
  download(jobId: string, key: string): { path: string; fileName: string } | null {
    const entry = this.exports.get(jobId)
    if (!entry || entry.key.length !== key.length || !timingSafeEqual(Buffer.from(entry.key), Buffer.from(key))) return null
    try {
      this.ctx.jobs.result(jobId, 'export')
    } catch {
      return null
    }
    return entry
  }

  /** Electron: copies a finished export where the native save dialog says; null when cancelled. */
  async save(jobId: string, choose: (fileName: string) => Promise<string | null>): Promise<string | null> {
    this.ctx.jobs.result(jobId, 'export')
    const entry = this.exports.get(jobId)
    if (!entry) throw new AppFailure('job.notFound', `No export ${jobId}`, { id: jobId }, 'id')
    const target = await choose(entry.fileName)
    if (target === null) return null
    await copyFile(entry.path, target)
    return target
  }

  /**
   * Checks a bundle sent as bytes, streamed to a file (an upload, which this now owns and
   * removes), or named by its path on this computer (the desktop app: read where it is, never
   * moved or changed).
   */
  async startCheck(name: string, source: Buffer | { path: string } | { local: string }): Promise<JobView<BundleCheckResult>> {
    if ('local' in source) return this.check(await localBundlePath(source.local), null)
    const folder = await mkdtemp(join(tmpdir(), 'scriptorium-bundle-'))
    // Named as uploaded, so a problem with the zip itself names the user's file.
    const safe = (name.split(/[\\/]/).pop() ?? '').replace(/[^\p{L}\p{N}._ -]/gu, '_')
    const path = join(folder, /^[^.]/.test(safe) ? safe : `bundle${safe}`)
    try {
      if (Buffer.isBuffer(source)) await writeFile(path, source)
      else await rename(source.path, path)
    } catch (error) {
      await rm(folder, { recursive: true, force: true })
      if (!Buffer.isBuffer(source)) await rm(source.path, { force: true })
      throw error
    }
    return this.check(path, folder)
  }

  /** The check job of a bundle at `path`; `folder` (ours, holding it) is removed once it is no longer needed. */
  private check(path: string, folder: string | null): JobView<BundleCheckResult> {
    const removeFolder = async (): Promise<void> => {
      if (folder) await rm(folder, { recursive: true, force: true })
    }
    return this.ctx.jobs.start<BundleCheckResult>({
      kind: 'bundleCheck',
      run: (progress) => {
        const run = verifiedBundle(path, undefined, progress)
        const result = run.result
          .then(async (content) => this.checked(content, folder))
          .catch(async (error: unknown) => {
            await removeFolder()
            if (!(error instanceof BundleRefused)) throw error
            const problems = error.problems.map((p) => ({ ...p, message: this.t(`bundle:problem.${p.problem}`) }))
            return { ticket: null, preview: null, problems }
          })
        return { cancel: run.cancel, result }
      }
    })
  }

  private async checked(content: BundleContent, folder: string | null): Promise<BundleCheckResult> {
    const preview = await previewBundle(this.ctx.archive, content, osActor())
    const ticket = `b_${randomBytes(8).toString('hex')}`
    this.tickets.set(ticket, { content, folder })
    for (const old of [...this.tickets.keys()].slice(0, Math.max(0, this.tickets.size - KEEP_TICKETS))) this.forget(old)
    return { ticket, preview, problems: [] }
  }

  startApply(ticket: string): JobView<BundlePreview> {
    const checked = this.tickets.get(ticket)
    if (!checked) throw new AppFailure('bundle.expired', `No checked bundle ${ticket}`, {}, 'ticket')
    this.tickets.delete(ticket)
    const { folder } = checked
    const result = applyBundle(this.ctx.archive, checked.content, osActor()).finally(() => folder && rm(folder, { recursive: true, force: true }))
    return this.ctx.jobs.start<BundlePreview>({ kind: 'bundleApply', run: () => unstoppable(result) })
  }

  /** Removes the files of checked bundles not applied (the app is closing). */
  close(): void {
    for (const ticket of [...this.tickets.keys()]) this.forget(ticket)
  }

  private forget(ticket: string): void {
    const checked = this.tickets.get(ticket)
    this.tickets.delete(ticket)
    if (checked?.folder) rmSync(checked.folder, { recursive: true, force: true })
  }
}

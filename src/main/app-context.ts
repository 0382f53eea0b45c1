import type { Translate } from './i18n'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { AppFailure } from '@shared/ipc/result'
import { Archive } from './archive/archive'
import { watchCatalog } from './catalog-feed'
import { ChangeFeed } from './change-feed'
import { defaultArchiveDir } from './paths'
import { BundleJobs } from './services/bundle/bundle-jobs'
import { UploadStore } from './services/bundle/uploads'
import { Jobs } from './services/jobs/jobs'
import { closeTranslationMemory } from './services/memory'
import { loadSamples } from './services/samples'
import { SearchService } from './services/search/search-service'
import type { SettingsStore } from './settings-store'

/**
 * What every handler works on: the archive open now (which the user may swap for another),
 * the user's settings and the main-process translator.
 */
export class AppContext {
  /** Changes to the archive open now, for every window (see change-feed.ts). */
  readonly feed = new ChangeFeed()
  /** Long work (exports, bundle imports), followed through the feed. */
  readonly jobs: Jobs
  readonly bundles = new BundleJobs(this)
  /** Browser mode: bundles streamed to `POST /api/upload`, waiting for `startBundleCheck`. */
  readonly uploads = new UploadStore()
  /** Electron: the native save dialog (main's index.ts sets it); absent in browser mode. */
  chooseSavePath?: (fileName: string) => Promise<string | null>
  /** Electron: the window may name a bundle by its path on this computer (`startBundleCheck`'s `path`). */
  readsLocalFiles = false
  private unwatch: () => void
  private searchService: SearchService | undefined

  private constructor(
    private current: Archive,
    readonly settings: SettingsStore,
    readonly t: Translate,
    readonly mode: 'electron' | 'browser',
    private readonly warmsSearch: boolean
  ) {
    this.unwatch = watchCatalog(current, this.feed)
    this.jobs = new Jobs(this.feed, t)
    if (warmsSearch) this.search.warm()
  }

  /** `warmSearch`: open the search index in the background whenever an archive opens (the app, not a one-off command). */
  static async start(options: { archiveDir?: string; settings: SettingsStore; t: Translate; mode: 'electron' | 'browser'; readOnly?: boolean; warmSearch?: boolean }): Promise<AppContext> {
    const dir = options.archiveDir ?? options.settings.get().archivePath ?? defaultArchiveDir()
    const archive = await openArchiveAt(dir, options.readOnly)
    return new AppContext(archive, options.settings, options.t, options.mode, options.warmSearch === true)
  }

  get archive(): Archive {
    return this.current
  }

  /** The search index of the archive open now, started on first use (see services/search). */
  get search(): SearchService {
    return (this.searchService ??= new SearchService(this.current, this.feed))
  }

  /** Opens (or, with `create`, makes) another archive and remembers it; the old one is closed. */
  async switchArchive(path: string, create: boolean): Promise<Archive> {
    const dir = resolve(path)
    const info = await stat(dir).catch(() => null)
    if (info && !info.isDirectory()) throw new AppFailure('archive.notAFolder', `${dir} is not a folder`, { path: dir }, 'path')
    if (!info && !create) throw new AppFailure('archive.notFound', `No archive at ${dir}`, { path: dir }, 'path')
    if (dir === this.current.dir) return this.current
    const next = await openArchiveAt(dir)
    await this.closeSearch()
    await this.current.close()
    this.unwatch()
    this.current = next
    this.unwatch = watchCatalog(next, this.feed)
    if (this.warmsSearch) this.search.warm()
    await this.settings.update({ archivePath: dir })
    return next
  }

  async close(): Promise<void> {
    this.jobs.close()
    this.uploads.close()
    this.bundles.close()
    this.unwatch()
    await this.closeSearch()
    await closeTranslationMemory(this)
    await this.current.close()
  }

  private async closeSearch(): Promise<void> {
    const service = this.searchService
    this.searchService = undefined
    await service?.close()
  }
}

/**
 * A folder that does not exist yet becomes a new archive holding the sample articles.
 * `readOnly` opens it without writing anything (an unwritable folder is opened so anyway).
 */
export function openArchiveAt(dir: string, readOnly = false): Promise<Archive> {
  return Archive.open(resolve(dir), { seed: () => loadSamples(), readOnly })
}

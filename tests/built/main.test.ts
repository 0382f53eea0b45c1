import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channelFor } from '@shared/ipc/channels'
import { operationNames } from '@shared/ipc/operation-names'
import { BUILT_MAIN, BUILT_PRELOAD, built, REPO } from './support/built-files'

interface Report {
  handles: string[]
  duplicateHandles: string[]
  windows: { options: { webPreferences?: Record<string, unknown> }; loaded: { file?: string; url?: string } | null }[]
  errorBoxes: { title: string; content: string }[]
  calls: Record<'fromApp' | 'invalidInput' | 'fromForeignPage', { ok: boolean; value?: { path: string; articleCount: number }; error?: { code: string } }>
  saveExport: {
    job: { state: string; result?: { fileName: string; bytes: number } }
    saved: { ok: boolean; value?: { path: string | null } }
    savedFile: { size: number; head: number[] } | null
    cancelled: { ok: boolean; value?: { path: string | null } }
    folderAfter: string[]
    dialogs: { title?: string; defaultPath?: string; filters?: { extensions: string[] }[] }[]
  }
  checkByPath: {
    checked: { state: string; result?: { ticket: string | null; preview: { added: { articles: string[] }; updated: { articles: string[] } } | null; problems: unknown[] } }
    applied: { state: string } | null
    fileAfter: number | null
    sizeBefore: number
    folder: { ok: boolean; error?: { code: string; field?: string } }
    missing: { ok: boolean; error?: { code: string } }
    relative: { ok: boolean; error?: { code: string } }
    tooLarge: { ok: boolean; error?: { code: string; message: string } }
  }
  permissionGranted: boolean | null
  quit: boolean
  failure: string | null
}

const RUNNER = join(REPO, 'tests', 'built', 'support', 'run-built-main.mjs')
const APP_PAGE = pathToFileURL(join(REPO, 'out', 'renderer', 'index.html')).href

let tmp: string
let report: Report

/**
 * Starts the BUILT main process (out/main/index.js) in a child Node with a fake `electron`
 * (support/fake-electron.mjs) and a fresh user folder, lets it reach its menu, calls two of
 * its handlers as the renderer and as a foreign page would, quits, and reads what it did.
 */
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'scriptorium-built-main-'))
  const reportFile = join(tmp, 'report.json')
  const env: NodeJS.ProcessEnv = { ...process.env, SCRIPTORIUM_HOME: join(tmp, 'home'), LANG: 'en_US.UTF-8' }
  delete env.ELECTRON_RENDERER_URL
  const { stderr } = await promisify(execFile)(process.execPath, [RUNNER, built(BUILT_MAIN), reportFile, APP_PAGE], { cwd: REPO, env, timeout: 60_000 })
  report = JSON.parse(await readFile(reportFile, 'utf8')) as Report
  if (report.failure) throw new Error(`the built main process failed: ${report.failure}\n${stderr}`)
}, 90_000)

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe('the built main process (out/main/index.js) with a stand-in Electron', () => {
  it('starts on a new archive without an error dialog', () => {
    expect(report.errorBoxes).toEqual([])
    expect(report.calls.fromApp.ok).toBe(true)
    expect(report.calls.fromApp.value?.path).toBe(join(tmp, 'home', 'archive'))
    expect(report.calls.fromApp.value?.articleCount).toBeGreaterThan(0)
  })

  it('registers exactly one ipcMain.handle per contract operation, and no other', () => {
    expect(report.duplicateHandles).toEqual([])
    expect([...report.handles].sort()).toEqual(operationNames.map(channelFor).sort())
  })

  it('validates what the renderer sends and refuses calls from any other page', () => {
    expect(report.calls.invalidInput).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput', field: 'id' } })
    expect(report.calls.fromForeignPage).toMatchObject({ ok: false, error: { code: 'ipc.forbidden' } })
  })

  it('opens one window: isolated, sandboxed, without Node, with the built preload and renderer', () => {
    expect(report.windows).toHaveLength(1)
    const [window] = report.windows
    const preferences = window!.options.webPreferences ?? {}
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    const preload = String(preferences.preload)
    expect(isAbsolute(preload)).toBe(true)
    expect(relative(join(REPO, 'out'), preload).startsWith('..')).toBe(false)
    expect(preload).toBe(BUILT_PRELOAD)
    expect(existsSync(preload)).toBe(true)
    expect(window!.loaded?.file && existsSync(window!.loaded.file)).toBe(true)
  })

  it('saves a finished export where the native save dialog says, and writes nothing when it is cancelled', () => {
    const { job, saved, savedFile, cancelled, folderAfter, dialogs } = report.saveExport
    expect(job.state).toBe('done')
    const chosen = join(tmp, 'saved', 'my bundle.zip')
    expect(saved).toEqual({ ok: true, value: { path: chosen } })
    // The whole zip, as the job wrote it: a local file header first.
    expect(savedFile).toEqual({ size: job.result!.bytes, head: [0x50, 0x4b, 0x03, 0x04] })
    expect(dialogs).toHaveLength(2)
    expect(dialogs[0]).toMatchObject({ title: 'Save the bundle', defaultPath: job.result!.fileName, filters: [{ extensions: ['zip'] }] })
    expect(cancelled).toEqual({ ok: true, value: { path: null } })
    expect(folderAfter).toEqual(['my bundle.zip'])
  })

  it('checks and applies a bundle the window names by its path, reading it where it is', () => {
    const { checked, applied, fileAfter, sizeBefore } = report.checkByPath
    expect(checked.state).toBe('done')
    expect(checked.result?.problems).toEqual([])
    expect(checked.result?.ticket).toMatch(/^b_[0-9a-f]{16}$/)
    // Exported from this very archive: every article is already there, nothing is new.
    expect(checked.result?.preview?.added.articles).toEqual([])
    expect(applied?.state).toBe('done')
    expect(fileAfter, "the user's file is neither moved nor changed").toBe(sizeBefore)
  })

  it('refuses a path that is not an existing regular file, or is larger than an upload may be', () => {
    const { folder, missing, relative, tooLarge } = report.checkByPath
    expect(folder).toMatchObject({ ok: false, error: { code: 'bundle.notAFile', field: 'path' } })
    expect(missing).toMatchObject({ ok: false, error: { code: 'bundle.notAFile' } })
    expect(relative).toMatchObject({ ok: false, error: { code: 'bundle.notAFile' } })
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'server.uploadTooLarge' } })
    expect(tooLarge.error?.message).toContain('1024 MB')
  })

  it('denies permission requests (camera, microphone, notifications…)', () => {
    expect(report.permissionGranted).toBe(false)
  })

  it('closes the archive on quit: its lock is released', () => {
    expect(report.quit).toBe(true)
    expect(existsSync(join(tmp, 'home', 'archive', '.lock'))).toBe(false)
  })
})

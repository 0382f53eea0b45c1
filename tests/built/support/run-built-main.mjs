/**
 * Runs the BUILT main process (argv[2]) against the fake Electron, as a child of
 * tests/built/main.test.ts, and writes what it did to the JSON file argv[3]:
 * `node run-built-main.mjs out/main/index.js report.json`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { register } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [mainFile, reportFile, appPageUrl] = process.argv.slice(2)
register('./electron-loader.mjs', import.meta.url)
const { app, recorded, saveDialogAnswers } = await import('./fake-electron.mjs')

const STARTUP_TIMEOUT_MS = 20_000

async function until(condition, what) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Calls a registered handler as a message from a frame at `url` would. */
const invoke = (channel, url, input) => recorded.handlers.get(channel)?.({ senderFrame: { url } }, input)

const report = { handles: [], duplicateHandles: [], ipcListeners: [], windows: [], errorBoxes: [], calls: {}, saveExport: null, checkByPath: null, permissionGranted: null, quit: false, failure: null }

/**
 * An export as the renderer runs it in Electron: start the job, wait for it, then `saveExport`
 * twice through the native save dialog: once a place is chosen (the zip is written there),
 * once the dialog is cancelled (nothing is written).
 */
async function exportAndSave() {
  const started = await invoke('api:startExport', appPageUrl, { formats: ['json', 'txt'] })
  if (!started?.ok) return { started }
  let job = started.value
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (job.state === 'running' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    const status = await invoke('api:jobStatus', appPageUrl, { id: job.id })
    if (status.ok) job = status.value
  }
  const folder = join(dirname(reportFile), 'saved')
  const chosen = join(folder, 'my bundle.zip')
  mkdirSync(folder)
  saveDialogAnswers.push({ canceled: false, filePath: chosen })
  const saved = await invoke('api:saveExport', appPageUrl, { id: job.id })
  const savedFile = existsSync(chosen) ? { size: statSync(chosen).size, head: [...readFileSync(chosen).subarray(0, 4)] } : null
  saveDialogAnswers.push({ canceled: true })
  const cancelled = await invoke('api:saveExport', appPageUrl, { id: job.id })
  return { job: { state: job.state, result: job.result }, saved, savedFile, cancelled, folderAfter: readdirSync(folder), dialogs: recorded.saveDialogs }
}
async function finished(started) {
  if (!started?.ok) return started
  let job = started.value
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (job.state === 'running' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    const status = await invoke('api:jobStatus', appPageUrl, { id: job.id })
    if (status.ok) job = status.value
  }
  return { state: job.state, result: job.result, error: job.error }
}

/**
 * A bundle as the window names it in Electron, by its path (the zip just saved): checked and
 * applied where it is, left in place; then paths that are not a readable bundle file.
 */
async function checkByPath() {
  const folder = join(dirname(reportFile), 'saved')
  const file = join(folder, 'my bundle.zip')
  const before = statSync(file).size
  const checked = await finished(await invoke('api:startBundleCheck', appPageUrl, { name: 'my bundle.zip', path: file }))
  const ticket = checked?.result?.ticket
  const applied = ticket ? await finished(await invoke('api:startBundleApply', appPageUrl, { ticket })) : null
  const tooLarge = join(folder, 'huge.zip')
  // Sparse: one byte past the limit an upload has, without writing a gigabyte.
  writeFileSync(tooLarge, '')
  truncateSync(tooLarge, 1024 * 1024 * 1024 + 1)
  return {
    checked,
    applied,
    fileAfter: existsSync(file) ? statSync(file).size : null,
    sizeBefore: before,
    folder: await invoke('api:startBundleCheck', appPageUrl, { name: 'saved', path: folder }),
    missing: await invoke('api:startBundleCheck', appPageUrl, { name: 'gone.zip', path: join(folder, 'gone.zip') }),
    relative: await invoke('api:startBundleCheck', appPageUrl, { name: 'my bundle.zip', path: 'saved/my bundle.zip' }),
    tooLarge: await invoke('api:startBundleCheck', appPageUrl, { name: 'huge.zip', path: tooLarge })
  }
}

try {
  await import(pathToFileURL(mainFile).href)
  // The menu is the last thing start-up sets; an error dialog means it gave up.
  await until(() => recorded.applicationMenu !== null || recorded.errorBoxes.length > 0, 'the application menu')
  report.calls = {
    fromApp: await invoke('api:archiveInfo', appPageUrl, {}),
    invalidInput: await invoke('api:getArticle', appPageUrl, { id: '../../etc/passwd' }),
    fromForeignPage: await invoke('api:archiveInfo', 'https://example.com/', {})
  }
  report.saveExport = await exportAndSave()
  report.checkByPath = await checkByPath()
  report.permissionGranted = await new Promise((resolve) => recorded.permissionRequestHandler?.(null, 'media', resolve) ?? resolve(null))
  app.quit()
  await until(() => recorded.quit, 'the app to quit')
} catch (error) {
  report.failure = error instanceof Error ? (error.stack ?? error.message) : String(error)
}
Object.assign(report, {
  handles: [...recorded.handlers.keys()],
  duplicateHandles: recorded.duplicateHandles,
  ipcListeners: recorded.ipcListeners,
  windows: recorded.windows.map((window) => ({ options: window.options, loaded: window.loaded })),
  errorBoxes: recorded.errorBoxes,
  quit: recorded.quit
})
writeFileSync(reportFile, JSON.stringify(report, null, 2))
// Electron ends the process on quit, whatever timers are left.
process.exit(0)

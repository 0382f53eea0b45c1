/**
 * Runs the BUILT main process (argv[2]) against the fake Electron, as a child of
 * tests/built/main.test.ts, and writes what it did to the JSON file argv[3]:
 * `node run-built-main.mjs out/main/index.js report.json`.
 */
import { writeFileSync } from 'node:fs'
import { register } from 'node:module'
import { pathToFileURL } from 'node:url'

const [mainFile, reportFile, appPageUrl] = process.argv.slice(2)
register('./electron-loader.mjs', import.meta.url)
const { app, recorded } = await import('./fake-electron.mjs')

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

const report = { handles: [], duplicateHandles: [], ipcListeners: [], windows: [], errorBoxes: [], calls: {}, permissionGranted: null, quit: false, failure: null }
try {
  await import(pathToFileURL(mainFile).href)
  // The menu is the last thing start-up sets; an error dialog means it gave up.
  await until(() => recorded.applicationMenu !== null || recorded.errorBoxes.length > 0, 'the application menu')
  report.calls = {
    fromApp: await invoke('api:archiveInfo', appPageUrl, {}),
    invalidInput: await invoke('api:getArticle', appPageUrl, { id: '../../etc/passwd' }),
    fromForeignPage: await invoke('api:archiveInfo', 'https://example.com/', {})
  }
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

import { runCli } from './cli/run'
import { escapeControls } from './cli/terminal-text'
import { createTranslator } from './i18n'

/** `scriptorium …`: the same services as the app, as a command line (see cli/run.ts). */
const t = createTranslator()
const interrupted = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve())
  process.once('SIGTERM', () => resolve())
})
// A reader that stops early (`scriptorium list | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
})
const stderrIsTerminal = process.stderr.isTTY === true

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  status: stderrIsTerminal ? (line) => process.stderr.write(`\r\x1b[2K${line}`) : undefined,
  env: process.env,
  interrupted
}, t)
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    process.stderr.write(`${escapeControls(t('errors:internal', { detail: error instanceof Error ? error.message : String(error) }))}\n`)
    process.exitCode = 1
  })
  .finally(() => {
    // A finished command must not wait on anything left open, but only once stdout is drained.
    process.stdout.write('', () => process.exit())
  })

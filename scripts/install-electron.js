// Fetch Electron's binary when the network allows it; offline, fall back to browser mode
// without failing `npm install`.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
let installer
try {
  installer = join(dirname(require.resolve('electron/package.json')), 'install.js')
} catch {
  installer = null
}
const ok =
  installer !== null &&
  existsSync(installer) &&
  process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1' &&
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 }).status === 0
if (!ok) console.log('binary not downloaded: `npm start` will use browser mode')
process.exit(0)

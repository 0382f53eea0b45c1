#!/usr/bin/env node
// The command line runs the built main-process code (`npm run build`, done by `prepare`).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  process.stderr.write('Scriptorium is not built yet: run `npm run build` in its folder first.\n')
  process.exit(2)
}
await import(cli)

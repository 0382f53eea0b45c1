import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = fileURLToPath(new URL('../../..', import.meta.url))
export const BUILT_PRELOAD = join(REPO, 'out', 'preload', 'index.cjs')
export const BUILT_MAIN = join(REPO, 'out', 'main', 'index.js')

/** The path of a built file, or a failure that says how to make it. */
export function built(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx electron-vite build\` before \`npm run test:built\``)
  return file
}

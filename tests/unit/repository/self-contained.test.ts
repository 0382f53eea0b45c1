import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const REPO = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * A path into the "shared" folder beside the repository, which a user's clone does not have,
 * written as one path or as pieces to join. The same patterns as the grep in .ci/run, spelt with
 * character classes so that this file does not match them itself.
 */
const OUTSIDE = new RegExp(String.raw`\.\.[/\\]shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]`)
/** Conformance tests against the standards' own schemas may read them, and skip where absent. */
const CONFORMANCE = 'validators/schemas'

const ROOT_CONFIGS = /^(package\.json|tsconfig[\w.]*\.json|[\w.]+\.config\.ts)$/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
}

/** Lines referring outside the repository, as `file:line: text`, skipping conformance tests. */
function outsideReferences(files: { path: string; text: string }[]): string[] {
  return files
    .filter(({ text }) => !text.includes(CONFORMANCE))
    .flatMap(({ path, text }) => text.split('\n').flatMap((line, i) => (OUTSIDE.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])))
}

describe('the repository needs nothing outside itself', () => {
  it('finds a reference to the shared folder, in either spelling, unless the file is a conformance test', () => {
    const up = '..'
    const found = outsideReferences([
      { path: 'a.ts', text: `const seeds = resolve(REPO, '${up}/shared/seeds')` },
      { path: 'b.ts', text: `ok\nconst seeds = join(REPO, '${up}', 'shared')` },
      { path: 'c.ts', text: `const schemas = resolve(REPO, '${up}/shared/${CONFORMANCE}')` },
      { path: 'd.ts', text: 'const shared = "src/shared"' }
    ])
    expect(found).toEqual([expect.stringMatching(/^a\.ts:1: /), expect.stringMatching(/^b\.ts:2: /)])
  })

  it('has no such reference in src, tests, scripts, bin or the configs', () => {
    const paths = [
      ...['src', 'tests', 'scripts', 'bin'].flatMap((dir) => filesUnder(join(REPO, dir))),
      ...readdirSync(REPO).filter((name) => ROOT_CONFIGS.test(name)).map((name) => join(REPO, name))
    ]
    expect(paths.length).toBeGreaterThan(100)
    const files = paths.map((path) => ({ path: relative(REPO, path), text: readFileSync(path, 'utf8') }))
    expect(outsideReferences(files)).toEqual([])
  })
})

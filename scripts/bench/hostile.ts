/**
 * Hostile files: how long each takes to be refused through the parse worker (the issue
 * measured minutes, or the process dying, for each of them before), how much the process's
 * memory (worker included) grows meanwhile, and, as the baseline, an ordinary article through the
 * same worker. Never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/hostile.ts
 */
import { performance } from 'node:perf_hooks'
import { IsolatedParser } from '../../src/main/services/import'
import { GOOD_MARKDOWN, HOSTILE, slowButValidHtml } from '../../tests/fixtures/hostile/inputs'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function time(parser: IsolatedParser, label: string, name: string, bytes: Uint8Array): Promise<void> {
  const rss = process.memoryUsage().rss
  const start = performance.now()
  const outcome = await parser.parse(name, bytes).then(
    () => 'parsed',
    (error: { code?: string }) => error.code ?? String(error)
  )
  const ms = performance.now() - start
  console.log(`  ${label.padEnd(44)} ${mb(bytes.length).padStart(8)}  ${outcome.padEnd(20)} ${ms.toFixed(0).padStart(6)} ms  process RSS +${mb(Math.max(0, process.memoryUsage().rss - rss))}`)
}

async function main(): Promise<void> {
  const parser = new IsolatedParser()
  await parser.parse('warm-up.md', encode(GOOD_MARKDOWN))
  console.log('hostile files through the parse worker (default limits):')
  await time(parser, 'baseline: an ordinary Markdown article', 'good.md', encode(GOOD_MARKDOWN))
  await time(parser, 'Markdown list nested 3,000 deep', 'deep.md', encode(HOSTILE.deepMarkdown()))
  await time(parser, '<div> nested 4,500 deep', 'divs.html', encode(HOSTILE.nestedDivs()))
  await time(parser, 'a million unclosed tags', 'unclosed.html', encode(HOSTILE.unclosedTags()))
  await time(parser, 'a million character references', 'entities.html', encode(HOSTILE.entities()))
  await time(parser, 'nesting 95 x 200 (passes the checks; parsed)', 'slow.html', encode(slowButValidHtml(200)))
  await parser.close()
  const strict = new IsolatedParser({ timeoutMs: 5000, heapMb: 512 })
  await strict.parse('warm-up.md', encode(GOOD_MARKDOWN))
  console.log('the same slow page with a 5 s limit (time to stop a runaway parse):')
  await time(strict, 'nesting 95 x 400', 'slow.html', encode(slowButValidHtml(400)))
  await strict.close()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

/**
 * Bundles at scale: export (all formats but the HTML index, which holds every article by
 * design) and import (verify + merge as one compound change into an empty archive) of 1,000
 * and 5,000 articles with 20 annotations each (the import reads and stages the articles one at a time), against a baseline measured in the same run:
 * copying the archive's shards raw. Each measure runs in a process of its own, so its peak RSS
 * is its own. Goals: export of 1,000 ≤ 5 s; peak RSS flat (±20 %) from 1,000 to 5,000.
 * Prints figures, never asserts. Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/bundle.ts
 */
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { Archive } from '../../src/main/archive'
import { createTranslator } from '../../src/main/i18n'
import { exportBundle } from '../../src/main/services/bundle/export-service'
import { availableFormats } from '../../src/main/services/bundle/formats'
import { applyBundle, verifiedBundle } from '../../src/main/services/bundle/import-service'
import { benchArticle } from './bundle-article'

const SIZES = [1_000, 5_000]
/** One measure in this process: what it cost in time, and the process's peak RSS. */
async function measure(mode: string, dir: string): Promise<void> {
  let ms = 0
  if (mode === 'copy') {
    const archive = await Archive.open(join(dir, 'archive'))
    const started = performance.now()
    await cp(join(dir, 'archive', 'articles'), join(dir, 'copy'), { recursive: true })
    ms = performance.now() - started
    await archive.close()
  } else if (mode === 'export') {
    const archive = await Archive.open(join(dir, 'archive'))
    const started = performance.now()
    const formats = availableFormats().filter((id) => id !== 'html')
    await exportBundle(archive, { formats, out: join(dir, 'bundle.zip'), version: 'bench', locale: 'en' }, createTranslator('en')).result
    ms = performance.now() - started
    await archive.close()
  } else {
    const archive = await Archive.open(join(dir, 'target'))
    const started = performance.now()
    await applyBundle(archive, await verifiedBundle(join(dir, 'bundle.zip')).result, 'bench')
    ms = performance.now() - started
    await archive.close()
  }
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }))
}

function child(mode: string, dir: string): { ms: number; rssMb: number } {
  const self = fileURLToPath(import.meta.url)
  const run = spawnSync(process.execPath, [...process.execArgv, self, mode, dir], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop()!)
}

async function main(): Promise<void> {
  const rows: string[] = []
  const rss: Record<string, number[]> = { copy: [], export: [], import: [] }
  for (const size of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'scriptorium-bench-bundle-'))
    try {
      const archive = await Archive.open(join(dir, 'archive'), { seed: () => Array.from({ length: size }, (_, i) => benchArticle(i)) })
      await archive.close()
      await (await Archive.open(join(dir, 'target'), { seed: () => [] })).close()
      const copy = child('copy', dir)
      const exported = child('export', dir)
      const imported = child('import', dir)
      rss.copy!.push(copy.rssMb)
      rss.export!.push(exported.rssMb)
      rss.import!.push(imported.rssMb)
      const line = (name: string, m: { ms: number; rssMb: number }) =>
        `   ${String(size).padStart(5)} articles  ${name.padEnd(24)} ${(m.ms / 1000).toFixed(2).padStart(6)} s  (${(m.ms / copy.ms).toFixed(1)}× the raw copy)  peak RSS ${m.rssMb.toFixed(0)} MB`
      rows.push(line('raw copy of the shards', copy), line('export (bundle.zip)', exported), line('import (verify + merge)', imported))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  console.log(rows.join('\n'))
  for (const [name, [small, large]] of Object.entries(rss)) {
    console.log(`   peak RSS ${name}: ${small!.toFixed(0)} MB at ${SIZES[0]}, ${large!.toFixed(0)} MB at ${SIZES[1]} (${(((large! - small!) / small!) * 100).toFixed(0)} %; goal for export and import: within ±20 %)`)
  }
}

const [mode, dir] = process.argv.slice(2)
if (mode && dir) await measure(mode, dir)
else await main()

// `npm run bench`: runs each bench in turn and prints its figures. Benches only print; none
// asserts a time. To add one (UI benches in Chromium, …), append an entry to BENCHES: an entry
// whose file does not exist is skipped with a note, so a bench can be registered before it lands.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
/** Helpers for entries: run a .ts file through tsx, or a .js file with node. */
export const tsx = (file, ...args) => ({ file, command: process.execPath, args: [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--tsconfig', 'tsconfig.node.json', file, ...args] })
export const node = (file, ...args) => ({ file, command: process.execPath, args: [file, ...args] })

/** { name, file (checked for existence, relative to the repository), command, args } */
export const BENCHES = [
  { name: 'archive: durable save vs raw floor, open + list at 10k', ...tsx('scripts/bench/archive.ts') },
  { name: 'journal: a compound change over 1,000 articles, with and without the intent journal', ...tsx('scripts/bench/journal.ts') },
  { name: 'import throughput: 500 articles through importPaths', ...tsx('scripts/bench/run-import.ts', '500') },
  { name: 'import of hostile files: time to refuse each through the parse worker', ...tsx('scripts/bench/hostile.ts') },
  { name: 'translation: segment and align a 2,000-segment zh–en article', ...tsx('scripts/bench/translation.ts') },
  { name: 'post-edit: one save in a 2,000-segment translation vs the durable-write floor', ...tsx('scripts/bench/post-edit.ts') },
  { name: 'memory: fuzzy lookup over 100,000 units vs a linear scan, index build', ...tsx('scripts/bench/memory.ts') },
  { name: 'memory: longest main-process stall while a 100,000-unit TMX is imported and first looked up, in-process vs the memory worker', ...tsx('scripts/bench/memory-stall.ts') },
  { name: 'suggestions: precision and recall on both gold sets, and the overfit between them', ...tsx('scripts/bench/suggestions.ts') },
  { name: 'bundle: export and import of 1,000 and 5,000 articles (20 annotations each) vs a raw copy', ...tsx('scripts/bench/bundle.ts') },
  { name: 'search: indexing, queries and the one-annotation update at 50k articles against a plain scan (SEARCH_BENCH_ARTICLES)', ...tsx('scripts/bench/search.ts') },
  { name: 'explore: timeline and co-occurrence graph at 10k and 50k articles, the whole graph vs one edit, against a plain pass over the mentions', ...tsx('scripts/bench/explore.ts') },
  { name: 'concordance: every occurrence at 5k articles, from the search worker’s texts vs the shards, against a plain scan (CONCORDANCE_BENCH_ARTICLES)', ...tsx('scripts/bench/concordance.ts') },
  { name: 'ui: library at 10k, filter latency, reader with 2,000 annotations (Chromium)', ...tsx('scripts/bench/ui.ts') }
]

/** `BENCH_ONLY=import npm run bench` runs only the benches whose name contains "import". */
const only = process.env.BENCH_ONLY

let failed = 0
for (const bench of BENCHES) {
  if (only && !bench.name.includes(only)) continue
  console.log(`\n== ${bench.name}`)
  if (!existsSync(join(root, bench.file))) {
    console.log(`   skipped: ${bench.file} does not exist (yet)`)
    continue
  }
  const started = Date.now()
  const run = spawnSync(bench.command, bench.args, { cwd: root, stdio: 'inherit', env: process.env })
  if (run.status !== 0) {
    failed += 1
    console.log(`   failed: exit ${run.status ?? run.signal}`)
  } else console.log(`   (ran in ${((Date.now() - started) / 1000).toFixed(1)} s)`)
}
process.exitCode = failed > 0 ? 1 : 0

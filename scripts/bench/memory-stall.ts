/**
 * Translation memory bench: the main process's longest stall (the worst lateness of a 5 ms
 * interval timer) while a 100,000-unit TMX is imported, and while the first lookup after a
 * restart loads the memory and builds its fuzzy index — with the memory in this thread (as
 * it was before the memory worker; the baseline) and in the memory worker, in the same run.
 * Prints figures and ratios, never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/memory-stall.ts [units]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeTmx } from '../../src/shared/formats/tmx'
import type { MemoryUnit } from '../../src/shared/model'
import { Archive } from '../../src/main/archive/archive'
import { LocalMemory, WorkerMemory, type MemoryBackend } from '../../src/main/services/memory/memory-backend'
import { TranslationMemory } from '../../src/main/services/memory/translation-memory'

const UNITS = Number(process.argv[2] ?? 100_000)
const TICK_MS = 5

// mulberry32: a small seeded generator, so every run imports the same file.
let seed = 11
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}
const HAN = Array.from({ length: 3_500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000)))
const SYLLABLES = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo na ne ni no'.split(' ')
const word = (): string => SYLLABLES[Math.floor(random() * SYLLABLES.length)]! + SYLLABLES[Math.floor(random() ** 2 * SYLLABLES.length)]!

function units(count: number): MemoryUnit[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `u${i}`,
    source: Array.from({ length: 12 + Math.floor(random() * 30) }, () => HAN[Math.floor(random() ** 2 * HAN.length)]).join('') + '。',
    target: Array.from({ length: 6 + Math.floor(random() * 20) }, word).join(' ') + '.',
    sourceLang: 'zh',
    targetLang: 'en',
    articleId: null,
    rowId: null,
    status: 'translated',
    updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString()
  }))
}

/** Runs `work` while a timer measures how late its ticks come: the longest the main thread was blocked. */
async function stallDuring<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number; totalMs: number }> {
  let stallMs = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last - TICK_MS)
    last = now
  }, TICK_MS)
  const started = performance.now()
  const value = await work()
  const totalMs = performance.now() - started
  clearInterval(timer)
  return { value, stallMs: Math.max(stallMs, performance.now() - last - TICK_MS), totalMs }
}

// Only the file's bytes and one query stay on this thread's heap, as in the app.
const { tmx, query } = (() => {
  const made = units(UNITS)
  const bytes = new TextEncoder().encode(writeTmx(made, { creationTool: 'bench', creationToolVersion: '1', adminLang: 'en' }))
  return { tmx: bytes, query: { text: made[42]!.source.slice(1), sourceLang: 'zh', targetLang: 'en' } }
})()
console.log(`   ${UNITS.toLocaleString('en')} zh→en units, TMX of ${(tmx.length / 1024 / 1024).toFixed(1)} MB; load average at start ${loadavg()[0]!.toFixed(1)}`)

async function scenario(name: string, backend: () => MemoryBackend): Promise<{ importStall: number; lookupStall: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'scriptorium-bench-memory-'))
  try {
    const archive = await Archive.open(join(dir, 'archive'))
    const first = new TranslationMemory(archive, backend())
    await first.ensure()
    const imported = await stallDuring(() => first.importTmx('bench.tmx', tmx))
    await first.close()
    // The next start of the app: the first lookup loads memory/imported.json and builds the index.
    const again = new TranslationMemory(archive, backend())
    const looked = await stallDuring(() => again.match(query))
    await again.close()
    await archive.close()
    if (imported.value.added !== UNITS || looked.value.length === 0) throw new Error(`${name}: unexpected result ${JSON.stringify(imported.value)}, ${looked.value.length} matches`)
    console.log(
      `   ${name}: TMX import ${(imported.totalMs / 1000).toFixed(2)} s, longest main-thread stall ${imported.stallMs.toFixed(0)} ms; ` +
        `first lookup ${(looked.totalMs / 1000).toFixed(2)} s, longest stall ${looked.stallMs.toFixed(0)} ms`
    )
    return { importStall: imported.stallMs, lookupStall: looked.stallMs }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// The floor: the same timer on an idle thread, as late as the machine's load alone makes it.
const idle = await stallDuring(() => new Promise((resolve) => setTimeout(resolve, 10_000)))
console.log(`   idle thread, 10 s (the machine's own scheduling delay): longest stall ${idle.stallMs.toFixed(0)} ms`)
// The worker first: the in-process run leaves a large heap behind on this thread.
const after = await scenario('memory worker (after)', () => new WorkerMemory(() => undefined))
const before = await scenario('in-process (before)', () => new LocalMemory())
console.log(`   load average at end ${loadavg()[0]!.toFixed(1)}`)
const ratio = (a: number, b: number): string => `${(a / Math.max(b, 1)).toFixed(0)}×`
console.log(`   longest stall before/after: TMX import ${ratio(before.importStall, after.importStall)}, first lookup ${ratio(before.lookupStall, after.lookupStall)} shorter`)

/**
 * A post-edit save in a 2,000-segment translation, through the dispatcher as the editor
 * calls it (validate, command with inverse, re-anchor, HTER, durable shard write, delta),
 * against the durable-write floor measured in the same run, each save followed by one floor
 * write: the same shard's bytes written durably (temp file, fsync, rename, fsync of the
 * folder). Goal ≤ 3×. Prints, never asserts.
 * Run: npx tsx --tsconfig tsconfig.node.json scripts/bench/post-edit.ts [segments]
 */
import { mkdtemp, open, readFile, rename, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { AppContext } from '../../src/main/app-context'
import { call, createDispatcher } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { createTranslator } from '../../src/main/i18n'
import { SettingsStore } from '../../src/main/settings-store'

const SEGMENTS = Number(process.argv[2] ?? 2_000)
const SAVES = 40

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

function article(count: number): { zh: string; en: string } {
  const zh: string[] = []
  const en: string[] = []
  for (let i = 0; i < count; i++) {
    zh.push(`据介绍，河西社区的第${i + 1}项工程已经完工，共有${(i % 90) + 12}名工人参加。${i % 8 === 7 ? '\n' : ''}`)
    en.push(`Project number ${i + 1} in Hexi Community has been completed, with ${(i % 90) + 12} workers workers taking part.${i % 8 === 7 ? '\n' : ' '}`)
  }
  return { zh: `河西社区工程进展\n${zh.join('')}`, en: en.join('') }
}

async function durableFloor(file: string, bytes: string): Promise<number> {
  const started = performance.now()
  const temp = `${file}.bench.tmp`
  const handle = await open(temp, 'w')
  await handle.writeFile(bytes)
  await handle.sync()
  await handle.close()
  await rename(temp, file)
  const dir = await open(join(file, '..'), 'r')
  await dir.sync()
  await dir.close()
  return performance.now() - started
}

async function main(): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'scriptorium-bench-post-edit-'))
  const t = createTranslator('en')
  const ctx = await AppContext.start({ archiveDir: join(home, 'archive'), settings: await SettingsStore.open(home), t, mode: 'browser' })
  try {
    const dispatch = createDispatcher(createHandlers(ctx), t)
    const { zh, en } = article(SEGMENTS)
    const imported = await call(dispatch, 'importContent', { name: 'hexi.txt', data: Buffer.from(zh).toString('base64') })
    if (!imported.ok) throw new Error(imported.error.message)
    const articleId = ctx.archive.list().find((row) => !row.id.startsWith('sample-'))!.id
    const added = await call(dispatch, 'addTranslation', { articleId, lang: 'en', text: en, engine: 'bench' })
    if (!added.ok) throw new Error(added.error.message)
    const segments = await call(dispatch, 'getSegments', { articleId, lang: 'en' })
    if (!segments.ok) throw new Error(segments.error.message)
    const rows = segments.value.rows
    console.log(`   ${rows.length} segments aligned (${added.value.segments} reported by addTranslation)`)

    const shard = join(ctx.archive.dir, 'articles', `${articleId}.json`)
    const floorFile = join(ctx.archive.dir, 'index', 'bench-floor.json')
    const saves: number[] = []
    const floor: number[] = []
    // CPU time too (user + system): on a machine shared with other work, the part that load does not inflate.
    const cpu = { saves: [] as number[], floor: [] as number[] }
    const cpuMs = (since: NodeJS.CpuUsage): number => {
      const used = process.cpuUsage(since)
      return (used.user + used.system) / 1000
    }
    // As the editor sends it: against the revision it shows, which the archive checks.
    let revision = added.value.delta.to
    // Saves and floor writes alternate, so that both meet the same load on a shared machine.
    for (let i = 0; i < SAVES; i++) {
      const row = rows[Math.floor((i * rows.length) / SAVES)]!
      const started = performance.now()
      const cpuStart = process.cpuUsage()
      const result = await call(dispatch, 'postEdit', { articleId, revision, lang: 'en', rowId: row.id, text: row.target.replace('workers workers', 'workers'), status: 'translated' })
      saves.push(performance.now() - started)
      cpu.saves.push(cpuMs(cpuStart))
      if (!result.ok) throw new Error(result.error.message)
      revision = result.value.delta.to
      const text = await readFile(shard, 'utf8')
      const floorCpu = process.cpuUsage()
      floor.push(await durableFloor(floorFile, text))
      cpu.floor.push(cpuMs(floorCpu))
    }
    const bytes = await readFile(shard, 'utf8')
    const [save, raw] = [median(saves), median(floor)]
    console.log(`   shard ${(bytes.length / 1024).toFixed(0)} KB; median of ${SAVES}:`)
    console.log(`   post-edit save (dispatcher → durable shard) ${save.toFixed(1)} ms`)
    console.log(`   durable write of the same bytes (floor)     ${raw.toFixed(1)} ms`)
    console.log(`   CPU time: save ${median(cpu.saves).toFixed(1)} ms, floor ${median(cpu.floor).toFixed(1)} ms (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`)
    console.log(`   ratio ${(save / raw).toFixed(2)}× (goal ≤ 3×); median of the ${SAVES} paired ratios ${median(saves.map((ms, i) => ms / floor[i]!)).toFixed(2)}×`)
  } finally {
    await ctx.close()
    await rm(home, { recursive: true, force: true })
  }
}

await main()

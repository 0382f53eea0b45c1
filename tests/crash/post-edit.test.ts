import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleDoc } from '@shared/model'
import { Archive } from '../../src/main/archive'
import { sortKeys } from '../../src/main/archive/stable-json'
import { callOk, CLI, requireBuild, seeded, serve, stop } from './support'

/**
 * SIGKILLs `scriptorium serve` (the BUILT command line) at random moments while it saves one
 * post-edit after another in a translated article, each against the revision the last one
 * answered, as the editor does. Then opens the archive: nothing damaged or quarantined, the
 * shard in the stored format, and the edits a prefix of those sent — every answered one
 * there, at most one more — with the revision counting exactly those. CRASH_POST_EDIT_TRIALS
 * and CRASH_SEED override the defaults.
 */
const TRIALS = Number(process.env.CRASH_POST_EDIT_TRIALS ?? 30)
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const SEGMENTS = 300
const EDITS = 12
const { random } = seeded(SEED)

const reference = (value: unknown): string => JSON.stringify(value, sortKeys, 2) + '\n'
const editedText = (i: number): string => `Edited segment ${i}.`

interface Fixture {
  articleId: string
  revision: number
  rows: { id: string }[]
}

let root: string
let template: string
let fixture: Fixture
let window = 0
const tally = { landed: 0, answered: 0, inFlightLanded: 0 }

/** A Chinese article with its English machine translation, aligned row by row. */
async function makeTemplate(dir: string): Promise<Fixture> {
  const zh = Array.from({ length: SEGMENTS }, (_, i) => `第${i + 1}项工程已经完工。`).join('')
  const en = Array.from({ length: SEGMENTS }, (_, i) => `Project ${i + 1} has been completed.`).join(' ')
  const server = await serve(dir, join(root, 'home'))
  try {
    const imported = await callOk<{ id?: string }>(server, 'importContent', { name: 'works.txt', data: Buffer.from(`工程进展\n${zh}`).toString('base64') })
    const articleId = imported.id!
    const added = await callOk<{ delta: { to: number } }>(server, 'addTranslation', { articleId, lang: 'en', text: en, engine: 'crash' })
    const segments = await callOk<{ rows: { id: string }[] }>(server, 'getSegments', { articleId, lang: 'en' })
    return { articleId, revision: added.delta.to, rows: segments.rows }
  } finally {
    await stop(server)
  }
}

/** The post-edits that landed, in order of the rows, and what else the open found. */
async function inspect(dir: string): Promise<{ edited: number[]; revision: number; damage: unknown[]; quarantined: unknown[]; canonical: boolean }> {
  const archive = await Archive.open(dir)
  try {
    const doc: ArticleDoc = await archive.read(fixture.articleId)
    const rows = doc.alignments[0]!.rows
    const edited = rows.flatMap((row, i) => (row.status === 'translated' ? [i] : []))
    const bytes = await readFile(join(dir, 'articles', `${fixture.articleId}.json`), 'utf8')
    return {
      edited,
      revision: doc.revision ?? 0,
      damage: archive.report.damage.filter((note) => note.kind !== 'catalogRefreshed'),
      quarantined: archive.report.quarantined,
      canonical: bytes === reference(JSON.parse(bytes))
    }
  } finally {
    await archive.close()
  }
}

describe('crash: SIGKILL during post-edit saves (`scriptorium serve`)', () => {
  beforeAll(async () => {
    requireBuild()
    root = await mkdtemp(join(tmpdir(), 'scriptorium-crash-post-edit-'))
    template = join(root, 'template')
    fixture = await makeTemplate(template)
    console.log(`post-edit crash test: ${CLI}, ${TRIALS} trials of ${EDITS} saves in a ${SEGMENTS}-segment translation, seed ${SEED} (replay with CRASH_SEED=${SEED})`)
  })

  afterAll(async () => {
    console.log(`post-edit crash test: ${tally.landed} saves landed, ${tally.answered} answered before the kill, ${tally.inFlightLanded} trials where the save in flight landed`)
    if (root) await rm(root, { recursive: true, force: true })
  })

  /** Sends the edits one after another, each against the revision the previous one answered; resolves with how many were answered. */
  async function edit(server: Awaited<ReturnType<typeof serve>>, answered: { count: number }): Promise<void> {
    let revision = fixture.revision
    for (let i = 0; i < EDITS; i++) {
      const input = { articleId: fixture.articleId, revision, lang: 'en', rowId: fixture.rows[i]!.id, text: editedText(i), status: 'translated' }
      const answer = (await server.call('postEdit', input)) as { ok: boolean; value?: { delta: { to: number } } }
      if (!answer.ok) throw new Error(JSON.stringify(answer))
      revision = answer.value!.delta.to
      answered.count += 1
    }
  }

  it('saves every edit when not killed, and says how long they take', async () => {
    const dir = join(root, 'whole')
    await cp(template, dir, { recursive: true })
    const server = await serve(dir, join(root, 'home'))
    const started = performance.now()
    const answered = { count: 0 }
    await edit(server, answered)
    window = performance.now() - started
    await stop(server)
    const state = await inspect(dir)
    expect(state).toMatchObject({ edited: Array.from({ length: EDITS }, (_, i) => i), revision: fixture.revision + EDITS, damage: [], quarantined: [], canonical: true })
  })

  it.each(Array.from({ length: TRIALS }, (_, trial) => trial))('killed at a random moment, trial %i', async (trial) => {
    const dir = join(root, `trial-${trial}`)
    await cp(template, dir, { recursive: true })
    const server = await serve(dir, join(root, 'home'))
    const delay = random() * window * 1.1
    const answered = { count: 0 }
    const sent = edit(server, answered).catch(() => undefined)
    setTimeout(() => server.child.kill('SIGKILL'), delay)
    await server.exited
    await sent
    const state = await inspect(dir)
    const label = `kill ${delay.toFixed(1)} ms after the first save was sent, ${answered.count} answered`
    expect(state.damage, `${label}: losses or repairs`).toEqual([])
    expect(state.quarantined, `${label}: quarantined`).toEqual([])
    expect(state.canonical, `${label}: the shard is in the stored format`).toBe(true)
    const landed = state.edited.length
    expect(state.edited, `${label}: the edits that landed are a prefix of those sent`).toEqual(Array.from({ length: landed }, (_, i) => i))
    expect(landed, `${label}: every answered save is durable, at most the one in flight more`).toBeGreaterThanOrEqual(answered.count)
    expect(landed, label).toBeLessThanOrEqual(answered.count + 1)
    expect(state.revision, `${label}: the revision counts the saves that landed`).toBe(fixture.revision + landed)
    tally.landed += landed
    tally.answered += answered.count
    tally.inFlightLanded += Number(landed > answered.count)
    await rm(dir, { recursive: true, force: true })
  })
})

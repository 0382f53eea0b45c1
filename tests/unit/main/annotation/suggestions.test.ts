import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/run'
import { createTranslator } from '../../../../src/main/i18n'
import { openApp, rangeOf, removeTempDirs, type TestApp } from './helpers'

// Invented local news, written for these tests: one article names the people and places,
// the others mention them again (one under an alias, one in Chinese).
const HARBOUR = `Yunhe Harbour Festival Opens

On May 18, Xu Zhenbang, mayor of Yunhe City, opened the harbour festival at Fenglin Reservoir. Xu Zhenbang said the reservoir will host the rowing race.`
const FOLLOW_UP = `Rowing Race Ends at Fenglin Lake

The race ended on Sunday at Fenglin Lake. Old Xu handed the cup to the Qiaoxi team, and Xu Zhenbang thanked the volunteers. Fenglin Lake hosts the final next year.`
const FAREWELL = `A Farewell on the Water

After the race, the young rowers thanked Old Xu for the boats.`
const CHINESE = `云河港口节闭幕

徐振邦在枫林水库为赛艇队颁奖。`

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

async function importText(target: TestApp, name: string, text: string): Promise<{ id: string; text: string }> {
  const outcome = await target.ok('importContent', { name, data: Buffer.from(text, 'utf8').toString('base64') })
  if (outcome.status !== 'imported' || !outcome.id) throw new Error(JSON.stringify(outcome))
  const view = await target.ok('getArticle', { id: outcome.id })
  return { id: outcome.id, text: view.doc.versions[0]!.text }
}

async function cli(home: string, args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = []
  const io = { out: (l: string) => out.push(l), err: () => undefined, env: { SCRIPTORIUM_HOME: home }, interrupted: new Promise<void>(() => {}) }
  const code = await runCli([...args, '--archive', join(home, 'archive')], io, createTranslator('en'))
  return { code, out: out.join('\n') }
}

describe('suggestions from the registry (the gazetteer)', () => {
  it('links the mention when a known-entity suggestion is accepted', async () => {
    app = await openApp()
    const entity = await app.ok('createEntity', { type: 'PLACE', name: 'Fenglin Reservoir', aliases: ['Fenglin Lake'] })
    const { id, text } = await importText(app, 'follow-up.txt', FOLLOW_UP)
    const suggestions = await app.ok('suggest', { articleId: id })
    const lake = suggestions.filter((s) => s.exact === 'Fenglin Lake')
    expect(lake.map(({ start, end }) => ({ start, end }))).toEqual([rangeOf(text, 'Fenglin Lake'), rangeOf(text, 'Fenglin Lake', 1)])
    expect(lake.every((s) => s.source === 'entity' && s.type === 'PLACE' && s.entity === entity.id)).toBe(true)

    const items = lake.map(({ start, end, type, entity: linked }) => ({ start, end, type, entity: linked }))
    const accepted = await app.ok('acceptSuggestions', { articleId: id, items })
    expect(accepted.view.doc.annotations.map((a) => [a.target.quote.exact, a.entity])).toEqual([
      ['Fenglin Lake', entity.id],
      ['Fenglin Lake', entity.id]
    ])
    expect(accepted.view.entities.map((e) => e.name)).toEqual(['Fenglin Reservoir'])
    const registry = await app.ok('getRegistry', {})
    expect(registry.entities.find((e) => e.id === entity.id)?.mentionCount).toBe(2)
    // Linked ones are no longer suggested.
    expect((await app.ok('suggest', { articleId: id })).some((s) => s.exact === 'Fenglin Lake')).toBe(false)
  })

  it('suggests, in other articles, an entity created in one, under its names and aliases in every language', async () => {
    app = await openApp()
    const harbour = await importText(app, 'harbour.txt', HARBOUR)
    const follow = await importText(app, 'follow-up.txt', FOLLOW_UP)
    const chinese = await importText(app, 'chinese.txt', CHINESE)
    const before = await app.ok('suggest', { articleId: follow.id })
    expect(before.some((s) => s.exact === 'Old Xu')).toBe(false)

    const tagged = await app.ok('addAnnotation', { articleId: harbour.id, ...rangeOf(harbour.text, 'Xu Zhenbang'), type: 'PERSON' })
    const annotationId = tagged.view.doc.annotations.at(-1)!.id
    const person = await app.ok('createEntity', {
      type: 'PERSON',
      name: 'Xu Zhenbang',
      names: { zh: '徐振邦' },
      aliases: ['Old Xu'],
      link: { articleId: harbour.id, annotationId }
    })

    const english = await app.ok('suggest', { articleId: follow.id })
    expect(english.filter((s) => s.entity === person.id).map((s) => s.exact)).toEqual(['Old Xu', 'Xu Zhenbang'])
    const zh = await app.ok('suggest', { articleId: chinese.id })
    expect(zh.find((s) => s.exact === '徐振邦')).toMatchObject({ type: 'PERSON', source: 'entity', entity: person.id })
  })

  it('grows with the mentions linked to an entity: their text is suggested elsewhere, with the entity', async () => {
    app = await openApp()
    const person = await app.ok('createEntity', { type: 'PERSON', name: 'Xu Zhenbang' })
    const follow = await importText(app, 'follow-up.txt', FOLLOW_UP)
    const farewell = await importText(app, 'farewell.txt', FAREWELL)
    expect((await app.ok('suggest', { articleId: farewell.id })).some((s) => s.exact === 'Old Xu')).toBe(false)

    const tagged = await app.ok('addAnnotation', { articleId: follow.id, ...rangeOf(follow.text, 'Old Xu'), type: 'PERSON' })
    await app.ok('updateAnnotation', { articleId: follow.id, id: tagged.view.doc.annotations.at(-1)!.id, entity: person.id })
    expect((await app.ok('suggest', { articleId: farewell.id })).find((s) => s.exact === 'Old Xu')).toMatchObject({ type: 'PERSON', source: 'entity', entity: person.id })

    // Unlinked again, it is no longer one of his names.
    await app.ok('undo', { articleId: follow.id })
    expect((await app.ok('suggest', { articleId: farewell.id })).some((s) => s.exact === 'Old Xu')).toBe(false)
  })

  it('offers no entity when two entities share the name: the archivist chooses', async () => {
    app = await openApp()
    await app.ok('createEntity', { type: 'PERSON', name: 'Xu Zhenbang', description: 'the mayor' })
    await app.ok('createEntity', { type: 'PERSON', name: 'Xu Zhenbang', description: 'the rower' })
    const { id } = await importText(app, 'follow-up.txt', FOLLOW_UP)
    const found = (await app.ok('suggest', { articleId: id })).find((s) => s.exact === 'Xu Zhenbang')
    expect(found).toMatchObject({ source: 'entity', type: 'PERSON' })
    expect(found?.entity).toBeUndefined()
  })
})

describe('rejected suggestions', () => {
  it('are not offered again, as one undoable step in the history, and survive a reopen', async () => {
    app = await openApp()
    const { id, text } = await importText(app, 'harbour.txt', HARBOUR)
    const first = await app.ok('suggest', { articleId: id })
    const reservoir = first.find((s) => s.exact === 'Fenglin Reservoir')!
    expect(reservoir).toMatchObject({ type: 'PLACE', ...rangeOf(text, 'Fenglin Reservoir') })

    const rejected = await app.ok('rejectSuggestions', { articleId: id, items: [{ start: reservoir.start, end: reservoir.end, type: 'PLACE' }] })
    expect(rejected.undo.undoAction).toBe('suggestion.reject')
    expect(rejected.view.doc.history.at(-1)).toMatchObject({ action: 'suggestion.reject', detail: { type: 'PLACE', exact: 'Fenglin Reservoir' } })
    const after = await app.ok('suggest', { articleId: id })
    expect(after.some((s) => s.exact === 'Fenglin Reservoir')).toBe(false)
    expect(after).toHaveLength(first.length - 1)

    // Rejecting it again changes nothing and adds no undo step.
    const again = await app.ok('rejectSuggestions', { articleId: id, items: [{ start: reservoir.start, end: reservoir.end, type: 'PLACE' }] })
    expect(again.delta.from).toBe(again.delta.to)

    await app.ok('undo', { articleId: id })
    expect((await app.ok('suggest', { articleId: id })).some((s) => s.exact === 'Fenglin Reservoir')).toBe(true)
    await app.ok('redo', { articleId: id })
    expect((await app.ok('suggest', { articleId: id })).some((s) => s.exact === 'Fenglin Reservoir')).toBe(false)

    const { home } = app
    await app.close()
    app = undefined
    const listed = await cli(home, ['suggest', id, '--json'])
    expect(listed.code).toBe(0)
    const rows = JSON.parse(listed.out) as { exact: string; entity: string | null }[]
    expect(rows.map((r) => r.exact)).not.toContain('Fenglin Reservoir')
    expect(rows.map((r) => r.exact)).toContain('Yunhe City')
    const shown = JSON.parse((await cli(home, ['show', id, '--json'])).out) as { rejected: unknown[] }
    expect(shown.rejected).toEqual([{ source: expect.any(String), ...rangeOf(text, 'Fenglin Reservoir'), type: 'PLACE', exact: 'Fenglin Reservoir' }])
  })

  it('refuses a rejection outside the text or of an unknown type, changing nothing', async () => {
    app = await openApp()
    const { id, text } = await importText(app, 'harbour.txt', HARBOUR)
    const length = [...text].length
    expect((await app.err('rejectSuggestions', { articleId: id, items: [{ start: 3, end: length + 1, type: 'PLACE' }] })).code).toBe('annotation.outOfRange')
    expect((await app.err('rejectSuggestions', { articleId: id, items: [{ start: 0, end: 4, type: 'NOPE' }] })).code).toBe('annotation.unknownType')
    const doc = (await app.ok('getArticle', { id })).doc
    expect(doc.rejected).toBeUndefined()
    expect(doc.history.map((e) => e.action)).toEqual(['import'])
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ExploreData } from '@shared/ipc/explore-contract'
import { openApp, rangeOf, removeTempDirs, type TestApp } from '../annotation/helpers'

let app: TestApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
  await removeTempDirs()
})

const weight = (data: ExploreData, a: string, b: string) => data.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join())?.weight ?? 0

async function link(app: TestApp, articleId: string, quote: string, type: string, entity: string) {
  const text = (await app.ok('getArticle', { id: articleId })).doc.versions[0]!.text
  return app.ok('addAnnotation', { articleId, ...rangeOf(text, quote), type, entity })
}

describe('explore service', () => {
  it('follows every change: a new mention, its undo, a deleted entity, an edited date', async () => {
    app = await openApp()
    const dongpo = await app.ok('createEntity', { type: 'PLACE', name: 'Dongpo District' })
    const qiao = await app.ok('createEntity', { type: 'PERSON', name: 'Qiao Yaping' })
    await link(app, 'sample-2', 'Dongpo District', 'PLACE', dongpo.id)
    const before = await app.ok('explore', { entity: qiao.id })
    expect(before.nodes.map((n) => n.id)).toEqual([dongpo.id])
    expect(before.months.every((m) => m.mentions === 0)).toBe(true)

    await link(app, 'sample-2', 'Qiao Yaping', 'PERSON', qiao.id)
    const linked = await app.ok('explore', { entity: qiao.id })
    expect(weight(linked, dongpo.id, qiao.id)).toBe(1)
    expect(linked.months.find((m) => m.month === '2023-10')).toEqual({ month: '2023-10', articles: 1, mentions: 1 })

    await app.ok('undo', { articleId: 'sample-2' })
    expect(weight(await app.ok('explore', {}), dongpo.id, qiao.id)).toBe(0)

    await app.ok('updateArticle', { articleId: 'sample-2', date: '2022-01-05' })
    const moved = await app.ok('explore', { entity: dongpo.id })
    expect(moved.months[0]).toEqual({ month: '2022-01', articles: 1, mentions: 1 })

    await app.ok('deleteEntity', { id: dongpo.id })
    expect((await app.ok('explore', {})).nodes).toEqual([])
  })

  it('reads no shard for the article graph, and each shard once for the sentence graph', async () => {
    app = await openApp()
    const dongpo = await app.ok('createEntity', { type: 'PLACE', name: 'Dongpo District' })
    const shuiyue = await app.ok('createEntity', { type: 'PLACE', name: 'Shuiyue Subdistrict' })
    await link(app, 'sample-2', 'Dongpo District', 'PLACE', dongpo.id)
    await link(app, 'sample-2', 'Shuiyue Subdistrict', 'PLACE', shuiyue.id)
    await app.ok('explore', {})
    const reads = vi.spyOn(app.ctx.archive, 'read')
    await app.ok('explore', { scope: 'article' })
    expect(reads).not.toHaveBeenCalled()
    const sentence = await app.ok('explore', { scope: 'sentence' })
    expect(weight(sentence, dongpo.id, shuiyue.id)).toBe(1)
    await app.ok('explore', { scope: 'sentence', minWeight: 1 })
    expect(reads.mock.calls.map(([id]) => id)).toEqual(['sample-2'])
  })

  it('refuses an entity the registry lacks, naming the field', async () => {
    app = await openApp('zh-CN')
    const error = await app.err('explore', { entity: 'nobody' })
    expect(error.code).toBe('entity.notFound')
    expect(error.field).toBe('entity')
  })
})

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/model'
import { SettingsStore } from '../../../src/main/settings-store'

const made: string[] = []
async function home(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scriptorium-settings-'))
  made.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('SettingsStore', () => {
  it('starts from the defaults when there is no settings file, without writing one', async () => {
    const dir = await home()
    const store = await SettingsStore.open(join(dir, 'not-yet'))
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
  })

  it.each([
    ['not JSON', '{"theme": "dark",'],
    ['binary', '\u0000\u0001\u0002'],
    ['an array', '[1, 2, 3]'],
    ['a string', '"dark"'],
    ['null', 'null'],
    ['empty', '']
  ])('falls back to the defaults when settings.json is %s', async (_label, content) => {
    const dir = await home()
    await writeFile(join(dir, 'settings.json'), content)
    expect((await SettingsStore.open(dir)).get()).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps every valid field and replaces each damaged one by its default', async () => {
    const dir = await home()
    const stored = { language: 'fr', theme: 'dark', archivePath: '/data/news', readerZoom: 99, window: { x: 1, y: 2, width: 'wide' }, unknown: true }
    await writeFile(join(dir, 'settings.json'), JSON.stringify(stored))
    expect((await SettingsStore.open(dir)).get()).toEqual({ language: null, theme: 'dark', archivePath: '/data/news', readerZoom: 1, window: null })
  })

  it('persists an update, durably and for the next start, and tells listeners', async () => {
    const dir = await home()
    const store = await SettingsStore.open(dir)
    const listener = vi.fn()
    const unsubscribe = store.onChange(listener)
    const window = { x: 10, y: 20, width: 1000, height: 700, maximized: false }
    expect(await store.update({ theme: 'light', language: 'zh-CN', window })).toMatchObject({ theme: 'light', language: 'zh-CN', window })
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ theme: 'light' }))
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'light' })
    unsubscribe()
    await store.update({ readerZoom: 1.25 })
    expect(listener).toHaveBeenCalledTimes(1)

    const reopened = await SettingsStore.open(dir)
    expect(reopened.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', language: 'zh-CN', window, readerZoom: 1.25 })
  })

  it('hands out copies: changing a returned object changes nothing stored', async () => {
    const store = await SettingsStore.open(await home())
    const copy = store.get()
    copy.theme = 'dark'
    expect(store.get().theme).toBe('system')
  })
})

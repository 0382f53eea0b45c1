import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { call, createDispatcher } from '../../../../src/main/dispatch'
import { createHandlers } from '../../../../src/main/handlers'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

/** An archive (the sample articles) held open by "the app" — this process — as the test runs. */
async function heldArchive(language: 'en' | 'zh-CN' = 'en') {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const t = createTranslator(language)
  const ctx = await AppContext.start({ archiveDir: archive, settings: await SettingsStore.open(join(home, 'app')), t, mode: 'browser' })
  const dispatch = createDispatcher(createHandlers(ctx), t)
  return { home, archive, ctx, dispatch, t }
}

describe('read-only commands while the app holds the archive', () => {
  it('list, show, entities and suggest answer from the archive as it is now, saying so on stderr', async () => {
    const { home, archive, ctx, dispatch } = await heldArchive()
    try {
      // A change the app made a moment ago is seen.
      const text = 'Lanxia City'
      const doc = await ctx.archive.read('sample-1')
      const start = [...doc.versions[0]!.text.slice(0, doc.versions[0]!.text.indexOf(text))].length
      expect((await call(dispatch, 'addAnnotation', { articleId: 'sample-1', start, end: start + text.length, type: 'PLACE' })).ok).toBe(true)
      await ctx.archive.flush()

      const list = await cli(['list', '--json', '--archive', archive], home)
      expect(list.code).toBe(0)
      const rows = JSON.parse(list.stdout) as { id: string; annotationCount: number }[]
      expect(rows.find((row) => row.id === 'sample-1')?.annotationCount).toBe(1)
      expect(list.err.join('\n')).toMatch(new RegExp(`open in Scriptorium \\(process ${process.pid} on .*nothing is changed`))

      const show = await cli(['show', 'sample-1', '--json', '--archive', archive], home)
      expect(show.code).toBe(0)
      expect((JSON.parse(show.stdout) as { annotations: { quote: string }[] }).annotations).toHaveLength(1)
      expect((await cli(['entities', '--archive', archive], home)).code).toBe(0)
      expect((await cli(['suggest', 'sample-1', '--archive', archive], home)).code).toBe(0)
    } finally {
      await ctx.close()
    }
  })

  it('check reports damage without repairing anything, and leaves the lock, the files and the app alone', async () => {
    const { home, archive, ctx, dispatch } = await heldArchive()
    try {
      await writeFile(join(archive, 'articles', 'sample-3.json'), 'not json at all')
      const lock = await readFile(join(archive, '.lock'), 'utf8')
      const run = await cli(['check', '--archive', archive], home)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`Archive: ${archive}`)
      expect(run.stdout).toContain('Damaged: articles/sample-3.json')
      expect(run.stdout).not.toContain('Folder missing')
      expect(run.stdout).toContain('nothing was repaired')
      expect(run.stdout).toContain('1 damaged or missing file found; nothing was repaired or written to the damage log.')
      expect(run.stdout).not.toContain('kept in damage.log.json')
      expect(await readFile(join(archive, 'articles', 'sample-3.json'), 'utf8')).toBe('not json at all')
      expect(await readdir(join(archive, 'quarantine'))).toEqual([])
      expect(await readFile(join(archive, '.lock'), 'utf8')).toBe(lock)
      const json = await cli(['check', '--json', '--archive', archive], home)
      expect(JSON.parse(json.stdout)).toMatchObject({ archive, ok: false, repaired: false })
      // The app goes on writing.
      expect((await call(dispatch, 'listArticles', {})).ok).toBe(true)
    } finally {
      await ctx.close()
    }
  })

  it('segments and qa read a translation while the app holds the archive', async () => {
    const { home, archive, ctx, dispatch } = await heldArchive()
    try {
      expect((await call(dispatch, 'markMachineTranslation', { articleId: 'sample-1', engine: 'TestMT' })).ok).toBe(true)
      await ctx.archive.flush()
      const segments = await cli(['segments', 'sample-1', '--lang', 'en', '--json', '--archive', archive], home)
      expect(segments.code).toBe(0)
      expect((JSON.parse(segments.stdout) as { index: number; source: string | null }[])[0]).toMatchObject({ index: 1, source: null })
      const qa = await cli(['qa', 'sample-1', '--lang', 'en', '--json', '--archive', archive], home)
      expect(Array.isArray(JSON.parse(qa.stdout))).toBe(true)
    } finally {
      await ctx.close()
    }
  })

  it('says so in Chinese too', async () => {
    const { home, archive, ctx, t } = await heldArchive('zh-CN')
    try {
      const run = await cli(['list', '--archive', archive], home, { t })
      expect(run.code).toBe(0)
      expect(run.err.join('\n')).toContain('只读')
    } finally {
      await ctx.close()
    }
  })
})

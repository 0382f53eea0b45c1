import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppContext } from '../../../../src/main/app-context'
import { parseNames } from '../../../../src/main/cli/entities-add'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function setup() {
  const home = await tempDir()
  const archive = join(home, 'archive')
  expect((await cli(['entities', '--archive', archive], home)).code).toBe(0)
  return { home, archive, registry: () => readFile(join(archive, 'registry.json'), 'utf8') }
}

const add = (archive: string, ...args: string[]) => ['entities', 'add', ...args, '--archive', archive]

describe('scriptorium entities add', () => {
  it('an empty --name is a usage error naming the flag, not a validation message about characters', async () => {
    const { home, archive, registry } = await setup()
    const before = await registry()
    for (const name of ['', '   ']) {
      const run = await cli(add(archive, '--type', 'PERSON', '--name', name), home, { t: createTranslator('zh-CN') })
      expect(run.code).toBe(2)
      expect(run.err[0]).toContain('--name')
      expect(run.err.join('\n')).not.toContain('字符')
    }
    expect(await registry()).toBe(before)
  })

  it('adds an entity with names per language, aliases and a Wikidata id, and prints it with its id', async () => {
    const { home, archive } = await setup()
    const run = await cli(add(archive, '--type', 'PERSON', '--name', 'Hu Tao', '--names', 'en=Hu Tao,zh=胡涛', '--alias', 'Secretary Hu', '--alias', '胡书记', '--wikidata', 'Q42', '--json'), home)
    expect(run.code).toBe(0)
    const entity = JSON.parse(run.stdout)
    expect(entity).toMatchObject({ type: 'PERSON', name: 'Hu Tao', names: { en: 'Hu Tao', zh: '胡涛' }, aliases: ['Secretary Hu', '胡书记'], identifiers: { wikidata: 'Q42' } })
    expect(entity.id).toMatch(/\S/)
    const list = JSON.parse((await cli(['entities', '--json', '--archive', archive], home)).stdout) as { id: string; name: string }[]
    expect(list.find((e) => e.id === entity.id)?.name).toBe('Hu Tao')
    const plain = await cli(add(archive, '--type', 'PLACE', '--name', 'Lanxia'), home)
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(/^Added PLACE “Lanxia” as \S+\.$/)
  })

  it.each([
    [['--type', 'NOPE', '--name', 'X'], 1, '“NOPE” is not a type of the tag schema.'],
    [['--type', 'PERSON', '--name', '   '], 2, "Give the entity's name with --name."],
    [['--type', 'PERSON', '--name', 'X', '--wikidata', '42'], 2, '--wikidata takes a Wikidata item id such as Q42, not “42”.'],
    [['--type', 'PERSON', '--name', 'X', '--names', 'en'], 2, '--names takes LANG=NAME pairs'],
    [['--type', 'PERSON', '--name', 'X', '--names', 'en=X,en=Y'], 2, '--names takes LANG=NAME pairs'],
    [['--name', 'X'], 2, '--type'],
    [['--type', 'PERSON'], 2, '--name']
  ])('refuses %j with exit %i and a clear message, leaving the registry as it was', async (args, code, message) => {
    const { home, archive, registry } = await setup()
    const before = await registry()
    const run = await cli(add(archive, ...args), home)
    expect(run.code).toBe(code)
    expect(run.out).toEqual([])
    expect(run.err.join('\n')).toContain(message)
    expect(run.err.join('\n')).not.toMatch(/at .*\.ts:\d+/)
    expect(await registry()).toBe(before)
  })

  it('refuses a duplicate (same type and name, ignoring case, or same Wikidata id), in English and Chinese', async () => {
    const { home, archive, registry } = await setup()
    expect((await cli(add(archive, '--type', 'PERSON', '--name', 'Hu Tao', '--wikidata', 'Q42'), home)).code).toBe(0)
    const before = await registry()
    const same = await cli(add(archive, '--type', 'PERSON', '--name', 'hu  tao'), home)
    expect(same.code).toBe(1)
    expect(same.err.join('\n')).toMatch(/“Hu Tao” is already in the registry/)
    const zh = await cli(add(archive, '--type', 'ORG', '--name', 'Other', '--wikidata', 'Q42'), home, { t: createTranslator('zh-CN') })
    expect(zh.code).toBe(1)
    expect(zh.err.join('\n')).toContain('已在实体库中')
    // Another type may bear the same name.
    expect(await registry()).toBe(before)
    expect((await cli(add(archive, '--type', 'ORG', '--name', 'Hu Tao'), home)).code).toBe(0)
  })

  it('is refused like every writing command while the app holds the archive, naming the process', async () => {
    const { home, archive, registry } = await setup()
    const before = await registry()
    const t = createTranslator('en')
    const ctx = await AppContext.start({ archiveDir: archive, settings: await SettingsStore.open(join(home, 'app')), t, mode: 'browser' })
    try {
      const run = await cli(add(archive, '--type', 'PERSON', '--name', 'Hu Tao', '--json'), home, { t })
      expect(run.code).toBe(1)
      expect(run.out).toEqual([])
      expect(run.err.join('\n')).toMatch(/in use by process \d+ on /)
      expect(run.err.join('\n')).toContain(String(process.pid))
    } finally {
      await ctx.close()
    }
    expect(await registry()).toBe(before)
  })

  it('keeps `entities` listing, and refuses add-only options or another subcommand there', async () => {
    const { home, archive } = await setup()
    expect((await cli(['entities', '--type', 'PERSON', '--archive', archive], home)).code).toBe(2)
    const unknown = await cli(['entities', 'remove', '--archive', archive], home)
    expect(unknown.code).toBe(2)
    expect(unknown.err[0]).toContain('entities add')
  })
})

describe('parseNames', () => {
  it('reads LANG=NAME pairs and refuses malformed ones', () => {
    expect(parseNames('en=Hu Tao, zh-CN=胡涛')).toEqual({ en: 'Hu Tao', 'zh-CN': '胡涛' })
    for (const bad of ['', 'en', '=Hu', 'en=', 'english language=Hu', 'en=A,en=B']) expect(parseNames(bad)).toBeNull()
  })
})

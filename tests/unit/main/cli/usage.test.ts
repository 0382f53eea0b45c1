import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pickLanguage } from '@shared/i18n/resources'
import { commands } from '../../../../src/main/cli/run'
import { createTranslator, osLocale } from '../../../../src/main/i18n'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

describe('scriptorium usage', () => {
  it('keeps the public commands of issue 3', () => {
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['import', 'list', 'show', 'check', 'serve']))
  })

  it.each(['--help', '-h', 'help'])('prints the general help for %s with exit 0', async (flag) => {
    const run = await cli([flag], await tempDir())
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: scriptorium <command> [options]')
    for (const command of commands) expect(run.stdout).toMatch(new RegExp(`^  ${command.name}\\s+\\S`, 'm'))
  })

  it('prints the help and exits 2 without a command', async () => {
    const run = await cli([], await tempDir())
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('Usage: scriptorium')
  })

  for (const command of commands) {
    it.each(['--help', '-h'])(`${command.name} %s prints its usage and options, exit 0, without opening an archive`, async (flag) => {
      const home = await tempDir()
      const run = await cli([command.name, flag], home, { env: { SCRIPTORIUM_ARCHIVE: `${home}/must-not-exist` } })
      expect(run.code).toBe(0)
      expect(run.err).toEqual([])
      expect(run.stdout).toContain(`Usage: scriptorium ${command.usage}`)
      expect(run.stdout).toContain('--help')
      for (const option of Object.keys(command.optionHelp)) expect(run.stdout).toContain(`--${option}`)
      const { existsSync } = await import('node:fs')
      expect(existsSync(`${home}/must-not-exist`)).toBe(false)
    })
  }

  it.each([
    ['an unknown command', ['frobnicate'], /Unknown command “frobnicate”/],
    ['an unknown option', ['list', '--bogus'], /bogus/],
    ['a value for a boolean option', ['list', '--json=yes'], /json/],
    ['a missing option value', ['list', '--archive'], /archive/],
    ['show without an id', ['show'], /A required argument is missing/],
    ['import without inputs', ['import'], /A required argument is missing/],
    ['list with an extra argument', ['list', 'extra'], /Too many arguments/],
    ['show with two ids', ['show', 'a', 'b'], /Too many arguments/],
    ['serve on a port that is not a number', ['serve', '--port', 'http'], /not a port number/],
    ['serve on a port out of range', ['serve', '--port', '70000'], /not a port number/]
  ])('exits 2 on %s, with a message on stderr', async (_label, argv, message) => {
    const run = await cli(argv, await tempDir())
    expect(run.code).toBe(2)
    expect(run.out).toEqual([])
    expect(run.err.join('\n')).toMatch(message)
  })

  it.each([
    ['--archive DIR', (dir: string) => ['--archive', dir]],
    ['--archive=DIR', (dir: string) => [`--archive=${dir}`]]
  ])('takes %s before the command as after it', async (_label, archive) => {
    const home = await tempDir()
    const dir = join(home, 'first')
    const run = await cli([...archive(dir), 'list', '--json'], home)
    expect(run.code).toBe(0)
    expect(existsSync(join(dir, 'archive.json'))).toBe(true)
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(0)
  })

  it('prints the help and exits 2 for --archive DIR with no command', async () => {
    const home = await tempDir()
    const run = await cli(['--archive', join(home, 'a')], home)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('Usage: scriptorium <command> [options]')
    expect(existsSync(join(home, 'a'))).toBe(false)
  })

  it('exits 2 on an import input that the contract refuses', async () => {
    const run = await cli(['import', ''], await tempDir())
    expect(run.code).toBe(2)
    expect(run.err.join('\n')).toMatch(/Invalid value for “paths.0”/)
  })
})

describe('scriptorium in the OS language', () => {
  it('picks zh-CN from LANG=zh_CN.UTF-8 and en from C', () => {
    expect(osLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(pickLanguage(osLocale({ LANG: 'zh_CN.UTF-8' }))).toBe('zh-CN')
    expect(pickLanguage(osLocale({ LC_ALL: 'zh_CN.GB18030', LANG: 'en_US.UTF-8' }))).toBe('zh-CN')
    expect(pickLanguage(osLocale({ LANG: 'en_GB.UTF-8' }))).toBe('en')
  })

  it('prints help and errors in Chinese', async () => {
    const t = createTranslator(pickLanguage(osLocale({ LANG: 'zh_CN.UTF-8' })))
    const help = await cli(['--help'], await tempDir(), { t })
    expect(help.stdout).toMatch(/[\u4e00-\u9fff]/)
    expect(help.stdout).not.toContain('Usage')
    const unknown = await cli(['frobnicate'], await tempDir(), { t })
    expect(unknown.code).toBe(2)
    expect(unknown.err.join('\n')).toMatch(/[\u4e00-\u9fff]/)
    expect(unknown.err.join('\n')).not.toContain('Unknown command')
    const missing = await cli(['show'], await tempDir(), { t })
    expect(missing.err.join('\n')).toMatch(/[\u4e00-\u9fff]/)
  })
})

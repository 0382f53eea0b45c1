import type { Translate } from '../i18n'
import { parseArgs } from 'node:util'
import { describeOptionError } from './option-error'
import { annotateCommand } from './annotate'
import { checkCommand } from './check'
import { concordanceCommand } from './concordance'
import { deleteCommand } from './delete'
import { editCommand } from './edit'
import { EXIT, type CliIo, type Command, type ParsedValues } from './command'
import { entitiesCommand } from './entities'
import { exploreCommand } from './explore'
import { exportCommand } from './export'
import { importCommand } from './import'
import { restoreCommand } from './restore'
import { listCommand } from './list'
import { serveCommand } from './serve'
import { showCommand } from './show'
import { suggestCommand } from './suggest'
import { tagCommand } from './tag'
import { searchCommand } from './search'
import { safeIo } from './terminal-text'
import { tmCommand } from './tm'
import { trashCommand } from './trash'
import { validateCommand } from './validate'
import { postEditCommand, qaCommand, segmentsCommand, translationCommand } from './translation'
import { xliffCommand } from './xliff'

export const commands: Command[] = [
  importCommand,
  exportCommand,
  validateCommand,
  listCommand,
  showCommand,
  editCommand,
  deleteCommand,
  tagCommand,
  trashCommand,
  restoreCommand,
  annotateCommand,
  suggestCommand,
  translationCommand,
  segmentsCommand,
  postEditCommand,
  qaCommand,
  xliffCommand,
  tmCommand,
  entitiesCommand,
  searchCommand,
  exploreCommand,
  concordanceCommand,
  checkCommand,
  serveCommand
]

function generalHelp(t: Translate): string[] {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    t('cli:help.title'),
    '',
    `${t('cli:help.usage')}: scriptorium <command> [options]`,
    '',
    `${t('cli:help.commands')}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${t(`cli:${c.summary}`)}`),
    '',
    t('cli:help.more'),
    t('cli:help.archiveEnv')
  ]
}

function commandHelp(command: Command, t: Translate): string[] {
  const names = Object.keys(command.optionHelp)
  const labels = names.map((name) => `--${name}${command.options[name]?.type === 'string' ? ` ${name === 'port' ? 'N' : name.toUpperCase()}` : ''}`)
  const width = Math.max(6, ...labels.map((l) => l.length))
  return [
    t(`cli:${command.summary}`),
    '',
    `${t('cli:help.usage')}: scriptorium ${command.usage}`,
    '',
    `${t('cli:help.options')}:`,
    ...names.map((name, i) => `  ${labels[i]!.padEnd(width)}  ${t(`cli:${command.optionHelp[name]}`)}`),
    `  ${'--help'.padEnd(width)}  ${t('cli:option.help')}`
  ]
}

/**
 * `scriptorium --archive DIR list` reads as `scriptorium list --archive DIR`: the archive is
 * the one option every command shares, and people put it first as often as last.
 */
function archiveOptionAfterCommand(argv: string[]): string[] {
  const leading: string[] = []
  let i = 0
  while (i < argv.length) {
    const arg = argv[i]!
    if (arg.startsWith('--archive=')) leading.push(arg)
    else if (arg === '--archive' && i + 1 < argv.length) leading.push(arg, argv[++i]!)
    else break
    i++
  }
  if (leading.length === 0) return argv
  return i === argv.length ? [] : [argv[i]!, ...leading, ...argv.slice(i + 1)]
}

/** Runs one command line; returns the exit code (0 ok, 1 some inputs failed, 2 usage). */
export async function runCli(argv: string[], rawIo: CliIo, t: Translate): Promise<number> {
  const io = safeIo(rawIo, false)
  const [name, ...rest] = archiveOptionAfterCommand(argv)
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    generalHelp(t).forEach((line) => io.out(line))
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    io.out(process.env.npm_package_version ?? '0.1.0')
    return EXIT.ok
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.err(t('cli:error.unknownCommand', { name }))
    io.err(t('cli:help.more'))
    return EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (error) {
    const { key, option } = describeOptionError(error)
    io.err(t(`cli:error.option.${key}`, { option, command: command.name }))
    io.err(`${t('cli:help.usage')}: scriptorium ${command.usage}`)
    return EXIT.usage
  }
  if (parsed.values.help) {
    commandHelp(command, t).forEach((line) => io.out(line))
    return EXIT.ok
  }
  const count = parsed.positionals.length
  if (count < command.minPositionals || count > command.maxPositionals) {
    io.err(t(count < command.minPositionals ? 'cli:error.missingArgument' : 'cli:error.extraArgument'))
    io.err(`${t('cli:help.usage')}: scriptorium ${command.usage}`)
    return EXIT.usage
  }
  return command.run(parsed.values, parsed.positionals, safeIo(rawIo, (parsed.values as ParsedValues).json === true), t)
}

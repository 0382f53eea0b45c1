import type { Translate } from '../i18n'
import { stat } from 'node:fs/promises'
import type { BagProblem } from '@shared/formats/bagit'
import { toAppError } from '../dispatch'
import { readInWorker } from '../services/bundle/bundle-isolated'
import { EXIT, jsonOption, type CliIo, type Command } from './command'

/** One problem as a line: the file (inside the bag) and the translated reason. */
export function problemLine(problem: BagProblem, t: Translate): string {
  return t('bundle:cli.problemLine', { file: problem.file || '—', problem: t(`bundle:problem.${problem.problem}`) })
}

/** The bundle's file must exist and be a regular file before the zip reader sees it. */
export async function checkBundleFile(path: string, io: CliIo, t: Translate): Promise<boolean> {
  const info = await stat(path).catch(() => null)
  if (info?.isFile()) return true
  io.err(`${path}: ${t(info ? 'errors:import.notAFile' : 'errors:import.notFound')}`)
  return false
}

/**
 * `scriptorium validate FILE.zip [--json]`: the zip (names, links, sizes), the bag (declaration,
 * Payload-Oxum, every checksum both ways) and our own files. Exit 0 when valid; exit 1 and each
 * bad file otherwise, `--json` as `[{"file","problem"}]` with stable problem codes.
 */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate.summary',
  usage: 'validate FILE.zip [--json]',
  options: { ...jsonOption },
  optionHelp: { json: 'option.json' },
  minPositionals: 1,
  maxPositionals: 1,
  run: async (values, [path], io, t) => {
    if (!(await checkBundleFile(path!, io, t))) return EXIT.someFailed
    let problems: BagProblem[]
    try {
      problems = (await readInWorker({ kind: 'read', path: path! }).result).problems
    } catch (error) {
      io.err(toAppError(error, t).message)
      return EXIT.someFailed
    }
    if (values.json) io.out(JSON.stringify(problems.map(({ file, problem }) => ({ file, problem }))))
    else if (problems.length === 0) io.out(t('bundle:cli.valid', { path }))
    else {
      io.err(t('bundle:cli.invalid', { path, count: problems.length }))
      for (const problem of problems) io.out(problemLine(problem, t))
    }
    return problems.length === 0 ? EXIT.ok : EXIT.someFailed
  }
}

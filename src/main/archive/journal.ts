import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, unlink, utimes } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'
import { z } from 'zod'
import { AppFailure } from '@shared/ipc/result'
import { fsyncDir, isTempName, writeFileDurable } from './durable-write'
import { newJournalId, STAGED_SUFFIX, stagedDirOf } from './journal-staging'
import { quarantineMove, type QuarantineEntry } from './quarantine'

/**
 * The intent journal: a change of several files (a schema rename over 400 articles, a merge,
 * a move to the trash) is written first as one durable plan, `journal/<txid>.json`, holding
 * the after-image of every file it writes and every move it makes; then applied; then the
 * plan is removed. A process killed at any moment leaves either no plan (nothing applied:
 * wholly before) or a complete plan, which the next open applies again (wholly after).
 * Re-applying is idempotent because each path appears in one step only: a write puts the
 * same bytes again, a move whose source is gone was made already, a file to remove that is
 * gone was removed already, a staged file (see journal-staging.ts) whose copy is gone was
 * placed already.
 */
export type JournalStep =
  | { op: 'write'; path: string; text: string }
  | { op: 'move'; from: string; to: string }
  | { op: 'remove'; path: string }
  /** Writes `path` by renaming a staged after-image (`from`, in the plan's staged folder) into place. */
  | { op: 'place'; path: string; from: string }

export interface JournalPlan {
  /** What the change was, for `check` (e.g. "entity.merge"). */
  label: string
  steps: JournalStep[]
}

export interface CompletedJournal {
  id: string
  label: string
  createdAt: string
  /** The archive-relative paths it wrote or moved. */
  paths: string[]
}

export const JOURNAL_DIR = 'journal'
/** How many files of one plan are written at once (their fsyncs overlap). */
const APPLY_CONCURRENCY = 8

/** Archive-relative, forward slashes, no dot-names (so never `..`, temp files or the lock). */
const RelativePath = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*){0,3}$/)
  .refine((path) => !path.startsWith(`${JOURNAL_DIR}/`), 'a journal cannot change the journal')

const Step = z.discriminatedUnion('op', [
  z.object({ op: z.literal('write'), path: RelativePath, text: z.string() }),
  z.object({ op: z.literal('move'), from: RelativePath, to: RelativePath }),
  z.object({ op: z.literal('remove'), path: RelativePath }),
  z.object({ op: z.literal('place'), path: RelativePath, from: z.string().regex(/^journal\/[A-Za-z0-9_-]+\.staged\/[0-9]{1,9}\.json$/) })
])

const JournalDoc = z.object({
  kind: z.literal('scriptorium.journal'),
  schemaVersion: z.literal(1),
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  steps: z.array(Step)
})
type JournalDoc = z.infer<typeof JournalDoc>

export const stepPaths = (step: JournalStep): string[] => (step.op === 'move' ? [step.from, step.to] : [step.path])

/** A plan must be replayable: valid relative paths, each named by one step only. */
export function checkPlan(plan: JournalPlan): void {
  const seen = new Set<string>()
  for (const step of plan.steps) {
    Step.parse(step)
    for (const path of stepPaths(step)) {
      if (seen.has(path)) throw new Error(`Journal plan "${plan.label}" names ${path} twice`)
      seen.add(path)
    }
  }
}

/** The plan is on disk but could not be applied: the files are partly written until the next open finishes them. */
export class UnfinishedJournal extends Error {
  constructor(cause: unknown) {
    super(`A journaled change could not be finished: ${(cause as Error)?.message ?? String(cause)}`, { cause })
  }
}

/**
 * Writes the plan durably, applies it, removes it; resolves once every file is durable. A
 * failure before the plan is durable changed nothing and is rethrown as it is; one while
 * applying is retried once, then thrown as UnfinishedJournal.
 */
export async function runJournaled(archiveDir: string, plan: JournalPlan, id = newJournalId()): Promise<void> {
  checkPlan(plan)
  const doc: JournalDoc = { kind: 'scriptorium.journal', schemaVersion: 1, id, label: plan.label, createdAt: new Date().toISOString(), steps: plan.steps }
  const file = join(archiveDir, JOURNAL_DIR, `${id}.json`)
  await writeFileDurable(file, JSON.stringify(doc))
  const finish = async (): Promise<void> => {
    await applySteps(archiveDir, doc.steps)
    await removeJournal(file)
    await rm(stagedDirOf(join(archiveDir, JOURNAL_DIR), id), { recursive: true, force: true })
  }
  try {
    await finish().catch(finish)
  } catch (error) {
    throw new UnfinishedJournal(error)
  }
}

/**
 * Finishes every plan a crash left (oldest first) and reports them. A plan file that cannot
 * be read as one goes to quarantine: it was not written by us, since ours appear whole.
 */
export async function recoverJournals(archiveDir: string, quarantineDir: string): Promise<{ completed: CompletedJournal[]; quarantined: QuarantineEntry[] }> {
  const dir = join(archiveDir, JOURNAL_DIR)
  const all = await readdir(dir)
  const names = all.filter((name) => !isTempName(name) && !name.startsWith('.') && !name.endsWith(STAGED_SUFFIX)).sort()
  const completed: CompletedJournal[] = []
  const quarantined: QuarantineEntry[] = []
  for (const name of names) {
    const file = join(dir, name)
    const doc = parseJournal(await readFile(file, 'utf8').catch(() => ''))
    if (!doc) {
      quarantined.push(await quarantineMove(quarantineDir, file, 'an unreadable change journal'))
      continue
    }
    try {
      await applySteps(archiveDir, doc.steps)
      await removeJournal(file)
    } catch (error) {
      throw new UnfinishedJournal(error)
    }
    completed.push({ id: doc.id, label: doc.label, createdAt: doc.createdAt, paths: doc.steps.flatMap(stepPaths) })
  }
  // Staged after-images whose plan was never written (or was applied): no change, only leftovers.
  for (const name of all.filter((n) => n.endsWith(STAGED_SUFFIX))) await rm(join(dir, name), { recursive: true, force: true })
  return { completed, quarantined }
}

function parseJournal(text: string): JournalDoc | null {
  try {
    const parsed = JournalDoc.safeParse(JSON.parse(text))
    if (!parsed.success) return null
    checkPlan({ label: parsed.data.label, steps: parsed.data.steps })
    return parsed.data
  } catch {
    return null
  }
}

const absolute = (archiveDir: string, path: string): string => join(archiveDir, ...path.split('/'))

/**
 * Each file is written to a temp file, fsynced and renamed into place; the folders are
 * fsynced once at the end rather than after every file (the plan covers the meantime).
 */
async function applySteps(archiveDir: string, steps: JournalStep[]): Promise<void> {
  const dirs = new Set<string>()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < steps.length) {
      const step = steps[next++]!
      if (step.op === 'write') {
        const target = absolute(archiveDir, step.path)
        await writeSynced(target, step.text)
        dirs.add(dirname(target))
      } else if (step.op === 'place') {
        const target = absolute(archiveDir, step.path)
        await mkdir(dirname(target), { recursive: true })
        // Staged durably before the plan; a staged file already gone was placed by the interrupted run.
        await rename(absolute(archiveDir, step.from), target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
        dirs.add(dirname(target))
      } else if (step.op === 'remove') {
        const target = absolute(archiveDir, step.path)
        await unlink(target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
        dirs.add(dirname(target))
      } else {
        const from = absolute(archiveDir, step.from)
        const to = absolute(archiveDir, step.to)
        await mkdir(dirname(to), { recursive: true })
        // A source already gone was moved by the run that was interrupted.
        await rename(from, to).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
        // A rename keeps the file's old time; the trash lists deletions by the time of the move.
        const now = new Date()
        await utimes(to, now, now).catch(() => undefined)
        dirs.add(dirname(from)).add(dirname(to))
      }
    }
  }
  // Every worker settles before a failure is reported: a retry must not race the first attempt.
  const settled = await Promise.allSettled(Array.from({ length: Math.min(APPLY_CONCURRENCY, steps.length) }, worker))
  const failed = settled.find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
  for (const dir of dirs) await fsyncDir(dir)
}

async function writeSynced(target: string, text: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  const temp = join(dirname(target), `.${target.split(sep).pop()}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, target).catch(async (error: unknown) => {
    await unlink(temp).catch(() => undefined)
    throw error
  })
}

async function removeJournal(file: string): Promise<void> {
  await unlink(file)
  await fsyncDir(dirname(file))
}

/** An UnfinishedJournal as the translated failure (remembered by `keep`); anything else as it is. */
export function unfinishedFailure(error: unknown, keep: (failure: AppFailure) => void = () => undefined): never {
  if (!(error instanceof UnfinishedJournal)) throw error
  const detail = (error.cause as Error)?.message ?? String(error.cause)
  const failure = new AppFailure('archive.unfinishedChange', `A change to several files could not be finished (${detail})`, { detail })
  keep(failure)
  throw failure
}

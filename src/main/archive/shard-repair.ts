import type { ArticleDoc } from '@shared/model'
import type { DamageNote } from './damage-log'
import { lastGoodCopyOf } from './last-good-copy'
import { quarantineMove, type QuarantineEntry } from './quarantine'
import { readShard, writeShard } from './shard-store'

export interface ShardRepair {
  /** The article as restored from its last good copy; absent when there was none. */
  doc?: ArticleDoc
  quarantined?: QuarantineEntry
  note: DamageNote
}

/** Puts the last good copy back in place of a shard that is gone (moved away or deleted). */
async function putBackLastGoodCopy(file: string, id: string): Promise<ArticleDoc | undefined> {
  const copy = await readShard(lastGoodCopyOf(file), id)
  if (copy.status !== 'ok') return undefined
  // The shard is absent, so writing it keeps the good copy as it is.
  await writeShard(file, copy.doc)
  return copy.doc
}

/**
 * A damaged shard: its bytes are moved to quarantine/ untouched (never rewritten), then its
 * last good copy, the article as it was before its last change, takes its place.
 */
export async function repairDamagedShard(quarantineDir: string, file: string, id: string, reason: string): Promise<ShardRepair> {
  const quarantined = await quarantineMove(quarantineDir, file, reason)
  const doc = await putBackLastGoodCopy(file, id)
  const where = `the damaged file is kept as quarantine/${quarantined.storedAs}`
  if (!doc) return { quarantined, note: { kind: 'quarantined', file: `articles/${id}.json`, detail: `${reason}; ${where}` } }
  const detail = `${reason}; ${where}; restored from backups/articles/${id}.json (the article before its last change)`
  return { doc, quarantined: { ...quarantined, reason: detail }, note: { kind: 'restored', file: `articles/${id}.json`, detail } }
}

/** A shard the catalog lists but that is no longer there. */
export async function repairMissingShard(file: string, id: string): Promise<ShardRepair> {
  const doc = await putBackLastGoodCopy(file, id)
  const note: DamageNote = doc
    ? { kind: 'restored', file: `articles/${id}.json`, detail: `the file was missing; restored from backups/articles/${id}.json` }
    : { kind: 'lost', file: `articles/${id}.json`, detail: 'the file was missing and no copy of it was kept' }
  return { doc, note }
}

/** The repair for what reading a listed shard found: gone, or damaged. */
export function recoverShard(quarantineDir: string, file: string, id: string, found: { status: 'missing' } | { status: 'damaged'; reason: string }): Promise<ShardRepair> {
  return found.status === 'missing' ? repairMissingShard(file, id) : repairDamagedShard(quarantineDir, file, id, found.reason)
}

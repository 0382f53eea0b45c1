import { join } from 'node:path'
import { DamageLog, DAMAGE_LOG_FILE, unreported } from '../archive/damage-log'
import { translationMemory } from '../services/memory'
import { archiveJson, type CliIo, type Command, EXIT } from './command'
import { withIndexProgress } from './index-progress'
import { withSession } from './open'
import type { AppContext } from '../app-context'
import type { Translate } from '../i18n'

async function rebuildSearchIndex(ctx: AppContext, io: CliIo, t: Translate): Promise<{ articles: number }> {
  const { articles } = await withIndexProgress(ctx, io, t, () => ctx.search.open(true))
  return { articles }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check.summary',
  usage: 'check [--archive DIR] [--no-repair] [--json]',
  options: { ...archiveJson.options, 'no-repair': { type: 'boolean' } },
  optionHelp: { ...archiveJson.optionHelp, 'no-repair': 'option.noRepair' },
  minPositionals: 0,
  maxPositionals: 0,
  run: (values, _positionals, io, t) =>
    withSession(values, io, t, async ({ ctx, archiveDir, snapshot }) => {
      const { archive } = ctx
      // Opening reads only the catalog; a check reads every shard, so that a damaged one is
      // found (and repaired or quarantined by the archive) now rather than when someone opens it.
      // While the app holds the archive, this reads a snapshot: it reports, and repairs nothing.
      let shards = 0
      for (const { id } of archive.list()) {
        shards += await archive.read(id).then(() => 1, () => 0)
      }
      // The translation memory is derived: rebuilt from the shards (saved unless read-only), which
      // also reads memory/imported.json and repairs it from its backups if damaged.
      const memoryIndex = translationMemory(ctx)
      const memory = await memoryIndex.rebuild()
      // Every loss and repair since the last check, including what list, serve or the app found.
      const damageLog = new DamageLog(join(archive.dir, DAMAGE_LOG_FILE))
      const log = await damageLog.read()
      const logged = unreported(log)
      const earlier = log.entries.slice(0, log.entries.length - logged.length)
      // Read-only, what this run found is not in the log (nothing is written): report it too.
      const readOnly = archive.readOnly !== undefined || snapshot
      const fresh = readOnly ? [...logged, ...[...archive.report.damage, ...memoryIndex.damage].map((note) => ({ at: '', ...note }))] : logged
      const healthy = fresh.length === 0
      const { quarantined, catalogRebuilt, migrated, journals } = archive.report
      const trash = await archive.trash.counts()
      // The search index is derived: rebuilt from the shards just read (not while read-only).
      const searchIndex = readOnly ? null : await rebuildSearchIndex(ctx, io, t)
      if (values.json) {
        io.out(JSON.stringify({ archive: archiveDir, ok: healthy, readOnly, repaired: !readOnly, shards, quarantined, catalogRebuilt, migrated, journals, memory, damage: fresh, earlierDamage: earlier.length, trash, searchIndex }, null, 2))
      } else {
        io.out(t('cli:check.archive', { path: archiveDir }))
        if (readOnly) io.out(snapshot ? t('cli:check.heldByApp') : t('cli:check.readOnly'))
        io.out(t('cli:check.shards', { count: shards }))
        io.out(catalogRebuilt ? t('cli:check.rebuilt') : t('cli:check.catalogOk'))
        if (migrated > 0) io.out(t('cli:check.migrated', { count: migrated }))
        io.out(t(readOnly ? 'cli:check.memoryRead' : 'cli:check.memory', { count: memory.units, articles: memory.articles }))
        io.out(t('cli:check.trash', { articles: t('cli:trash.articles', { count: trash.articles }), entities: t('cli:trash.entities', { count: trash.entities }) }))
        if (searchIndex) io.out(t('cli:check.searchIndex', { count: searchIndex.articles }))
        for (const journal of journals) {
          // The label is the undo action (e.g. entity.merge), named as the history names it.
          const label = t(`annotate:history.action.${journal.label.replace('.', '_')}`, { defaultValue: journal.label })
          io.out(t('cli:check.journal', { label, count: journal.paths.length, at: journal.createdAt }))
        }
        if (earlier.length > 0) io.out(t('cli:check.earlier', { count: earlier.length, file: DAMAGE_LOG_FILE }))
        for (const entry of fresh) io.out(t(`cli:check.damage.${entry.kind}`, { file: entry.file, detail: entry.detail, at: entry.at }))
        // Read-only, nothing reached the damage log: do not send the reader there.
        const unhealthy = readOnly ? 'cli:check.unhealthyReadOnly' : 'cli:check.unhealthy'
        io.out(healthy ? t('cli:check.healthy') : t(unhealthy, { count: fresh.length, file: DAMAGE_LOG_FILE }))
      }
      // Reported once: the next check is healthy unless something new happens.
      if (!readOnly) await damageLog.markReported().catch(() => undefined)
      return healthy ? EXIT.ok : EXIT.someFailed
    }, { readOnly: true })
}

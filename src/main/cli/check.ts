import { archiveJson, type Command, EXIT } from './command'
import { withSession } from './open'

export const checkCommand: Command = {
  name: 'check',
  summary: 'check.summary',
  usage: 'check [--archive DIR] [--json]',
  ...archiveJson,
  minPositionals: 0,
  maxPositionals: 0,
  run: (values, _positionals, io, t) =>
    withSession(values, io, t, async ({ ctx, archiveDir, snapshot }) => {
      const { archive } = ctx
      // Opening reads only the catalog; a check reads every shard, so that a damaged one is
      // found (and quarantined by the archive) now rather than when someone opens it. While
      // the app holds the archive, this reads a snapshot: it reports, and repairs nothing.
      let shards = 0
      for (const { id } of archive.list()) {
        shards += await archive.read(id).then(() => 1, () => 0)
      }
      const { quarantined, catalogRebuilt, migrated, journals } = archive.report
      const healthy = quarantined.length === 0
      if (values.json) {
        io.out(JSON.stringify({ archive: archiveDir, ok: healthy, shards, quarantined, catalogRebuilt, migrated, repaired: !snapshot, journals }, null, 2))
      } else {
        io.out(t('cli:check.archive', { path: archiveDir }))
        io.out(t('cli:check.shards', { count: shards }))
        io.out(catalogRebuilt ? t('cli:check.rebuilt') : t('cli:check.catalogOk'))
        if (migrated > 0) io.out(t('cli:check.migrated', { count: migrated }))
        for (const journal of journals) {
          // The label is the undo action (e.g. entity.merge), named as the history names it.
          const label = t(`annotate:history.action.${journal.label.replace('.', '_')}`, { defaultValue: journal.label })
          io.out(t('cli:check.journal', { label, count: journal.paths.length, at: journal.createdAt }))
        }
        for (const item of quarantined) io.out(t(snapshot ? 'cli:check.damaged' : 'cli:check.quarantined', { file: item.file, reason: item.reason }))
        if (healthy) io.out(t('cli:check.healthy'))
        else io.out(snapshot ? t('cli:check.unhealthyNotRepaired', { count: quarantined.length }) : t('cli:check.unhealthy', { count: quarantined.length }))
      }
      return healthy ? EXIT.ok : EXIT.someFailed
    }, { readOnly: true })
}

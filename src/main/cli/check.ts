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
    withSession(values, io, t, async ({ ctx }) => {
      const { archive } = ctx
      // Opening reads only the catalog; a check reads every shard, so that a damaged one is
      // found (and quarantined by the archive) now rather than when someone opens it.
      let shards = 0
      for (const { id } of archive.list()) {
        shards += await archive.read(id).then(() => 1, () => 0)
      }
      const { quarantined, catalogRebuilt, migrated } = archive.report
      const healthy = quarantined.length === 0
      const trash = await archive.trash.counts()
      if (values.json) {
        io.out(JSON.stringify({ archive: archive.dir, ok: healthy, shards, quarantined, catalogRebuilt, migrated, trash }, null, 2))
      } else {
        io.out(t('cli:check.archive', { path: archive.dir }))
        io.out(t('cli:check.shards', { count: shards }))
        io.out(catalogRebuilt ? t('cli:check.rebuilt') : t('cli:check.catalogOk'))
        if (migrated > 0) io.out(t('cli:check.migrated', { count: migrated }))
        io.out(t('cli:check.trash', { articles: t('cli:trash.articles', { count: trash.articles }), entities: t('cli:trash.entities', { count: trash.entities }) }))
        for (const item of quarantined) io.out(t('cli:check.quarantined', { file: item.file, reason: item.reason }))
        io.out(healthy ? t('cli:check.healthy') : t('cli:check.unhealthy', { count: quarantined.length }))
      }
      return healthy ? EXIT.ok : EXIT.someFailed
    })
}

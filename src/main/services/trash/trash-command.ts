import type { CommandContext, Outcome } from '@shared/annotation'
import type { TrashedEntity } from '@shared/model/trash'
import type { Archive } from '../../archive/archive'

/** Changes to trash/ as data, so that they are undo steps (parts) like every other change. */
export type TrashCommand =
  | { kind: 'moveArticles'; to: 'trash' | 'articles'; ids: string[] }
  | { kind: 'putEntityRecord'; record: TrashedEntity }
  | { kind: 'removeEntityRecord'; id: string }

const event = (ctx: CommandContext, action: string, detail: Record<string, unknown>) => ({ at: ctx.now, actor: ctx.actor, action, detail })

/** Runs one trash command durably; the inverse is captured as it runs. */
export async function runTrashCommand(archive: Archive, command: TrashCommand, ctx: CommandContext): Promise<Outcome<null, TrashCommand, number>> {
  switch (command.kind) {
    case 'moveArticles': {
      await archive.trash.apply(await archive.trash.plan(command.ids, command.to))
      const back = command.to === 'trash' ? 'articles' : 'trash'
      return {
        doc: null,
        inverse: { kind: 'moveArticles', to: back, ids: command.ids },
        event: event(ctx, command.to === 'trash' ? 'article.delete' : 'article.restore', { ids: command.ids }),
        value: command.ids.length
      }
    }
    case 'putEntityRecord':
      await archive.trash.putEntity(command.record)
      return {
        doc: null,
        inverse: { kind: 'removeEntityRecord', id: command.record.entity.id },
        event: event(ctx, 'entity.trash', { id: command.record.entity.id }),
        value: 1
      }
    case 'removeEntityRecord': {
      const record = await archive.trash.entity(command.id)
      await archive.trash.removeEntity(command.id)
      const unchanged = record === null
      return {
        doc: null,
        inverse: record ? { kind: 'putEntityRecord', record } : command,
        event: event(ctx, 'entity.untrash', { id: command.id }),
        value: unchanged ? 0 : 1,
        unchanged
      }
    }
  }
}

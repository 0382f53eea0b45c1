import type { CommandContext, Outcome } from '@shared/annotation'
import type { TrashedEntity } from '@shared/model/trash'
import type { Archive } from '../../archive/archive'
import type { ArchiveFile, ArchiveMove } from '../../archive/compound'

/** Changes to trash/ as data, so that they are undo steps (parts) like every other change. */
export type TrashCommand =
  | { kind: 'moveArticles'; to: 'trash' | 'articles'; ids: string[] }
  | { kind: 'putEntityRecord'; record: TrashedEntity }
  | { kind: 'removeEntityRecord'; id: string }

/** The files a trash command moves, writes and removes: part of its step's compound change. */
export interface TrashFiles {
  moves: ArchiveMove[]
  files: ArchiveFile[]
  removes: string[]
}

const event = (ctx: CommandContext, action: string, detail: Record<string, unknown>) => ({ at: ctx.now, actor: ctx.actor, action, detail })

/**
 * Plans one trash command: checks it can be done, and answers its inverse and the files it
 * changes. Nothing is written here; the step writes everything at once.
 */
export async function planTrashCommand(
  archive: Archive,
  command: TrashCommand,
  ctx: CommandContext
): Promise<{ outcome: Outcome<null, TrashCommand, number>; files: TrashFiles }> {
  const none: TrashFiles = { moves: [], files: [], removes: [] }
  switch (command.kind) {
    case 'moveArticles': {
      const moves = await archive.trash.moves(command.ids, command.to)
      const back = command.to === 'trash' ? 'articles' : 'trash'
      return {
        outcome: {
          doc: null,
          inverse: { kind: 'moveArticles', to: back, ids: command.ids },
          event: event(ctx, command.to === 'trash' ? 'article.delete' : 'article.restore', { ids: command.ids }),
          value: command.ids.length
        },
        files: { ...none, moves }
      }
    }
    case 'putEntityRecord':
      return {
        outcome: {
          doc: null,
          inverse: { kind: 'removeEntityRecord', id: command.record.entity.id },
          event: event(ctx, 'entity.trash', { id: command.record.entity.id }),
          value: 1
        },
        files: { ...none, files: [archive.trash.entityFile(command.record)] }
      }
    case 'removeEntityRecord': {
      const record = await archive.trash.entity(command.id)
      return {
        outcome: {
          doc: null,
          inverse: record ? { kind: 'putEntityRecord', record } : command,
          event: event(ctx, 'entity.untrash', { id: command.id }),
          value: record ? 1 : 0,
          unchanged: record === null
        },
        files: record ? { ...none, removes: [archive.trash.entityFilePath(command.id)] } : none
      }
    }
  }
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UndoState } from '@shared/ipc/annotation-contract'
import { Icon } from '../../components/Icon'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import { TrashList } from './TrashList'
import { useTrash } from './use-trash'

/** Undo and redo of deleting and restoring; the tooltip names the step ("Undo delete"). */
function TrashUndo({ state, onStep }: { state: UndoState; onStep: (direction: 'undo' | 'redo') => void }) {
  const { t } = useTranslation()
  const label = (kind: 'undo' | 'redo', action: string | null) =>
    action ? t(`trash:${kind}Action`, { action: t(`trash:action.${action}`, { defaultValue: t('trash:action.other') }) }) : t(`trash:${kind}`)
  return (
    <div className="button-group" role="group">
      <button type="button" className="icon-button" onClick={() => onStep('undo')} disabled={!state.canUndo} aria-label={label('undo', state.undoAction)} title={label('undo', state.undoAction)} data-testid="trash-undo">
        <Icon name="undo" />
      </button>
      <button type="button" className="icon-button" onClick={() => onStep('redo')} disabled={!state.canRedo} aria-label={label('redo', state.redoAction)} title={label('redo', state.redoAction)}>
        <Icon name="redo" />
      </button>
    </div>
  )
}

/** Deleted articles and entities, newest first, each with Restore. */
export function TrashView({ onChanged }: { onChanged: () => void }) {
  const { t, i18n } = useTranslation()
  const { status, undo, error, restore, step, reload } = useTrash(onChanged)
  const [restored, setRestored] = useState<string | null>(null)
  const onRestore = async (kind: 'articles' | 'entities', id: string, name: string) => {
    setRestored((await restore(kind, id)) ? name : null)
  }

  let body
  if (status.state === 'loading') body = <Spinner label={t('trash:loading')} />
  else if (status.state === 'error')
    body = (
      <StateMessage icon="alert" tone="error" title={t('trash:errorTitle')} detail={errorText(t, status.error)}>
        <button type="button" className="button button--primary" onClick={() => void reload()}>
          {t('common:retry')}
        </button>
      </StateMessage>
    )
  else if (status.trash.articles.length + status.trash.entities.length === 0)
    body = <StateMessage icon="trash" title={t('trash:emptyTitle')} detail={t('trash:emptyDetail')} />
  else body = <TrashList trash={status.trash} onRestore={(kind, id, name) => void onRestore(kind, id, name)} />

  const total = status.state === 'ready' ? status.trash.articles.length + status.trash.entities.length : null
  return (
    <section className="page" aria-labelledby="trash-title">
      <header className="toolbar">
        <div className="toolbar__heading">
          <h1 id="trash-title" className="toolbar__title">
            {t('trash:title')}
          </h1>
          {total !== null && <span className="toolbar__meta">{t('trash:count', { count: total, formatted: formatNumber(total, i18n.language) })}</span>}
        </div>
        <div className="toolbar__group">
          <TrashUndo
            state={undo}
            onStep={(direction) => {
              setRestored(null)
              void step(direction)
            }}
          />
        </div>
      </header>
      <div className="page__body page__body--scroll">
        <div className="trash">
          <p className="trash__intro">{t('trash:intro')}</p>
          {error && (
            <p className="notice notice--error" role="alert">
              {errorText(t, error)}
            </p>
          )}
          {restored && (
            <p className="notice notice--success" role="status" data-testid="restored-notice">
              {t('trash:restored', { name: restored })}
            </p>
          )}
          {body}
        </div>
      </div>
    </section>
  )
}

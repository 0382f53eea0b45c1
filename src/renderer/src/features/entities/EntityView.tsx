import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary, Mention } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { Icon } from '../../components/Icon'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import '../../styles/entities.css'
import { EntityForm } from './EntityForm'
import { EntityRecord } from './EntityRecord'
import { EntitySidePanels } from './EntitySidePanels'
import { MentionList } from './MentionList'
import { MergeDialog } from './MergeDialog'
import { otherNames } from './filter-sort'
import { useRegistry } from './registry-context'
import { DeleteEntityButton } from '../trash/DeleteEntityButton'
import { TypeBadge } from './TypeBadge'
import { UndoButtons } from './UndoButtons'
import { useEntityPage } from './use-entity-page'
import { undoKey, useRegistryUndo } from './use-registry-undo'

interface Props {
  id: string
  onOpenArticle: (id: string) => void
  onOpenEntity: (id: string) => void
  onBack: () => void
  /** After the entity was moved to the trash. */
  onDeleted: () => void
}

/** A mention split off: which article (its own undo scope) and the new entity's id. */
type Split = { articleId: string; entityId: string | null }

export function EntityView({ id, onOpenArticle, onOpenEntity, onBack, onDeleted }: Props) {
  const { t, i18n } = useTranslation()
  const { status, reload } = useEntityPage(id)
  const registry = useRegistry()
  const [editing, setEditing] = useState(false)
  const [merging, setMerging] = useState(false)
  const [splitting, setSplitting] = useState<string | null>(null)
  const [split, setSplit] = useState<Split | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)
  const root = useRef<HTMLElement>(null)
  const refreshAll = useCallback(async () => {
    await Promise.all([reload(), registry.reload()])
  }, [reload, registry])
  const history = useRegistryUndo(refreshAll)
  const { refresh: refreshUndo } = history

  useEffect(() => {
    // The page takes the keyboard on arrival, so Ctrl/Cmd+Z works at once.
    root.current?.focus({ preventScroll: true })
  }, [id])

  const changed = async () => {
    setFailure(null)
    await Promise.all([refreshAll(), refreshUndo()])
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const step = undoKey(event)
    if (!step || editing || merging) return
    event.preventDefault()
    void (step === 'undo' ? history.undo() : history.redo())
  }
  const splitOff = async (mention: Mention) => {
    setSplitting(mention.annotationId)
    const result = await api.splitMention({ articleId: mention.articleId, annotationId: mention.annotationId })
    setSplitting(null)
    if (!result.ok) return setFailure(result.error)
    const entityId = result.value.delta.annotations.put.find((a) => a.id === mention.annotationId)?.entity ?? null
    setSplit({ articleId: mention.articleId, entityId })
    await changed()
  }
  const undoSplit = async () => {
    if (!split) return
    const result = await api.undo({ articleId: split.articleId })
    if (!result.ok) return setFailure(result.error)
    setSplit(null)
    await refreshAll()
  }

  if (status.state === 'loading') return <Spinner label={t('entities:loadingEntity')} />
  if (status.state === 'error')
    return (
      <StateMessage icon="alert" tone="error" title={t('entities:entityErrorTitle')} detail={errorText(t, status.error)}>
        <button type="button" className="button button--primary" onClick={onBack}>
          {t('entities:backToList')}
        </button>
        {history.state.canUndo && (
          <button type="button" className="button" onClick={() => void history.undo()}>
            {t('entities:undo')}
          </button>
        )}
      </StateMessage>
    )

  const { page } = status
  const { entity } = page
  const types = registry.status.state === 'ready' ? registry.status.registry.schema.types : []
  const entities = registry.status.state === 'ready' ? registry.status.registry.entities : []
  const fmt = (n: number) => formatNumber(n, i18n.language)
  return (
    <section ref={root} className="page entity-page" aria-labelledby="entity-title" tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="toolbar toolbar--reader">
        <div className="toolbar__heading entity-page__heading">
          <button type="button" className="icon-button" onClick={onBack} aria-label={t('entities:backToList')} title={t('entities:backToList')}>
            <Icon name="back" />
          </button>
          <TypeBadge type={entity.type} schema={types} />
          <h1 id="entity-title" className="toolbar__title entity-page__title">
            {entity.name}
          </h1>
          {otherNames(entity).length > 0 && <span className="entity-page__other">{otherNames(entity).join(' · ')}</span>}
          <span className="toolbar__meta" data-testid="entity-mention-count">
            {t('entities:mentionCount', { count: entity.mentionCount, formatted: fmt(entity.mentionCount) })}
          </span>
        </div>
        <div className="toolbar__group">
          <UndoButtons state={history.state} onUndo={() => void history.undo()} onRedo={() => void history.redo()} />
          <a className="button" href={`#/explore/${encodeURIComponent(entity.id)}`}>
            <Icon name="explore" size={16} />
            {t('explore:title')}
          </a>
          <button type="button" className="button" onClick={() => setMerging(true)} disabled={entities.length < 2}>
            <Icon name="merge" size={16} />
            {t('entities:merge.open')}
          </button>
          <DeleteEntityButton entity={entity} onDeleted={onDeleted} />
        </div>
      </header>
      <div className="page__body page__body--scroll">
        <div className="entity-layout">
          <div className="entity-layout__main">
            {(failure || history.error) && (
              <p className="notice entity-notice notice--error" role="alert">
                {errorText(t, (failure ?? history.error) as AppError)}
              </p>
            )}
            {split && (
              <p className="notice entity-notice notice--success" role="status" data-testid="split-notice">
                <span>{t('entities:splitDone')}</span>
                {split.entityId && (
                  <button type="button" className="button button--small" onClick={() => onOpenEntity(split.entityId as string)}>
                    {t('entities:openNewEntity')}
                  </button>
                )}
                <button type="button" className="button button--small" onClick={() => void undoSplit()}>
                  {t('entities:undo')}
                </button>
              </p>
            )}
            <section className="entity-panel" aria-labelledby="entity-record-title">
              <h2 id="entity-record-title" className="entity-panel__title">
                {t('entities:record')}
              </h2>
              {editing ? (
                <EntityForm
                  entity={entity}
                  types={types}
                  onCancel={() => setEditing(false)}
                  onSaved={() => {
                    setEditing(false)
                    void changed()
                  }}
                />
              ) : (
                <EntityRecord entity={entity} onEdit={() => setEditing(true)} />
              )}
            </section>
            <section className="entity-panel" aria-labelledby="entity-mentions">
              <h2 id="entity-mentions" className="entity-panel__title">
                {t('entities:mentions')}
                <span className="entity-panel__count">{fmt(page.mentions.length)}</span>
              </h2>
              {page.mentions.length === 0 ? (
                <p className="entity-panel__empty">{t('entities:noMentions')}</p>
              ) : (
                <MentionList mentions={page.mentions} onOpenArticle={onOpenArticle} onSplit={(m) => void splitOff(m)} busy={splitting} />
              )}
            </section>
          </div>
          <aside className="entity-layout__side">
            <EntitySidePanels page={page} types={types} onOpenArticle={onOpenArticle} />
          </aside>
        </div>
      </div>
      {merging && (
        <MergeDialog
          from={entity}
          entities={entities}
          types={types}
          onClose={() => setMerging(false)}
          onMerged={(into: EntitySummary) => {
            setMerging(false)
            void refreshAll()
            void refreshUndo()
            onOpenEntity(into.id)
          }}
        />
      )}
    </section>
  )
}

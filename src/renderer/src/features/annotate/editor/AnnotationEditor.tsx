import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { Annotation, Entity, TagType } from '@shared/model'
import { Icon } from '../../../components/Icon'
import type { AnnotationPatch } from '../session/use-annotate-session'
import { EntityCombobox } from './EntityCombobox'
import { NoteField } from './NoteField'

interface Props {
  annotation: Annotation
  types: TagType[]
  colors: Record<string, string>
  entities: EntitySummary[]
  /** The linked entity, from the article view (present even before the registry loads). */
  linked: Entity | null
  noteRef: RefObject<HTMLTextAreaElement | null>
  /** Changes the annotation; answers whether the change was stored. */
  onUpdate: (patch: AnnotationPatch) => Promise<boolean>
  onCreateEntity: (name: string) => void
  onDelete: () => void
  onTagAll: () => void
  /** Absent where relations cannot be drawn (the translation editor). */
  onStartRelation?: () => void
  onClose: () => void
  /** The text version the annotation belongs to, e.g. "Chinese · original". */
  version?: string
}

/** The selected annotation: type, note, attributes, entity link and what to do with it. */
export function AnnotationEditor(props: Props) {
  const { t } = useTranslation()
  const { annotation, types, colors, linked } = props
  const attributes = annotation.attributes
  return (
    <section className="editor" aria-labelledby="editor-title" data-testid="annotation-editor">
      <header className="editor__header">
        <span className="swatch swatch--large" style={{ background: colors[annotation.type] ?? '#8a8f98' }} aria-hidden="true" />
        <h2 id="editor-title" className="editor__quote" title={annotation.target.quote.exact}>
          {annotation.target.quote.exact}
        </h2>
        <button type="button" className="icon-button" onClick={props.onClose} aria-label={t('annotate:editor.close')} title={t('annotate:editor.closeHint')}>
          <Icon name="close" />
        </button>
      </header>
      {props.version && (
        <p className="editor__version" data-testid="annotation-version">
          {props.version}
        </p>
      )}

      <div className="field">
        <label className="field__label" htmlFor="annotation-type">
          {t('annotate:editor.type')}
        </label>
        <select id="annotation-type" className="input" value={annotation.type} onChange={(event) => props.onUpdate({ type: event.target.value })}>
          {types.map((type) => (
            <option key={type.name} value={type.name}>
              {type.shortcut ? t('annotate:editor.typeOption', { type: type.name, key: type.shortcut.toUpperCase() }) : type.name}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="editor__attributes">
        <legend className="field__label">{t('annotate:editor.attributes')}</legend>
        <label className="check">
          <input type="checkbox" checked={attributes.negated ?? false} onChange={(event) => props.onUpdate({ attributes: { ...attributes, negated: event.target.checked } })} />
          {t('annotate:editor.negated')}
        </label>
        <label className="check">
          <input type="checkbox" checked={attributes.uncertain ?? false} onChange={(event) => props.onUpdate({ attributes: { ...attributes, uncertain: event.target.checked } })} />
          {t('annotate:editor.uncertain')}
        </label>
      </fieldset>

      <div className="field">
        <span className="field__label">{t('annotate:entity.label')}</span>
        {linked ? (
          <div className="linked" data-testid="linked-entity">
            <span className="type-badge" style={{ ['--type' as string]: colors[linked.type] ?? '#8a8f98' }}>
              {linked.type}
            </span>
            <a className="linked__name" href={`#/entity/${encodeURIComponent(linked.id)}`} title={t('annotate:entity.openHint')}>
              {linked.name}
            </a>
            <button type="button" className="button button--ghost button--small" onClick={() => props.onUpdate({ entity: null })}>
              {t('annotate:entity.unlink')}
            </button>
          </div>
        ) : (
          <EntityCombobox
            key={annotation.id}
            entities={props.entities}
            initial={annotation.target.quote.exact}
            colors={colors}
            onLink={(entity) => props.onUpdate({ entity })}
            onCreate={props.onCreateEntity}
          />
        )}
        {linked && linked.type !== annotation.type && (
          <p className="linked__warning" role="note" data-testid="link-type-mismatch">
            {t('annotate:entity.typeMismatch', { mention: annotation.type, entity: linked.type })}
          </p>
        )}
      </div>

      <NoteField key={annotation.id} value={annotation.note} inputRef={props.noteRef} onSave={(note) => props.onUpdate({ note })} />

      <div className="editor__actions">
        <button type="button" className="button button--small" onClick={props.onTagAll} data-testid="tag-all">
          {t('annotate:editor.tagAll')}
        </button>
        {props.onStartRelation && (
          <button type="button" className="button button--small" onClick={props.onStartRelation} data-testid="add-relation">
            {t('annotate:editor.addRelation')}
          </button>
        )}
        <button type="button" className="button button--small button--danger" onClick={props.onDelete} aria-keyshortcuts="Delete" title={t('annotate:editor.deleteHint')}>
          {t('annotate:editor.delete')}
        </button>
      </div>
    </section>
  )
}

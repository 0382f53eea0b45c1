import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import type { TagSchema } from '@shared/model'
import { api } from '../../api'
import { Spinner } from '../../components/Spinner'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'
import '../../styles/entities.css'
import { Icon } from '../../components/Icon'
import { useRegistry } from '../entities/registry-context'
import { UndoButtons } from '../entities/UndoButtons'
import { undoKey, useRegistryUndo } from '../entities/use-registry-undo'
import { newRelation, newType, toSchemaDraft, validateSchema, fromSchemaDraft, schemaField, type SchemaDraft, type SchemaErrors } from './schema-draft'
import { RelationTypeRow, TagTypeRow } from './SchemaRows'

/** Settings → Tag schema: the archive's tag types and relation types, saved as one undoable step. */
export function SchemaEditor() {
  const { t, i18n } = useTranslation()
  const { status, reload } = useRegistry()
  const [savedCount, setSavedCount] = useState<number | null>(null)
  const afterStep = useCallback(async () => {
    setSavedCount(null)
    await reload()
  }, [reload])
  const history = useRegistryUndo(afterStep)
  const schema = status.state === 'ready' ? status.registry.schema : null
  return (
    <section className="settings-section schema-editor" aria-labelledby="settings-schema" onKeyDown={(event) => {
      const step = undoKey(event)
      if (!step) return
      event.preventDefault()
      void (step === 'undo' ? history.undo() : history.redo())
    }}>
      <div className="schema-editor__head">
        <div>
          <h2 id="settings-schema" className="settings-section__title">
            {t('entities:schema.title')}
          </h2>
          <p className="settings-section__hint">{t('entities:schema.hint')}</p>
        </div>
        <UndoButtons state={history.state} onUndo={() => void history.undo()} onRedo={() => void history.redo()} />
      </div>
      {status.state === 'loading' && <Spinner label={t('entities:schema.loading')} />}
      {status.state === 'error' && (
        <p className="notice entity-notice notice--error" role="alert">
          {errorText(t, status.error)}
        </p>
      )}
      {history.error && (
        <p className="notice entity-notice notice--error" role="alert">
          {errorText(t, history.error)}
        </p>
      )}
      {schema && (
        <SchemaForm
          key={JSON.stringify(schema)}
          schema={schema}
          onEdit={() => setSavedCount(null)}
          onSaved={async (affected) => {
            setSavedCount(affected)
            await reload()
            await history.refresh()
          }}
        />
      )}
      <span className="schema-editor__status" role="status" data-testid="schema-status">
        {savedCount === null ? '' : t('entities:schema.saved', { count: savedCount, formatted: formatNumber(savedCount, i18n.language) })}
      </span>
    </section>
  )
}

interface FormProps {
  schema: TagSchema
  onEdit: () => void
  onSaved: (affected: number) => Promise<void>
}

function SchemaForm({ schema, onEdit, onSaved }: FormProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<SchemaDraft>(() => toSchemaDraft(schema))
  const [errors, setErrors] = useState<SchemaErrors>({})
  const [dirty, setDirty] = useState(false)
  const [busy, setBusy] = useState(false)
  const [inUse, setInUse] = useState<AppError | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)

  const edit = useCallback((next: (d: SchemaDraft) => SchemaDraft, field?: string) => {
    setDraft(next)
    setDirty(true)
    setInUse(null)
    onEdit()
    if (field) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)))
  }, [onEdit])

  const save = async (confirmDelete = false) => {
    const found = validateSchema(draft)
    setErrors(found)
    setFailure(null)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    const result = await api.updateSchema({ ...fromSchemaDraft(draft), ...(confirmDelete ? { confirmDelete: true } : {}) })
    setBusy(false)
    if (result.ok) {
      // The form is re-created from the saved schema (its key changes); the status lives above it.
      await onSaved(result.value.affected)
      return
    }
    if (result.error.code === 'schema.typeInUse') return setInUse(result.error)
    const field = schemaField(result.error.field)
    if (field) setErrors({ [field]: { key: 'server', params: { message: errorText(t, result.error) } } })
    else setFailure(result.error)
  }

  return (
    <form className="schema-form" onSubmit={(event) => {
      event.preventDefault()
      void save()
    }} noValidate>
      <h3 className="schema-form__title">{t('entities:schema.types')}</h3>
      <div className="schema-row schema-row--type schema-row--head" aria-hidden="true">
        <span />
        <span>{t('entities:schema.column.name')}</span>
        <span>{t('entities:schema.column.shortcut')}</span>
        <span>{t('entities:schema.column.description')}</span>
        <span />
      </div>
      <ul className="schema-list">
        {draft.types.map((type, i) => (
          <TagTypeRow
            key={type.key}
            index={i}
            type={type}
            errors={errors}
            onChange={(patch) => edit((d) => ({ ...d, types: d.types.map((x, j) => (j === i ? { ...x, ...patch } : x)) }), `types.${i}.${Object.keys(patch)[0]}`)}
            onDelete={() => edit((d) => ({ ...d, types: d.types.filter((_, j) => j !== i) }))}
          />
        ))}
      </ul>
      {errors.types && <span className="entity-form-error" role="alert">{t(`entities:schema.validation.${errors.types.key}`)}</span>}
      <button type="button" className="button button--small button--ghost" onClick={() => edit((d) => ({ ...d, types: [...d.types, newType(d.types)] }))}>
        <Icon name="plus" size={16} />
        {t('entities:schema.addType')}
      </button>

      <h3 className="schema-form__title">{t('entities:schema.relationTypes')}</h3>
      <ul className="schema-list">
        {draft.relationTypes.map((relation, i) => (
          <RelationTypeRow
            key={relation.key}
            index={i}
            relation={relation}
            errors={errors}
            onChange={(patch) => edit((d) => ({ ...d, relationTypes: d.relationTypes.map((x, j) => (j === i ? { ...x, ...patch } : x)) }), `relationTypes.${i}.name`)}
            onDelete={() => edit((d) => ({ ...d, relationTypes: d.relationTypes.filter((_, j) => j !== i) }))}
          />
        ))}
      </ul>
      <button type="button" className="button button--small button--ghost" onClick={() => edit((d) => ({ ...d, relationTypes: [...d.relationTypes, newRelation()] }))}>
        <Icon name="plus" size={16} />
        {t('entities:schema.addRelation')}
      </button>

      {inUse && (
        <div className="notice entity-notice entity-notice--warning schema-confirm" role="alertdialog" aria-labelledby="schema-confirm-text" data-testid="schema-confirm">
          <p id="schema-confirm-text">{errorText(t, inUse)}</p>
          <div className="schema-confirm__actions">
            <button type="button" className="button entity-danger" onClick={() => void save(true)} disabled={busy}>
              {t('entities:schema.confirmDelete', { type: String(inUse.params?.type ?? '') })}
            </button>
            <button type="button" className="button" onClick={() => setInUse(null)} disabled={busy}>
              {t('entities:cancel')}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <p className="notice entity-notice notice--error" role="alert">
          {errorText(t, failure)}
        </p>
      )}
      <div className="schema-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !dirty}>
          {busy ? t('entities:saving') : t('entities:schema.save')}
        </button>
        <button type="button" className="button" disabled={busy || !dirty} onClick={() => {
          setDraft(toSchemaDraft(schema))
          setDirty(false)
          setErrors({})
          setInUse(null)
        }}>
          {t('entities:schema.revert')}
        </button>
      </div>
    </form>
  )
}

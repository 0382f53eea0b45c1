import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import type { AppError } from '@shared/ipc/result'
import type { TagType } from '@shared/model'
import { api } from '../../api'
import { errorText } from '../../errors'
import { fieldOf, fromDraft, toDraft, validateDraft, type DraftErrors, type EntityDraft } from './entity-form'
import { Icon } from '../../components/Icon'
import { IDENTIFIER_KINDS } from './identifiers'

interface Props {
  entity: EntitySummary
  types: TagType[]
  onSaved: () => void
  onCancel: () => void
}

/** The entity's record as a form; mistakes are named on their field, in the interface language. */
export function EntityForm({ entity, types, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<EntityDraft>(() => toDraft(entity))
  const [errors, setErrors] = useState<DraftErrors>({})
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<EntityDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validateDraft(draft)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    const result = await api.updateEntity({ id: entity.id, ...fromDraft(draft) })
    setBusy(false)
    if (result.ok) return onSaved()
    const field = fieldOf(result.error.field)
    setFailure(result.error)
    if (field) setErrors({ [field]: { key: 'server', params: { message: errorText(t, result.error) } } })
  }

  const message = (path: string) => {
    const error = errors[path]
    if (!error) return null
    return (
      <span className="entity-form-error" role="alert" id={`error-${path}`}>
        {error.key === 'server' ? String(error.params?.message) : t(`entities:validation.${error.key}`, error.params)}
      </span>
    )
  }
  const described = (path: string) => (errors[path] ? { 'aria-invalid': true, 'aria-describedby': `error-${path}` } : {})
  const row = (label: string, path: string, control: ReactNode, hint?: string) => (
    <div className="entity-record-form__row">
      <label className="entity-record-form__label" htmlFor={`entity-${path}`}>
        {label}
      </label>
      <div className="entity-record-form__control">
        {control}
        {hint && <span className="entity-record-form__hint">{hint}</span>}
        {message(path)}
      </div>
    </div>
  )

  return (
    <form className="entity-record entity-record-form" onSubmit={(event) => void submit(event)} noValidate data-testid="entity-form">
      {failure && !fieldOf(failure.field) && (
        <p className="notice entity-notice notice--error" role="alert">
          {errorText(t, failure)}
        </p>
      )}
      {row(t('entities:field.name'), 'name', <input id="entity-name" className="input" value={draft.name} onChange={(e) => set({ name: e.target.value })} {...described('name')} autoFocus />)}
      {row(
        t('entities:field.type'),
        'type',
        <select id="entity-type" className="input" value={draft.type} onChange={(e) => set({ type: e.target.value })}>
          {types.map((type) => (
            <option key={type.name} value={type.name}>
              {type.name}
            </option>
          ))}
        </select>
      )}
      <div className="entity-record-form__row">
        <span className="entity-record-form__label">{t('entities:field.names')}</span>
        <div className="entity-record-form__control entity-record-form__names">
          {draft.names.map((item, i) => (
            <div key={i} className="entity-name-row">
              <input
                className="input entity-name-row__lang"
                value={item.lang}
                aria-label={t('entities:field.language')}
                placeholder={t('entities:field.languagePlaceholder')}
                onChange={(e) => set({ names: draft.names.map((r, j) => (j === i ? { ...r, lang: e.target.value } : r)) })}
                {...described(`names.${i}.lang`)}
              />
              <input
                className="input"
                value={item.name}
                aria-label={t('entities:field.nameIn', { lang: item.lang || '—' })}
                onChange={(e) => set({ names: draft.names.map((r, j) => (j === i ? { ...r, name: e.target.value } : r)) })}
                {...described(`names.${i}.name`)}
              />
              <button type="button" className="icon-button" aria-label={t('entities:field.removeName')} title={t('entities:field.removeName')} onClick={() => set({ names: draft.names.filter((_, j) => j !== i) })}>
                <Icon name="trash" size={16} />
              </button>
              {message(`names.${i}.lang`)}
              {message(`names.${i}.name`)}
            </div>
          ))}
          <button type="button" className="button button--small button--ghost" onClick={() => set({ names: [...draft.names, { lang: '', name: '' }] })}>
            <Icon name="plus" size={16} />
            {t('entities:field.addName')}
          </button>
          {message('names')}
        </div>
      </div>
      {row(
        t('entities:field.aliases'),
        'aliases',
        <textarea id="entity-aliases" className="input entity-textarea" rows={3} value={draft.aliases} onChange={(e) => set({ aliases: e.target.value })} {...described('aliases')} />,
        t('entities:field.aliasesHint')
      )}
      {IDENTIFIER_KINDS.map((kind) =>
        row(
          t(`entities:identifier.${kind}`),
          `identifiers.${kind}`,
          <input
            id={`entity-identifiers.${kind}`}
            className="input input--mono"
            value={draft.identifiers[kind]}
            placeholder={t(`entities:identifier.${kind}Placeholder`)}
            spellCheck={false}
            onChange={(e) => set({ identifiers: { ...draft.identifiers, [kind]: e.target.value } })}
            {...described(`identifiers.${kind}`)}
          />
        )
      )}
      {row(
        t('entities:field.description'),
        'description',
        <textarea id="entity-description" className="input entity-textarea" rows={4} value={draft.description} onChange={(e) => set({ description: e.target.value })} {...described('description')} />
      )}
      <div className="entity-record-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('entities:saving') : t('entities:save')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('entities:cancel')}
        </button>
      </div>
    </form>
  )
}

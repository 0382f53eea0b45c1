import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import type { RegistryView } from '@shared/ipc/annotation-contract'
import { DialogHeader } from '../../components/DialogHeader'
import { errorText } from '../../errors'

interface Props {
  registry: RegistryView
  occurrences: string
  articles: string
  onConfirm: (type: string, entity: string | null) => Promise<AppError | null>
  onClose: () => void
}

/** "Tag these": the annotation type (the schema's) and, optionally, the entity to link each occurrence to. */
export function TagTheseDialog({ registry, occurrences, articles, onConfirm, onClose }: Props) {
  const { t } = useTranslation()
  const ids = { title: useId(), type: useId(), entity: useId() }
  const types = registry.schema.types
  const [type, setType] = useState(types[0]?.name ?? '')
  const [entity, setEntity] = useState('')
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)
  const panel = useRef<HTMLDivElement>(null)
  const entities = useMemo(() => registry.entities.filter((e) => e.type === type).sort((a, b) => a.name.localeCompare(b.name)), [registry.entities, type])
  useEffect(() => panel.current?.querySelector<HTMLElement>('select')?.focus(), [])

  const confirm = async () => {
    setSaving(true)
    const error = await onConfirm(type, entity || null)
    setSaving(false)
    if (error) setFailure(error)
  }

  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onClose())}>
      <div className="modal__panel tag-these" role="dialog" aria-modal="true" aria-labelledby={ids.title} ref={panel} data-testid="tag-these-dialog">
        <DialogHeader id={ids.title} title={t('concordance:tag.title', { occurrences })} onClose={onClose} />
        <div className="modal__body tag-these__body">
          <p className="tag-these__where">{t('concordance:tag.where', { articles })}</p>
          <label className="field" htmlFor={ids.type}>
            <span className="field__label">{t('concordance:tag.type')}</span>
            <select id={ids.type} className="input" value={type} onChange={(event) => (setType(event.target.value), setEntity(''))} data-testid="tag-these-type">
              {types.map((option) => (
                <option key={option.name} value={option.name}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={ids.entity}>
            <span className="field__label">{t('concordance:tag.entity')}</span>
            <select id={ids.entity} className="input" value={entity} onChange={(event) => setEntity(event.target.value)} data-testid="tag-these-entity">
              <option value="">{t('concordance:tag.noEntity')}</option>
              {entities.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <p className="tag-these__explain">{t('concordance:tag.explain')}</p>
          {failure && (
            <p className="notice notice--error" role="alert">
              {errorText(t, failure)}
            </p>
          )}
        </div>
        <footer className="modal__footer modal__footer--split">
          <button type="button" className="button" onClick={onClose}>
            {t('concordance:tag.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={saving || type === ''} onClick={() => void confirm()} data-testid="tag-these-confirm">
            {t('concordance:tag.confirm', { occurrences })}
          </button>
        </footer>
      </div>
    </div>
  )
}

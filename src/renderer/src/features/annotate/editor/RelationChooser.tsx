import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation, RelationType } from '@shared/model'

interface Props {
  from: Annotation
  to: Annotation | null
  relationTypes: RelationType[]
  onCreate: (type: string) => void
  onCancel: () => void
}

/** Relation in the making: waits for a target to be clicked, then asks for the relation type. */
export function RelationChooser({ from, to, relationTypes, onCreate, onCancel }: Props) {
  const { t } = useTranslation()
  const [type, setType] = useState(relationTypes[0]?.name ?? '')
  const select = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (to) select.current?.focus()
  }, [to])
  return (
    <section className="relation-chooser" aria-live="polite" data-testid="relation-chooser">
      <p className="relation-chooser__from">
        {to ? t('annotate:relation.between', { from: from.target.quote.exact, to: to.target.quote.exact }) : t('annotate:relation.pickTarget', { from: from.target.quote.exact })}
      </p>
      {to && (
        <div className="field">
          <label className="field__label" htmlFor="relation-type">
            {t('annotate:relation.type')}
          </label>
          <select id="relation-type" ref={select} className="input" value={type} onChange={(event) => setType(event.target.value)}>
            {relationTypes.map((rt) => (
              <option key={rt.name} value={rt.name}>
                {t(`annotate:relationType.${rt.name}`, { defaultValue: rt.name })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="editor__actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('annotate:relation.cancel')}
        </button>
        {to && (
          <button type="button" className="button button--small button--primary" disabled={!type} onClick={() => onCreate(type)} data-testid="relation-create">
            {t('annotate:relation.create')}
          </button>
        )}
      </div>
    </section>
  )
}

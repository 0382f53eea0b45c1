import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../../api'
import { errorText } from '../../../errors'
import { languageName } from '../../../format'
import { useRegistry } from '../../entities/registry-context'

interface Props {
  entityId: string
  term: string
  /** The target language: the name is stored under this tag. */
  lang: string
  onDone: () => void
}

/**
 * A name for an entity in the target language, added where the glossary misses it, through
 * the registry's own update (undoable on the entity's page like any registry edit).
 */
export function AddNameForm({ entityId, term, lang, onDone }: Props) {
  const { t, i18n } = useTranslation()
  const { status, reload } = useRegistry()
  const [name, setName] = useState('')
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const language = languageName(lang, i18n.language)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const entity = status.state === 'ready' ? status.registry.entities.find((e) => e.id === entityId) : undefined
    if (!entity || name.trim() === '') return
    setBusy(true)
    const result = await api.updateEntity({ id: entityId, names: { ...entity.names, [lang]: name.trim() } })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    await reload()
    onDone()
  }

  return (
    <form className="tr-glossary__form" onSubmit={(event) => void submit(event)} data-testid="glossary-add-name">
      <input
        className="input input--small"
        value={name}
        lang={lang}
        autoFocus
        aria-label={t('glossary:addName.label', { term, lang: language })}
        placeholder={t('glossary:addName.label', { term, lang: language })}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation()
            onDone()
          }
        }}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy || name.trim() === ''}>
        {t('glossary:addName.save')}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onDone}>
        {t('glossary:addName.cancel')}
      </button>
      <a className="link-button" href={`#/entity/${encodeURIComponent(entityId)}`}>
        {t('glossary:addName.open')}
      </a>
      {error && (
        <span className="tr-glossary__error" role="alert">
          {errorText(t, error)}
        </span>
      )}
    </form>
  )
}

import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import { api } from '../../api'
import { useLibrary } from '../../app/library-context'
import { errorText } from '../../errors'
import { formatNumber } from '../../format'

type Outcome = { kind: 'opened' | 'created'; path: string } | { kind: 'error'; error: AppError } | null

/** Where the archive lives; open another folder or create a new archive at a path. */
export function ArchiveSettings({ pathInput }: { pathInput: React.RefObject<HTMLInputElement | null> }) {
  const { t, i18n } = useTranslation()
  const { archive, reload } = useLibrary()
  const [path, setPath] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const open = async (create: boolean) => {
    if (!path.trim()) return
    setBusy(true)
    const result = await api.openArchive({ path: path.trim(), create })
    setBusy(false)
    if (!result.ok) {
      setOutcome({ kind: 'error', error: result.error })
      return
    }
    setOutcome({ kind: create ? 'created' : 'opened', path: result.value.path })
    setPath('')
    await reload()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void open(false)
  }

  return (
    <section className="settings-section" aria-labelledby="settings-archive">
      <h2 id="settings-archive" className="settings-section__title">
        {t('settings:archive.title')}
      </h2>
      <p className="settings-section__hint">{t('settings:archive.hint')}</p>
      {archive && (
        <div className="archive-card">
          <span className="archive-card__label">{t('settings:archive.current')}</span>
          <code className="archive-card__path" data-testid="archive-path">
            {archive.path}
          </code>
          <span className="archive-card__meta">
            {t('settings:archive.articles', { count: archive.articleCount, formatted: formatNumber(archive.articleCount, i18n.language) })}
          </span>
        </div>
      )}
      <form className="archive-form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('settings:archive.pathLabel')}</span>
          <input
            ref={pathInput}
            className="input"
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder={t('settings:archive.pathPlaceholder')}
            spellCheck={false}
          />
        </label>
        <div className="archive-form__actions">
          <button type="submit" className="button button--primary" disabled={busy || !path.trim()}>
            {t('settings:archive.open')}
          </button>
          <button type="button" className="button" disabled={busy || !path.trim()} onClick={() => void open(true)}>
            {t('settings:archive.create')}
          </button>
        </div>
      </form>
      {outcome && (
        <p className={`notice notice--${outcome.kind === 'error' ? 'error' : 'success'}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.kind === 'error' ? errorText(t, outcome.error) : t(`settings:archive.${outcome.kind}`, { path: outcome.path })}
        </p>
      )}
    </section>
  )
}

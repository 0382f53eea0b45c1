import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { revisionOf } from '@shared/ipc/article-delta'
import type { ArticleChange } from '@shared/ipc/annotation-contract'
import type { AppError, Result } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import { Icon } from '../../components/Icon'
import { SegmentedControl } from '../../components/SegmentedControl'
import { errorText } from '../../errors'
import { decodeText } from './decode-text'
import { suggestedLang } from './targets'
import { translateApi } from './translate-api'
import type { TranslationOrigin } from './types'
import { DialogHeader } from '../../components/DialogHeader'

interface Props {
  doc: ArticleDoc
  /** Writes through the reader's session (its view and undo follow); answers the change or null. */
  apply: (result: Result<ArticleChange>) => Promise<ArticleChange | null>
  onClose: () => void
  /** Done: the language of the text to post-edit now. */
  onDone: (lang: string) => void
}

type Mode = 'add' | 'mark'

/**
 * Adds a translation to the article (pasted or from a file; language, origin, engine), or
 * marks the article's own text as machine translation with no original.
 */
export function AddTranslationDialog({ doc, apply, onClose, onDone }: Props) {
  const { t } = useTranslation()
  const own = doc.versions[0]
  const canMark = Boolean(own && own.origin !== 'machine')
  const [mode, setMode] = useState<Mode>('add')
  const [lang, setLang] = useState(() => suggestedLang(doc.article.language))
  const [origin, setOrigin] = useState<TranslationOrigin>('machine')
  const [engine, setEngine] = useState('')
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [fileError, setFileError] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  const chooseFile = async (file: File | undefined) => {
    if (!file) return
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()))
    setFileError(decoded === null)
    if (decoded === null) return
    setText(decoded)
    setFileName(file.name)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    const revision = revisionOf(doc)
    const trimmedEngine = engine.trim()
    let result: Result<ArticleChange>
    if (mode === 'mark') result = await translateApi.markMachineTranslation({ articleId: doc.article.id, revision, ...(trimmedEngine ? { engine: trimmedEngine } : {}) })
    else
      result = await translateApi.addTranslation({
        articleId: doc.article.id,
        revision,
        lang: lang.trim(),
        text,
        origin,
        ...(origin === 'machine' && trimmedEngine ? { engine: trimmedEngine } : {})
      })
    const change = result.ok ? await apply(result) : null
    setBusy(false)
    if (!result.ok) return setError(result.error)
    if (change) onDone(mode === 'mark' ? (own?.lang ?? doc.article.language) : lang.trim())
  }

  const ready = mode === 'mark' || (text.trim() !== '' && lang.trim() !== '')
  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && !busy && onClose()}>
      <div className="modal__panel tr-add" role="dialog" aria-modal="true" aria-labelledby="add-translation-title" data-testid="add-translation-dialog">
        <form className="tr-add__form" onSubmit={(event) => void submit(event)} noValidate>
          <DialogHeader id="add-translation-title" title={t('translate:add.title')} onClose={onClose} closeDisabled={busy} />
          <div className="modal__body tr-add__body">
            {canMark && (
              <SegmentedControl<Mode>
                name="translation-mode"
                label={t('translate:add.modeLabel')}
                value={mode}
                onChange={setMode}
                options={[
                  { value: 'add', label: t('translate:add.modeAdd') },
                  { value: 'mark', label: t('translate:add.modeMark') }
                ]}
              />
            )}
            {mode === 'mark' ? (
              <p className="tr-add__hint">{t('translate:add.markHint')}</p>
            ) : (
              <>
                <div className="tr-add__row">
                  <div className="field">
                    <label className="field__label" htmlFor="translation-lang">
                      {t('translate:add.lang')}
                    </label>
                    <input id="translation-lang" className="input input--mono" value={lang} onChange={(event) => setLang(event.target.value)} list="translation-langs" spellCheck={false} data-testid="translation-lang" />
                    <datalist id="translation-langs">
                      {['en', 'zh-CN', 'zh-TW', 'fr', 'de', 'es', 'ja', 'ru'].map((code) => (
                        <option key={code} value={code} />
                      ))}
                    </datalist>
                  </div>
                  <div className="field">
                    <label className="field__label" htmlFor="translation-origin">
                      {t('translate:add.origin')}
                    </label>
                    <select id="translation-origin" className="input" value={origin} onChange={(event) => setOrigin(event.target.value as TranslationOrigin)} data-testid="translation-origin">
                      {(['machine', 'human', 'unknown'] as const).map((value) => (
                        <option key={value} value={value}>
                          {t(`translate:add.originOption.${value}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <div className="field">
                  <div className="tr-add__text-head">
                    <label className="field__label" htmlFor="translation-text">
                      {t('translate:add.text')}
                    </label>
                    <button type="button" className="button button--ghost button--small" onClick={() => fileInput.current?.click()}>
                      <Icon name="file" size={16} />
                      {t('translate:add.chooseFile')}
                    </button>
                    <input ref={fileInput} type="file" accept=".txt,.md,text/plain,text/markdown" hidden onChange={(event) => void chooseFile(event.target.files?.[0])} data-testid="translation-file" />
                  </div>
                  <textarea
                    id="translation-text"
                    className="input tr-add__text"
                    value={text}
                    lang={lang}
                    onChange={(event) => {
                      setText(event.target.value)
                      setFileName(null)
                    }}
                    placeholder={t('translate:add.textPlaceholder')}
                    data-testid="translation-text"
                  />
                  {fileName && <span className="tr-add__hint">{t('translate:add.fromFile', { file: fileName })}</span>}
                  {fileError && (
                    <span className="details__error" role="alert">
                      {t('translate:add.undecodable')}
                    </span>
                  )}
                </div>
              </>
            )}
            {(mode === 'mark' || origin === 'machine') && (
              <div className="field">
                <label className="field__label" htmlFor="translation-engine">
                  {t('translate:add.engine')}
                </label>
                <input id="translation-engine" className="input" value={engine} maxLength={200} onChange={(event) => setEngine(event.target.value)} placeholder={t('translate:add.enginePlaceholder')} data-testid="translation-engine" />
              </div>
            )}
            {error && (
              <p className="notice notice--error" role="alert">
                {errorText(t, error)}
              </p>
            )}
          </div>
          <footer className="modal__footer tr-add__footer">
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {t('translate:add.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy || !ready} data-testid="add-translation-submit">
              {busy ? t('translate:add.working') : mode === 'mark' ? t('translate:add.submitMark') : t('translate:add.submit')}
            </button>
          </footer>
        </form>
      </div>
    </div>
  )
}

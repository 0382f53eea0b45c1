import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { languageName } from '../../../format'
import '../../../styles/glossary.css'
import { AddNameForm } from './AddNameForm'
import type { StripEntry } from './use-glossary'

interface Props {
  entries: readonly StripEntry[]
  /** The target language. */
  lang: string
  onInsert: (text: string) => void
}

/**
 * The active row's glossary, numbered as Alt+1…9 inserts: each registry name of the source
 * with its preferred translation, or an offer to add one in the target language.
 */
export function GlossaryStrip({ entries, lang, onInsert }: Props) {
  const { t, i18n } = useTranslation()
  const [adding, setAdding] = useState<string | null>(null)
  if (entries.length === 0) return null
  const language = languageName(lang, i18n.language)
  return (
    <div className="tr-glossary" role="group" aria-label={t('glossary:strip.label')} title={t('glossary:strip.hint')} data-testid="glossary-strip">
      <span className="tr-glossary__label">{t('glossary:strip.label')}</span>
      <ol className="tr-glossary__list">
        {entries.map((entry) => (
          <li key={entry.entityId} className="tr-glossary__item" data-testid="glossary-entry">
            <span className="tr-glossary__n" aria-hidden="true">
              {entry.n <= 9 ? entry.n : ''}
            </span>
            <span className="tr-glossary__term">{entry.term}</span>
            <span className="tr-glossary__arrow" aria-hidden="true">
              →
            </span>
            {entry.preferred !== null ? (
              <button
                type="button"
                className="tr-glossary__insert"
                lang={lang}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(entry.preferred!)}
                title={t('glossary:term.insert', { text: entry.preferred, n: entry.n })}
                aria-keyshortcuts={entry.n <= 9 ? `Alt+${entry.n}` : undefined}
              >
                {entry.preferred}
              </button>
            ) : adding === entry.entityId ? (
              <AddNameForm entityId={entry.entityId} term={entry.term} lang={lang} onDone={() => setAdding(null)} />
            ) : (
              <button type="button" className="link-button tr-glossary__add" onClick={() => setAdding(entry.entityId)}>
                {t('glossary:addName.button', { lang: language })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}

import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatPercent } from '../../../format'
import { keysOf, type EditorCommand } from '../keys'
import type { MemoryMatchView } from './memory-api'
import { MatchSource } from './MatchSource'
import '../../../styles/memory.css'

interface Props {
  matches: MemoryMatchView[]
  loading: boolean
  mod: string
  onInsert: (command: EditorCommand) => void
}

const INSERT: EditorCommand[] = ['insertMatch1', 'insertMatch2', 'insertMatch3']

/** The active row's fuzzy matches from the memory: score, the source's differences, the target, where it came from. */
export const MatchPanel = memo(function MatchPanel({ matches, loading, mod, onInsert }: Props) {
  const { t, i18n } = useTranslation()
  if (matches.length === 0) {
    return loading ? null : (
      <p className="tm-matches tm-matches--empty" data-testid="memory-matches-empty">
        {t('translate:memory.noMatches')}
      </p>
    )
  }
  return (
    <section className="tm-matches" aria-label={t('translate:memory.matches')} data-testid="memory-matches">
      <h3 className="tm-matches__title">{t('translate:memory.matches')}</h3>
      <ol className="tm-matches__list">
        {matches.map((match, i) => {
          const command = INSERT[i]!
          const keys = (i === 0 ? keysOf('insertBestMatch', mod) : keysOf(command, mod)).join('+')
          const score = Math.floor(match.score * 100) / 100
          const origin = match.articleTitle === null ? t('translate:memory.fromTmx') : t('translate:memory.fromArticle', { title: match.articleTitle })
          return (
            <li key={i} className="tm-match" data-testid="memory-match">
              <div className="tm-match__head">
                <span className={`tm-match__score${match.score === 1 ? ' is-exact' : ''}`} data-testid="match-score">
                  {formatPercent(score, i18n.language)}
                </span>
                <span className="tm-match__origin" title={origin}>
                  {origin}
                </span>
                <button
                  type="button"
                  className="button button--ghost button--small tm-match__insert"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onInsert(command)}
                  title={t('translate:memory.insertHint', { keys })}
                  data-testid="insert-match"
                >
                  {t('translate:memory.insert')}
                  <kbd>{keys}</kbd>
                </button>
              </div>
              <MatchSource diff={match.diff} lang={match.sourceLang} />
              <span className="tm-match__target" lang={match.targetLang} data-testid="match-target">
                {match.target}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
})

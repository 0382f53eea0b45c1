import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { findingMessage } from './finding-message'
import type { QaFinding, SegmentRow } from './types'

interface Props {
  findings: readonly QaFinding[]
  checking: boolean
  /** Rows with checks ignored on them, to take an ignore back. */
  ignoredRows: readonly SegmentRow[]
  onJump: (rowId: string) => void
  onIgnore: (finding: QaFinding, ignored: boolean) => void
  onRestore: (row: SegmentRow, check: string) => void
}

/** The QA findings in row order: a click jumps to the row, Ignore drops the check on that row. */
export const QaPanel = memo(function QaPanel({ findings, checking, ignoredRows, onJump, onIgnore, onRestore }: Props) {
  const { t } = useTranslation()
  const checkName = (check: string) => t(`translate:qa.check.${check}`, { defaultValue: check })
  return (
    <aside className="tr-qa" aria-label={t('translate:findings.label')} data-testid="qa-panel">
      <header className="tr-qa__head">
        <h2>{t('translate:findings.title')}</h2>
        <span className="tr-qa__count" aria-live="polite">
          {checking ? t('translate:findings.checking') : t('translate:findings.count', { count: findings.length })}
        </span>
      </header>
      {findings.length === 0 && !checking && (
        <p className="tr-qa__none">
          <Icon name="check" size={16} />
          {t('translate:findings.none')}
        </p>
      )}
      <ul className="tr-qa__list">
        {findings.map((finding) => (
          <li key={`${finding.rowId}:${finding.check}:${JSON.stringify(finding.params)}`} className={`tr-finding tr-finding--${finding.severity}`} data-testid="qa-finding" data-check={finding.check}>
            <button type="button" className="tr-finding__jump" onClick={() => onJump(finding.rowId)} title={t('translate:findings.jump', { segment: finding.segment })}>
              <span className="tr-finding__where">
                <span className={`tr-finding__severity tr-finding__severity--${finding.severity}`}>{t(`translate:findings.severity.${finding.severity}`)}</span>
                <span className="tr-finding__segment">{t('translate:findings.segment', { segment: finding.segment })}</span>
                <span className="tr-finding__check">{checkName(finding.check)}</span>
              </span>
              <span className="tr-finding__message">{findingMessage(t, finding)}</span>
            </button>
            <button type="button" className="button button--ghost button--small tr-finding__ignore" onClick={() => onIgnore(finding, true)} title={t('translate:findings.ignoreHint')} data-testid="qa-ignore">
              {t('translate:findings.ignore')}
            </button>
          </li>
        ))}
      </ul>
      {ignoredRows.length > 0 && (
        <details className="tr-qa__ignored">
          <summary>{t('translate:findings.ignored', { count: ignoredRows.reduce((n, row) => n + row.ignored.length, 0) })}</summary>
          <ul>
            {ignoredRows.flatMap((row) =>
              row.ignored.map((check) => (
                <li key={`${row.id}:${check}`}>
                  <span>
                    {t('translate:findings.segment', { segment: row.index })} · {checkName(check)}
                  </span>
                  <button type="button" className="link-button" onClick={() => onRestore(row, check)}>
                    {t('translate:findings.restore')}
                  </button>
                </li>
              ))
            )}
          </ul>
        </details>
      )}
    </aside>
  )
})

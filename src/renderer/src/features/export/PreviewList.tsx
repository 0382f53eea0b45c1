import { useTranslation } from 'react-i18next'
import type { BundlePreview } from '@shared/bundle/merge-plan'
import { formatNumber } from '../../format'
import { TwinList } from './TwinList'

/** What a bundle adds, updates and finds in conflict (the newer annotation wins; each conflict named). */
export function PreviewList({ preview, applied }: { preview: BundlePreview; applied: boolean }) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const { added, updated, conflicts } = preview
  const rows: [string, number][] = [
    ['addedArticles', added.articles.length],
    ['updatedArticles', updated.articles.length],
    ['addedAnnotations', added.annotations],
    ['updatedAnnotations', updated.annotations],
    ['addedEntities', added.entities.length],
    ['addedTypes', added.types.length + added.relationTypes.length],
    ['conflicts', conflicts.length]
  ]
  return (
    <div className="bundle-preview" data-testid="bundle-preview">
      <p className="import-summary" aria-live="polite">
        {t(applied ? 'bundle:importDialog.appliedLead' : 'bundle:importDialog.previewLead')}
      </p>
      <dl className="bundle-preview__counts">
        {rows.map(([key, n]) => (
          <div key={key} className={`bundle-preview__count${n === 0 ? ' bundle-preview__count--none' : ''}`}>
            <dt>{t(`bundle:importDialog.counts.${key}`)}</dt>
            <dd data-testid={`preview-${key}`}>{fmt(n)}</dd>
          </div>
        ))}
      </dl>
      {added.twins && <TwinList twins={added.twins} applied={applied} />}
      {conflicts.length > 0 && (
        <ul className="outcomes" aria-label={t('bundle:importDialog.counts.conflicts')}>
          {conflicts.map((c, i) => (
            <li key={i} className="outcome outcome--duplicate">
              <span className="outcome__body">
                <span className="outcome__reason">{t(`bundle:conflict.${c.kind}`, { ...c, kept: t(`bundle:kept.${c.kept}`) })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

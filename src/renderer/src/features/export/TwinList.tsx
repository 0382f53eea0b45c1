import { useTranslation } from 'react-i18next'
import type { TextTwin } from '@shared/bundle/merge-plan'

/** Added articles whose main text the archive (or the same bundle) already holds: both copies are kept. */
export function TwinList({ twins, applied }: { twins: readonly TextTwin[]; applied: boolean }) {
  const { t } = useTranslation()
  return (
    <section className="bundle-preview__twins" data-testid="bundle-twins">
      <h3 className="bundle-preview__heading">{t('bundle:twin.heading')}</h3>
      <ul className="outcomes">
        {twins.map((twin) => (
          <li key={twin.article} className="outcome outcome--duplicate">
            <span className="outcome__body">
              <span className="outcome__reason">{t(`bundle:twin.${applied ? 'was' : 'would'}.${twin.in}`, { ...twin })}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

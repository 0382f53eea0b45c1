import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { asCodePoint, sliceCodePoints } from '@shared/anchoring'
import type { TextVersion } from '@shared/model'
import type { ProjectedMention } from '@shared/translation/projection'
import { Icon } from '../../../components/Icon'
import { languageName } from '../../../format'
import { versionLabel } from '../../reader/version-label'

interface Props {
  mention: ProjectedMention
  versions: readonly TextVersion[]
  color: string
  describe: (mention: ProjectedMention) => string
  onAccept: () => void
  onClose: () => void
}

/** A projected mention: where it comes from, and Accept, which tags it for real (focused: Enter accepts). */
export function ProjectionCard({ mention, versions, color, describe, onAccept, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const accept = useRef<HTMLButtonElement>(null)
  useEffect(() => accept.current?.focus({ preventScroll: true }), [])
  const version = versions.find((v) => v.id === mention.versionId)
  const exact = version ? sliceCodePoints(version.text, asCodePoint(mention.start), asCodePoint(mention.end)) : ''
  return (
    <section className="editor tr-projection" aria-labelledby="projection-title" data-testid="projection-card">
      <header className="editor__header">
        <span className="swatch swatch--large swatch--dashed" style={{ borderColor: color }} aria-hidden="true" />
        <h2 id="projection-title" className="editor__quote" title={exact}>
          {exact}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('translateAnnotations:projection.close')}>
          <Icon name="close" />
        </button>
      </header>
      {version && <p className="editor__version">{versionLabel(t, version, i18n.language)}</p>}
      <p className="tr-projection__from" data-testid="projection-from">
        {describe(mention)}
      </p>
      <p className="tr-projection__explain">{t('translateAnnotations:projection.explain', { lang: languageName(version?.lang ?? '', i18n.language) })}</p>
      <div className="editor__actions">
        <button ref={accept} type="button" className="button button--primary button--small" onClick={onAccept} data-testid="accept-projection">
          <Icon name="check" size={16} />
          {t('translateAnnotations:projection.accept')}
        </button>
      </div>
    </section>
  )
}

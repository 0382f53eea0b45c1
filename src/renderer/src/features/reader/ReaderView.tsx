import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLibrary } from '../../app/library-context'
import { useSettings } from '../../app/settings-context'
import { useZoom } from '../../app/use-zoom'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { ArticleMeta } from './ArticleMeta'
import { toParagraphs } from './paragraphs'
import { ReaderToolbar } from './ReaderToolbar'
import { useArticle } from './use-article'
import { useReaderKeys } from './use-reader-keys'
import { VersionSwitcher } from './VersionSwitcher'

interface Props {
  id: string
  onBack: () => void
  onOpen: (id: string) => void
}

export function ReaderView({ id, onBack, onOpen }: Props) {
  const { t } = useTranslation()
  const [attempt, setAttempt] = useState(0)
  const article = useArticle(id, attempt)
  const { visible } = useLibrary()
  const { settings } = useSettings()
  const zoom = useZoom()
  // The chosen text version, remembered for the article it was chosen in.
  const [choice, setChoice] = useState<{ articleId: string; versionId: string } | null>(null)
  const versionId = choice?.articleId === id ? choice.versionId : null
  const scroller = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  // Next and previous follow the library as it is shown (its sort and filter).
  const index = visible.findIndex((summary) => summary.id === id)
  const previousId = index > 0 ? visible[index - 1]?.id : undefined
  const nextId = index >= 0 ? visible[index + 1]?.id : undefined

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 })
  }, [id])
  useEffect(() => {
    if (article.state === 'ready') heading.current?.focus({ preventScroll: true })
  }, [article.state, id])

  const handlers = useMemo(
    () => ({
      previous: () => previousId && onOpen(previousId),
      next: () => nextId && onOpen(nextId),
      back: onBack,
      zoomIn: zoom.zoomIn,
      zoomOut: zoom.zoomOut,
      zoomReset: zoom.reset
    }),
    [previousId, nextId, onOpen, onBack, zoom.zoomIn, zoom.zoomOut, zoom.reset]
  )
  useReaderKeys(handlers)

  let body
  if (article.state === 'loading') {
    body = <Spinner label={t('reader:loading')} />
  } else if (article.state === 'error') {
    body = (
      <StateMessage icon="alert" tone="error" title={t('reader:errorTitle')} detail={errorText(t, article.error)}>
        <button type="button" className="button button--primary" onClick={() => setAttempt((n) => n + 1)}>
          {t('common:retry')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('reader:backToLibrary')}
        </button>
      </StateMessage>
    )
  } else {
    const { doc } = article.view
    const version = doc.versions.find((v) => v.id === versionId) ?? doc.versions[0]
    const paragraphs = version ? toParagraphs(version.text) : []
    body = (
      <article className="reader" style={{ ['--reader-zoom' as string]: settings.readerZoom }} aria-labelledby="article-title">
        <header className="reader__header">
          <h1 id="article-title" className="reader__title" lang={doc.article.language} ref={heading} tabIndex={-1}>
            {doc.article.title}
          </h1>
          <ArticleMeta article={doc.article} />
          {doc.versions.length > 1 && version && <VersionSwitcher versions={doc.versions} value={version.id} onChange={(chosen) => setChoice({ articleId: id, versionId: chosen })} />}
        </header>
        <div className="reader__text" lang={version?.lang ?? doc.article.language} data-testid="article-text">
          {paragraphs.length > 0 ? paragraphs.map((paragraph, i) => <p key={i}>{paragraph}</p>) : <p className="reader__empty">{t('reader:noText')}</p>}
        </div>
      </article>
    )
  }

  return (
    <section className="page" aria-label={t('reader:label')}>
      <ReaderToolbar
        onBack={onBack}
        onPrevious={previousId ? handlers.previous : null}
        onNext={nextId ? handlers.next : null}
        position={index >= 0 ? { index, total: visible.length } : null}
      />
      <div className="page__body page__body--scroll" ref={scroller}>
        {body}
      </div>
    </section>
  )
}

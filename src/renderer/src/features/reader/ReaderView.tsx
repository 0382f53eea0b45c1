import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLibrary, useLibraryReload } from '../../app/library-context'
import { useSettings } from '../../app/settings-context'
import { useZoom } from '../../app/use-zoom'
import { Spinner } from '../../components/Spinner'
import { StateMessage } from '../../components/StateMessage'
import { errorText } from '../../errors'
import { Icon } from '../../components/Icon'
import { Annotator } from '../annotate/Annotator'
import { useAnnotateSession } from '../annotate/session/use-annotate-session'
import { UndoRedo } from '../annotate/UndoRedo'
import { ArticleDetailsDialog } from '../details/ArticleDetailsDialog'
import { AddTranslationDialog } from '../translate/AddTranslationDialog'
import { translationTargets } from '../translate/targets'
import { TranslateEditor } from '../translate/TranslateEditor'
import { TranslateSwitch, type ReaderMode } from '../translate/TranslateSwitch'
import { ArticleMeta } from './ArticleMeta'
import { readerClass } from './reader-class'
import { ReaderToolbar } from './ReaderToolbar'
import { useArticle } from './use-article'
import { useFlashAt } from './use-flash-at'
import { useReaderKeys } from './use-reader-keys'
import { VersionSwitcher } from './VersionSwitcher'

interface Props {
  id: string
  onBack: () => void
  onOpen: (id: string) => void
  /** Open at this place (a concordance line): the version is shown and the range flashes. */
  version?: string
  at?: { start: number; end: number }
}

export function ReaderView({ id, onBack, onOpen, version: linkedVersion, at }: Props) {
  const { t } = useTranslation()
  const [attempt, setAttempt] = useState(0)
  const article = useArticle(id, attempt)
  const session = useAnnotateSession(id, article.state === 'ready' ? article.view : null)
  const reloadLibrary = useLibraryReload()
  const [editingDetails, setEditingDetails] = useState(false)
  const { settings } = useSettings()
  // The chosen text version, remembered for the article it was chosen in.
  const [choice, setChoice] = useState<{ articleId: string; versionId: string } | null>(linkedVersion ? { articleId: id, versionId: linkedVersion } : null)
  const versionId = choice?.articleId === id ? choice.versionId : null
  // Reading or post-editing a translation, remembered for the article it was chosen in.
  const [translating, setTranslating] = useState<{ articleId: string; mode: ReaderMode; lang: string | null }>({ articleId: id, mode: 'read', lang: null })
  const [addingTranslation, setAddingTranslation] = useState(false)
  const scroller = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 })
  }, [id])
  useEffect(() => {
    if (article.state === 'ready') heading.current?.focus({ preventScroll: true })
  }, [article.state, id])
  // A link to a place (on arrival, or a new one later) shows its version, read rather than post-edited.
  const link = linkedVersion ? `${id}:${linkedVersion}:${at?.start}-${at?.end}` : null
  const [seenLink, setSeenLink] = useState(link)
  if (link !== seenLink) {
    setSeenLink(link)
    if (linkedVersion) {
      setChoice({ articleId: id, versionId: linkedVersion })
      setTranslating({ articleId: id, mode: 'read', lang: null })
    }
  }

  const ready = article.state === 'ready'
  const { undo, actions } = session
  const versions = (session.view ?? (article.state === 'ready' ? article.view : null))?.doc.versions
  const targets = useMemo(() => translationTargets(versions ?? []), [versions])
  const mode: ReaderMode = translating.articleId === id && targets.length > 0 ? translating.mode : 'read'
  const translateLang = (translating.articleId === id && targets.find((target) => target.lang === translating.lang)?.lang) || targets[0]?.lang || null
  const translateSwitch = useMemo(
    () =>
      ready ? (
        <TranslateSwitch
          targets={targets}
          mode={mode}
          lang={translateLang}
          onMode={(next) => setTranslating({ articleId: id, mode: next, lang: translateLang })}
          onLang={(lang) => setTranslating({ articleId: id, mode: 'translate', lang })}
          onAdd={() => setAddingTranslation(true)}
        />
      ) : null,
    [ready, targets, mode, translateLang, id]
  )
  const undoRedo = useMemo(() => {
    if (!ready) return null
    // Undoing or redoing an edit of the details changes the library's row too.
    const step = (direction: 'undo' | 'redo') =>
      void actions.step(direction).then((action) => {
        if (action?.action === 'article.metadata') void reloadLibrary()
      })
    return (
      <>
        {translateSwitch}
        <button type="button" className="button button--ghost" onClick={() => setEditingDetails(true)} title={t('details:openHint')} data-testid="open-details">
          <Icon name="edit" size={16} />
          {t('details:open')}
        </button>
        <UndoRedo state={undo} onUndo={() => step('undo')} onRedo={() => step('redo')} />
      </>
    )
  }, [ready, undo, actions, reloadLibrary, t, translateSwitch])

  const shown = session.view ?? (article.state === 'ready' ? article.view : null)
  const shownVersion = shown?.doc.versions.find((v) => v.id === versionId) ?? shown?.doc.versions[0]
  const flashOn = at && mode === 'read' && shownVersion && (!linkedVersion || shownVersion.id === linkedVersion) ? shownVersion : null
  useFlashAt(scroller, flashOn && at ? { versionId: flashOn.id, text: flashOn.text, start: at.start, end: at.end } : null)
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
  } else if (mode === 'translate' && translateLang) {
    body = <TranslateEditor key={`${id}:${translateLang}`} session={session} articleId={id} lang={translateLang} />
  } else {
    const doc = session.view?.doc ?? article.view.doc
    const version = doc.versions.find((v) => v.id === versionId) ?? doc.versions[0]
    const header = (
      <header className="reader__header">
        <h1 id="article-title" className={titleClass(doc.article.title)} lang={doc.article.language} ref={heading} tabIndex={-1}>
          {doc.article.title}
        </h1>
        <ArticleMeta article={doc.article} />
        {doc.versions.length > 1 && version && <VersionSwitcher versions={doc.versions} value={version.id} onChange={(chosen) => setChoice({ articleId: id, versionId: chosen })} />}
      </header>
    )
    body = (
      <div style={{ ['--reader-zoom' as string]: settings.readerZoom }}>
        {version && version.text.trim() ? (
          <Annotator session={session} articleId={id} version={version} header={header} onShowVersion={(chosen) => setChoice({ articleId: id, versionId: chosen })} />
        ) : (
          <article className={readerClass(version?.lang ?? doc.article.language)} aria-labelledby="article-title">
            {header}
            <p className="reader__empty">{t('reader:noText')}</p>
          </article>
        )}
      </div>
    )
  }

  return (
    <section className="page" aria-label={t('reader:label')}>
      <ReaderNav id={id} onBack={onBack} onOpen={onOpen} actions={undoRedo} />
      <div className={mode === 'translate' ? 'page__body' : 'page__body page__body--scroll'} ref={scroller}>
        {body}
      </div>
      {addingTranslation && shown && (
        <AddTranslationDialog
          doc={shown.doc}
          apply={session.apply}
          onClose={() => setAddingTranslation(false)}
          onDone={(lang) => {
            setAddingTranslation(false)
            setTranslating({ articleId: id, mode: 'translate', lang })
          }}
        />
      )}
      {editingDetails && shown && (
        <ArticleDetailsDialog
          article={shown.doc.article}
          onClose={() => setEditingDetails(false)}
          onSave={async (patch) => {
            const failure = await actions.updateDetails(patch)
            if (!failure) void reloadLibrary()
            return failure
          }}
        />
      )}
    </section>
  )
}

interface NavProps {
  id: string
  onBack: () => void
  onOpen: (id: string) => void
  actions: ReactNode
}

/**
 * The toolbar and the reader's keys, apart from the article: they follow the library as
 * shown, which changes after every edit (its annotation counts, from the change feed); the
 * article below then does not render again with it.
 */
const ReaderNav = memo(function ReaderNav({ id, onBack, onOpen, actions }: NavProps) {
  const { visible } = useLibrary()
  const zoom = useZoom()
  // Next and previous follow the library as it is shown (its sort and filter).
  const index = visible.findIndex((summary) => summary.id === id)
  const previousId = index > 0 ? visible[index - 1]?.id : undefined
  const nextId = index >= 0 ? visible[index + 1]?.id : undefined

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

  return (
    <ReaderToolbar
      onBack={onBack}
      onPrevious={previousId ? handlers.previous : null}
      onNext={nextId ? handlers.next : null}
      index={index >= 0 ? index : null}
      total={visible.length}
      actions={actions}
    />
  )
})

/** A title that is a whole first paragraph (a plain text without a heading) is set smaller. */
const LONG_TITLE = 140
const titleClass = (title: string): string => ([...title].length > LONG_TITLE ? 'reader__title reader__title--long' : 'reader__title')

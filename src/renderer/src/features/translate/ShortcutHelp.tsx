import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { shortcutGroups } from './shortcuts'
import { DialogHeader } from '../../components/DialogHeader'

/** The keyboard shortcuts, by place (editor, reader, annotation); Esc or the button closes it. */
export function ShortcutHelp({ mod, onClose }: { mod: string; onClose: () => void }) {
  const { t } = useTranslation()
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    panel.current?.focus()
    return () => before?.focus({ preventScroll: true })
  }, [])
  return (
    <div
      className="modal"
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === '?') {
          event.preventDefault()
          event.stopPropagation()
          onClose()
        }
      }}
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <div ref={panel} className="modal__panel tr-help" role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title" tabIndex={-1} data-testid="shortcut-help">
        <DialogHeader id="shortcut-help-title" title={t('translate:shortcuts.title')} onClose={onClose} />
        <div className="modal__body tr-help__body">
          {shortcutGroups(mod).map((group) => (
            <section key={group.title} className="tr-help__group">
              <h3>{t(group.title)}</h3>
              <dl>
                {group.items.map((item) => (
                  <div key={item.label} className="tr-help__item">
                    <dt>{t(item.label)}</dt>
                    <dd>
                      {item.keys.map((key, i) => (
                        <kbd key={i}>{key}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  )
}

import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../../components/Icon'
import { keysOf, type AlignmentCommand } from '../keys'
import '../../../styles/glossary.css'

export type AlignmentSide = 'source' | 'target'

interface Props {
  mod: string
  monolingual: boolean
  hasNext: boolean
  /** A point is placed in the source: it can be split there. */
  sourcePoint: boolean
  onAlign: (command: AlignmentCommand, side: AlignmentSide) => void
}

interface Item {
  label: string
  command: AlignmentCommand
  side: AlignmentSide
  enabled: boolean
  keys?: boolean
}

/** The row toolbar's alignment menu: split either side, join, and move a sentence across the boundary. */
export function AlignmentMenu({ mod, monolingual, hasNext, sourcePoint, onAlign }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [open])

  const items: Item[] = [
    { label: 'splitTarget', command: 'splitRow', side: 'target', enabled: true, keys: true },
    ...(monolingual ? [] : [{ label: sourcePoint ? 'splitSource' : 'splitSourceNeedsPoint', command: 'splitRow' as const, side: 'source' as const, enabled: sourcePoint }]),
    { label: 'join', command: 'joinRow', side: 'target', enabled: hasNext, keys: true },
    { label: 'targetUp', command: 'boundaryUp', side: 'target', enabled: hasNext, keys: true },
    { label: 'targetDown', command: 'boundaryDown', side: 'target', enabled: hasNext, keys: true },
    ...(monolingual
      ? []
      : [
          { label: 'sourceUp', command: 'boundaryUp' as const, side: 'source' as const, enabled: hasNext },
          { label: 'sourceDown', command: 'boundaryDown' as const, side: 'source' as const, enabled: hasNext }
        ])
  ]

  return (
    <div className="tr-align" ref={root}>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('glossary:alignment.menuHint')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((on) => !on)}
        data-testid="alignment-menu"
      >
        <Icon name="edit" size={16} />
        {t('glossary:alignment.menu')}
      </button>
      {open && (
        <ul className="tr-align__menu floating-panel" role="menu">
          {items.map((item) => (
            <li key={`${item.label}:${item.side}`} role="none">
              <button
                type="button"
                role="menuitem"
                className="tr-align__item menu-row"
                disabled={!item.enabled}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setOpen(false)
                  onAlign(item.command, item.side)
                }}
                data-testid={`align-${item.command}-${item.side}`}
              >
                <span>{t(`glossary:alignment.${item.label}`)}</span>
                {item.keys && <kbd className="tr-align__keys">{keysOf(item.command, mod).join('+')}</kbd>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

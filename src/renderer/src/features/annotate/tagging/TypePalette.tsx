import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagType } from '@shared/model'

interface Props {
  types: TagType[]
  /** Viewport point: above the selection (palette) or at the pointer (context menu). */
  at: { x: number; y: number; below?: boolean }
  variant: 'palette' | 'menu'
  /** Shown instead of the types, e.g. a selection across paragraphs. */
  refusal?: string
  onPick: (type: string) => void
  onClose: () => void
}

/**
 * The types to tag the selection with: a floating bar above the selection, or the same list
 * as a context menu. Pressing a button never steals the selection (mousedown is cancelled).
 */
export function TypePalette({ types, at, variant, refusal, onPick, onClose }: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (variant === 'menu') ref.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [variant])
  const menu = variant === 'menu'
  return (
    <div
      ref={ref}
      className={`palette palette--${variant}${at.below ? ' palette--below' : ''}`}
      style={{ left: at.x, top: at.y }}
      role={menu ? 'menu' : 'toolbar'}
      aria-label={t('annotate:palette.label')}
      data-testid={menu ? 'type-menu' : 'type-palette'}
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
        if (menu && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          event.preventDefault()
          const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
          const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
          buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus()
        }
      }}
    >
      {refusal ? (
        <p className="palette__refusal" role="alert">
          {refusal}
        </p>
      ) : (
        types.map((type) => (
          <button
            key={type.name}
            type="button"
            role={menu ? 'menuitem' : undefined}
            className="palette__type"
            onClick={() => onPick(type.name)}
            title={type.description || t('annotate:palette.tagAs', { type: type.name })}
            aria-keyshortcuts={type.shortcut ?? undefined}
          >
            <span className="swatch" style={{ background: type.color }} aria-hidden="true" />
            <span className="palette__name">{type.name}</span>
            {type.shortcut && <kbd>{type.shortcut.toUpperCase()}</kbd>}
          </button>
        ))
      )}
    </div>
  )
}

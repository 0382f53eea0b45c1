import { memo, useMemo } from 'react'
import type { TFunction } from 'i18next'
import type { Annotation } from '@shared/model'

/** Annotations whose start falls in the same stretch of text share a block of rows. */
const STRETCH = 4096
/** A row's height (`.ann-row` min-height): the size of a block not laid out yet. */
const ROW_PX = 28

interface BlockProps {
  items: Annotation[]
  /** The rows' colour, or one per type (orphans of several types share a list). */
  color: string | Record<string, string> | undefined
  /** The selected annotation when it is in this block, else null (so others do not re-render). */
  selectedId: string | null
  /** Each text version's name (short, and in full for the tooltip), when the article has several: every row says which it is on. */
  versionLabels?: Readonly<Record<string, { short: string; full: string }>> | null
  t: TFunction
  onSelect: (id: string) => void
}

/**
 * One block of rows. Off-screen blocks are skipped by layout, pre-paint and paint
 * (content-visibility), and a block re-renders only when its own rows change.
 */
const Block = memo(function Block({ items, color, selectedId, versionLabels, t, onSelect }: BlockProps) {
  return (
    <ul className="ann-block" style={{ containIntrinsicSize: `auto ${items.length * ROW_PX}px` }}>
      {items.map((a) => (
        <li key={a.id}>
          <button type="button" className={`ann-row${a.id === selectedId ? ' is-selected' : ''}`} onClick={() => onSelect(a.id)} aria-current={a.id === selectedId ? 'true' : undefined}>
            <span className="swatch" style={{ background: (typeof color === 'object' ? color[a.type] : color) ?? '#8a8f98' }} aria-hidden="true" />
            <span className="ann-row__text">{a.target.quote.exact}</span>
            {versionLabels?.[a.target.source] && (
              <span className="ann-row__version" title={versionLabels[a.target.source]?.full} data-testid="annotation-row-version">
                {versionLabels[a.target.source]?.short}
              </span>
            )}
            {a.entity && <span className="ann-row__flag" title={t('annotate:panel.linked')} aria-label={t('annotate:panel.linked')}>◆</span>}
            {a.note && <span className="ann-row__flag" title={t('annotate:panel.hasNote')} aria-label={t('annotate:panel.hasNote')}>✎</span>}
          </button>
        </li>
      ))}
    </ul>
  )
}, sameBlock)

/** Same rows (element by element: unchanged annotations keep their objects), same selection. */
function sameBlock(a: BlockProps, b: BlockProps): boolean {
  return a.color === b.color && a.selectedId === b.selectedId && a.versionLabels === b.versionLabels && a.t === b.t && a.onSelect === b.onSelect && a.items.length === b.items.length && a.items.every((item, i) => item === b.items[i])
}

/** Rows in text order, cut into blocks by stretch of text (an edit touches one block). */
export function AnnotationRows({ items, color, selectedId, versionLabels, t, onSelect }: BlockProps) {
  const blocks = useMemo(() => intoBlocks(items), [items])
  return blocks.map(({ key, items: block }) => {
    const own = selectedId !== null && block.some((a) => a.id === selectedId) ? selectedId : null
    return <Block key={key} items={block} color={color} selectedId={own} versionLabels={versionLabels} t={t} onSelect={onSelect} />
  })
}

function intoBlocks(items: Annotation[]): { key: string; items: Annotation[] }[] {
  const blocks: { key: string; items: Annotation[] }[] = []
  const seen = new Map<number, number>()
  let last: number | null = null
  for (const a of items) {
    const stretch = Math.floor(a.target.position.start / STRETCH)
    if (stretch !== last) {
      // Orphans are not in text order: a stretch met again starts a block of its own.
      const n = seen.get(stretch) ?? 0
      seen.set(stretch, n + 1)
      blocks.push({ key: n === 0 ? `${stretch}` : `${stretch}.${n}`, items: [] })
      last = stretch
    }
    blocks[blocks.length - 1]?.items.push(a)
  }
  return blocks
}

import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CellMarks } from './row-marks'
import { useEditorTags } from './tags-context'

interface Props {
  cell: CellMarks | undefined
  /** Opens an annotation, or a projected mention (by its key), in the tag editor. */
  onOpen: (target: { annotation: string } | { projection: string }) => void
}

const GREY = '#8a8f98'

/**
 * The active row's tags on its translation, as buttons: in the text field they are drawn
 * behind the text and cannot be clicked, so here each opens in the tag editor (a projected
 * one to accept).
 */
export const RowTags = memo(function RowTags({ cell, onOpen }: Props) {
  const { t } = useTranslation()
  const { colors } = useEditorTags()
  if (!cell || (cell.marks.length === 0 && cell.projected.length === 0)) return null
  const seen = new Set<string>()
  const marks = cell.marks.filter((m) => !seen.has(m.id) && seen.add(m.id))
  return (
    <ul className="tr-tags" aria-label={t('translateAnnotations:tags.label')} data-testid="row-tags">
      {marks.map((m) => {
        const exact = cell.text.slice(m.start, m.end)
        return (
          <li key={m.id}>
            <button type="button" className="tr-tag" style={{ ['--type' as string]: colors[m.type] ?? GREY }} onMouseDown={(e) => e.preventDefault()} onClick={() => onOpen({ annotation: m.id })} title={t('translateAnnotations:tags.edit', { exact, type: m.type })} data-testid="row-tag">
              <span className="tr-tag__type">{m.type}</span>
              {exact}
            </button>
          </li>
        )
      })}
      {cell.projected.map((p) => {
        const exact = cell.text.slice(p.start, p.end)
        return (
          <li key={p.id}>
            <button type="button" className="tr-tag tr-tag--projected" style={{ ['--type' as string]: colors[p.type] ?? GREY }} onMouseDown={(e) => e.preventDefault()} onClick={() => onOpen({ projection: p.id })} title={t('translateAnnotations:tags.projected', { exact, type: p.type })} data-testid="row-projected">
              <span className="tr-tag__type">{p.type}</span>
              {exact}
            </button>
          </li>
        )
      })}
    </ul>
  )
})

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BatchResult } from '@shared/ipc/batch-contract'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import { Icon } from '../../components/Icon'
import { formatNumber } from '../../format'
import { LinkDialog } from './LinkDialog'
import { TagPopover, type TagOutcome } from './TagPopover'

interface Props {
  ids: string[]
  /** The summary of what was done ("Tagged 42 articles"). */
  onDone: (summary: string) => void
}

/** Tag… and Link… in the selection bar, for every ticked article. */
export function BatchActions({ ids, onDone }: Props) {
  const { t, i18n } = useTranslation()
  const [linking, setLinking] = useState(false)
  const fmt = (n: number) => formatNumber(n, i18n.language)

  const tagged = ({ result, tag, removed }: TagOutcome) => {
    const done = t(removed ? 'batch:untagged' : 'batch:tagged', { count: result.changed, formatted: fmt(result.changed), tag })
    const skipped = result.selected - result.changed
    onDone(skipped > 0 ? `${done} ${t(removed ? 'batch:lackedIt' : 'batch:hadIt', { count: skipped, formatted: fmt(skipped) })}` : done)
  }
  const linked = (result: BatchResult, entity: EntitySummary) => {
    setLinking(false)
    onDone(t('batch:linked', { count: result.annotations, formatted: fmt(result.annotations), articles: fmt(result.changed), name: entity.name }))
  }

  return (
    <>
      <TagPopover ids={ids} onDone={tagged} />
      <button type="button" className="button button--small" onClick={() => setLinking(true)} data-testid="batch-link-button">
        <Icon name="link" size={16} />
        {t('batch:link.button')}
      </button>
      {linking && <LinkDialog ids={ids} onLinked={linked} onClose={() => setLinking(false)} />}
    </>
  )
}

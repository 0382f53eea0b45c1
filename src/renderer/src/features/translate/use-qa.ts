import { useEffect, useRef, useState } from 'react'
import { translateApi } from './translate-api'
import type { QaFinding } from './types'

const NONE: QaFinding[] = []

/** The QA findings of the translation, checked again (after a short pause) whenever the article's revision moves. */
export function useQa(articleId: string, lang: string, revision: number | null): { findings: QaFinding[]; checking: boolean } {
  const key = `${articleId}\n${lang}`
  const [state, setState] = useState<{ key: string; findings: QaFinding[]; at: number | null }>({ key, findings: NONE, at: null })
  const latest = useRef(0)
  useEffect(() => {
    if (revision === null) return
    const request = ++latest.current
    const timer = setTimeout(() => {
      void translateApi.runQa({ articleId, lang }).then((result) => {
        if (request === latest.current && result.ok) setState({ key, findings: result.value.findings, at: revision })
      })
    }, 250)
    return () => clearTimeout(timer)
  }, [articleId, lang, key, revision])
  const mine = state.key === key
  return { findings: mine ? state.findings : NONE, checking: !mine || state.at !== revision }
}

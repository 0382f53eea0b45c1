import { useCallback, useMemo, useRef, useState } from 'react'

/**
 * Which lines of one set of lines (`of`: a concordance result) are selected, by key: all
 * by default, and again when the set changes. A click toggles one line; Shift+click gives
 * the run from the line clicked last to this one its state, in the order shown (`keys`).
 */
export function useLineSelection(of: object | null, keys: readonly string[]) {
  // What is left out, so that "all" is the default and a re-sort keeps the choice.
  const [state, setState] = useState<{ of: object | null; out: ReadonlySet<string> }>({ of, out: new Set() })
  const anchor = useRef<string | null>(null)
  const out = useMemo(() => (state.of === of ? state.out : new Set<string>()), [state, of])

  const click = useCallback(
    (key: string, shift: boolean) => {
      const next = new Set(out)
      const from = anchor.current === null ? -1 : keys.indexOf(anchor.current)
      const to = keys.indexOf(key)
      if (shift && from >= 0 && to >= 0) {
        const select = !out.has(anchor.current as string)
        for (const inRun of keys.slice(Math.min(from, to), Math.max(from, to) + 1)) {
          if (select) next.delete(inRun)
          else next.add(inRun)
        }
      } else if (!next.delete(key)) next.add(key)
      anchor.current = key
      setState({ of, out: next })
    },
    [of, out, keys]
  )
  const selectAll = useCallback(() => setState({ of, out: new Set() }), [of])
  const selectNone = useCallback(() => setState({ of, out: new Set(keys) }), [of, keys])
  return { isSelected: (key: string) => !out.has(key), count: keys.length - out.size, click, selectAll, selectNone }
}

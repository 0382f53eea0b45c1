import { useCallback, useEffect, useState } from 'react'

export type Route =
  | { view: 'library' }
  /** `version` and `at` (code points of that version) open the article at a place, which flashes. */
  | { view: 'reader'; id: string; version?: string; at?: { start: number; end: number } }
  | { view: 'settings' }
  | { view: 'entities' }
  | { view: 'entity'; id: string }
  | { view: 'trash' }
  | { view: 'explore'; entity: string | null }
  | { view: 'concordance'; q: string }

/** The hash holds the current screen, so a reload returns to it. */
function parse(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?')
  const [view, id] = path.split('/')
  const params = new URLSearchParams(search)
  if (view === 'article' && id) return { view: 'reader', id: decodeURIComponent(id), ...placeOf(params) }
  if (view === 'concordance') return { view: 'concordance', q: params.get('q') ?? '' }
  if (view === 'settings') return { view: 'settings' }
  if (view === 'entities') return { view: 'entities' }
  if (view === 'trash') return { view: 'trash' }
  if (view === 'entity' && id) return { view: 'entity', id: decodeURIComponent(id) }
  if (view === 'explore') return { view: 'explore', entity: id ? decodeURIComponent(id) : null }
  return { view: 'library' }
}

/** `?version=<vid>&at=<start>-<end>` of a reader link; nothing when absent or malformed. */
function placeOf(params: URLSearchParams): { version?: string; at?: { start: number; end: number } } {
  const version = params.get('version') ?? undefined
  const match = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '')
  const at = match && Number(match[1]) < Number(match[2]) ? { start: Number(match[1]), end: Number(match[2]) } : undefined
  return { ...(version ? { version } : {}), ...(at ? { at } : {}) }
}

function format(route: Route): string {
  if (route.view === 'reader') {
    const params = new URLSearchParams()
    if (route.version) params.set('version', route.version)
    if (route.at) params.set('at', `${route.at.start}-${route.at.end}`)
    const query = params.toString()
    return `#/article/${encodeURIComponent(route.id)}${query ? `?${query}` : ''}`
  }
  if (route.view === 'concordance') return route.q ? `#/concordance?${new URLSearchParams({ q: route.q }).toString()}` : '#/concordance'
  if (route.view === 'settings') return '#/settings'
  if (route.view === 'entities') return '#/entities'
  if (route.view === 'trash') return '#/trash'
  if (route.view === 'entity') return `#/entity/${encodeURIComponent(route.id)}`
  if (route.view === 'explore') return route.entity ? `#/explore/${encodeURIComponent(route.entity)}` : '#/explore'
  return '#/'
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    window.location.hash = format(next)
  }, [])
  return [route, navigate]
}

/** The link (`href`) of a screen, for anchors. */
export { format as formatRoute }

import { useCallback, useEffect, useState } from 'react'

export type Route =
  | { view: 'library' }
  | { view: 'reader'; id: string }
  | { view: 'settings' }
  | { view: 'entities' }
  | { view: 'entity'; id: string }
  | { view: 'trash' }
  | { view: 'explore'; entity: string | null }

/** The hash holds the current screen, so a reload returns to it. */
function parse(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/')
  if (view === 'article' && id) return { view: 'reader', id: decodeURIComponent(id) }
  if (view === 'settings') return { view: 'settings' }
  if (view === 'entities') return { view: 'entities' }
  if (view === 'trash') return { view: 'trash' }
  if (view === 'entity' && id) return { view: 'entity', id: decodeURIComponent(id) }
  if (view === 'explore') return { view: 'explore', entity: id ? decodeURIComponent(id) : null }
  return { view: 'library' }
}

function format(route: Route): string {
  if (route.view === 'reader') return `#/article/${encodeURIComponent(route.id)}`
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

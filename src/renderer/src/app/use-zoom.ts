import { useCallback } from 'react'
import { useSettings } from './settings-context'

const MIN = 0.5
const MAX = 3
const STEP = 0.1

const clamp = (value: number) => Math.round(Math.min(MAX, Math.max(MIN, value)) * 10) / 10

/** The reader's zoom, persisted as the `readerZoom` setting. */
export function useZoom() {
  const { settings, update } = useSettings()
  const zoom = settings.readerZoom
  const set = useCallback((value: number) => void update({ readerZoom: clamp(value) }), [update])
  return {
    zoom,
    canZoomIn: zoom < MAX,
    canZoomOut: zoom > MIN,
    zoomIn: useCallback(() => set(zoom + STEP), [set, zoom]),
    zoomOut: useCallback(() => set(zoom - STEP), [set, zoom]),
    reset: useCallback(() => set(1), [set])
  }
}

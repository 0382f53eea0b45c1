/**
 * Keyboard movement in a one-column-of-rows grid (library, entities): which row a key moves
 * the selection to, 'open' for Enter, or null for a key the grid does not handle.
 */
export function gridKeyTarget(key: string, active: number, count: number, page: number): number | 'open' | null {
  const clamp = (index: number) => Math.max(0, Math.min(count - 1, index))
  switch (key) {
    case 'ArrowDown':
      return clamp(active + 1)
    case 'ArrowUp':
      return clamp(active - 1)
    case 'PageDown':
      return clamp(active + page)
    case 'PageUp':
      return clamp(active - page)
    case 'Home':
      return 0
    case 'End':
      return clamp(count - 1)
    case 'Enter':
      return count > 0 ? 'open' : null
    default:
      return null
  }
}

/**
 * Ticking rows as on a desktop: a click ticks or unticks one row and makes it the anchor;
 * a shift-click ticks every row from the anchor to it (in the order shown), keeping what
 * was ticked before. Pure, so it is tested without a DOM.
 */
export interface Ticks {
  ids: ReadonlySet<string>
  /** The row the last plain click ticked or unticked: where a shift-click range starts. */
  anchor: string | null
}

export const NO_TICKS: Ticks = { ids: new Set(), anchor: null }

export function tick(state: Ticks, order: readonly string[], id: string, range: boolean): Ticks {
  const from = range && state.anchor !== null ? order.indexOf(state.anchor) : -1
  const to = order.indexOf(id)
  if (from === -1 || to === -1) {
    const ids = new Set(state.ids)
    if (!ids.delete(id)) ids.add(id)
    return { ids, anchor: id }
  }
  const ids = new Set(state.ids)
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(order[i]!)
  return { ids, anchor: state.anchor }
}

/** Every id given, ticked (Ctrl/⌘+A over a search: all its matches, shown or not). */
export const tickAll = (ids: readonly string[]): Ticks => ({ ids: new Set(ids), anchor: null })

/** Drops ids that left the library (deleted here or in another window). */
export function untick(state: Ticks, removed: readonly string[]): Ticks {
  if (!removed.some((id) => state.ids.has(id))) return state
  const ids = new Set(state.ids)
  for (const id of removed) ids.delete(id)
  return { ids, anchor: state.anchor !== null && ids.has(state.anchor) ? state.anchor : null }
}

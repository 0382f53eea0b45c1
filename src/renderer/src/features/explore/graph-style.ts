import type { StylesheetJson } from 'cytoscape'

/** A theme colour from the CSS variables of <html> (theme.css), so the graph follows light and dark. */
function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback
}

/**
 * The graph's stylesheet: nodes in their type's schema colour, sized by mentions (the `size`
 * data, scaled in graph-elements.ts), edges as thick as their weight; labels, edges and
 * highlights in the theme's colours. Built again when the theme changes.
 */
export function graphStyle(): StylesheetJson {
  const text = cssVar('--text', '#1f2328')
  const surface = cssVar('--surface', '#ffffff')
  const edge = cssVar('--border-strong', '#cfccc4')
  const accent = cssVar('--accent', '#2f5f8f')
  const focus = cssVar('--focus', '#3b7ddd')
  const font = cssVar('--font-ui', 'system-ui, sans-serif')
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        color: text,
        'font-family': font,
        'font-size': 12,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': surface,
        'text-background-opacity': 0.75,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'border-width': 2,
        'border-color': surface,
        'transition-property': 'opacity',
        'transition-duration': 150
      }
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': edge,
        'curve-style': 'haystack',
        opacity: 0.8
      }
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'edge.near', style: { 'line-color': accent, opacity: 1 } },
    { selector: 'node.chosen', style: { 'border-color': accent, 'border-width': 4, 'font-weight': 'bold' } },
    { selector: 'node.keyed', style: { 'overlay-color': focus, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'node:active', style: { 'overlay-opacity': 0 } }
  ]
}

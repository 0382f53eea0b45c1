import cytoscape, { type Core } from 'cytoscape'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { neighbourhood, type Edge, type GraphNode } from '@shared/explore'
import type { TagType } from '@shared/model'
import { formatNumber } from '../../format'
import { graphElements } from './graph-elements'
import { graphStyle } from './graph-style'

interface Props {
  nodes: GraphNode[]
  edges: Edge[]
  schema: TagType[]
  /** The selected entity: its neighbourhood stands out, the rest fades. */
  selected: string | null
  onOpenEntity: (id: string) => void
}

/** Fades everything but `id` and its neighbours (nothing fades when `id` is null or not shown). */
function highlight(cy: Core, graph: { nodes: GraphNode[]; edges: Edge[] }, id: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('faded near chosen')
    const near = id === null ? new Set<string>() : neighbourhood(graph, id)
    if (near.size === 0) return
    cy.nodes().forEach((node) => void (near.has(node.id()) ? undefined : node.addClass('faded')))
    cy.edges().forEach((edge) => void (edge.source().id() === id || edge.target().id() === id ? edge.addClass('near') : edge.addClass('faded')))
    cy.getElementById(id as string).addClass('chosen')
  })
}

/**
 * The co-occurrence graph drawn by cytoscape (force-directed "cose" layout). A node opens
 * its entity page on click; from the keyboard, arrow keys move between entities (the most
 * mentioned first) and Enter opens the one reached, announced to screen readers.
 */
export function CooccurrenceGraph({ nodes, edges, schema, selected, onOpenEntity }: Props) {
  const { t, i18n } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const cyRef = useRef<Core | null>(null)
  const [keyed, setKeyed] = useState<number | null>(null)
  const open = useRef(onOpenEntity)
  const selectedRef = useRef(selected)
  useEffect(() => {
    open.current = onOpenEntity
    selectedRef.current = selected
  })

  useEffect(() => {
    if (!container.current) return
    const graph = { nodes, edges }
    const cy = cytoscape({
      container: container.current,
      elements: graphElements(nodes, edges, schema),
      style: graphStyle(),
      layout: { name: 'cose', animate: false, randomize: false, fit: true, padding: 36, nodeRepulsion: () => 9000, idealEdgeLength: () => 80 },
      minZoom: 0.25,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: false
    })
    cyRef.current = cy
    const element = container.current
    cy.on('tap', 'node', (event) => open.current(event.target.id()))
    cy.on('mouseover', 'node', (event) => {
      element.style.cursor = 'pointer'
      highlight(cy, graph, event.target.id())
    })
    cy.on('mouseout', 'node', () => {
      element.style.cursor = ''
      highlight(cy, graph, selectedRef.current)
    })
    highlight(cy, graph, selectedRef.current)
    // The theme is a data attribute on <html>: restyle when it changes.
    const observer = new MutationObserver(() => cy.style(graphStyle()))
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => {
      observer.disconnect()
      cyRef.current = null
      cy.destroy()
    }
  }, [nodes, edges, schema])

  useEffect(() => {
    if (cyRef.current) highlight(cyRef.current, { nodes, edges }, selected)
  }, [selected, nodes, edges])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.nodes().removeClass('keyed')
    const node = keyed === null ? undefined : nodes[keyed]
    if (node) cy.getElementById(node.id).addClass('keyed')
  }, [keyed, nodes])

  const onKeyDown = (event: KeyboardEvent) => {
    if (nodes.length === 0) return
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key]
    if (step !== undefined) {
      event.preventDefault()
      setKeyed((i) => (i === null ? (step > 0 ? 0 : nodes.length - 1) : (i + step + nodes.length) % nodes.length))
    } else if (event.key === 'Enter' && keyed !== null && nodes[keyed]) {
      event.preventDefault()
      onOpenEntity(nodes[keyed].id)
    }
  }

  const current = keyed === null ? null : nodes[keyed]
  const links = current ? neighbourhood({ nodes, edges }, current.id).size - 1 : 0
  return (
    <>
      <div
        ref={container}
        className="explore-graph"
        data-testid="cooccurrence-graph"
        role="group"
        tabIndex={0}
        aria-label={t('explore:graph.label')}
        aria-describedby="graph-keys"
        onKeyDown={onKeyDown}
        onBlur={() => setKeyed(null)}
      />
      <p id="graph-keys" className="sr-only">
        {t('explore:graph.keys')}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="graph-focused">
        {current &&
          t('explore:graph.focused', {
            name: current.name,
            type: current.type,
            mentions: t('explore:picker.mentions', { count: current.mentions, formatted: formatNumber(current.mentions, i18n.language) }),
            links: t('explore:graph.links', { count: links })
          })}
      </p>
    </>
  )
}

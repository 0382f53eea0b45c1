export { pairCounts, PairCounts, type Edge } from './cooccurrence'
export { neighbourhood, topGraph, type Graph, type GraphNode, type GraphOptions } from './graph'
export { monthOf, monthsBetween, timeline, type DatedCount, type MonthFigure, type Timeline } from './months'
export { sentenceGroups } from './sentence-groups'

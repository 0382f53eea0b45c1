export { annText, bratFiles, fragments } from './serialize'
export { parseBrat } from './parse'

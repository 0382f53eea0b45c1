export { parseDoccano, type DoccanoRecord } from './parse'

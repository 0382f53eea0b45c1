export { TEI_NS, teiFiles } from './serialize'

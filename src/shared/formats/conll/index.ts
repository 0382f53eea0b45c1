export { conllFiles, conllVersion, type ConllVersion } from './serialize'
export { parseConll, type ParsedConll } from './parse'
export { tokenSentences, type Token } from './tokens'

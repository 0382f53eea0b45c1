export { segmentSentences, sentenceAround, type Sentence } from './sentences'
export { isUnspacedChar, isWholeWord, isWordBoundary, isWordChar, segmentWords, type Word } from './words'

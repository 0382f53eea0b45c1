export { Archive, summarize, textHash, type OpenOptions, type OpenReport } from './archive'

import { prefetch } from './api'

// Imported first by main.tsx, so these requests leave before the rest of the bundle runs and
// React renders; settings-, library- and archive-context take the answers as they mount.
prefetch(['getSettings', 'archiveInfo', 'listArticles'])

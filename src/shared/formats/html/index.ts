export { bundleIndexHtml, type IndexLocale } from './index-html'
export { escapeHtml } from './escape'

/** Text for HTML content and double-quoted attributes: every markup character escaped. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** A type name as a CSS class suffix: tag type names are [A-Z0-9_-], anything else is dropped. */
export const typeClass = (type: string): string => `t-${type.replace(/[^A-Za-z0-9_-]/g, '')}`

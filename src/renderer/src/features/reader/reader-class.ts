/**
 * The reader's class for a text in `lang`: Chinese and Japanese set a narrower measure. A
 * class rather than `.reader:has(:lang(zh))`, which the browser would re-check on every
 * change to the thousands of highlights inside.
 */
export const readerClass = (lang: string): string => (/^(zh|ja)\b/i.test(lang) ? 'reader reader--cjk' : 'reader')

import { createHash } from 'node:crypto'

/** Same text modulo Unicode normalisation and whitespace: how duplicates are recognised. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** sha256 hex of the normalised text. */
export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex')
}

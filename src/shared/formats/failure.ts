/**
 * Why an input could not be imported. Each code has a message under the `errors` namespace:
 * `errors:<code>`, e.g. `errors:import.empty` (nested JSON: { "import": { "empty": "…" } }),
 * with `{{param}}` interpolation from `params`. Both en and zh-CN carry every code.
 */
export const IMPORT_REASON_CODES = [
  'import.notFound',
  'import.notAFile',
  'import.unreadable',
  'import.empty',
  'import.tooLarge',
  'import.tooComplex',
  'import.tooManyParts',
  'import.outOfMemory',
  'import.timedOut',
  'import.textTooLarge',
  'import.outsideFolder',
  'import.binary',
  'import.invalidEncoding',
  'import.unsupportedType',
  'import.invalidJson',
  'import.noArticle',
  'import.writeFailed',
  'import.unexpected',
  'import.annMalformedLine',
  'import.annOffsetPastEnd',
  'import.annTextMismatch',
  'import.annUnknownId',
  'import.conllMalformedLine',
  'import.jsonLdInvalid',
  'import.jsonLdNoAnnotations',
  'import.doccanoMalformedLine',
  'import.doccanoOffsetPastEnd'
] as const
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number]

export type ReasonParams = Record<string, string | number>

/** Thrown by parsers and decoders for input that cannot be imported; the importer reports it. */
export class ImportFailure extends Error {
  constructor(
    readonly code: ImportReasonCode,
    readonly params: ReasonParams = {}
  ) {
    super(code)
    this.name = 'ImportFailure'
  }
}

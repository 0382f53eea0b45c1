/**
 * node:util parseArgs explains a bad option in English only; this reads which option it
 * was and what went wrong, for a translated message (keys under `cli:error.option`).
 */
export interface OptionError {
  key: 'unknown' | 'dashValue' | 'missingValue' | 'noValue' | 'invalid'
  option: string
}

export function describeOptionError(error: unknown): OptionError {
  const { code, message } = error as { code?: string; message?: string }
  const text = String(message ?? '')
  // "Option '-t, --type <value>' argument missing": the long name where there is one.
  const option = /--[\w-]+/.exec(text)?.[0] ?? /'(-[^\s',]+)/.exec(text)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { key: 'unknown', option }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (text.includes('ambiguous')) return { key: 'dashValue', option }
    if (text.includes('missing')) return { key: 'missingValue', option }
    if (text.includes('does not take')) return { key: 'noValue', option }
  }
  return { key: 'invalid', option }
}

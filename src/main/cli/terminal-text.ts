import type { CliIo } from './command'

/**
 * Control characters that a terminal obeys rather than shows: C0 (but tab and line feed), DEL
 * and C1. Printed raw, a title holding `ESC]0;…BEL` retitles the terminal, `ESC[2J` clears it,
 * a carriage return hides what came before it on the line.
 */
const isControl = (code: number): boolean => (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)

/** Text with its control characters written visibly (`\x1B`, `\x07`): safe to print. */
export function escapeControls(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isControl(code)) continue
    out += `${text.slice(from, i)}\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

/**
 * What a command prints for people, with every line made safe: archive content (titles,
 * sources, file names, quotes) comes from files anyone could have written. With `--json`,
 * stdout is left exact (JSON.stringify already escapes what a terminal would obey in it).
 */
export function safeIo(io: CliIo, json: boolean): CliIo {
  return {
    ...io,
    out: json ? io.out : (line) => io.out(escapeControls(line)),
    err: (line) => io.err(escapeControls(line)),
    ...(io.status ? { status: (line: string) => io.status!(escapeControls(line)) } : {})
  }
}

import type { AppError } from '@shared/ipc/result'
import { EXIT, type CliIo } from './command'

/** Prints an operation's error as one line (never a stack trace) and gives exit code 1. */
export function printFailure(io: CliIo, error: AppError): number {
  io.err(error.message)
  return EXIT.someFailed
}

/** Display width: CJK and other wide characters take two terminal columns. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1
  return width
}

function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text
  let out = ''
  for (const char of text) {
    if (displayWidth(out + char) > max - 1) break
    out += char
  }
  return `${out}…`
}

/** Left-aligned columns; the last column is cut to keep a row on one 120-column line. */
export function table(rows: string[][], maxWidth = 120): string[] {
  const columns = rows[0]?.length ?? 0
  const widths = Array.from({ length: columns - 1 }, (_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))))
  const used = widths.reduce((sum, w) => sum + w + 2, 0)
  return rows.map((row) => {
    const cells = row.slice(0, -1).map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell)))
    return [...cells, truncate(row[columns - 1] ?? '', Math.max(20, maxWidth - used))].join('  ').trimEnd()
  })
}

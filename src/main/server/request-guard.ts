import type { IncomingMessage } from 'node:http'
import { timingSafeEqual } from 'node:crypto'

/** Why a request is refused before it reaches an operation, or null when it may pass. */
export type Refusal = { status: 401 | 403 | 405 | 413; code: string } | null

/**
 * Only the loopback address we serve may be named in Host (DNS rebinding), and a browser
 * request from another origin is refused even before the token is checked.
 */
export function checkOrigin(req: IncomingMessage, port: number): Refusal {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowedHosts.includes(req.headers.host ?? '')) return { status: 403, code: 'server.badHost' }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`))
    return { status: 403, code: 'server.crossOrigin' }
  if (req.headers['sec-fetch-site'] === 'cross-site') return { status: 403, code: 'server.crossOrigin' }
  return null
}

export function checkToken(req: IncomingMessage, token: string): Refusal {
  const header = req.headers.authorization ?? ''
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '')
  const expected = Buffer.from(token)
  const valid = given.length === expected.length && timingSafeEqual(given, expected)
  return valid ? null : { status: 401, code: 'server.unauthorized' }
}

export class BodyTooLarge extends Error {}

/** Reads a request body, giving up as soon as it passes `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new BodyTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/** A FIFO, socket, device or folder where a document was expected. */
export class NotRegularFileError extends Error {
  constructor(
    readonly file: string,
    readonly what: string
  ) {
    super(`not a regular file (${what})`)
  }
}

function describeKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a named pipe'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a file'
}

/**
 * Reads a whole file, refusing anything that is not a regular file. Opening with O_NONBLOCK is
 * what keeps a named pipe from blocking the open forever (a plain readFile on a FIFO waits for
 * a writer that never comes, deaf to SIGTERM); fstat on the opened handle then answers for
 * exactly what was opened, with no race between a check and the read.
 */
export async function readRegularBytes(file: string): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new NotRegularFileError(file, describeKind(stats))
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

export async function readRegularFile(file: string): Promise<string> {
  return (await readRegularBytes(file)).toString('utf8')
}

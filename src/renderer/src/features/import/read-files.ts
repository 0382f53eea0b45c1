/** Turns what was dropped on the window (files and whole folders) into a flat list of files. */

// Minimal shapes of the File and Directory Entries API (webkitGetAsEntry), which TS lacks in full.
interface Entry {
  isFile: boolean
  isDirectory: boolean
  name: string
}
interface FileEntry extends Entry {
  file(success: (file: File) => void, failure: (error: unknown) => void): void
}
interface DirectoryEntry extends Entry {
  createReader(): { readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void }
}

const fileOf = (entry: FileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject))

async function childrenOf(entry: DirectoryEntry): Promise<Entry[]> {
  const reader = entry.createReader()
  const all: Entry[] = []
  // readEntries answers in batches (about 100 in Chromium) until it returns an empty one.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

async function walk(entry: Entry, out: File[]): Promise<void> {
  if (entry.isFile) {
    out.push(await fileOf(entry as FileEntry))
  } else if (entry.isDirectory) {
    for (const child of await childrenOf(entry as DirectoryEntry)) {
      // Hidden files (.DS_Store and the like) are never articles.
      if (!child.name.startsWith('.')) await walk(child, out)
    }
  }
}

export async function filesFromDataTransfer(data: DataTransfer): Promise<File[]> {
  // Entries must be taken synchronously, before the drop event's data store is closed.
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => (item.webkitGetAsEntry?.() as Entry | null) ?? null)
  if (entries.some((entry) => entry === null)) return Array.from(data.files)
  const out: File[] = []
  for (const entry of entries) await walk(entry as Entry, out)
  return out
}

/** A file's bytes as base64, for `importContent`. */
export async function toBase64(file: File): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
  return url.slice(url.indexOf(',') + 1)
}

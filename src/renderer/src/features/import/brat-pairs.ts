/** What pairing reads of a chosen or dropped file (a DOM File has both). */
interface Named {
  name: string
  webkitRelativePath?: string
}

/** One import: a file, and for a brat `.txt` the `.ann` chosen with it. */
export interface ImportItem<F extends Named = File> {
  file: F
  ann?: F
}

const pathOf = (file: Named): string => file.webkitRelativePath || file.name

/**
 * Pairs each brat `.ann` with the `.txt` of the same name (and folder) chosen or dropped with
 * it. An `.ann` without its `.txt` stays alone, so the import reports the missing text.
 */
export function pairBratFiles<F extends Named>(files: readonly F[]): ImportItem<F>[] {
  const anns = new Map<string, F>()
  for (const file of files) if (/\.ann$/i.test(file.name)) anns.set(pathOf(file).replace(/\.ann$/i, '').toLowerCase(), file)
  const used = new Set<F>()
  const items: ImportItem<F>[] = []
  for (const file of files) {
    if (/\.ann$/i.test(file.name)) continue
    const ann = /\.txt$/i.test(file.name) ? anns.get(pathOf(file).replace(/\.txt$/i, '').toLowerCase()) : undefined
    if (ann) used.add(ann)
    items.push(ann ? { file, ann } : { file })
  }
  for (const file of files) if (/\.ann$/i.test(file.name) && !used.has(file)) items.push({ file })
  return items
}

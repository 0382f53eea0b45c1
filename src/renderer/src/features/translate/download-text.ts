/**
 * Offers text as a file to save: the browser's download, and in Electron the same link, which
 * Electron answers with its save dialog (the app has no native save dialog of its own).
 */
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken the data by the next task; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

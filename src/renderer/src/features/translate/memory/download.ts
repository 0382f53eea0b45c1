/** Offers text to the user as a file download (the browser's, or Electron's save prompt). */
export function downloadText(fileName: string, text: string, type = 'application/x-tmx+xml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

/** The text selected in the focused field, or in the page; '' when nothing is. */
export function selectedText(): string {
  const active = document.activeElement
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) return value.slice(selectionStart, selectionEnd)
  }
  return window.getSelection()?.toString() ?? ''
}

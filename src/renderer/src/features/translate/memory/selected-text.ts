/** The text selected in the focused field, or in the page; '' when nothing is. */
export function selectedText(): string {
  const active = document.activeElement
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) return value.slice(selectionStart, selectionEnd)
  }
  return window.getSelection()?.toString() ?? ''
}

import type { CDPSession, Page } from 'playwright-core'
import { ms, percentile, taskMs } from './harness'

/**
 * Adding one annotation and undoing it in the open long article: main-thread task time from
 * the key press until the highlight count has changed (goal ≤ 16 ms each).
 */
export async function benchReaderEdits(page: Page, cdp: CDPSession): Promise<void> {
  // Highlights carry the ids of the annotations that start in them (data-heads).
  const count = () =>
    page.evaluate(() => new Set([...document.querySelectorAll<HTMLElement>('[data-heads]')].flatMap((e) => (e.dataset.heads ?? '').split(' '))).size)
  const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  if ((await count()) === 0) {
    console.log('reader edits: skipped (no highlight carries data-heads)')
    return
  }
  const adds: number[] = []
  const undos: number[] = []
  for (let i = 0; i < 5; i++) {
    // Select a word no annotation covers ("launching" in paragraph i) and tag it with "m" (MISC).
    await page.evaluate((index) => {
      const paragraph = document.querySelectorAll('[data-testid="article-text"] p')[index]!
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('launching')
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + 'launching'.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        document.dispatchEvent(new Event('selectionchange'))
        return
      }
    }, i)
    await page.mouse.move(5, 5)
    const before = await count()
    let t0 = await taskMs(cdp)
    await page.keyboard.press('m')
    await page.waitForFunction(
      (n) => new Set([...document.querySelectorAll<HTMLElement>('[data-heads]')].flatMap((e) => (e.dataset.heads ?? '').split(' '))).size > n,
      before
    )
    await settle()
    adds.push((await taskMs(cdp)) - t0)
    t0 = await taskMs(cdp)
    await page.keyboard.press('Control+z')
    await page.waitForFunction(
      (n) => new Set([...document.querySelectorAll<HTMLElement>('[data-heads]')].flatMap((e) => (e.dataset.heads ?? '').split(' '))).size === n,
      before
    )
    await settle()
    undos.push((await taskMs(cdp)) - t0)
  }
  console.log(`add one annotation, main-thread work: p50 ${ms(percentile(adds, 50))}, max ${ms(Math.max(...adds))} (goal ≤ 16 ms)`)
  console.log(`undo it, main-thread work: p50 ${ms(percentile(undos, 50))}, max ${ms(Math.max(...undos))} (goal ≤ 16 ms)`)
}

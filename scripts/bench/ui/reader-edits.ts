import type { CDPSession, Page } from 'playwright-core'
import { ms, percentile, taskMs } from './harness'

/**
 * Resolves in the page once the MISC filter chip's count changes (the same commit that adds
 * or removes the highlight), after two more frames so layout and paint are counted too. A
 * MutationObserver instead of polling: a poll would add its own main-thread work to the
 * figure. (No named inner functions: tsx would wrap them in a helper the page does not have.)
 */
const armChange = (page: Page) =>
  page.evaluate(() => {
    const chip = document.querySelector('[data-testid="chip-MISC"]')!
    const before = chip.textContent
    ;(window as unknown as { changed: Promise<void> }).changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (chip.textContent === before) return
        observer.disconnect()
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
      })
      observer.observe(chip, { childList: true, subtree: true, characterData: true })
    })
  })
const changed = (page: Page) => page.evaluate(() => (window as unknown as { changed: Promise<void> }).changed)

/**
 * The baseline, measured the same way in the same page: a key press that changes nothing,
 * then the same calls and two frames. What the harness itself costs the page.
 */
async function idleKey(page: Page, cdp: CDPSession): Promise<number> {
  await page.evaluate(() => {
    ;(window as unknown as { changed: Promise<void> }).changed = new Promise<void>((resolve) =>
      setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), 20)
    )
  })
  const t0 = await taskMs(cdp)
  await page.keyboard.press('Shift')
  await changed(page)
  return (await taskMs(cdp)) - t0
}

/**
 * Adding one annotation and undoing it in the open long article: main-thread task time from
 * the key press until the change is on screen (goal ≤ 16 ms each).
 */
export async function benchReaderEdits(page: Page, cdp: CDPSession): Promise<void> {
  if (!(await page.waitForSelector('[data-testid="chip-MISC"]', { timeout: 10_000 }).catch(() => null))) {
    console.log('reader edits: skipped (no MISC filter chip)')
    return
  }
  const adds: number[] = []
  const undos: number[] = []
  const idle: number[] = []
  for (let i = 0; i < 16; i++) {
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
        return
      }
    }, i)
    await page.mouse.move(5, 5)
    await page.waitForSelector('.palette', { timeout: 2000 }).catch(() => undefined)
    await armChange(page)
    let t0 = await taskMs(cdp)
    await page.keyboard.press('m')
    await changed(page)
    adds.push((await taskMs(cdp)) - t0)
    await armChange(page)
    t0 = await taskMs(cdp)
    await page.keyboard.press('Control+z')
    await changed(page)
    undos.push((await taskMs(cdp)) - t0)
    idle.push(await idleKey(page, cdp))
  }
  // The first rounds also compile the code paths they run.
  for (const list of [adds, undos, idle]) list.splice(0, 3)
  const floor = percentile(idle, 50)
  const net = (values: number[]) => `p50 ${ms(percentile(values, 50))} (${ms(percentile(values, 50) - floor)} above the baseline), p95 ${ms(percentile(values, 95))}`
  console.log(`baseline: a key press that changes nothing, measured the same way: p50 ${ms(floor)}`)
  console.log(`add one annotation, main-thread work: ${net(adds)} (goal ≤ 16 ms)`)
  console.log(`undo it, main-thread work: ${net(undos)} (goal ≤ 16 ms)`)
}

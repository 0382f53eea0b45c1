// UI benches in Chromium against the built app (`npm run build` first):
// - page load to a usable library at 10,000 articles (goal ≤ 300 ms after the server is up);
// - filter-as-you-type main-thread time per keystroke at 10,000 articles (goal ≤ 16 ms);
// - reader: first render of a 50,000-character article with 2,000 annotations (goal ≤ 200 ms);
// - translation editor: main-thread work per key typed with 2,000 segments open (goal ≤ 16 ms).
// Figures are printed against their goals, never asserted.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFixtureArchive } from './ui/fixture-archive'
import { ms, percentile, startHarness, taskMs } from './ui/harness'
import { benchReaderEdits } from './ui/reader-edits'
import { benchTranslateTyping } from './ui/translate-typing'

const COUNT = Number(process.argv[2] ?? 10_000)
if (!existsSync('out/main/cli.js') || !existsSync('out/renderer/index.html')) {
  console.log('not built: run `npm run build` first')
  process.exit(1)
}
const root = mkdtempSync(join(tmpdir(), 'scriptorium-bench-ui-'))
const archive = join(root, 'archive')
const { longId, translatedId } = writeFixtureArchive(archive, COUNT)
const harness = await startHarness(archive, join(root, 'home'))
const { page, cdp, url } = harness
const firstRow = '[data-testid="article-table"] [role="row"]:not(.table__row--head)'

try {
  // Page load → first article row in the DOM, stamped inside the page by a MutationObserver
  // (polling from outside would only see it at the next poll, up to 100 ms late).
  // (No named inner functions: tsx would wrap them in a helper the page does not have.)
  await page.addInitScript((selector) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return
      ;(window as unknown as { firstRowAt: number }).firstRowAt = performance.now()
      observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  }, firstRow)
  const loads: number[] = []
  for (let i = 0; i < 6; i++) {
    await page.goto(url)
    await page.waitForSelector(firstRow)
    loads.push(await page.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt))
  }
  loads.shift() // the first load also warms the server's caches
  console.log(`library usable after page load at ${COUNT} articles: p50 ${ms(percentile(loads, 50))}, max ${ms(Math.max(...loads))} (goal ≤ 300 ms)`)

  // Filter as you type: main-thread task time from each key press until the list has settled.
  const filter = page.getByRole('searchbox').first()
  await filter.click()
  const perKey: number[] = []
  for (const key of 'district 42') {
    const before = await taskMs(cdp)
    await page.keyboard.type(key)
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    perKey.push((await taskMs(cdp)) - before)
  }
  console.log(`filter-as-you-type main-thread work per keystroke: p50 ${ms(percentile(perKey, 50))}, p95 ${ms(percentile(perKey, 95))} (goal ≤ 16 ms)`)

  // Reader: navigate to the long article and wait for its last paragraph to be in the DOM.
  const renders: number[] = []
  for (let i = 0; i < 4; i++) {
    await page.goto(`${url}#/`)
    await page.waitForSelector(firstRow)
    const started = await page.evaluate((id) => {
      const t0 = performance.now()
      window.location.hash = `#/article/${id}`
      return t0
    }, longId)
    await page.waitForFunction(() => (document.querySelector('[data-testid="article-text"]')?.textContent ?? '').includes('Report 999999-99'))
    renders.push((await page.evaluate(() => performance.now())) - started)
  }
  console.log(`reader first render, 50,000 characters and 2,000 annotations: p50 ${ms(percentile(renders, 50))}, max ${ms(Math.max(...renders))} (goal ≤ 200 ms)`)
  await benchReaderEdits(page, cdp)
  await benchTranslateTyping(page, cdp, url, translatedId)
} finally {
  await harness.close()
  rmSync(root, { recursive: true, force: true })
}

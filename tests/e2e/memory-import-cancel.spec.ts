import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import type { AppDriver } from './support/app'
import { test } from './support/app-test'
import { REPO } from './support/server'

/**
 * A translator starts importing a large TMX into the memory, then thinks better of it: Cancel
 * stops the import, the dialog says (without error styling) that nothing was added, and the
 * memory's concordance finds none of the file's units. Importing the same file again works.
 */

const TITLE = '河西村举办丰收节'
const ARTICLE = `${TITLE}

9月22日，河西村在村文化广场举办第三届农民丰收节。
`
const MT = "On September 22, Hexi Village held the third Farmers' Harvest Festival in the village cultural square.\n"

function bigTmx(count: number): string {
  const units = Array.from(
    { length: count },
    (_, i) => `<tu><tuv xml:lang="zh"><seg>第${i}号村举办丰收节，共有${i % 300}名村民参加。</seg></tuv><tuv xml:lang="en"><seg>Village No. ${i} held a harvest festival with ${i % 300} villagers.</seg></tuv></tu>`
  )
  return `<tmx version="1.4"><header srclang="zh" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n${units.join('\n')}\n</body></tmx>`
}

/**
 * Starts importing `file` from the open memory dialog and presses Cancel a second in, while
 * the memory reads it (40,000 units take several seconds to parse).
 */
async function startThenCancel(app: AppDriver, file: string, shot?: string): Promise<void> {
  const { page } = app
  await page.getByTestId('import-tmx-file').setInputFiles(file)
  await expect(page.getByTestId('tmx-progress')).toContainText('big.tmx')
  await expect(page.getByTestId('cancel-tmx-import')).toBeEnabled()
  if (shot) await app.screenshot(shot)
  await page.waitForTimeout(1000)
  await page.getByTestId('cancel-tmx-import').click()
}

/** The concordance answers (the count appears) and finds none of the file's units. */
async function expectNoneOfItsUnits(page: Page, none: string): Promise<void> {
  await page.getByTestId('concordance-input').fill('第12345号村')
  await expect(page.getByTestId('concordance-count')).toHaveText(none, { timeout: 30_000 })
  await expect(page.getByTestId('concordance-hit')).toHaveCount(0)
}

async function openMemory(app: AppDriver): Promise<void> {
  await app.page.getByTestId('open-memory').click()
  await expect(app.page.getByTestId('memory-dialog')).toBeVisible()
}

test('a large TMX import cancelled mid-way adds nothing, says so in English and Chinese, and imports later', async ({ app, server }) => {
  test.setTimeout(180_000)
  const { page } = app
  await app.waitForLibrary()
  const article = join(server.tmp, 'hexi.txt')
  writeFileSync(article, ARTICLE)
  await app.importAndOpen(article, TITLE)
  await app.addTranslation(MT)
  const big = join(server.tmp, 'big.tmx')
  writeFileSync(big, bigTmx(40_000))

  await openMemory(app)
  await startThenCancel(app, big, 'memory-tmx-importing-en-light')
  const message = page.getByTestId('tmx-message')
  await expect(message).toHaveText('Import of big.tmx cancelled. Nothing was added to the memory.', { timeout: 60_000 })
  await expect(message).not.toHaveClass(/notice--error/)
  await expect(page.getByTestId('tmx-progress')).toBeHidden()
  await expectNoneOfItsUnits(page, '0 units hold it')
  const en = await app.screenshot('memory-tmx-cancelled-en-light')
  await page.keyboard.press('Escape')

  await app.reopenInTranslateEditor(TITLE, { language: 'zh-CN', theme: 'dark' })
  await openMemory(app)
  await startThenCancel(app, big)
  await expect(message).toHaveText('已取消导入 big.tmx，翻译记忆库中未添加任何内容。', { timeout: 60_000 })
  await expectNoneOfItsUnits(page, '0 个翻译单元包含该文本')
  const zh = await app.screenshot('memory-tmx-cancelled-zh-CN-dark')

  // The same file, not cancelled this time, lands whole.
  await page.getByTestId('import-tmx-file').setInputFiles(big)
  await expect(message).toContainText('已导入 big.tmx：新增 40000 个', { timeout: 120_000 })
  await page.getByTestId('concordance-input').fill('第12345号村')
  await expect(page.getByTestId('concordance-count')).toHaveText('1 个翻译单元包含该文本')
  await expect(page.getByTestId('concordance-hit')).toHaveCount(1)
  if (existsSync(en)) copyFileSync(en, join(REPO, 'docs/screenshots/memory-tmx-cancelled-en.png'))
  if (existsSync(zh)) copyFileSync(zh, join(REPO, 'docs/screenshots/memory-tmx-cancelled-zh-CN.png'))
})

import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import type { AppDriver } from './support/app'
import { test } from './support/app-test'
import { REPO } from './support/server'

/**
 * A TMX file a hand edit broke, imported from the memory dialog: the translator is told in
 * their language what is wrong and on which line and column, the parser's own words only as a
 * technical second line, and nothing is added to the memory.
 */

const TITLE = '河西村举办丰收节'
const ARTICLE = `${TITLE}

9月22日，河西村在村文化广场举办第三届农民丰收节。
`
const MT = "On September 22, Hexi Village held the third Farmers' Harvest Festival in the village cultural square.\n"

/** Line 5 closes <seg> with </tuv>. */
const BROKEN_TMX = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<tmx version="1.4"><header srclang="zh" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>',
  '<body>',
  '  <tu><tuv xml:lang="zh"><seg>河东村举办丰收节。</seg></tuv>',
  '      <tuv xml:lang="en"><seg>Hedong Village held a harvest festival.</tuv></tu>',
  '</body></tmx>'
].join('\n')

/** Imports the test article, adds its machine translation and opens the translate editor. */
async function openInTranslateEditor(app: AppDriver, tmp: string): Promise<void> {
  await app.waitForLibrary()
  const article = join(tmp, 'hexi.txt')
  writeFileSync(article, ARTICLE)
  await app.importAndOpen(article, TITLE)
  await app.addTranslation(MT)
  await expect(app.page.getByTestId('translate-editor')).toBeVisible()
}

test('a malformed TMX is refused naming the line, column and tags, in English and Chinese', async ({ app, server }) => {
  const { page } = app
  await openInTranslateEditor(app, server.tmp)
  const broken = join(server.tmp, 'hand-edited.tmx')
  writeFileSync(broken, BROKEN_TMX)

  await page.getByTestId('open-memory').click()
  await expect(page.getByTestId('memory-dialog')).toBeVisible()
  await page.getByTestId('import-tmx-file').setInputFiles(broken)
  const message = page.getByTestId('tmx-message')
  await expect(message).toContainText('hand-edited.tmx was not imported. Line 5, column 70: the closing tag </tuv> does not match the open tag <seg>.')
  await expect(page.getByTestId('tmx-message-detail')).toContainText('Technical detail (the XML parser’s words): Opening and ending tag mismatch')
  await expect(page.getByTestId('tmx-progress')).toBeHidden()
  // Nothing reached the memory.
  await page.getByTestId('concordance-input').fill('河东村')
  await expect(page.getByTestId('concordance-hit')).toHaveCount(0)
  const en = await app.screenshot('memory-tmx-error-en-light')
  await page.keyboard.press('Escape')

  await app.reopenInTranslateEditor(TITLE, { language: 'zh-CN', theme: 'dark' })
  await page.getByTestId('open-memory').click()
  await page.getByTestId('import-tmx-file').setInputFiles(broken)
  await expect(message).toContainText('未导入 hand-edited.tmx。第 5 行第 70 列：结束标签 </tuv> 与开始标签 <seg> 不匹配。')
  await expect(page.getByTestId('tmx-message-detail')).toContainText('技术细节（XML 解析器原文）：')
  const zh = await app.screenshot('memory-tmx-error-zh-CN-dark')
  if (existsSync(en)) copyFileSync(en, join(REPO, 'docs/screenshots/memory-tmx-error-en.png'))
  if (existsSync(zh)) copyFileSync(zh, join(REPO, 'docs/screenshots/memory-tmx-error-zh-CN.png'))
})

test('a large TMX shows how far its import has come, then what it added', async ({ app, server }) => {
  const { page } = app
  await openInTranslateEditor(app, server.tmp)
  const units = Array.from(
    { length: 20_000 },
    (_, i) => `<tu><tuv xml:lang="zh"><seg>第${i}号村举办丰收节，共有${i % 300}名村民参加。</seg></tuv><tuv xml:lang="en"><seg>Village No. ${i} held a harvest festival with ${i % 300} villagers.</seg></tuv></tu>`
  )
  const big = join(server.tmp, 'big.tmx')
  writeFileSync(big, `<tmx version="1.4"><header srclang="zh" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n${units.join('\n')}\n</body></tmx>`)

  await page.getByTestId('open-memory').click()
  await page.getByTestId('import-tmx-file').setInputFiles(big)
  await expect(page.getByTestId('tmx-progress')).toContainText(/big\.tmx/)
  await expect(page.getByTestId('tmx-progress')).toContainText(/of 20,000 units/, { timeout: 60_000 })
  await expect(page.getByTestId('tmx-message')).toContainText('Imported big.tmx: 20000 new', { timeout: 60_000 })
  await expect(page.getByTestId('tmx-progress')).toBeHidden()
  await page.getByTestId('concordance-input').fill('第12345号村')
  await expect(page.getByTestId('concordance-hit')).toHaveCount(1)
})

import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { test } from './support/app-test'
import type { AppDriver } from './support/app'
import { REPO } from './support/server'

/**
 * The translation memory as a translator meets it: a segment confirmed in one article is
 * offered, with its percentage and differences, on a similar segment of another article and
 * taken with Ctrl+I; a concordance search; the memory exported as TMX (a download).
 */

const HEXI = '河西村举办丰收节'
const HEXI_ZH = `${HEXI}

日期：2024年9月23日

9月22日，河西村在村文化广场举办第三届农民丰收节。市长李明出席活动并致辞。

李明说，今年全村农业收入达到三千五百万元，比去年增长百分之六点五。
`
const HEXI_FIRST_EN = "On September 22, Hexi Village held the third Farmers' Harvest Festival in the village cultural square."
const HEXI_MT = `${HEXI_FIRST_EN} Mayor Li Ming attended the event and delivered a speech.

Li Ming said that this year the village's agricultural income reached 35 million yuan, an increase of 6.5% over last year.
`
const HEDONG = '河东村举办丰收节'
const HEDONG_ZH = `${HEDONG}

日期：2024年9月30日

9月29日，河东村在村文化广场举办第三届农民丰收节。村民们表演了舞龙和秧歌。
`
const HEDONG_FIRST_MT = 'On September 29, Hedong village held the 3rd farmer harvest festival at the village culture square.'
const HEDONG_MT = `${HEDONG_FIRST_MT} The villagers performed a dragon dance and yangko.
`

const rows = (page: Page) => page.getByTestId('segment-row')

async function openArticle(app: AppDriver, title: string): Promise<void> {
  await app.openLibrary()
  await app.row(title).click()
  await expect(app.page.getByTestId('article-text')).toBeVisible()
}

async function addMt(app: AppDriver, mt: string): Promise<void> {
  await app.addTranslation(mt)
  await expect(app.page.getByTestId('translate-editor')).toBeVisible()
}

async function openEditor(page: Page): Promise<void> {
  await page.locator('input[name="reader-mode"][value="translate"]').check()
  await expect(page.getByTestId('translate-editor')).toBeVisible()
}

test('a confirmed segment is offered on a similar one and taken with Ctrl+I; concordance; TMX export', async ({ app, server }) => {
  const { page } = app
  await app.waitForLibrary()
  const files = [join(server.tmp, 'hexi.txt'), join(server.tmp, 'hedong.txt')]
  writeFileSync(files[0]!, HEXI_ZH)
  writeFileSync(files[1]!, HEDONG_ZH)
  await app.importFiles(files)
  await app.closeImport()

  // Article one: confirm its first segment.
  await openArticle(app, HEXI)
  await addMt(app, HEXI_MT)
  await rows(page).first().click()
  const editor = page.getByTestId('segment-editor')
  await expect(editor).toBeFocused()
  await editor.press('Control+Enter')
  await expect(rows(page).first()).toHaveAttribute('data-status', 'translated')
  await page.getByTestId('segment-editor').press('Escape')

  // Article two: the similar first segment is offered the confirmed one, 92 %.
  await openArticle(app, HEDONG)
  await addMt(app, HEDONG_MT)
  await rows(page).first().click()
  await expect(editor).toHaveValue(HEDONG_FIRST_MT)
  const match = page.getByTestId('memory-match')
  await expect(match).toHaveCount(1)
  await expect(match.getByTestId('match-score')).toHaveText('92%')
  await expect(match.getByTestId('match-target')).toHaveText(HEXI_FIRST_EN)
  await expect(match).toContainText(`from “${HEXI}”`)
  // The differences of the match's source from this segment are marked.
  await expect(match.getByTestId('match-source').locator('del')).toHaveText(['22', '西'])
  await expect(match.getByTestId('match-source').locator('ins')).toHaveText(['29', '东'])
  await app.screenshot('memory-matches-en-light')

  // Ctrl+I puts the match in the field; the field's undo takes it back; then it is taken and confirmed.
  await editor.press('Control+i')
  await expect(editor).toHaveValue(HEXI_FIRST_EN)
  await editor.press('Control+z')
  await expect(editor).toHaveValue(HEDONG_FIRST_MT)
  await editor.press('Control+Alt+1')
  await expect(editor).toHaveValue(HEXI_FIRST_EN)
  await editor.press('Control+Enter')
  await expect(rows(page).first()).toHaveAttribute('data-status', 'translated')
  await expect(rows(page).first().getByTestId('segment-target')).toHaveText(HEXI_FIRST_EN)
  // The second segment has nothing similar in the memory.
  await expect(page.getByTestId('memory-matches-empty')).toBeVisible()

  // The shortcut help names the memory's keys.
  await page.getByTestId('segment-editor').press('Escape')
  await page.keyboard.press('?')
  await expect(page.getByTestId('shortcut-help')).toContainText('Insert the best memory match')
  await page.keyboard.press('Escape')

  // Concordance (Ctrl+Shift+F): a Chinese word inside longer ones, then the target side.
  await page.keyboard.press('Control+Shift+F')
  const dialog = page.getByTestId('memory-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('concordance-input').fill('丰收')
  await expect(page.getByTestId('concordance-hit')).toHaveCount(2)
  await expect(page.getByTestId('concordance-hit').first().locator('mark')).toHaveText(['丰收'])
  await dialog.locator('input[name="concordance-side"][value="target"]').check({ force: true })
  await page.getByTestId('concordance-input').fill('harvest festival')
  await expect(page.getByTestId('concordance-hit')).toHaveCount(2)
  await expect(page.getByTestId('concordance-hit').first().locator('mark')).toHaveText(['Harvest Festival'])
  await app.screenshot('memory-concordance-en-light')

  // TMX export downloads a file holding both units.
  const download = page.waitForEvent('download')
  await page.getByTestId('export-tmx').click()
  const file = await download
  expect(file.suggestedFilename()).toBe('translation-memory.tmx')
  const saved = join(server.tmp, 'memory.tmx')
  await file.saveAs(saved)
  const tmx = readFileSync(saved, 'utf8')
  expect(tmx).toContain('<tmx version="1.4">')
  expect(tmx.match(/<tu /g)).toHaveLength(2)
  await expect(page.getByTestId('tmx-message')).toContainText('Exported 2 units')

  // TMX import from another tool: a summary; a file with a DOCTYPE is refused, saying why.
  const other = join(server.tmp, 'other-tool.tmx')
  writeFileSync(other, '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Volunteers cleaned the river bank</seg></tuv><tuv xml:lang="zh-CN"><seg>志愿者清理了河岸</seg></tuv></tu><tu><tuv xml:lang="en"><seg>No target</seg></tuv></tu></body></tmx>')
  await page.getByTestId('import-tmx-file').setInputFiles(other)
  await expect(page.getByTestId('tmx-message')).toContainText('Imported other-tool.tmx: 1 new, 0 already in the memory, 1 skipped')
  await page.getByTestId('concordance-input').fill('river bank')
  await dialog.locator('input[name="concordance-side"][value="source"]').check({ force: true })
  await expect(page.getByTestId('concordance-hit')).toContainText(['志愿者清理了河岸'])
  await expect(page.getByTestId('concordance-hit')).toContainText(['imported from TMX'])
  const hostile = join(server.tmp, 'hostile.tmx')
  writeFileSync(hostile, '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="en"/><body/></tmx>')
  await page.getByTestId('import-tmx-file').setInputFiles(hostile)
  await expect(page.getByTestId('tmx-message')).toContainText('declares a document type')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // zh-CN, dark: the match panel and the concordance.
  await app.openSettings()
  await app.choose('language', 'zh-CN')
  await app.choose('theme', 'dark')
  await openArticle(app, HEDONG)
  await openEditor(page)
  await rows(page).first().click()
  await expect(page.getByTestId('memory-match').getByTestId('match-score')).toHaveText('92%')
  await app.screenshot('memory-matches-zh-CN-dark')
  await page.getByTestId('segment-editor').press('Escape')
  await page.getByTestId('open-memory').click()
  await page.getByTestId('concordance-input').fill('文化广场')
  await expect(page.getByTestId('concordance-hit')).toHaveCount(2)
  await expect(page.getByTestId('concordance-count')).toContainText('2 个翻译单元')
  const shot = await app.screenshot('memory-concordance-zh-CN-dark')
  const matches = join(REPO, 'test-results/screenshots/memory-matches-en-light.png')
  if (existsSync(matches)) copyFileSync(matches, join(REPO, 'docs/screenshots/memory-matches.png'))
  if (existsSync(shot)) copyFileSync(shot, join(REPO, 'docs/screenshots/memory-concordance.png'))
})

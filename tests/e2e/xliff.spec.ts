import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { editAsCatTool } from '../fixtures/xliff/cat-tool'
import { test } from './support/app-test'
import type { AppDriver } from './support/app'
import type { Server } from './support/server'

/**
 * XLIFF round trip from the translation editor: export the translation for a CAT tool (the
 * downloaded file is XLIFF 2.1 with one unit per row), edit it as a tool would, import it back
 * and see the summary and the changed row; a hostile file is refused with a translated message.
 */

const TITLE = '柳溪村修缮百年石桥'
const ARTICLE = `${TITLE}

日期：2024年10月8日

来源：柳溪日报

10月7日，柳溪村完成了百年石桥的修缮工程。村主任王芳说，工程共用石料三百吨。

修缮后的石桥将于下周重新开放，方便两岸村民出行。
`
const MT = `On October 7, Liuxi Village completed the repair project of the century-old stone bridge. Village director Wang Fang said that the the project used 300 tons of stone.

The repaired stone bridge will reopen next week, making it easier for villagers on both banks to travel.
`

const rows = (page: Page) => page.getByTestId('segment-row')

async function openEditor(app: AppDriver, server: Server): Promise<void> {
  const { page } = app
  await app.waitForLibrary()
  const file = join(server.tmp, 'liuxi-bridge.txt')
  writeFileSync(file, ARTICLE)
  await app.importAndOpen(file, TITLE)
  await app.addTranslation(MT, 'TestMT')
  await expect(page.getByTestId('translate-editor')).toBeVisible()
  await expect(rows(page)).toHaveCount(3)
}

async function exportXliff(page: Page, version: '2.1' | '1.2'): Promise<string> {
  await page.getByTestId('xliff-export').click()
  const dialog = page.getByTestId('xliff-export-dialog')
  await expect(dialog).toBeVisible()
  await dialog.locator(`input[name="xliff-version"][value="${version}"]`).check()
  const download = page.waitForEvent('download')
  await page.getByTestId('xliff-export-submit').click()
  const file = await (await download).path()
  await expect(dialog).toBeHidden()
  return readFileSync(file, 'utf8')
}

test('export XLIFF from the editor, import the file a CAT tool edited, see the summary and the row', async ({ app, server }) => {
  const { page } = app
  await openEditor(app, server)

  await page.getByTestId('xliff-export').click()
  await expect(page.getByTestId('xliff-export-dialog')).toBeVisible()
  await app.screenshot('xliff-export-en-light')
  await page.getByTestId('xliff-export-dialog').press('Escape')
  await expect(page.getByTestId('xliff-export-dialog')).toBeHidden()

  const xml = await exportXliff(page, '2.1')
  expect(xml).toMatch(/<xliff [^>]*version="2\.1"[^>]*srcLang="zh"[^>]*trgLang="en"/)
  expect(xml.match(/<unit /g)).toHaveLength(3)
  expect(xml).toContain('<mtc:match ref="#s1" type="mt" origin="TestMT">')
  const older = await exportXliff(page, '1.2')
  expect(older).toContain('version="1.2"')
  expect(older.match(/<trans-unit /g)).toHaveLength(3)

  // The CAT tool fixes the doubled word, confirms that segment and leaves a note.
  const edited = editAsCatTool(xml, { 2: { replace: ['the the project', 'the project'], state: 'reviewed', note: 'Doubled word removed' } })
  const file = join(server.tmp, 'liuxi-bridge.en.xlf')
  writeFileSync(file, edited)
  await page.getByTestId('xliff-import-file').setInputFiles(file)
  const summary = page.getByTestId('xliff-import-summary')
  await expect(summary).toBeVisible()
  await expect(summary.getByTestId('xliff-updated')).toContainText('1')
  await expect(summary.getByTestId('xliff-unchanged')).toContainText('2')
  await expect(summary.getByTestId('xliff-unknown')).toContainText('0')
  await expect(summary.getByTestId('xliff-sourceChanged')).toContainText('0')
  await app.screenshot('xliff-import-summary-en-light')
  await page.getByTestId('xliff-import-close').click()
  await expect(summary).toBeHidden()
  const row = rows(page).nth(1)
  await expect(row).toHaveAttribute('data-status', 'reviewed')
  await expect(row.getByTestId('segment-target')).toHaveText('Village director Wang Fang said that the project used 300 tons of stone.')

  // A hostile file is refused with a translated message; nothing changes.
  const hostile = join(server.tmp, 'hostile.xlf')
  writeFileSync(hostile, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>')
  await app.reopenInTranslateEditor(TITLE, { language: 'zh-CN', theme: 'dark' })
  await expect(rows(page)).toHaveCount(3)
  await page.getByTestId('xliff-import-file').setInputFiles(hostile)
  await expect(page.getByTestId('xliff-import-error')).toContainText('文档类型')
  await app.screenshot('xliff-import-refused-zh-CN-dark')
  await page.getByTestId('xliff-import-close').click()
  await expect(rows(page).nth(1)).toHaveAttribute('data-status', 'reviewed')

  // The summary in Chinese: the file imported again changes nothing.
  await page.getByTestId('xliff-import-file').setInputFiles(file)
  await expect(summary.getByTestId('xliff-unchanged')).toContainText('3')
  await app.screenshot('xliff-import-summary-zh-CN-dark')
  await page.getByTestId('xliff-import-close').click()
  await app.reopenInTranslateEditor(TITLE, { theme: 'light' })
  await page.getByTestId('xliff-export').click()
  await expect(page.getByTestId('xliff-export-dialog')).toBeVisible()
  await app.screenshot('xliff-export-zh-CN-light')
})

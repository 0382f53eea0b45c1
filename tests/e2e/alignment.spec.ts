import { expect, type Page } from '@playwright/test'
import { test } from './support/app-test'
import { ApiClient } from './support/seed-entities'
import { MT, openEditor, placeInSource, rows, SOURCE, seedTranslatedArticle, selectInField } from './support/translated-article'

/**
 * Manual alignment correction in the editor: join a row with the next and split it again with
 * the keyboard, move a sentence across the boundary (target with the keys, source from the
 * menu), split the source at a chosen point, and undo each.
 */

/** Each row's source and target as shown (the active row's target from its field). */
async function pairs(page: Page): Promise<[string, string][]> {
  return rows(page).evaluateAll((elements) =>
    elements.map((row) => {
      const source = row.querySelector('[data-testid="active-source"]') ?? row.querySelector('[data-testid="segment-source"]')
      const field = row.querySelector('textarea')
      const target = field ? field.value : (row.querySelector('[data-testid="segment-target"]')?.textContent ?? '')
      const empty = source?.querySelector('.tr-row__empty')
      return [empty ? '' : (source?.textContent ?? ''), target.startsWith('(') ? '' : target] as [string, string]
    })
  )
}

const ORIGINAL: [string, string][] = SOURCE.map((s, i) => [s, MT[i]!])

test('split and join rows with the keyboard, move a boundary, split the source, undo', async ({ app, server, request }) => {
  const { page } = app
  await seedTranslatedArticle(new ApiClient(request, server.url))
  await page.reload()
  await openEditor(app)
  await expect.poll(() => pairs(page)).toEqual(ORIGINAL)
  await rows(page).nth(0).click()
  const field = page.getByTestId('segment-editor')
  await expect(field).toBeFocused()

  // Join with the next row (Ctrl+Alt+J), then split the translation at the caret (Ctrl+Alt+S).
  await field.press('Control+Alt+j')
  await expect(rows(page)).toHaveCount(3)
  await expect(field).toHaveValue(`${MT[0]} ${MT[1]}`)
  await selectInField(page, MT[0]!.length + 1)
  await field.press('Control+Alt+s')
  await expect.poll(() => pairs(page)).toEqual([[SOURCE[0]! + SOURCE[1]!, MT[0]], ['', MT[1]], ORIGINAL[2], ORIGINAL[3]])

  // The source's second sentence goes back to the second row, from the row's alignment menu.
  await page.getByTestId('alignment-menu').click()
  await app.screenshot('alignment-menu-en-light')
  await page.getByTestId('align-boundaryUp-source').click()
  await expect.poll(() => pairs(page)).toEqual(ORIGINAL)
  // Undo (Ctrl+Z) takes that back exactly; redo puts it again.
  await field.press('Control+z')
  await expect.poll(() => pairs(page)).toEqual([[SOURCE[0]! + SOURCE[1]!, MT[0]], ['', MT[1]], ORIGINAL[2], ORIGINAL[3]])
  await field.press('Control+Shift+z')
  await expect.poll(() => pairs(page)).toEqual(ORIGINAL)

  // Move the boundary on the target side: Ctrl+Alt+↓ takes the next row's sentence, Ctrl+Alt+↑ gives it back.
  await field.press('Control+Alt+ArrowDown')
  await expect.poll(() => pairs(page)).toEqual([[SOURCE[0], `${MT[0]} ${MT[1]}`], [SOURCE[1], ''], ORIGINAL[2], ORIGINAL[3]])
  await field.press('Control+Alt+ArrowUp')
  await expect.poll(() => pairs(page)).toEqual(ORIGINAL)

  // Split the third row's source at a point placed in it (after “周明远说，”) with Ctrl+Alt+S.
  await rows(page).nth(2).click()
  const source = rows(page).nth(2).getByTestId('active-source')
  await placeInSource(page, '周明远说，')
  await source.press('Control+Alt+s')
  await expect(rows(page)).toHaveCount(5)
  await expect.poll(() => pairs(page)).toEqual([ORIGINAL[0], ORIGINAL[1], ['周明远说，', MT[2]], ['今年全镇新建了五个农家书屋。', ''], ORIGINAL[3]])
  await app.screenshot('alignment-split-source-en-light')
  await source.press('Control+z')
  await expect.poll(() => pairs(page)).toEqual(ORIGINAL)

  // The shortcut help lists the alignment keys.
  await page.keyboard.press('F1')
  await expect(page.getByRole('dialog')).toContainText('Move the last sentence to the next segment')
  await page.keyboard.press('Escape')

  // Chinese interface, dark theme: the menu.
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await openEditor(app)
  await rows(page).nth(1).click()
  await page.getByTestId('alignment-menu').click()
  await expect(page.getByTestId('align-boundaryDown-source')).toHaveText('取入下一句段的第一句原文')
  await app.screenshot('alignment-menu-zh-CN-dark')
})

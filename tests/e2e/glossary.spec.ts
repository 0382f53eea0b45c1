import { expect } from '@playwright/test'
import { test } from './support/app-test'
import { ApiClient } from './support/seed-entities'
import { MT, openEditor, rows, seedTranslatedArticle, selectInField } from './support/translated-article'

/**
 * The registry as glossary: a registry name in the active row's source is underlined with its
 * English name in a tooltip and listed in the glossary strip; Alt+1 puts it at the caret
 * (after a space when the caret follows a word), undoable like typing, and the entity-name finding goes away; a name with no English
 * translation offers to add one.
 */

test('see a glossary term, insert it with Alt+1, and the entity-name finding goes away', async ({ app, server, request }) => {
  const { page } = app
  await seedTranslatedArticle(new ApiClient(request, server.url))
  await page.reload()
  await openEditor(app)
  await expect(rows(page)).toHaveCount(4)
  const finding = page.getByTestId('qa-finding').and(page.locator('[data-check="entity-name"]'))
  await expect(finding).toHaveCount(1)
  await expect(finding).toContainText('Zhou Mingyuan')

  await rows(page).nth(1).click()
  const field = page.getByTestId('segment-editor')
  await expect(field).toBeFocused()
  const term = rows(page).nth(1).getByTestId('glossary-term')
  await expect(term).toHaveText('周明远')
  await expect(term).toHaveAttribute('title', '周明远 → Zhou Mingyuan')
  const strip = page.getByTestId('glossary-strip')
  await expect(strip.getByTestId('glossary-entry')).toHaveCount(1)
  await expect(strip).toContainText('周明远')
  await app.screenshot('glossary-en-light')

  // Alt+1 replaces the selected mistranslation with the registry's name; the field's undo takes it back.
  const at = MT[1]!.indexOf('Zhou Ming Yuan')
  await selectInField(page, at, at + 'Zhou Ming Yuan'.length)
  await field.press('Alt+1')
  await expect(field).toHaveValue('Town mayor Zhou Mingyuan presented awards to the winning readers.')
  await field.press('Control+z')
  await expect(field).toHaveValue(MT[1]!)
  // With the space before it selected too, the caret follows "mayor": the term comes with its space.
  await selectInField(page, at - 1, at + 'Zhou Ming Yuan'.length)
  await field.press('Alt+1')
  await expect(field).toHaveValue('Town mayor Zhou Mingyuan presented awards to the winning readers.')
  await field.press('Control+Enter')
  await expect(rows(page).nth(1).getByTestId('segment-target')).toHaveText('Town mayor Zhou Mingyuan presented awards to the winning readers.')
  await expect(finding).toHaveCount(0)

  // A name with no English translation: add one from the strip.
  await rows(page).nth(0).click()
  const place = page.getByTestId('glossary-strip').getByTestId('glossary-entry')
  await expect(place).toContainText('柳塘镇')
  await page.getByRole('button', { name: 'Add a name in English' }).click()
  await page.getByRole('textbox', { name: 'Name of “柳塘镇” in English' }).fill('Liutang Town')
  await app.screenshot('glossary-add-name-en-light')
  await page.getByTestId('glossary-add-name').getByRole('button', { name: 'Save' }).click()
  await expect(place.getByRole('button', { name: 'Liutang Town' })).toBeVisible()
  await expect(rows(page).nth(0).getByTestId('glossary-term')).toHaveAttribute('title', '柳塘镇 → Liutang Town')

  // Chinese interface, dark theme.
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await openEditor(app)
  await rows(page).nth(2).click()
  await expect(page.getByTestId('glossary-strip')).toContainText('术语表')
  await app.screenshot('glossary-zh-CN-dark')
})

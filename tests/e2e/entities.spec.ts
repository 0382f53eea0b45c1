import { expect, test, type Page } from '@playwright/test'
import { AppDriver } from './support/app'
import { ApiClient, seedEntities } from './support/seed-entities'
import { startServer, type Server } from './support/server'

/**
 * The entity registry end to end: the list with counts, an entity page (KWIC mentions,
 * co-occurring entities), editing a record, merging and undoing, and the tag schema editor.
 * State is seeded through the same HTTP API the renderer uses.
 */

let server: Server
test.beforeEach(async () => {
  server = await startServer()
})
test.afterEach(async () => {
  await server.stop()
})

const rowOf = (page: Page, name: string) => page.getByTestId('entity-row').filter({ has: page.locator('.entity-row__name', { hasText: new RegExp(`^${name}$`) }) })

async function openEntities(page: Page) {
  await page.locator('a[href="#/entities"]').click()
  await expect(page.getByTestId('entity-table')).toBeVisible()
}

test('entity list, entity page, editing, merge and undo', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  const { ids } = await seedEntities(api)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()

  // The list: every entity, with its type, other-language names and mention count.
  await expect(page.getByTestId('sidebar-entity-count')).toHaveText('7')
  await openEntities(page)
  await expect(page.getByTestId('entity-row')).toHaveCount(7)
  await expect(rowOf(page, 'Dongpo District').getByTestId('entity-mentions')).toHaveText('2')
  await expect(rowOf(page, 'Qiao Yaping')).toContainText('乔亚平')
  await expect(rowOf(page, 'Qiao Yaping')).toContainText('PERSON')
  await expect(rowOf(page, 'Lanxia').getByTestId('entity-mentions')).toHaveText('1')
  // Sorted by mentions first; by name on request.
  await page.getByRole('button', { name: /^Name/ }).click()
  await expect(page.locator('.entity-row__name').first()).toHaveText('Dongpo District')
  await app.screenshot('entities-list-en')

  // Filtering by another language's name.
  await page.getByRole('searchbox').fill('乔')
  await expect(page.getByTestId('entity-row')).toHaveCount(1)
  await page.getByRole('searchbox').fill('nobody by this name')
  await expect(page.getByText('No entity matches “nobody by this name”')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filter' }).click()
  await expect(page.getByTestId('entity-row')).toHaveCount(7)

  // The entity page: mentions in context, articles, co-occurring entities.
  await rowOf(page, 'Qiao Yaping').click()
  await expect(page.locator('#entity-title')).toHaveText('Qiao Yaping')
  const mentions = page.getByTestId('mention')
  await expect(mentions).toHaveCount(2)
  await expect(mentions.first().locator('mark')).toHaveText('Qiao Yaping')
  await expect(mentions.first().locator('.entity-kwic__right')).toContainText('member of the Standing Committee')
  const cooccurring = page.getByTestId('cooccurring')
  await expect(cooccurring).toContainText('Dongpo District')
  await expect(cooccurring).toContainText('Shuiyue Subdistrict')
  await expect(cooccurring).toContainText('Fenghe City')
  await expect(page.getByTestId('entity-articles').locator('li')).toHaveCount(1)
  await app.screenshot('entities-page-en')

  // Editing in place: a malformed Wikidata id is named on its field; a good one becomes a link.
  await page.getByRole('button', { name: 'Edit record' }).click()
  await page.getByLabel('Wikidata').fill('X12')
  await page.getByLabel('Aliases').fill('Vice Mayor Qiao')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('A Wikidata id is Q followed by digits, e.g. Q42.')).toBeVisible()
  await app.screenshot('entities-edit-error-en')
  await page.getByLabel('Wikidata').fill('Q123456')
  await page.getByLabel('VIAF').fill('98765')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const wikidata = page.getByTestId('entity-identifiers').getByRole('link', { name: /Wikidata/ })
  await expect(wikidata).toHaveAttribute('href', 'https://www.wikidata.org/wiki/Q123456')
  await expect(wikidata).toHaveAttribute('target', '_blank')
  await expect(wikidata).toHaveAttribute('rel', /noopener/)
  await expect(page.getByTestId('entity-identifiers').getByRole('link', { name: /VIAF/ })).toHaveAttribute('href', 'https://viaf.org/viaf/98765')
  await expect(page.getByTestId('entity-record')).toContainText('Vice Mayor Qiao')
  // Ctrl+Z on the page undoes the edit; Ctrl+Shift+Z redoes it.
  await page.locator('.entity-page').focus()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('entity-identifiers')).not.toContainText('Q123456')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByTestId('entity-identifiers')).toContainText('Q123456')

  // A co-occurring entity opens its own page.
  await cooccurring.getByRole('link', { name: /Fenghe City/ }).click()
  await expect(page.locator('#entity-title')).toHaveText('Fenghe City')

  // Merge "Lanxia" into "Lanxia City": its mention and name move over; undo puts them back.
  await page.goto(`${new URL(server.url).origin}/#/entity/${ids.Lanxia}`)
  await expect(page.locator('#entity-title')).toHaveText('Lanxia')
  await page.getByRole('button', { name: 'Merge…' }).click()
  const dialog = page.getByTestId('merge-dialog')
  await dialog.getByRole('searchbox').fill('lanxia')
  await expect(dialog.getByTestId('merge-candidate')).toHaveCount(1)
  await dialog.getByTestId('merge-candidate').click()
  await expect(dialog.getByTestId('merge-confirm')).toContainText('1 mention of “Lanxia” will link to “Lanxia City”')
  await app.screenshot('entities-merge-en')
  await dialog.getByRole('button', { name: 'Merge into “Lanxia City”' }).click()
  await expect(page.locator('#entity-title')).toHaveText('Lanxia City')
  await expect(page.getByTestId('mention')).toHaveCount(2)
  await expect(page.getByTestId('entity-record')).toContainText('Lanxia')
  await expect(page.getByTestId('sidebar-entity-count')).toHaveText('6')
  await page.getByTestId('registry-undo').click()
  await expect(page.getByTestId('mention')).toHaveCount(1)
  await expect(page.getByTestId('sidebar-entity-count')).toHaveText('7')
  await openEntities(page)
  await expect(rowOf(page, 'Lanxia').getByTestId('entity-mentions')).toHaveText('1')

  // A mention opens its article in the reader.
  await rowOf(page, 'Gu Wenqiang').click()
  await page.getByTestId('mention').first().locator('.entity-kwic__open').click()
  await expect(page.locator('#article-title')).toContainText('Lanxia Launches')
})

test('split a mention off into its own entity', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  const { ids } = await seedEntities(api)
  await page.goto(server.url)
  await new AppDriver(page).waitForLibrary()
  await page.goto(`${new URL(server.url).origin}/#/entity/${ids['Gu Wenqiang']}`)
  await expect(page.getByTestId('mention')).toHaveCount(2)
  await page.getByTestId('mention').nth(1).getByRole('button', { name: /Split/ }).click()
  await expect(page.getByTestId('split-notice')).toBeVisible()
  await expect(page.getByTestId('mention')).toHaveCount(1)
  await expect(page.getByTestId('sidebar-entity-count')).toHaveText('8')
  await page.getByTestId('split-notice').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('mention')).toHaveCount(2)
  await expect(page.getByTestId('sidebar-entity-count')).toHaveText('7')
})

test('schema editor: rename keeps annotations, duplicate shortcut, delete a used type', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  await seedEntities(api)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  const before = await api.call<{ schema: { types: { name: string; color: string }[] } }>('getRegistry', {})
  const placeColor = before.schema.types.find((t) => t.name === 'PLACE')?.color

  await app.openSettings()
  const editor = page.locator('.schema-editor')
  await editor.getByRole('textbox', { name: 'Name of type 3' }).fill('LOCATION')
  await expect(editor.getByText('was PLACE')).toBeVisible()
  await editor.getByRole('button', { name: 'Save schema' }).click()
  await expect(page.getByTestId('schema-status')).toHaveText('Schema saved; 7 annotations updated.')

  // The annotations kept their colour under the new name, and so did the entities.
  const after = await api.call<{ schema: { types: { name: string; color: string }[] }; entities: { name: string; type: string }[] }>('getRegistry', {})
  expect(after.schema.types.find((t) => t.name === 'LOCATION')?.color).toBe(placeColor)
  expect(after.entities.find((e) => e.name === 'Dongpo District')?.type).toBe('LOCATION')
  const article = await api.call<{ doc: { annotations: { type: string }[] } }>('getArticle', { id: 'sample-4' })
  expect(article.doc.annotations.map((a) => a.type)).toEqual(['LOCATION', 'LOCATION'])
  await openEntities(page)
  await expect(rowOf(page, 'Dongpo District').locator('.entity-type-badge')).toHaveText('LOCATION')
  await app.openSettings()

  // A duplicate shortcut is refused with a translated message on the field.
  await editor.getByRole('textbox', { name: 'Shortcut of ORG' }).fill('p')
  await editor.getByRole('button', { name: 'Save schema' }).click()
  await expect(page.getByTestId('schema-error-types.1.shortcut')).toHaveText('“p” is already the shortcut of PERSON. Give each type its own key.')
  await editor.getByRole('textbox', { name: 'Shortcut of ORG' }).scrollIntoViewIfNeeded()
  await app.screenshot('schema-duplicate-en')
  await editor.getByRole('button', { name: 'Discard changes' }).click()

  // Deleting a type in use asks first, with the count; confirming deletes its annotation.
  await editor.getByRole('button', { name: 'Delete DATE' }).click()
  await editor.getByRole('button', { name: 'Save schema' }).click()
  await expect(page.getByTestId('schema-confirm')).toContainText('1 annotation uses the type DATE')
  await app.screenshot('schema-confirm-delete-en')
  await page.getByRole('button', { name: 'Delete DATE and its annotations' }).click()
  await expect(page.getByTestId('schema-status')).toHaveText('Schema saved; 1 annotation updated.')
  await expect(editor.getByTestId('schema-type')).toHaveCount(7)
  // Undo brings the type and its annotation back.
  await editor.getByTestId('registry-undo').click()
  await expect(editor.getByTestId('schema-type')).toHaveCount(8)
  const restored = await api.call<{ doc: { annotations: { type: string }[] } }>('getArticle', { id: 'sample-2' })
  expect(restored.doc.annotations.some((a) => a.type === 'DATE')).toBe(true)
})

test('screenshots in Chinese', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  const { ids } = await seedEntities(api)
  await api.call('updateEntity', { id: ids['Qiao Yaping'], identifiers: { wikidata: 'Q123456' }, aliases: ['乔副市长'] })
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.openSettings()
  await app.choose('language', 'zh-CN')
  await openEntities(page)
  await expect(page.locator('#entities-title')).toHaveText('实体')
  await expect(page.getByTestId('entities-count')).toHaveText('7 个实体')
  await app.screenshot('entities-list-zh-CN')
  await rowOf(page, 'Qiao Yaping').click()
  await expect(page.getByTestId('mention')).toHaveCount(2)
  await expect(page.getByTestId('entity-mention-count')).toHaveText('2 处提及')
  await app.screenshot('entities-page-zh-CN')
  await page.getByRole('button', { name: '合并…' }).click()
  await page.getByTestId('merge-candidate').first().click()
  await expect(page.getByTestId('merge-confirm')).toBeVisible()
  await app.screenshot('entities-merge-zh-CN')
  await page.keyboard.press('Escape')

  await app.openSettings()
  const editor = page.locator('.schema-editor')
  await editor.getByRole('textbox', { name: 'ORG 的快捷键' }).fill('p')
  await editor.getByRole('button', { name: '保存标注方案' }).click()
  await expect(page.getByTestId('schema-error-types.1.shortcut')).toHaveText('“p”已是 PERSON 的快捷键。请为每个类型设置不同的按键。')
  await editor.scrollIntoViewIfNeeded()
  await app.screenshot('schema-duplicate-zh-CN')
})

test('empty and error states', async ({ page }) => {
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await page.locator('a[href="#/entities"]').click()
  await expect(page.getByText('No entities yet')).toBeVisible()
  await expect(page.getByText(/Link a mention in the reader/)).toBeVisible()
  await app.screenshot('entities-empty-en')
  await page.goto(`${new URL(server.url).origin}/#/entity/e-missing`)
  await expect(page.getByRole('alert')).toContainText('There is no entity “e-missing” in the registry.')
  await app.screenshot('entities-missing-en')
})

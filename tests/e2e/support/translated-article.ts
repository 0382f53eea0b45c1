import { expect, type Page } from '@playwright/test'
import type { AppDriver } from './app'
import type { ApiClient } from './seed-entities'

/** A Chinese article written for these tests, its English MT (one name mistranslated) and two registry entities. */
export const TITLE = '柳塘镇举办秋季读书节'
const ARTICLE = `${TITLE}

日期：2024年10月13日

来源：柳塘新闻网

10月12日，柳塘镇在镇图书馆举办秋季读书节。镇长周明远为获奖读者颁奖。

周明远说，今年全镇新建了五个农家书屋。读书节为期两周。
`
export const MT = [
  'On October 12, Liutang Town held an autumn reading festival at the town library.',
  'Town mayor Zhou Ming Yuan presented awards to the winning readers.',
  'Zhou Mingyuan said that five new rural libraries were built in the town this year.',
  'The reading festival lasts two weeks.'
]
export const SOURCE = ['10月12日，柳塘镇在镇图书馆举办秋季读书节。', '镇长周明远为获奖读者颁奖。', '周明远说，今年全镇新建了五个农家书屋。', '读书节为期两周。']

/**
 * Imports the article, adds its MT, registers 周明远 (with an English name) and 柳塘镇
 * (without one), and tags the first 周明远 in the source, linked to its entity.
 */
export async function seedTranslatedArticle(api: ApiClient): Promise<{ id: string }> {
  const { id } = await api.call<{ id: string }>('importContent', { name: 'liutang-reading.txt', data: Buffer.from(ARTICLE).toString('base64') })
  await api.call('addTranslation', { articleId: id, lang: 'en', text: `${MT[0]} ${MT[1]}\n\n${MT[2]} ${MT[3]}\n`, engine: 'TestMT' })
  const zhou = await api.call<{ id: string }>('createEntity', { type: 'PERSON', name: '周明远', names: { zh: '周明远', en: 'Zhou Mingyuan' } })
  await api.call('createEntity', { type: 'PLACE', name: '柳塘镇', names: { zh: '柳塘镇' } })
  const view = await api.call<{ doc: { versions: { text: string }[] } }>('getArticle', { id })
  const text = view.doc.versions[0]!.text
  const start = Array.from(text.slice(0, text.indexOf('周明远'))).length
  await api.call('addAnnotation', { articleId: id, start, end: start + 3, type: 'PERSON', entity: zhou.id })
  return { id }
}

export const rows = (page: Page) => page.getByTestId('segment-row')

/** Opens the article's translation editor from the library. */
export async function openEditor(app: AppDriver): Promise<void> {
  await app.row(TITLE).click()
  await expect(app.page.getByTestId('article-text')).toBeVisible()
  await app.page.locator('input[name="reader-mode"][value="translate"]').check()
  await expect(app.page.getByTestId('translate-editor')).toBeVisible()
}

/** Puts the caret (or a selection) of the active row's text field at code units [start, end). */
export async function selectInField(page: Page, start: number, end = start): Promise<void> {
  await page.evaluate(`(() => {
    const field = document.querySelector('[data-testid="segment-editor"]')
    field.focus()
    field.setSelectionRange(${start}, ${end})
  })()`)
}

/** Places a collapsed selection in the active row's source just after `before` (plain text up to the point). */
export async function placeInSource(page: Page, before: string): Promise<void> {
  await page.evaluate(`((before) => {
    const element = document.querySelector('[data-testid="active-source"]')
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let seen = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent.length
      if (seen + length >= before.length) {
        const range = document.createRange()
        range.setStart(node, before.length - seen)
        range.collapse(true)
        window.getSelection().removeAllRanges()
        window.getSelection().addRange(range)
        element.focus()
        return
      }
      seen += length
    }
  })(${JSON.stringify(before)})`)
}

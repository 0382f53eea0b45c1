import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HEXI } from '../../../fixtures/news'
import type { TestApp } from '../annotation/helpers'

/** A second harvest article, one sentence close to Hexi's first (two tokens of 25 differ). */
export const HEDONG_ZH = `河东村举办丰收节

日期：2024年9月30日

来源：松梅日报网

9月29日，河东村在村文化广场举办第三届农民丰收节。村民们表演了舞龙和秧歌。
`
export const HEDONG_MT = "On September 29, Hedong Village held the third Farmers' Harvest Festival in the village cultural square. The villagers performed a dragon dance and yangko.\n"
export const HEXI_FIRST = '9月22日，河西村在村文化广场举办第三届农民丰收节。'
export const HEXI_FIRST_EN = "On September 22, Hexi Village held the third Farmers' Harvest Festival in the village cultural square."
export const HEDONG_FIRST = '9月29日，河东村在村文化广场举办第三届农民丰收节。'

/** Hexi with its MT, its first row confirmed; Hedong with its MT, nothing confirmed. */
export async function twoHarvests(app: TestApp, dir: string): Promise<{ hexi: string; hedong: string; hexiRows: string[]; hedongRows: string[] }> {
  const hedongFile = join(dir, 'hedong-zh.txt')
  await writeFile(hedongFile, HEDONG_ZH)
  const [a, b] = await app.ok('importFiles', { paths: [HEXI.zh, hedongFile] })
  const hexi = a!.id!
  const hedong = b!.id!
  await app.ok('addTranslation', { articleId: hexi, lang: 'en', text: await readFile(HEXI.mt, 'utf8') })
  await app.ok('addTranslation', { articleId: hedong, lang: 'en', text: HEDONG_MT })
  const hexiRows = (await app.ok('getSegments', { articleId: hexi, lang: 'en' })).rows.map((r) => r.id)
  const hedongRows = (await app.ok('getSegments', { articleId: hedong, lang: 'en' })).rows.map((r) => r.id)
  await app.ok('postEdit', { articleId: hexi, lang: 'en', rowId: hexiRows[0]!, status: 'translated' })
  return { hexi, hedong, hexiRows, hedongRows }
}

/** A one-unit TMX imported before the one a test cancels: what must stay in the memory. */
export const EARLIER_TMX = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>The park opens</seg></tuv><tuv xml:lang="zh"><seg>公园开放</seg></tuv></tu></body></tmx>`

/** A TMX of `count` units whose sources all hold 丰收节 and number N as 第N号村. */
export function bigTmx(count: number): string {
  const units = Array.from(
    { length: count },
    (_, i) => `<tu><tuv xml:lang="zh"><seg>第${i}号村举办丰收节，共有${i % 300}名村民参加。</seg></tuv><tuv xml:lang="en"><seg>Village No. ${i} held a harvest festival with ${i % 300} villagers.</seg></tuv></tu>`
  )
  return `<tmx version="1.4"><header srclang="zh"/><body>\n${units.join('\n')}\n</body></tmx>`
}

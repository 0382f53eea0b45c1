import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../../src/main/i18n'
import { bundleIndexHtml } from '@shared/formats/html'
import { parseXml } from '@shared/formats/xml/safe-xml'
import { richDoc, richInput } from '../interchange-fixture'

const en = bundleIndexHtml([richInput()], { lang: 'en', t: createTranslator('en') })
const zh = bundleIndexHtml([richInput()], { lang: 'zh-CN', t: createTranslator('zh-CN') })

describe('data/index.html', () => {
  it('escapes every value from the archive: a hostile title stays text', () => {
    expect(en).not.toContain('<script')
    expect(en).toContain('Hu Tao &lt;script&gt;alert(1)&lt;/script&gt; in Fuxin &amp; more')
    const hostile = richDoc()
    hostile.versions[0] = { ...hostile.versions[0]!, text: '<img src=x onerror=alert(1)>' }
    hostile.annotations = []
    hostile.alignments = []
    const html = bundleIndexHtml([richInput(hostile)], { lang: 'en', t: createTranslator('en') })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('is self-contained: no script, no remote resource, inline CSS', () => {
    expect(en).not.toMatch(/<script|<link|<img|src=|url\(|@import|https?:\/\//i)
    expect(en).toContain('<style>')
    // Well-formed enough for an XML reader, so no tag is left open.
    expect(() => parseXml(en.replace('<!DOCTYPE html>\n', '').replace('<meta charset="utf-8">', '<meta charset="utf-8"/>').replace(/(<meta name="viewport"[^>]*)>/, '$1/>'))).not.toThrow()
  })

  it('colours mentions per type with a legend, nesting overlapping ones', () => {
    expect(en).toContain('mark.t-PERSON { background: #e0607e33; border-bottom: 2px solid #e0607e; }')
    expect(en).toContain('<span class="chip t-PERSON" title="">PERSON</span>')
    expect(en).toContain('<mark class="t-PERSON" title="PERSON">胡涛</mark>')
    expect(en).toContain('<mark class="t-PLACE" title="PLACE"><mark class="t-PLACE" title="PLACE">阜新</mark></mark><mark class="t-PLACE" title="PLACE">市</mark>')
  })

  it('shows aligned segments side by side, the entities and the relations', () => {
    expect(en).toContain('<th>Original (zh)</th><th>Translation (en, machine)</th>')
    expect(en).toMatch(/<tr><td lang="zh">区委书记<mark[^>]*>胡涛<\/mark>同志在.*?<\/td><td lang="en">District party secretary Comrade <mark[^>]*>Hu Tao<\/mark>/)
    expect(en).toContain('<strong>Hu Tao</strong> (胡涛) <span class="id">wikidata: Q42</span>')
    expect(en).toContain('雷锋纪念馆 → <em>located-in</em> → 抚顺')
  })

  it('translates its headings (en and zh-CN)', () => {
    expect(en).toContain('<h1>Annotated articles</h1>')
    expect(zh).toContain('<html lang="zh-CN">')
    expect(zh).toContain('<h1>标注文章</h1>')
    expect(zh).toContain('<th>原文（zh）</th><th>译文（en，机器翻译）</th>')
    expect(zh).toContain('<h3>实体</h3>')
  })

  it('gives each article its own section, linked from the contents', () => {
    const second = richDoc()
    second.article = { ...second.article, id: 'art2', title: 'Second' }
    const html = bundleIndexHtml([richInput(), richInput(second)], { lang: 'en', t: createTranslator('en') })
    expect(html.match(/<section id="article-/g)).toHaveLength(2)
    expect(html).toContain('<li><a href="#article-art2">Second</a></li>')
    expect(html).toContain('Articles: 2')
  })
})

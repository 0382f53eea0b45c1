import { describe, expect, it } from 'vitest'
import { ImportFailure } from '@shared/formats/failure'
import { parseHtml } from '../../../../../src/main/services/import/html'

const PAGE = `<!doctype html>
<html lang="en"><head>
  <title>Songmei lights its lantern month | Daily Planet</title>
  <meta property="og:site_name" content="The Daily Planet">
  <meta property="article:published_time" content="2023-03-06T08:00:00+08:00">
  <link rel="canonical" href="https://example.com/news/songmei">
  <style>.SECRETSTYLE { color: red }</style>
  <script>var SECRETSCRIPT = 1</script>
</head><body>
  <nav class="site-nav"><a href="/">SECRETNAV Home</a> <a href="/sport">Sport</a></nav>
  <div role="navigation"><a href="/a">SECRETROLE</a></div>
  <main><article>
    <h1>Songmei lights its lantern month</h1>
    <p>On the morning of April 11, volunteers filled Jinlan Lake Square for the opening of the lantern month, and the square was lively and lively until noon.</p>
    <p>The secretary of the Municipal Party Committee presented the flag<br>to the volunteer teams, and announced the <b>official launch</b> of the <a href="/event">event</a>.</p>
    <script>document.write('SECRETINLINE')</script>
    <noscript>SECRETNOSCRIPT</noscript>
    <p>After the ceremony, the leaders visited the exhibition of volunteer services and talked with the volunteers about their work in the communities.</p>
  </article></main>
  <footer><nav>SECRETFOOTERNAV</nav></footer>
</body></html>`

describe('parseHtml', () => {
  it('extracts the article, its title, source, date and canonical url', () => {
    const a = parseHtml(PAGE)
    expect(a.title).toBe('Songmei lights its lantern month')
    expect(a.source).toBe('The Daily Planet')
    expect(a.date).toBe('2023-03-06T08:00:00+08:00')
    expect(a.url).toBe('https://example.com/news/songmei')
    const paragraphs = a.text.split('\n\n')
    expect(paragraphs[0]).toMatch(/^On the morning of April 11, volunteers filled/)
    expect(a.text).toContain('presented the flag\nto the volunteer teams, and announced the official launch of the event.')
    expect(paragraphs.at(-1)).toMatch(/in the communities\.$/)
  })

  it('lets no script, style or navigation text survive', () => {
    expect(parseHtml(PAGE).text).not.toMatch(/SECRET|color: red|document\.write/)
  })

  it('reads a <time datetime> when there is no date meta, and a Chinese page', () => {
    const a = parseHtml(`<html><head><title>阜新市启动学雷锋活动</title></head><body><article><h1>阜新市启动学雷锋活动</h1>
      <time datetime="2023-03-06">3月6日</time>
      <p>3月5日上午，我市在玉龙湖广场举行“温暖阜新、聚力新突破”学雷锋志愿服务活动启动仪式，深入学习贯彻习近平总书记关于弘扬雷锋精神的重要指示精神。</p>
      <p>市委书记出席启动仪式，向党员志愿服务队代表授旗，并宣布活动正式启动。</p></article></body></html>`)
    expect(a.title).toBe('阜新市启动学雷锋活动')
    expect(a.date).toBe('2023-03-06')
    expect(a.text).toContain('3月5日上午，我市在玉龙湖广场举行')
  })

  it.each([
    ['navigation only', '<html><head><title>Home</title></head><body><nav><a href="/">Home</a><a href="/a">About us</a></nav><script>var x = "a long script that is not an article at all"</script></body></html>'],
    ['an empty body', '<html><head><title>Nothing here</title></head><body></body></html>'],
    ['a list of links', `<html><body><div>${Array.from({ length: 30 }, (_, i) => `<a href="/n${i}">Headline number ${i} of the index page</a><br>`).join('')}</div></body></html>`]
  ])('refuses a page with no article: %s', (_, html) => {
    expect(() => parseHtml(html)).toThrow(ImportFailure)
    try {
      parseHtml(html)
    } catch (error) {
      expect((error as ImportFailure).code).toBe('import.noArticle')
    }
  })
})

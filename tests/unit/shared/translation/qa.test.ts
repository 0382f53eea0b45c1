import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from '@shared/i18n/resources'
import { QA_CHECKS, runQa, type QaCheck, type QaFinding, type QaRow } from '@shared/translation/qa'

let next = 0
/** A zh→en row; `source: null` makes it monolingual (the article's own text is MT). */
function row(source: string | null, target: string, ignored: string[] = []): QaRow {
  return { id: `r${++next}`, source, target, sourceLang: source === null ? null : 'zh', targetLang: 'en', ignored }
}

const only = (check: QaCheck, rows: QaRow[], options?: Parameters<typeof runQa>[1]): QaFinding[] =>
  runQa(rows, options).filter((f) => f.check === check)

describe('numbers', () => {
  it('lets a rank be worded (第三届 "the third"), yet still compares ranks that have a counterpart', () => {
    expect(only('numbers', [row('村里举办第三届丰收节。', 'The village held the third harvest festival.')])).toEqual([])
    expect(only('numbers', [row('这是建党100周年。', 'This is the 100th anniversary of the Party.')])).toEqual([])
    expect(only('numbers', [row('第三届有120人参加。', 'The third session had 210 participants.')])[0]?.params).toEqual({ source: '120', target: '210' })
  })

  it('reads a rank before a noun (第二中学 "No. 2 Middle School") as its number, not as a number only in the translation', () => {
    expect(only('numbers', [row('她是县第二中学教师。', 'She teaches at the County No. 2 Middle School.')])).toEqual([])
    expect(only('numbers', [row('第二十届有2人获奖。', 'At the 20th session 3 people won.')])[0]?.params).toEqual({ source: '2', target: '3' })
    expect(only('numbers', [row('她是县第二中学教师。', 'She teaches at the County No. 3 Middle School.')])[0]?.params).toEqual({ source: '—', target: '3', context: 'targetOnly' })
  })

  it('passes numbers that agree across writing systems', () => {
    expect(only('numbers', [row('全区投入三千五百万元。', 'The district invested 35 million yuan.')])).toEqual([])
    expect(only('numbers', [row('增长百分之六点五。', 'It grew by 6.5%.')])).toEqual([])
    expect(only('numbers', [row('共有二十四人，花费1.5亿元。', 'Twenty-four people took part, at a cost of 150 million yuan.')])).toEqual([])
    expect(only('numbers', [row('两千零二十四年，3万人参加。', 'In 2024, 30,000 people took part.')])).toEqual([])
  })

  it('flags a number the translation gets wrong', () => {
    const [finding] = only('numbers', [row('全区投入三千五百万元。', 'The district invested 3.5 million yuan.')])
    expect(finding).toMatchObject({ segment: 1, check: 'numbers', severity: 'error', params: { source: '三千五百万', target: '3.5 million' } })
  })

  it('flags a number dropped or added', () => {
    expect(only('numbers', [row('共有十二人参加。', 'People took part.')])[0]?.params).toEqual({ source: '十二', target: '—', context: 'sourceOnly' })
    expect(only('numbers', [row('很多人参加。', 'Some 200 people took part.')])[0]?.params).toEqual({ source: '—', target: '200', context: 'targetOnly' })
  })

  it('words a number or an end mark present on one side only, in both languages, never showing “—” as if it were in the text', async () => {
    const t = i18next.createInstance()
    await t.init({ resources, ns: ['translate'], interpolation: { escapeValue: false } })
    const findings = runQa([row('共有十二人参加。', 'People took part.'), row('很多人参加。', 'Some 200 people took part.'), row('会议结束。', 'The meeting ended')])
    for (const lng of ['en', 'zh-CN']) {
      const messages = findings.map((f) => t.t(`qa.message.${f.check}`, { ...f.params, lng, ns: 'translate' }))
      expect(messages).toHaveLength(3)
      for (const message of messages) expect(message).not.toContain('—')
      expect(messages.join(' ')).toContain('200')
      expect(messages.join(' ')).toContain('十二')
    }
  })

  it('does not read numeral characters that are words as numbers', () => {
    expect(only('numbers', [row('这十分重要，千万不要忘记。', 'This is very important; never forget it.')])).toEqual([])
  })

  it('has nothing to compare on a monolingual row', () => {
    expect(only('numbers', [row(null, 'The district invested 3.5 million yuan.')])).toEqual([])
  })
})

describe('doubled-word', () => {
  it('flags "the the" and reduplication across a conjunction', () => {
    expect(only('doubled-word', [row('电影开始了。', 'The the film began.')])[0]).toMatchObject({ severity: 'warning', params: { words: 'The the' } })
    expect(only('doubled-word', [row('这部电影很有趣。', 'The film was entertaining and entertaining.')])[0]?.params).toEqual({
      words: 'entertaining and entertaining'
    })
    expect(only('doubled-word', [row(null, 'It was very very good.')])).toHaveLength(1)
  })

  it('stays quiet when the source repeats too, or the double is grammatical', () => {
    expect(only('doubled-word', [row('这部电影非常非常好看。', 'The film was very very good.')])).toEqual([])
    expect(only('doubled-word', [row('他受够了。', 'He had had enough.')])).toEqual([])
    expect(only('doubled-word', [row('他们一起走了。', 'They walked and talked together.')])).toEqual([])
  })

  it('flags a doubled particle in a Chinese target but not ordinary reduplication', () => {
    const zh = (target: string): QaRow => ({ id: `r${++next}`, source: 'We talked.', target, sourceLang: 'en', targetLang: 'zh', ignored: [] })
    expect(only('doubled-word', [zh('我们的的朋友来了。')])).toHaveLength(1)
    expect(only('doubled-word', [zh('我们谈了谈，看看情况。')])).toEqual([])
  })
})

describe('empty', () => {
  it('flags an empty target as an error', () => {
    expect(only('empty', [row('会议结束。', '  ')])[0]).toMatchObject({ check: 'empty', severity: 'error', params: {} })
    expect(only('empty', [row(null, '')])).toHaveLength(1)
  })

  it('does not flag a translated row or a row with nothing to translate', () => {
    expect(only('empty', [row('会议结束。', 'The meeting ended.')])).toEqual([])
    expect(only('empty', [row('', '')])).toEqual([])
  })
})

describe('same-as-source', () => {
  it('flags a target copied from the source', () => {
    expect(only('same-as-source', [row('新阳区召开会议。', '新阳区召开会议。')])[0]).toMatchObject({ severity: 'warning' })
    expect(only('same-as-source', [row('Press release from the council', 'Press release  from the council')])).toHaveLength(1)
  })

  it('lets a lone name, acronym or number stay as it is', () => {
    expect(only('same-as-source', [row('CCTV', 'CCTV')])).toEqual([])
    expect(only('same-as-source', [row('2024', '2024')])).toEqual([])
    expect(only('same-as-source', [row('会议结束。', 'The meeting ended.')])).toEqual([])
  })
})

describe('brackets', () => {
  it('flags unbalanced brackets and quotes', () => {
    expect(only('brackets', [row('会议（扩大）结束。', 'The (enlarged meeting ended.')])[0]).toMatchObject({ params: { chars: '(' } })
    expect(only('brackets', [row('他说：“好。”', 'He said: "Good.')])[0]?.params).toEqual({ chars: '"' })
    expect(only('brackets', [row('结束。', 'It ended.) Then')])[0]?.params).toEqual({ chars: ')' })
  })

  it('accepts balanced ones, other kinds of pairs across languages, and quotations that span segments', () => {
    expect(only('brackets', [row('他说：「好。」', 'He said: “Good.”')])).toEqual([])
    expect(only('brackets', [row('《人民日报》报道。', "The People's Daily reported it.")])).toEqual([])
    // Curly apostrophes are not quotes.
    expect(only('brackets', [row('计划没有通过。', 'The council’s plan didn’t pass.')])).toEqual([])
    // The quotation opens here and closes in the next segment, on both sides.
    expect(only('brackets', [row('他说：“我们来了。', 'He said: "We have come.')])).toEqual([])
  })
})

describe('end-punctuation', () => {
  it('flags a question that became a statement and a missing stop', () => {
    expect(only('end-punctuation', [row('你来吗？', 'Are you coming.')])[0]).toMatchObject({ severity: 'info', params: { source: '？', target: '.' } })
    expect(only('end-punctuation', [row('会议结束。', 'The meeting ended')])[0]?.params).toEqual({ source: '。', target: '—', context: 'targetNone' })
  })

  it('accepts the same kind of ending in either script, behind closing quotes', () => {
    expect(only('end-punctuation', [row('他说：“好。”', 'He said: "Good."')])).toEqual([])
    expect(only('end-punctuation', [row('真的吗？！', 'Really?!')])).toEqual([])
    expect(only('end-punctuation', [row('标题', 'Headline')])).toEqual([])
    expect(only('end-punctuation', [row(null, 'No source to compare')])).toEqual([])
  })
})

describe('length', () => {
  const article = (): QaRow[] => [
    row('新阳区今天召开防汛工作会议。', 'Xinyang District held a flood-control meeting today.'),
    row('今年全区共投入资金用于河道整治。', 'This year the district invested funds in river works.'),
    row('工程预计在十月底完工，居民们表示欢迎。', 'The project should be finished by late October; residents welcomed it.'),
    row('会议还通报了去年的工作情况和经验。', "The meeting also reviewed last year's work and lessons."),
    row('全年共转移群众多人，没有发生任何伤亡。', 'Many people were moved during the year, with no casualties at all.')
  ]

  it('flags a ratio far outside the article norm', () => {
    const rows = [...article(), row('区长要求各部门做好准备，确保群众的生命财产安全。', 'Be ready.')]
    const findings = only('length', rows)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ segment: 6, severity: 'warning' })
    expect(findings[0]!.params.ratio).toBeLessThan(1)
    expect(findings[0]!.params.norm).toBeGreaterThan(2.5)
  })

  it('accepts ordinary variation, short segments and articles too small to have a norm', () => {
    expect(only('length', article())).toEqual([])
    expect(only('length', [...article(), row('好。', 'Very good indeed, said everyone present.')])).toEqual([])
    expect(only('length', [row('区长要求各部门做好准备，确保群众的生命财产安全。', 'Be ready.')])).toEqual([])
  })
})

describe('entity-name', () => {
  const entities = [
    { id: 'wang', names: [{ lang: 'zh', name: '王建国' }, { lang: 'en', name: 'Wang Jianguo' }, { lang: 'en', name: 'Mayor Wang' }] },
    { id: 'lake', names: [{ lang: 'zh', name: '东湖' }] }
  ]

  it('flags a source entity whose registered target name is missing', () => {
    const r = row('王建国出席会议。', 'The mayor attended the meeting.')
    const mentions = [{ rowId: r.id, side: 'source' as const, entityId: 'wang', text: '王建国' }]
    expect(only('entity-name', [r], { mentions, entities })[0]).toMatchObject({ params: { name: '王建国', expected: 'Wang Jianguo' } })
  })

  it('accepts the registered name or an alias, and skips entities with no target-language name', () => {
    const a = row('王建国出席会议。', 'Wang Jianguo attended the meeting.')
    const b = row('王建国讲话。', 'Mayor Wang spoke.')
    const c = row('东湖很美。', 'The East Lake is beautiful.')
    const d = row('王建国讲话。', 'Wangjianguoism spoke.')
    const mentions = [a, b, d].map((r) => ({ rowId: r.id, side: 'source' as const, entityId: 'wang', text: '王建国' }))
    mentions.push({ rowId: c.id, side: 'source', entityId: 'lake', text: '东湖' })
    const findings = only('entity-name', [a, b, c, d], { mentions, entities })
    // Only d: a name inside a longer word does not count.
    expect(findings.map((f) => f.segment)).toEqual([4])
  })
})

describe('entity-variant', () => {
  it('flags an entity rendered unlike elsewhere in the archive or the article', () => {
    const a = row('王建国讲话。', 'Wang Jianguo spoke.')
    const b = row('王建国离开。', 'Jianguo Wang left.')
    const mentions = [
      { rowId: a.id, side: 'target' as const, entityId: 'wang', text: 'Wang Jianguo' },
      { rowId: b.id, side: 'target' as const, entityId: 'wang', text: 'Jianguo Wang' }
    ]
    const findings = only('entity-variant', [a, b], { mentions, entityVariants: { wang: ['Wang Jianguo', 'wang  jianguo'] } })
    expect(findings.map((f) => [f.segment, f.params])).toEqual([
      [1, { name: 'Wang Jianguo', variants: 'Jianguo Wang' }],
      [2, { name: 'Jianguo Wang', variants: 'Wang Jianguo' }]
    ])
    expect(findings[0]!.severity).toBe('info')
  })

  it('stays quiet when every rendering agrees (ignoring case and spacing)', () => {
    const a = row('王建国讲话。', 'Wang Jianguo spoke.')
    const mentions = [{ rowId: a.id, side: 'target' as const, entityId: 'wang', text: 'Wang  Jianguo' }]
    expect(only('entity-variant', [a], { mentions, entityVariants: { wang: ['wang jianguo'] } })).toEqual([])
    expect(only('entity-variant', [a], { mentions })).toEqual([])
  })
})

describe('runQa', () => {
  it('lists findings in row order with 1-based segments, and leaves ignored checks out', () => {
    const rows = [row('会议结束。', 'The meeting ended.'), row('共有十二人。', 'There were 13 people'), row('你好。', '')]
    expect(runQa(rows).map((f) => [f.segment, f.check])).toEqual([
      [2, 'numbers'],
      [2, 'end-punctuation'],
      [3, 'empty']
    ])
    rows[1]!.ignored = ['numbers']
    expect(runQa(rows).map((f) => [f.rowId, f.check])).toEqual([
      [rows[1]!.id, 'end-punctuation'],
      [rows[2]!.id, 'empty']
    ])
  })

  it('names exactly the nine checks of the public vocabulary', () => {
    expect(QA_CHECKS).toEqual(['numbers', 'doubled-word', 'empty', 'same-as-source', 'brackets', 'end-punctuation', 'length', 'entity-name', 'entity-variant'])
  })

  it('has a message, a check name and a severity for every check in both languages, every placeholder filled', async () => {
    const t = i18next.createInstance()
    await t.init({ resources, ns: ['translate'], interpolation: { escapeValue: false } })
    const samples = runQa(
      [
        row('全区投入三千五百万元。', 'The the district invested 3.5 million yuan'),
        row('他说：“好。”', '他说：“好。”'),
        row('会议。', ''),
        row('结束了', 'It ended.) Then'),
        row('王建国讲话。', 'Jianguo Wang spoke.'),
        ...Array.from({ length: 4 }, () => row('新阳区今天召开防汛工作会议。', 'Xinyang District held a flood-control meeting today.')),
        row('新阳区今天召开防汛工作会议，会议开了很久。', 'Met.')
      ],
      {
        mentions: [
          { rowId: `r${next - 5}`, side: 'source', entityId: 'wang', text: '王建国' },
          { rowId: `r${next - 5}`, side: 'target', entityId: 'wang', text: 'Jianguo Wang' }
        ],
        entities: [{ id: 'wang', names: [{ lang: 'en', name: 'Wang Jianguo' }] }],
        entityVariants: { wang: ['Wang Jianguo'] }
      }
    )
    expect(new Set(samples.map((f) => f.check))).toEqual(new Set(QA_CHECKS))
    for (const lng of ['en', 'zh-CN']) {
      for (const finding of samples) {
        const message = t.t(`translate:qa.message.${finding.check}`, { lng, ...finding.params })
        expect(message, `${lng} ${finding.check}`).not.toMatch(/\{\{|qa\.message/)
        expect(t.t(`translate:qa.check.${finding.check}`, { lng })).not.toMatch(/qa\.check/)
        expect(t.t(`translate:qa.severity.${finding.severity}`, { lng })).not.toMatch(/qa\.severity/)
      }
    }
    expect(t.t('translate:qa.message.numbers', { lng: 'en', source: '三千五百万', target: '3.5 million' })).toBe(
      'Numbers differ: only in the source 三千五百万; only in the translation 3.5 million.'
    )
  })
})

import { regexSpans, type RawSpan } from './spans'

/*
 * Chinese patterns. Chinese has no spaces, so a regex cannot tell where a name starts
 * ("覆盖和平街道" is "覆盖" + "和平街道"). The left edge comes from Intl.Segmenter's
 * dictionary words instead: a name is the words just before its generic head, at least two
 * characters, extended over single unknown characters (how ICU splits names it does not
 * know: "丰|源|市"), stopping at punctuation, function words and other heads.
 */
const PLACE_HEAD = /^(?:省|市|区|县|镇|乡|村|街道|社区|广场|公园|小区|水库|港)$/u
/** A dictionary word that swallowed a one-character head: "安县" = "安" + "县". */
const PLACE_TAIL = /^([\p{Script=Han}]{1,3})(?:省|市|区|县|镇|乡|村)$/u
const ORG_HEAD = /^(?:学院|大学|中学|小学|医院|图书馆|公司|合作社|协会|委员会|博物馆|研究院|研究所|中心)$/u
const HAN = /^[\p{Script=Han}]+$/u
/** One-character words that never belong to a name's body: function words, pronouns, heads. */
const STOP = /^[的在于和与及是了将为对向由把被从到等个名年月日上下午中省市区县镇乡村委局党团各共每全本该此这那其她他它们]$/u
/** "邵国平等县" is a list ("…and other counties"), read by the segmenter as 平等 "equality". */
const LIST_MARK = /等/u
/** Four-character slogans ("生态立县", "旅游兴县", "工业强市") name a policy, not a place. */
const SLOGAN = /^[\p{Script=Han}]{2}[立强兴富治][县市区省]$/u

interface Token {
  text: string
  start: number
  end: number
}

function tokens(text: string): Token[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
  return [...segmenter.segment(text)].map((s) => ({ text: s.segment, start: s.index, end: s.index + s.segment.length }))
}

/** Start of the name whose head is tokens[i], or -1 when there is no body of 2+ characters. */
function bodyStart(list: Token[], i: number, inside = 0): number {
  let length = inside
  let j = i
  while (j > 0) {
    const t = list[j - 1] as Token
    const points = [...t.text].length
    if (!HAN.test(t.text) || (points === 1 && STOP.test(t.text))) break
    if (length >= 2 && points > 1) break
    length += points
    j--
    if (length >= 4) break
  }
  if (length < 2) return -1
  return j === i ? (list[i] as Token).start : (list[j] as Token).start
}

/** Head of a token that is a head ("区") or ends with one ("安县"), with the body's length. */
function headOf(text: string): { type: 'PLACE' | 'ORG'; inside: number } | null {
  if (PLACE_HEAD.test(text)) return { type: 'PLACE', inside: 0 }
  if (ORG_HEAD.test(text)) return { type: 'ORG', inside: 0 }
  const tail = PLACE_TAIL.exec(text)
  return tail?.[1] && ![...tail[1]].some((c) => STOP.test(c)) ? { type: 'PLACE', inside: [...tail[1]].length } : null
}

const TITLE_ZH = String.raw`(?:常务)?(?:副)?(?:书记|局长|主任|市长|区长|县长|镇长|乡长|村长|主席|部长|厅长|处长|科长|校长|院长|董事长|总经理|省长|馆长|站长|队长)`
const TITLE = new RegExp(TITLE_ZH, 'gu')
/** Roles that announce a name without being titles: "家长葛春燕说". */
const ROLE = String.raw`(?:${TITLE_ZH}|学生|家长|志愿者|村民|居民|老师|教师|记者|市民)`
const NAME_END = String.raw`(?=[、，。；：“”（）\s]|出席|主持|表示|指出|说|讲话|强调|参加|介绍|要求|为|在|和|与|等|带领|陪同|宣读|致辞)`
/**
 * Common surnames: a name after a role must start with one, which keeps verbs and nouns
 * out ("家长放心", "志愿者代表").
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
const PERSON = new RegExp(String.raw`${ROLE}((?:欧阳|司马|上官|诸葛|[${SURNAMES}])[\p{Script=Han}]{1,2}?)${NAME_END}`, 'gu')
/** Party and government bodies: "区委", "团区委", "区教育局", "县人大常委会", "市政协", "…街道党工委". */
const ORG_ABBR = /团?[省市区县镇乡]委(?!员)|(?:团)?[省市区县][\p{Script=Han}]{1,4}?局|[省市区县镇乡]人大(?:常委会)?|[省市区县]政协/gu
const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?/gu
/** Quoted book and document titles are works: 《…》, without the marks. */
const WORK = /《([^《》\n]{1,80})》/gu

export function chinesePatterns(text: string): RawSpan[] {
  const list = tokens(text)
  const spans: RawSpan[] = []
  const places: RawSpan[] = []
  list.forEach((t, i) => {
    const head = headOf(t.text)
    if (!head) return
    const place = head.type === 'PLACE'
    const start = bodyStart(list, i, head.inside)
    if (start === -1) return
    if (LIST_MARK.test(text.slice(start, t.start)) || SLOGAN.test(text.slice(start, t.end))) return
    const span = { start, end: t.end, type: head.type }
    spans.push(span)
    if (place) places.push(span)
  })
  // A place followed by a body's head is that body: "和平街道" + "党工委", "东湖区" + "图书馆".
  for (const place of places) {
    const after = /^(?:党工委|党委|党支部|办事处|人民政府|政府|图书馆|[\p{Script=Han}]{1,4}?局|居委会|村委会|委(?!员))/u.exec(text.slice(place.end))
    if (after) spans.push({ start: place.start, end: place.end + after[0].length, type: 'ORG' })
  }
  return [
    ...spans,
    ...regexSpans(text, ORG_ABBR, 'ORG'),
    ...regexSpans(text, TITLE, 'TITLE'),
    ...regexSpans(text, PERSON, 'PERSON', 1),
    ...regexSpans(text, DATE, 'DATE'),
    ...regexSpans(text, WORK, 'WORK', 1)
  ]
}

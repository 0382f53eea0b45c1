import { SCHEMA_VERSION, type ArticleDoc } from '../../../src/shared/model'
import type { NamedEntity } from '../../../src/main/services/search/entity-names'

/**
 * Generated articles for the search bench, English and Chinese mixed (half each), written
 * by us: Zipf-distributed words from a made-up vocabulary plus a few dozen real news words
 * (so queries have realistic frequencies), Chinese from common words and characters.
 */

let seed = 7
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const zipf = (n: number): number => Math.floor(Math.pow(random(), 2.2) * n)

const REAL = 'the of and to in a district city water supply volunteer service river lake campaign residents community council market report notice care elderly centre school road bridge yulong park festival'.split(' ')
const SYLLABLES = 'ka lo mi ne tu ra shi feng bai yun qi ta po lan xia he mo su an ling ze wu'.split(' ')
const MADE_UP = Array.from({ length: 6000 }, (_, i) => SYLLABLES[i % 23]! + SYLLABLES[(i * 7) % 23]! + (i > 500 ? SYLLABLES[(i * 13) % 23]! : ''))
const VOCABULARY = [...REAL, ...MADE_UP]

const ZH_WORDS = '志愿 服务 社区 活动 街道 居民 开展 组织 工作 群众 建设 发展 管理 生态 环境 河道 湖泊 玉龙湖 植树 文明 城市 乡村 振兴 养老 中心 学校 道路 供水 通知 停水 区委 书记 会议 推进 落实 安全 卫生 宣传 志愿者 服务队'.split(' ')
const ZH_CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞'
const ENTITY_NAMES = Array.from({ length: 1000 }, (_, i) => ({ en: `${MADE_UP[i * 3]!} ${MADE_UP[i * 5 + 1]!}`, zh: ZH_CHARS[i % 300]! + ZH_CHARS[(i * 7) % 300]! + ZH_CHARS[(i * 11) % 300]! }))
const TYPES = ['PERSON', 'PLACE', 'ORG']

export const ENTITIES: NamedEntity[] = ENTITY_NAMES.map((names, i) => ({ id: `e${i}`, name: names.en, names, aliases: [] }))
/** The person the bench's entity query names (linked from many articles). */
export const HU_TAO = { id: 'e0', name: ENTITY_NAMES[0]!.en }

/** Phrases news repeats, so a phrase query has matches to find. */
const PHRASES = ['water supply', 'volunteer service', 'yulong lake', 'river protection']

function english(words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(random() < 0.003 ? PHRASES[zipf(PHRASES.length)]! : VOCABULARY[zipf(VOCABULARY.length)]! + (random() < 0.07 ? '.' : ''))
  return out.join(' ')
}

function chinese(chars: number): string {
  let out = ''
  while (out.length < chars) out += random() < 0.5 ? ZH_WORDS[zipf(ZH_WORDS.length)]! : ZH_CHARS[zipf(ZH_CHARS.length)]! + (random() < 0.05 ? '。' : '')
  return out
}

export function article(i: number): ArticleDoc {
  const zh = i % 2 === 1
  const id = `s${String(i).padStart(6, '0')}`
  const text = zh ? chinese(700) : english(280)
  const linked = Array.from({ length: zipf(4) }, () => zipf(ENTITIES.length))
  const year = 2019 + (i % 6)
  const month = String(1 + (i % 12)).padStart(2, '0')
  return {
    schemaVersion: SCHEMA_VERSION,
    revision: 1,
    article: {
      id,
      title: zh ? chinese(14) : english(9),
      date: `${year}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
      source: zh ? ['安平融媒', '兰霞日报', '丰河新闻网'][i % 3]! : ['Lanxia Evening News', 'Fenghe News Network', 'Baituo Daily'][i % 3]!,
      language: zh ? 'zh' : 'en',
      tags: [],
      importedAt: '2024-01-01T00:00:00.000Z',
      origin: { fileName: `${id}.txt`, sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [{ id: 'original', lang: zh ? 'zh' : 'en', role: 'original', origin: 'unknown', text }],
    annotations: linked.map((entity, n) => ({
      id: `a${n}`,
      type: TYPES[entity % 3]!,
      target: { source: 'original', position: { type: 'TextPositionSelector', start: 0, end: 2 }, quote: { type: 'TextQuoteSelector', exact: text.slice(0, 2), prefix: '', suffix: text.slice(2, 20) } },
      entity: `e${entity}`,
      note: '',
      attributes: {},
      orphan: false,
      createdAt: '2024-01-01T00:00:00.000Z',
      createdBy: 'bench',
      modifiedAt: '2024-01-01T00:00:00.000Z'
    })),
    relations: [],
    history: [],
    alignments: []
  }
}

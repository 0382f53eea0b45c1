import { regexSpans, type RawSpan } from './spans'

/*
 * English patterns for machine-translated local Chinese news. Each is a regular
 * expression over the text; names are runs of capitalised words ("Cap"), which is what
 * distinguishes "Wutong District" from "each district".
 */
const CAP = String.raw`(?:\p{Lu}[\p{L}\p{M}’'-]*|\d+(?:st|nd|rd|th)?|No\.\s\d+)`
/** Capitalised words that start sentences or clauses rather than names. */
const NOT_NAME = String.raw`(?!(?:The|A|An|In|On|At|Of|This|That|These|Those|Since|After|Before|During|According|From|For|With|By|To|And|Its|Their|His|Her|All|Each|Every|When|While|As|Under|Over|Both|Some|Many)\b)`
/**
 * Capitalised words; bodies and events may hold an "and" ("Flood Control and Drought
 * Relief"), places may not, and never right after a head word: "Youth League Committee and
 * Municipal Taxation Bureau" are two bodies. (HEADS is hoisted: the head lists come below.)
 */
const NAME_WORDS = (min: number, max: number, and = true): string =>
  String.raw`(?:${NOT_NAME}${CAP}\s${and ? String.raw`(?:(?<!\b(?:${HEADS()})\s)and\s(?=\p{Lu}))?` : ''}){${min},${max}}`
/** Capitalised words that start a new role rather than continue a body's name. */
const ROLE_WORD = String.raw`(?:Minister|Secretary|Director|Deputy|Vice|Mayor|Chairman|Chairwoman|Head|Member|President|Governor|Chief)\b`
/**
 * The tail of "Federation of Trade Unions", "Bureau of Culture, Radio, Television and
 * Tourism". A comma joins single words only: after "Committee, Haizhou District, …" a list
 * of bodies begins, not one long name; "and Minister …" begins a second role.
 */
const OF_TAIL = String.raw`\sof\s(?:the\s)?${CAP}(?:\s${CAP}){0,5}(?:,\s${CAP}(?!\s\p{Lu}))*(?:\sand\s(?!${ROLE_WORD})${CAP}(?:\s${CAP}){0,3})?`

const PLACE_HEADS = String.raw`District|City|Province|County|Town|Township|Village|Square|Park|Community|Street|Road|Avenue|Subdistrict|River|Reservoir|Lake|Port|Zone|Market|Theatre|Theater|Stadium|Bridge|Railway Station|Gymnasium|Plaza|Industrial Park|Development Zone|High-tech Zone`
const ORG_HEADS = String.raw`Committee|Bureau|Department|Office|Federation|Congress|CPPCC|Government|Association|Group|Company|Co\.,\sLtd\.|Cooperative|Corporation|School|University|College|Hospital|Detachment|Brigade|Team|Center|Centre|Commission|Administration|Court|Procuratorate|Institute|League|Library|(?<!Railway\s)Station|Headquarters|Troupe|Bank|Chamber|Union|Unions`
function HEADS(): string {
  return `${PLACE_HEADS}|${ORG_HEADS}`
}
const ORG_PREFIX = String.raw`(?:Municipal|District|Provincial|County|Town|Township|Village|Party|Youth|Communist|People’s|People's|Standing)`

/** "Fuxin City", "Haizhou District", "Yanqiao Grand Theatre". */
const PLACE = new RegExp(String.raw`\b${NAME_WORDS(1, 3, false)}(?:${PLACE_HEADS})\b`, 'gu')
/**
 * Bodies: "Municipal Party Committee", "Wutong District Party Committee", "Municipal
 * Urban Management Bureau", "Hengfeng Food Co., Ltd.", chained with "of the"
 * ("Standing Committee of the Municipal People’s Congress").
 */
const ORG_ONE = String.raw`(?:${NAME_WORDS(0, 5)}(?:${ORG_HEADS}))`
const ORG = new RegExp(String.raw`\b(?:${NOT_NAME}${ORG_ONE}|${ORG_PREFIX}\s${ORG_ONE})(?:${OF_TAIL})?(?![\p{L}])`, 'gu')

/** Position phrases, lower case in running text, capitalised before a name. */
const TITLE_CORE = String.raw`(?:(?:executive|first|standing)\s)?(?:(?:deputy|vice|acting|assistant)\s)?(?:secretary|director|mayor|chairman|chairwoman|chairperson|minister|head|district\schief|county\smagistrate|governor|president|general\smanager|principal|captain|commissioner|leader|commander-in-chief|chief\seditor|(?:party|Party)\s(?:(?:branch|committee)\s)?secretary)`
const TITLE = new RegExp(String.raw`\b(?:${TITLE_CORE}|member(?=\sof\sthe\s(?:\p{Lu}[\p{L}’'-]*\s)*Standing\sCommittee))\b`, 'giu')
/** A person directly before ", <title>": "Kong Dehai, secretary of …". */
const PERSON_BEFORE_TITLE = new RegExp(String.raw`\b(${NOT_NAME}\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2}),\s(?:(?:a|the)\s)?(?:${TITLE_CORE}|member)\b`, 'gu')
/** A person described next: "Ma Xiaotong, a resident of …"; or speaking: "Rong Jiabao said". */
const PERSON_DESCRIBED = new RegExp(
  String.raw`\b(${NOT_NAME}\p{Lu}[\p{Ll}’'-]+\s\p{Lu}[\p{Ll}’'-]+)(?:,\san?\s|\s(?:said|spoke|pointed\sout|stressed|emphasized|noted|added|introduced|told)\b)`,
  'gu'
)
/** Honorary designations: "National Civilized City", "Weining County Model Worker". */
const MISC = new RegExp(
  String.raw`\b(?:National|Provincial|Municipal|\p{Lu}[\p{Ll}]+\s(?:County|City|District))\s(?:Civilized\s(?:City|County|Unit|Village|Family|Campus)|Model\sWorker|Worker\sPioneer|Labor\sModel|Hygienic\sCity|Garden\sCity)s?\b`,
  'gu'
)
/** A person directly after a capitalised title or role: "Mayor Pei Lingyun", "Villager He Shuifa". */
const PERSON_AFTER_TITLE = new RegExp(
  String.raw`\b(?:Secretary|Director|Mayor|Chairman|Chairwoman|Minister|Governor|President|Chief|Comrade|Villager|Tourist|Resident|Volunteer|Teacher|Worker|Farmer|Citizen|Student|Professor|Dr\.)\s(\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+)?)\b`,
  'gu'
)

const MONTHS = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.`
const YEAR = String.raw`(?:19|20)\d{2}`
/** "March 5", "March 5, 2023", "5 March 2023", "March 2023", "2023", a bare month. */
const DATE = new RegExp(
  String.raw`\b(?:(?:${MONTHS})\s\d{1,2}(?:st|nd|rd|th)?(?:,\s${YEAR})?|\d{1,2}\s(?:${MONTHS})(?:\s${YEAR})?|(?:${MONTHS})\s${YEAR}|(?<![–-])${YEAR}(?![\p{L}\d–-])|(?!May\b)(?:${MONTHS}))(?![\p{L}\d])`,
  'gu'
)
/** Festivals naming a day are dates. */
const FESTIVAL = /\b(?:Dragon Boat Festival|Mid-Autumn Festival|Spring Festival|Lantern Festival|Qingming Festival|Double Ninth Festival|May Day|National Day|New Year’s Day|New Year's Day|New Year)\b/gu
/** Named events: "2024 Shangyuan Investment Promotion Conference", "Third … Culture Week". */
const EVENT = new RegExp(
  String.raw`\b(?:(?:${YEAR}|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))\s)?${NAME_WORDS(1, 5)}(?:Conference|Festival|Week|Forum|Expo|Fair|Competition|Championship|Games|Ceremony|Drill|Month|Campaign|Exhibition|Marathon|Carnival|Summit)\b`,
  'gu'
)

/** A "name" ending in a generic head is a place or body, not a person. */
const HEAD_WORD = new RegExp(String.raw`\s(?:${PLACE_HEADS}|${ORG_HEADS})$`, 'u')

/** A possessive ending ("Xi Jinping’s instructions") belongs to the sentence, not the name. */
const POSSESSIVE = /[’']s$/u
const withoutPossessive = (text: string, spans: RawSpan[]): RawSpan[] =>
  spans.map((s) => (POSSESSIVE.test(text.slice(s.start, s.end)) ? { ...s, end: s.end - 2 } : s))

export function englishPatterns(text: string): RawSpan[] {
  const people = [
    ...regexSpans(text, PERSON_BEFORE_TITLE, 'PERSON', 1),
    ...regexSpans(text, PERSON_AFTER_TITLE, 'PERSON', 1),
    ...regexSpans(text, PERSON_DESCRIBED, 'PERSON', 1).filter((s) => !HEAD_WORD.test(text.slice(s.start, s.end)))
  ]
  return [
    ...regexSpans(text, FESTIVAL, 'DATE'),
    ...regexSpans(text, MISC, 'MISC'),
    ...regexSpans(text, EVENT, 'EVENT'),
    ...regexSpans(text, ORG, 'ORG'),
    ...regexSpans(text, PLACE, 'PLACE'),
    ...regexSpans(text, DATE, 'DATE'),
    ...regexSpans(text, TITLE, 'TITLE'),
    ...withoutPossessive(text, people)
  ]
}

import { z } from 'zod'
import { ArticleDoc } from '@shared/model'
import { canonicalCopy, freezeInOrder } from './stable-json'

type Schema = z.ZodType
type Def = z.core.$ZodTypeDef & Record<string, unknown>
type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError }

/**
 * How a schema is walked: the arrays of a document and the objects holding arrays are taken
 * apart; every array, and every object that is an element of one, is first looked up among
 * the values this parser produced and froze, and used as it is when found under the same
 * place in the schema. The rest (leaves) goes through zod unchanged.
 */
type Plan =
  | { kind: 'leaf'; schema: Schema; remembered: boolean; unordered: boolean; fields?: Map<string, Schema> }
  | { kind: 'array'; length: Schema; element: Plan; optional: boolean; nullable: boolean }
  | { kind: 'object'; rest: Plan & { kind: 'leaf' }; keys: string[]; fields: Map<string, Plan>; restFields?: Map<string, Schema>; remembered: boolean; optional: boolean; nullable: boolean }

class Invalid extends Error {}

/**
 * Zod validation that does not validate again what it validated before: a change shares
 * everything it did not touch, so the save after a one-row edit validates that row, not the
 * 2,000 others. Equivalent to `schema.safeParse`: objects without catchall or refinements and
 * arrays parse compositionally — valid when each field or element is and the length checks
 * pass — and idempotently, so a value this parser produced (and froze, so it cannot have
 * changed) parses to itself. A failure is answered by the original schema, with its issues
 * and paths. Output objects list their keys sorted (see canonicalCopy) and are deep-frozen.
 * The tests compare the two on valid and damaged documents.
 */
export class TrustedParser<T> {
  private readonly plan: Plan
  /** Frozen values this parser produced, and the place in the plan each one passed. */
  private readonly trusted = new WeakMap<object, Plan>()
  /** Produced during the parse in progress; trusted once the whole value passed and is frozen. */
  private produced: [object, Plan][] = []

  constructor(private readonly schema: z.ZodType<T>) {
    this.plan = planOf(schema, false)
  }

  /**
   * The value as the schema accepts it, deep-frozen, or the schema's own error. `previous`, a
   * value this parser answered before (the document `value` was made from), lets an element
   * that is new but differs from the one at its place only in some fields (a row whose span
   * moved) be checked field by field: an object parses field by field, so the fields it
   * shares with a trusted one at the same place in the schema are valid already.
   */
  safeParse(value: unknown, previous?: unknown): Parsed<T> {
    this.produced = []
    try {
      const data = freezeInOrder(this.walk(this.plan, value, previous) as T)
      for (const [object, plan] of this.produced) if (Object.isFrozen(object)) this.trusted.set(object, plan)
      return { success: true, data }
    } catch (error) {
      if (!(error instanceof Invalid)) throw error
      const full = this.schema.safeParse(value)
      return full.success ? { success: true, data: freezeInOrder(canonicalCopy(full.data)) } : full
    } finally {
      this.produced = []
    }
  }

  private walk(plan: Plan, value: unknown, previous: unknown): unknown {
    if (plan.kind !== 'leaf' && value === undefined && plan.optional) return undefined
    if (plan.kind !== 'leaf' && value === null && plan.nullable) return null
    const remembered = plan.kind === 'array' || plan.remembered
    if (remembered && typeof value === 'object' && value !== null && this.trusted.get(value) === plan) return value
    const out =
      plan.kind === 'leaf'
        ? (this.fieldByField(plan, value, previous) ?? this.leaf(plan, value))
        : plan.kind === 'array'
          ? this.array(plan, value, previous)
          : (this.fieldByField(plan, value, previous) ?? this.object(plan, value, previous))
    if (remembered && typeof out === 'object' && out !== null) this.produced.push([out, plan])
    return out
  }

  private leaf(plan: Extract<Plan, { kind: 'leaf' }>, value: unknown): unknown {
    const parsed = plan.schema.safeParse(value)
    if (!parsed.success) throw new Invalid()
    return plan.unordered ? canonicalCopy(parsed.data) : parsed.data
  }

  /**
   * A leaf object checked against `previous`, trusted at this place: undefined unless both
   * list the same keys, else the value with each field that is not `previous`'s own parsed
   * by its schema (and the rest kept, valid already).
   */
  private fieldByField(plan: Extract<Plan, { kind: 'leaf' | 'object' }>, value: unknown, previous: unknown): unknown {
    const fields = plan.kind === 'leaf' ? plan.fields : plan.restFields
    if (!fields || typeof previous !== 'object' || previous === null || this.trusted.get(previous) !== plan) return undefined
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined
    const keys = Object.keys(value)
    const known = Object.keys(previous)
    if (keys.length !== known.length || keys.some((key, i) => key !== known[i])) return undefined
    const unordered = (plan.kind === 'leaf' ? plan : plan.rest).unordered
    const out: Record<string, unknown> = {}
    for (const key of keys) {
      const field = (value as Record<string, unknown>)[key]
      const before = (previous as Record<string, unknown>)[key]
      const inner = plan.kind === 'object' ? plan.fields.get(key) : undefined
      if (field === before) out[key] = field
      else if (inner) {
        const parsed = this.walk(inner, field, before)
        if (parsed !== undefined) out[key] = parsed
      } else {
        const parsed = fields.get(key)!.safeParse(field)
        if (!parsed.success) throw new Invalid()
        out[key] = unordered ? canonicalCopy(parsed.data) : parsed.data
      }
    }
    return out
  }

  private array(plan: Extract<Plan, { kind: 'array' }>, value: unknown, previous: unknown): unknown[] {
    if (!Array.isArray(value) || !plan.length.safeParse(value).success) throw new Invalid()
    const before = Array.isArray(previous) ? previous : []
    const out = new Array<unknown>(value.length)
    for (let i = 0; i < value.length; i++) out[i] = this.walk(plan.element, value[i], before[i])
    return out
  }

  private object(plan: Extract<Plan, { kind: 'object' }>, value: unknown, previous: unknown): Record<string, unknown> {
    const rest = this.leaf(plan.rest, value) as Record<string, unknown>
    // Built in sorted key order, as everything else here.
    const out: Record<string, unknown> = {}
    for (const key of plan.keys) {
      const field = plan.fields.get(key)
      if (!field) {
        if (key in rest) out[key] = rest[key]
        continue
      }
      const before = typeof previous === 'object' && previous !== null ? (previous as Record<string, unknown>)[key] : undefined
      const parsed = this.walk(field, (value as Record<string, unknown>)[key], before)
      if (parsed !== undefined) out[key] = parsed
    }
    return out
  }
}

/** How `schema` is walked; `element` when it is an element of an array (remembered). */
function planOf(schema: Schema, element: boolean): Plan {
  const def = schema.def as Def
  const wrapped = def.type === 'optional' || def.type === 'nullable'
  const inner = wrapped ? planOf(def.innerType as Schema, element) : undefined
  if (inner && inner.kind !== 'leaf') return { ...inner, ...(def.type === 'optional' ? { optional: true } : { nullable: true }) }
  if (def.type === 'array') {
    const checks = (def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]
    const length = checks.length > 0 ? z.array(z.any()).check(...checks) : z.array(z.any())
    return { kind: 'array', length, element: planOf(def.element as Schema, true), optional: false, nullable: false }
  }
  if (isPlainObject(def)) {
    const shape = def.shape as Record<string, Schema>
    const fields = Object.entries(shape)
      .map(([key, field]): [string, Plan] => [key, planOf(field, false)])
      .filter(([, plan]) => plan.kind !== 'leaf')
    if (fields.length > 0) {
      const rest = planOf((schema as z.ZodObject).omit(Object.fromEntries(fields.map(([key]) => [key, true])) as Record<string, true>), false)
      if (rest.kind !== 'leaf') throw new Error('unreachable: the rest of an object has no arrays')
      const restFields = element ? new Map(Object.entries((rest.schema.def as Def).shape as Record<string, Schema>)) : undefined
      return { kind: 'object', rest, keys: Object.keys(shape).sort(), fields: new Map(fields), ...(restFields ? { restFields } : {}), remembered: element, optional: false, nullable: false }
    }
  }
  const sorted = sortedSchema(schema)
  const sortedDef = sorted.def as Def
  // Only an element is looked up against the one before it; its fields parse one by one when it is a plain object.
  const fields = element && isPlainObject(sortedDef) ? new Map(Object.entries(sortedDef.shape as Record<string, Schema>)) : undefined
  return { kind: 'leaf', schema: sorted, remembered: element, unordered: !inShapeOrder(schema), ...(fields ? { fields } : {}) }
}

/**
 * The same schema with every object's shape in sorted key order: zod builds its output in
 * shape order, so what it answers is already in the stored order and canonicalCopy keeps it.
 */
function sortedSchema(schema: Schema): Schema {
  const def = schema.def as Def
  if (def.type === 'optional') return sortedSchema(def.innerType as Schema).optional()
  if (def.type === 'nullable') return sortedSchema(def.innerType as Schema).nullable()
  if (def.type === 'array') {
    const checks = (def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]
    const array = z.array(sortedSchema(def.element as Schema))
    return checks.length > 0 ? array.check(...checks) : array
  }
  if (!isPlainObject(def)) return schema
  const shape = def.shape as Record<string, Schema>
  return z.object(Object.fromEntries(Object.keys(shape).sort().map((key) => [key, sortedSchema(shape[key]!)])))
}

/**
 * True when zod's output is built only from object shapes (and leaves without keys), so it
 * lists keys in shape order; a record or an unknown value keeps the order it was given.
 * stableStringify checks the order anyway: this only spares copying what is in order.
 */
function inShapeOrder(schema: Schema): boolean {
  const def = schema.def as Def
  if (def.type === 'optional' || def.type === 'nullable') return inShapeOrder(def.innerType as Schema)
  if (def.type === 'array') return inShapeOrder(def.element as Schema)
  if (def.type === 'object') return isPlainObject(def) && Object.values(def.shape as Record<string, Schema>).every(inShapeOrder)
  return !['record', 'unknown', 'any', 'map', 'set', 'union', 'intersection', 'pipe', 'lazy', 'custom'].includes(def.type)
}

/** An object schema whose parse is the sum of its fields' (no catchall, no refinement). */
function isPlainObject(def: Def): boolean {
  return def.type === 'object' && def.catchall === undefined && ((def.checks as unknown[] | undefined) ?? []).length === 0
}

/** The one parser of article shards: what it validated once (on read or on write) it trusts while frozen. */
export const articleParser = new TrustedParser(ArticleDoc)

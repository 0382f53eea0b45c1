import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'

/** The W3C test suite's schemas, vendored in the repository (see tests/validators/schemas/SOURCES.md). */
export const WA_SCHEMAS = join(__dirname, '../../../../validators/schemas/web-annotation')

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>

export interface Assertion {
  file: string
  validate: (data: unknown) => boolean
  errorMessage: string
}

/**
 * The assertions a MUST list (`*.test`) names, compiled as the suite's runner does: draft-04,
 * the definitions preloaded, `uri` and `date-time` checked. An assertion "passes" when the
 * data's validity equals its `expectedResult` (all of the MUSTs expect "valid").
 */
const loaded = new Map<string, Assertion[]>()

export function loadMusts(testFile: string): Assertion[] {
  const cached = loaded.get(testFile)
  if (cached) return cached
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/)
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value)))
  const definitions = join(WA_SCHEMAS, 'definitions')
  for (const file of readdirSync(definitions)) ajv.addSchema(readJson(join(definitions, file)))
  const list = readJson(join(WA_SCHEMAS, testFile)) as { assertions: string[] }
  const assertions = list.assertions.map((file): Assertion => {
    const schema = readJson(join(WA_SCHEMAS, file))
    const compiled = ajv.compile(schema)
    const expectValid = schema.expectedResult !== 'invalid'
    return { file, validate: (data) => compiled(data) === expectValid, errorMessage: String(schema.errorMessage ?? file) }
  })
  loaded.set(testFile, assertions)
  return assertions
}

/** The assertions of `testFile` that `data` fails, by file name and message. */
export function failedMusts(testFile: string, data: unknown): string[] {
  return loadMusts(testFile)
    .filter((a) => !a.validate(data))
    .map((a) => `${a.file}: ${a.errorMessage}`)
}

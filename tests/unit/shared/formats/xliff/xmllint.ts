import { execFile } from 'node:child_process'
import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const SCHEMAS = resolve(__dirname, '../../../../validators/schemas/xliff')

/** Where xmllint is, or null: CI installs it (libxml2-utils); tests skip, saying so, without it. */
export const XMLLINT =
  ['/usr/bin/xmllint', '/usr/local/bin/xmllint', '/opt/homebrew/bin/xmllint'].find((path) => statSync(path, { throwIfNoEntry: false })?.isFile()) ?? null

export const MISSING = 'xmllint is not installed (Debian: libxml2-utils): the XLIFF schema checks are skipped'

const dir = mkdtempSync(join(tmpdir(), 'xliff-schemas-'))

/**
 * One schema importing the XLIFF 2 core and the modules we write (matches, metadata, ITS), so
 * that xmllint knows their declarations: the core's `processContents="lax"` wildcards then
 * validate module elements and attributes instead of skipping them.
 */
const WRAPPER_21 = join(dir, 'xliff21-with-modules.xsd')
writeFileSync(
  WRAPPER_21,
  `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="${pathToFileURL(join(SCHEMAS, '2.1/xliff_core_2.0.xsd')).href}"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:matches:2.0" schemaLocation="${pathToFileURL(join(SCHEMAS, '2.1/matches.xsd')).href}"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="${pathToFileURL(join(SCHEMAS, '2.1/metadata.xsd')).href}"/>
  <xs:import namespace="http://www.w3.org/2005/11/its" schemaLocation="${pathToFileURL(join(SCHEMAS, '2.1/its.xsd')).href}"/>
</xs:schema>
`
)

export const SCHEMA = {
  xliff21: WRAPPER_21,
  xliff12strict: join(SCHEMAS, '1.2/xliff-core-1.2-strict.xsd')
} as const

let n = 0

/** Validates `xml` against a schema with xmllint: ok, or xmllint's complaints. */
export async function validate(xml: string, schema: string): Promise<{ ok: boolean; errors: string }> {
  const file = join(dir, `doc-${++n}.xlf`)
  writeFileSync(file, xml)
  try {
    await run(XMLLINT!, ['--noout', '--nonet', '--schema', schema, file])
    return { ok: true, errors: '' }
  } catch (error) {
    return { ok: false, errors: String((error as { stderr?: string }).stderr ?? error) }
  }
}

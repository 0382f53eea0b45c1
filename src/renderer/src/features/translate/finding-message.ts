import type { TFunction } from 'i18next'
import type { QaFinding } from './types'

/**
 * A finding's message in the interface language. Main words it in its own language (the CLI's);
 * the window translates it again from the check and its parameters, so a Chinese interface
 * gets Chinese messages whatever language main runs in.
 */
export function findingMessage(t: TFunction, finding: QaFinding): string {
  return t(`translate:qa.message.${finding.check}`, { ...finding.params, segment: finding.segment, defaultValue: finding.message })
}

import type { TFunction } from 'i18next'
import type { AppError } from '@shared/ipc/result'

/** An AppError in the interface language: `errors:<code>` with its params, else its message. */
export function errorText(t: TFunction, error: Pick<AppError, 'code' | 'message' | 'params'>): string {
  return t(`errors:${error.code}`, { ...(error.params ?? {}), defaultValue: error.message })
}

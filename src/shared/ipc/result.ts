/** A failure every transport can carry: a stable code, a message, the offending field. */
export interface AppError {
  code: string
  message: string
  field?: string
  params?: Record<string, string | number>
}

/** Every operation answers with a Result, never a thrown error or a silent undefined. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: AppError): Result<never> => ({ ok: false, error })

/** Thrown inside services for an expected failure; the transports turn it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params?: Record<string, string | number>,
    readonly field?: string
  ) {
    super(message)
  }
  toError(): AppError {
    return { code: this.code, message: this.message, field: this.field, params: this.params }
  }
}

import type { Translate } from './i18n'
import type { z } from 'zod'
import { contract, type Contract, type OperationInput, type OperationName, type OperationOutput } from '@shared/ipc/contract'
import { AppFailure, fail, ok, type AppError, type Result } from '@shared/ipc/result'
import { failureFromErrno } from './errno-failure'
import { withIdField } from './id-field'

/** One implementation per contract operation, receiving input already validated. */
export type Handlers = { [K in keyof Contract]: (input: z.output<Contract[K]['input']>) => Promise<OperationOutput<K>> }

const isOperation = (name: string): name is OperationName => Object.hasOwn(contract, name)

/**
 * The single door into the main process for every transport (IPC, HTTP): the operation name
 * is checked, the input parsed with the contract's schema, and every outcome — including an
 * unexpected exception — comes back as a Result, never a throw.
 */
export function createDispatcher(handlers: Handlers, t: Translate) {
  return async function dispatch(name: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isOperation(name))
      return fail({ code: 'ipc.unknownOperation', message: t('errors:ipc.unknownOperation', { name }), params: { name } })
    // An absent input means "no input"; null is a malformed payload like any other.
    const parsed = contract[name].input.safeParse(rawInput === undefined ? {} : rawInput)
    if (!parsed.success) return fail(validationError(parsed.error, t))
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      return fail(toAppError(withIdField(error, parsed.data), t))
    }
  }
}

export type Dispatch = ReturnType<typeof createDispatcher>

export function validationError(error: z.ZodError, t: Translate): AppError {
  const issue = error.issues[0]
  // An unknown key is reported at its parent's path: name the key itself.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : (issue?.path ?? [])
  const field = path.map(String).join('.') || undefined
  const detail = issue ? describeIssue(issue, t) : ''
  return {
    code: 'ipc.invalidInput',
    message: t('errors:ipc.invalidInput', { field: field ?? '(input)', detail }),
    field,
    params: { field: field ?? '(input)', detail }
  }
}

/**
 * zod's own messages are English; the detail is translated from the issue's code and limits
 * instead, falling back to the schema's message for a format we have no words for.
 */
function describeIssue(issue: z.core.$ZodIssue, t: Translate): string {
  const values: Record<string, unknown> = { defaultValue: issue.message }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    values.limit = String('maximum' in issue ? issue.maximum : issue.minimum)
    return t(`errors:validation.${issue.code}.${issue.origin === 'string' ? 'string' : issue.origin === 'array' ? 'array' : 'number'}`, values)
  }
  if (issue.code === 'invalid_type') return t('errors:validation.invalid_type', { ...values, expected: issue.expected })
  if (issue.code === 'custom') {
    const reason = (issue.params as { reason?: string } | undefined)?.reason
    return reason ? t(`errors:validation.custom.${reason}`, values) : issue.message
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value' || issue.code === 'unrecognized_keys')
    return t(`errors:validation.${issue.code}`, values)
  return issue.message
}

/** Expected failures keep their code; anything else is reported without a stack trace. */
export function toAppError(error: unknown, t: Translate): AppError {
  const fromErrno = failureFromErrno(error)
  if (fromErrno) return toAppError(fromErrno, t)
  if (error instanceof AppFailure) {
    const message = t(`errors:${error.code}`, { field: error.field ?? '', ...error.params, defaultValue: error.message })
    return { ...error.toError(), message }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message: t('errors:internal', { detail }), params: { detail } }
}

/** Typed convenience for in-process callers (CLI, tests). */
export async function call<K extends OperationName>(
  dispatch: Dispatch,
  name: K,
  input: OperationInput<K>
): Promise<Result<OperationOutput<K>>> {
  return (await dispatch(name, input)) as Result<OperationOutput<K>>
}

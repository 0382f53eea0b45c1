import { parseArgs } from 'node:util'
import { describe, expect, it } from 'vitest'
import { describeOptionError } from '../../../../src/main/cli/option-error'

const options = { type: { type: 'string', short: 't' }, start: { type: 'string' }, all: { type: 'boolean' } } as const

function errorOf(args: string[]): unknown {
  try {
    parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (error) {
    return error
  }
  throw new Error(`${args.join(' ')} was accepted`)
}

describe('describeOptionError (what node:util parseArgs refused, for a translated message)', () => {
  it.each([
    [['--bogus'], { key: 'unknown', option: '--bogus' }],
    [['--start', '-1'], { key: 'dashValue', option: '--start' }],
    [['--type'], { key: 'missingValue', option: '--type' }],
    [['-t'], { key: 'missingValue', option: '--type' }],
    [['--all=yes'], { key: 'noValue', option: '--all' }]
  ])('%j', (args, expected) => {
    expect(describeOptionError(errorOf(args))).toEqual(expected)
  })

  it('falls back to a general message for anything else', () => {
    expect(describeOptionError(new Error('something new')).key).toBe('invalid')
  })
})

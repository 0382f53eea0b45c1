export * from './kwic-line'
export * from './sort-keys'
export * from './sort-lines'
export * from './limits'

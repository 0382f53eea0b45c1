import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'

interface Props {
  entities: EntitySummary[]
  initial: string
  colors: Record<string, string>
  onLink: (entityId: string) => void
  onCreate: (name: string) => void
}

const LIMIT = 8

type Option = { kind: 'entity'; entity: EntitySummary } | { kind: 'create'; name: string }

function matches(entity: EntitySummary, query: string): boolean {
  const q = query.toLocaleLowerCase()
  const names = [entity.name, ...Object.values(entity.names), ...entity.aliases]
  return names.some((name) => name.toLocaleLowerCase().includes(q))
}

/**
 * Link to an entity: existing ones of any type filtered as you type (listbox semantics),
 * and "Create “X”" — Enter on it creates the entity and links it in one step.
 */
export function EntityCombobox({ entities, initial, colors, onLink, onCreate }: Props) {
  const { t } = useTranslation()
  const listId = useId()
  const [query, setQuery] = useState(initial)
  const [active, setActive] = useState(0)
  const [open, setOpen] = useState(false)
  const name = query.trim()

  const options = useMemo<Option[]>(() => {
    const found = name ? entities.filter((e) => matches(e, name)) : entities
    const sorted = [...found].sort((a, b) => Number(b.name.toLocaleLowerCase() === name.toLocaleLowerCase()) - Number(a.name.toLocaleLowerCase() === name.toLocaleLowerCase()) || b.mentionCount - a.mentionCount)
    const list: Option[] = sorted.slice(0, LIMIT).map((entity) => ({ kind: 'entity', entity }))
    const exact = sorted.some((e) => e.name.toLocaleLowerCase() === name.toLocaleLowerCase())
    if (name && !exact) list.push({ kind: 'create', name })
    return list
  }, [entities, name])
  const current = Math.min(active, options.length - 1)

  const choose = (option: Option | undefined) => {
    if (!option) return
    if (option.kind === 'entity') onLink(option.entity.id)
    else onCreate(option.name)
    setOpen(false)
  }
  const optionId = (i: number) => `${listId}-${i}`

  return (
    <div className="combobox">
      <input
        className="input"
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        aria-label={t('annotate:entity.search')}
        placeholder={t('annotate:entity.searchPlaceholder')}
        value={query}
        data-testid="entity-input"
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
          setOpen(true)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            setOpen(true)
            const step = event.key === 'ArrowDown' ? 1 : options.length - 1
            setActive((current + step) % Math.max(1, options.length))
          } else if (event.key === 'Enter') {
            event.preventDefault()
            choose(options[current])
          } else if (event.key === 'Escape' && open) {
            event.stopPropagation()
            setOpen(false)
          }
        }}
      />
      {open && options.length > 0 && (
        <ul className="combobox__list floating-panel" id={listId} role="listbox" aria-label={t('annotate:entity.options')}>
          {options.map((option, i) => (
            <li
              key={option.kind === 'entity' ? option.entity.id : 'create'}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={`combobox__option${i === current ? ' is-active' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault()
                choose(option)
              }}
              onMouseEnter={() => setActive(i)}
            >
              {option.kind === 'entity' ? (
                <>
                  <span className="type-badge" style={{ ['--type' as string]: colors[option.entity.type] ?? '#8a8f98' }}>
                    {option.entity.type}
                  </span>
                  <span className="combobox__name">{option.entity.name}</span>
                  <span className="combobox__meta">{t('annotate:entity.mentions', { count: option.entity.mentionCount })}</span>
                </>
              ) : (
                <span className="combobox__create">{t('annotate:entity.create', { name: option.name })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

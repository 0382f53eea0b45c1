import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import type { RelationDraft, SchemaErrors, TypeDraft } from './schema-draft'

/** A field's translated validation message, linked to its input by id. */
function FieldError({ errors, path }: { errors: SchemaErrors; path: string }) {
  const { t } = useTranslation()
  const error = errors[path]
  if (!error) return null
  return (
    <span className="entity-form-error" role="alert" id={`schema-error-${path}`} data-testid={`schema-error-${path}`}>
      {error.key === 'server' ? String(error.params?.message) : t(`entities:schema.validation.${error.key}`, error.params)}
    </span>
  )
}

const invalid = (errors: SchemaErrors, path: string) => (errors[path] ? { 'aria-invalid': true, 'aria-describedby': `schema-error-${path}` } : {})

interface TypeProps {
  index: number
  type: TypeDraft
  errors: SchemaErrors
  onChange: (patch: Partial<TypeDraft>) => void
  onDelete: () => void
}

/** One tag type: colour, name, single-key shortcut, description; a renamed type says what it was. */
export function TagTypeRow({ index, type, errors, onChange, onDelete }: TypeProps) {
  const { t } = useTranslation()
  const path = (field: string) => `types.${index}.${field}`
  const label = type.name || t('entities:schema.newType')
  return (
    <li className="schema-row schema-row--type" data-testid="schema-type">
      <input
        type="color"
        className="schema-row__color"
        value={type.color}
        onChange={(e) => onChange({ color: e.target.value })}
        aria-label={t('entities:schema.colorOf', { type: label })}
        title={t('entities:schema.colorOf', { type: label })}
      />
      <div className="schema-row__field">
        <input
          className="input input--mono"
          value={type.name}
          onChange={(e) => onChange({ name: e.target.value.toUpperCase().replace(/\s+/g, '_') })}
          aria-label={t('entities:schema.nameOf', { index: index + 1 })}
          placeholder={t('entities:schema.namePlaceholder')}
          spellCheck={false}
          {...invalid(errors, path('name'))}
        />
        {type.original && type.original !== type.name && <span className="schema-row__renamed">{t('entities:schema.renamedFrom', { name: type.original })}</span>}
      </div>
      <div className="schema-row__field schema-row__field--key">
        <input
          className="input input--mono schema-row__shortcut"
          value={type.shortcut}
          maxLength={1}
          onChange={(e) => onChange({ shortcut: e.target.value.toLowerCase() })}
          aria-label={t('entities:schema.shortcutOf', { type: label })}
          placeholder={t('entities:schema.shortcutPlaceholder')}
          spellCheck={false}
          {...invalid(errors, path('shortcut'))}
        />
      </div>
      <div className="schema-row__field schema-row__field--grow">
        <input
          className="input"
          value={type.description}
          onChange={(e) => onChange({ description: e.target.value })}
          aria-label={t('entities:schema.descriptionOf', { type: label })}
          placeholder={t('entities:schema.descriptionPlaceholder')}
        />
      </div>
      <button type="button" className="icon-button" onClick={onDelete} aria-label={t('entities:schema.deleteType', { type: label })} title={t('entities:schema.deleteType', { type: label })}>
        <Icon name="trash" size={16} />
      </button>
      <div className="schema-row__errors">
        <FieldError errors={errors} path={path('name')} />
        <FieldError errors={errors} path={path('shortcut')} />
        <FieldError errors={errors} path={path('color')} />
      </div>
    </li>
  )
}

interface RelationProps {
  index: number
  relation: RelationDraft
  errors: SchemaErrors
  onChange: (patch: Partial<RelationDraft>) => void
  onDelete: () => void
}

export function RelationTypeRow({ index, relation, errors, onChange, onDelete }: RelationProps) {
  const { t } = useTranslation()
  const path = `relationTypes.${index}.name`
  const label = relation.name || t('entities:schema.newRelation')
  return (
    <li className="schema-row schema-row--relation" data-testid="schema-relation">
      <div className="schema-row__field">
        <input
          className="input input--mono"
          value={relation.name}
          onChange={(e) => onChange({ name: e.target.value.toLowerCase().replace(/\s+/g, '-') })}
          aria-label={t('entities:schema.relationNameOf', { index: index + 1 })}
          placeholder={t('entities:schema.relationPlaceholder')}
          spellCheck={false}
          {...invalid(errors, path)}
        />
        <FieldError errors={errors} path={path} />
      </div>
      <div className="schema-row__field schema-row__field--grow">
        <input
          className="input"
          value={relation.description}
          onChange={(e) => onChange({ description: e.target.value })}
          aria-label={t('entities:schema.descriptionOf', { type: label })}
          placeholder={t('entities:schema.relationDescriptionPlaceholder')}
        />
      </div>
      <button type="button" className="icon-button" onClick={onDelete} aria-label={t('entities:schema.deleteRelation', { name: label })} title={t('entities:schema.deleteRelation', { name: label })}>
        <Icon name="trash" size={16} />
      </button>
    </li>
  )
}

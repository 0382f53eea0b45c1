import { useTranslation } from 'react-i18next'
import type { EntitySummary } from '@shared/ipc/annotation-contract'
import { languageName } from '../../format'
import { Icon } from '../../components/Icon'
import { IDENTIFIER_KINDS, identifierUrl } from './identifiers'

/** The entity's record, read-only: names per language, aliases, identifiers as links, description. */
export function EntityRecord({ entity, onEdit }: { entity: EntitySummary; onEdit: () => void }) {
  const { t, i18n } = useTranslation()
  const names = Object.entries(entity.names)
  const identifiers = IDENTIFIER_KINDS.filter((kind) => entity.identifiers[kind])
  const none = <span className="entity-record__none">{t('entities:none')}</span>
  return (
    <div className="entity-record" data-testid="entity-record">
      <dl className="entity-record__list">
        <dt>{t('entities:field.names')}</dt>
        <dd data-testid="entity-names">
          {names.length === 0
            ? none
            : names.map(([lang, name]) => (
                <span key={lang} className="entity-record__name">
                  <span className="entity-record__lang" title={languageName(lang, i18n.language)}>
                    {lang}
                  </span>
                  <span lang={lang}>{name}</span>
                </span>
              ))}
        </dd>
        <dt>{t('entities:field.aliases')}</dt>
        <dd>
          {entity.aliases.length === 0
            ? none
            : entity.aliases.map((alias) => (
                <span key={alias} className="entity-chip">
                  {alias}
                </span>
              ))}
        </dd>
        <dt>{t('entities:field.identifiers')}</dt>
        <dd data-testid="entity-identifiers">
          {identifiers.length === 0
            ? none
            : identifiers.map((kind) => {
                const id = entity.identifiers[kind] as string
                return (
                  <a key={kind} className="entity-identifier" href={identifierUrl(kind, id)} target="_blank" rel="noopener noreferrer">
                    <span className="entity-identifier__kind">{t(`entities:identifier.${kind}`)}</span>
                    <span className="entity-identifier__id">{id}</span>
                    <Icon name="external" size={14} />
                  </a>
                )
              })}
        </dd>
        <dt>{t('entities:field.description')}</dt>
        <dd className="entity-record__description">{entity.description || none}</dd>
      </dl>
      <button type="button" className="button button--small" onClick={onEdit}>
        <Icon name="edit" size={16} />
        {t('entities:edit')}
      </button>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import type { TextVersion } from '@shared/model'
import { SegmentedControl } from '../../components/SegmentedControl'
import { languageName } from '../../format'

/** Shown when an article has several texts: the original and its translations. */
export function VersionSwitcher(props: { versions: TextVersion[]; value: string; onChange: (id: string) => void }) {
  const { t, i18n } = useTranslation()
  const label = (version: TextVersion) => {
    const lang = languageName(version.lang, i18n.language)
    if (version.role === 'original') return t('reader:version.original', { lang })
    return version.origin === 'machine' ? t('reader:version.machine', { lang }) : t('reader:version.translation', { lang })
  }
  return (
    <SegmentedControl
      name="version"
      label={t('reader:version.label')}
      value={props.value}
      onChange={props.onChange}
      options={props.versions.map((version) => ({ value: version.id, label: label(version) }))}
    />
  )
}

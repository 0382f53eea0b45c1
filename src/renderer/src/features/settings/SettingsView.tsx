import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Theme, UiLanguage } from '@shared/model'
import { useSettings } from '../../app/settings-context'
import { SegmentedControl } from '../../components/SegmentedControl'
import { ArchiveSettings } from './ArchiveSettings'
import { SchemaEditor } from './SchemaEditor'

export function SettingsView({ focusArchive }: { focusArchive: number }) {
  const { t, i18n } = useTranslation()
  const { settings, saving, update } = useSettings()
  const [changed, setChanged] = useState(false)
  const change = (patch: Parameters<typeof update>[0]) => {
    setChanged(true)
    void update(patch)
  }
  const pathInput = useRef<HTMLInputElement>(null)
  const language: UiLanguage = settings.language ?? (i18n.language === 'zh-CN' ? 'zh-CN' : 'en')

  useEffect(() => {
    if (focusArchive > 0) pathInput.current?.focus()
  }, [focusArchive])

  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="toolbar">
        <h1 id="settings-title" className="toolbar__title">
          {t('settings:title')}
        </h1>
        <span className="toolbar__meta" role="status" data-testid="settings-status">
          {changed ? (saving ? t('settings:saving') : t('settings:saved')) : ''}
        </span>
      </header>
      <div className="page__body page__body--scroll">
        <div className="settings">
          <section className="settings-section" aria-labelledby="settings-language">
            <h2 id="settings-language" className="settings-section__title">
              {t('settings:language.title')}
            </h2>
            <p className="settings-section__hint">{t('settings:language.hint')}</p>
            <SegmentedControl<UiLanguage>
              name="language"
              label={t('settings:language.title')}
              value={language}
              onChange={(value) => change({ language: value })}
              options={[
                { value: 'en', label: t('settings:language.en') },
                { value: 'zh-CN', label: t('settings:language.zh-CN') }
              ]}
            />
          </section>
          <section className="settings-section" aria-labelledby="settings-theme">
            <h2 id="settings-theme" className="settings-section__title">
              {t('settings:theme.title')}
            </h2>
            <p className="settings-section__hint">{t('settings:theme.hint')}</p>
            <SegmentedControl<Theme>
              name="theme"
              label={t('settings:theme.title')}
              value={settings.theme}
              onChange={(value) => change({ theme: value })}
              options={[
                { value: 'light', label: t('settings:theme.light') },
                { value: 'dark', label: t('settings:theme.dark') },
                { value: 'system', label: t('settings:theme.system') }
              ]}
            />
          </section>
          <ArchiveSettings pathInput={pathInput} />
          <SchemaEditor />
        </div>
      </div>
    </section>
  )
}

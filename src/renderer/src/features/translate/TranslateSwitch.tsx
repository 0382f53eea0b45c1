import { memo, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { SegmentedControl } from '../../components/SegmentedControl'
import { takesTyping } from '../../components/text-entry'
import { languageName } from '../../format'
import { commandFor, modLabel } from './keys'
import { ShortcutHelp } from './ShortcutHelp'
import type { TranslationTarget } from './targets'

const MOD = modLabel(typeof navigator === 'undefined' ? '' : navigator.platform)

export type ReaderMode = 'read' | 'translate'

interface Props {
  targets: readonly TranslationTarget[]
  mode: ReaderMode
  lang: string | null
  onMode: (mode: ReaderMode) => void
  onLang: (lang: string) => void
  onAdd: () => void
}

/** In the reader's toolbar: Read or Translate, which translation, and the way to add one. */
export const TranslateSwitch = memo(function TranslateSwitch({ targets, mode, lang, onMode, onLang, onAdd }: Props) {
  const { t, i18n } = useTranslation()
  // While reading, ? opens the shortcut help too (the editor has its own).
  const [help, setHelp] = useState(false)
  useEffect(() => {
    if (mode !== 'read') return
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]') || takesTyping(event.target) || commandFor(event, false) !== 'help') return
      event.preventDefault()
      setHelp(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [mode])
  return (
    <div className="tr-switch">
      {help && <ShortcutHelp mod={MOD} onClose={() => setHelp(false)} />}
      {targets.length > 0 && (
        <SegmentedControl<ReaderMode>
          name="reader-mode"
          label={t('translate:switch.label')}
          value={mode}
          onChange={onMode}
          options={[
            { value: 'read', label: t('translate:switch.read') },
            { value: 'translate', label: t('translate:switch.translate') }
          ]}
        />
      )}
      {mode === 'translate' && targets.length > 1 && (
        <select className="input tr-select" value={lang ?? ''} onChange={(event) => onLang(event.target.value)} aria-label={t('translate:switch.which')} data-testid="translation-choice">
          {targets.map((target) => (
            <option key={target.versionId} value={target.lang}>
              {languageName(target.lang, i18n.language)}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="button button--ghost" onClick={onAdd} title={t('translate:switch.addHint')} data-testid="add-translation">
        <Icon name="plus" size={16} />
        {targets.length > 0 ? t('translate:switch.add') : t('translate:switch.translateEllipsis')}
      </button>
    </div>
  )
})

import { useTranslation } from 'react-i18next'
import type { FormatId } from '@shared/ipc/bundle-contract'

/** One checkbox per format this build writes, all ticked at first. */
export function FormatChoice({ available, chosen, onChange }: { available: FormatId[]; chosen: FormatId[]; onChange: (formats: FormatId[]) => void }) {
  const { t } = useTranslation()
  const toggle = (id: FormatId, on: boolean) => onChange(available.filter((f) => (f === id ? on : chosen.includes(f))))
  return (
    <fieldset className="export-dialog__group">
      <legend>{t('bundle:dialog.formats')}</legend>
      {available.map((id) => (
        <label key={id} className="export-dialog__option">
          <input type="checkbox" checked={chosen.includes(id)} onChange={(event) => toggle(id, event.currentTarget.checked)} />
          <span>
            {t(`bundle:format.${id}.name`)}
            <span className="export-dialog__hint">{t(`bundle:format.${id}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

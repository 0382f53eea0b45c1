import { useTranslation } from 'react-i18next'
import { durationKey } from './effort-format'

/** "12 s", "3 min 5 s", "1 h 2 min" in the interface language. */
export function useDuration(): (seconds: number) => string {
  const { t } = useTranslation()
  return (seconds) => {
    const { key, values } = durationKey(seconds)
    return t(`translate:duration.${key}`, values)
  }
}

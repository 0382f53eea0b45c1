import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { useImport } from './import-context'
import { filesFromDataTransfer } from './read-files'

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files')

/** Files or folders dropped anywhere on the window are imported; an overlay shows where. */
export function DropZone() {
  const { t } = useTranslation()
  const { start } = useImport()
  const [active, setActive] = useState(false)
  // dragenter/dragleave fire for every child element; count them to know when we really left.
  const depth = useRef(0)

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current += 1
      setActive(true)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = () => {
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setActive(false)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return
      event.preventDefault()
      depth.current = 0
      setActive(false)
      void filesFromDataTransfer(event.dataTransfer).then(start)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [start])

  if (!active) return null
  return (
    <div className="dropzone" aria-hidden="true">
      <div className="dropzone__panel">
        <Icon name="import" size={36} />
        <p className="dropzone__title">{t('importer:dropTitle')}</p>
        <p className="dropzone__detail">{t('importer:dropDetail')}</p>
      </div>
    </div>
  )
}

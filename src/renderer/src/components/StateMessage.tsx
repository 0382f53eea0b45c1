import type { ReactNode } from 'react'
import { Icon, type IconName } from './Icon'

/** An empty, loading or error state: what happened, and what to do next. */
export function StateMessage(props: {
  icon: IconName
  title: string
  detail?: string
  tone?: 'neutral' | 'error'
  children?: ReactNode
}) {
  const { icon, title, detail, tone = 'neutral', children } = props
  return (
    <div className={`state state--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="state__icon">
        <Icon name={icon} size={28} />
      </div>
      <h2 className="state__title">{title}</h2>
      {detail && <p className="state__detail">{detail}</p>}
      {children && <div className="state__actions">{children}</div>}
    </div>
  )
}

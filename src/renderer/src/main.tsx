// First: starts the startup reads before anything else is evaluated.
import './startup'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n'
import './styles/theme.css'
import './styles/base.css'
import './styles/shell.css'
import './styles/controls.css'
import './styles/library.css'
import './styles/search.css'
import './styles/import.css'
import './styles/settings.css'
import './styles/reader.css'
import './styles/archive.css'
import './styles/trash.css'
import { App } from './app/App'

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>
)

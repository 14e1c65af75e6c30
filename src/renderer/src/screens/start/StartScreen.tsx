import type { ReactNode } from 'react'
import type { Regime } from '../../../../shared/model'
import type { WorkspaceStatus } from '../../app/AppContext'
import { fileStem, RestoreForm } from '../../components/RestoreForm'
import { TopBar } from '../../components/TopBar'
import { useT } from '../../i18n/I18nContext'
import { CreateWorkspaceForm } from './CreateWorkspaceForm'
import { OpenWorkspaceForm } from './OpenWorkspaceForm'
import { RecentList } from './RecentList'

/** A workspace the unlock screen offers to open. */
export interface UnlockTarget {
  readonly file: string
  readonly name: string
  readonly regimes: Regime[]
  readonly swiss?: boolean
  readonly remembered: boolean
}

interface Props {
  readonly onOpened: (status: WorkspaceStatus) => void
  readonly onUnlock: (target: UnlockTarget) => void
}

/** First screen: create a workspace (or the demo), open one by path, pick a recent one, or restore a backup. */
export function StartScreen({ onOpened, onUnlock }: Props): ReactNode {
  const t = useT()
  return (
    <div className="page-frame">
      <TopBar />
      <main id="main" className="start">
        <div className="start-intro">
          <h1>{t('start.heading')}</h1>
          <p className="muted">{t('start.intro')}</p>
        </div>
        <div className="start-grid">
          <CreateWorkspaceForm onOpened={onOpened} />
          <div className="start-side">
            <RecentList onUnlock={onUnlock} />
            <OpenWorkspaceForm onOpened={onOpened} />
            <RestoreForm
              idPrefix="start-restore"
              intro="restore.intro"
              openLabel="restore.open"
              onOpen={(file) => onUnlock({ file, name: fileStem(file), regimes: [], remembered: false })}
            />
          </div>
        </div>
      </main>
    </div>
  )
}

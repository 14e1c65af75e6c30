import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import type { OutputOf } from '../../../../shared/api'
import type { CheckReport, CheckSeverity, Finding } from '../../../../shared/checks'
import type { Regime } from '../../../../shared/model'
import { call } from '../../api/client'
import { useApp } from '../../app/AppContext'
import { Alert } from '../../components/Alert'
import { useLoad } from '../../hooks/useLoad'
import { hrefOf } from '../../hooks/useRoute'
import { errorText, formatDate, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nContext'
import { FindingsList, SeverityBadge } from './FindingsList'
import { ruleTitle, severityOrder } from './findings'
import './dashboard.css'

const severities: readonly CheckSeverity[] = ['error', 'warning', 'info']
const REVIEW_WINDOW_DAYS = 30

interface Review {
  readonly kind: 'activities' | 'processorActivities' | 'toms'
  readonly id: string
  readonly ref: string
  readonly name: string
  readonly reviewDate: string
}

interface Lists {
  readonly reviews: readonly Review[]
  readonly regimes: Record<Regime, number>
  readonly activities: number
}

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const localToday = (): string => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

async function loadLists(orgRegimes: readonly Regime[], today: string): Promise<Lists> {
  const [activities, processorActivities, toms] = await Promise.all([
    call('activities.list', { limit: 20_000 }),
    call('processorActivities.list', { limit: 20_000 }),
    call('toms.list', { limit: 20_000 })
  ])
  const until = addDays(today, REVIEW_WINDOW_DAYS)
  const reviews: Review[] = []
  const due = (kind: Review['kind'], rows: ReadonlyArray<{ id: string; ref: string; name: string; reviewDate: string | null }>): void => {
    for (const r of rows) if (r.reviewDate && r.reviewDate <= until) reviews.push({ kind, id: r.id, ref: r.ref, name: r.name, reviewDate: r.reviewDate })
  }
  due('activities', activities.rows)
  due('processorActivities', processorActivities.rows)
  due('toms', toms.rows)
  reviews.sort((a, b) => a.reviewDate.localeCompare(b.reviewDate) || a.ref.localeCompare(b.ref))
  const regimes: Record<Regime, number> = { gdpr: 0, revdsg: 0 }
  for (const a of activities.rows) for (const r of a.regimes.length > 0 ? a.regimes : orgRegimes) regimes[r]++
  return { reviews, regimes, activities: activities.rows.length }
}

/** The checklists part is optional: an older core, or none due, shows nothing. */
async function loadDue(): Promise<OutputOf<'checklists.due'> | null> {
  try {
    return await call('checklists.due', { withinDays: REVIEW_WINDOW_DAYS })
  } catch {
    return null
  }
}

/**
 * The workspace dashboard: findings per severity and rule, completeness per Art. 30 field, reviews,
 * assessments and actions due, activities per law, and the findings themselves with acknowledge.
 */
export function Dashboard(): ReactNode {
  const { t, locale } = useI18n()
  const { status } = useApp()
  const [round, setRound] = useState(0)
  const report = useLoad(`checks.run:${round}`, () => call('checks.run', {}))
  const today = report.data?.today ?? localToday()
  const lists = useLoad(`dashboard.lists:${round}:${today}:${status.regimes.join()}`, () => loadLists(status.regimes, today))
  const due = useLoad(`dashboard.due:${round}`, loadDue)
  const [ruleFilter, setRuleFilter] = useState('')
  const [severityFilter, setSeverityFilter] = useState<CheckSeverity | ''>('')
  const findingsRef = useRef<HTMLHeadingElement>(null)
  const ids = { checks: useId(), completeness: useId(), byRule: useId(), reviews: useId(), due: useId(), regimes: useId(), findings: useId() }
  const reload = (): void => setRound((n) => n + 1)

  const data: CheckReport | undefined = report.data
  const rules = useMemo(() => {
    if (!data) return []
    const byId = new Map<string, { ruleId: string; severity: CheckSeverity; ref: string; count: number; regimes: Set<Regime> }>()
    for (const f of data.findings) {
      if (f.acknowledged) continue
      const row = byId.get(f.ruleId) ?? { ruleId: f.ruleId, severity: f.severity, ref: f.ref, count: 0, regimes: new Set<Regime>() }
      row.count = data.byRule[f.ruleId] ?? row.count + 1
      for (const r of f.regimes) row.regimes.add(r)
      byId.set(f.ruleId, row)
    }
    return [...byId.values()].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || b.count - a.count || a.ruleId.localeCompare(b.ruleId))
  }, [data])

  const filtered: Finding[] = useMemo(
    () => (data?.findings ?? []).filter((f) => (!ruleFilter || f.ruleId === ruleFilter) && (!severityFilter || f.severity === severityFilter)),
    [data, ruleFilter, severityFilter]
  )

  const showFindings = (rule: string, severity: CheckSeverity | ''): void => {
    setRuleFilter(rule)
    setSeverityFilter(severity)
    findingsRef.current?.scrollIntoView({ block: 'start' })
    findingsRef.current?.focus()
  }

  const openCount = data ? data.counts.error + data.counts.warning + data.counts.info : 0
  const dueData = due.data
  const dueItems = dueData ? dueData.assessments.length + dueData.actions.length + dueData.schedules.length : 0

  return (
    <>
      <section aria-labelledby={ids.checks} className="dash-section">
        <div className="dash-heading">
          <div>
            <h2 id={ids.checks}>{t('dashboard.checks')}</h2>
            {data ? (
              <p className="muted">
                {t('dashboard.checksIntro', { date: formatDate(locale, data.today), open: formatNumber(locale, openCount), acknowledged: formatNumber(locale, data.counts.acknowledged) })}
              </p>
            ) : null}
          </div>
          <button type="button" onClick={reload} disabled={report.loading}>
            {t('dashboard.rerun')}
          </button>
        </div>
        <Alert message={report.error ? errorText(t, report.error) : null} />
        <ul className="sev-grid" aria-label={t('dashboard.severity')} aria-busy={report.loading}>
          {severities.map((s) => (
            <li key={s}>
              <button
                type="button"
                className={`sev-card sev-card-${s}`}
                onClick={() => showFindings('', s)}
                title={t('dashboard.severity.showOnly', { count: data ? data.counts[s] : 0, label: t(`dashboard.severity.${s}`) })}
              >
                <span className="count-value" data-testid={`count-${s}`}>
                  {data ? formatNumber(locale, data.counts[s]) : '…'}
                </span>
                <span className="count-label">{t(`dashboard.severity.${s}`)}</span>
              </button>
            </li>
          ))}
          <li>
            <div className="sev-card sev-card-acknowledged">
              <span className="count-value">{data ? formatNumber(locale, data.counts.acknowledged) : '…'}</span>
              <span className="count-label">{t('dashboard.severity.acknowledged')}</span>
            </div>
          </li>
        </ul>
      </section>

      <div className="dash-columns">
        <section aria-labelledby={ids.completeness} className="dash-panel">
          <h2 id={ids.completeness}>{t('dashboard.completeness')}</h2>
          <p className="muted dash-intro">{t('dashboard.completenessIntro')}</p>
          <ul className="completeness">
            {(data?.completeness ?? []).map((row) => {
              const percent = row.total === 0 ? 0 : Math.round((row.filled / row.total) * 100)
              const label = t(`dashboard.field.${row.field}`)
              return (
                <li key={row.field} className="completeness-row" data-field={row.field}>
                  <div className="completeness-head">
                    <span className="completeness-label">{label}</span>
                    <span className="completeness-count">{t('dashboard.completenessRow', { filled: formatNumber(locale, row.filled), total: formatNumber(locale, row.total) })}</span>
                  </div>
                  <div
                    className={`bar ${percent === 100 ? 'bar-full' : percent >= 75 ? 'bar-good' : 'bar-low'}`}
                    role="meter"
                    aria-valuemin={0}
                    aria-valuemax={row.total}
                    aria-valuenow={row.filled}
                    aria-valuetext={t('dashboard.completenessValue', { label, filled: row.filled, total: row.total, percent })}
                    aria-label={label}
                  >
                    <span style={{ width: `${percent}%` }} />
                  </div>
                  <span className="completeness-ref">{row.ref}</span>
                </li>
              )
            })}
          </ul>
        </section>

        <section aria-labelledby={ids.byRule} className="dash-panel">
          <h2 id={ids.byRule}>{t('dashboard.byRule')}</h2>
          {data && rules.length === 0 ? <p className="muted">{t('dashboard.noFindings')}</p> : null}
          {rules.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table rule-table" aria-labelledby={ids.byRule}>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.col.rule')}</th>
                    <th scope="col" className="num">
                      {t('dashboard.col.count')}
                    </th>
                    <th scope="col">{t('dashboard.col.ref')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rules.map((r) => (
                    <tr key={r.ruleId} data-rule={r.ruleId}>
                      <td>
                        <div className="rule-cell">
                          <SeverityBadge severity={r.severity} />
                          <span>
                            <button type="button" className="link" onClick={() => showFindings(r.ruleId, '')} aria-label={t('dashboard.showRule', { count: r.count, rule: ruleTitle(t, r.ruleId) })}>
                              {ruleTitle(t, r.ruleId)}
                            </button>
                            {r.regimes.size > 0 ? <span className="muted rule-regimes">{[...r.regimes].sort().map((g) => t(`check.term.regime.${g}`)).join(', ')}</span> : null}
                          </span>
                        </div>
                      </td>
                      <td className="num">{formatNumber(locale, r.count)}</td>
                      <td className="finding-ref">{r.ref}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      </div>

      <div className="dash-columns">
        <section aria-labelledby={ids.reviews} className="dash-panel">
          <h2 id={ids.reviews}>{t('dashboard.reviews')}</h2>
          <p className="muted dash-intro">{t('dashboard.reviewsIntro')}</p>
          <Alert message={lists.error ? errorText(t, lists.error) : null} />
          {lists.data && lists.data.reviews.length === 0 ? <p className="muted">{t('dashboard.reviewsNone')}</p> : null}
          <ul className="due-list">
            {(lists.data?.reviews ?? []).map((r) => {
              const overdue = r.reviewDate < today
              return (
                <li key={`${r.kind}/${r.id}`}>
                  <a href={hrefOf(r.kind, r.id)}>
                    <span className="mono">{r.ref}</span> {r.name}
                  </a>
                  <span className="muted due-kind">{t(`entity.${r.kind}`)}</span>
                  <span className={overdue ? 'due-date due-overdue' : 'due-date'}>
                    {overdue ? t('dashboard.overdueSince', { date: formatDate(locale, r.reviewDate) }) : t('dashboard.dueOn', { date: formatDate(locale, r.reviewDate) })}
                  </span>
                </li>
              )
            })}
          </ul>
        </section>

        <div className="dash-stack">
          <section aria-labelledby={ids.due} className="dash-panel">
            <h2 id={ids.due}>{t('dashboard.due')}</h2>
            {dueData && dueItems === 0 ? <p className="muted">{t('dashboard.dueNone')}</p> : null}
            {dueData && dueItems > 0 ? (
              <ul className="due-list">
                {dueData.assessments.map((a) => (
                  <li key={`a/${a.id}`}>
                    <a href={hrefOf('checklists')}>
                      <span className="mono">{a.ref}</span> {a.title}
                    </a>
                    <span className="muted due-kind">
                      {t('dashboard.due.assessment')} · {a.targetName}
                    </span>
                    {a.dueDate ? (
                      <span className={a.overdue ? 'due-date due-overdue' : 'due-date'}>
                        {a.overdue ? t('dashboard.overdueSince', { date: formatDate(locale, a.dueDate) }) : t('dashboard.dueOn', { date: formatDate(locale, a.dueDate) })}
                      </span>
                    ) : null}
                  </li>
                ))}
                {dueData.actions.map((a) => (
                  <li key={`x/${a.id}`}>
                    <a href={hrefOf('checklists')}>{a.title}</a>
                    <span className="muted due-kind">
                      {t('dashboard.due.action')} · {a.assessmentRef}
                    </span>
                    {a.dueDate ? (
                      <span className={a.overdue ? 'due-date due-overdue' : 'due-date'}>
                        {a.overdue ? t('dashboard.overdueSince', { date: formatDate(locale, a.dueDate) }) : t('dashboard.dueOn', { date: formatDate(locale, a.dueDate) })}
                      </span>
                    ) : null}
                  </li>
                ))}
                {dueData.schedules.map((s) => (
                  <li key={`s/${s.id}`}>
                    <a href={hrefOf('checklists')}>{s.templateTitle ? (locale === 'en' ? s.templateTitle.en : locale === 'de-CH' ? (s.templateTitle['de-CH'] ?? s.templateTitle.de) : s.templateTitle.de) : s.templateKey}</a>
                    <span className="muted due-kind">
                      {t('dashboard.due.schedule')} · {s.targetName}
                    </span>
                    <span className={s.overdue ? 'due-date due-overdue' : 'due-date'}>
                      {s.overdue ? t('dashboard.overdueSince', { date: formatDate(locale, s.nextDue) }) : t('dashboard.dueOn', { date: formatDate(locale, s.nextDue) })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section aria-labelledby={ids.regimes} className="dash-panel">
            <h2 id={ids.regimes}>{t('dashboard.regimes')}</h2>
            <p className="muted dash-intro">{t('dashboard.regimesIntro')}</p>
            <ul className="count-grid regime-grid">
              {(['gdpr', 'revdsg'] as const).map((r) => (
                <li key={r}>
                  <a className="count-card" href={hrefOf('activities')}>
                    <span className="count-value">{lists.data ? formatNumber(locale, lists.data.regimes[r]) : '…'}</span>
                    <span className="count-label">{t(`regime.${r}`)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>

      <section aria-labelledby={ids.findings} className="dash-section" id="findings">
        <h2 id={ids.findings} ref={findingsRef} tabIndex={-1}>
          {t('findings.heading')}
        </h2>
        <div className="toolbar findings-toolbar">
          <label className="inline-field">
            <span>{t('findings.filterSeverity')}</span>
            <select value={severityFilter} onChange={(e) => setSeverityFilter(e.target.value as CheckSeverity | '')}>
              <option value="">{t('findings.all')}</option>
              {severities.map((s) => (
                <option key={s} value={s}>
                  {t(`severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>{t('findings.filterRule')}</span>
            <select value={ruleFilter} onChange={(e) => setRuleFilter(e.target.value)}>
              <option value="">{t('findings.all')}</option>
              {rules.map((r) => (
                <option key={r.ruleId} value={r.ruleId}>
                  {ruleTitle(t, r.ruleId)} ({r.count})
                </option>
              ))}
            </select>
          </label>
          {ruleFilter || severityFilter ? (
            <button type="button" className="link" onClick={() => showFindings('', '')}>
              {t('findings.clearFilter')}
            </button>
          ) : null}
        </div>
        {data ? (
          <FindingsList
            key={`${ruleFilter}/${severityFilter}`}
            findings={filtered}
            onChanged={reload}
            limit={25}
            label={t('findings.heading')}
            emptyText={t('dashboard.noFindings')}
          />
        ) : null}
      </section>
    </>
  )
}

import type { BoardChartOption } from './components/BoardChart.vue'
import { ORGANIZATION_TYPES, POSTING_KINDS, type Granularity, type Stats, type StatsFigures } from './api'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** 03-09 for a day, W11 (03-09) for an ISO week, 2026-03 for a month. */
export function periodLabel(granularity: Granularity, start: string): string {
  if (granularity === 'month') return start.slice(0, 7)
  if (granularity === 'day') return start.slice(5)
  return `W${isoWeek(start)} (${start.slice(5)})`
}

/** The ISO 8601 week number of a date (yyyy-mm-dd): weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeek(date: string): number {
  const d = new Date(`${date}T00:00:00Z`)
  const day = (d.getUTCDay() + 6) % 7
  d.setUTCDate(d.getUTCDate() - day + 3)
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4))
  const firstDay = (firstThursday.getUTCDay() + 6) % 7
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstDay + 3)
  return 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 24 * 3600 * 1000))
}

export const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0)

/** The headline numbers of the range, in the order the cards show them. */
export function cards(totals: StatsFigures): { key: string; value: number }[] {
  return [
    { key: 'newOrganizations', value: sum(totals.newOrganizations) },
    { key: 'postings', value: sum(totals.postingsSubmitted) },
    { key: 'approvals', value: totals.approvals },
    { key: 'rejections', value: totals.rejections },
    { key: 'contacts', value: totals.contacts },
    { key: 'deals', value: totals.deals },
    { key: 'matches', value: totals.matches },
    { key: 'applications', value: totals.applications },
    { key: 'acceptances', value: totals.acceptances },
    { key: 'quotes', value: totals.quotes },
  ]
}

const base = (labels: string[]): BoardChartOption => ({
  tooltip: { trigger: 'axis' },
  legend: { top: 0, type: 'scroll' },
  grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: labels },
  yAxis: { type: 'value', minInterval: 1 },
})

type Pick = (f: StatsFigures) => number

function lines(labels: string[], stats: Stats, series: { name: string; pick: Pick; bar?: boolean }[], stacked = false): BoardChartOption {
  return {
    ...base(labels),
    series: series.map((s) => ({
      name: s.name,
      type: s.bar ? 'bar' : 'line',
      stack: stacked ? 'total' : undefined,
      smooth: !s.bar,
      data: stats.periods.map((p) => s.pick(p.figures)),
    })),
  } as BoardChartOption
}

/** Every chart of the dashboard, built from one stats answer. */
export function charts(stats: Stats, t: Translate): Record<string, BoardChartOption> {
  const granularity = stats.granularity as Granularity
  const labels = stats.periods.map((p) => periodLabel(granularity, p.start))
  const s = (key: string) => t(`boardAdmin.dashboard.series.${key}`)
  return {
    users: lines(
      labels,
      stats,
      ORGANIZATION_TYPES.map((type) => ({ name: t(`boardAdmin.orgType.${type}`), pick: (f: StatsFigures) => f.newOrganizations[type] ?? 0, bar: true })),
      true,
    ),
    postings: lines(
      labels,
      stats,
      POSTING_KINDS.map((kind) => ({ name: t(`boardAdmin.kind.${kind}`), pick: (f: StatsFigures) => f.postingsSubmitted[kind] ?? 0, bar: true })),
      true,
    ),
    review: lines(labels, stats, [
      { name: s('approvals'), pick: (f) => f.approvals },
      { name: s('rejections'), pick: (f) => f.rejections },
    ]),
    conversion: lines(labels, stats, [
      { name: s('contacts'), pick: (f) => f.contacts },
      { name: s('deals'), pick: (f) => f.deals },
      { name: s('matches'), pick: (f) => f.matches },
    ]),
    jobs: lines(labels, stats, [
      { name: s('applications'), pick: (f) => f.applications, bar: true },
      { name: s('acceptances'), pick: (f) => f.acceptances, bar: true },
    ]),
    oem: lines(labels, stats, [
      { name: s('oemDemands'), pick: (f) => f.oem.demandsPosted },
      { name: s('oemServices'), pick: (f) => f.oem.servicesPosted },
      { name: s('oemContacts'), pick: (f) => f.oem.contacts },
      { name: s('oemDeals'), pick: (f) => f.oem.deals },
    ]),
    funnel: {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          minSize: '20%',
          left: '10%',
          width: '80%',
          label: { show: true, position: 'inside' },
          data: [
            { name: t('boardAdmin.dashboard.funnel.published'), value: stats.funnel.published },
            { name: t('boardAdmin.dashboard.funnel.contacted'), value: stats.funnel.contacted },
            { name: t('boardAdmin.dashboard.funnel.deals'), value: stats.funnel.deals },
          ],
        },
      ],
    },
  }
}

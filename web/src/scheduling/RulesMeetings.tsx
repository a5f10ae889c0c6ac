/** The rules editor's meetings: which stay fixed, each one's allowed range, and which must come before which. */
import { useTranslation } from 'react-i18next';
import { formatShortDate, formatTime, instantIn, zoneLabel } from '../i18n/format';
import { fallbackLang, pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import type { ClusterView } from './api';
import { RuleProblem } from './RuleProblem';
import type { RulesDraft } from './rules-draft';
import type { Problems } from './RuleProblem';
import { ScrollRegion } from '../layout/ScrollRegion';
import { DateInput } from '../layout/DateInput';

interface Props {
  cluster: ClusterView;
  draft: RulesDraft;
  edit: (change: (d: RulesDraft) => RulesDraft) => void;
  problems: Problems;
}

/** One end of the range a meeting must lie within, a wall-clock time in the host zone on the quarter hour. */
function RangeEdge({
  meeting,
  edge,
  value,
  disabled,
  onChange,
}: {
  meeting: ClusterView['meetings'][number];
  edge: 'from' | 'to';
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('scheduling');
  return (
    <DateInput
      type="datetime-local"
      step={900}
      value={value}
      disabled={disabled}
      aria-label={t(`rules.meetings.${edge}Label`, { meeting: pick(meeting, 'title') })}
      onChange={(e) => onChange(e.target.value)}
      data-testid={`rules-range-${edge}-${meeting.id}`}
    />
  );
}

export function RulesMeetings({ cluster, draft, edit, problems }: Props) {
  const { t } = useTranslation('scheduling');
  const hostTime = (iso: string) => {
    const dt = instantIn(iso, cluster.hostTimeZone);
    return `${formatShortDate(dt)} ${formatTime(dt)}`;
  };
  const setRange = (meetingId: number, end: 'from' | 'to', value: string) =>
    edit((d) => {
      const range = { ...(d.ranges[meetingId] ?? { from: '', to: '' }), [end]: value };
      return { ...d, ranges: { ...d.ranges, [meetingId]: range } };
    });
  const nextKey = () => Math.max(-1, ...draft.precedences.map((p) => p.key)) + 1;
  /** One side of a precedence ("before" or "after"): a select of the cluster's meetings. */
  const meetingSelect = (key: number, side: 'before' | 'after', value: number | null, row: number) => (
    <select
      value={value ?? ''}
      aria-label={t(`rules.precedences.${side}`)}
      onChange={(e) =>
        edit((d) => ({ ...d, precedences: d.precedences.map((x) => (x.key === key ? { ...x, [side]: e.target.value ? Number(e.target.value) : null } : x)) }))
      }
      data-testid={`rules-precedence-${side}-${row}`}
    >
      <option value="">{t('rules.precedences.choose')}</option>
      {cluster.meetings.map((m) => (
        <option key={m.id} value={m.id} lang={fallbackLang(m, 'title')}>
          {pick(m, 'title')}
        </option>
      ))}
    </select>
  );

  return (
    <>
      <section className="card">
        <h2>{t('rules.meetings.heading')}</h2>
        <p className="hint">{t('rules.meetings.hint', { zone: zoneLabel(cluster.hostTimeZone, cluster.meetings[0]?.startsAt) })}</p>
        <ScrollRegion label={t('rules.meetings.heading')}>
          <table className="table" data-testid="rules-meetings">
            <thead>
              <tr>
                <th>{t('rules.meetings.meeting')}</th>
                <th>{t('rules.meetings.now')}</th>
                <th>{t('rules.meetings.fixed')}</th>
                <th>{t('rules.meetings.from')}</th>
                <th>{t('rules.meetings.to')}</th>
              </tr>
            </thead>
            <tbody>
              {cluster.meetings.map((m) => {
                const range = draft.ranges[m.id] ?? { from: '', to: '' };
                const fixed = draft.fixed.includes(m.id);
                return (
                  <tr key={m.id} data-testid={`rules-meeting-${m.id}`}>
                    <td>
                      <Picked of={m} field="title" /> <span className="muted small">{t('rules.meetings.minutes', { count: m.durationMinutes })}</span>
                      <RuleProblem
                        problems={problems.at((p) => (p.kind === 'fixed' || p.kind === 'range') && p.meetingId === m.id)}
                        testId={`rules-error-meeting-${m.id}`}
                      />
                    </td>
                    <td className="nowrap small">{hostTime(m.startsAt)}</td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('rules.meetings.fixedLabel', { meeting: pick(m, 'title') })}
                        checked={fixed}
                        onChange={(e) => edit((d) => ({ ...d, fixed: e.target.checked ? [...d.fixed, m.id] : d.fixed.filter((x) => x !== m.id) }))}
                        data-testid={`rules-fixed-${m.id}`}
                      />
                    </td>
                    <td>
                      <RangeEdge meeting={m} edge="from" value={range.from} disabled={fixed} onChange={(value) => setRange(m.id, 'from', value)} />
                    </td>
                    <td>
                      <RangeEdge meeting={m} edge="to" value={range.to} disabled={fixed} onChange={(value) => setRange(m.id, 'to', value)} />
                      {(range.from || range.to) && (
                        <button
                          type="button"
                          className="button button-small button-ghost"
                          onClick={() => edit((d) => ({ ...d, ranges: { ...d.ranges, [m.id]: { from: '', to: '' } } }))}
                        >
                          {t('rules.meetings.clear')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section className="card">
        <h2>{t('rules.precedences.heading')}</h2>
        <p className="hint">{t('rules.precedences.hint')}</p>
        <ol className="rules-precedences" data-testid="rules-precedences">
          {draft.precedences.map((p, row) => (
            <li key={p.key} data-testid={`rules-precedence-${row}`}>
              <span className="rules-precedence-row">
                {meetingSelect(p.key, 'before', p.before, row)}
                <span>{t('rules.precedences.endsAtLeast')}</span>
                <input
                  type="number"
                  min={0}
                  max={1440}
                  step={5}
                  className="rules-minutes"
                  value={p.buffer}
                  aria-label={t('rules.precedences.buffer')}
                  onChange={(e) => edit((d) => ({ ...d, precedences: d.precedences.map((x) => (x.key === p.key ? { ...x, buffer: e.target.value } : x)) }))}
                  data-testid={`rules-precedence-buffer-${row}`}
                />
                <span>{t('rules.precedences.minutesBefore')}</span>
                {meetingSelect(p.key, 'after', p.after, row)}
                <span>{t('rules.precedences.starts')}</span>
                <button
                  type="button"
                  className="button button-small button-ghost"
                  onClick={() => edit((d) => ({ ...d, precedences: d.precedences.filter((x) => x.key !== p.key) }))}
                >
                  {t('rules.precedences.remove')}
                </button>
              </span>
              <RuleProblem problems={problems.at((x) => x.kind === 'precedence' && x.row === row)} testId={`rules-error-precedence-${row}`} />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() => edit((d) => ({ ...d, precedences: [...d.precedences, { key: nextKey(), before: null, after: null, buffer: '15' }] }))}
          data-testid="rules-add-precedence"
        >
          {t('rules.precedences.add')}
        </button>
      </section>
    </>
  );
}

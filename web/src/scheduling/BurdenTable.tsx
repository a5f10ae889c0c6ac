/** Each delegation's burden now and in the proposal, and why (its meetings in local time). */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import type { ClusterView, DelegationBreakdown } from './api';

const BAND_KEYS = ['night', 'early', 'morning', 'day', 'evening', 'late'] as const;

export function BurdenTable({ cluster, proposal }: { cluster: ClusterView; proposal: DelegationBreakdown[] | null }) {
  const { t } = useTranslation('scheduling');
  const [open, setOpen] = useState<string | null>(null);
  const current = new Map(cluster.current.breakdown.map((b) => [b.delegation, b]));
  const proposed = new Map((proposal ?? []).map((b) => [b.delegation, b]));
  const parties = [...cluster.parties].sort(
    (a, b) => (proposed.get(b.code)?.burden ?? current.get(b.code)?.burden ?? 0) - (proposed.get(a.code)?.burden ?? current.get(a.code)?.burden ?? 0),
  );
  const title = (meetingId: string) => {
    const m = cluster.meetings.find((x) => String(x.id) === meetingId);
    return m ? pick(m, 'title') : meetingId;
  };
  return (
    <section className="card">
      <h2>{t('burden.heading')}</h2>
      <p className="hint">{t('burden.hint')}</p>
      <div className="table-scroll">
        <table className="table" data-testid="burden-table">
          <thead>
            <tr>
              <th>{t('burden.delegation')}</th>
              <th>{t('burden.zone')}</th>
              <th>{t('burden.current')}</th>
              {proposal && <th>{t('burden.proposed')}</th>}
              <th />
            </tr>
          </thead>
          <tbody>
            {parties.map((p) => {
              const now = current.get(p.code);
              const next = proposed.get(p.code);
              const why = next ?? now;
              const forbidden = now?.meetings.some((m) => m.forbiddenMinutes > 0);
              return (
                <Fragment key={p.code}>
                  <tr data-testid={`burden-row-${p.code}`}>
                    <td>
                      {pick(p, 'name')}
                      {cluster.nightAllowedParties.includes(p.code) && <span className="badge schedule-night">{t('burden.nightAllowed')}</span>}
                    </td>
                    <td className="small">{p.timeZone}</td>
                    <td>
                      {now?.burden ?? 0}
                      {forbidden && <span className="badge schedule-forbidden">{t('burden.inForbidden')}</span>}
                    </td>
                    {proposal && <td data-testid="burden-proposed">{next?.burden ?? 0}</td>}
                    <td>
                      <button type="button" className="button button-small" onClick={() => setOpen(open === p.code ? null : p.code)} aria-expanded={open === p.code} data-testid={`why-${p.code}`}>
                        {t('burden.why')}
                      </button>
                    </td>
                  </tr>
                  {open === p.code && why && (
                    <tr className="schedule-why">
                      <td colSpan={proposal ? 5 : 4}>
                        <ul className="plain" data-testid={`why-list-${p.code}`}>
                          {why.meetings.map((m) => (
                            <li key={m.meeting}>
                              <strong>{title(m.meeting)}</strong>: {t('burden.localTime', { start: m.localStart.replace('T', ' '), end: m.localEnd.slice(11) })} —{' '}
                              {t('burden.cost', { cost: m.cost })}
                              {m.minutesByBand.some((n, i) => n > 0 && BAND_KEYS[i] !== 'day') && ' ('}
                              {m.minutesByBand
                                .map((n, i) => (n > 0 && BAND_KEYS[i] !== 'day' ? t(`band.minutes.${BAND_KEYS[i]}`, { count: n }) : null))
                                .filter(Boolean)
                                .join(', ')}
                              {m.minutesByBand.some((n, i) => n > 0 && BAND_KEYS[i] !== 'day') && ')'}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

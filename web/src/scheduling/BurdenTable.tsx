/** Each delegation's burden now and in the proposal, and why (its meetings in local time). */
import { zoneCity } from '../i18n/format';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import type { ClusterView, ComfortBand, DelegationBreakdown } from './api';
import { clock } from './rules-draft';
import { TableCard } from '../layout/TableCard';

interface Props {
  cluster: ClusterView;
  /** The times now, evaluated as the last run read the cluster (default comfort or not). */
  current: DelegationBreakdown[];
  proposal: DelegationBreakdown[] | null;
  defaultComfort: boolean;
}

export function BurdenTable({ cluster, current: now, proposal, defaultComfort }: Props) {
  const { t } = useTranslation('scheduling');
  const [open, setOpen] = useState<string | null>(null);
  const current = new Map(now.map((b) => [b.delegation, b]));
  const bandsOf = (code: string): ComfortBand[] => (defaultComfort ? undefined : cluster.rules.comfort?.[code]?.bands) ?? cluster.defaults.bands;
  const night = (code: string) => !defaultComfort && cluster.nightAllowedParties.includes(code);
  const proposed = new Map((proposal ?? []).map((b) => [b.delegation, b]));
  const parties = [...cluster.parties].sort(
    (a, b) => (proposed.get(b.code)?.burden ?? current.get(b.code)?.burden ?? 0) - (proposed.get(a.code)?.burden ?? current.get(a.code)?.burden ?? 0),
  );
  const title = (meetingId: string) => {
    const m = cluster.meetings.find((x) => String(x.id) === meetingId);
    return m ? pick(m, 'title') : meetingId;
  };
  return (
    <TableCard heading={t('burden.heading')} hint={t('burden.hint')}>
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
                    <Picked of={p} field="name" />
                    {night(p.code) && <span className="badge schedule-night">{t('burden.nightAllowed')}</span>}
                  </td>
                  <td className="small" title={p.timeZone}>
                    {zoneCity(p.timeZone)}
                  </td>
                  <td>
                    {now?.burden ?? 0}
                    {forbidden && <span className="badge schedule-forbidden">{t('burden.inForbidden')}</span>}
                  </td>
                  {proposal && <td data-testid="burden-proposed">{next?.burden ?? 0}</td>}
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setOpen(open === p.code ? null : p.code)}
                      aria-expanded={open === p.code}
                      data-testid={`why-${p.code}`}
                    >
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
                            <BandMinutes minutesByBand={m.minutesByBand} bands={bandsOf(p.code)} night={night(p.code)} />
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
    </TableCard>
  );
}

/** "(30 min in 22:00–24:00, 15 min in 00:00–06:00)": the minutes that cost something, by the delegation's own bands. */
function BandMinutes({ minutesByBand, bands, night }: { minutesByBand: number[]; bands: ComfortBand[]; night: boolean }) {
  const { t } = useTranslation('scheduling');
  const parts = minutesByBand
    .map((count, i) => ({ count, band: bands[i] }))
    .filter(({ count, band }) => count > 0 && band && band.costPerMinute !== 0)
    .map(({ count, band }) =>
      t(band!.costPerMinute === null ? (night ? 'band.minutesNight' : 'band.minutesForbidden') : 'band.minutesIn', {
        count,
        from: clock(band!.fromMinute),
        to: clock(band!.toMinute),
        cost: band!.costPerMinute,
      }),
    );
  return parts.length ? <> ({parts.join(', ')})</> : null;
}

/**
 * The fairness ledger in people's units: per delegation, the sessions and
 * minutes it sat at night, early and late in its own time over the year's
 * accepted schedules, as a chart and a table, and as a CSV download.
 */
import { useTranslation } from 'react-i18next';
import { DownloadLink } from '../layout/LongWork';
import { EChart } from '../charts/EChart';
import { pick } from '../i18n/pick';
import { useLedger, type LedgerRow } from './api';
import { BANDS, hours } from './ledger-format';
import { ScrollRegion } from '../layout/ScrollRegion';

const COLOURS: Record<(typeof BANDS)[number], string> = { night: '#4a3a8a', early: '#f0a24a', late: '#c9324a' };

const sitsOutside = (r: LedgerRow) => BANDS.some((b) => r.bands[b].minutes > 0);

export function LedgerBands({ year }: { year: number }) {
  const { t, i18n } = useTranslation('scheduling');
  const ledger = useLedger(year);
  if (!ledger.data || ledger.data.delegations.length === 0) return null;
  const lang = i18n.resolvedLanguage === 'vi' ? 'vi' : 'en';
  const rows = [...ledger.data.delegations].filter(sitsOutside).sort((a, b) => total(b) - total(a) || a.partyCode.localeCompare(b.partyCode));
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, right: 0 }, // at the right: the axis's name is at the left, under it on a phone
    grid: { left: 60, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((r) => r.partyCode), axisLabel: { rotate: 60 } },
    yAxis: { type: 'value', name: t('ledger.minutesAxis') },
    series: BANDS.map((b) => ({ name: t(`ledger.bands.${b}`), type: 'bar', stack: 'minutes', color: COLOURS[b], data: rows.map((r) => r.bands[b].minutes) })),
  };
  return (
    <div className="ledger-bands" data-testid="ledger-bands">
      <h3>{t('ledger.bandsHeading', { year })}</h3>
      <p className="hint">{t('ledger.bandsHint')}</p>
      <p>
        <DownloadLink className="button" href={`/api/schedule/ledger.csv?year=${year}&lang=${lang}`} testId="ledger-csv">
          {t('ledger.csv')}
        </DownloadLink>
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('ledger.bandsNone')}</p>
      ) : (
        <>
          <div data-testid="ledger-bands-chart">
            <EChart option={option} height={320} />
          </div>
          <ScrollRegion label={t('ledger.bandsHeading', { year })}>
            <table className="table" data-testid="ledger-bands-table">
              <thead>
                <tr>
                  <th>{t('ledger.delegation')}</th>
                  <th className="num">{t('ledger.points')}</th>
                  {BANDS.map((b) => (
                    <th key={b} className="num">
                      {t(`ledger.bands.${b}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.partyCode} data-testid={`ledger-row-${r.partyCode}`}>
                    <td>
                      <abbr title={pick(r, 'name')}>{r.partyCode}</abbr>
                    </td>
                    <td className="num">{r.total}</td>
                    {BANDS.map((b) => (
                      <td key={b} className="num nowrap">
                        {r.bands[b].sessions > 0 ? t('ledger.sessions', { count: r.bands[b].sessions, time: hours(r.bands[b].minutes) }) : '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </div>
  );
}

const total = (r: LedgerRow) => BANDS.reduce((sum, b) => sum + r.bands[b].minutes, 0);

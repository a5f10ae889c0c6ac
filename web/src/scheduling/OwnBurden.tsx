/**
 * A delegation liaison's own line of the fairness ledger: the burden its
 * delegation carries from the schedules the chair accepted, per cluster. The
 * server answers a liaison with its own delegation's row only. Beside the
 * points, the sessions and hours it sat at night, early and late.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { useLedger } from './api';
import { YearPicker } from './YearPicker';
import { BANDS, hours } from './ledger-format';
import { ScrollRegion } from '../layout/ScrollRegion';

const years = [2020, 2021];

export function OwnBurden() {
  const { t } = useTranslation('scheduling');
  const [year, setYear] = useState(years[0]!);
  const ledger = useLedger(year);
  const row = ledger.data?.delegations[0];
  return (
    <section className="card" data-testid="own-burden">
      <div className="section-heading">
        <h2>{row ? t('ownBurden.headingOf', { delegation: pick(row, 'name') }) : t('ownBurden.heading')}</h2>
        <YearPicker years={years} value={year} onChange={setYear} testId="own-burden-year" />
      </div>
      <p className="hint">{t('ownBurden.hint')}</p>
      {ledger.isPending && <Loading />}
      {ledger.isError && <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />}
      {ledger.isSuccess && !row && (
        <p className="muted" data-testid="own-burden-empty">
          {t('ledger.empty')}
        </p>
      )}
      {row && (
        <ScrollRegion label={t('ownBurden.headingOf', { delegation: pick(row, 'name') })}>
          <table className="table" data-testid="own-burden-table">
            <thead>
              <tr>
                <th>{t('ownBurden.cluster')}</th>
                <th>{t('ownBurden.burden')}</th>
              </tr>
            </thead>
            <tbody>
              {row.clusters.map((c) => (
                <tr key={c.clusterId}>
                  <td>
                    <Picked of={c} field="title" />
                  </td>
                  <td>{c.burden}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th>{t('ownBurden.total')}</th>
                <th data-testid="own-burden-total">{row.total}</th>
              </tr>
            </tfoot>
          </table>
          <p data-testid="own-burden-bands">
            {BANDS.map(
              (b) =>
                `${t(`ledger.bands.${b}`)}: ${row.bands[b].sessions > 0 ? t('ledger.sessions', { count: row.bands[b].sessions, time: hours(row.bands[b].minutes) }) : '—'}`,
            ).join(' · ')}
          </p>
        </ScrollRegion>
      )}
    </section>
  );
}

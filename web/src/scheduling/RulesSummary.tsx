/** The cluster's scheduling rules in a few lines, with the way to the editor. */
import { zoneLabel } from '../i18n/format';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pick } from '../i18n/pick';
import type { ClusterView } from './api';

export function RulesSummary({ cluster, canEdit }: { cluster: ClusterView; canEdit: boolean }) {
  const { t } = useTranslation('scheduling');
  const { rules, defaults } = cluster;
  const title = (id: number) => {
    const m = cluster.meetings.find((x) => x.id === id);
    return m ? pick(m, 'title') : String(id);
  };
  const nameOf = (code: string) => {
    const p = cluster.parties.find((x) => x.code === code);
    return p ? pick(p, 'name') : code;
  };
  const custom = Object.entries(rules.comfort ?? {})
    .filter(([, c]) => c.bands)
    .map(([code]) => nameOf(code));
  const zones = Object.entries(rules.comfort ?? {})
    .filter(([, c]) => c.timeZone)
    .map(([code, c]) => `${nameOf(code)} (${zoneLabel(c.timeZone!, cluster.meetings[0]?.startsAt)})`);
  return (
    <section className="card" data-testid="rules-summary">
      <div className="section-heading">
        <h2>{t('rules.summary.heading')}</h2>
        {canEdit && (
          <Link className="button" to={`/clusters/${cluster.id}/rules`} data-testid="edit-rules">
            {t('rules.summary.edit')}
          </Link>
        )}
      </div>
      <ul className="plain rules-summary">
        <li>{t('rules.summary.fixed', { count: rules.fixedMeetingIds.length, meetings: rules.fixedMeetingIds.map(title).join(', ') })}</li>
        <li>{t('rules.summary.precedences', { count: rules.precedences.length })}</li>
        <li>
          {t('rules.summary.chair', {
            cap: rules.principalDailyCapMinutes ?? defaults.principalDailyCapMinutes,
            buffer: rules.principalBufferMinutes ?? defaults.principalBufferMinutes,
          })}
        </li>
        <li>
          {rules.nightAllowedParties.length
            ? t('rules.summary.night', { delegations: rules.nightAllowedParties.map(nameOf).join(', ') })
            : t('rules.summary.noNight')}
        </li>
        {custom.length > 0 && <li>{t('rules.summary.customBands', { delegations: custom.join(', ') })}</li>}
        {zones.length > 0 && <li>{t('rules.summary.zones', { delegations: zones.join(', ') })}</li>}
        {(rules.allowedRanges?.length ?? 0) > 0 && <li>{t('rules.summary.ranges', { count: rules.allowedRanges!.length })}</li>}
      </ul>
    </section>
  );
}

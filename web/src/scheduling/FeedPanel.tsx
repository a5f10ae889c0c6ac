/** Calendar feeds from a cluster: download the cluster, or go to a delegation's subscription links. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fallbackLang, pick } from '../i18n/pick';
import type { ClusterView } from './api';

export function FeedPanel({ cluster }: { cluster: ClusterView }) {
  const { t } = useTranslation('scheduling');
  const [party, setParty] = useState(cluster.parties[0]?.code ?? '');
  return (
    <section className="card">
      <h2>{t('feeds.heading')}</h2>
      <div className="schedule-controls">
        <a className="button" href={`/api/clusters/${cluster.id}/calendar.ics`} download data-testid="cluster-ics">
          {t('feeds.downloadCluster')}
        </a>
        <label className="field">
          {t('feeds.delegation')}
          <select value={party} onChange={(e) => setParty(e.target.value)} data-testid="feed-party">
            {cluster.parties.map((p) => (
              <option key={p.code} value={p.code} lang={fallbackLang(p, 'name')}>
                {pick(p, 'name')}
              </option>
            ))}
          </select>
        </label>
        <Link className="button button-primary" to={`/schedule/feeds?party=${encodeURIComponent(party)}`} data-testid="manage-feed">
          {t('feeds.manage')}
        </Link>
      </div>
      <p className="hint">{t('feeds.hint')}</p>
    </section>
  );
}

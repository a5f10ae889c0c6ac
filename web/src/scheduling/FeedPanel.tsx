/** Calendar feeds: download the cluster, or a subscribable URL per delegation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import { useCreateFeed, type ClusterView } from './api';

export function FeedPanel({ cluster }: { cluster: ClusterView }) {
  const { t } = useTranslation('scheduling');
  const [party, setParty] = useState(cluster.parties[0]?.code ?? '');
  const create = useCreateFeed();
  const chosen = cluster.parties.find((p) => p.code === party);
  const url = create.data ? `${window.location.origin}/api${create.data.url.replace(/^\/api/, '')}` : null;
  return (
    <section className="card">
      <h2>{t('feeds.heading')}</h2>
      <p>
        <a className="button" href={`/api/clusters/${cluster.id}/calendar.ics`} download data-testid="cluster-ics">
          {t('feeds.downloadCluster')}
        </a>
      </p>
      <div className="schedule-controls">
        <label className="field">
          {t('feeds.delegation')}
          <select value={party} onChange={(e) => { setParty(e.target.value); create.reset(); }} data-testid="feed-party">
            {cluster.parties.map((p) => (
              <option key={p.code} value={p.code}>
                {pick(p, 'name')}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button-primary" disabled={!chosen || create.isPending} onClick={() => chosen && create.mutate(chosen.delegationId)} data-testid="create-feed">
          {t('feeds.create')}
        </button>
      </div>
      {url && (
        <div className="notice" data-testid="feed-url-box">
          <p>{t('feeds.created')}</p>
          <input className="schedule-feed-url" readOnly value={url} data-testid="feed-url" onFocus={(e) => e.target.select()} />
          <p>
            <a href={url.replace(/^https?:/, 'webcal:')}>{t('feeds.subscribe')}</a> · <a href={url} download data-testid="feed-download">{t('feeds.download')}</a>
          </p>
        </div>
      )}
    </section>
  );
}

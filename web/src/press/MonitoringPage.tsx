/** Media monitoring: import news pages, see coverage per meeting and the clippings behind it. */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { useClippings, useCoverage, useImportClippings, useImportUrl, type Clipping } from './api';
import { formatInZone } from './format';

function ClippingCard({ clipping }: { clipping: Clipping }) {
  const { t, i18n } = useTranslation('press');
  return (
    <article className="card clipping" data-testid="clipping">
      <h3>{clipping.title}</h3>
      <p className="muted">
        {clipping.publishedAt
          ? formatInZone(clipping.publishedAt, clipping.publishedZoneStated ? undefined : (clipping.publishedZone ?? undefined), i18n.resolvedLanguage)
          : t('monitoring.dateUnknown')}
        {clipping.author && ` · ${clipping.author}`} · {clipping.language} · <span className="clipping-source">{clipping.source}</span>
      </p>
      <p>{clipping.excerpt}</p>
      <p className="badges">
        {clipping.meetings.map((m) => (
          <Link key={m.id} className="badge badge-type-meeting" to={`/meetings/${m.id}`} title={m.alias}>
            {pick(m, 'name')}
          </Link>
        ))}
        {clipping.people.map((p) => (
          <Link key={p.id} className="badge badge-type-person" to={`/people/${p.id}`}>
            {p.name}
          </Link>
        ))}
      </p>
    </article>
  );
}

export function MonitoringPage() {
  const { t } = useTranslation('press');
  const coverage = useCoverage();
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const clippings = useClippings(meetingId);
  const importPages = useImportClippings();
  const importUrl = useImportUrl();
  const [url, setUrl] = useState('');
  const onUrl = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) importUrl.mutate(url.trim(), { onSuccess: () => setUrl('') });
  };

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    const pages = await Promise.all(
      files.map(async (file) => ({
        source: file.name,
        content: await file.text(),
        contentType: /\.html?$/i.test(file.name) ? 'text/html' : 'text/plain',
      })),
    );
    if (pages.length) importPages.mutate(pages);
    e.target.value = '';
  };

  return (
    <section>
      <h1>{t('monitoring.title')}</h1>
      <div className="card">
        <label className="field">
          {t('monitoring.import')}
          <input type="file" multiple accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void onFiles(e)} data-testid="import-files" />
        </label>
        <small className="muted">{t('monitoring.importHint')}</small>
        {importPages.isPending && <Loading />}
        {importPages.isError && <ErrorState error={importPages.error} />}
        {importPages.data && (
          <p role="status" data-testid="import-result">
            {t('monitoring.imported', { count: importPages.data.filter((c) => !c.duplicate).length, duplicates: importPages.data.filter((c) => c.duplicate).length })}
          </p>
        )}
      </div>
      <form className="card" onSubmit={onUrl}>
        <label className="field">
          {t('monitoring.importUrl')}
          <input type="url" required maxLength={2000} value={url} onChange={(e) => setUrl(e.target.value)} data-testid="import-url" />
        </label>
        <button className="button button-primary" type="submit" disabled={importUrl.isPending} data-testid="import-url-submit">
          {t('monitoring.importUrlButton')}
        </button>
        {importUrl.isPending && <Loading />}
        {importUrl.isError && <ErrorState error={importUrl.error} />}
        {importUrl.data && (
          <p role="status" data-testid="import-url-result">
            {importUrl.data[0]?.duplicate ? t('monitoring.importUrlDuplicate') : t('monitoring.imported', { count: 1, duplicates: 0 })}
          </p>
        )}
      </form>
      <h2>{t('monitoring.coverage')}</h2>
      {coverage.isPending && <Loading />}
      {coverage.isError && <ErrorState error={coverage.error} />}
      {coverage.data && (
        <div className="card table-scroll">
          <table className="table" data-testid="coverage-table">
            <thead>
              <tr>
                <th>{t('monitoring.meeting')}</th>
                <th>{t('monitoring.clippings')}</th>
                <th>{t('monitoring.mentions')}</th>
                <th>{t('monitoring.languages')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.data.map((row) => (
                <tr key={row.meetingId} data-testid={`coverage-${row.slug ?? row.meetingId}`}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setMeetingId(row.meetingId)}>
                      {pick(row, 'title')}
                    </button>
                  </td>
                  <td>{row.clippings}</td>
                  <td>{row.mentions}</td>
                  <td>{row.languages.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>
        {t('monitoring.list')}
        {meetingId !== null && (
          <button type="button" className="button button-small" onClick={() => setMeetingId(null)}>
            {t('monitoring.all')}
          </button>
        )}
      </h2>
      {clippings.isPending && <Loading />}
      {clippings.data?.map((c) => <ClippingCard key={c.id} clipping={c} />)}
    </section>
  );
}

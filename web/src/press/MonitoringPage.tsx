/**
 * Media monitoring: import news pages (files up to 10 MB: HTML, text, PDF;
 * or by address), see coverage per meeting and the clippings behind it —
 * searchable without diacritics, the same story from several outlets shown once.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Picked } from '../i18n/InLanguage';
import { useLongWork, wasCancelled, WorkProgress } from '../layout/LongWork';
import { ErrorState, Loading } from '../layout/QueryState';
import { useCoverage, useImportUrl } from './api';
import { formatPublished } from './format';
import { useClippingList, useUploadPage, type ClippingSummary } from './monitoring-api';
import { ScrollRegion } from '../layout/ScrollRegion';
import { FileInput } from '../layout/FileInput';

function ClippingCard({ clipping, syndicated }: { clipping: ClippingSummary; syndicated: ClippingSummary[] }) {
  const { t, i18n } = useTranslation('press');
  const lang = i18n.resolvedLanguage;
  return (
    <article className="card clipping" data-testid="clipping">
      <h3>
        <Link to={`/press/monitoring/clippings/${clipping.id}`} lang={clipping.language}>
          {clipping.title}
        </Link>
      </h3>
      <p className="muted">
        {formatPublished(clipping, lang) ?? t('monitoring.dateUnknown')}
        {clipping.publishedAmbiguous && <span className="badge badge-warning"> {t('clipping.ambiguous')}</span>}
        {clipping.author && ` · ${clipping.author}`} · {t(`clipping.lang.${clipping.language}`, { defaultValue: clipping.language })} ·{' '}
        <span className="clipping-source">{clipping.outlet}</span>
      </p>
      {syndicated.length > 0 && (
        <p className="muted" data-testid="clipping-also">
          {t('monitoring.alsoIn', { outlets: syndicated.map((s) => s.outlet).join(', ') })}
        </p>
      )}
      <p lang={clipping.language}>{clipping.excerpt}</p>
      <p className="badges">
        {clipping.meetings.map((m) => (
          <Link key={m.id} className="badge badge-type-meeting" to={`/meetings/${m.id}`} title={m.alias || undefined}>
            <Picked of={m} field="name" />
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
  const [q, setQ] = useState('');
  const clippings = useClippingList({ meetingId, q: q.trim() || undefined });
  const upload = useUploadPage();
  const importing = useLongWork();
  const [uploaded, setUploaded] = useState<{ count: number; duplicates: number } | null>(null);
  const importUrl = useImportUrl();
  // One card per story: the first clipping of each, the other outlets named on it.
  const stories = new Map<number, ClippingSummary[]>();
  for (const c of clippings.data ?? []) stories.set(c.storyId, [...(stories.get(c.storyId) ?? []), c]);
  const [url, setUrl] = useState('');
  const onUrl = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) importUrl.mutate(url.trim(), { onSuccess: () => setUrl('') });
  };

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    setUploaded(null);
    let count = 0;
    let duplicates = 0;
    // One request per file: the fraction is the files done; Cancel stops the one in flight and the rest.
    await importing.run(async (signal, progress) => {
      for (const [i, file] of files.entries()) {
        const [clipping] = await upload.mutateAsync({ file, signal }).catch((error: unknown) => {
          if (signal.aborted) throw error;
          return [];
        });
        if (clipping) {
          if (clipping.duplicate) duplicates++;
          else count++;
        }
        progress((i + 1) / files.length);
      }
    });
    setUploaded({ count, duplicates });
  };

  return (
    <section>
      <h1>{t('monitoring.title')}</h1>
      <p className="row-wrap">
        <Link className="button" to="/press/monitoring/sources" data-testid="monitoring-sources-link">
          {t('sources.title')}
        </Link>
        <Link className="button" to="/press/monitoring/review" data-testid="monitoring-review-link">
          {t('pressReview.title')}
        </Link>
      </p>
      <div className="card">
        <label className="field">
          {t('monitoring.import')}
          <FileInput multiple accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf" onChange={(e) => void onFiles(e)} data-testid="import-files" />
        </label>
        <small className="muted">{t('monitoring.importHint')}</small>
        <WorkProgress work={importing} label={t('monitoring.importing')} testId="import-progress" />
        {upload.isError && !wasCancelled(upload.error) && <ErrorState error={upload.error} />}
        {uploaded && (
          <p role="status" data-testid="import-result">
            {t('monitoring.imported', uploaded)}
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
        <ScrollRegion className="card table-scroll" label={t('monitoring.coverage')}>
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
                      <Picked of={row} field="title" />
                    </button>
                  </td>
                  <td>{row.clippings}</td>
                  <td>{row.mentions}</td>
                  <td>{row.languages.map((l) => t(`clipping.lang.${l}`, { defaultValue: l })).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <h2>
        {t('monitoring.list')}
        {meetingId !== null && (
          <button type="button" className="button button-small" onClick={() => setMeetingId(null)}>
            {t('monitoring.all')}
          </button>
        )}
      </h2>
      <label className="field">
        {t('monitoring.search')}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('monitoring.searchHint')} data-testid="clipping-search" />
      </label>
      {clippings.isPending && <Loading />}
      {clippings.isError && <ErrorState error={clippings.error} />}
      {[...stories.values()].map(([first, ...others]) => (
        <ClippingCard key={first!.id} clipping={first!} syndicated={others} />
      ))}
    </section>
  );
}

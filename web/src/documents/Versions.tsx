/** A document's versions: upload, download, and a word diff between two of them. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/session';
import { ScrollRegion } from '../layout/ScrollRegion';
import { useDiff, useUpload, type DocumentDetail } from './api';
import { formatInstant } from './when';

const uploaders = ['admin', 'secretariat', 'ministry_focal_point'];

export function Versions({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation('documents');
  const upload = useUpload(d.id);
  const [file, setFile] = useState<File | null>(null);
  const numbers = d.versions.map((v) => v.number);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const a = from ?? numbers[1] ?? null;
  const b = to ?? numbers[0] ?? null;
  const diff = useDiff(d.id, a, b);
  const user = useUser();
  const canUpload = !!user?.roles.some((r) => uploaders.includes(r));

  return (
    <section className="card" data-testid="versions">
      <h2>{t('document.versions')}</h2>
      {d.versions.length === 0 ? (
        <p className="muted">{t('document.noVersions')}</p>
      ) : (
        <ul className="plain">
          {d.versions.map((v) => (
            <li key={v.id} data-testid="version" className="version-line">
              <strong>{t('document.version', { number: v.number })}</strong> · {v.fileName} · {Math.ceil(v.size / 1024)} KB ·{' '}
              <span className="muted">{t('document.uploadedBy', { name: v.uploadedBy ?? '—', when: formatInstant(v.uploadedAt) })}</span>
              {!v.textExtractable && <span className="badge">{t('document.notExtractable')}</span>} ·{' '}
              <a href={`/api/documents/${d.id}/versions/${v.number}/file`} data-testid="version-download">
                {t('document.download')}
              </a>{' '}
              <code className="muted hash" title={v.sha256}>
                sha256 {v.sha256.slice(0, 12)}…
              </code>
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <form
          className="upload"
          onSubmit={(e) => {
            e.preventDefault();
            if (file) upload.mutate(file, { onSuccess: () => setFile(null) });
          }}
        >
          <label className="field">
            <span>{t('document.upload')}</span>
            <input type="file" accept=".pdf,.docx,.odt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="upload-input" />
          </label>
          <button type="submit" className="button button-primary" disabled={!file || upload.isPending} data-testid="upload-button">
            {upload.isPending ? t('document.uploading') : t('document.uploadButton')}
          </button>
          {upload.error && (
            <p className="state state-error" role="alert">
              {upload.error.message}
            </p>
          )}
        </form>
      )}
      {numbers.length > 1 && (
        <div className="diff">
          <h3>{t('document.diff')}</h3>
          <label>
            {t('document.diffFrom')}{' '}
            <select value={a ?? ''} onChange={(e) => setFrom(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('document.diffTo')}{' '}
            <select value={b ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
          {a === b ? (
            <p className="muted">{t('document.diffSame')}</p>
          ) : diff.isError ? (
            <p className="state state-error">{diff.error.message}</p>
          ) : (
            <ScrollRegion className="diff-text" label={t('document.diff')} testId="diff">
              {diff.data?.parts.map((p, i) =>
                p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>,
              )}
            </ScrollRegion>
          )}
        </div>
      )}
    </section>
  );
}

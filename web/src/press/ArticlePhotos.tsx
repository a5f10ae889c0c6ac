/**
 * An article's photos on the news desk: upload with captions in both
 * languages and a credit, choose the lead, order, insert into a body,
 * remove. Changes go to the server at once; only press officers see this.
 */
import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { fallbackLang, pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { ErrorDetails } from '../layout/QueryState';
import type { Editors } from './ArticleForm';
import { usePhotoChanges } from './desk-api';
import type { Article, Photo } from './portal-api';
import { insertPhoto } from './editor-photo';
import { FileInput } from '../layout/FileInput';

const MAX_BYTES = 5 * 1024 * 1024;

function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation('press');
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const message = api?.status === 413 ? t('photos.tooLarge') : api?.status === 415 ? t('photos.notImage') : (api?.message ?? String(error));
  return (
    <div className="state state-error" role="alert">
      {message}
      {api && api.status === 400 && <ErrorDetails details={api.details} />}
    </div>
  );
}

function UploadForm({ articleId }: { articleId: number }) {
  const { t } = useTranslation('press');
  const { upload } = usePhotoChanges(articleId);
  const [tooBig, setTooBig] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const file = data.get('photo');
    if (file instanceof File && file.size > MAX_BYTES) return setTooBig(true);
    setTooBig(false);
    data.set('lead', data.get('lead') ? 'true' : 'false');
    upload.mutate(data, { onSuccess: () => form.reset() });
  };
  return (
    <form className="photo-upload" onSubmit={onSubmit} data-testid="photo-upload">
      <div className="form-row">
        <label className="field">
          {t('photos.file')}
          <FileInput name="photo" accept="image/jpeg,image/png" required />
          <small className="muted">{t('photos.fileHint')}</small>
        </label>
        <label className="field">
          {t('photos.captionVi')}
          <input name="captionVi" required maxLength={500} />
        </label>
        <label className="field">
          {t('photos.captionEn')}
          <input name="captionEn" required maxLength={500} />
        </label>
        <label className="field">
          {t('photos.credit')}
          <input name="credit" required maxLength={200} />
        </label>
      </div>
      <label className="checkbox">
        <input name="lead" type="checkbox" /> {t('photos.asLead')}
      </label>
      {tooBig && (
        <div className="state state-error" role="alert">
          {t('photos.tooLarge')}
        </div>
      )}
      <Problem error={upload.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={upload.isPending}>
          {t('photos.upload')}
        </button>
      </div>
    </form>
  );
}

function PhotoItem({ article, photo, index, editors }: { article: Article; photo: Photo; index: number; editors: RefObject<Editors> }) {
  const { t } = useTranslation('press');
  const { update, reorder, remove } = usePhotoChanges(article.id);
  const ids = article.photos.map((p) => p.id);
  const move = (by: -1 | 1) => {
    const next = [...ids];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    reorder.mutate(next);
  };
  const onSave = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    update.mutate({
      photoId: photo.id,
      patch: { captionVi: String(f.get('captionVi')), captionEn: String(f.get('captionEn')), credit: String(f.get('credit')) },
    });
  };
  const insert = (lang: 'vi' | 'en') => {
    const editor = editors.current?.[lang];
    if (editor) insertPhoto(editor, { url: photo.url, alt: lang === 'vi' ? photo.captionVi : photo.captionEn });
  };
  return (
    <li className="photo-item" data-testid={`photo-${photo.id}`}>
      <img src={photo.url} alt={pick(photo, 'caption')} lang={fallbackLang(photo, 'caption')} width={photo.width} height={photo.height} />
      <form onSubmit={onSave} className="photo-fields">
        <label className="field">
          {t('photos.captionVi')}
          <input name="captionVi" defaultValue={photo.captionVi} required maxLength={500} />
        </label>
        <label className="field">
          {t('photos.captionEn')}
          <input name="captionEn" defaultValue={photo.captionEn} required maxLength={500} />
        </label>
        <label className="field">
          {t('photos.credit')}
          <input name="credit" defaultValue={photo.credit} required maxLength={200} />
        </label>
        <div className="photo-actions">
          <button type="submit" className="button button-small" disabled={update.isPending}>
            {t('photos.save')}
          </button>
          {photo.isLead ? (
            <span className="badge badge-lead">{t('photos.lead')}</span>
          ) : (
            <button type="button" className="button button-small" onClick={() => update.mutate({ photoId: photo.id, patch: { lead: true } })}>
              {t('photos.makeLead')}
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            disabled={index === 0 || reorder.isPending}
            onClick={() => move(-1)}
            aria-label={t('photos.up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={index === ids.length - 1 || reorder.isPending}
            onClick={() => move(1)}
            aria-label={t('photos.down')}
          >
            ↓
          </button>
          <button type="button" className="button button-small" onClick={() => insert('vi')}>
            {t('photos.insertVi')}
          </button>
          <button type="button" className="button button-small" onClick={() => insert('en')}>
            {t('photos.insertEn')}
          </button>
          <button type="button" className="button button-small button-danger" disabled={remove.isPending} onClick={() => remove.mutate(photo.id)}>
            {t('photos.remove')}
          </button>
        </div>
        <Problem error={update.error ?? reorder.error ?? remove.error} />
      </form>
    </li>
  );
}

export function ArticlePhotos({ article, editable, editors }: { article: Article; editable: boolean; editors: RefObject<Editors> }) {
  const { t } = useTranslation('press');
  return (
    <section className="card" data-testid="article-photos">
      <h2>{t('photos.title', { count: article.photos.length })}</h2>
      {!editable && <p className="muted">{t('photos.locked')}</p>}
      {article.photos.length > 0 && (
        <ul className="plain photo-list">
          {article.photos.map((p, i) =>
            editable ? (
              <PhotoItem key={`${p.id}-${p.captionVi}-${p.captionEn}-${p.credit}`} article={article} photo={p} index={i} editors={editors} />
            ) : (
              <li key={p.id} className="photo-item">
                <img src={p.url} alt={pick(p, 'caption')} lang={fallbackLang(p, 'caption')} width={p.width} height={p.height} />
                <p>
                  <Picked of={p} field="caption" /> <span className="muted">({p.credit})</span>{' '}
                  {p.isLead && <span className="badge badge-lead">{t('photos.lead')}</span>}
                </p>
              </li>
            ),
          )}
        </ul>
      )}
      {editable && <UploadForm articleId={article.id} />}
    </section>
  );
}

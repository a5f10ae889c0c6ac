/** A task's files: download for whoever reads the task; attach and remove for whoever may edit it. */
import { DateTime } from 'luxon';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n/index';
import { useDeleteAttachment, useUploadAttachment } from './api';
import type { Attachment } from './types';
import { ConfirmButton } from '../meetings/form-parts';

/** What the server accepts; it decides from the bytes, this only helps the file dialog. */
const accept = '.pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg';
const MAX_MB = 10;

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function Attachments({ taskId, attachments, canEdit }: { taskId: number; attachments: Attachment[]; canEdit: boolean }) {
  const { t } = useTranslation('committee');
  const remove = useDeleteAttachment(taskId);
  return (
    <section className="card" data-testid="attachments">
      <h2>{t('attachments.title')}</h2>
      {attachments.length === 0 && <p className="muted">{t('attachments.none')}</p>}
      <ul className="plain-list attachments">
        {attachments.map((a) => (
          <li key={a.id} data-testid="attachment">
            <a href={`/api/tasks/${taskId}/attachments/${a.id}/file`} download={a.fileName}>
              {a.fileName}
            </a>{' '}
            <span className="muted">
              {size(a.size)} ·{' '}
              {t('attachments.by', {
                name: a.uploadedBy ?? '—',
                when: DateTime.fromISO(a.uploadedAt)
                  .setLocale(currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB')
                  .toLocaleString(DateTime.DATETIME_MED),
              })}
            </span>
            {canEdit && (
              <ConfirmButton
                small
                label={t('attachments.remove')}
                question={t('attachments.confirmRemove', { name: a.fileName })}
                confirmLabel={t('attachments.remove')}
                pending={remove.isPending}
                onConfirm={() => remove.mutate(a.id)}
                testId="attachment-remove"
              />
            )}
          </li>
        ))}
      </ul>
      {remove.isError && (
        <p className="state state-error" role="alert">
          {remove.error.message}
        </p>
      )}
      {canEdit && <UploadForm taskId={taskId} />}
    </section>
  );
}

function UploadForm({ taskId }: { taskId: number }) {
  const { t } = useTranslation('committee');
  const upload = useUploadAttachment(taskId);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const tooBig = file !== null && file.size > MAX_MB * 1024 * 1024;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || tooBig) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        if (input.current) input.current.value = '';
      },
    });
  };
  // Our words for the two refusals a person can fix; the server's otherwise.
  const error =
    upload.error instanceof ApiError && (upload.error.status === 415 || upload.error.status === 413)
      ? t(`attachments.error${upload.error.status}`)
      : upload.error?.message;
  return (
    <form className="upload progress-form" onSubmit={submit}>
      <label className="field">
        <span>{t('attachments.add')}</span>
        <input ref={input} type="file" accept={accept} onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="attachment-input" />
      </label>
      <button type="submit" className="button button-primary" disabled={!file || tooBig || upload.isPending} data-testid="attachment-upload">
        {upload.isPending ? t('attachments.uploading') : t('attachments.upload')}
      </button>
      <span className="muted">{t('attachments.hint', { mb: MAX_MB })}</span>
      {(tooBig || error) && (
        <p className="state state-error" role="alert" data-testid="attachment-error">
          {tooBig ? t('attachments.error413') : error}
        </p>
      )}
    </form>
  );
}

/** Announcing a press briefing (press officers): it appears on the portal. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import { useMeetings } from '../api/queries';
import { ErrorDetails } from '../layout/QueryState';
import { Options } from '../layout/Options';
import type { BriefingInput, DeskBriefing } from './desk-api';
import { DateInput } from '../layout/DateInput';

export function BriefingForm() {
  const { t } = useTranslation('press');
  const client = useQueryClient();
  const meetings = useMeetings({ year: '2020' });
  const create = useMutation({
    mutationFn: (body: BriefingInput) => api.post<DeskBriefing>('/press/briefings', body),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['portal'] }), client.invalidateQueries({ queryKey: ['press', 'briefings'] })]),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '').trim();
    create.mutate(
      {
        meetingId: Number(get('meetingId')) || null,
        // datetime-local is the officer's wall-clock time in their own zone.
        startsAt: new Date(get('startsAt')).toISOString(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        placeEn: get('placeEn'),
        placeVi: get('placeVi'),
        topicEn: get('topicEn'),
        topicVi: get('topicVi'),
        speakers: get('speakers')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <form className="card form" onSubmit={onSubmit} data-testid="briefing-form">
      <h2>{t('briefing.new')}</h2>
      <div className="form-row">
        <label className="field">
          {t('briefing.startsAt')}
          <DateInput name="startsAt" type="datetime-local" required />
        </label>
        <label className="field">
          {t('articles.meetings')}
          <select name="meetingId">
            <Options items={meetings.data} blank="—" field="title" />
          </select>
        </label>
        {(['topicVi', 'topicEn', 'placeVi', 'placeEn', 'speakers'] as const).map((name) => (
          <label className="field" key={name}>
            {t(`briefing.${name}`)}
            <input name={name} required />
          </label>
        ))}
      </div>
      {create.error instanceof ApiError && (
        <div className="state state-error" role="alert">
          {create.error.message}
          <ErrorDetails details={create.error.details} />
        </div>
      )}
      {create.isSuccess && <p role="status">{t('briefing.saved')}</p>}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={create.isPending}>
          {t('briefing.save')}
        </button>
      </div>
    </form>
  );
}

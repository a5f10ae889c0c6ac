/** The public accreditation form of one press center. */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { countries, countryCode } from '../i18n/countries';
import { Picked } from '../i18n/InLanguage';
import { ErrorDetails, ErrorState, Loading, PageError } from '../layout/QueryState';
import { submitApplication, usePressConsent, usePressEvents } from './api';
import { ScrollRegion } from '../layout/ScrollRegion';
import { FileInput } from '../layout/FileInput';

const FIELDS = ['fullName', 'outlet', 'nationality', 'idDocumentNumber', 'email'] as const;

export function ApplyPage() {
  const { t, i18n } = useTranslation('press');
  const eventId = Number(useParams().eventId);
  const events = usePressEvents();
  const consent = usePressConsent();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const navigate = useNavigate();
  const [formError, setFormError] = useState<ApiError | null>(null);
  const submit = useMutation({
    mutationFn: (form: FormData) => submitApplication(eventId, form),
    onSuccess: (application) => navigate(`/press/applications/${application.id}?key=${encodeURIComponent(application.accessKey)}`),
    onError: (error) => setFormError(error instanceof ApiError ? error : null),
  });

  if (events.isPending || consent.isPending) return <Loading />;
  if (events.isError) return <PageError error={events.error} />;
  if (consent.isError) return <PageError error={consent.error} />;
  const event = events.data.find((e) => e.id === eventId);
  if (!event) return <PageError error={new ApiError(404, {})} />;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setFormError(null);
    const form = new FormData(e.currentTarget);
    // The nationality is picked by its name in the UI language; the server stores the ISO code.
    const typed = String(form.get('nationality') ?? '');
    form.set('nationality', countryCode(typed, language) ?? typed);
    submit.mutate(form);
  };
  const fieldError = (name: string) => formError?.details.find((d) => d.path === name)?.message;

  return (
    <section className="card form-card">
      <h1>{t('apply.title')}</h1>
      <p className="muted">
        <Picked of={event} field="title" />
      </p>
      {event.placesHeld >= event.capacity && <p className="state state-notice">{t('apply.full')}</p>}
      <form className="form" onSubmit={onSubmit} data-testid="apply-form">
        <div className="form-row">
          {FIELDS.map((name) => (
            <label className="field" key={name}>
              {t(`apply.${name}`)}
              <input
                name={name}
                required
                type={name === 'email' ? 'email' : 'text'}
                maxLength={200}
                {...(name === 'nationality' ? { list: 'countries', autoComplete: 'off', 'data-testid': 'nationality' } : {})}
                aria-invalid={fieldError(name) ? true : undefined}
              />
              {fieldError(name) && <small className="field-error">{fieldError(name)}</small>}
            </label>
          ))}
          <datalist id="countries">
            {countries(language).map((c) => (
              <option key={c.code} value={c.name} />
            ))}
          </datalist>
          <label className="field">
            {t('apply.photo')}
            <FileInput name="photo" accept="image/jpeg,image/png" required />
            <small className="muted">{t('apply.photoHint')}</small>
            {fieldError('photo') && <small className="field-error">{fieldError('photo')}</small>}
          </label>
        </div>
        <fieldset className="consent" data-testid="apply-consent">
          <legend>{t('apply.consentTitle')}</legend>
          <ScrollRegion className="consent-text" label={t('apply.consentTitle')} lang={language}>
            {consent.data[language].split('\n\n').map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </ScrollRegion>
          <input type="hidden" name="consentVersion" value={consent.data.version} />
          <input type="hidden" name="language" value={language} />
          <label className="checkbox">
            <input type="checkbox" name="consent" value="true" required aria-invalid={fieldError('consent') ? true : undefined} />
            {t('apply.consent')}
          </label>
          <small className="muted">{t('apply.consentVersion', { version: consent.data.version })}</small>
          {(fieldError('consent') ?? fieldError('consentVersion')) && (
            <small className="field-error">{fieldError('consent') ?? fieldError('consentVersion')}</small>
          )}
        </fieldset>
        {formError && (
          <div className="state state-error" role="alert">
            {formError.status === 409
              ? t('apply.duplicate')
              : formError.status === 415
                ? t('apply.notImage')
                : formError.status === 413
                  ? t('apply.tooLarge')
                  : formError.message}
            <ErrorDetails details={formError.details} />
          </div>
        )}
        {submit.isError && !formError && <ErrorState error={submit.error} />}
        <div className="form-actions">
          <button className="button button-primary" type="submit" disabled={submit.isPending}>
            {t('apply.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

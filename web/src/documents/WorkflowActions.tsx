/** The workflow steps the server says this user may take, with the fields each needs. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../layout/QueryState';
import { ApiError } from '../api/client';
import { useTransition, type DocumentDetail } from './api';

export function WorkflowActions({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation('documents');
  const transition = useTransition(d.id);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [deadline, setDeadline] = useState('');
  const [deferTo, setDeferTo] = useState('');
  const [objector, setObjector] = useState('');
  const allowed = d.allowedTransitions;
  const run = (to: string) =>
    transition.mutate(
      {
        to,
        comment: comment || null,
        reason: reason || null,
        silenceDeadline: to === 'under_silence' && deadline ? new Date(deadline).toISOString() : null,
        deferToMeetingId: to === 'deferred' && deferTo ? Number(deferTo) : null,
        objectorPartyId: objector ? Number(objector) : null,
      },
      { onSuccess: () => (setComment(''), setReason('')) },
    );
  return (
    <section className="card" data-testid="workflow">
      <h2>{t('document.workflow')}</h2>
      {allowed.length === 0 ? (
        <p className="muted">{t('document.noSteps')}</p>
      ) : (
        <>
          <label className="field">
            <span>{t('document.comment')}</span>
            <input value={comment} onChange={(e) => setComment(e.target.value)} data-testid="transition-comment" />
          </label>
          {allowed.some((s) => ['adopted', 'noted', 'issued'].includes(s)) && (
            <label className="field">
              <span>{t('document.reasonField')}</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
          {allowed.includes('under_silence') && (
            <label className="field">
              <span>{t('document.deadline')}</span>
              <input type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
            </label>
          )}
          {allowed.includes('deferred') && (
            <label className="field">
              <span>{t('document.deferTo')}</span>
              <input inputMode="numeric" value={deferTo} onChange={(e) => setDeferTo(e.target.value)} />
            </label>
          )}
          {d.status === 'under_silence' && allowed.includes('under_negotiation') && (
            <label className="field">
              <span>{t('document.objector')}</span>
              <input inputMode="numeric" value={objector} onChange={(e) => setObjector(e.target.value)} />
            </label>
          )}
          <p className="actions">
            {allowed.map((to) => (
              <button
                key={to}
                type="button"
                className={`button ${['withdrawn', 'deferred'].includes(to) ? 'button-ghost' : 'button-primary'}`}
                disabled={transition.isPending}
                onClick={() => run(to)}
                data-testid={`transition-${to}`}
              >
                → {t(`status.${to}`)}
              </button>
            ))}
          </p>
        </>
      )}
      {transition.error && (
        <div className="error" role="alert">
          {transition.error.message}
          {transition.error instanceof ApiError && <ErrorDetails details={transition.error.details} />}
        </div>
      )}
    </section>
  );
}

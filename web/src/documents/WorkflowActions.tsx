/**
 * The workflow steps the server says this user may take, with the fields each
 * needs: the meeting to defer to and the objecting delegation are chosen by
 * name, never typed as ids.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/session';
import { fallbackLang, pick } from '../i18n/pick';
import { useTransition, type DocumentDetail, type TransitionInput } from './api';
import { Problem } from './parts';
import { MeetingPicker } from './pickers';
import { fromLocalInput } from './when';
import { DateInput } from '../layout/DateInput';

const staffRoles = ['admin', 'secretariat'];

export function WorkflowActions({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation('documents');
  const transition = useTransition(d.id);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [deadline, setDeadline] = useState('');
  const [deferTo, setDeferTo] = useState('');
  const [objector, setObjector] = useState('');
  const allowed = d.allowedTransitions;
  const user = useUser();
  // A delegation objects for itself (the server records its own party); staff name the objector.
  const namesObjector = !!user?.roles.some((r) => staffRoles.includes(r));
  const breaking = d.status === 'under_silence' && allowed.includes('under_negotiation');
  const run = (to: TransitionInput['to']) =>
    transition.mutate(
      {
        to,
        comment: comment || null,
        reason: reason || null,
        silenceDeadline: to === 'under_silence' ? fromLocalInput(deadline) : null,
        deferToMeetingId: to === 'deferred' && deferTo ? Number(deferTo) : null,
        objectorPartyId: to === 'under_negotiation' && objector ? Number(objector) : null,
      },
      { onSuccess: () => (setComment(''), setReason(''), setDeadline(''), setDeferTo(''), setObjector('')) },
    );
  // Steps that need a field of their own sit beside it; the others are plain buttons.
  const withField = new Set(['under_silence', 'deferred', 'adopted', 'noted', 'issued', ...(breaking ? ['under_negotiation'] : [])]);
  const plain = allowed.filter((to) => !withField.has(to));
  const finals = allowed.filter((to) => ['adopted', 'noted', 'issued'].includes(to));
  const button = (to: TransitionInput['to']) => (
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
  );
  return (
    <section className="card workflow" data-testid="workflow">
      <h2>{t('document.workflow')}</h2>
      {allowed.length === 0 ? (
        <p className="muted">{t('document.noSteps')}</p>
      ) : (
        <>
          <label className="field">
            <span>{t('document.comment')}</span>
            <input value={comment} onChange={(e) => setComment(e.target.value)} data-testid="transition-comment" />
          </label>
          <p className="actions">{plain.map(button)}</p>
          {finals.length > 0 && (
            <div className="step-group">
              <label className="field">
                <span>{t('document.reasonField')}</span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="transition-reason" />
              </label>
              <p className="actions">{finals.map(button)}</p>
            </div>
          )}
          {allowed.includes('under_silence') && (
            <div className="step-group">
              <label className="field">
                <span>{t('document.deadline')}</span>
                <DateInput type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} data-testid="silence-deadline" />
              </label>
              <p className="actions">{button('under_silence')}</p>
            </div>
          )}
          {breaking && (
            <div className="step-group">
              {namesObjector ? (
                <label className="field">
                  <span>{t('document.objector')}</span>
                  <select value={objector} onChange={(e) => setObjector(e.target.value)} data-testid="objector">
                    <option value="">{t('document.objectorChoose')}</option>
                    {(d.silence?.byDelegation ?? []).map((s) => (
                      <option key={s.party.id} value={s.party.id} lang={fallbackLang(s.party, 'name')}>
                        {pick(s.party, 'name')} ({s.party.code})
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <p className="hint">{t('document.objectOwn')}</p>
              )}
              <p className="actions">{button('under_negotiation')}</p>
            </div>
          )}
          {allowed.includes('deferred') && (
            <div className="step-group">
              <MeetingPicker
                label={t('document.deferTo')}
                value={deferTo}
                onChange={setDeferTo}
                blank={t('document.deferToChoose')}
                excludeId={d.meeting.id}
                after={d.meeting.startsAt}
                testId="defer-to"
              />
              <p className="actions">{button('deferred')}</p>
            </div>
          )}
        </>
      )}
      {transition.error && (
        <Problem
          error={transition.error}
          fieldLabel={(path) => t(`document.field.${path}`, { defaultValue: path })}
          // A refused step lists the states open from here, one per detail.
          detailText={(x) => (x.path === 'to' ? t(`status.${x.message}`, { defaultValue: x.message }) : x.message)}
        />
      )}
    </section>
  );
}

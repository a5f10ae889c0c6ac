/** Staff open the next session; its draft agenda then carries over every open task of earlier decisions. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { RequestFailure } from '../layout/QueryState';
import { useCreateSession } from './api';

export function SessionCreateForm({ next }: { next: number }) {
  const { t } = useTranslation('committee');
  const create = useCreateSession();
  const navigate = useNavigate();
  const [heldOn, setHeldOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ number: next, heldOn }, { onSuccess: () => void navigate(`/committee/sessions/${next}`) });
  };
  return (
    <form className="card progress-form" onSubmit={submit} data-testid="session-form">
      <strong>{t('sessions.create', { number: next })}</strong>
      <input
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        placeholder={t('decision.dueHint')}
        aria-label={t('sessions.heldOn')}
        required
        data-testid="session-held-on"
      />
      <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="session-create">
        {t('sessions.createButton')}
      </button>
      <RequestFailure error={create.error} />
    </form>
  );
}

/**
 * The delegations table as staff see it: add a delegation, change one (its
 * zone, head, notes) or remove one, in place. Each write answers with the
 * meeting, so the table shows the new local times at once.
 */
import { useCallback, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Picked } from '../i18n/InLanguage';
import { useRemoveDelegation } from '../api/mutations';
import type { Delegation, MeetingDetail } from '../api/types';
import { ErrorState } from '../layout/QueryState';
import { DelegationForm } from './DelegationForm';
import { DelegationsTable } from './DelegationsTable';
import { ConfirmButton } from './form-parts';

type Editing = { mode: 'add' } | { mode: 'edit'; id: number } | null;

export function StaffDelegations({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useRemoveDelegation(meeting.id);
  const edited = editing?.mode === 'edit' ? meeting.delegations.find((d) => d.id === editing.id) : undefined;
  const close = useCallback(() => setEditing(null), []);
  const { mutate: removeDelegation, isPending: removing } = remove;

  const actions = useCallback(
    (d: Delegation) => (
      <>
        <button
          type="button"
          className="button button-small"
          onClick={() => setEditing({ mode: 'edit', id: d.id })}
          data-testid={`edit-delegation-${d.party.code}`}
        >
          {t('delegationForm.edit')}
        </button>
        <ConfirmButton
          small
          label={t('delegationForm.remove')}
          question={<Trans t={t} i18nKey="delegationForm.removeQuestion" components={{ party: <Picked of={d.party} field="name" /> }} />}
          confirmLabel={t('delegationForm.removeConfirm')}
          pending={removing}
          onConfirm={() => removeDelegation(d.id, { onSuccess: () => setEditing((e) => (e?.mode === 'edit' && e.id === d.id ? null : e)) })}
          testId={`remove-delegation-${d.party.code}`}
        />
      </>
    ),
    [t, removing, removeDelegation],
  );

  return (
    <>
      {editing === null && (
        <p>
          <button type="button" className="button" onClick={() => setEditing({ mode: 'add' })} data-testid="add-delegation">
            + {t('delegationForm.addTitle')}
          </button>
        </p>
      )}
      {editing?.mode === 'add' && <DelegationForm meeting={meeting} onDone={close} />}
      {edited && <DelegationForm key={edited.id} meeting={meeting} delegation={edited} onDone={close} />}
      {remove.error && <ErrorState error={remove.error} />}
      {meeting.delegations.length === 0 ? (
        <p className="muted">{t('meeting.noDelegations')}</p>
      ) : (
        <DelegationsTable delegations={meeting.delegations} actions={actions} />
      )}
    </>
  );
}

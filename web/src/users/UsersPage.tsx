/**
 * For administrators: users with their roles and scopes; invite, give and take roles, deactivate, send a reset link.
 * `?q=` starts the search (the audit log links an account so).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, query } from '../api/client';
import { InLanguage, Picked } from '../i18n/InLanguage';
import { ErrorState, Loading, RequestFailure } from '../layout/QueryState';
import { AdminNav } from './AdminNav';
import { GrantFields } from './GrantFields';
import { InviteForm } from './InviteForm';
import { NameFields } from './NameFields';
import { namesBody, namesOf, roleNames, type Grant, type Names, type UserRecord } from './types';

/** An editor's Save and Cancel; without `onSave`, Save submits the form it sits in. */
function EditorActions({ saving, onSave, onCancel, saveTestId }: { saving: boolean; onSave?: () => void; onCancel: () => void; saveTestId: string }) {
  const { t } = useTranslation('users');
  return (
    <p className="actions">
      <button type={onSave ? 'button' : 'submit'} className="button button-primary" disabled={saving} onClick={onSave} data-testid={saveTestId}>
        {t('save')}
      </button>{' '}
      <button type="button" className="button button-ghost" onClick={onCancel}>
        {t('cancel')}
      </button>
    </p>
  );
}

/** An editor's save: the users list is read again, then the editor closes. */
function useUserSave(write: () => Promise<UserRecord>, onDone: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['users'] });
      onDone();
    },
  });
}

function RoleEditor({ user, onDone }: { user: UserRecord; onDone: () => void }) {
  const [grant, setGrant] = useState<Grant>({ roles: user.roles, partyId: user.party?.id ?? null, bodyIds: user.bodies.map((b) => b.id) });
  const save = useUserSave(() => api.put<UserRecord>(`/users/${user.id}/roles`, grant), onDone);
  return (
    <div className="form" data-testid={`roles-editor-${user.id}`}>
      <GrantFields value={grant} onChange={setGrant} idPrefix={`user-${user.id}`} />
      <RequestFailure error={save.error} />
      <EditorActions saving={save.isPending} onSave={() => save.mutate()} onCancel={onDone} saveTestId={`roles-save-${user.id}`} />
    </div>
  );
}

/** An administrator corrects a user's names and job titles. */
function NamesEditor({ user, onDone }: { user: UserRecord; onDone: () => void }) {
  const { t } = useTranslation('users');
  const [names, setNames] = useState<Names>(namesOf(user));
  const save = useUserSave(() => api.patch<UserRecord>(`/users/${user.id}`, namesBody(names)), onDone);
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t('namesOf', { name: user.displayName })} data-testid={`names-editor-${user.id}`}>
      <NameFields value={names} onChange={setNames} idPrefix={`user-${user.id}`} />
      <RequestFailure error={save.error} />
      <EditorActions saving={save.isPending} onCancel={onDone} saveTestId={`names-save-${user.id}`} />
    </form>
  );
}

function UserRow({ user }: { user: UserRecord }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState<'roles' | 'names' | null>(null);
  const action = useMutation({
    mutationFn: (what: 'deactivate' | 'reactivate' | 'password-reset') => api.post<unknown>(`/users/${user.id}/${what}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <li className="card user-card" data-testid={`user-${user.email}`}>
      <div className="user-head">
        <strong>
          <InLanguage en={user.displayName} vi={user.displayNameVi} />
        </strong>{' '}
        <span className={`badge badge-${user.status}`}>{t(`status.${user.status}`)}</span>
        {(user.jobTitleEn || user.jobTitleVi) && (
          <div className="user-job-title" data-testid="user-job-title">
            <InLanguage en={user.jobTitleEn} vi={user.jobTitleVi} />
          </div>
        )}
        <div className="muted">{user.email}</div>
      </div>
      <div>
        {user.roles.length === 0 && <span className="muted">{t('noRoles')}</span>}
        {user.roles.map((role) => (
          <span key={role} className="chip">
            {tc(`role.${role}`)}
            {(role === 'delegation_liaison' || role === 'press_officer') && user.party && (
              <>
                {' · '}
                <Picked of={user.party} field="name" />
              </>
            )}
            {role === 'ministry_focal_point' &&
              user.bodies.map((b, i) => (
                <span key={b.id}>
                  {i === 0 ? ' · ' : ', '}
                  <Picked of={b} field="name" />
                </span>
              ))}
          </span>
        ))}
      </div>
      {editing === 'roles' && <RoleEditor user={user} onDone={() => setEditing(null)} />}
      {editing === 'names' && <NamesEditor user={user} onDone={() => setEditing(null)} />}
      {editing === null && (
        <p className="actions">
          <button type="button" className="button" onClick={() => setEditing('roles')} data-testid={`roles-edit-${user.id}`}>
            {t('editRoles')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setEditing('names')} data-testid={`names-edit-${user.id}`}>
            {t('editNames')}
          </button>{' '}
          {user.status === 'deactivated' ? (
            <button type="button" className="button" disabled={action.isPending} onClick={() => action.mutate('reactivate')}>
              {t('reactivate')}
            </button>
          ) : (
            <>
              <button type="button" className="button" disabled={action.isPending} onClick={() => action.mutate('password-reset')}>
                {user.status === 'invited' ? t('resendInvitation') : t('sendReset')}
              </button>{' '}
              <button
                type="button"
                className="button button-ghost"
                disabled={action.isPending}
                onClick={() => action.mutate('deactivate')}
                data-testid={`deactivate-${user.id}`}
              >
                {t('deactivate')}
              </button>
            </>
          )}
        </p>
      )}
      <RequestFailure error={action.error} />
      {action.isSuccess && action.variables === 'password-reset' && (
        <p className="state state-notice" role="status">
          {t('linkQueued')}
        </p>
      )}
    </li>
  );
}

export function UsersPage() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const [q, setQ] = useState(() => params.get('q') ?? '');
  const [role, setRole] = useState('');
  const users = useQuery({ queryKey: ['users', q, role], queryFn: () => api.get<{ users: UserRecord[] }>(`/users${query({ q, role })}`) });
  return (
    <section>
      <AdminNav />
      <div className="card">
        <h1>{t('title')}</h1>
        <InviteForm />
      </div>
      <div className="card">
        <h2>{t('list')}</h2>
        <div className="filters">
          <label className="field">
            <span>{t('search')}</span>
            <input type="search" value={q} onChange={(e) => setQ(e.target.value)} data-testid="users-search" />
          </label>
          <label className="field">
            <span>{t('roles')}</span>
            <select value={role} onChange={(e) => setRole(e.target.value)}>
              <option value="">{t('anyRole')}</option>
              {roleNames.map((r) => (
                <option key={r} value={r}>
                  {tc(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {users.isPending && <Loading />}
        {users.error && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
        {users.data && users.data.users.length === 0 && <p className="muted">{t('none')}</p>}
        {users.data && (
          <ul className="user-list" data-testid="users">
            {users.data.users.map((u) => (
              <UserRow key={u.id} user={u} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** For administrators: users with their roles and scopes; invite, give and take roles, deactivate, send a reset link. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import { pick } from '../i18n/pick';
import { ErrorState, Loading, RequestFailure } from '../layout/QueryState';
import { AdminNav } from './AdminNav';
import { GrantFields } from './GrantFields';
import { InviteForm } from './InviteForm';
import { roleNames, type Grant, type UserRecord } from './types';

function RoleEditor({ user, onDone }: { user: UserRecord; onDone: () => void }) {
  const { t } = useTranslation('users');
  const client = useQueryClient();
  const [grant, setGrant] = useState<Grant>({ roles: user.roles, partyId: user.party?.id ?? null, bodyIds: user.bodies.map((b) => b.id) });
  const save = useMutation({
    mutationFn: () => api.put<UserRecord>(`/users/${user.id}/roles`, grant),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['users'] });
      onDone();
    },
  });
  return (
    <div className="form" data-testid={`roles-editor-${user.id}`}>
      <GrantFields value={grant} onChange={setGrant} idPrefix={`user-${user.id}`} />
      <RequestFailure error={save.error} />
      <p className="actions">
        <button type="button" className="button button-primary" disabled={save.isPending} onClick={() => save.mutate()} data-testid={`roles-save-${user.id}`}>
          {t('save')}
        </button>{' '}
        <button type="button" className="button button-ghost" onClick={onDone}>
          {t('cancel')}
        </button>
      </p>
    </div>
  );
}

function UserRow({ user }: { user: UserRecord }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const action = useMutation({
    mutationFn: (what: 'deactivate' | 'reactivate' | 'password-reset') => api.post<unknown>(`/users/${user.id}/${what}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <li className="card user-card" data-testid={`user-${user.email}`}>
      <div className="user-head">
        <strong>{pick({ nameEn: user.displayName, nameVi: user.displayNameVi ?? user.displayName }, 'name')}</strong>{' '}
        <span className={`badge badge-${user.status}`}>{t(`status.${user.status}`)}</span>
        <div className="muted">{user.email}</div>
      </div>
      <div>
        {user.roles.length === 0 && <span className="muted">{t('noRoles')}</span>}
        {user.roles.map((role) => (
          <span key={role} className="chip">
            {tc(`role.${role}`)}
            {role === 'delegation_liaison' || (role === 'press_officer' && user.party) ? ` · ${user.party ? pick(user.party, 'name') : ''}` : ''}
            {role === 'ministry_focal_point' ? ` · ${user.bodies.map((b) => pick(b, 'name')).join(', ')}` : ''}
          </span>
        ))}
      </div>
      {editing ? (
        <RoleEditor user={user} onDone={() => setEditing(false)} />
      ) : (
        <p className="actions">
          <button type="button" className="button" onClick={() => setEditing(true)} data-testid={`roles-edit-${user.id}`}>
            {t('editRoles')}
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
  const [q, setQ] = useState('');
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

/**
 * The signed-in user. The session endpoint also hands out the CSRF token
 * (even when signed out), which the API client keeps for writes.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { can, type Permission } from '../../../src/server/auth/permissions';
import { api, fetchSession, setCsrfToken } from '../api/client';
import type { Session, User } from '../api/types';
import i18n from '../i18n';

const sessionKey = ['session'] as const;

/** Every page asks who is reading: preload.ts starts it with the app. */
export const sessionQuery = queryOptions({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });

export function useSession() {
  return useQuery(sessionQuery);
}

export function useUser(): User | null {
  return useSession().data?.user ?? null;
}

/**
 * May this reader do what the permission allows? The server's own table
 * (auth/permissions.ts), so a page is refused by the rule the API enforces;
 * signed out (null) may nothing that needs a permission.
 */
export function may(user: User | null, permission: Permission): boolean {
  return can(user && { userId: user.id, roles: user.roles }, permission);
}

/** Meetings, delegations and the rest of the chair's programme are edited by staff ('meetings.write'). */
export function canEditMeetings(user: User | null): boolean {
  return may(user, 'meetings.write');
}

/** Reference data (the committee's bodies, partners' records, chairmanships) is edited by admins ('reference.manage'). */
export function canEditReference(user: User | null): boolean {
  return may(user, 'reference.manage');
}

/**
 * What every sign-in (password or identity provider) ends with: the new
 * session and its CSRF token, the UI in the profile's language, and every
 * other query refetched (signed-in users may see internal meetings).
 */
export function useAdoptSession() {
  const client = useQueryClient();
  return async (session: Session) => {
    setCsrfToken(session.csrfToken);
    client.setQueryData(sessionKey, { user: session.user, csrfToken: session.csrfToken });
    // Only a language the user chose on their profile; otherwise the browser's stays.
    if (session.user?.uiLanguage) await i18n.changeLanguage(session.user.uiLanguage);
    await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  };
}

export function useSignIn() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => api.post<Session>('/auth/sign-in', credentials),
    onSuccess: adopt,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/sign-out'),
    onSettled: async () => {
      setCsrfToken(null);
      await client.invalidateQueries();
    },
  });
}

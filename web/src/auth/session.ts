/**
 * The signed-in user. The session endpoint also hands out the CSRF token
 * (even when signed out), which the API client keeps for writes.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fetchSession, setCsrfToken } from '../api/client';
import type { Session, User } from '../api/types';

const sessionKey = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

export function useUser(): User | null {
  return useSession().data?.user ?? null;
}

const editorRoles = ['admin', 'secretariat'];

export function canEditMeetings(user: User | null): boolean {
  return user !== null && user.roles.some((role) => editorRoles.includes(role));
}

/** Reference data (the committee's bodies, partners' records, chairmanships) is edited by admins ('reference.manage'). */
export function canEditReference(user: User | null): boolean {
  return user !== null && user.roles.includes('admin');
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => api.post<Session>('/auth/sign-in', credentials),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(sessionKey, session);
      // Signed-in users may see internal meetings: refetch everything else.
      await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    },
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

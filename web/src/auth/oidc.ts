/** Sign-in through the identity provider (server: auth/oidc/): is one offered, start, finish. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Session } from '../api/types';
import { useAdoptSession } from './session';

export function useOidcProvider() {
  return useQuery({
    queryKey: ['auth', 'oidc'],
    queryFn: () => api.get<{ provider: { name: string } | null }>('/auth/oidc'),
    staleTime: Infinity,
  });
}

/** Asks for the provider's address and sends the browser there. */
export function useStartOidc() {
  return useMutation({
    mutationFn: (returnTo: string) => api.post<{ url: string }>('/auth/oidc/start', { returnTo }),
    onSuccess: ({ url }) => window.location.assign(url),
  });
}

/** Posts what the provider sent the browser back with; adopts the session. */
export function useFinishOidc() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (search: string) => api.post<Session & { returnTo: string }>('/auth/oidc/callback', { search }),
    onSuccess: adopt,
  });
}

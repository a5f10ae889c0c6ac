/**
 * The one live subscription of the page: an EventSource on /api/events
 * (reopened when who is signed in changes), which marks stale exactly the
 * queries a change touches (keys.ts) and shows a quiet "updated" cue,
 * announced politely to screen readers. The browser reconnects by itself
 * and resumes from the last event; a `reset` means too much was missed, so
 * everything is refetched.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/session';
import { matchesPrefix, staleKeys, type LiveChange } from './keys';
import './live.css';

const CUE_MS = 4_000;

export function LiveUpdates() {
  const { t } = useTranslation('live');
  const client = useQueryClient();
  const user = useUser();
  const [cue, setCue] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const source = new EventSource('/api/events');
    const showCue = () => {
      setCue(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setCue(false), CUE_MS);
    };
    source.onmessage = (message: MessageEvent<string>) => {
      let change: LiveChange;
      try {
        change = JSON.parse(message.data) as LiveChange;
      } catch {
        return;
      }
      const prefixes = staleKeys(change);
      if (!prefixes.length) return;
      let touched = false;
      void client.invalidateQueries({
        predicate: (query) => {
          const hit = prefixes.some((p) => matchesPrefix(query.queryKey, p));
          if (hit && query.getObserversCount() > 0) touched = true;
          return hit;
        },
      });
      if (touched) showCue();
    };
    source.addEventListener('reset', () => {
      void client.invalidateQueries();
      showCue();
    });
    return () => {
      source.close();
      window.clearTimeout(timer.current);
    };
  }, [client, user?.id]);

  return (
    <div className="live-cue" role="status" aria-live="polite" data-testid="live-cue">
      {cue ? t('updated') : ''}
    </div>
  );
}

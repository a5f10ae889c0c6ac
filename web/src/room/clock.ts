/**
 * The room's timers, pure: what is left of a speaker's time and how long an
 * item or a sitting has run, on the server's clock (the client's clock plus
 * the offset measured when the room arrived), so every screen counts the
 * same second.
 */
export function remainingSeconds(startedAt: string, limitSeconds: number, nowMs: number, offsetMs: number): number {
  const end = Date.parse(startedAt) + limitSeconds * 1000;
  return Math.ceil((end - (nowMs + offsetMs)) / 1000);
}

export function elapsedSeconds(since: string, nowMs: number, offsetMs: number): number {
  return Math.max(0, Math.floor((nowMs + offsetMs - Date.parse(since)) / 1000));
}

/** '2:05', '0:09', '−0:12' once over time; hours when there are any ('1:02:03'). */
export function formatClock(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

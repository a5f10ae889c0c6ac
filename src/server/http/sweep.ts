/**
 * A job the app runs by itself: once when it is ready, then every `minutes`
 * (0: never) until it closes. One run at a time; a failed run is logged and
 * the next one tries again. The timer is unref'd: it never keeps the process
 * alive by itself, and closing waits for a run under way to finish before
 * the database closes behind it. Each job must be safe to repeat, in one
 * process or several (its own unique keys or locks say how).
 */
import type { App } from './types.js';

export function scheduleSweep(app: App, name: string, minutes: number, run: () => Promise<unknown>): void {
  if (!Number.isFinite(minutes) || minutes <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  const sweep = () => {
    if (running) return running;
    running = run()
      .catch((err: unknown) => app.log.error({ err }, `${name} failed`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), minutes * 60_000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}

/**
 * Long work started from the web (an export's download, a file's import):
 * a progress bar (its fraction when the answer's size is known, else
 * indeterminate), a Cancel button that aborts the request, and a live region
 * that says what happened. `useLongWork` holds the AbortController;
 * `WorkProgress` shows it; `DownloadLink` is an export link that uses both
 * (the link still works as a plain link: opened in a new tab, or without
 * JavaScript).
 */
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { formatPercent } from '../i18n/format';
import { fileNameOf } from './file-name';

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface LongWork {
  status: Status;
  /** 0–1 when known; null: indeterminate. */
  fraction: number | null;
  error: unknown;
  pending: boolean;
  run: (work: (signal: AbortSignal, progress: (fraction: number) => void) => Promise<unknown>) => Promise<void>;
  cancel: () => void;
}

export function useLongWork(): LongWork {
  const [state, setState] = useState<{ status: Status; fraction: number | null; error: unknown }>({ status: 'idle', fraction: null, error: null });
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops the work.
  useEffect(() => () => controller.current?.abort(), []);
  const run = useCallback<LongWork['run']>(async (work) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'running', fraction: null, error: null });
    try {
      await work(current.signal, (fraction) => setState((s) => ({ ...s, fraction: Math.max(0, Math.min(1, fraction)) })));
      setState({ status: 'done', fraction: 1, error: null });
    } catch (error) {
      setState({ status: current.signal.aborted ? 'cancelled' : 'failed', fraction: null, error: current.signal.aborted ? null : error });
    } finally {
      if (controller.current === current) controller.current = null;
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...state, pending: state.status === 'running', run, cancel };
}

/** An aborted request's error: not shown as a failure (the reader asked for it). */
export const wasCancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function WorkProgress({ work, label, done, testId }: { work: LongWork; label: string; done?: string; testId?: string }) {
  const { t } = useTranslation();
  const percent = work.fraction === null ? '' : ` ${formatPercent(work.fraction)}`;
  const message =
    work.status === 'running'
      ? `${label}${percent}`
      : work.status === 'cancelled'
        ? t('longWork.cancelled')
        : work.status === 'failed'
          ? t('longWork.failed', { reason: work.error instanceof Error ? work.error.message : '' })
          : work.status === 'done' && done
            ? done
            : '';
  return (
    <span className="long-work" data-testid={testId} data-status={work.status}>
      {work.pending && <progress aria-label={label} max={1} value={work.fraction ?? undefined} />}
      <span role="status" className={work.status === 'failed' ? 'field-error' : 'muted small'}>
        {message}
      </span>
      {work.pending && (
        <button type="button" className="button button-small button-ghost" onClick={work.cancel} data-testid={testId ? `${testId}-cancel` : undefined}>
          {t('longWork.cancel')}
        </button>
      )}
    </span>
  );
}

async function fetchFile(href: string, signal: AbortSignal, progress: (fraction: number) => void): Promise<{ blob: Blob; name: string }> {
  const response = await fetch(href, { credentials: 'same-origin', signal });
  if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => ({}))) as object);
  const total = Number(response.headers.get('content-length')) || 0;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const reader = response.body?.getReader();
  let blob: Blob;
  if (!reader) blob = await response.blob();
  else {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value as Uint8Array<ArrayBuffer>);
      received += value.length;
      if (total) progress(received / total);
    }
    blob = new Blob(chunks, { type });
  }
  const fallback = new URL(href, window.location.href).pathname.split('/').pop() ?? 'download';
  return { blob, name: fileNameOf(response.headers.get('content-disposition')) ?? fallback };
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** An export's link: fetched with progress and a Cancel button, then saved under the server's file name. */
export function DownloadLink({ href, className, testId, children }: { href: string; className?: string; testId?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const work = useLongWork();
  function start(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab or window, or a saved link: the browser's own download.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (work.pending) return;
    void work.run(async (signal, progress) => {
      const file = await fetchFile(href, signal, progress);
      save(file.blob, file.name);
    });
  }
  return (
    <span className="download-link">
      <a href={href} className={className} download onClick={start} aria-busy={work.pending || undefined} data-testid={testId}>
        {children}
      </a>
      <WorkProgress work={work} label={t('longWork.downloading')} testId={testId ? `${testId}-progress` : undefined} />
    </span>
  );
}

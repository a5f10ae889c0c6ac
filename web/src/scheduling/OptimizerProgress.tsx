/**
 * A running optimizer: time spent against its budget, the stage, the best
 * value found so far, and Stop. After a stop, what the shown schedule is.
 */
import { useTranslation } from 'react-i18next';
import type { OptimizeJob } from './api';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export function OptimizerProgress({ job, onStop, stopping }: { job: OptimizeJob; onStop: () => void; stopping: boolean }) {
  const { t } = useTranslation('scheduling');
  const elapsed = Math.min(job.elapsedMs, job.budgetMs);
  return (
    <div className="optimizer-progress" data-testid="optimizer-progress">
      <progress max={job.budgetMs} value={elapsed} aria-labelledby="optimizer-progress-label" />
      <p id="optimizer-progress-label" role="status" aria-live="polite">
        {t('progress.elapsed', { elapsed: seconds(elapsed), budget: seconds(job.budgetMs) })}
        {job.phase && ` · ${t(`progress.phase.${job.phase}`)}`}
        {' · '}
        <span data-testid="optimizer-best">{job.best ? t('progress.best', { max: job.best.max, total: job.best.total }) : t('progress.noBest')}</span>
      </p>
      <button type="button" className="button" onClick={onStop} disabled={stopping} data-testid="stop-optimizer">
        {stopping ? t('progress.stopping') : t('progress.stop')}
      </button>
    </div>
  );
}

export function StoppedNote({ job }: { job: OptimizeJob }) {
  const { t } = useTranslation('scheduling');
  return (
    <p className="notice" role="status" data-testid="optimizer-stopped">
      {job.answer ? t('progress.stoppedWithBest', { seconds: seconds(job.elapsedMs) }) : t('progress.stoppedEmpty', { seconds: seconds(job.elapsedMs) })}
    </p>
  );
}

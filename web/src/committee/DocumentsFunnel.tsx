/** The meeting's outcome documents as a funnel, in workflow order; deferred and withdrawn beside it. */
import { useTranslation } from 'react-i18next';
import { EChart } from '../charts/EChart';
import type { DocumentsPipeline } from './types';

const stageColours = ['#9aa5b4', '#7b93b8', '#d89400', '#e0b040', '#5a8fc8', '#1b5a9b', '#2e8b57'];

export function DocumentsFunnel({ pipeline }: { pipeline: DocumentsPipeline }) {
  const { t } = useTranslation('committee');
  const option = {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '10%',
        top: 8,
        bottom: 8,
        width: '45%',
        min: 0,
        max: Math.max(1, ...pipeline.funnel.map((s) => s.count)),
        minSize: '6%',
        gap: 2,
        label: { position: 'right', formatter: '{b}: {c}' },
        labelLine: { show: true },
        data: pipeline.funnel.map((s, i) => ({ name: t(`pipeline.${s.stage}`), value: s.count, itemStyle: { color: stageColours[i] } })),
      },
    ],
  };
  const { adopted, noted, issued } = pipeline.concluded;
  return (
    <>
      <EChart option={option} height={300} testId="chart-documents" />
      <p className="muted" data-testid="pipeline-summary">
        {t('pipeline.total', { count: pipeline.total })} · {t('pipeline.concludedDetail', { adopted, noted, issued })}
      </p>
      <p className="muted" data-testid="pipeline-apart">
        {t('pipeline.apart')}: {t('pipeline.deferred')} {pipeline.apart.deferred} · {t('pipeline.withdrawn')} {pipeline.apart.withdrawn}
      </p>
    </>
  );
}

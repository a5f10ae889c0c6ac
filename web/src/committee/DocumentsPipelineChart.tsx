/**
 * The meeting's outcome documents on their way through the workflow: for each
 * step, how many have reached at least that far — a bar that can only shrink
 * from the top down, so an empty middle step reads as empty and the last bar
 * is what was concluded. Deferred and withdrawn are counted beside it.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { EChart } from '../charts/EChart';
import type { DocumentsPipeline } from './types';

const stepColours = ['#b3bcc8', '#9aa5b4', '#7b93b8', '#5a8fc8', '#1b5a9b', '#2e8b57'];

export function DocumentsPipelineChart({ pipeline }: { pipeline: DocumentsPipeline }) {
  const { t } = useTranslation('committee');
  const steps = pipeline.reached;
  const names = steps.map((s) => t(`pipeline.${s.stage}`));
  // On a phone the step names take less of the width, so the bars stay readable.
  const narrow = window.innerWidth < 600;
  const label = (i: number) => {
    const s = steps[i]!;
    return s.now > 0 && s.now < s.count ? `${formatNumber(s.count)}  (${t('pipeline.nowHere', { count: s.now })})` : formatNumber(s.count);
  };
  const option = {
    tooltip: {
      trigger: 'item',
      formatter: ({ dataIndex }: { dataIndex: number }) =>
        `${names[dataIndex]}<br/>${t('pipeline.reachedTip', { count: steps[dataIndex]!.count })}<br/>${t('pipeline.nowTip', { count: steps[dataIndex]!.now })}`,
    },
    grid: { left: 8, right: narrow ? 56 : 112, top: 8, bottom: 24, containLabel: true },
    // An empty pipeline still gets an axis; otherwise ECharts picks round ticks.
    xAxis: { type: 'value', minInterval: 1, max: steps[0]?.count ? undefined : 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLabel: { width: narrow ? 110 : 230, overflow: narrow ? 'break' : 'truncate', lineHeight: 14 },
    },
    series: [
      {
        type: 'bar',
        name: t('pipeline.reached'),
        barMaxWidth: 26,
        showBackground: true,
        backgroundStyle: { color: '#f1f3f6' },
        label: { show: true, position: 'right', formatter: ({ dataIndex }: { dataIndex: number }) => label(dataIndex) },
        data: steps.map((s, i) => ({ value: s.count, itemStyle: { color: stepColours[i] } })),
      },
    ],
  };
  const { adopted, noted, issued } = pipeline.concluded;
  const silence = pipeline.funnel.find((f) => f.stage === 'under_silence')?.count ?? 0;
  return (
    <>
      <p className="muted">{t('pipeline.reached')}</p>
      <EChart option={option} height={40 * steps.length + 40} testId="chart-documents" />
      <p className="muted" data-testid="pipeline-summary">
        {t('pipeline.total', { count: pipeline.total })} · {t('pipeline.concludedDetail', { adopted, noted, issued })}
        {silence > 0 && <> · {t('pipeline.underSilence', { count: silence })}</>}
      </p>
      <p className="muted" data-testid="pipeline-apart">
        {t('pipeline.apart')}: {t('pipeline.deferred')} {pipeline.apart.deferred} · {t('pipeline.withdrawn')} {pipeline.apart.withdrawn}
      </p>
    </>
  );
}

/** Outcome documents per ASEAN Summit, each record marked. */
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../charts/EChart';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import { useSummits } from './api';

export function SummitChart() {
  const { t } = useTranslation('documents');
  const summits = useSummits();
  const data = (summits.data?.summits ?? []).filter((s) => s.count > 0);
  const option: EChartsCoreOption = {
    grid: { left: 40, right: 20, top: 30, bottom: 70 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: data.map((s) => pick(s.meeting, 'title')), axisLabel: { interval: 0, width: 160, overflow: 'break', lineHeight: 16 } },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        data: data.map((s) => ({
          value: s.count,
          itemStyle: { color: s.record ? '#c8102e' : '#1f3a68' },
          label: { show: true, position: 'top', formatter: s.record ? `{c} ★ ${t('registry.record')}` : '{c}' },
        })),
      },
    ],
  };
  if (data.length === 0) return null;
  return (
    <section className="card" data-testid="summit-chart">
      <h2>{t('registry.chartTitle')}</h2>
      <EChart option={option} height={320} />
      <p className="muted">★ {t('registry.recordNote')}</p>
    </section>
  );
}

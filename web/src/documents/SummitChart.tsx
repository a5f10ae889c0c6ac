/** Outcome documents per ASEAN Summit, each record marked. */
import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import { useSummits } from './api';

export function SummitChart() {
  const { t } = useTranslation('documents');
  const summits = useSummits();
  const ref = useRef<HTMLDivElement>(null);
  const data = (summits.data?.summits ?? []).filter((s) => s.count > 0);
  const option: echarts.EChartsOption = {
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
  const key = JSON.stringify(option);
  useEffect(() => {
    if (!ref.current) return;
    // echarts directly: echarts-for-react needs tslib, which is not installed.
    const chart = echarts.init(ref.current);
    chart.setOption(JSON.parse(key) as echarts.EChartsOption);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [key]);
  if (data.length === 0) return null;
  return (
    <section className="card" data-testid="summit-chart">
      <h2>{t('registry.chartTitle')}</h2>
      <div ref={ref} style={{ height: 320 }} />
      <p className="muted">★ {t('registry.recordNote')}</p>
    </section>
  );
}

/**
 * The one ECharts host of the web UI (dashboard, ledger, summit chart): ECharts
 * itself on its tree-shakable core, since echarts-for-react's ESM build needs
 * an undeclared `tslib`. Only the charts Gavel draws are registered. Loaded
 * lazily through EChart.tsx: ECharts is the largest library of the web UI and
 * comes only when a chart is drawn.
 */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function EChartCanvas({ option, height, testId }: { option: echarts.EChartsCoreOption; height: number; testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
    chart.current?.resize();
  }, [option, height]);

  return <div ref={host} style={{ height, width: '100%' }} data-testid={testId} />;
}

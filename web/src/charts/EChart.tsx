/**
 * A chart, with ECharts fetched on first use (its own chunk: EChartCanvas.tsx).
 * Until it arrives the chart's place is kept at its height, so the page does
 * not jump. docs/decisions/web-code-splitting.md.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

const EChartCanvas = lazy(() => import('./EChartCanvas').then((module) => ({ default: module.EChartCanvas })));

export function EChart(props: { option: EChartsCoreOption; height: number; testId?: string }) {
  return (
    <Suspense fallback={<div style={{ height: props.height, width: '100%' }} aria-busy="true" />}>
      <EChartCanvas {...props} />
    </Suspense>
  );
}

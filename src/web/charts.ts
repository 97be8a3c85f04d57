/**
 * Charts as SVG drawn on the server by Apache ECharts (no script reaches the browser).
 * ECharts loads on the first chart (about 30 MB and 100 ms that a bot without visitors
 * never pays); a chart already drawn with the same data is served from a small cache.
 */
import type * as ECharts from 'echarts';
import { lazyRequire } from '../shared/lazy-require.js';

const echarts = lazyRequire<typeof ECharts>('echarts');

/** A bar chart: one bar (or stacked bars) per category. */
export interface BarChart {
  /** What the chart shows, read by screen readers. */
  label: string;
  categories: string[];
  series: { name: string; data: number[] }[];
  stacked?: boolean;
  /** Bars run left to right (long category names), instead of bottom to top. */
  horizontal?: boolean;
  width?: number;
  height?: number;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 100;

/** Accessible-name-safe text for an attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The chart as an SVG element, with role="img" and the label as its accessible name. */
export function barChartSvg(chart: BarChart): string {
  const key = JSON.stringify(chart);
  const hit = cache.get(key);
  if (hit) return hit;
  const width = chart.width ?? 640;
  const height = chart.height ?? 320;
  const instance = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const category = { type: 'category' as const, data: chart.categories, axisLabel: { fontSize: 12, color: '#222' } };
    const value = { type: 'value' as const, minInterval: 1, axisLabel: { color: '#222' } };
    instance.setOption({
      animation: false,
      color: ['#1b4f8a', '#2e8540', '#b35c00', '#6b3fa0'],
      grid: { left: chart.horizontal ? 40 : 48, right: 16, top: chart.series.length > 1 ? 36 : 16, bottom: 32, containLabel: true },
      legend: chart.series.length > 1 ? { top: 0, textStyle: { color: '#222' } } : undefined,
      xAxis: chart.horizontal ? value : category,
      yAxis: chart.horizontal ? { ...category, inverse: true } : value,
      series: chart.series.map((s) => ({ type: 'bar', name: s.name, data: s.data, stack: chart.stacked ? 'total' : undefined })),
    });
    const svg = instance.renderToSVGString().replace(/^<svg /, `<svg role="img" aria-label="${attribute(chart.label)}" `);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, svg);
    return svg;
  } finally {
    instance.dispose();
  }
}

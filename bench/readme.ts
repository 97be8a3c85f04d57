/**
 * `npm run bench:readme`: writes the README's performance table from
 * `bench/results/latest.json` (what `npm run bench -- --json` wrote), between the markers
 * `<!-- bench:start -->` and `<!-- bench:end -->`. A figure in the README is always one a
 * run produced; `--check` exits 1 when the README does not match the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport, Scaled, Spread } from './report.js';

const ROOT = join(import.meta.dirname, '..');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** A number as Spanish readers write it (the RAE groups digits from five on): 1197, 13.199 and 1,6. */
function es(value: number, digits = 0): string {
  return value.toLocaleString('es-EC', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'min2' });
}

/** A headline figure with the min–max of its runs. */
function spread(figure: Spread, digits = 0, unit = ''): string {
  const range = figure.runs.length > 1 ? ` (${es(figure.min, digits)}–${es(figure.max, digits)}${unit})` : '';
  return `${es(figure.median, digits)}${unit}${range}`;
}

/** One row: what is measured, the result, the target of issue #18 (or a dash). */
type Row = [string, string, string];

/** The rows the report supports; a figure the run did not measure is left out. */
function rows(report: BenchReport): Row[] {
  const table: Row[] = [
    [
      'Mensajes entrantes por el motor real / *inbound through the real engine* (mediana, mín–máx de las corridas)',
      `${spread(report.inbound.updates_per_s)} /s; p50 ${es(report.inbound.p50_ms, 2)} ms, p99 ${spread(report.inbound.p99_ms, 2, ' ms')}`,
      '≥ 3× la línea base / *baseline*; p99 < 1 ms',
    ],
    [
      'Mismo diálogo con grammY + `@grammyjs/conversations` (SQLite) / *same conversation, conversations plugin*',
      `${spread(report.baseline.updates_per_s)} /s; razón / *ratio* ${spread(report.ratio_vs_baseline, 2)}`,
      'razón ≥ 3,0',
    ],
    ['Barrido del programador por minuto, en régimen / *steady scheduler sweep*', `${es(report.sweep_ms, 1)} ms`, '< 30 ms'],
    [
      'Puesta al día tras una parada, en tramos / *sliced catch-up after a stop*',
      `${es(report.sweep_catch_up.sweeps)} barridos, ${es(report.sweep_catch_up.queued)} mensajes, ${es(report.sweep_catch_up.ms)} ms; el más largo sin soltar el hilo / *longest hold* ${es(report.sweep_first_ms, 1)} ms`,
      '—',
    ],
    [
      `Difusión a ${es(report.dispatch.recipients)} personas por Telegram (API falsa: ${report.dispatch.global_per_second}/s) / *broadcast*`,
      `${es(report.dispatch.msgs_per_s, 1)} msj/s (${es(report.dispatch.percent_of_limit, 1)} %), ${report.dispatch.http_429} × 429`,
      '≥ 95 %, 0 × 429',
    ],
    ['Memoria máxima del proceso del bot (datos nacionales y ráfaga) / *peak RSS*', `${report.rss_mb ?? '—'} MB`, '< 120 MB'],
    ['Del arranque a «listo» / *spawn to ready*', `${es(report.ready_ms / 1000, 2)} s`, '< 0,5 s'],
  ];
  const inboundAlone = report.inbound.without_file_store;
  if (inboundAlone && report.ratio_without_file_store && report.baseline.without_file_store) {
    table.splice(2, 0, [
      'Lo mismo sin la escritura de los archivos subidos, que ambos comparten (dos fsync por archivo) / *the same without the shared file write*',
      `${spread(inboundAlone.updates_per_s)} /s, p99 ${spread(inboundAlone.p99_ms, 2, ' ms')}; línea base / *baseline* ${spread(report.baseline.without_file_store.updates_per_s)} /s; razón / *ratio* ${spread(report.ratio_without_file_store, 2)}`,
      '—',
    ]);
  }
  if (report.flood) {
    table.push([
      `Otras personas mientras una envía ${es(report.flood.flood_messages)} mensajes / *others while one floods*`,
      `mediana ${es(report.flood.others_median_ms)} ms, p99 ${es(report.flood.others_p99_ms)} ms`,
      'mediana < 2 s',
    ]);
  }
  if (report.durability) {
    const { normal_updates_per_s: normal, full_updates_per_s: full, full_slowdown: slowdown } = report.durability;
    table.push([
      'Recibos durables: `SQLITE_SYNCHRONOUS=NORMAL` (por defecto) frente a `FULL` / *durable receipts: NORMAL vs FULL*',
      `${es(normal)} /s frente a ${es(full)} /s (FULL ${es(slowdown, 2)}× más lento / *slower*)`,
      '—',
    ]);
  }
  if (report.mixed) {
    table.push([
      `Mensajes entrantes mientras sale la difusión a ${es(report.mixed.recipients)} personas / *inbound during a broadcast*`,
      `${es(report.mixed.updates_per_s)} /s, p99 ${es(report.mixed.p99_ms, 2)} ms`,
      '—',
    ]);
  }
  for (const page of report.web ?? []) {
    table.push([
      `Portal web \`${page.path}\` ×${page.scale} (autocannon, ${page.connections} conexiones) / *web portal*`,
      `${es(page.requests_per_s)} pet/s, p95 ${es(page.p95_ms)} ms`,
      '—',
    ]);
  }
  const site = report.detail?.web;
  if (site) {
    table.push([
      `Mensajes entrantes sin carga web y con el sitio a ${es(site.steady_load_requests_per_s)} pet/s constantes / *inbound, site idle and under a steady load*`,
      `${es(site.inbound_quiet.updates_per_s)} /s (p99 ${es(site.inbound_quiet.p99_ms, 1)} ms) → ${es(site.inbound_under_load.updates_per_s)} /s (p99 ${es(site.inbound_under_load.p99_ms, 1)} ms); el sitio respondió ${es(site.site_during_inbound.requests_per_s)} pet/s, p95 ${es(site.site_during_inbound.p95_ms)} ms`,
      '—',
    ]);
  }
  if (report.scale) {
    const { factor, gads, people } = report.scale;
    const both = (figure: Scaled, digits: number, unit: string) =>
      `${es(figure.base, digits)} → ${es(figure.scaled, digits)}${unit} (${es(figure.ratio, 2)}×)`;
    table.push(
      [
        `Escala ×${factor} (${es(gads)} GAD, ${es(people)} personas) frente a ×1: costo por mensaje (p50) / *scale: per-message cost*`,
        both(report.scale.per_message_p50_ms, 2, ' ms'),
        '≤ 1,25×',
      ],
      [`Escala ×${factor}: barrido en régimen / *steady sweep*`, both(report.scale.sweep_ms, 1, ' ms'), '≤ 1,25×'],
      [`Escala ×${factor}: memoria máxima / *peak RSS*`, both(report.scale.rss_mb, 0, ' MB'), '≤ 1,25×'],
      [`Escala ×${factor}: del arranque a «listo» / *spawn to ready*`, both(report.scale.ready_ms, 0, ' ms'), '< 500 ms'],
    );
  }
  return table;
}

/** The README section between the markers, for a report. */
export function renderTable(report: BenchReport): string {
  const machine = report.machine;
  const lines = [
    START,
    `Corrida / *run*: \`npm run bench -- --json\`, ${report.generated_at.slice(0, 10)}, commit \`${report.commit}\`${report.quick ? ' (rápida / *quick*)' : ''}; ${machine.cpus} × ${machine.cpu_model}, ${es(machine.memory_gb, 1)} GB, Node ${machine.node}; duró / *took* ${es(report.duration_s / 60, 1)} min; carga media (1 min) al empezar y al terminar / *load average at start and end* ${es(machine.load_average_start[0] ?? 0, 2)} y ${es(machine.load_average_end[0] ?? 0, 2)} en ${machine.cpus} núcleos. Las cifras principales son la mediana de ${report.runs} corridas con su mínimo y máximo. / *Headline figures are the median of ${report.runs} runs with their min–max.*`,
    '',
    '| Medida / *Measure* | Resultado / *Result* | Meta / *Target* |',
    '|---|---|---|',
    ...rows(report).map(([what, result, target]) => `| ${what} | ${result} | ${target} |`),
    END,
  ];
  return lines.join('\n');
}

/** The README with its table replaced by the one for `report`. */
export function withTable(readme: string, report: BenchReport): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return readme.slice(0, start) + renderTable(report) + readme.slice(end + END.length);
}

const readmePath = join(ROOT, 'README.md');
const report = JSON.parse(readFileSync(join(ROOT, 'bench', 'results', 'latest.json'), 'utf8')) as BenchReport;
const readme = readFileSync(readmePath, 'utf8');
const updated = withTable(readme, report);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    process.stderr.write('README.md does not show bench/results/latest.json: run `npm run bench:readme`\n');
    process.exit(1);
  }
} else {
  writeFileSync(readmePath, updated);
}

/** Latency figures from a list of per-update durations. */

/** The q-quantile (0..1) of sorted durations, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rounds to `digits` decimals for the report. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Throughput and latency of a run: updates/s over wall time, p50 and p99 in ms. */
export function summarize(durationsMs: readonly number[], wallMs: number) {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    updates: sorted.length,
    updates_per_s: Math.round((sorted.length / wallMs) * 1000),
    p50_ms: round(quantile(sorted, 0.5), 3),
    p99_ms: round(quantile(sorted, 0.99), 3),
    max_ms: round(sorted.at(-1) ?? Number.NaN, 3),
  };
}

/**
 * The part of a run that is not the file store's write of uploads (which both bots share:
 * the same `documents.put`, two fsyncs per file): the p99 of what remains per message, and
 * the updates/s the run would reach without that write. `fileStoreMs` is the write's total.
 */
export function engineShare(durationsMs: readonly number[], fileStoreMs: number, wallMs: number) {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    file_store_ms: round(fileStoreMs, 0),
    without_file_store: {
      updates_per_s: Math.round((durationsMs.length / (wallMs - fileStoreMs)) * 1000),
      p99_ms: round(quantile(sorted, 0.99), 3),
    },
  };
}

/** The shape of `bench/results/latest.json`, and the spread of a figure over repeated runs. */

/** A figure measured several times: its median (the headline), min, max and every run. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** The spread of a figure over runs (the median of an even count is the lower middle). */
export function spreadOf(runs: readonly number[]): Spread {
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, min: sorted[0]!, max: sorted.at(-1)!, runs: [...runs] };
}

/** A figure at N = 1 and at N = `factor` times the national data set, and their ratio. */
export interface Scaled {
  base: number;
  scaled: number;
  ratio: number;
}

/** The web portal's figures for one page at one scale. */
export interface WebFigure {
  scale: number;
  path: string;
  connections: number;
  requests_per_s: number;
  p95_ms: number;
}

/** The web bench's figures of the bot's inbound with the site idle and under a steady load. */
export interface WebUnderLoad {
  steady_load_requests_per_s: number;
  inbound_quiet: { updates_per_s: number; p99_ms: number };
  inbound_under_load: { updates_per_s: number; p99_ms: number };
  site_during_inbound: { requests_per_s: number; p95_ms: number };
}

/** What one `npm run bench -- --json` measured. */
export interface BenchReport {
  generated_at: string;
  commit: string;
  /** Wall time of the whole run. */
  duration_s: number;
  machine: {
    cpus: number;
    cpu_model: string;
    memory_gb: number;
    node: string;
    platform: string;
    /** 1, 5 and 15-minute load averages when the run started and when it ended. */
    load_average_start: number[];
    load_average_end: number[];
  };
  quick: boolean;
  runs: number;
  dataset: Record<string, number>;
  /** `without_file_store`: the same runs less the file store's write of uploads, which both bots share. */
  inbound: { updates_per_s: Spread; p50_ms: number; p99_ms: Spread; without_file_store?: { updates_per_s: Spread; p99_ms: Spread } };
  baseline: { updates_per_s: Spread; without_file_store?: { updates_per_s: Spread } };
  ratio_vs_baseline: Spread;
  ratio_without_file_store?: Spread;
  sweep_ms: number;
  /** The longest the catch-up held the event loop in one slice. */
  sweep_first_ms: number;
  sweep_catch_up: { sweeps: number; ms: number; queued: number };
  dispatch: { recipients: number; msgs_per_s: number; percent_of_limit: number; http_429: number; global_per_second: number };
  /** Inbound throughput while the broadcast is paced out. */
  mixed?: { recipients: number; updates_per_s: number; p99_ms: number };
  rss_mb: number | null;
  ready_ms: number;
  /** Other people's wait for an answer while one person sends 600 messages (a bot process, Telegram's limits). */
  flood?: { flood_messages: number; samples: number; others_median_ms: number; others_p99_ms: number };
  /** Inbound throughput with SQLite's synchronous=NORMAL (the default) and FULL. */
  durability?: { normal_updates_per_s: number; full_updates_per_s: number; full_slowdown: number };
  web?: WebFigure[];
  /** The bot's inbound throughput with the site idle and under a steady load, and what the site served meanwhile (at N = 1). */
  detail?: { web?: WebUnderLoad } & Record<string, unknown>;
  scale?: { factor: number; gads: number; people: number; per_message_p50_ms: Scaled; sweep_ms: Scaled; rss_mb: Scaled; ready_ms: Scaled };
}

/**
 * The load generator of the web benchmark, run as its own process (so it does not share
 * the event loop of the bot it measures): autocannon against one URL pattern, printing
 * one JSON line with requests/s and the latency percentiles computed from every response.
 *   tsx bench/web-load.ts BASE_URL PATH_OR_PATHS SECONDS CONNECTIONS [REQUESTS_PER_SECOND]
 * PATH_OR_PATHS is one path, or several separated by commas (each request takes the next).
 * Without a rate, the connections send as fast as the server answers (saturation).
 */
import autocannon from 'autocannon';
import { quantile, round } from './stats.js';

const [base, pathList, seconds, connections, rate] = process.argv.slice(2);
const paths = pathList!.split(',');
let next = 0;
const times: number[] = [];

const instance = autocannon(
  {
    url: base!,
    connections: Number(connections),
    duration: Number(seconds),
    ...(rate ? { overallRate: Number(rate) } : {}),
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  },
  (error, result) => {
    if (error) throw error;
    const sorted = times.sort((a, b) => a - b);
    const report = {
      requests: result.requests.total,
      requests_per_s: Math.round(result.requests.total / result.duration),
      p50_ms: round(quantile(sorted, 0.5), 1),
      p95_ms: round(quantile(sorted, 0.95), 1),
      p99_ms: round(quantile(sorted, 0.99), 1),
      non_2xx: result.non2xx,
      errors: result.errors,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
process.once('SIGTERM', () => instance.stop());

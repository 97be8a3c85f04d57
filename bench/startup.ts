/**
 * The bot process itself on the national data set: time from spawn to the 'ready' log
 * line (and main.ts's own `readyMs`), time to the first answer, then a burst of console
 * messages and the process's peak resident memory (VmHWM, read from /proc).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../test/support/ports.js';
import { round } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
/** Console messages sent in the burst: /start, /ayuda and text from many handles. */
const BURST_HANDLES = 1_000;

/** Peak resident set of a process, in MB (Linux only; null elsewhere). */
function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The node command line of `npm start` (after its build step), e.g. `node --flag dist/main.js`. */
function startCommand(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts;
  const [node, ...args] = scripts.start.split('&&').at(-1)!.trim().split(/\s+/);
  if (node !== 'node') throw new Error(`npm start does not run node: ${scripts.start}`);
  return args;
}

/**
 * Builds the bot as `npm start` does, then spawns it as `npm start` does (same node flags)
 * with `--jsonl` on a copy of the data set and measures it.
 */
export async function benchStartup(dataDir: string, databasePath: string) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...startCommand(), '--jsonl'], {
    cwd: ROOT,
    // The web portal runs as `npm start` runs it, on a free port.
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_PATH: databasePath, LOG_LEVEL: 'info', TELEGRAM_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false', WEB_PORT: String(await freePort()) },
  });
  let stdoutLines = 0;
  let stderr = '';
  let readyWallMs: number | undefined;
  let readyInProcessMs: number | undefined;
  let firstAnswerMs: number | undefined;
  let waiting: (() => void) | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdoutLines += chunk.split('\n').length - 1;
    firstAnswerMs ??= performance.now() - spawnedAt;
    waiting?.();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    const ready = /"readyMs":(\d+)/.exec(stderr);
    if (ready && readyWallMs === undefined) {
      readyWallMs = performance.now() - spawnedAt;
      readyInProcessMs = Number(ready[1]);
    }
    waiting?.();
  });
  const until = async (condition: () => boolean, what: string) => {
    const deadline = Date.now() + 180_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`bot process: timed out waiting for ${what}\n${stderr}`);
      await new Promise<void>((resolve) => {
        waiting = resolve;
        setTimeout(resolve, 50);
      });
    }
  };

  // The first message is written at once: it is answered as soon as the bot is ready.
  child.stdin.write('@primera: /ayuda\n');
  await until(() => firstAnswerMs !== undefined && readyWallMs !== undefined, 'ready and a first answer');
  const burstStarted = performance.now();
  for (let i = 0; i < BURST_HANDLES; i++) child.stdin.write(`@p${i}: /start\n@p${i}: /ayuda\n@p${i}: hola\n`);
  await until(() => stdoutLines >= 1 + 3 * BURST_HANDLES, 'the burst to be answered');
  const burstMs = performance.now() - burstStarted;
  const rss = peakRssMb(child.pid!);
  // The catch-up ran alongside the first answer and the burst, in slices.
  await until(() => stderr.includes('"msg":"scheduler caught up"'), 'the scheduler to catch up');
  const caughtUp = JSON.parse(stderr.split('\n').find((line) => line.includes('"msg":"scheduler caught up"'))!) as { busyMs: number; wallMs: number; longestSliceMs: number };
  child.stdin.end();
  await new Promise((resolve) => child.once('exit', resolve));
  return {
    ready_ms: Math.round(readyWallMs!),
    ready_in_process_ms: readyInProcessMs!,
    first_answer_ms: Math.round(firstAnswerMs!),
    rss_mb: rss,
    burst_messages: 3 * BURST_HANDLES,
    burst_msgs_per_s: round((3 * BURST_HANDLES * 1000) / burstMs, 0),
    catch_up: { busy_ms: caughtUp.busyMs, wall_ms: caughtUp.wallMs, longest_slice_ms: caughtUp.longestSliceMs },
  };
}

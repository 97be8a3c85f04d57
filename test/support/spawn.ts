/** Runs the project's own commands (the bot, the CLI) as child processes, as a person would. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { captureLines, captureOutput } from './logs.js';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/**
 * Variables every spawned bot gets unless a test says otherwise: no web server, so bots
 * running in parallel never compete for port 8080 (a test of the web passes a free port).
 */
export const SPAWN_DEFAULTS: Readonly<Record<string, string>> = { WEB_PORT: '0' };

/** Runs `npm run cli -- args` (through tsx directly) and returns its output. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(TSX, [join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  captureLines(result.stderr);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One outbound message as --jsonl prints it. */
export interface OutMessage {
  to: string;
  /** The message id in locales/*.ftl, when the text is one message. */
  key?: string;
  text: string;
  choices?: { id: string; label: string }[];
  file?: { name: string; path: string };
}

/** A running bot process on the console channel with --jsonl, read line by line. */
export class BotProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: string[] = [];
  stderr = '';
  private buffer = '';
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string>, args: string[] = ['--jsonl']) {
    this.child = spawn(TSX, [join(ROOT, 'src', 'main.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...SPAWN_DEFAULTS, ...env } });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.buffer += chunk;
      const parts = this.buffer.split('\n');
      this.buffer = parts.pop()!;
      this.lines.push(...parts);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    captureOutput(this.child.stderr);
    captureOutput(this.child.stdout);
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Writes one stdin line. */
  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** The outbound messages so far, parsed. */
  messages(): OutMessage[] {
    return this.lines.map((line) => JSON.parse(line));
  }

  /** Waits until `count` stdout lines have arrived. */
  async waitForLines(count: number, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.lines.length < count) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} lines; got ${JSON.stringify(this.lines)}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Waits for the first message after the `from`-th line that satisfies `match`, and returns it. */
  async waitFor(match: (message: OutMessage) => boolean, from = 0, timeoutMs = 15_000): Promise<OutMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages().slice(from).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out; messages: ${JSON.stringify(this.messages().slice(from), null, 1)}\n${this.stderr}`);
      await this.waitForLines(this.lines.length + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
    }
  }

  /** Closes stdin and waits for the exit code. */
  async end(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }

  /** Kills the process without warning. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/**
 * The bot as its service runs it (node with the tsx loader: one process, so a signal
 * reaches the bot itself), with its output captured for the no-secrets check. `wrap`
 * runs it through another command (e.g. a mount namespace); the bot command is appended.
 */
export class BotService {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string>, options: { args?: string[]; wrap?: (command: string[]) => string[] } = {}) {
    const command = [process.execPath, '--import', 'tsx', join(ROOT, 'src', 'main.ts'), ...(options.args ?? [])];
    const [file, ...args] = options.wrap ? options.wrap(command) : command;
    this.child = spawn(file!, args, {
      cwd: ROOT,
      env: { ...process.env, TELEGRAM_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false', LOG_LEVEL: 'debug', ...env },
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    captureOutput(this.child.stdout);
    captureOutput(this.child.stderr);
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** The log lines so far, parsed (lines that are not JSON are left out). */
  logs(): { level: number; msg: string; [key: string]: unknown }[] {
    return this.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
  }

  /** Waits until the log has a line matching `match`. */
  async waitForLog(match: string | RegExp, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const test = (text: string) => (typeof match === 'string' ? text.includes(match) : match.test(text));
    while (!test(this.stderr)) {
      if (this.child.exitCode !== null) throw new Error(`the bot exited (${this.child.exitCode}) before logging ${String(match)}:\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(match)} in the log:\n${this.stderr.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the 'ready' log line. */
  ready(timeoutMs = 20_000): Promise<void> {
    return this.waitForLog('"msg":"ready"', timeoutMs);
  }

  /** Sends a signal and waits for the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

/** The environment of a bot on the Telegram channel against a fake Bot API server. */
export function telegramEnv(api: { token: string; apiRoot: string }, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATA_DIR: dataDir, TELEGRAM_PER_CHAT_INTERVAL_MS: '10', ...extra };
}

/** Runs `npm run cli -- args` (through tsx directly) without blocking; resolves with its output. */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(TSX, [join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  captureOutput(child.stderr);
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

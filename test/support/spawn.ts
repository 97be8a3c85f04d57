/** Runs the project's own commands (the bot, the CLI) as child processes, as a person would. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs `npm run cli -- args` (through tsx directly) and returns its output. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(TSX, [join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
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
    this.child = spawn(TSX, [join(ROOT, 'src', 'main.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.buffer += chunk;
      const parts = this.buffer.split('\n');
      this.buffer = parts.pop()!;
      this.lines.push(...parts);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
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

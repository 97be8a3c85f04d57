/**
 * Runs the background builds flows ask for (engine/builds.ts), one at a time: each file
 * is streamed to a temporary file in the document store, hashed on the way, fsynced and
 * moved under its SHA-256, and only then recorded and delivered in one short transaction.
 * No transaction is open while a file is built, and the event loop is never held long.
 * A build that fails is tried again (three attempts); a store that cannot write (disk
 * full) is waited out without using up attempts; a request survives a restart.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BuiltFile, FileBuild } from '../engine/builds.js';
import type { JobDeps } from '../engine/jobs.js';
import type { Clock } from '../shared/clock.js';
import { inTransaction } from '../store/db.js';
import { addDocument } from '../store/documents-repo.js';
import { finishBuild, pendingBuilds, recordBuildFailure, type FileBuildRow } from '../store/file-builds.js';
import { isStoreUnavailable } from '../store/unavailable.js';

/** Attempts at one build before it is given up on. */
const MAX_ATTEMPTS = 3;
/** How often pending builds are looked for, besides wake-ups. */
const POLL_MS = 30_000;

/** What the builder works with. */
export interface BuilderDeps extends JobDeps {
  clock: Clock;
}

/** Runs pending builds in the background. */
export class Builder {
  private readonly byKind: Map<string, FileBuild>;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private current: Promise<number> | undefined;
  private again = false;

  constructor(
    private readonly deps: BuilderDeps,
    builds: readonly FileBuild[],
    /** Called after a build delivered something (the dispatcher has rows to send). */
    private readonly onDelivered: () => void,
  ) {
    this.byKind = new Map(builds.map((build) => [build.kind, build]));
  }

  /** Starts building what is pending now, then on every wake-up and every 30 s. */
  start(): void {
    this.running = true;
    this.wake();
  }

  /** Looks for pending builds soon (a flow may just have asked for one). */
  wake(): void {
    if (!this.running) return;
    if (this.current) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runPending().finally(() => {
        if (!this.running) return;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.timer = setTimeout(() => this.wake(), POLL_MS);
      });
    }, 0);
  }

  /** Stops; resolves once the build in progress (if any) has ended. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }

  /** Runs every pending build once; resolves with how many were delivered. */
  runPending(): Promise<number> {
    this.current ??= this.runAll().finally(() => (this.current = undefined));
    return this.current;
  }

  private async runAll(): Promise<number> {
    let delivered = 0;
    let rows: FileBuildRow[];
    try {
      rows = pendingBuilds(this.deps.db);
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'could not read pending builds');
      return 0;
    }
    for (const row of rows) if (await this.run(row)) delivered++;
    if (delivered > 0) this.onDelivered();
    return delivered;
  }

  private async run(row: FileBuildRow): Promise<boolean> {
    const { db, documents, logger } = this.deps;
    const build = this.byKind.get(row.kind);
    if (!build) {
      recordBuildFailure(db, row.id, row.attempts + 1, `no builder for ${row.kind}`, true, this.deps.clock.now());
      return false;
    }
    const temp = documents.temporaryPath();
    const started = Date.now();
    try {
      const { info, sha256, size } = await this.writeFile(build, row, temp);
      documents.adopt(temp, sha256);
      const now = this.deps.clock.now();
      inTransaction(db, () => {
        const file = addDocument(db, { sha256, size, mime: info.mime, name: info.name }, { gadId: info.gadId, activity: info.activity, product: info.product, uploadedByPersonId: null, now });
        if (finishBuild(db, row.id, file.id, now)) build.deliver(this.deps, row.args, file, now);
      });
      logger.info({ build: row.kind, id: row.id, bytes: size, ms: Date.now() - started }, 'file built');
      return true;
    } catch (error) {
      await rm(temp, { force: true });
      if (isStoreUnavailable(error)) {
        logger.warn({ err: error, build: row.kind, id: row.id }, 'file build waits for the store');
        return false;
      }
      const attempts = row.attempts + 1;
      const final = attempts >= MAX_ATTEMPTS;
      logger.error({ err: error, build: row.kind, id: row.id, attempts }, final ? 'file build given up on' : 'file build failed; will retry');
      try {
        inTransaction(db, () => {
          recordBuildFailure(db, row.id, attempts, error instanceof Error ? error.message : String(error), final, this.deps.clock.now());
          if (final) build.failed(this.deps, row.args, this.deps.clock.now());
        });
        if (final) this.onDelivered();
      } catch (recordError) {
        logger.warn({ err: recordError }, 'could not record a failed build');
      }
      return false;
    }
  }

  /** Streams the build into `temp`, hashing it; the file is fsynced when this resolves. */
  private async writeFile(build: FileBuild, row: FileBuildRow, temp: string): Promise<{ info: BuiltFile; sha256: string; size: number }> {
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    // A failing disk destroys `tap` too, so a build waiting to write is not left waiting.
    const written = pipeline(tap, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
    let info: BuiltFile;
    try {
      info = await build.write(this.deps, row.args, tap, this.deps.clock.now());
    } finally {
      tap.end();
      await written;
    }
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { info, sha256: hash.digest('hex'), size };
  }
}

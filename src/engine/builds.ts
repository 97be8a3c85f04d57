/**
 * Files too heavy to build inside the transaction that asks for them (the monitor's
 * evaluation package: every document of a local government, hundreds of MB). A flow
 * records a request (store/file-builds.ts); the builder (delivery/builder.ts) streams the
 * file to disk outside any transaction, stores it, then delivers it in one transaction.
 */
import type { Writable } from 'node:stream';
import type { JobDeps } from './jobs.js';
import type { DocumentRow } from '../store/documents-repo.js';

/** What a built file is recorded as. */
export interface BuiltFile {
  name: string;
  mime: string;
  gadId: number;
  activity: number | null;
  product: string;
}

/** One kind of background build; flows define them, the builder runs them. */
export interface FileBuild {
  readonly kind: string;
  /**
   * Streams the file into `out` (without ending it) and says what it is. Runs outside any
   * transaction, reading the store as it is; may take long and must not hold the event loop.
   */
  write(deps: JobDeps, args: Record<string, unknown>, out: Writable, now: Date): Promise<BuiltFile>;
  /** Once the file is stored and recorded: tells whoever asked (outbox rows, audit), in the builder's transaction. */
  deliver(deps: JobDeps, args: Record<string, unknown>, file: DocumentRow, now: Date): void;
  /** When the build is given up on: tells whoever asked, in a transaction. */
  failed(deps: JobDeps, args: Record<string, unknown>, now: Date): void;
}

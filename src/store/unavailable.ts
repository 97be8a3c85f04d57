/**
 * Failures of the storage itself rather than of a message: the database is locked by
 * another connection, the disk is full, or an I/O error happened. A message that meets
 * one is not handled (nothing of it is recorded), so its channel must not confirm it to
 * the platform: it is retried or re-delivered once the store is writable again.
 */

/** SQLite and system error codes that mean "the store cannot write now". */
const BUSY = /^SQLITE_(BUSY|LOCKED)/;
const UNAVAILABLE = /^(SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY|PROTOCOL)|ENOSPC|EDQUOT|EIO|EROFS|EMFILE|ENFILE)/;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Whether the error says the database is locked by another connection (worth waiting for). */
export function isBusy(error: unknown): boolean {
  return BUSY.test(codeOf(error)) || (error instanceof StoreUnavailableError && error.busy);
}

/** Whether the error is a failure of the store (busy, full, I/O), not of the message. */
export function isStoreUnavailable(error: unknown): boolean {
  return error instanceof StoreUnavailableError || UNAVAILABLE.test(codeOf(error));
}

/** A message could not be stored; the caller must leave it unconfirmed. */
export class StoreUnavailableError extends Error {
  /** The SQLite or system code behind it (SQLITE_BUSY, SQLITE_FULL, ENOSPC...). */
  readonly code: string;
  /** Whether the store was only busy (locked by another connection). */
  readonly busy: boolean;

  constructor(cause: unknown) {
    const code = codeOf(cause) || 'UNKNOWN';
    super(`the store cannot write now (${code})`, { cause });
    this.name = 'StoreUnavailableError';
    this.code = code;
    this.busy = BUSY.test(code);
  }
}

/** Runs `work`, turning a storage failure into a StoreUnavailableError. */
export function guardStore<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isStoreUnavailable(error) && !(error instanceof StoreUnavailableError)) throw new StoreUnavailableError(error);
    throw error;
  }
}

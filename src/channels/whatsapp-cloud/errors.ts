/**
 * What the Cloud API's error codes mean for a message, whether they come back from a
 * send or later in a `failed` status. Codes are Meta's (developers.facebook.com, "Cloud
 * API error codes"); an unknown code is taken as a refusal of this message. Answers that
 * are not JSON at all (a proxy's 502 page) fail before this and count as transient.
 */

/** An error as the Graph API reports it (a response's `error`, or a status's `errors[0]`). */
export interface GraphError {
  code: number;
  /** `title` in statuses, `message` in responses. */
  title?: string;
  message?: string;
  error_data?: { details?: string };
}

/** What to do about an error. */
export type ErrorMeaning =
  /** The person's 24-hour window is closed after all (131047): send a template instead. */
  | 'reengage'
  /** The number cannot receive messages (131026): mark the identity, as Telegram's 403. */
  | 'unreachable'
  /** Too many messages to this person (131056): back off this pair. */
  | 'pair-limit'
  /** Too many messages from the account (130429 and other rate limits): back off every send. */
  | 'throughput'
  /** The token, the account or the number is not usable (expired token, missing permission, blocked
   * number): nothing can be sent until an operator acts; hold every send, lose none. */
  | 'account'
  /** The uploaded media is gone or broken (131053): upload it again. */
  | 'media'
  /** Meta had a problem (its 5xx codes 1, 2, 131000, 131016, 133004): retry with back-off. */
  | 'transient'
  /** Meta refuses this message for good (bad parameter, unapproved template...): a failed row. */
  | 'permanent';

const THROUGHPUT = new Set([4, 80007, 130429, 131048]);
const ACCOUNT = new Set([0, 3, 10, 190, 368, 131031, 131042, 131045, 133010]);
const TRANSIENT = new Set([1, 2, 131000, 131016, 133004]);

/** The meaning of a Graph API error code. */
export function errorMeaning(code: number): ErrorMeaning {
  if (code === 131047) return 'reengage';
  if (code === 131026) return 'unreachable';
  if (code === 131056) return 'pair-limit';
  if (code === 131053) return 'media';
  if (THROUGHPUT.has(code)) return 'throughput';
  if (ACCOUNT.has(code) || (code >= 200 && code < 300)) return 'account';
  if (TRANSIENT.has(code)) return 'transient';
  return 'permanent';
}

/** "131056 (Pair rate limit hit)": the code and Meta's words, for rows and logs. */
export function describeError(error: GraphError): string {
  const words = error.title ?? error.message ?? 'unknown error';
  const details = error.error_data?.details;
  return `${error.code} ${words}${details && details !== words ? `: ${details}` : ''}`.slice(0, 300);
}

/** The Graph error in a response body, if it is one. */
export function responseError(body: unknown): GraphError | undefined {
  const error = (body as { error?: unknown } | null)?.error as Partial<GraphError> | undefined;
  return error && typeof error.code === 'number' ? (error as GraphError) : undefined;
}

/** Thrown by a send when the Graph API answered with an error. */
export class GraphApiError extends Error {
  constructor(readonly error: GraphError) {
    super(describeError(error));
    this.name = 'GraphApiError';
  }

  /** What it means for the message. */
  get meaning(): ErrorMeaning {
    return errorMeaning(this.error.code);
  }
}

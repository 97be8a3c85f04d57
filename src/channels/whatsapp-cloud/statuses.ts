/**
 * Status reports of the Cloud API webhook, recorded on the outbox rows they concern:
 * sent, delivered and read move a delivery forward (never back, however late or often a
 * report arrives). A failure is acted on once: 131047 (the window had closed) puts the
 * message back in the queue, to go as a template; 131026 marks the person unreachable;
 * any other marks the row failed with Meta's reason.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../store/db.js';
import { advanceDelivery, DELIVERY_STATUSES, type DeliveryStatus } from '../../store/deliveries.js';
import { markFailed, markRecipientUnreachable, outboxRow, reopen } from '../../store/outbox.js';
import { describeError, errorMeaning, type GraphError } from './errors.js';
import type { ServiceWindows } from './window.js';

/** One entry of a webhook's `statuses`. */
export interface StatusReport {
  /** The platform message id ("wamid..."). */
  id: string;
  status: string;
  recipient_id?: string;
  timestamp?: string;
  errors?: GraphError[];
}

/** What recording a status needs. */
export interface StatusDeps {
  db: Db;
  windows: ServiceWindows;
  clock: Clock;
  logger: Logger;
}

/** The delivery status a report stands for ("played" is a voice note's "read"). */
function statusOf(report: StatusReport): DeliveryStatus | undefined {
  if (report.status === 'played') return 'read';
  return (DELIVERY_STATUSES as readonly string[]).includes(report.status) ? (report.status as DeliveryStatus) : undefined;
}

/** Records one status report; unknown message ids (sent before a restore, by another tool) change nothing. */
export function recordStatus(deps: StatusDeps, report: StatusReport): void {
  const status = statusOf(report);
  if (!status) return;
  const { db } = deps;
  const now = deps.clock.now();
  const error = report.errors?.[0];
  const reason = error ? describeError(error) : 'failed without a reason';
  const moved = advanceDelivery(db, report.id, status, status === 'failed' ? reason : null, now);
  if (status !== 'failed') return;
  const meaning = error ? errorMeaning(error.code) : 'permanent';
  for (const { outboxId } of moved) {
    const row = outboxRow(db, outboxId);
    if (!row) continue;
    if (meaning === 'reengage') {
      deps.windows.close(row.address);
      reopen(db, outboxId, reason, now);
    } else if (meaning === 'unreachable') {
      markRecipientUnreachable(db, row.identityId, reason, now);
    } else {
      markFailed(db, outboxId, row.attempts, reason);
    }
    deps.logger.warn({ outboxId, reason }, 'whatsapp reported a message as failed');
  }
}

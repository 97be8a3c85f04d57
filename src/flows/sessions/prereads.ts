/**
 * A session's documents beyond its invitation: pre-reads attached before it (sent to every
 * member invited, now and with later invitations) and, after it, its acta fetched again
 * with the decisions taken.
 */
import type { StoredFile } from '../../shared/messages.js';
import { m } from '../../shared/i18n.js';
import { addDocument } from '../../store/documents-repo.js';
import type { Db } from '../../store/db.js';
import type { Gad } from '../../store/gads.js';
import type { Notifier } from '../../engine/notifier.js';
import { decisionsOfSession } from '../../store/sessions-decisions.js';
import { attachToSession, attendanceOf, PREREAD_PRODUCT, sessionActa, sessionPrereads, type ForoSession } from '../../store/sessions.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { sessionArgs } from './text.js';

/** A document row as a reply attachment. */
function fileOf(row: { sha256: string; fileName: string; mime: string }): NonNullable<Reply['file']> {
  return { sha256: row.sha256, name: row.fileName, mime: row.mime };
}

/** Sends a session's pre-reads to some people (once each: the dedupe key names the document). */
export function sendPrereads(deps: { db: Db; notifier: Notifier; timeZone: string }, session: ForoSession, gadName: string, people: readonly number[], now: Date): number {
  let sent = 0;
  const args = sessionArgs(session, gadName, deps.timeZone);
  for (const row of sessionPrereads(deps.db, session.id)) {
    const notice = { ...args, document: row.fileName };
    for (const personId of people) {
      const reply = { text: m('sessions-preread-notify', notice), file: fileOf(row) };
      if (deps.notifier.toPerson(personId, reply, { now, dedupeKey: `preread:${row.id}:${personId}` })) sent++;
    }
  }
  return sent;
}

/** Attaches a pre-read to a coming session and sends it to the members already invited. */
export function attachPreread(ctx: FlowContext, gad: Gad, session: ForoSession, file: StoredFile): Reply {
  const row = addDocument(ctx.db, file, { gadId: gad.id, activity: null, product: PREREAD_PRODUCT, uploadedByPersonId: ctx.person?.id ?? null, now: ctx.now });
  attachToSession(ctx.db, row.id, session.id);
  ctx.audit('session.preread', gad.id, { sessionId: session.id, documentId: row.id });
  const invited = attendanceOf(ctx.db, session.id)
    .map((a) => a.personId)
    .filter((id) => id !== ctx.person?.id);
  const notice = { ...sessionArgs(session, gad.name, ctx.config.timeZone), document: row.fileName, told: invited.length };
  for (const personId of invited) {
    ctx.notify(personId, { text: m('sessions-preread-notify', notice), file: fileOf(row) }, { dedupeKey: `preread:${row.id}:${personId}` });
  }
  return { text: m('sessions-preread-attached', notice) };
}

/** A past session's acta again, with the decisions recorded for it. */
export function pastActa(ctx: FlowContext, gad: Gad, session: ForoSession): Reply {
  const acta = sessionActa(ctx.db, session.id);
  const decisions = decisionsOfSession(ctx.db, session.id).map((row) =>
    ctx.render(
      m('sessions-acta-decision', {
        subject: row.subject,
        motion: row.motion || '-',
        outcome: row.quorum ? row.outcome : 'no_quorum',
        quorum: row.quorum ? 'yes' : 'no',
        for: row.votesFor,
        against: row.votesAgainst,
        abstain: row.votesAbstain,
        present: row.present,
        seats: row.seats,
      }),
    ),
  );
  const args = { ...sessionArgs(session, gad.name, ctx.config.timeZone), decisions: decisions.map((line) => `• ${line}`).join('\n') || '-' };
  return acta ? { text: m('sessions-acta-again', args), file: fileOf(acta) } : { text: m('sessions-acta-missing', args) };
}

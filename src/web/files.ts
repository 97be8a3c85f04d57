/**
 * Files the portal serves: public documents at stable URLs (`/gad/:id/documentos/:doc`;
 * a document row never changes, a new upload is a new row) and the Foro's calendar feed
 * (`/gad/:id/calendario.ics`).
 */
import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sessionsFeed } from '../flows/sessions/calendar.js';
import { calendarVersions } from '../store/calendar-files.js';
import type { DocumentRow } from '../store/documents-repo.js';
import type { DocumentStore } from '../store/documents.js';
import { publicDocument, publicGad, publicSessions } from '../store/public-record.js';
import type { WebContext } from './context.js';
import { positiveId } from './public-pages.js';

/** Sends a stored document as a download under its recorded name. */
export function sendDocument(reply: FastifyReply, store: DocumentStore, row: Pick<DocumentRow, 'sha256' | 'mime' | 'fileName' | 'size'>, cache: 'public' | 'private'): FastifyReply {
  const ascii = row.fileName.replace(/[^\w.-]+/g, '_');
  return reply
    .type(row.mime)
    .header('content-length', row.size)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
    .header('cache-control', cache === 'public' ? 'public, max-age=86400, immutable' : 'private, no-store')
    .send(createReadStream(store.pathOf(row.sha256)));
}

/** Registers the public documents and the calendar feed. */
export function registerPublicFiles(server: FastifyInstance, web: WebContext): void {
  server.get('/gad/:id/documentos/:doc', (request, reply) => {
    const params = request.params as { id: string; doc: string };
    const gadId = positiveId(params.id);
    const docId = positiveId(params.doc);
    const row = gadId && docId ? publicDocument(web.db, gadId, docId) : undefined;
    if (!row || !web.documents.has(row.sha256)) return web.notFound(request, reply);
    return sendDocument(reply, web.documents, row, 'public');
  });

  server.get('/gad/:id/calendario.ics', (request, reply) => {
    const gadId = positiveId((request.params as { id: string }).id);
    const gad = gadId ? publicGad(web.db, gadId) : undefined;
    if (!gad) return web.notFound(request, reply);
    const sessions = publicSessions(web.db, gad.id, 100).map((session) => ({ ...session, sequence: Math.max(0, calendarVersions(web.db, session.id) - 1) }));
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="foro-${gad.id}.ics"`)
      .header('cache-control', 'public, max-age=900')
      .send(sessionsFeed(sessions, gad.name));
  });
}

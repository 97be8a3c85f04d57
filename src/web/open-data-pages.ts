/**
 * /datos/: the national open data (CSV tables, gads.json, datapackage.json, JSON Schemas)
 * and a page that lists them. The files are built from the store at most once a minute.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readerLocale } from './render.js';
import type { WebContext } from './context.js';
import { openDataFiles, type OpenDataFile } from './open-data/package.js';

/** How long a built set of files is served before it is built again. */
const REBUILD_AFTER_MS = 60_000;

/** Registers /datos/ and its files. */
export function registerOpenData(server: FastifyInstance, web: WebContext): void {
  let built: { at: number; files: Map<string, OpenDataFile> } | undefined;
  const files = (): Map<string, OpenDataFile> => {
    const now = web.clock.now();
    if (!built || now.getTime() - built.at > REBUILD_AFTER_MS) {
      built = { at: now.getTime(), files: new Map(openDataFiles(web.db, web.web.baseUrl, now).map((file) => [file.path, file])) };
    }
    return built.files;
  };

  server.get('/datos/', (request, reply) => {
    const locale = readerLocale(request, reply);
    const list = [...files().values()].map((file) => ({ path: file.path, size: Buffer.byteLength(file.body) }));
    return web.views.send(reply, request, 'open-data', { title: web.translator.t(locale, 'web-data-title'), files: list });
  });
  server.get('/datos', (_request, reply) => reply.redirect('/datos/', 301));

  const serve = (path: string, reply: FastifyReply, request: FastifyRequest) => {
    const file = files().get(path);
    if (!file) return web.notFound(request, reply);
    return reply.type(file.mime).header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').send(file.body);
  };
  server.get('/datos/:file', (request, reply) => serve((request.params as { file: string }).file, reply, request));
  server.get('/datos/esquema/:file', (request, reply) => serve(`esquema/${(request.params as { file: string }).file}`, reply, request));
}

/**
 * The national desk (/panel) for the POC, the Grupo Núcleo and gremio contacts (their
 * level only): every local government with its stage, what is stalled and since when, who
 * is responsible; failed sends and the outbox backlog; charts; a drill-down per local
 * government; every table also as CSV.
 */
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACTIVITIES, activityByNumber } from '../domain/activities.js';
import { GAD_STATUS_NAMES, LEVEL_NAMES, OFFICE_NAMES, OTHER_DOCUMENT_NAMES, SEAT_NAMES, SECTOR_NAMES, nameIn } from '../domain/labels.js';

import { isNationalRole } from '../domain/duties.js';
import { mayConfirm } from '../domain/permissions.js';
import { PLAN_STATUS_NAMES } from '../domain/plan.js';
import { standing } from '../domain/readiness.js';
import { GAD_LEVELS } from '../domain/territory.js';
import { activityTitle, roleName } from '../engine/names.js';
import type { Locale } from '../shared/i18n.js';
import { deskGads, documentOfGad, failedSends, outboxStates, roleHolders, type DeskGadRow, type RoleHolder } from '../store/desk.js';
import { documentsOfGad } from '../store/documents-list.js';
import { gadById } from '../store/gads.js';
import { personById } from '../store/people.js';
import { latestPlanOf } from '../store/plans.js';
import { gadState, progressOf } from '../store/progress.js';
import { publicSessions } from '../store/public-record.js';
import { barChartSvg } from './charts.js';
import type { WebContext } from './context.js';
import { deskViewer, signInNeeded, type DeskViewer } from './desk-session.js';
import { sendDocument } from './files.js';
import { positiveId } from './public-pages.js';
import { readerLocale } from './render.js';

/** Rows of the main table per page (the CSV has them all). */
const PAGE_SIZE = 100;

/** A desk table row as shown and exported. */
interface GadLine {
  id: number;
  name: string;
  level: string;
  province: string;
  status: string;
  stage: number;
  open: string;
  openSince: number | null;
  stalled: boolean;
  responsible: string;
}

/** Who answers for a GAD's open activities: the people whose roles may confirm them, and national roles by name. */
function responsibleFor(row: DeskGadRow, holders: readonly RoleHolder[], locale: Locale): string {
  const open = row.open.map((n) => activityByNumber(n)).filter((a) => a !== undefined);
  const names = holders
    .filter((h) => open.some((a) => mayConfirm([{ role: h.role, gadId: h.gadId, gremio: null, office: h.office }], a, row)))
    .map((h) => h.name);
  const national = open.flatMap((a) => a.responsible.filter(isNationalRole).map((role) => roleName(role)[locale]));
  return [...new Set([...names, ...national])].join(', ');
}

function gadLines(web: WebContext, viewer: DeskViewer, locale: Locale): GadLine[] {
  const gremios = viewer.gremios;
  const rows = deskGads(web.db, gremios);
  const holders = new Map<number, RoleHolder[]>();
  for (const holder of roleHolders(web.db)) holders.set(holder.gadId, [...(holders.get(holder.gadId) ?? []), holder]);
  const stalledBefore = web.clock.now().getTime() - web.config.reminders.stallMs;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    level: nameIn(LEVEL_NAMES, row.level)[locale],
    province: row.province,
    status: nameIn(GAD_STATUS_NAMES, row.status)[locale],
    stage: row.stage,
    open: row.open.join(', '),
    openSince: row.openSince,
    stalled: row.status === 'accepted' && row.openSince !== null && row.openSince < stalledBefore,
    responsible: row.open.length ? responsibleFor(row, holders.get(row.id) ?? [], locale) : '',
  }));
}

/** Sends rows as a CSV download (a cell that looks like a spreadsheet formula is quoted as text). */
function sendCsv(reply: FastifyReply, name: string, rows: Record<string, unknown>[], columns: string[]): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(stringify(rows, { header: true, columns, escape_formulas: true, cast: { boolean: (v) => String(v) } }));
}

/** Registers /panel and its drill-down, exports and documents. */
export function registerDeskPages(server: FastifyInstance, web: WebContext): void {
  /** Runs a handler for a signed-in desk viewer, or answers 401. */
  const desk =
    (handler: (viewer: DeskViewer, request: FastifyRequest, reply: FastifyReply, locale: Locale) => FastifyReply) =>
    (request: FastifyRequest, reply: FastifyReply) => {
      const viewer = deskViewer(web, request);
      if (!viewer) return signInNeeded(web, request, reply);
      reply.header('cache-control', 'private, no-store');
      return handler(viewer, request, reply, readerLocale(request, reply));
    };
  const gadInScope = (viewer: DeskViewer, id: unknown) => {
    const gadId = positiveId(id);
    const gad = gadId ? gadById(web.db, gadId) : undefined;
    return gad && (!viewer.gremios || viewer.gremios.includes(gad.gremio)) ? gad : undefined;
  };

  server.get(
    '/panel',
    desk((viewer, request, reply, locale) => {
      const query = request.query as Record<string, string | undefined>;
      const onlyStalled = query.demorados === '1';
      const all = gadLines(web, viewer, locale);
      const lines = onlyStalled ? all.filter((line) => line.stalled) : all;
      const page = positiveId(query.pagina) ?? 1;
      const gremios = viewer.gremios;
      const rows = deskGads(web.db, gremios);
      const stageChart = barChartSvg({
        label: web.translator.t(locale, 'web-desk-chart-stages'),
        categories: GAD_LEVELS.map((level) => LEVEL_NAMES[level][locale]),
        series: [
          { name: web.translator.t(locale, 'web-stage-early'), data: GAD_LEVELS.map((level) => rows.filter((r) => r.level === level && r.status === 'accepted' && r.stage < 9).length) },
          { name: web.translator.t(locale, 'web-stage-foro'), data: GAD_LEVELS.map((level) => rows.filter((r) => r.level === level && r.stage >= 9 && r.stage < 13).length) },
          { name: web.translator.t(locale, 'web-stage-plan'), data: GAD_LEVELS.map((level) => rows.filter((r) => r.level === level && r.stage >= 13).length) },
        ],
        stacked: true,
        horizontal: true,
        height: 220,
      });
      const stalledByActivity = ACTIVITIES.map((a) => all.filter((line) => line.stalled && line.open.split(', ').includes(String(a.number))).length);
      const stalledChart = barChartSvg({
        label: web.translator.t(locale, 'web-desk-chart-stalled'),
        categories: ACTIVITIES.map((a) => String(a.number)),
        series: [{ name: web.translator.t(locale, 'web-desk-stalled'), data: stalledByActivity }],
        height: 220,
      });
      return web.views.send(reply, request, 'desk', {
        title: web.translator.t(locale, 'web-desk-title'),
        viewer: { name: viewer.person.displayName, scope: viewer.gremios?.join(', ') ?? '', csrf: viewer.session.csrfToken },
        lines: lines.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
        total: lines.length,
        stalledCount: all.filter((line) => line.stalled).length,
        onlyStalled,
        page,
        pages: Math.max(1, Math.ceil(lines.length / PAGE_SIZE)),
        outbox: outboxStates(web.db),
        failed: failedSends(web.db, gremios, 20),
        channels: web.telemetry.channelStates(),
        stageChart,
        stalledChart,
      });
    }),
  );

  server.get(
    '/panel/gobiernos.csv',
    desk((viewer, _request, reply, locale) =>
      sendCsv(reply, 'gobiernos-locales.csv', gadLines(web, viewer, locale).map((line) => ({ ...line, openSince: line.openSince ? new Date(line.openSince).toISOString() : '' })), ['id', 'name', 'level', 'province', 'status', 'stage', 'open', 'openSince', 'stalled', 'responsible']),
    ),
  );

  server.get(
    '/panel/envios.csv',
    desk((viewer, _request, reply) =>
      sendCsv(
        reply,
        'envios-fallidos.csv',
        failedSends(web.db, viewer.gremios, 5000).map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() })),
        ['id', 'channel', 'status', 'attempts', 'lastError', 'createdAt', 'recipient'],
      ),
    ),
  );

  server.get(
    '/panel/gad/:id',
    desk((viewer, request, reply, locale) => {
      const gad = gadInScope(viewer, (request.params as { id: string }).id);
      if (!gad) return web.notFound(request, reply);
      const state = gadState(web.db, gad.id);
      const progress = progressOf(web.db, gad.id);
      const holders = roleHolders(web.db, [gad.id]);
      const plan = latestPlanOf(web.db, gad.id);
      return web.views.send(reply, request, 'desk-gad', {
        title: gad.name,
        gad: { ...gad, level: nameIn(LEVEL_NAMES, gad.level)[locale], status: nameIn(GAD_STATUS_NAMES, gad.status)[locale] },
        activities: ACTIVITIES.map((a) => {
          const row = progress.get(a.number);
          return {
            number: a.number,
            title: activityTitle(a)[locale],
            standing: standing(a, state),
            openedAt: row?.openedAt ?? null,
            doneAt: row?.doneAt ?? null,
            doneBy: row?.doneByPersonId ? (personById(web.db, row.doneByPersonId)?.displayName ?? '—') : '',
            responsible: a.responsible.map((role) => roleName(role)[locale]).join(' / '),
          };
        }),
        people: holders.map((h) => ({
          name: h.name,
          role: roleName(h.role)[locale],
          detail: [h.entity, h.sector && nameIn(SECTOR_NAMES, h.sector)[locale], h.seat && nameIn(SEAT_NAMES, h.seat)[locale], h.office && nameIn(OFFICE_NAMES, h.office)[locale]].filter(Boolean).join(' · '),
        })),
        sessions: publicSessions(web.db, gad.id, 20),
        plan: plan && { ...plan, status: nameIn(PLAN_STATUS_NAMES, plan.status)[locale] },
        documents: documentsOfGad(web.db, gad.id, 200).map((doc) => ({
          ...doc,
          product: (ACTIVITIES.flatMap((a) => a.products).find((p) => p.id === doc.product)?.[locale === 'es' ? 'name' : 'nameEn']) ?? nameIn(OTHER_DOCUMENT_NAMES, doc.product)[locale],
        })),
      });
    }),
  );

  server.get(
    '/panel/gad/:id/actividades.csv',
    desk((viewer, request, reply, locale) => {
      const gad = gadInScope(viewer, (request.params as { id: string }).id);
      if (!gad) return web.notFound(request, reply);
      const state = gadState(web.db, gad.id);
      const progress = progressOf(web.db, gad.id);
      const rows = ACTIVITIES.map((a) => ({
        activity: a.number,
        name: activityTitle(a)[locale],
        standing: standing(a, state),
        opened_at: progress.get(a.number)?.openedAt?.toISOString() ?? '',
        done_at: progress.get(a.number)?.doneAt?.toISOString() ?? '',
      }));
      return sendCsv(reply, `actividades-${gad.id}.csv`, rows, ['activity', 'name', 'standing', 'opened_at', 'done_at']);
    }),
  );

  server.get(
    '/panel/gad/:id/documentos/:doc',
    desk((viewer, request, reply) => {
      const params = request.params as { id: string; doc: string };
      const gad = gadInScope(viewer, params.id);
      const docId = positiveId(params.doc);
      const row = gad && docId ? documentOfGad(web.db, gad.id, docId) : undefined;
      if (!row || !web.documents.has(row.sha256)) return web.notFound(request, reply);
      return sendDocument(reply, web.documents, row, 'private');
    }),
  );
}

/**
 * The public portal: `/` (the national overview and the search) and `/gad/:id` (one local
 * government's process, Foro, sessions and published plans). Only the public record.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ACTIVITIES } from '../domain/activities.js';
import { LEVEL_NAMES, OFFICE_NAMES, SEAT_NAMES, SECTOR_NAMES, nameIn } from '../domain/labels.js';
import { COMPLETION_NAMES, IMPACT_NAMES, PLAN_STATUS_NAMES, RESULT_NAMES } from '../domain/plan.js';
import { PILLARS } from '../domain/pillars.js';
import { standing } from '../domain/readiness.js';
import { GAD_LEVELS, PROVINCES } from '../domain/territory.js';
import { activityTitle, responsibleNames } from '../engine/names.js';
import { storedPlanFiles } from '../flows/plan/files/build.js';
import { planData } from '../flows/plan/files/data.js';
import { changeDataMessage } from '../flows/plan/change-log.js';
import { COMMITMENT_STATUS_NAMES } from '../domain/commitment-status.js';
import type { PlanData } from '../domain/plan-schema.js';
import type { Plan } from '../store/plans.js';
import type { Locale } from '../shared/i18n.js';
import { foldText } from '../shared/text.js';
import type { Gad } from '../store/gads.js';
import { gadState, progressOf } from '../store/progress.js';
import { decisionsOfSession } from '../store/sessions-decisions.js';
import { completionsByActivity, publicForoSeats, publicGad, publicGads, publicPlans, publicProvinces, publicSessions, publicStages, recentCompletions } from '../store/public-record.js';
import { barChartSvg } from './charts.js';
import { planRegisterView, proposalCallView } from './cocreation-view.js';
import { PageCache } from './page-cache.js';
import { readerLocale } from './render.js';
import type { WebContext } from './context.js';

/** Local governments listed per page of search results. */
const PAGE_SIZE = 50;
/** How long the overview's national figures are reused before they are read again. */
const OVERVIEW_TTL_MS = 10_000;

/** A positive integer from a route or query parameter, or undefined. */
export function positiveId(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  return n > 0 ? n : undefined;
}

/** The stage groups the overview counts: activities 1-8, the Foro (9-12), the plan (13-15). */
function stageGroup(stage: number): 'early' | 'foro' | 'plan' {
  return stage >= 13 ? 'plan' : stage >= 9 ? 'foro' : 'early';
}

/** The national figures the overview shows. */
interface OverviewFigures {
  stages: ReturnType<typeof publicStages>;
  completions: Map<number, number>;
  recent: ReturnType<typeof recentCompletions>;
  provinces: ReturnType<typeof publicProvinces>;
}

/** The overview's figures, read from the store at most every ten seconds. */
function overviewFigures(web: WebContext): () => OverviewFigures {
  let cached: { at: number; figures: OverviewFigures } | undefined;
  return () => {
    const now = web.clock.now().getTime();
    if (!cached || now - cached.at > OVERVIEW_TTL_MS) {
      cached = { at: now, figures: { stages: publicStages(web.db), completions: completionsByActivity(web.db), recent: recentCompletions(web.db, 10), provinces: publicProvinces(web.db) } };
    }
    return cached.figures;
  };
}

/** Registers `/` and `/gad/:id`. */
export function registerPublicPages(server: FastifyInstance, web: WebContext): void {
  const figures = overviewFigures(web);
  const pages = new PageCache(web.clock);

  server.get('/', (request, reply) => {
    const locale = readerLocale(request, reply);
    const html = pages.get(`${locale} ${request.url}`, () => web.views.render(request, locale, 'home', overviewPage(request, locale)));
    return web.views.sendHtml(reply, locale, html);
  });

  /** The overview's data: national figures, chart, and the search's results. */
  const overviewPage = (request: FastifyRequest, locale: Locale): Record<string, unknown> => {
    const query = request.query as Record<string, string | undefined>;
    const words = foldText((query.q ?? '').slice(0, 100).replace(/[^\p{L}\p{N}]+/gu, ' ')).split(' ').filter(Boolean);
    const province = PROVINCES.find((p) => p === query.provincia);
    const level = GAD_LEVELS.find((l) => l === query.nivel);
    const page = positiveId(query.pagina) ?? 1;
    const searching = words.length > 0 || province !== undefined || level !== undefined;
    const results = searching ? publicGads(web.db, { words, province, level }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }) : undefined;

    const { stages, completions, recent, provinces } = figures();
    const levels = GAD_LEVELS.map((lvl) => {
      const mine = stages.filter((row) => row.level === lvl);
      return { name: LEVEL_NAMES[lvl][locale], total: mine.length, early: mine.filter((r) => stageGroup(r.stage) === 'early').length, foro: mine.filter((r) => stageGroup(r.stage) === 'foro').length, plan: mine.filter((r) => stageGroup(r.stage) === 'plan').length };
    });
    const chartLabel = web.translator.t(locale, 'web-home-chart-label');
    const chart = barChartSvg({
      label: chartLabel,
      categories: ACTIVITIES.map((a) => String(a.number)),
      series: [{ name: web.translator.t(locale, 'web-home-chart-series'), data: ACTIVITIES.map((a) => completions.get(a.number) ?? 0) }],
      height: 260,
    });
    return {
      title: web.translator.t(locale, 'web-home-title'),
      total: stages.length,
      levels,
      chart,
      completions: ACTIVITIES.map((a) => ({ title: activityTitle(a)[locale], count: completions.get(a.number) ?? 0 })),
      recent: recent.map((row) => ({ ...row, activity: activityTitle(row.activity)[locale] })),
      query: { q: query.q ?? '', provincia: province ?? '', nivel: level ?? '' },
      provinces: PROVINCES,
      levelOptions: GAD_LEVELS.map((lvl) => ({ id: lvl, name: LEVEL_NAMES[lvl][locale] })),
      provinceCounts: searching ? [] : provinces,
      results: results && {
        total: results.total,
        rows: results.rows.map((row) => ({ ...row, level: LEVEL_NAMES[row.level as keyof typeof LEVEL_NAMES]?.[locale] ?? row.level })),
        page,
        pages: Math.max(1, Math.ceil(results.total / PAGE_SIZE)),
        pageUrl: (n: number) => `/?${String(new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(province ? { provincia: province } : {}), ...(level ? { nivel: level } : {}), pagina: String(n) }))}`,
      },
    };
  };

  server.get('/gad/:id', (request, reply) => {
    const locale = readerLocale(request, reply);
    const id = positiveId((request.params as { id: string }).id);
    const gad = id ? publicGad(web.db, id) : undefined;
    if (!gad) return web.notFound(request, reply);
    const html = pages.get(`${locale} ${request.url}`, () => web.views.render(request, locale, 'gad', gadPage(gad, locale)));
    return web.views.sendHtml(reply, locale, html);
  });

  /** One local government's page data. */
  const gadPage = (gad: Gad, locale: Locale): Record<string, unknown> => {
    const state = gadState(web.db, gad.id);
    const progress = progressOf(web.db, gad.id);
    const now = web.clock.now();
    const activities = ACTIVITIES.map((a) => ({
      title: activityTitle(a)[locale],
      responsible: responsibleNames(a)[locale],
      standing: standing(a, state),
      doneAt: progress.get(a.number)?.doneAt ?? null,
      openedAt: progress.get(a.number)?.openedAt ?? null,
    }));
    const seats = publicForoSeats(web.db, gad.id).map((seat) => ({
      entity: seat.entity ?? '—',
      sector: nameIn(SECTOR_NAMES, seat.sector)[locale],
      seat: nameIn(SEAT_NAMES, seat.seat)[locale],
      office: seat.office ? nameIn(OFFICE_NAMES, seat.office)[locale] : '',
    }));
    const sessions = publicSessions(web.db, gad.id, 40);
    const plans = publicPlans(web.db, gad.id).map((plan) => {
      const data = planData(web.db, plan, { asOf: now, timeZone: web.config.timeZone, sessions: false });
      const files = storedPlanFiles(web.db, plan, 'plan');
      const report = plan.status === 'closed' ? storedPlanFiles(web.db, plan, 'report') : undefined;
      return {
        id: plan.id,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        status: nameIn(PLAN_STATUS_NAMES, plan.status)[locale],
        publishedAt: plan.publishedAt,
        closedAt: plan.closedAt,
        files: files ? [files.pdf, files.json, files.csv] : [],
        report: report ? [report.pdf, report.json, report.csv] : [],
        version: plan.version,
        milestonesDonePercent: data.plan.milestonesDonePercent,
        versions: planVersions(web, plan, data, locale),
        commitments: data.commitments.map((c) => ({
          ...c,
          status: nameIn(COMMITMENT_STATUS_NAMES, c.status)[locale],
          statusHistory: c.statusHistory.map((row) => ({ date: row.date, status: nameIn(COMMITMENT_STATUS_NAMES, row.status)[locale] })),
          pillars: c.pillars.map((p) => PILLARS.find((pillar) => pillar.id === p)?.[locale === 'es' ? 'name' : 'nameEn'] ?? p),
          milestones: c.milestones.map((ms) => ({ ...ms, completion: nameIn(COMPLETION_NAMES, ms.completion)[locale] })),
          evaluation: c.evaluation && {
            ...c.evaluation,
            potentialImpact: nameIn(IMPACT_NAMES, c.evaluation.potentialImpact)[locale],
            result: nameIn(RESULT_NAMES, c.evaluation.result)[locale],
          },
        })),
        register: planRegisterView(data, locale),
      };
    });
    return {
      title: gad.name,
      gad: { ...gad, level: nameIn(LEVEL_NAMES, gad.level)[locale] },
      activities,
      done: activities.filter((a) => a.standing === 'done').length,
      seats,
      upcoming: sessions.filter((s) => s.startsAt > now && s.status === 'scheduled').reverse(),
      past: sessions
        .filter((s) => s.startsAt <= now || s.status !== 'scheduled')
        .map((s) => ({ ...s, decisions: decisionsOfSession(web.db, s.id).map((d) => ({ subject: d.subject, motion: d.motion || '-', outcome: d.quorum ? d.outcome : 'no_quorum', quorum: d.quorum ? 'yes' : 'no', for: d.votesFor, against: d.votesAgainst, abstain: d.votesAbstain, present: d.present, seats: d.seats })) })),
      plans,
      proposalCall: proposalCallView(web.db, gad.id),
    };
  };
}

/** An amended plan's versions for its page, newest first: when, why, the change log and each version's files (empty for a plan never amended). */
function planVersions(web: WebContext, plan: Plan, data: PlanData, locale: Locale) {
  if (data.versions.length < 2) return [];
  return data.versions
    .map((v) => {
      const files = storedPlanFiles(web.db, plan, 'plan', v.version);
      return {
        version: v.version,
        publishedAt: v.publishedAt,
        reason: v.reason,
        changes: v.changes.map((change) => web.translator.render(locale, changeDataMessage(change))),
        files: files ? [files.pdf, files.json, files.csv] : [],
      };
    })
    .reverse();
}

/**
 * /panorama: the national view for the POC and the Grupo Núcleo (a gremio contact sees
 * its own level): local governments by stage and level, and those stalled longest.
 */
import { LEVEL_NAMES } from '../../domain/labels.js';
import { GAD_LEVELS, GREMIO_BY_LEVEL } from '../../domain/territory.js';
import { m } from '../../shared/i18n.js';
import type { Db } from '../../store/db.js';
import { activityTitle, shortDate } from '../../engine/names.js';
import type { Flow, FlowContext } from '../../engine/types.js';

/** How many stalled activities are listed. */
const STALLED_SHOWN = 5;

interface StageRow {
  level: string;
  status: string;
  stage: number;
}

interface StalledRow {
  name: string;
  activity: number;
  openedAt: number;
}

/** The gremios whose GADs the person may see; undefined means all. */
function visibleGremios(ctx: FlowContext): string[] | undefined {
  if (ctx.memberships.some((row) => row.role === 'poc' || row.role === 'grupo_nucleo')) return undefined;
  return ctx.memberships.filter((row) => row.role === 'gremio' && row.gremio).map((row) => row.gremio!);
}

function stageCounts(db: Db, gremios: string[] | undefined): StageRow[] {
  const filter = gremios ? `WHERE g.gremio IN (${gremios.map(() => '?').join(',')})` : '';
  return db.$client
    .prepare(
      `SELECT g.level, g.status, COALESCE(MAX(CASE WHEN p.done_at IS NOT NULL THEN p.activity END), 0) AS stage
       FROM gads g LEFT JOIN activity_progress p ON p.gad_id = g.id ${filter} GROUP BY g.id`,
    )
    .all(...(gremios ?? [])) as StageRow[];
}

function stalled(db: Db, gremios: string[] | undefined): StalledRow[] {
  const filter = gremios ? `AND g.gremio IN (${gremios.map(() => '?').join(',')})` : '';
  return db.$client
    .prepare(
      `SELECT g.name, p.activity, p.opened_at AS openedAt FROM activity_progress p JOIN gads g ON g.id = p.gad_id
       WHERE p.done_at IS NULL AND p.opened_at IS NOT NULL AND g.status = 'accepted' ${filter}
       ORDER BY p.opened_at ASC LIMIT ${STALLED_SHOWN}`,
    )
    .all(...(gremios ?? [])) as StalledRow[];
}

/** The national view. */
export const panoramaFlow: Flow<never> = {
  id: 'panorama',
  commands: ['panorama', 'overview'],
  description: m('cmd-panorama'),
  available: (ctx) => ctx.memberships.some((row) => row.role === 'poc' || row.role === 'grupo_nucleo' || row.role === 'gremio'),
  start(ctx) {
    const gremios = visibleGremios(ctx);
    const rows = stageCounts(ctx.db, gremios);
    const levels = GAD_LEVELS.filter((level) => !gremios || gremios.includes(GREMIO_BY_LEVEL[level]));
    const byLevel = levels.map((level) => {
      const mine = rows.filter((row) => row.level === level);
      const count = (predicate: (row: StageRow) => boolean) => mine.filter(predicate).length;
      return ctx.render(
        m('panorama-level', {
          level: LEVEL_NAMES[level],
          total: mine.length,
          pending: count((row) => row.status === 'interest_pending' || row.status === 'info_requested'),
          early: count((row) => row.status === 'accepted' && row.stage < 9),
          foro: count((row) => row.status === 'accepted' && row.stage >= 9 && row.stage < 13),
          plan: count((row) => row.status === 'accepted' && row.stage >= 13),
        }),
      );
    });
    const late = stalled(ctx.db, gremios).map((row) =>
      ctx.render(m('panorama-stalled-line', { gad: row.name, activity: activityTitle(row.activity), since: shortDate(new Date(row.openedAt), ctx.config.timeZone) })),
    );
    return {
      replies: [{ text: m('panorama', { levels: byLevel.join('\n'), stalled: late.join('\n') || ctx.render(m('panorama-none-stalled')) }) }],
    };
  },
  step: (ctx) => panoramaFlow.start(ctx, ''),
};

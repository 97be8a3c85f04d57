/**
 * /panorama: the national view for the POC and the Grupo Núcleo (a gremio contact sees
 * its own level): local governments by stage and level, those stalled longest, and how
 * many messages the bot could not deliver.
 */
import { LEVEL_NAMES } from '../../domain/labels.js';
import { GAD_LEVELS, GREMIO_BY_LEVEL } from '../../domain/territory.js';
import { seesPanorama, visibleGremios } from '../../domain/duties.js';
import { m } from '../../shared/i18n.js';
import { failedCount } from '../../store/outbox.js';
import { gadStages, longestOpenActivities, type GadStage } from '../../store/progress.js';
import { activityTitle } from '../../engine/names.js';
import type { Flow } from '../../engine/types.js';
import { formatInstantDate } from '../../shared/zoned-time.js';

/** How many stalled activities are listed. */
const STALLED_SHOWN = 5;

/** The national view. */
export const panoramaFlow: Flow<never> = {
  id: 'panorama',
  commands: ['panorama', 'overview'],
  description: m('cmd-panorama'),
  available: (ctx) => seesPanorama(ctx.memberships),
  start(ctx) {
    const gremios = visibleGremios(ctx.memberships);
    const rows = gadStages(ctx.db, gremios);
    const levels = GAD_LEVELS.filter((level) => !gremios || gremios.includes(GREMIO_BY_LEVEL[level]));
    const byLevel = levels.map((level) => {
      const mine = rows.filter((row) => row.level === level);
      const count = (predicate: (row: GadStage) => boolean) => mine.filter(predicate).length;
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
    const late = longestOpenActivities(ctx.db, gremios, STALLED_SHOWN).map((row) =>
      ctx.render(m('panorama-stalled-line', { gad: row.name, activity: activityTitle(row.activity), since: formatInstantDate(new Date(row.openedAt), ctx.config.timeZone) })),
    );
    // Messages the bot gave up on (npm run cli -- outbox --failed) are everyone's business.
    const failed = failedCount(ctx.db);
    return {
      replies: [
        { text: m('panorama', { levels: byLevel.join('\n'), stalled: late.join('\n') || ctx.render(m('panorama-none-stalled')) }) },
        ...(failed > 0 ? [{ text: m('panorama-failed-messages', { count: failed }) }] : []),
      ],
    };
  },
  step: (ctx) => panoramaFlow.start(ctx, ''),
};

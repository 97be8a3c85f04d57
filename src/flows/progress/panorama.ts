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
import { gadStages, longestOpenActivities } from '../../store/progress.js';
import { phaseOf, type Phase } from '../../domain/phase.js';
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
      const phases = rows.filter((row) => row.level === level).map((row) => phaseOf(row.status, row.stage, row.doneCount));
      const count = (phase: Phase) => phases.filter((p) => p === phase).length;
      return ctx.render(
        m('panorama-phases', {
          level: LEVEL_NAMES[level],
          total: phases.length,
          pending: count('pending'),
          declined: count('declined'),
          early: count('early'),
          foro: count('foro'),
          plan: count('plan'),
          completed: count('completed'),
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

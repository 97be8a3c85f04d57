/**
 * A national-scale data set written by direct SQL in one transaction: every province's,
 * canton's and rural parish's GAD (24 + 221 + 855), their people with Telegram identities
 * and memberships, weekly Foro sessions with attendance, and a history of outbox, audit
 * and processed-inbound rows so that queries run against tables of realistic size.
 */
import type Database from 'better-sqlite3';
import { GREMIO_BY_LEVEL, PROVINCES, type GadLevel } from '../src/domain/territory.js';

/** How many GADs of each level Ecuador has. */
export const GAD_COUNTS: Readonly<Record<GadLevel, number>> = { provincial: 24, municipal: 221, parroquial: 855 };

/** The first Telegram chat id of the data set's people (ids are consecutive). */
export const FIRST_CHAT_ID = 100_000_000;

/** Local roles every GAD has, with how many people hold each. */
const LOCAL_ROLES: readonly [string, number][] = [
  ['autoridad', 1],
  ['delegado', 4],
  ['pocl', 1],
];
/** Entities seated in a constituted Foro, by sector (Anexo 1); each has a principal and a suplente. */
const FORO_SECTORS = ['gobierno_local', 'academia', 'sociedad_civil', 'sociedad_civil', 'sociedad_civil', 'sector_privado'] as const;
/** National roles: POCs, the Grupo Núcleo, gremio teams. */
const NATIONAL_ROLES: readonly [string, number][] = [
  ['poc', 2],
  ['grupo_nucleo', 12],
  ['gremio', 9],
];

/** What the data set holds, for the report and for the benchmarks that use it. */
export interface Dataset {
  gads: number;
  people: number;
  memberships: number;
  constitutedForos: number;
  sessions: number;
  attendance: number;
  historyRows: number;
  /** Chat ids of people, in creation order. */
  chatIds: number[];
  /** The ids of every GAD, for invites. */
  gadIds: number[];
  buildMs: number;
}

/**
 * Writes the national data set into an empty, migrated database; `scale` N writes N copies
 * of the country (N × 1,100 GADs with their people, Foros and history).
 */
export function buildNationalDataset(client: Database.Database, now: Date, scale = 1): Dataset {
  const started = performance.now();
  const t = now.getTime();
  const insertGad = client.prepare(
    `INSERT INTO gads (name, level, province, canton, gremio, entry, status, natural_key, created_at)
     VALUES (?, ?, ?, ?, ?, 'prioritization', 'accepted', ?, ?)`,
  );
  const insertPerson = client.prepare('INSERT INTO people (display_name, locale, created_at) VALUES (?, ?, ?)');
  const insertIdentity = client.prepare(
    `INSERT INTO identities (channel, address, person_id, display_name, created_at) VALUES ('telegram', ?, ?, ?, ?)`,
  );
  const insertMembership = client.prepare(
    'INSERT INTO memberships (person_id, role, gad_id, gremio, sector, entity, seat, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertProgress = client.prepare('INSERT INTO activity_progress (gad_id, activity, opened_at, done_at) VALUES (?, ?, ?, ?)');
  const insertSeries = client.prepare(`INSERT INTO session_series (gad_id, rule, place, created_at) VALUES (?, ?, 'Sala de sesiones', ?)`);
  const insertSession = client.prepare(
    `INSERT INTO foro_sessions (gad_id, series_id, starts_at, place, status, created_at, updated_at) VALUES (?, ?, ?, 'Sala de sesiones', ?, ?, ?)`,
  );
  const insertAttendance = client.prepare('INSERT INTO session_attendance (session_id, person_id, response, attended) VALUES (?, ?, ?, ?)');
  const insertOutbox = client.prepare(
    `INSERT INTO outbox (identity_id, channel, address, payload, status, next_attempt_at, created_at, sent_at) VALUES (?, 'telegram', ?, ?, 'sent', ?, ?, ?)`,
  );
  const insertAudit = client.prepare('INSERT INTO audit_log (at, actor_person_id, action, gad_id) VALUES (?, ?, ?, ?)');
  const insertProcessed = client.prepare(`INSERT INTO processed_inbound (channel, external_id, at) VALUES ('telegram', ?, ?)`);

  const chatIds: number[] = [];
  const gadIds: number[] = [];
  let memberships = 0;
  let constitutedForos = 0;
  let sessions = 0;
  let attendance = 0;
  let historyRows = 0;
  const week = 7 * 86_400_000;

  const addPerson = (name: string): { personId: number; identityId: number; chatId: number } => {
    const personId = Number(insertPerson.run(name, 'es', t).lastInsertRowid);
    const chatId = FIRST_CHAT_ID + chatIds.length;
    const identityId = Number(insertIdentity.run(String(chatId), personId, name, t).lastInsertRowid);
    chatIds.push(chatId);
    return { personId, identityId, chatId };
  };
  const history = (identityId: number, chatId: number, personId: number, gadId: number | null, n: number) => {
    for (let i = 0; i < n; i++) {
      const at = t - (i + 1) * 3_600_000;
      insertOutbox.run(identityId, String(chatId), '{"text":"Recordatorio de sesión del Foro"}', at, at, at);
      insertAudit.run(at, personId, 'activity.confirmed', gadId);
      insertProcessed.run(`h${chatId}:${i}`, at);
      historyRows += 3;
    }
  };

  client.transaction(() => {
    let serial = 0;
    for (let copy = 0; copy < scale; copy++) {
      for (const level of ['provincial', 'municipal', 'parroquial'] as const) {
        for (let i = 0; i < GAD_COUNTS[level]; i++) {
          const province = PROVINCES[serial % PROVINCES.length]!;
          const canton = level === 'provincial' ? null : `Cantón ${serial % 221}`;
          const name = copy === 0 ? `GAD ${level} ${i + 1}` : `GAD ${level} ${i + 1} (${copy + 1})`;
          const key = `${level}|${province}|${canton ?? ''}|${name}`.toLowerCase();
          const gadId = Number(insertGad.run(name, level, province, canton, GREMIO_BY_LEVEL[level], key, t).lastInsertRowid);
          gadIds.push(gadId);
          serial++;
          // Activities 1..k done, k+1 open: a GAD somewhere along the 15 activities.
          const reached = 1 + (serial % 14);
          for (let activity = 1; activity <= reached; activity++) {
            insertProgress.run(gadId, activity, t - 90 * 86_400_000, activity < reached ? t - (reached - activity) * week : null);
          }
          for (const [role, count] of LOCAL_ROLES) {
            for (let k = 0; k < count; k++) {
              const { personId, identityId, chatId } = addPerson(`${role} ${gadId}.${k}`);
              insertMembership.run(personId, role, gadId, null, null, null, null, t);
              memberships++;
              history(identityId, chatId, personId, gadId, 4);
            }
          }
          if (reached < 8) continue;
          // Foro constituted (activity 8 done): twelve members, a weekly session series.
          constitutedForos++;
          const members: number[] = [];
          for (const [index, sector] of FORO_SECTORS.entries()) {
            for (const seat of ['principal', 'suplente']) {
              const { personId, identityId, chatId } = addPerson(`foro ${gadId}.${index} ${seat}`);
              insertMembership.run(personId, 'foro', gadId, null, sector, `Entidad ${index} de ${gadId}`, seat, t);
              memberships++;
              members.push(personId);
              history(identityId, chatId, personId, gadId, 2);
            }
          }
          const seriesId = Number(insertSeries.run(gadId, JSON.stringify({ kind: 'weekly', weekday: 1 + (gadId % 5), time: '10:00' }), t).lastInsertRowid);
          // Eight weeks held, four ahead scheduled.
          for (let w = -8; w < 4; w++) {
            const startsAt = t + w * week + (gadId % 5) * 86_400_000;
            const held = startsAt < t;
            const sessionId = Number(insertSession.run(gadId, seriesId, startsAt, held ? 'held' : 'scheduled', t, t).lastInsertRowid);
            sessions++;
            for (const personId of members) {
              insertAttendance.run(sessionId, personId, held ? 'yes' : null, held ? 1 : null);
              attendance++;
            }
          }
        }
      }
    }
    for (const [role, count] of NATIONAL_ROLES) {
      for (let k = 0; k < count; k++) {
        const { personId } = addPerson(`${role} ${k}`);
        const gremio = role === 'gremio' ? (['CONGOPE', 'AME', 'CONAGOPARE'] as const)[k % 3]! : null;
        insertMembership.run(personId, role, null, gremio, null, null, null, t);
        memberships++;
      }
    }
  })();

  return {
    gads: gadIds.length,
    people: chatIds.length,
    memberships,
    constitutedForos,
    sessions,
    attendance,
    historyRows,
    chatIds,
    gadIds,
    buildMs: Math.round(performance.now() - started),
  };
}

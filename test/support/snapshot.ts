/** Snapshots of the tables that hold the process's state, to prove an input changed nothing. */
import type { App } from '../../src/app.js';

/** Tables whose content is the process's state (not logs, queues or dedupe records). */
export const STATE_TABLES = [
  'gads',
  'people',
  'memberships',
  'invites',
  'activity_progress',
  'documents',
  'conversations',
  'open_questions',
  'foro_entities',
  'session_series',
  'foro_sessions',
  'session_attendance',
  'plans',
  'commitments',
  'milestones',
  'milestone_reports',
  'evaluations',
] as const;

/** A row with the opaque choice ids of an offered question numbered instead (each message gets fresh ones by design). */
function withoutChoiceIds(row: unknown): unknown {
  const record = row as Record<string, unknown>;
  if (typeof record.choices !== 'string') return row;
  const offered = JSON.parse(record.choices) as { byId: Record<string, unknown> };
  return { ...record, choices: { ...offered, byId: Object.values(offered.byId) } };
}

/** Every row of the state tables, as JSON text. */
export function stateSnapshot(app: App): string {
  const tables = STATE_TABLES.map((table) => [table, app.db.$client.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all().map(withoutChoiceIds)]);
  return JSON.stringify(tables);
}

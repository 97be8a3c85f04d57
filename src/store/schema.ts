/**
 * The database schema: every table the bot keeps, in one file. Migrations under
 * `drizzle/` are generated from it with `npm run db:generate`.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull();

/** Local governments (GAD): provincial, municipal or parroquial rural. */
export const gads = sqliteTable(
  'gads',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** provincial | municipal | parroquial */
    level: text('level').notNull(),
    province: text('province').notNull(),
    canton: text('canton'),
    /** CONGOPE | AME | CONAGOPARE, derived from the level. */
    gremio: text('gremio').notNull(),
    /** interest (route a: its authority asked) | prioritization (route b: the POC chose it) */
    entry: text('entry').notNull(),
    /** interest_pending | info_requested | accepted | declined */
    status: text('status').notNull(),
    /** Lower-cased, accent-free "level|province|canton|name": one row per real GAD. */
    naturalKey: text('natural_key').notNull(),
    /** What the interest form collected: authority, position, contact, motivation (JSON). */
    details: text('details', { mode: 'json' }).$type<Record<string, string>>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('gads_natural_key').on(t.naturalKey)],
);

/** People known to the bot: anyone who redeemed an invite or expressed interest. */
export const people = sqliteTable('people', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  displayName: text('display_name').notNull(),
  locale: text('locale').notNull(),
  /** Non-essential reminders muted by the person (session reminders stay on). */
  remindersMuted: integer('reminders_muted', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

/** A person's address on one channel; one person may have several. */
export const identities = sqliteTable(
  'identities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    personId: integer('person_id').references(() => people.id),
    displayName: text('display_name'),
    /** Set when the channel says the person can no longer be reached (blocked the bot). */
    unreachableAt: integer('unreachable_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('identities_channel_address').on(t.channel, t.address), index('identities_person').on(t.personId)],
);

/** A role a person holds, in a local government where the role is local. */
export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role').notNull(),
    gadId: integer('gad_id').references(() => gads.id),
    /** For gremio contacts: CONGOPE | AME | CONAGOPARE. */
    gremio: text('gremio'),
    /** For Foro members: gobierno_local | academia | sociedad_civil | sector_privado. */
    sector: text('sector'),
    /** For Foro members: the entity they represent. */
    entity: text('entity'),
    /** For Foro members: principal | suplente. */
    seat: text('seat'),
    /** For Foro members: presidencia | copresidencia | secretaria. */
    office: text('office'),
    createdAt: createdAt(),
  },
  (t) => [index('memberships_person').on(t.personId), index('memberships_gad_role').on(t.gadId, t.role)],
);

/** Single-use invite codes, stored hashed, bound to a role (and a GAD where local). */
export const invites = sqliteTable(
  'invites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    codeHash: text('code_hash').notNull(),
    role: text('role').notNull(),
    gadId: integer('gad_id').references(() => gads.id),
    gremio: text('gremio'),
    /** Extra attributes of the membership it grants (Foro sector, entity, seat...). */
    attributes: text('attributes', { mode: 'json' }).$type<Record<string, string>>(),
    createdByPersonId: integer('created_by_person_id').references(() => people.id),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    usedByPersonId: integer('used_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invites_code_hash').on(t.codeHash)],
);

/** Failed invite redemptions per sender, for the rate limit. */
export const inviteAttempts = sqliteTable(
  'invite_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('invite_attempts_sender').on(t.channel, t.address, t.at)],
);

/** Progress of each Anexo 4 activity in each local government (a row once it is done). */
export const activityProgress = sqliteTable(
  'activity_progress',
  {
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    activity: integer('activity').notNull(),
    /** When the activity became possible (its prerequisites done). */
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
    doneAt: integer('done_at', { mode: 'timestamp_ms' }),
    /** Who confirmed it; null when the bot itself recorded it. */
    doneByPersonId: integer('done_by_person_id').references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.gadId, t.activity] })],
);

/** Uploaded documents (products of activities, evidence); each upload is a version. */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id').references(() => gads.id),
    activity: integer('activity'),
    /** The product id from the domain model (e.g. "oficio_delegacion"), or "evidence". */
    product: text('product').notNull(),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedByPersonId: integer('uploaded_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index('documents_gad').on(t.gadId, t.activity), index('documents_sha').on(t.sha256)],
);

/** The open conversation of each identity: which flow, which step, what was offered. */
export const conversations = sqliteTable('conversations', {
  identityId: integer('identity_id')
    .primaryKey()
    .references(() => identities.id),
  flow: text('flow').notNull(),
  state: text('state', { mode: 'json' }).notNull().$type<unknown>(),
  /** Choice ids offered by the last question, mapped to their values. */
  choices: text('choices', { mode: 'json' }).notNull().$type<OfferedChoices>(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Inbound message ids already handled, so a re-delivery changes nothing. */
export const processedInbound = sqliteTable(
  'processed_inbound',
  {
    channel: text('channel').notNull(),
    externalId: text('external_id').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.externalId] })],
);

/** Messages waiting to be sent, or sent; rows are never deleted by the dispatcher. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    identityId: integer('identity_id')
      .notNull()
      .references(() => identities.id),
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    /** The rendered message: text, choices, file (JSON). */
    payload: text('payload', { mode: 'json' }).notNull().$type<OutboxPayload>(),
    /** A unique key for messages that must be enqueued once (reminders). */
    dedupeKey: text('dedupe_key'),
    /** pending | sent | unreachable */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('outbox_dedupe_key').on(t.dedupeKey), index('outbox_due').on(t.status, t.nextAttemptAt)],
);

/** The choices the last question offered: opaque id → value and rendered label. */
export interface OfferedChoices {
  byId: Record<string, { value: string; label: string }>;
  /** Whether free text is also a valid answer to the question. */
  acceptsText: boolean;
}

/** The content of an outbox row. */
export interface OutboxPayload {
  text: string;
  choices?: { id: string; label: string }[];
  file?: { sha256: string; name: string; mime: string };
}

/** Append-only record of every change: who, what, where, when. Triggers forbid edits. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorPersonId: integer('actor_person_id'),
    /** Channel and address of the sender when there is no person yet. */
    actorAddress: text('actor_address'),
    action: text('action').notNull(),
    gadId: integer('gad_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_gad').on(t.gadId, t.at)],
);

/** Small per-channel key/value state (WhatsApp auth creds and keys, message cache). */
export const channelState = sqliteTable(
  'channel_state',
  {
    channel: text('channel').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.key] })],
);


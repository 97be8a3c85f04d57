/**
 * The database schema: every table the bot keeps, in one file. Migrations under
 * `drizzle/` are generated from it with `npm run db:generate`.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AmendmentChange } from '../domain/plan-amendment.js';

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
  /**
   * The name documents, open data and notices show: the full name the person gave on
   * joining (profiledAt set), or their chat display name until they give it.
   */
  displayName: text('display_name').notNull(),
  /** The person's position (cargo), as they gave it on joining. */
  position: text('position'),
  /** The institution the person works for, as they gave it on joining. */
  institution: text('institution'),
  /** When the person gave their full name, position and institution (asked once). */
  profiledAt: integer('profiled_at', { mode: 'timestamp_ms' }),
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
    /**
     * The language of someone the bot does not know yet: what they chose with /idioma, or
     * what their platform reported on first contact. The person's own locale takes over
     * once they have one (it starts from this).
     */
    locale: text('locale'),
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
    /** For Foro members: the entity they represent (its name, as shown). */
    entity: text('entity'),
    /** For Foro members: the entity of the actor map they represent. */
    foroEntityId: integer('foro_entity_id'),
    /** For Foro members: principal | suplente. */
    seat: text('seat'),
    /** For Foro members: presidencia | copresidencia | secretaria. */
    office: text('office'),
    /** For commitment owners (responsable): the commitment they answer for. */
    commitmentId: integer('commitment_id'),
    createdAt: createdAt(),
    /** When the role ended (revoked, or its holder replaced); the row is kept. */
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    endedByPersonId: integer('ended_by_person_id').references(() => people.id),
    /** revoked | replaced, and the reason given. */
    endedReason: text('ended_reason'),
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
    /** The name of the person it is for, as the inviter typed it. */
    intendedFor: text('intended_for'),
    /** The membership its redemption ends (an explicit "replace X by Y"). */
    replacesMembershipId: integer('replaces_membership_id').references(() => memberships.id),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    usedByPersonId: integer('used_by_person_id').references(() => people.id),
    /** When it was revoked (or replaced by a new code when resent), and by whom. */
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedByPersonId: integer('revoked_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invites_code_hash').on(t.codeHash), index('invites_gad').on(t.gadId)],
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
  (t) => [
    primaryKey({ columns: [t.gadId, t.activity] }),
    // What the stalled-step reminders read when time alone makes an activity overdue.
    index('activity_progress_open_since').on(t.openedAt).where(sql`done_at IS NULL`),
  ],
);

/**
 * What happened to each activity of each local government, in order: confirmed (done) or
 * reopened with a reason. Never updated or deleted; activity_progress is its current state.
 */
export const activityEvents = sqliteTable(
  'activity_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    activity: integer('activity').notNull(),
    /** done | reopened */
    kind: text('kind').notNull(),
    /** Who confirmed or reopened it; null when the bot recorded it. */
    personId: integer('person_id').references(() => people.id),
    /** Why it was reopened. */
    reason: text('reason'),
    /** The people told of this event (so a reopening reaches whoever heard of the completion). */
    notified: text('notified', { mode: 'json' }).notNull().$type<number[]>(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('activity_events_gad').on(t.gadId, t.activity)],
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
    /** For evidence of the action plan: the milestone it supports. */
    milestoneId: integer('milestone_id'),
    /** For a Foro session's minutes (acta) or pre-reads: the session. */
    sessionId: integer('session_id'),
    /** For a training's materials and attendance list: the training. */
    trainingId: integer('training_id'),
    uploadedByPersonId: integer('uploaded_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index('documents_gad').on(t.gadId, t.activity), index('documents_sha').on(t.sha256), index('documents_session').on(t.sessionId)],
);

/** The open conversation of each identity: which flow, which step, what was offered. */
export const conversations = sqliteTable('conversations', {
  identityId: integer('identity_id')
    .primaryKey()
    .references(() => identities.id),
  flow: text('flow').notNull(),
  /** The version of the flow that wrote the state; a changed flow restarts the conversation. */
  flowVersion: integer('flow_version').notNull().default(1),
  state: text('state', { mode: 'json' }).notNull().$type<unknown>(),
  /** Choice ids offered by the last question, mapped to their values. */
  choices: text('choices', { mode: 'json' }).notNull().$type<OfferedChoices>(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Questions an identity may answer besides its open conversation: questions the bot
 * asked on its own (an invitation's RSVP, "Revisar" on a new interest), a conversation
 * set aside while another runs, a long form kept as a draft, and the engine's own short
 * questions ("which question does «1» answer?").
 */
export const openQuestions = sqliteTable(
  'open_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    identityId: integer('identity_id')
      .notNull()
      .references(() => identities.id),
    /** offer | suspended | draft | prompt */
    kind: text('kind').notNull(),
    /** What it is about ("attendance:12", "review:4", a flow id): a newer one on the same topic replaces it. */
    topic: text('topic').notNull(),
    flow: text('flow').notNull(),
    flowVersion: integer('flow_version').notNull().default(1),
    state: text('state', { mode: 'json' }).notNull().$type<unknown>(),
    choices: text('choices', { mode: 'json' }).notNull().$type<OfferedChoices>(),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** After this instant it is no longer answerable (and is removed). */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('open_questions_topic').on(t.identityId, t.kind, t.topic), index('open_questions_topic_only').on(t.topic)],
);

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
    /**
     * pending | sent | unreachable (the person blocked the bot) | failed (a permanent error,
     * or too many attempts: see lastError) | split (sent as the parts queued after it)
     */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // Partial: most replies have no key, and an entry for each would cost a page write per reply.
    uniqueIndex('outbox_dedupe_key').on(t.dedupeKey).where(sql`dedupe_key IS NOT NULL`),
    index('outbox_due').on(t.status, t.nextAttemptAt),
    // Rows of a status per channel and chat: the dispatcher's heads, a chat's following rows, counts per channel.
    index('outbox_pending_by_address').on(t.status, t.channel, t.address, t.id),
  ],
);

/**
 * The platform messages an outbox row went out as, and what the platform last said of
 * each (WhatsApp Cloud API statuses). One row may go out as several messages (a long
 * text), and several rows as one message (merged): one line per pair.
 */
export const outboxDeliveries = sqliteTable(
  'outbox_deliveries',
  {
    /** The platform's message id (WhatsApp's "wamid..."). */
    platformId: text('platform_id').notNull(),
    outboxId: integer('outbox_id')
      .notNull()
      .references(() => outbox.id),
    /** The approved template the message went as (outside the 24-hour window); null for free form. */
    template: text('template'),
    /** accepted | sent | delivered | read | failed */
    status: text('status').notNull(),
    /** The platform's error code and title when it failed. */
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.platformId, t.outboxId] }), index('outbox_deliveries_outbox').on(t.outboxId)],
);

/**
 * When each person last wrote on a channel. WhatsApp's Cloud API accepts free-form
 * messages only within 24 hours of it; later ones must be approved templates.
 */
export const serviceWindows = sqliteTable(
  'service_windows',
  {
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    /** The platform's timestamp of the person's latest message. */
    lastInboundAt: integer('last_inbound_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.address] })],
);
/** What a typed answer may stand for, besides a choice's label and number. */
export type ChoiceMeaning = 'yes' | 'no';

/** One offered choice: its value for the flow, its label as shown, what a typed yes or no picks. */
export interface OfferedChoice {
  value: string;
  label: string;
  means?: ChoiceMeaning;
}

/** The choices the last question offered: opaque id → value and rendered label. */
export interface OfferedChoices {
  byId: Record<string, OfferedChoice>;
  /** Whether free text is also a valid answer to the question. */
  acceptsText: boolean;
  /** Whether a file is an answer to it (a file goes to the one open question that takes files). */
  acceptsFile?: boolean;
  /** Whether a typed number is the answer's own rather than an option's (asked about when it could be both). */
  numbersAreText?: boolean;
  /** The question as last sent (text and message id), to repeat it after /ayuda or when a draft resumes. */
  prompt?: { key?: string; text: string };
  /** While "discard your answers?" is asked: the question it interrupted, offered again on "No". */
  resume?: OfferedChoices;
}

/** The content of an outbox row. */
export interface OutboxPayload {
  /** The id of the message in locales/*.ftl, when the text is one message (tests and templates match on it). */
  key?: string;
  text: string;
  choices?: { id: string; label: string }[];
  /** Set when a typed answer is welcome besides the choices (a channel that numbers choices says so). */
  acceptsText?: boolean;
  file?: OutboxFile;
  /** Substrings of the text that are credentials (invite codes): blanked once the message is sent. */
  secrets?: string[];
}

/** A stored file an outbox row sends, whole or as one byte range of it. */
export interface OutboxFile {
  sha256: string;
  name: string;
  mime: string;
  /** One part of a file too large for the channel: bytes [offset, offset + length). */
  part?: { index: number; count: number; offset: number; length: number };
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
  // Partial: rows of no GAD (a refused code, a national action) are not looked up by GAD.
  (t) => [index('audit_log_gad').on(t.gadId, t.at).where(sql`gad_id IS NOT NULL`)],
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


/** The actor map of a local government (Anexo 1): entities that may sit in its Foro. */
export const foroEntities = sqliteTable(
  'foro_entities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    name: text('name').notNull(),
    /** gobierno_local | academia | sociedad_civil | sector_privado */
    sector: text('sector').notNull(),
    contact: text('contact'),
    /** Why the entity is interested (free text). */
    interest: text('interest'),
    createdByPersonId: integer('created_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index('foro_entities_gad').on(t.gadId)],
);

/** A recurrence of Foro sessions; its sessions are materialized ahead of time. */
export const sessionSeries = sqliteTable(
  'session_series',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    /** The rule as JSON: kind (weekly | biweekly | monthly_weekday | monthly_day), weekday, nth, day, time. */
    rule: text('rule', { mode: 'json' }).notNull().$type<Record<string, string | number>>(),
    place: text('place'),
    link: text('link'),
    agenda: text('agenda'),
    /** How long each of its sessions lasts. */
    durationMinutes: integer('duration_minutes').notNull().default(120),
    createdByPersonId: integer('created_by_person_id').references(() => people.id),
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('session_series_gad').on(t.gadId)],
);

/** One Foro session (a single date, or one occurrence of a series). */
export const foroSessions = sqliteTable(
  'foro_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    seriesId: integer('series_id').references(() => sessionSeries.id),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(120),
    place: text('place'),
    link: text('link'),
    agenda: text('agenda'),
    /** scheduled | cancelled | held */
    status: text('status').notNull().default('scheduled'),
    /** When the acta was uploaded and attendance marked. */
    minutesRecordedAt: integer('minutes_recorded_at', { mode: 'timestamp_ms' }),
    createdByPersonId: integer('created_by_person_id').references(() => people.id),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('foro_sessions_gad_start').on(t.gadId, t.startsAt),
    index('foro_sessions_start').on(t.status, t.startsAt),
    // When each session ends (what the minutes requests count from), as sessionEnd in sessions.ts writes it.
    index('foro_sessions_end').on(sql`starts_at + duration_minutes * 60000`),
  ],
);

/** A member's answer to a session invitation, and whether they attended. */
export const sessionAttendance = sqliteTable(
  'session_attendance',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => foroSessions.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** yes | no, or null when not answered */
    response: text('response'),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
    /** Marked by the Secretaría Técnica after the session. */
    attended: integer('attended', { mode: 'boolean' }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);

/**
 * A decision the Foro took in a session, recorded by its Secretaría Técnica with the votes
 * (one per entity present) and the quorum as it stood: entities present against seats.
 */
export const sessionDecisions = sqliteTable(
  'session_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => foroSessions.id),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    /** plan | normativa | other (domain/quorum.ts DECISION_SUBJECTS) */
    subject: text('subject').notNull(),
    /** For a plan's approval: the draft plan it approves. */
    planId: integer('plan_id'),
    motion: text('motion').notNull(),
    votesFor: integer('votes_for').notNull(),
    votesAgainst: integer('votes_against').notNull(),
    votesAbstain: integer('votes_abstain').notNull(),
    /** Entities present (principal or suplente counting once) and entities with seats. */
    present: integer('present').notNull(),
    seats: integer('seats').notNull(),
    quorum: integer('quorum', { mode: 'boolean' }).notNull(),
    /** approved | rejected */
    outcome: text('outcome').notNull(),
    /** For a plan: the non-government entities that endorse it (names), as OGP asks. */
    endorsements: text('endorsements', { mode: 'json' }).$type<string[]>(),
    recordedByPersonId: integer('recorded_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index('session_decisions_gad').on(t.gadId, t.subject), index('session_decisions_session').on(t.sessionId)],
);

/** A sensibilización or capacitación (activities 4 and 12) the POC or the gremio schedules. */
export const trainings = sqliteTable(
  'trainings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    /** The activity it is evidence for: 4 or 12. */
    activity: integer('activity').notNull(),
    topic: text('topic').notNull(),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(120),
    place: text('place'),
    link: text('link'),
    /** scheduled | held | cancelled */
    status: text('status').notNull().default('scheduled'),
    /** When the attendance was recorded and its list stored. */
    attendanceRecordedAt: integer('attendance_recorded_at', { mode: 'timestamp_ms' }),
    createdByPersonId: integer('created_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index('trainings_gad').on(t.gadId, t.startsAt)],
);

/** Someone invited to a training: their answer (yes | no) and whether they attended. */
export const trainingInvitees = sqliteTable(
  'training_invitees',
  {
    trainingId: integer('training_id')
      .notNull()
      .references(() => trainings.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    invitedAt: integer('invited_at', { mode: 'timestamp_ms' }),
    response: text('response'),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
    attended: integer('attended', { mode: 'boolean' }),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.personId] }), index('training_invitees_person').on(t.personId)],
);

/** A local action plan (PAGL, activity 13) and its life: draft, approved, published, closed. */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    /** draft | approved | published | closed */
    status: text('status').notNull().default('draft'),
    /** Random token: whoever has the plan's link can fetch its open data. */
    publicToken: text('public_token').notNull(),
    approvedByPersonId: integer('approved_by_person_id').references(() => people.id),
    approvedAt: integer('approved_at', { mode: 'timestamp_ms' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    createdByPersonId: integer('created_by_person_id').references(() => people.id),
    createdAt: createdAt(),
    /** The version in force: 1 as first published, one more for each published amendment. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('plans_gad').on(t.gadId), uniqueIndex('plans_public_token').on(t.publicToken)],
);

/** A commitment of a plan, as OGP's template has it. */
export const commitments = sqliteTable('commitments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  planId: integer('plan_id')
    .notNull()
    .references(() => plans.id),
  title: text('title').notNull(),
  problem: text('problem').notNull(),
  objective: text('objective').notNull(),
  expectedResults: text('expected_results').notNull(),
  /** Pillar ids of the Guía's model. */
  pillars: text('pillars', { mode: 'json' }).notNull().$type<string[]>(),
  responsibleEntity: text('responsible_entity').notNull(),
  responsiblePersonId: integer('responsible_person_id').references(() => people.id),
  /** The responsible person's name as the recorder typed it (until they join). */
  responsibleName: text('responsible_name'),
  counterparts: text('counterparts', { mode: 'json' }).notNull().$type<string[]>(),
  createdAt: createdAt(),
  /** The plan version that added it (1: the plan as first published). */
  sinceVersion: integer('since_version').notNull().default(1),
  /** When an amendment withdrew it, and why (it stays in the record). */
  withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' }),
  withdrawnReason: text('withdrawn_reason'),
}, (t) => [index('commitments_plan').on(t.planId)]);

/** A milestone of a commitment: a verifiable deliverable with its dates and progress. */
export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    deliverable: text('deliverable').notNull(),
    /** ISO dates (YYYY-MM-DD) in the configured time zone. */
    startDate: text('start_date').notNull(),
    dueDate: text('due_date').notNull(),
    /** OGP completion: no_iniciado | limitado | sustancial | completo */
    completion: text('completion').notNull().default('no_iniciado'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('milestones_due').on(t.dueDate), index('milestones_commitment').on(t.commitmentId)],
);

/** A progress report on a milestone. */
export const milestoneReports = sqliteTable('milestone_reports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  milestoneId: integer('milestone_id')
    .notNull()
    .references(() => milestones.id),
  personId: integer('person_id').references(() => people.id),
  completion: text('completion').notNull(),
  text: text('text').notNull(),
  delayReason: text('delay_reason'),
  createdAt: createdAt(),
}, (t) => [index('milestone_reports_milestone').on(t.milestoneId)]);

/** An amendment of a published plan: its changes, recorded as a draft, then approved and published as the next version. */
export const planAmendments = sqliteTable(
  'plan_amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    /** The version it becomes once published (2, 3, ...). */
    version: integer('version').notNull(),
    /** Why the plan is amended, as its recorder gave it. */
    reason: text('reason').notNull(),
    /** The changes, in order (domain/plan-amendment.ts). */
    changes: text('changes', { mode: 'json' }).notNull().$type<AmendmentChange[]>(),
    /** draft | published */
    status: text('status').notNull().default('draft'),
    createdByPersonId: integer('created_by_person_id').references(() => people.id),
    createdAt: createdAt(),
    approvedByPersonId: integer('approved_by_person_id').references(() => people.id),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('plan_amendments_version').on(t.planId, t.version)],
);

/** A commitment's OGP status from a date on (its status history, newest last). */
export const commitmentStatuses = sqliteTable(
  'commitment_statuses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    /** domain/commitment-status.ts: no_iniciado | limitado | sustancial | completo | sin_evidencia | retirado */
    status: text('status').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('commitment_statuses_commitment').on(t.commitmentId)],
);

/** The independent monitor's assessment of one commitment. */
export const evaluations = sqliteTable(
  'evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    monitorPersonId: integer('monitor_person_id').references(() => people.id),
    verifiable: integer('verifiable', { mode: 'boolean' }).notNull(),
    relevant: integer('relevant', { mode: 'boolean' }).notNull(),
    /** ninguno | menor | moderado | transformador */
    potentialImpact: text('potential_impact').notNull(),
    /** empeoro | no_cambio | marginal | significativo | sobresaliente */
    result: text('result').notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluations_commitment').on(t.commitmentId)],
);

/** Facts the scheduler has announced (e.g. a stalled activity at a level), so each goes out once. */
export const schedulerMarks = sqliteTable('scheduler_marks', {
  key: text('key').primaryKey(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * The GADs whose rows the scheduled jobs read have changed, each with the sequence number of
 * its latest change: database triggers write it (drizzle/0020), so every write is seen
 * whoever makes it. One row per GAD, so the table never grows past the number of GADs.
 */
export const schedulerChanges = sqliteTable(
  'scheduler_changes',
  {
    gadId: integer('gad_id').primaryKey(),
    seq: integer('seq').notNull(),
  },
  (t) => [index('scheduler_changes_seq').on(t.seq)],
);

/** How far each scheduled job has read: the last change it covered and when it last ran to its end. */
export const schedulerCursors = sqliteTable('scheduler_cursors', {
  job: text('job').primaryKey(),
  seq: integer('seq').notNull(),
  sweptAt: integer('swept_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Files built in the background, outside any transaction (the monitor's evaluation
 * package): what to build, and what became of it. A finished build points at its document.
 */
export const fileBuilds = sqliteTable(
  'file_builds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Which builder makes it (e.g. "evaluation-package"). */
    kind: text('kind').notNull(),
    /** The builder's arguments (plan, recipients), as JSON. */
    args: text('args', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    /** pending | done | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    documentId: integer('document_id').references(() => documents.id),
    lastError: text('last_error'),
    createdAt: createdAt(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('file_builds_status').on(t.status, t.id)],
);

/** One-time links to the national desk that /web sends: hashed, bound to a person, short-lived. */
export const webLoginTokens = sqliteTable(
  'web_login_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('web_login_tokens_hash').on(t.tokenHash)],
);

/** Sessions of the national desk: the cookie holds a random id, the table its hash. */
export const webSessions = sqliteTable(
  'web_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** The token every form of the session must carry (CSRF). */
    csrfToken: text('csrf_token').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('web_sessions_hash').on(t.tokenHash)],
);

/** The public code of a GAD's call for proposals: citizens type it (or follow its link) to send one. */
export const proposalCalls = sqliteTable(
  'proposal_calls',
  {
    gadId: integer('gad_id')
      .primaryKey()
      .references(() => gads.id),
    code: text('code').notNull(),
    openedByPersonId: integer('opened_by_person_id').references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('proposal_calls_code').on(t.code)],
);

/**
 * A proposal for a GAD's action plan (co-creation, activity 13), sent through the bot or
 * imported from Decidim or CONSUL, and the Foro's reasoned response to it.
 */
export const proposals = sqliteTable(
  'proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gadId: integer('gad_id')
      .notNull()
      .references(() => gads.id),
    /** bot | decidim | consul */
    source: text('source').notNull(),
    /** The proposal's id on the platform it was imported from (null for the bot's). */
    externalId: text('external_id'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** The name its author chose to give (published with it), if any. */
    authorName: text('author_name'),
    /** How to reach its author, as they gave it (never published). */
    authorContact: text('author_contact'),
    /** The author, when they sent it through the bot: they are told the response. */
    authorPersonId: integer('author_person_id').references(() => people.id),
    /** When the author agreed to its publication and to the keeping of their data. */
    consentAt: integer('consent_at', { mode: 'timestamp_ms' }),
    /** pending | accepted | merged | not_accepted */
    status: text('status').notNull().default('pending'),
    /** The plan whose register it belongs to, once answered. */
    planId: integer('plan_id').references(() => plans.id),
    commitmentId: integer('commitment_id').references(() => commitments.id),
    mergedIntoId: integer('merged_into_id'),
    /** The Foro's reasons. */
    response: text('response'),
    respondedByPersonId: integer('responded_by_person_id').references(() => people.id),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('proposals_gad').on(t.gadId, t.status), uniqueIndex('proposals_external').on(t.gadId, t.source, t.externalId)],
);

/**
 * One part of the independent monitor's assessment of a plan (OGP's cycle): the inception
 * assessment of a commitment (verifiable, relevant, potential impact) or of the plan's
 * co-creation and public repository (commitment null), or an end-of-commitment assessment
 * (completion, did it open government). A newer row of the same part replaces it; the
 * Foro may answer each.
 */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    /** inception | commitment_end */
    kind: text('kind').notNull(),
    commitmentId: integer('commitment_id').references(() => commitments.id),
    verifiable: integer('verifiable', { mode: 'boolean' }),
    relevant: integer('relevant', { mode: 'boolean' }),
    /** ninguno | menor | moderado | transformador */
    potentialImpact: text('potential_impact'),
    /** met | partly | not_met: the co-creation process against OGP's standards. */
    coCreation: text('co_creation'),
    /** met | partly | not_met: the plan's public repository, online and up to date. */
    repository: text('repository'),
    /** no_iniciado | limitado | sustancial | completo */
    completion: text('completion'),
    /** empeoro | no_cambio | marginal | significativo | sobresaliente */
    result: text('result'),
    notes: text('notes'),
    monitorPersonId: integer('monitor_person_id').references(() => people.id),
    createdAt: createdAt(),
    /** The Foro's answer, if it gave one. */
    response: text('response'),
    respondedByPersonId: integer('responded_by_person_id').references(() => people.id),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('assessments_plan').on(t.planId, t.kind)],
);

/**
 * The open data's tables of amended plans and of commitments' status: each plan's
 * versions with the reason and change log of each amendment, and each commitment's dated
 * status history as OGP reports it.
 */
import { COMMITMENT_STATUSES } from '../../domain/commitment-status.js';
import type { AmendmentChange } from '../../domain/plan-amendment.js';
import type { Db } from '../../store/db.js';
import { openCommitmentStatuses, openPlanVersions } from '../../store/open-data.js';
import { id, stringField, tableDatetime, toGad, type OpenTable } from './tables.js';

/** A change in a few words for the CSV: its kind and the commitment's or milestone's name. */
function changeSummary(change: AmendmentChange): string {
  const name = change.kind === 'add_commitment' ? change.commitment.title : change.kind === 'redate_milestone' ? `${change.deliverable} ${change.before}→${change.after}` : change.title;
  return `${change.kind}: ${name}`;
}

/** The tables of plan versions and commitment statuses, after the package's other tables. */
export function planVersionTables(db: Db): OpenTable[] {
  return [versionsTable(db), statusesTable(db)];
}

/** The versions of published plans, one row each. */
function versionsTable(db: Db): OpenTable {
  const rows = openPlanVersions(db).map((row) => {
    const changes = JSON.parse(row.changes) as AmendmentChange[];
    return {
      version_id: `${row.plan_id}-${row.version}`,
      plan_id: row.plan_id,
      gad_id: row.gad_id,
      version: row.version,
      published_at: tableDatetime(row.published_at),
      reason: row.reason,
      changes: changes.map(changeSummary).join('; '),
      withdrawals: changes.flatMap((c) => (c.kind === 'withdraw_commitment' ? [`${c.title}: ${c.reason}`] : [])).join('; '),
    };
  });
  return {
    name: 'versiones',
    title: 'Versiones de los planes de acción / Action plan versions',
    description: 'Each version of a published local action plan: the first as published, then each approved amendment with its reason and change log (commitments added, changed or withdrawn with a reason, milestones re-dated). Earlier versions’ files stay downloadable from the local government’s page.',
    fields: [
      { ...stringField('version_id', 'Plan id and version, joined by a hyphen'), constraints: { required: true, unique: true } },
      id('plan_id', 'Id of the plan'),
      id('gad_id', 'Id of the local government'),
      { name: 'version', type: 'integer', description: 'Version number (1: as first published)', constraints: { required: true } },
      { name: 'published_at', type: 'datetime', description: 'When this version was published' },
      stringField('reason', 'Why the plan was amended (empty for version 1)'),
      stringField('changes', "The amendment's changes, 'kind: name', separated by ';'"),
      stringField('withdrawals', "Commitments withdrawn with their reason, separated by ';'"),
    ],
    primaryKey: 'version_id',
    foreignKeys: [toGad],
    rows,
  };
}

/** The dated status history of each commitment of a published plan. */
function statusesTable(db: Db): OpenTable {
  return {
    name: 'estados_compromisos',
    title: 'Historial de estado de los compromisos / Commitment status history',
    description: "Each commitment's status as OGP reports it (not started, limited, substantial, complete, no evidence available, withdrawn) from the date it took that status.",
    fields: [
      { ...id('status_id', 'Id of the status change'), constraints: { required: true, unique: true } },
      id('commitment_id', 'Id of the commitment'),
      id('plan_id', 'Id of the plan'),
      id('gad_id', 'Id of the local government'),
      { ...stringField('status', 'Status of the commitment'), constraints: { enum: [...COMMITMENT_STATUSES] } },
      { name: 'since', type: 'datetime', description: 'When it took this status' },
    ],
    primaryKey: 'status_id',
    foreignKeys: [toGad, { fields: 'commitment_id', reference: { resource: 'compromisos', fields: 'commitment_id' } }],
    rows: openCommitmentStatuses(db).map((row) => ({ ...row, since: tableDatetime(row.since as number) })),
  };
}

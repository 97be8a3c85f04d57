/**
 * The monitor's evaluation package as a background build: closing a plan (or a monitor
 * asking for it) only records the request; the package is streamed to disk outside any
 * transaction, then sent to whoever it was for, with an audit row. If it cannot be built,
 * they are told so.
 */
import type { FileBuild } from '../../engine/builds.js';
import type { JobDeps } from '../../engine/jobs.js';
import { m } from '../../shared/i18n.js';
import { audit } from '../../store/audit.js';
import type { Db } from '../../store/db.js';
import { requestBuild } from '../../store/file-builds.js';
import { gadById } from '../../store/gads.js';
import { planById, type Plan } from '../../store/plans.js';
import { attachment, type PlanFileDeps } from './files/build.js';
import { PACKAGE_PRODUCT, packageName, writePackage } from './files/package.js';

const KIND = 'evaluation-package';

interface PackageArgs {
  planId: number;
  /** The people the package is for. */
  recipients: number[];
  /** Who asked (closed the plan, or asked for the package), for the audit row. */
  requestedBy: number | null;
}

/** Asks for a plan's package to be built and sent to `recipients`. */
export function requestPackage(db: Db, plan: Plan, recipients: readonly number[], requestedBy: number | null, now: Date): void {
  const args: PackageArgs = { planId: plan.id, recipients: [...recipients], requestedBy };
  requestBuild(db, KIND, { ...args }, now);
}

const fileDeps = (deps: JobDeps): PlanFileDeps => ({ db: deps.db, documents: deps.documents, timeZone: deps.config.timeZone, locale: deps.config.defaultLocale });

function planOf(deps: JobDeps, args: Record<string, unknown>): Plan {
  const plan = planById(deps.db, Number(args.planId));
  if (!plan) throw new Error(`no plan ${String(args.planId)}`);
  return plan;
}

function recipientsOf(args: Record<string, unknown>): number[] {
  return Array.isArray(args.recipients) ? args.recipients.filter((id): id is number => Number.isInteger(id)) : [];
}

/** The evaluation package, built in the background. */
export const packageBuild: FileBuild = {
  kind: KIND,
  async write(deps, args, out, now) {
    const plan = planOf(deps, args);
    await writePackage(fileDeps(deps), plan, now, out);
    return { name: packageName(plan), mime: 'application/zip', gadId: plan.gadId, activity: 15, product: PACKAGE_PRODUCT };
  },
  deliver(deps, args, file, now) {
    const plan = planOf(deps, args);
    const gad = gadById(deps.db, plan.gadId)!;
    const requestedBy = typeof args.requestedBy === 'number' ? args.requestedBy : undefined;
    audit(deps.db, now, { personId: requestedBy }, 'plan.package', plan.gadId, { planId: plan.id, sha256: file.sha256, size: file.size });
    for (const personId of recipientsOf(args)) {
      deps.notifier.toPerson(personId, { text: m('plan-package-notify', { gad: gad.name }), file: attachment(file) }, { now });
    }
  },
  failed(deps, args, now) {
    const plan = planById(deps.db, Number(args.planId));
    const gad = plan && gadById(deps.db, plan.gadId);
    for (const personId of recipientsOf(args)) deps.notifier.toPerson(personId, { text: m('plan-package-failed', { gad: gad?.name ?? '' }) }, { now });
  },
};

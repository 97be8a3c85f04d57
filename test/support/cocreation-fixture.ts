/** A recorded plan (draft, or approved and published with its files) for co-creation and monitoring tests. */
import { storePlanFiles } from '../../src/flows/plan/files/build.js';
import { createPlan, planById, setPlanStatus, type Commitment, type Plan } from '../../src/store/plans.js';
import type { CommitmentDraft } from '../../src/domain/plan.js';
import type { TestApp } from './app.js';

/** Two commitments: "Presupuesto abierto" ends 2026-12-15, "Compras transparentes" 2027-06-30. */
export function recordPlan(t: TestApp, gadId: number): { plan: Plan; commitments: Commitment[] } {
  const commitment = (title: string, due: string): CommitmentDraft => ({
    title,
    problem: `Problema de ${title}`,
    objective: 'Objetivo medible',
    expectedResults: 'Resultados verificables',
    pillars: ['transparencia'],
    responsibleEntity: 'Dirección de Participación',
    responsiblePersonId: null,
    responsibleName: 'Responsable',
    counterparts: [],
    milestones: [{ deliverable: `Entregable de ${title}`, startDate: '2026-11-01', dueDate: due }],
  });
  return createPlan(
    t.app.db,
    gadId,
    { periodStart: '2026-11-01', periodEnd: '2027-12-31', commitments: [commitment('Presupuesto abierto', '2026-12-15'), commitment('Compras transparentes', '2027-06-30')] },
    { personId: null, now: t.clock.now() },
  );
}

/** Approves and publishes a recorded plan now, storing its files as the approval does; returns it. */
export function publishPlan(t: TestApp, plan: Plan): Plan {
  const now = t.clock.now();
  setPlanStatus(t.app.db, plan.id, 'approved', now);
  setPlanStatus(t.app.db, plan.id, 'published', now);
  const published = planById(t.app.db, plan.id)!;
  storePlanFiles({ db: t.app.db, documents: t.app.documents, timeZone: t.app.config.timeZone, locale: 'es' }, published, 'plan', now);
  return published;
}

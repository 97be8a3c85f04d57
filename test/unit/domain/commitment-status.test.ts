/** A commitment's OGP status from its milestones, and the share of milestones done. */
import { describe, expect, it } from 'vitest';
import { commitmentStatus, milestonesDonePercent, type MilestoneStanding } from '../../../src/domain/commitment-status.js';
import { amendmentProblems } from '../../../src/domain/plan-amendment.js';

const ms = (completion: MilestoneStanding['completion'], dueDate: string, reported = completion !== 'no_iniciado'): MilestoneStanding => ({ completion, dueDate, reported });
const TODAY = '2027-03-01';

describe("a commitment's status", () => {
  it('follows its milestones: not started, limited, substantial, complete', () => {
    expect(commitmentStatus([ms('no_iniciado', '2027-06-01'), ms('no_iniciado', '2027-07-01')], TODAY, false)).toBe('no_iniciado');
    expect(commitmentStatus([ms('limitado', '2027-06-01'), ms('no_iniciado', '2027-07-01')], TODAY, false)).toBe('limitado');
    expect(commitmentStatus([ms('completo', '2027-02-01'), ms('no_iniciado', '2027-07-01')], TODAY, false)).toBe('sustancial');
    expect(commitmentStatus([ms('completo', '2027-02-01'), ms('sustancial', '2027-07-01')], TODAY, false)).toBe('sustancial');
    expect(commitmentStatus([ms('completo', '2027-02-01'), ms('completo', '2027-07-01')], TODAY, false)).toBe('completo');
  });

  it('is "no evidence available" when a milestone is past due and nothing was reported, and withdrawn above all', () => {
    expect(commitmentStatus([ms('no_iniciado', '2027-02-28'), ms('no_iniciado', '2027-07-01')], TODAY, false)).toBe('sin_evidencia');
    expect(commitmentStatus([ms('no_iniciado', '2027-02-28'), ms('no_iniciado', '2027-07-01', true)], TODAY, false)).toBe('no_iniciado');
    expect(commitmentStatus([ms('completo', '2027-02-01')], TODAY, true)).toBe('retirado');
  });

  it('counts the share of milestones complete', () => {
    expect(milestonesDonePercent([])).toBe(0);
    expect(milestonesDonePercent([{ completion: 'completo' }, { completion: 'sustancial' }, { completion: 'no_iniciado' }])).toBe(33);
  });
});

describe("an amendment's rules", () => {
  const period = { periodStart: '2026-11-01', periodEnd: '2027-12-31' };
  it('refuses a new commitment without milestones and a date outside the period', () => {
    const commitment = { title: 'Nuevo', problem: 'p', objective: 'o', expectedResults: 'r', pillars: [], responsibleEntity: 'e', responsiblePersonId: 1, responsibleName: '', counterparts: [], milestones: [] };
    expect(amendmentProblems(period, [{ kind: 'add_commitment', commitment }])).toEqual([{ kind: 'no_milestones', commitment: 'Nuevo' }]);
    expect(amendmentProblems(period, [{ kind: 'redate_milestone', milestoneId: 1, deliverable: 'Informe', before: '2027-01-01', after: '2028-01-01' }])).toEqual([
      { kind: 'outside_period', deliverable: 'Informe' },
    ]);
    expect(amendmentProblems(period, [{ kind: 'redate_milestone', milestoneId: 1, deliverable: 'Informe', before: '2027-01-01', after: '2027-05-01' }])).toEqual([]);
  });
});

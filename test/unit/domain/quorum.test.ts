import { describe, expect, it } from 'vitest';
import { decisionCounts, entityKey, isNonGovernment, outcomeOf, quorumOf, quorumRequired, votesProblem, type SeatHolder } from '../../../src/domain/quorum.js';

const seat = (personId: number, entityId: number | null, entity: string | null, sector = 'academia'): SeatHolder => ({ personId, entityId, entity, sector });

describe('the Foro quorum', () => {
  // Four entities: a university (principal 1, suplente 2), a foundation (3, 4), a company (5), the municipality (6).
  const foro = [seat(1, 10, 'Universidad'), seat(2, 10, 'Universidad'), seat(3, 11, 'Fundación', 'sociedad_civil'), seat(4, 11, 'Fundación', 'sociedad_civil'), seat(5, 12, 'Cámara', 'sector_privado'), seat(6, 13, 'Municipio', 'gobierno_local')];

  it('needs more than half of the entities with seats', () => {
    expect([1, 2, 3, 4, 5, 6].map(quorumRequired)).toEqual([1, 2, 2, 3, 3, 4]);
  });

  it('counts an entity once whether its principal, its suplente or both attended', () => {
    expect(quorumOf(foro, new Set([1, 2, 3]))).toEqual({ present: 2, seats: 4, required: 3, met: false });
    expect(quorumOf(foro, new Set([2, 4, 6]))).toEqual({ present: 3, seats: 4, required: 3, met: true });
    expect(quorumOf(foro, new Set([1, 2, 3, 4, 5, 6]))).toMatchObject({ present: 4, met: true });
  });

  it('has no quorum without seats or without anyone present', () => {
    expect(quorumOf([], new Set([1])).met).toBe(false);
    expect(quorumOf(foro, new Set()).met).toBe(false);
    expect(quorumOf(foro, new Set([99])).present).toBe(0);
  });

  it('tells entities apart by id, then by name, then the person alone', () => {
    expect(entityKey(seat(1, 10, 'X'))).toBe('id:10');
    expect(entityKey(seat(1, null, ' Universidad '))).toBe(entityKey(seat(2, null, 'universidad')));
    expect(entityKey(seat(1, null, null))).not.toBe(entityKey(seat(2, null, null)));
  });

  it('passes a motion with more votes for than against, one vote per entity present', () => {
    expect(outcomeOf({ for: 2, against: 1, abstain: 1 })).toBe('approved');
    expect(outcomeOf({ for: 1, against: 1, abstain: 2 })).toBe('rejected');
    expect(votesProblem({ for: 3, against: 0, abstain: 1 }, 3)).toBe('too_many');
    expect(votesProblem({ for: 2, against: 0, abstain: 1 }, 3)).toBeUndefined();
  });

  it('counts a decision only when taken with quorum and approved', () => {
    expect(decisionCounts({ quorum: true, outcome: 'approved' })).toBe(true);
    expect(decisionCounts({ quorum: false, outcome: 'approved' })).toBe(false);
    expect(decisionCounts({ quorum: true, outcome: 'rejected' })).toBe(false);
  });

  it('asks the endorsement of academia, civil society and the private sector, not of the local government', () => {
    expect(foro.filter(isNonGovernment).map((row) => row.personId)).toEqual([1, 2, 3, 4, 5]);
    expect(isNonGovernment({ sector: null })).toBe(false);
  });
});

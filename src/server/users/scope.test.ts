import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../domain/vocabulary.js';
import { scopeProblems } from './scope.js';

describe('role scopes', () => {
  it('a liaison without a party and a focal point without a body are refused, naming the field', () => {
    expect(scopeProblems({ roles: ['delegation_liaison'], partyId: null, bodyIds: [] }).missing).toEqual([expect.objectContaining({ path: 'partyId' })]);
    expect(scopeProblems({ roles: ['ministry_focal_point'], partyId: null, bodyIds: [] }).missing).toEqual([expect.objectContaining({ path: 'bodyIds' })]);
  });

  it('a scope no role uses is refused; a press officer may speak for a party', () => {
    expect(scopeProblems({ roles: ['journalist'], partyId: 3, bodyIds: [1] }).unused.map((d) => d.path)).toEqual(['partyId', 'bodyIds']);
    expect(scopeProblems({ roles: ['press_officer'], partyId: 3, bodyIds: [] })).toEqual({ missing: [], unused: [] });
  });

  it('every set of roles is accepted once given the scopes it needs and no others', () => {
    for (let mask = 0; mask < 1 << roles.length; mask++) {
      const held: Role[] = roles.filter((_, i) => mask & (1 << i));
      const partyId = held.includes('delegation_liaison') ? 1 : null;
      const bodyIds = held.includes('ministry_focal_point') ? [1] : [];
      expect(scopeProblems({ roles: held, partyId, bodyIds })).toEqual({ missing: [], unused: [] });
    }
  });
});

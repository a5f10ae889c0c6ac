/**
 * "A liaison, for its own delegation": the rule behind delegates'
 * nominations, calendar feeds and the fairness ledger. Staff act for every
 * party; an account that speaks for a party acts for that party only;
 * anyone else for none. What is outside the scope is answered as absent.
 */
import { inGroup } from '../roles.js';
import type { Viewer } from './viewer.js';

/** The parties whose delegation-level records the viewer may see or manage; null = every party. */
export function partyScope(viewer: Viewer | null): number[] | null {
  if (inGroup(viewer?.roles, 'staff')) return null;
  return viewer?.partyId != null ? [viewer.partyId] : [];
}

export function mayActForParty(viewer: Viewer | null, partyId: number): boolean {
  const scope = partyScope(viewer);
  return scope === null || scope.includes(partyId);
}

/** Staff, who act for any party they name (and must name one). */
export function actsForEveryParty(viewer: Viewer | null): boolean {
  return partyScope(viewer) === null;
}

/**
 * The meeting room: who may put a delegation on a list of speakers or take
 * it off. Staff (the chair's secretariat) for any delegation; a liaison for
 * its own delegation only. Who may read a list is the meeting's own scope
 * (policies/meetings): its participants and the host's insiders, and
 * everyone for a public meeting.
 */
import { inGroup } from '../roles.js';
import { mayActForParty } from './delegations.js';
import type { Viewer } from './viewer.js';

export function mayAskFloorFor(viewer: Viewer | null, delegationPartyId: number): boolean {
  return mayActForParty(viewer, delegationPartyId);
}

/** Staff name the delegation they add; a liaison's own delegation is found from its party. */
export const namesAnyDelegation = (viewer: Viewer | null) => inGroup(viewer?.roles, 'staff');

/**
 * "A focal point, for its own bodies' tasks": staff change any committee
 * task; anyone else only tasks of the bodies their account is linked to, and
 * only within those bodies.
 */
import { inGroup } from '../roles.js';
import type { Principal } from '../permissions.js';

export function mayWorkOnTasks(principal: Principal, taskBodyIds: readonly number[], ownBodyIds: readonly number[]): boolean {
  if (inGroup(principal.roles, 'staff')) return true;
  return taskBodyIds.every((b) => ownBodyIds.includes(b));
}

/** Staff need not be linked to a body to act on its tasks; a rule reads the links only for others. */
export const needsBodyLinks = (principal: Principal) => !inGroup(principal.roles, 'staff');

/**
 * The resource rules: what a permission lets a role do to one particular
 * thing. Routes and commands import them from here; the role groups they
 * name are in ../roles.ts, the permission table in ../permissions.ts.
 */
export { actsForEveryParty, mayActForParty, partyScope } from './delegations.js';
export { meetingScope, meetingScopeKey, type MeetingScope } from './meetings.js';
export { mayAskFloorFor, namesAnyDelegation } from './room.js';
export { mayWorkOnTasks, needsBodyLinks } from './tasks.js';
export { viewer, viewerOf, type Viewer } from './viewer.js';

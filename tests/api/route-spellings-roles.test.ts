/**
 * Every spelling of every route gets the canonical answer (the walk:
 * route-spellings.walk.ts), as each demo role after the first three: every
 * role of the demo walks in this file or in route-spellings.test.ts.
 */
import { demoData } from '../../src/server/demo/index.js';
import { describeSpellings, spellingsFirstRoles } from './route-spellings.walk.js';

describeSpellings('other roles', {
  general: false,
  anonymous: false,
  users: demoData.users.slice(spellingsFirstRoles).map((u) => u.email),
});

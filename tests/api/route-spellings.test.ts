/**
 * Every spelling of every route gets the canonical answer (the walk:
 * route-spellings.walk.ts): the general checks, the anonymous visitor and the
 * first three demo roles. The other roles walk in route-spellings-roles.test.ts,
 * so the two test workers share the walk instead of one running it alone.
 */
import { demoData } from '../../src/server/demo/index.js';
import { describeSpellings, spellingsFirstRoles } from './route-spellings.walk.js';

describeSpellings('anonymous and first roles', {
  general: true,
  anonymous: true,
  users: demoData.users.slice(0, spellingsFirstRoles).map((u) => u.email),
});

/**
 * Each module's share of the demo data set. A module adds one entry; each
 * loads once (its own seed-run name), after the foundation's data, in its
 * own transaction, so a data folder from an older version gains it on the
 * next start.
 */
import { committeeSeed } from '../committee/demo.js';
import { directorySeed } from '../directory/demo.js';
import { documentFilesSeed } from '../documents/demo/files.js';
import { documentsSeed } from '../documents/demo/index.js';
import { documentTextsSeed } from '../documents/demo/structured.js';
import { delegatesSeed } from '../press/delegates/demo.js';
import { pressSeed } from '../press/demo.js';
import { schedulingSeed } from '../scheduling/demo.js';
import type { ModuleSeed } from './seed.js';

// The documents' files after the documents they belong to.
export const moduleSeeds: ModuleSeed[] = [
  directorySeed,
  committeeSeed,
  documentsSeed,
  documentTextsSeed,
  documentFilesSeed,
  pressSeed,
  delegatesSeed,
  schedulingSeed,
];

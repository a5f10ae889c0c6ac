/**
 * The Gavel demo data set: Viet Nam's ASEAN chairmanship year 2020 and the
 * hand-over to Brunei Darussalam in 2021. Facts come from the domain brief
 * and the seed articles, or are well-established public record; times of
 * day are illustrative where the sources do not give them.
 */
import type { DemoDataSet } from '../types.js';
import { amm53Meetings } from './amm53-cluster.js';
import { clusters } from './clusters.js';
import { meetings2020 } from './meetings-2020.js';
import { meetings2021 } from './meetings-2021.js';
import { chairmanships, organization, parties, partnerStatuses } from './parties.js';
import { people } from './people.js';
import { series } from './series.js';
import { summit37Meetings } from './summit37-cluster.js';
import { users } from './users.js';

export const demoData: DemoDataSet = {
  organization,
  parties,
  partnerStatuses,
  chairmanships,
  people,
  series,
  clusters,
  meetings: [...meetings2020, ...amm53Meetings, ...summit37Meetings, ...meetings2021].sort((a, b) => a.start.localeCompare(b.start)),
  users,
};

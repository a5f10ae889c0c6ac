/** Demo sign-ins, one per role. Demo only: the password is public. */
import type { DemoUser } from '../types.js';

const DEMO_PASSWORD = 'gavel-demo-2020';

export const users: DemoUser[] = [
  { email: 'admin@gavel.demo', displayName: 'Demo Administrator', roles: ['admin'], password: DEMO_PASSWORD },
  {
    email: 'secretariat@gavel.demo',
    displayName: 'National ASEAN Secretariat Officer',
    roles: ['secretariat'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'committee@gavel.demo',
    displayName: 'National Committee Member',
    roles: ['committee_member'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'focal.moit@gavel.demo',
    displayName: 'Ministry of Industry and Trade Focal Point',
    roles: ['ministry_focal_point'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'liaison.nz@gavel.demo',
    displayName: 'New Zealand Delegation Liaison',
    roles: ['delegation_liaison'],
    password: DEMO_PASSWORD,
    party: 'NZ',
  },
  { email: 'press@gavel.demo', displayName: 'Press Officer', roles: ['press_officer'], password: DEMO_PASSWORD },
  { email: 'journalist@gavel.demo', displayName: 'Accredited Journalist', roles: ['journalist'], password: DEMO_PASSWORD },
];

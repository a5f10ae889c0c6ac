/**
 * Delegate accreditation's demo data: the secretariat's quotas and
 * nominations for the 53rd AMM and related meetings and the 37th Summit,
 * written through the same commands the API uses.
 *
 * From the sources: Viet Nam's delegations (Deputy PM / FM Phạm Bình Minh
 * chairs AMM-53, SOM Leader Nguyễn Quốc Dũng; PM Nguyễn Xuân Phúc at the
 * Summit) and the DPRK at the 27th ARF, where the minister did not attend and
 * a representative of the DPRK Embassy in Hanoi attended instead — recorded
 * here as a substitution. ILLUSTRATIVE: the quotas, and every other name
 * (marked `illustrative` below); they are not the real office holders.
 */
import { eq } from 'drizzle-orm';
import { systemActor, type Actor } from '../../changelog/record.js';
import type { Tx } from '../../db/client.js';
import type { ModuleSeed } from '../../demo/seed.js';
import type { DemoRefs } from '../../demo/refs.js';
import { decideNominationIn, nominateIn, substituteIn } from './commands.js';
import { setLevelQuotaIn, setQuotaOverrideIn } from './quotas.js';
import { delegateNominations } from './schema.js';
import type { DelegateRole, QuotaLevel } from './seats.js';

/** Members besides the head of delegation (illustrative). */
const QUOTAS: Record<QuotaLevel, number> = { leaders: 4, ministerial: 3, senior_officials: 2, other: 1 };

interface DemoNomination {
  party: string;
  meeting?: string;
  cluster?: string;
  role: DelegateRole;
  fullName: string;
  position: string;
  email: string;
  status: 'pending' | 'approved' | 'rejected';
  reason?: string;
  /** When it was nominated and, unless pending, decided (host-local dates, illustrative). */
  on: string;
  decidedOn?: string;
  /** Nominated by this delegation's liaison account rather than the loader. */
  byLiaison?: string;
  substitute?: { fullName: string; position: string; email: string; reason: string; on: string };
}

const NZ_LIAISON = 'liaison.nz@gavel.demo';

const NOMINATIONS: DemoNomination[] = [
  // Viet Nam at the AMM-53 week, from the sources.
  {
    party: 'VN',
    cluster: 'amm53',
    role: 'head',
    fullName: 'Phạm Bình Minh',
    position: 'Deputy Prime Minister, Minister of Foreign Affairs',
    email: 'protocol@mofa.gov.vn',
    status: 'approved',
    on: '2020-08-24',
    decidedOn: '2020-08-31',
  },
  {
    party: 'VN',
    cluster: 'amm53',
    role: 'member',
    fullName: 'Nguyễn Quốc Dũng',
    position: 'Deputy Minister of Foreign Affairs, ASEAN SOM Leader of Viet Nam',
    email: 'protocol@mofa.gov.vn',
    status: 'approved',
    on: '2020-08-24',
    decidedOn: '2020-08-31',
  },
  // New Zealand at its AMM-53 meetings (PMC+1, EAS FMM, ARF): illustrative names.
  {
    party: 'NZ',
    cluster: 'amm53',
    role: 'head',
    fullName: 'Aroha Whitfield',
    position: 'Minister of Foreign Affairs',
    email: 'a.whitfield@example.nz',
    status: 'approved',
    byLiaison: NZ_LIAISON,
    on: '2020-08-24',
    decidedOn: '2020-08-31',
  },
  {
    party: 'NZ',
    cluster: 'amm53',
    role: 'member',
    fullName: 'James Kereama',
    position: 'Ambassador to ASEAN',
    email: 'j.kereama@example.nz',
    status: 'approved',
    byLiaison: NZ_LIAISON,
    on: '2020-08-24',
    decidedOn: '2020-08-31',
  },
  {
    party: 'NZ',
    cluster: 'amm53',
    role: 'member',
    fullName: 'Sophie Tāwhiri',
    position: 'Deputy Secretary, Americas and Asia Group',
    email: 's.tawhiri@example.nz',
    status: 'pending',
    byLiaison: NZ_LIAISON,
    on: '2020-08-24',
  },
  // Other members at the AMM itself: illustrative names.
  {
    party: 'SG',
    meeting: 'amm-53',
    role: 'head',
    fullName: 'Daniel Koh Wei Ming',
    position: 'Minister for Foreign Affairs',
    email: 'd.koh@example.sg',
    status: 'approved',
    on: '2020-08-24',
    decidedOn: '2020-08-31',
  },
  {
    party: 'SG',
    meeting: 'amm-53',
    role: 'member',
    fullName: 'Tan Mei Ling',
    position: 'Permanent Secretary (Foreign Affairs)',
    email: 'tan.ml@example.sg',
    status: 'pending',
    on: '2020-08-24',
  },
  {
    party: 'ID',
    meeting: 'amm-53',
    role: 'head',
    fullName: 'Sri Wahyuni Lestari',
    position: 'Minister of Foreign Affairs',
    email: 's.lestari@example.id',
    status: 'approved',
    on: '2020-08-24',
    decidedOn: '2020-08-31',
  },
  {
    party: 'ID',
    meeting: 'amm-53',
    role: 'member',
    fullName: 'Bambang Hadi Santoso',
    position: 'Director-General of ASEAN Cooperation',
    email: 'b.santoso@example.id',
    status: 'rejected',
    reason: 'Nominated twice; the second nomination stands.',
    on: '2020-08-24',
    decidedOn: '2020-08-31',
  },
  {
    party: 'ID',
    meeting: 'amm-53',
    role: 'member',
    fullName: 'Bambang H. Santoso',
    position: 'Director-General of ASEAN Cooperation',
    email: 'b.santoso@example.id',
    status: 'pending',
    on: '2020-08-24',
  },
  // The DPRK at the 27th ARF: the minister (illustrative name) replaced, as the sources say.
  {
    party: 'KP',
    meeting: 'arf-27',
    role: 'head',
    fullName: 'Ri Chol Min',
    position: 'Minister of Foreign Affairs',
    email: 'protocol@example.kp',
    status: 'approved',
    on: '2020-08-24',
    decidedOn: '2020-08-31',
    substitute: {
      fullName: 'Kim Song Il',
      position: 'Representative of the DPRK Embassy in Hanoi',
      email: 'embassy@example.kp',
      reason: 'For technical reasons the Minister of Foreign Affairs does not attend; a representative of the DPRK Embassy in Hanoi attends instead.',
      on: '2020-09-11',
    },
  },
  // The 37th Summit.
  {
    party: 'VN',
    meeting: 'summit-37',
    role: 'head',
    fullName: 'Nguyễn Xuân Phúc',
    position: 'Prime Minister',
    email: 'protocol@chinhphu.vn',
    status: 'approved',
    on: '2020-10-20',
    decidedOn: '2020-10-27',
  },
  {
    party: 'VN',
    meeting: 'summit-37',
    role: 'member',
    fullName: 'Phạm Bình Minh',
    position: 'Deputy Prime Minister, Minister of Foreign Affairs',
    email: 'protocol@mofa.gov.vn',
    status: 'approved',
    on: '2020-10-20',
    decidedOn: '2020-10-27',
  },
  {
    party: 'MY',
    meeting: 'summit-37',
    role: 'head',
    fullName: 'Ahmad Farid bin Yusof',
    position: 'Prime Minister',
    email: 'protocol@example.my',
    status: 'pending',
    on: '2020-10-20',
  },
  {
    party: 'TH',
    meeting: 'summit-37',
    role: 'head',
    fullName: 'Somchai Rattanakul',
    position: 'Prime Minister',
    email: 'protocol@example.th',
    status: 'pending',
    on: '2020-10-20',
  },
];

/** 10:00 in Hanoi on that day: the demo's records carry 2020 dates, not the loading day's. */
const hanoi = (day: string) => new Date(`${day}T10:00:00+07:00`);

async function backdate(tx: Tx, id: number, on: string, decidedOn?: string): Promise<void> {
  await tx
    .update(delegateNominations)
    .set({ nominatedAt: hanoi(on), ...(decidedOn ? { decidedAt: hanoi(decidedOn) } : {}) })
    .where(eq(delegateNominations.id, id));
}

async function load(tx: Tx, refs: DemoRefs): Promise<void> {
  const secretariat: Actor = { userId: await refs.user('secretariat@gavel.demo'), requestId: null };
  for (const [level, members] of Object.entries(QUOTAS)) await setLevelQuotaIn(tx, secretariat, level as QuotaLevel, members);
  // The host's own delegation at the Summit is larger (illustrative).
  await setQuotaOverrideIn(tx, secretariat, { partyId: await refs.party('VN'), meetingId: await refs.meeting('summit-37'), members: 8 });

  for (const n of NOMINATIONS) {
    const actor: Actor = n.byLiaison ? { userId: await refs.user(n.byLiaison), requestId: null } : systemActor;
    const id = await nominateIn(tx, actor, {
      partyId: await refs.party(n.party),
      scope: n.meeting ? { meetingId: await refs.meeting(n.meeting) } : { clusterId: await refs.cluster(n.cluster!) },
      role: n.role,
      nominee: { fullName: n.fullName, position: n.position, email: n.email, photo: null },
    });
    if (n.status !== 'pending') await decideNominationIn(tx, secretariat, id, n.status === 'approved' ? 'approve' : 'reject', n.reason ?? null);
    await backdate(tx, id, n.on, n.decidedOn);
    if (n.substitute) {
      const { reason, on, ...nominee } = n.substitute;
      await backdate(tx, await substituteIn(tx, secretariat, id, { ...nominee, photo: null }, reason, true), on, on);
    }
  }
}

export const delegatesSeed: ModuleSeed = { name: 'delegates', load };

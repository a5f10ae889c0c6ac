/**
 * The directory's share of the demo: the 2020→2021 handover of the chair and
 * Brazil's application for sectoral dialogue partnership. (The status
 * histories themselves, the United Kingdom's included, are the foundation's:
 * demo/data/parties.ts.)
 *
 * What the sources say: Viet Nam handed the chair to Brunei Darussalam at the
 * close of the 37th Summit (15 Nov 2020); at the 54th AMM (2 Aug 2021) Brazil's
 * application for sectoral partnership stayed under consideration. The day
 * Brazil applied is not in the sources: the year only, 1 January used, as in
 * its status history.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { chairmanships } from '../db/schema.js';
import type { DemoRefs } from '../demo/refs.js';
import type { ModuleSeed } from '../demo/seed.js';
import { partnerApplications, partnerApplicationSteps } from './schema.js';

async function load(tx: Tx, refs: DemoRefs): Promise<void> {
  await tx
    .update(chairmanships)
    .set({
      handoverOn: '2020-11-15',
      handoverMeetingId: await refs.meeting('summit-37'),
      handoverEventEn: 'Viet Nam hands the ASEAN Chairmanship to Brunei Darussalam at the closing ceremony of the 37th ASEAN Summit.',
      handoverEventVi: 'Việt Nam chuyển giao vai trò Chủ tịch ASEAN cho Bru-nây tại lễ bế mạc Hội nghị Cấp cao ASEAN lần thứ 37.',
    })
    .where(eq(chairmanships.year, 2021));

  const [brazil] = await tx
    .insert(partnerApplications)
    .values({ partyId: await refs.party('BR'), soughtStatus: 'sectoral_dialogue_partner' })
    .returning({ id: partnerApplications.id });
  await tx.insert(partnerApplicationSteps).values([
    {
      applicationId: brazil!.id,
      kind: 'submitted',
      takenOn: '2021-01-01',
      noteEn: 'Application for sectoral dialogue partnership (year only; 1 January used).',
      noteVi: 'Đề nghị trở thành Đối tác đối thoại theo lĩnh vực (chỉ rõ năm; dùng ngày 1/1).',
    },
    {
      applicationId: brazil!.id,
      kind: 'considered',
      takenOn: '2021-08-02',
      meetingId: await refs.meeting('amm-54'),
      noteEn: 'Considered at the 54th AMM; stays under consideration.',
      noteVi: 'Được xem xét tại Hội nghị AMM lần thứ 54; tiếp tục được xem xét.',
    },
  ]);
}

export const directorySeed: ModuleSeed = { name: 'directory', load };

/**
 * The committee's share of the demo: the National Committee for ASEAN 2020
 * and its subcommittees, the ministries involved, the four COVID-19 outcomes
 * and the other 2020 work items with their roadmap, and the 6th session of
 * 27 Oct 2020 with the tasks it assigned for the 37th Summit. Progress
 * figures and task states are illustrative.
 */
import type { Tx } from '../db/client.js';
import type { ModuleSeed } from '../demo/modules.js';
import type { DemoRefs } from '../demo/refs.js';
import type { TaskPriority, TaskStatus } from './core/tasks.js';
import type { BodyKind, MemberPosition } from './core/vocabulary.js';
import {
  bodies,
  bodyMembers,
  committeeSessions,
  deliverableMeetings,
  deliverableOwners,
  deliverables,
  milestones,
  progressUpdates,
  sessionDecisions,
  tasks,
  userBodies,
} from './schema.js';

interface DemoBody {
  slug: string;
  kind: BodyKind;
  nameEn: string;
  nameVi: string;
  parent?: string;
  members?: Array<[person: string, position: MemberPosition]>;
}

const demoBodies: DemoBody[] = [
  {
    slug: 'national-committee',
    kind: 'national_committee',
    nameEn: 'National Committee for ASEAN 2020',
    nameVi: 'Ủy ban Quốc gia ASEAN 2020',
    members: [
      ['pham-binh-minh', 'chair'],
      ['mai-tien-dung', 'vice_chair'],
      ['tran-tuan-anh', 'vice_chair'],
      ['nguyen-quoc-dung', 'secretary_general'],
    ],
  },
  { slug: 'sc-content', kind: 'subcommittee', nameEn: 'Content Subcommittee', nameVi: 'Tiểu ban Nội dung', parent: 'national-committee' },
  { slug: 'sc-communications', kind: 'subcommittee', nameEn: 'Communications Subcommittee', nameVi: 'Tiểu ban Thông tin – Tuyên truyền', parent: 'national-committee' },
  { slug: 'sc-protocol-logistics', kind: 'subcommittee', nameEn: 'Protocol and Logistics Subcommittee', nameVi: 'Tiểu ban Lễ tân – Hậu cần', parent: 'national-committee' },
  { slug: 'sc-security', kind: 'subcommittee', nameEn: 'Security Subcommittee', nameVi: 'Tiểu ban An ninh', parent: 'national-committee' },
  { slug: 'sc-health', kind: 'subcommittee', nameEn: 'Health Subcommittee', nameVi: 'Tiểu ban Y tế', parent: 'national-committee' },
  { slug: 'mofa', kind: 'ministry', nameEn: 'Ministry of Foreign Affairs', nameVi: 'Bộ Ngoại giao', members: [['pham-binh-minh', 'head'], ['nguyen-quoc-dung', 'member']] },
  { slug: 'moit', kind: 'ministry', nameEn: 'Ministry of Industry and Trade', nameVi: 'Bộ Công Thương', members: [['tran-tuan-anh', 'head']] },
  { slug: 'moh', kind: 'ministry', nameEn: 'Ministry of Health', nameVi: 'Bộ Y tế' },
  { slug: 'mps', kind: 'ministry', nameEn: 'Ministry of Public Security', nameVi: 'Bộ Công an' },
  { slug: 'mic', kind: 'ministry', nameEn: 'Ministry of Information and Communications', nameVi: 'Bộ Thông tin và Truyền thông' },
  { slug: 'government-office', kind: 'ministry', nameEn: 'Government Office', nameVi: 'Văn phòng Chính phủ', members: [['mai-tien-dung', 'head']] },
  { slug: 'hanoi', kind: 'locality', nameEn: 'Hanoi People’s Committee', nameVi: 'Ủy ban nhân dân thành phố Hà Nội' },
  { slug: 'asean-secretariat', kind: 'asean_body', nameEn: 'ASEAN Secretariat', nameVi: 'Ban Thư ký ASEAN', members: [['lim-jock-hoi', 'head']] },
];

type Due = { on: string } | { before: string };

interface DemoDeliverable {
  slug: string;
  titleEn: string;
  titleVi: string;
  parent?: string;
  startedOn: string;
  owners: string[];
  meetings: string[];
  milestones: Array<{ titleEn: string; titleVi: string; due: Due; metOn?: string }>;
  progress: Array<[day: string, percent: number, note: string]>;
}

const beforeAmm = { before: 'amm-53' };
const beforeSummit = { before: 'summit-37' };

const demoDeliverables: DemoDeliverable[] = [
  {
    slug: 'covid19-outcomes',
    titleEn: 'Priority outcomes of the Special ASEAN Summit on COVID-19',
    titleVi: 'Các kết quả ưu tiên của Hội nghị Cấp cao đặc biệt ASEAN về ứng phó COVID-19',
    startedOn: '2020-04-14',
    owners: ['national-committee'],
    meetings: ['special-summit-covid19-2020', 'summit-37'],
    milestones: [],
    progress: [],
  },
  {
    slug: 'covid19-response-fund',
    parent: 'covid19-outcomes',
    titleEn: 'ASEAN COVID-19 Response Fund',
    titleVi: 'Quỹ ASEAN ứng phó với COVID-19',
    startedOn: '2020-04-14',
    owners: ['mofa', 'asean-secretariat'],
    meetings: ['amm-53', 'summit-37'],
    milestones: [
      { titleEn: 'Terms of reference agreed', titleVi: 'Thống nhất điều khoản tham chiếu', due: beforeAmm, metOn: '2020-09-01' },
      { titleEn: 'Fund operational', titleVi: 'Quỹ đi vào hoạt động', due: beforeSummit, metOn: '2020-11-10' },
    ],
    progress: [
      ['2020-06-26', 40, 'Illustrative: contributions being pledged'],
      ['2020-09-01', 70, 'Illustrative: terms of reference agreed'],
      ['2020-11-10', 100, 'Illustrative: fund operational'],
    ],
  },
  {
    slug: 'regional-reserve-medical-supplies',
    parent: 'covid19-outcomes',
    titleEn: 'ASEAN Regional Reserve of Medical Supplies',
    titleVi: 'Kho Dự trữ khu vực ASEAN về vật tư y tế',
    startedOn: '2020-04-14',
    owners: ['moh', 'asean-secretariat'],
    meetings: ['summit-37'],
    milestones: [
      { titleEn: 'Framework agreed by member states', titleVi: 'Các nước thành viên thống nhất khuôn khổ', due: beforeAmm, metOn: '2020-09-05' },
      { titleEn: 'Reserve launched', titleVi: 'Khởi động Kho dự trữ', due: beforeSummit },
    ],
    progress: [
      ['2020-07-15', 35, 'Illustrative: consultations with member states'],
      ['2020-10-20', 75, 'Illustrative: framework agreed, launch in preparation'],
    ],
  },
  {
    slug: 'sop-public-health-emergencies',
    parent: 'covid19-outcomes',
    titleEn: 'ASEAN Standard Operating Procedures for Public Health Emergencies',
    titleVi: 'Quy trình Tiêu chuẩn ứng phó các tình huống y tế công cộng khẩn cấp',
    startedOn: '2020-04-14',
    owners: ['moh'],
    meetings: ['summit-37'],
    milestones: [{ titleEn: 'Procedures ready for the leaders', titleVi: 'Hoàn thiện quy trình trình Lãnh đạo', due: beforeSummit }],
    progress: [
      ['2020-08-01', 40, 'Illustrative: draft circulated'],
      ['2020-10-25', 70, 'Illustrative: comments being consolidated'],
    ],
  },
  {
    slug: 'post-covid19-recovery-plan',
    parent: 'covid19-outcomes',
    titleEn: 'ASEAN post-COVID-19 recovery plan',
    titleVi: 'Kế hoạch Phục hồi hậu COVID-19',
    startedOn: '2020-04-14',
    owners: ['moit', 'mofa'],
    meetings: ['summit-37'],
    milestones: [
      { titleEn: 'Outline endorsed by the ministers', titleVi: 'Các Bộ trưởng thông qua đề cương', due: beforeAmm, metOn: '2020-09-08' },
      { titleEn: 'Plan to the leaders', titleVi: 'Trình Kế hoạch lên Lãnh đạo', due: beforeSummit },
    ],
    progress: [
      ['2020-09-08', 50, 'Illustrative: outline endorsed'],
      ['2020-10-26', 85, 'Illustrative: final draft'],
    ],
  },
  {
    slug: 'acv2025-mid-term-review',
    titleEn: 'Mid-term review of the ASEAN Community Vision 2025 blueprints',
    titleVi: 'Rà soát giữa kỳ các Kế hoạch tổng thể Tầm nhìn Cộng đồng ASEAN 2025',
    startedOn: '2020-02-01',
    owners: ['mofa', 'moit'],
    meetings: ['summit-37'],
    milestones: [{ titleEn: 'Review reported to the 37th Summit', titleVi: 'Báo cáo kết quả rà soát lên Hội nghị Cấp cao 37', due: beforeSummit }],
    progress: [['2020-10-15', 80, 'Illustrative']],
  },
  {
    slug: 'asean-charter-review',
    titleEn: "Review of the ASEAN Charter's implementation",
    titleVi: 'Rà soát việc thực hiện Hiến chương ASEAN',
    startedOn: '2020-02-01',
    owners: ['mofa'],
    meetings: [],
    milestones: [{ titleEn: 'Review report', titleVi: 'Báo cáo rà soát', due: { on: '2020-12-31' } }],
    progress: [['2020-10-15', 50, 'Illustrative']],
  },
  {
    slug: 'asean-flag-public-offices',
    titleEn: 'Flying the ASEAN flag at public offices',
    titleVi: 'Treo cờ ASEAN tại các cơ quan công quyền',
    startedOn: '2020-03-01',
    owners: ['mofa', 'government-office'],
    meetings: [],
    milestones: [{ titleEn: 'Guidance issued', titleVi: 'Ban hành hướng dẫn', due: beforeAmm, metOn: '2020-08-08' }],
    progress: [['2020-08-08', 100, 'Illustrative']],
  },
  {
    slug: 'post-2025-vision',
    titleEn: "The ASEAN Community's post-2025 vision",
    titleVi: 'Tầm nhìn Cộng đồng ASEAN sau năm 2025',
    startedOn: '2020-04-01',
    owners: ['mofa'],
    meetings: ['summit-37'],
    milestones: [{ titleEn: 'Hanoi Declaration ready for adoption', titleVi: 'Hoàn thiện Tuyên bố Hà Nội để thông qua', due: beforeSummit }],
    progress: [['2020-10-20', 90, 'Illustrative']],
  },
];

interface DemoTask {
  titleEn: string;
  titleVi: string;
  body: string;
  status: TaskStatus;
  priority: TaskPriority;
  responsible?: string;
}

const sixthSession = {
  decisionEn:
    'The subcommittees and ministries complete the preparations for the 37th ASEAN Summit and related summits: programme, scenario, organization, content, communications, protocol, security and safety.',
  decisionVi:
    'Các tiểu ban và bộ, ngành hoàn thành công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị cấp cao liên quan: chương trình, kịch bản, tổ chức, nội dung, thông tin tuyên truyền, lễ tân, an ninh và an toàn.',
  tasks: [
    { titleEn: 'Finalize the programme of the summits', titleVi: 'Hoàn thiện chương trình các hội nghị cấp cao', body: 'sc-content', status: 'done', priority: 'high', responsible: 'nguyen-quoc-dung' },
    { titleEn: 'Finalize the scenario of each summit', titleVi: 'Hoàn thiện kịch bản từng hội nghị', body: 'sc-protocol-logistics', status: 'in_progress', priority: 'high' },
    { titleEn: 'Organize the virtual summits from Hanoi', titleVi: 'Tổ chức các hội nghị trực tuyến tại Hà Nội', body: 'sc-protocol-logistics', status: 'in_progress', priority: 'urgent' },
    { titleEn: 'Prepare the documents for adoption', titleVi: 'Chuẩn bị các văn kiện để thông qua', body: 'sc-content', status: 'in_progress', priority: 'urgent', responsible: 'nguyen-quoc-dung' },
    { titleEn: 'Communications plan for the summits', titleVi: 'Kế hoạch thông tin tuyên truyền cho các hội nghị', body: 'sc-communications', status: 'open', priority: 'normal' },
    { titleEn: 'Protocol arrangements for the leaders', titleVi: 'Công tác lễ tân đối với các Lãnh đạo', body: 'sc-protocol-logistics', status: 'open', priority: 'high' },
    { titleEn: 'Security of the venue and delegations', titleVi: 'Bảo đảm an ninh địa điểm và các đoàn', body: 'sc-security', status: 'in_progress', priority: 'urgent' },
    { titleEn: 'COVID-19 safety measures at the venue', titleVi: 'Biện pháp an toàn phòng chống COVID-19 tại địa điểm', body: 'sc-health', status: 'open', priority: 'urgent' },
    { titleEn: 'Economic input to the APT Leaders’ Statement on economic and financial resilience', titleVi: 'Đóng góp nội dung kinh tế cho Tuyên bố của Lãnh đạo ASEAN+3 về tăng cường khả năng tự cường kinh tế và tài chính', body: 'moit', status: 'in_progress', priority: 'high', responsible: 'tran-tuan-anh' },
    { titleEn: 'Economic measures of the post-COVID-19 recovery plan', titleVi: 'Các biện pháp kinh tế của Kế hoạch Phục hồi hậu COVID-19', body: 'moit', status: 'open', priority: 'normal' },
  ] satisfies DemoTask[],
};

async function load(tx: Tx, refs: DemoRefs): Promise<void> {
  const bodyId = new Map<string, number>();
  for (const b of demoBodies) {
    const [row] = await tx
      .insert(bodies)
      .values({ slug: b.slug, kind: b.kind, nameEn: b.nameEn, nameVi: b.nameVi, parentId: b.parent ? bodyId.get(b.parent)! : null })
      .returning();
    bodyId.set(b.slug, row!.id);
    for (const [person, position] of b.members ?? []) {
      await tx.insert(bodyMembers).values({ bodyId: row!.id, personId: await refs.person(person), position });
    }
  }
  await tx.insert(userBodies).values([
    { userId: await refs.user('focal.moit@gavel.demo'), bodyId: bodyId.get('moit')! },
    { userId: await refs.user('committee@gavel.demo'), bodyId: bodyId.get('national-committee')! },
  ]);

  const vn = await refs.party('VN');
  const deliverableId = new Map<string, number>();
  for (const d of demoDeliverables) {
    const [row] = await tx
      .insert(deliverables)
      .values({ slug: d.slug, titleEn: d.titleEn, titleVi: d.titleVi, year: 2020, proposerPartyId: vn, parentId: d.parent ? deliverableId.get(d.parent)! : null, startedOn: d.startedOn })
      .returning();
    const id = row!.id;
    deliverableId.set(d.slug, id);
    for (const owner of d.owners) await tx.insert(deliverableOwners).values({ deliverableId: id, bodyId: bodyId.get(owner)! });
    for (const m of d.meetings) await tx.insert(deliverableMeetings).values({ deliverableId: id, meetingId: await refs.meeting(m) });
    for (const m of d.milestones) {
      await tx.insert(milestones).values({
        deliverableId: id,
        titleEn: m.titleEn,
        titleVi: m.titleVi,
        dueOn: 'on' in m.due ? m.due.on : null,
        beforeMeetingId: 'before' in m.due ? await refs.meeting(m.due.before) : null,
        metOn: m.metOn ?? null,
      });
    }
    for (const [recordedOn, percent, note] of d.progress) {
      await tx.insert(progressUpdates).values({ deliverableId: id, percent, note, recordedOn });
    }
  }

  const attendees = ['pham-binh-minh', 'mai-tien-dung', 'tran-tuan-anh', 'nguyen-quoc-dung'];
  const [session] = await tx
    .insert(committeeSessions)
    .values({
      number: 6,
      heldOn: '2020-10-27',
      meetingId: await refs.meeting('nc-6'),
      chairPersonId: await refs.person('pham-binh-minh'),
      attendeePersonIds: await Promise.all(attendees.map((p) => refs.person(p))),
      agenda: [
        { titleEn: 'Report by the Secretary-General on preparations for the 37th ASEAN Summit', titleVi: 'Báo cáo của Tổng Thư ký về công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 37' },
        { titleEn: 'Programme and scenario of the summits', titleVi: 'Chương trình và kịch bản các hội nghị' },
        { titleEn: 'Organization, content and communications', titleVi: 'Công tác tổ chức, nội dung và thông tin tuyên truyền' },
        { titleEn: 'Protocol, security and safety', titleVi: 'Công tác lễ tân, an ninh và an toàn' },
        { titleEn: 'Assignment of tasks to the subcommittees and ministries', titleVi: 'Phân công nhiệm vụ cho các tiểu ban và các bộ, ngành' },
      ],
      report:
        'Tổng Thư ký Nguyễn Quốc Dũng báo cáo kết quả công việc của các tiểu ban và các bộ, ngành trong công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị cấp cao liên quan.',
      minutes: null,
    })
    .returning();
  const [decision] = await tx
    .insert(sessionDecisions)
    .values({ sessionId: session!.id, textEn: sixthSession.decisionEn, textVi: sixthSession.decisionVi })
    .returning();
  const summit = await refs.meeting('summit-37');
  for (const t of sixthSession.tasks) {
    await tx.insert(tasks).values({
      titleEn: t.titleEn,
      titleVi: t.titleVi,
      bodyId: bodyId.get(t.body)!,
      responsiblePersonId: 'responsible' in t && t.responsible ? await refs.person(t.responsible) : null,
      beforeMeetingId: summit,
      status: t.status,
      priority: t.priority,
      decisionId: decision!.id,
    });
  }
}

export const committeeSeed: ModuleSeed = { name: 'committee', load };

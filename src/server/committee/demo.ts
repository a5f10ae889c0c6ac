/**
 * The committee's share of the demo: the National Committee for ASEAN 2020
 * and its subcommittees, the ministries involved, the four COVID-19 outcomes
 * and the other 2020 work items with their roadmap, and the 6th session of
 * 27 Oct 2020 with the tasks it assigned for the 37th Summit.
 *
 * What the sources say: the four outcomes had results due before the 53rd
 * AMM and others before the 37th Summit; at AMM-53 the ministers pushed the
 * COVID-19 ASEAN Response Fund forward; the 6th session assigned the
 * remaining preparations; the press center opened on 9 Nov; the 37th Summit
 * (12–15 Nov) adopted the Hanoi Declaration on the ASEAN Community's post-2025
 * vision. Everything else here — progress figures, the days milestones were
 * met and tasks were done, and which few slipped — is illustrative, written
 * to tell that story: most was ready by the summit's eve; the mid-term review
 * went out two days late, the Security Subcommittee closed its task when the
 * summits ended, and the Ministry of Industry and Trade's recovery measures
 * stay open.
 */
import type { Tx } from '../db/client.js';
import type { ModuleSeed } from '../demo/seed.js';
import { eachInOrder, type DemoRefs } from '../demo/refs.js';
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

type Members = DemoBody['members'];
const subcommittee = (slug: string, nameEn: string, nameVi: string): DemoBody => ({ slug, kind: 'subcommittee', nameEn, nameVi, parent: 'national-committee' });
const ministry = (slug: string, nameEn: string, nameVi: string, members?: Members): DemoBody => ({ slug, kind: 'ministry', nameEn, nameVi, members });

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
  subcommittee('sc-content', 'Content Subcommittee', 'Tiểu ban Nội dung'),
  subcommittee('sc-communications', 'Communications Subcommittee', 'Tiểu ban Thông tin – Tuyên truyền'),
  subcommittee('sc-protocol-logistics', 'Protocol and Logistics Subcommittee', 'Tiểu ban Lễ tân – Hậu cần'),
  subcommittee('sc-security', 'Security Subcommittee', 'Tiểu ban An ninh'),
  subcommittee('sc-health', 'Health Subcommittee', 'Tiểu ban Y tế'),
  ministry('mofa', 'Ministry of Foreign Affairs', 'Bộ Ngoại giao', [
    ['pham-binh-minh', 'head'],
    ['nguyen-quoc-dung', 'member'],
  ]),
  ministry('moit', 'Ministry of Industry and Trade', 'Bộ Công Thương', [['tran-tuan-anh', 'head']]),
  ministry('moh', 'Ministry of Health', 'Bộ Y tế'),
  ministry('mps', 'Ministry of Public Security', 'Bộ Công an'),
  ministry('mic', 'Ministry of Information and Communications', 'Bộ Thông tin và Truyền thông'),
  ministry('government-office', 'Government Office', 'Văn phòng Chính phủ', [['mai-tien-dung', 'head']]),
  { slug: 'hanoi', kind: 'locality', nameEn: 'Hanoi People’s Committee', nameVi: 'Ủy ban nhân dân thành phố Hà Nội' },
  { slug: 'asean-secretariat', kind: 'asean_body', nameEn: 'ASEAN Secretariat', nameVi: 'Ban Thư ký ASEAN', members: [['lim-jock-hoi', 'head']] },
];

type Due = { on: string } | { before: string };

type DemoMilestone = { titleEn: string; titleVi: string; due: Due; metOn?: string };

interface DemoDeliverable {
  slug: string;
  titleEn: string;
  titleVi: string;
  parent?: string;
  startedOn: string;
  owners: string[];
  meetings: string[];
  milestones: DemoMilestone[];
  progress: Array<[day: string, percent: number, note: string]>;
}

const beforeAmm = { before: 'amm-53' };
const beforeSummit = { before: 'summit-37' };
const milestone = (titleEn: string, titleVi: string, due: Due, metOn?: string): DemoMilestone => ({ titleEn, titleVi, due, metOn });

type Roadmap = Pick<DemoDeliverable, 'owners' | 'meetings' | 'milestones' | 'progress'>;
/** One of the four outcomes of the special summits of 14 Apr 2020. */
const covidOutcome = (slug: string, titleEn: string, titleVi: string, roadmap: Roadmap): DemoDeliverable => ({
  slug,
  titleEn,
  titleVi,
  parent: 'covid19-outcomes',
  startedOn: '2020-04-14',
  ...roadmap,
});
/** Another work item of the year: one milestone, (illustrative) progress figures. */
const workItem = (
  slug: string,
  [titleEn, titleVi]: [string, string],
  startedOn: string,
  owners: string[],
  meetings: string[],
  due: DemoMilestone,
  ...progress: Array<[string, number]>
): DemoDeliverable => ({
  slug,
  titleEn,
  titleVi,
  startedOn,
  owners,
  meetings,
  milestones: [due],
  progress: progress.map(([day, percent]) => [day, percent, 'Illustrative']),
});

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
  covidOutcome('covid19-response-fund', 'ASEAN COVID-19 Response Fund', 'Quỹ ASEAN ứng phó với COVID-19', {
    owners: ['mofa', 'asean-secretariat'],
    meetings: ['amm-53', 'summit-37'],
    milestones: [
      // The sources: at AMM-53 the ministers worked to make the fund effective. Days illustrative.
      milestone('Terms of reference agreed', 'Thống nhất điều khoản tham chiếu', beforeAmm, '2020-09-01'),
      milestone('Fund operational', 'Quỹ đi vào hoạt động', beforeSummit, '2020-11-10'),
    ],
    progress: [
      ['2020-06-26', 40, 'Illustrative: contributions being pledged'],
      ['2020-09-01', 70, 'Illustrative: terms of reference agreed'],
      ['2020-11-10', 100, 'Illustrative: fund operational'],
    ],
  }),
  covidOutcome('regional-reserve-medical-supplies', 'ASEAN Regional Reserve of Medical Supplies', 'Kho Dự trữ khu vực ASEAN về vật tư y tế', {
    owners: ['moh', 'asean-secretariat'],
    meetings: ['summit-37'],
    milestones: [
      milestone('Framework agreed by member states', 'Các nước thành viên thống nhất khuôn khổ', beforeAmm, '2020-09-05'),
      milestone('Reserve ready for launch', 'Sẵn sàng khởi động Kho dự trữ', beforeSummit, '2020-11-10'),
    ],
    progress: [
      ['2020-07-15', 35, 'Illustrative: consultations with member states'],
      ['2020-10-20', 75, 'Illustrative: framework agreed, launch in preparation'],
      ['2020-11-10', 100, 'Illustrative: ready for launch at the 37th Summit'],
    ],
  }),
  covidOutcome(
    'sop-public-health-emergencies',
    'ASEAN Standard Operating Procedures for Public Health Emergencies',
    'Quy trình Tiêu chuẩn ứng phó các tình huống y tế công cộng khẩn cấp',
    {
      owners: ['moh'],
      meetings: ['summit-37'],
      milestones: [milestone('Procedures ready for the leaders', 'Hoàn thiện quy trình trình Lãnh đạo', beforeSummit, '2020-11-09')],
      progress: [
        ['2020-08-01', 40, 'Illustrative: draft circulated'],
        ['2020-10-25', 70, 'Illustrative: comments being consolidated'],
        ['2020-11-09', 100, 'Illustrative: ready for the leaders'],
      ],
    },
  ),
  covidOutcome('post-covid19-recovery-plan', 'ASEAN post-COVID-19 recovery plan', 'Kế hoạch Phục hồi hậu COVID-19', {
    owners: ['moit', 'mofa'],
    meetings: ['summit-37'],
    milestones: [
      milestone('Outline endorsed by the ministers', 'Các Bộ trưởng thông qua đề cương', beforeAmm, '2020-09-08'),
      milestone('Plan to the leaders', 'Trình Kế hoạch lên Lãnh đạo', beforeSummit, '2020-11-10'),
    ],
    progress: [
      ['2020-09-08', 50, 'Illustrative: outline endorsed'],
      ['2020-10-26', 85, 'Illustrative: final draft'],
      ['2020-11-10', 100, 'Illustrative: sent to the leaders'],
    ],
  }),
  workItem(
    'acv2025-mid-term-review',
    ['Mid-term review of the ASEAN Community Vision 2025 blueprints', 'Rà soát giữa kỳ các Kế hoạch tổng thể Tầm nhìn Cộng đồng ASEAN 2025'],
    // Illustrative slip: the report went out two days after the summit's eve.
    '2020-02-01',
    ['mofa', 'moit'],
    ['summit-37'],
    milestone('Review reported to the 37th Summit', 'Báo cáo kết quả rà soát lên Hội nghị Cấp cao 37', beforeSummit, '2020-11-13'),
    ['2020-10-15', 80],
    ['2020-11-13', 100],
  ),
  workItem(
    'asean-charter-review',
    ["Review of the ASEAN Charter's implementation", 'Rà soát việc thực hiện Hiến chương ASEAN'],
    '2020-02-01',
    ['mofa'],
    [],
    milestone('Review report', 'Báo cáo rà soát', { on: '2020-12-31' }),
    ['2020-10-15', 50],
  ),
  workItem(
    'asean-flag-public-offices',
    ['Flying the ASEAN flag at public offices', 'Treo cờ ASEAN tại các cơ quan công quyền'],
    '2020-03-01',
    ['mofa', 'government-office'],
    [],
    milestone('Guidance issued', 'Ban hành hướng dẫn', beforeAmm, '2020-08-08'),
    ['2020-08-08', 100],
  ),
  workItem(
    'post-2025-vision',
    ["The ASEAN Community's post-2025 vision", 'Tầm nhìn Cộng đồng ASEAN sau năm 2025'],
    // The sources: the 37th Summit adopted the Hanoi Declaration on the post-2025 vision. Days illustrative.
    '2020-04-01',
    ['mofa'],
    ['summit-37'],
    milestone('Hanoi Declaration ready for adoption', 'Hoàn thiện Tuyên bố Hà Nội để thông qua', beforeSummit, '2020-11-10'),
    ['2020-10-20', 90],
    ['2020-11-14', 100],
  ),
];

interface DemoTask {
  titleEn: string;
  titleVi: string;
  body: string;
  status: TaskStatus;
  priority: TaskPriority;
  responsible?: string;
  /** When it was done (Hanoi time; illustrative). */
  doneAt?: string;
}

const task = (titleEn: string, titleVi: string, body: string, status: TaskStatus, priority: TaskPriority, responsible?: string): DemoTask => ({
  titleEn,
  titleVi,
  body,
  status,
  priority,
  responsible,
});
/** Done at 17:00 Hanoi time on `day` (illustrative). */
const doneOn = (t: DemoTask, day: string): DemoTask => ({ ...t, status: 'done', doneAt: `${day}T17:00:00+07:00` });

const sixthSession = {
  decisionEn:
    'The subcommittees and ministries complete the preparations for the 37th ASEAN Summit and related summits: programme, scenario, organization, content, communications, protocol, security and safety.',
  decisionVi:
    'Các tiểu ban và bộ, ngành hoàn thành công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị cấp cao liên quan: chương trình, kịch bản, tổ chức, nội dung, thông tin tuyên truyền, lễ tân, an ninh và an toàn.',
  tasks: [
    doneOn(
      task('Finalize the programme of the summits', 'Hoàn thiện chương trình các hội nghị cấp cao', 'sc-content', 'done', 'high', 'nguyen-quoc-dung'),
      '2020-11-02',
    ),
    doneOn(task('Finalize the scenario of each summit', 'Hoàn thiện kịch bản từng hội nghị', 'sc-protocol-logistics', 'done', 'high'), '2020-11-09'),
    doneOn(
      task('Organize the virtual summits from Hanoi', 'Tổ chức các hội nghị trực tuyến tại Hà Nội', 'sc-protocol-logistics', 'done', 'urgent'),
      '2020-11-11',
    ),
    doneOn(task('Prepare the documents for adoption', 'Chuẩn bị các văn kiện để thông qua', 'sc-content', 'done', 'urgent', 'nguyen-quoc-dung'), '2020-11-10'),
    // The press center opened on 9 Nov (sources).
    doneOn(
      task('Communications plan for the summits', 'Kế hoạch thông tin tuyên truyền cho các hội nghị', 'sc-communications', 'done', 'normal'),
      '2020-11-06',
    ),
    doneOn(task('Protocol arrangements for the leaders', 'Công tác lễ tân đối với các Lãnh đạo', 'sc-protocol-logistics', 'done', 'high'), '2020-11-10'),
    // Slipped: closed only when the summits ended on 15 Nov, so late on the opening day.
    doneOn(task('Security of the venue and delegations', 'Bảo đảm an ninh địa điểm và các đoàn', 'sc-security', 'done', 'urgent'), '2020-11-15'),
    doneOn(task('COVID-19 safety measures at the venue', 'Biện pháp an toàn phòng chống COVID-19 tại địa điểm', 'sc-health', 'done', 'urgent'), '2020-11-10'),
    doneOn(
      task(
        'Economic input to the APT Leaders’ Statement on economic and financial resilience',
        'Đóng góp nội dung kinh tế cho Tuyên bố của Lãnh đạo ASEAN+3 về tăng cường khả năng tự cường kinh tế và tài chính',
        'moit',
        'done',
        'high',
        'tran-tuan-anh',
      ),
      '2020-11-09',
    ),
    // Still open: the recovery plan went to the leaders; its economic measures did not make the summit.
    task('Economic measures of the post-COVID-19 recovery plan', 'Các biện pháp kinh tế của Kế hoạch Phục hồi hậu COVID-19', 'moit', 'in_progress', 'normal'),
  ],
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
      .values({
        slug: d.slug,
        titleEn: d.titleEn,
        titleVi: d.titleVi,
        year: 2020,
        proposerPartyId: vn,
        parentId: d.parent ? deliverableId.get(d.parent)! : null,
        startedOn: d.startedOn,
      })
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
      attendeePersonIds: await eachInOrder(attendees, (p) => refs.person(p)),
      agenda: [
        {
          titleEn: 'Report by the Secretary-General on preparations for the 37th ASEAN Summit',
          titleVi: 'Báo cáo của Tổng Thư ký về công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 37',
        },
        { titleEn: 'Programme and scenario of the summits', titleVi: 'Chương trình và kịch bản các hội nghị' },
        { titleEn: 'Organization, content and communications', titleVi: 'Công tác tổ chức, nội dung và thông tin tuyên truyền' },
        { titleEn: 'Protocol, security and safety', titleVi: 'Công tác lễ tân, an ninh và an toàn' },
        { titleEn: 'Assignment of tasks to the subcommittees and ministries', titleVi: 'Phân công nhiệm vụ cho các tiểu ban và các bộ, ngành' },
      ],
      report:
        'Tổng Thư ký Nguyễn Quốc Dũng báo cáo kết quả công việc của các tiểu ban và các bộ, ngành trong công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị cấp cao liên quan.',
      reportEn:
        'Secretary-General Nguyen Quoc Dung reported on the work of the subcommittees, ministries and agencies in preparing the 37th ASEAN Summit and the related summits.',
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
      responsiblePersonId: t.responsible ? await refs.person(t.responsible) : null,
      beforeMeetingId: summit,
      status: t.status,
      closedAt: t.doneAt ? new Date(t.doneAt) : null,
      priority: t.priority,
      decisionId: decision!.id,
    });
  }
}

export const committeeSeed: ModuleSeed = { name: 'committee', load };

/**
 * The demo registry: the documents the domain brief names, attached to their
 * meetings, and clearly generic items ("ASEAN–X Plan of Action 2021–2025")
 * to make up the brief's counts: ~40 around AMM-53, ~80 at the 37th Summit
 * (the most ever at the time), ~100 at the 38th/39th Summits.
 */
import type { Confidentiality, DocumentStatus, DocumentType, OutcomeAction, Pillar } from '../vocabulary.js';

export interface DemoDocument {
  meeting: string;
  titleEn: string;
  titleVi: string;
  type: DocumentType;
  pillar: Pillar;
  action: OutcomeAction;
  status: DocumentStatus;
  proposers: string[];
  leadBodyEn?: string;
  leadBodyVi?: string;
  confidentiality?: Confidentiality;
  /** Where the final action differs from the intended one. */
  finalAction?: OutcomeAction;
  reason?: string;
  /** Slugs of the committee's deliverables the document serves. */
  deliverables?: string[];
}

const partners: Record<string, { en: string; vi: string }> = {
  CN: { en: 'China', vi: 'Trung Quốc' },
  JP: { en: 'Japan', vi: 'Nhật Bản' },
  KR: { en: 'ROK', vi: 'Hàn Quốc' },
  US: { en: 'United States', vi: 'Hoa Kỳ' },
  RU: { en: 'Russia', vi: 'Nga' },
  AU: { en: 'Australia', vi: 'Ô-xtrây-li-a' },
  NZ: { en: 'New Zealand', vi: 'Niu Di-lân' },
  IN: { en: 'India', vi: 'Ấn Độ' },
  CA: { en: 'Canada', vi: 'Ca-na-đa' },
  EU: { en: 'EU', vi: 'EU' },
};
const PMC = ['CN', 'JP', 'KR', 'US', 'RU', 'AU', 'NZ', 'IN', 'CA', 'EU'] as const;
const done = { status: 'adopted' as const, action: 'adopt' as const, confidentiality: 'public_on_outcome' as const };
const SOM = { leadBodyEn: 'ASEAN SOM', leadBodyVi: 'SOM ASEAN' };

function amm53(): DemoDocument[] {
  const named: DemoDocument[] = [
    {
      meeting: 'amm-53',
      titleEn: 'Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting',
      titleVi: 'Thông cáo chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53',
      type: 'joint_communique',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      ...SOM,
      ...done,
    },
    {
      meeting: 'arf-27',
      titleEn: 'ARF Ha Noi Plan of Action II (2020–2025)',
      titleVi: 'Kế hoạch hành động Hà Nội II của ARF (2020–2025)',
      type: 'plan_of_action',
      pillar: 'political_security',
      proposers: ['VN'],
      leadBodyEn: 'ARF SOM',
      leadBodyVi: 'SOM ARF',
      ...done,
    },
    {
      meeting: 'amm53-apt-fmm-21',
      titleEn: 'Chairman’s Statement of the 21st ASEAN Plus Three Foreign Ministers’ Meeting',
      titleVi: 'Tuyên bố của Chủ tịch Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 21',
      type: 'chairmans_statement',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      ...done,
      status: 'issued',
      action: 'issue',
    },
    {
      meeting: 'amm53-eas-fmm-10',
      titleEn: 'Chairman’s Statement of the 10th East Asia Summit Foreign Ministers’ Meeting',
      titleVi: 'Tuyên bố của Chủ tịch Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 10',
      type: 'chairmans_statement',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      ...done,
      status: 'issued',
      action: 'issue',
    },
    {
      meeting: 'arf-27',
      titleEn: 'Chairman’s Statement of the 27th ASEAN Regional Forum',
      titleVi: 'Tuyên bố của Chủ tịch Diễn đàn Khu vực ASEAN lần thứ 27',
      type: 'chairmans_statement',
      pillar: 'political_security',
      proposers: ['VN'],
      ...done,
      status: 'issued',
      action: 'issue',
    },
  ];
  const pmc = PMC.flatMap((p): DemoDocument[] => [
    {
      meeting: `amm53-pmc-${p.toLowerCase()}`,
      titleEn: `Chairman’s Statement of the ASEAN Post Ministerial Conference with ${partners[p]!.en}`,
      titleVi: `Tuyên bố của Chủ tịch Hội nghị Bộ trưởng ASEAN - ${partners[p]!.vi}`,
      type: 'chairmans_statement',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      ...done,
      status: 'issued',
      action: 'issue',
    },
    {
      meeting: `amm53-pmc-${p.toLowerCase()}`,
      titleEn: `ASEAN–${partners[p]!.en} progress report on dialogue relations`,
      titleVi: `Báo cáo tiến độ quan hệ đối thoại ASEAN - ${partners[p]!.vi}`,
      type: 'report',
      pillar: 'cross_pillar',
      proposers: [p],
      ...done,
      status: 'noted',
      action: 'note',
      confidentiality: 'participants',
    },
  ]);
  // New plans of action 2021–2025 with partners: generic titles, illustrative partners.
  const poa = ['CN', 'JP', 'KR', 'AU', 'NZ', 'RU', 'CA', 'EU'].map((p): DemoDocument => ({
    meeting: `amm53-pmc-${p.toLowerCase()}`,
    titleEn: `ASEAN–${partners[p]!.en} Plan of Action 2021–2025`,
    titleVi: `Kế hoạch hành động ASEAN - ${partners[p]!.vi} giai đoạn 2021–2025`,
    type: 'plan_of_action',
    pillar: 'cross_pillar',
    proposers: ['VN', p],
    ...done,
  }));
  const arfWork = ['maritime security', 'counter-terrorism', 'disaster relief', 'non-proliferation and disarmament', 'preventive diplomacy'].map(
    (area, i): DemoDocument => ({
      meeting: 'arf-27',
      titleEn: `ARF work plan on ${area} (generic item ${i + 1})`,
      titleVi: `Kế hoạch công tác của ARF về lĩnh vực ${i + 1} (mục minh họa)`,
      type: 'work_plan',
      pillar: 'political_security',
      proposers: ['VN'],
      ...done,
      confidentiality: 'members',
    }),
  );
  const reports = [1, 2].map((n): DemoDocument => ({
    meeting: 'amm-53',
    titleEn: `Report to the 53rd AMM (generic item ${n})`,
    titleVi: `Báo cáo trình Hội nghị AMM-53 (mục minh họa ${n})`,
    type: 'report',
    pillar: n % 2 ? 'political_security' : 'socio_cultural',
    proposers: ['ASEC'],
    ...done,
    status: 'noted',
    action: 'note',
    confidentiality: 'members',
  }));
  return [...named, ...pmc, ...poa, ...arfWork, ...reports];
}

function summit37(): DemoDocument[] {
  const named: DemoDocument[] = [
    {
      meeting: 'summit-37',
      titleEn: 'Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision',
      titleVi: 'Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025',
      type: 'declaration',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      deliverables: ['acv2025-mid-term-review'],
      ...SOM,
      ...done,
    },
    {
      meeting: 'summit-37',
      titleEn: 'Ha Noi Declaration on Strengthening Social Work towards a Cohesive and Responsive ASEAN Community',
      titleVi: 'Tuyên bố Hà Nội về tăng cường công tác xã hội hướng tới Cộng đồng ASEAN gắn kết và chủ động thích ứng',
      type: 'declaration',
      pillar: 'socio_cultural',
      proposers: ['VN'],
      ...done,
    },
    {
      meeting: 'apt-summit-23',
      titleEn: 'ASEAN Plus Three Leaders’ Statement on Strengthening Economic and Financial Resilience',
      titleVi: 'Tuyên bố của Lãnh đạo ASEAN+3 về tăng cường khả năng chống chịu kinh tế và tài chính',
      type: 'statement',
      pillar: 'economic',
      proposers: ['VN'],
      ...done,
    },
    {
      meeting: 'eas-15',
      titleEn: 'Ha Noi Declaration on the 15th Anniversary of the East Asia Summit',
      titleVi: 'Tuyên bố Hà Nội nhân kỷ niệm 15 năm Hội nghị Cấp cao Đông Á',
      type: 'declaration',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      ...done,
    },
    {
      meeting: 'eas-15',
      titleEn: 'East Asia Summit Leaders’ Statement on the 15th Anniversary of the East Asia Summit',
      titleVi: 'Tuyên bố của Lãnh đạo Cấp cao Đông Á nhân kỷ niệm 15 năm Hội nghị Cấp cao Đông Á',
      type: 'statement',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      ...done,
    },
    {
      meeting: 'eas-15',
      titleEn: 'East Asia Summit Leaders’ Declaration on Sustainable Maritime Cooperation',
      titleVi: 'Tuyên bố của Lãnh đạo Cấp cao Đông Á về hợp tác biển bền vững',
      type: 'declaration',
      pillar: 'political_security',
      proposers: ['VN'],
      ...done,
    },
    {
      meeting: 'summit-37',
      titleEn: 'Chairman’s Statement of the 37th ASEAN Summit',
      titleVi: 'Tuyên bố của Chủ tịch Hội nghị Cấp cao ASEAN lần thứ 37',
      type: 'chairmans_statement',
      pillar: 'cross_pillar',
      proposers: ['VN'],
      ...done,
      status: 'issued',
      action: 'issue',
    },
  ];
  const places = ['summit-37', 'summit-37', 'summit-37', 'apt-summit-23', 'eas-15', 'summit37-cn', 'summit37-jp', 'summit37-kr', 'summit37-in', 'summit37-us'];
  const types: DocumentType[] = ['statement', 'report', 'framework', 'work_plan', 'declaration', 'terms_of_reference', 'plan_of_action'];
  const pillarsCycle: Pillar[] = ['political_security', 'economic', 'socio_cultural', 'cross_pillar'];
  const generic = Array.from({ length: 73 }, (_, i): DemoDocument => {
    const type = types[i % types.length]!;
    const outcome =
      i % 5 === 0 ? { status: 'noted' as const, action: 'note' as const } : i % 7 === 0 ? { status: 'issued' as const, action: 'issue' as const } : {};
    return {
      meeting: places[i % places.length]!,
      titleEn: `37th Summit outcome document ${i + 1} (generic ${type.replaceAll('_', ' ')})`,
      titleVi: `Văn kiện kết quả Cấp cao 37 số ${i + 1} (mục minh họa)`,
      type,
      pillar: pillarsCycle[i % 4]!,
      proposers: [i % 3 === 0 ? 'VN' : ['ID', 'TH', 'SG', 'MY', 'PH', 'BN', 'KH', 'LA', 'MM'][i % 9]!],
      ...done,
      ...outcome,
    };
  });
  // One item whose leaders noted what was meant for adoption, with the reason.
  generic[1] = { ...generic[1]!, finalAction: 'note', status: 'noted', reason: 'No consensus on adoption; noted pending further consultations' };
  return [...named, ...generic];
}

function summits3839(): DemoDocument[] {
  const places = ['summit-38-39', 'summit-38-39', 'summit-38-39', 'apt-summit-24', 'eas-16'];
  const types: DocumentType[] = ['declaration', 'statement', 'report', 'plan_of_action', 'framework', 'work_plan'];
  return Array.from({ length: 100 }, (_, i): DemoDocument => {
    const type = types[i % types.length]!;
    return {
      meeting: places[i % places.length]!,
      titleEn: `38th/39th Summits outcome document ${i + 1} (generic ${type.replaceAll('_', ' ')})`,
      titleVi: `Văn kiện kết quả Cấp cao 38/39 số ${i + 1} (mục minh họa)`,
      type,
      pillar: (['political_security', 'economic', 'socio_cultural', 'cross_pillar'] as const)[i % 4]!,
      proposers: ['BN'],
      ...done,
      ...(i % 4 === 0 ? { status: 'noted' as const, action: 'note' as const } : {}),
    };
  });
}

/** Documents still on their way, to show the workflow's open states. */
function inProgress(): DemoDocument[] {
  const open: Array<[DocumentStatus, string, string]> = [
    [
      'draft',
      'Draft concept note on a regional reserve of medical supplies (illustrative)',
      'Dự thảo khái niệm về kho dự phòng vật tư y tế khu vực (minh họa)',
    ],
    ['circulated', 'Draft statement on digital transformation (illustrative)', 'Dự thảo tuyên bố về chuyển đổi số (minh họa)'],
    ['under_negotiation', 'Draft work plan on marine plastic debris (illustrative)', 'Dự thảo kế hoạch công tác về rác thải nhựa đại dương (minh họa)'],
    [
      'withdrawn',
      'Draft terms of reference for a working group (illustrative, withdrawn)',
      'Dự thảo điều khoản tham chiếu của một nhóm công tác (minh họa, đã rút)',
    ],
  ];
  return open.map(([status, titleEn, titleVi], i) => ({
    meeting: 'amm-54',
    titleEn,
    titleVi,
    type: 'other',
    pillar: 'cross_pillar',
    proposers: ['VN'],
    action: 'adopt',
    status,
    confidentiality: 'members',
    ...(i === 0 ? { deliverables: ['regional-reserve-medical-supplies'] } : {}),
  }));
}

export const demoDocuments: DemoDocument[] = [...amm53(), ...summit37(), ...summits3839(), ...inProgress()];

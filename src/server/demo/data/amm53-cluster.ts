/**
 * The 53rd ASEAN Foreign Ministers' Meeting and related meetings, 9–12 Sep
 * 2020, held virtually from Hanoi with 27 delegations from 4 continents and
 * chaired by Deputy PM / FM Phạm Bình Minh.
 *
 * Times of day are illustrative (host-local, Hanoi). The sources fix the
 * AMM-53 opening (9 Sep), the dialogue with AICHR representatives (10 Sep)
 * and the ARF (12 Sep); the day of each other meeting within 9–12 Sep is
 * illustrative too.
 */
import type { DemoDelegation, DemoMeeting } from '../types.js';
import type { DelegationOverride } from './helpers.js';
import { APT_PARTNERS, ARF_PARTICIPANTS, EAS_PARTNERS, asec, delegationsOf, members } from './helpers.js';
import { partnerLabel } from './series.js';

type AmmMeetingInput = Pick<DemoMeeting, 'key' | 'series' | 'titleEn' | 'titleVi' | 'start' | 'end'> & Partial<DemoMeeting>;

function amm53Meeting(m: AmmMeetingInput): DemoMeeting {
  return {
    level: 'ministerial',
    format: 'virtual',
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    status: 'held',
    cluster: 'amm53',
    chairParty: 'VN',
    chairPerson: 'pham-binh-minh',
    isPublic: true,
    ...m,
  };
}

/** Viet Nam's delegation is led by Deputy PM / FM Phạm Bình Minh throughout. */
const VN_HEAD = { VN: { headPerson: 'pham-binh-minh', headName: 'Phạm Bình Minh' } };

/** Ministers of the 10 members, plus the ASEAN Secretariat. */
function aseanMinisters(): DemoDelegation[] {
  return [...members('minister', VN_HEAD), asec()];
}

/** Ministers of the given non-member participants, plus the members and ASEC. */
function withPartners(codes: readonly string[]): DemoDelegation[] {
  return [...members('minister', VN_HEAD), ...delegationsOf(codes, 'minister'), asec()];
}

const DPRK_AT_ARF: DelegationOverride = {
  headLevel: 'representative',
  timeZone: 'Asia/Ho_Chi_Minh',
  noteEn: 'For technical reasons the DPRK Minister of Foreign Affairs did not attend; a representative of the DPRK Embassy in Hanoi attended instead.',
  noteVi: 'Do điều kiện kỹ thuật, Bộ trưởng Bộ Ngoại giao Triều Tiên không dự Hội nghị; đại diện Đại sứ quán Triều Tiên tại Hà Nội tham dự thay.',
};

/** PMC+1 sessions: [partner, day, start, end]. */
const PMC_SCHEDULE: readonly [string, string, string, string][] = [
  ['CN', '2020-09-09', '14:00', '15:30'],
  ['JP', '2020-09-10', '14:00', '15:00'],
  ['KR', '2020-09-10', '15:15', '16:15'],
  ['US', '2020-09-10', '20:00', '21:00'],
  ['RU', '2020-09-10', '16:30', '17:30'],
  ['AU', '2020-09-11', '09:00', '10:00'],
  ['NZ', '2020-09-11', '10:15', '11:15'],
  ['IN', '2020-09-11', '14:00', '15:00'],
  ['CA', '2020-09-11', '20:00', '21:00'],
  ['EU', '2020-09-11', '15:15', '16:15'],
];

const pmcMeetings: DemoMeeting[] = PMC_SCHEDULE.map(([p, day, from, to]) => {
  const label = partnerLabel(p);
  return amm53Meeting({
    key: `amm53-pmc-${p.toLowerCase()}`,
    series: `PMC-${p}`,
    titleEn: `ASEAN-${label.en} Post Ministerial Conference (PMC+1)`,
    titleVi: `Hội nghị Bộ trưởng Ngoại giao ASEAN - ${label.vi} (PMC+1)`,
    start: `${day}T${from}`,
    end: `${day}T${to}`,
    agenda: [
      {
        titleEn: `Review and future direction of ASEAN-${label.en} cooperation`,
        titleVi: `Kiểm điểm và định hướng hợp tác ASEAN - ${label.vi}`,
      },
      { titleEn: 'Cooperation in responding to COVID-19', titleVi: 'Tăng cường phối hợp ứng phó với COVID-19' },
      {
        titleEn: "Chairman's Statement on the main results",
        titleVi: 'Tuyên bố Chủ tịch về kết quả chính của Hội nghị',
      },
    ],
    delegations: withPartners([p]),
  });
});

export const amm53Meetings: DemoMeeting[] = [
  amm53Meeting({
    key: 'amm-53',
    series: 'AMM',
    edition: 53,
    titleEn: "53rd ASEAN Foreign Ministers' Meeting (AMM-53)",
    titleVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53',
    start: '2020-09-09T08:30',
    end: '2020-09-09T12:00',
    agenda: [
      {
        titleEn: 'Opening session: address by Prime Minister Nguyễn Xuân Phúc',
        titleVi: 'Phiên khai mạc: phát biểu của Thủ tướng Chính phủ Nguyễn Xuân Phúc',
      },
      {
        titleEn:
          'Progress on the 2020 priorities: mid-term review of the ASEAN Community Vision 2025 blueprints, review of the ASEAN Charter, flying the ASEAN flag, post-2025 vision',
        titleVi:
          'Tiến độ các ưu tiên năm 2020: đánh giá giữa kỳ các Kế hoạch tổng thể thực hiện Tầm nhìn Cộng đồng ASEAN 2025, đánh giá triển khai Hiến chương ASEAN, treo cờ ASEAN, tầm nhìn Cộng đồng ASEAN sau năm 2025',
      },
      {
        titleEn: 'COVID-19 response initiatives, including the COVID-19 ASEAN Response Fund',
        titleVi: 'Các sáng kiến ứng phó với COVID-19, trong đó có Quỹ ASEAN ứng phó với COVID-19',
      },
      {
        titleEn: "ASEAN's external relations and proposals for new partnerships",
        titleVi: 'Quan hệ đối ngoại của ASEAN và các đề nghị thiết lập quan hệ đối tác mới',
      },
      { titleEn: 'Regional and international issues', titleVi: 'Các vấn đề quốc tế, khu vực cùng quan tâm' },
      { titleEn: 'Adoption of the AMM-53 Joint Communiqué', titleVi: 'Thông qua Thông báo chung AMM 53' },
    ],
    delegations: aseanMinisters(),
  }),
  amm53Meeting({
    key: 'amm53-apt-fmm-21',
    series: 'APT-FMM',
    edition: 21,
    titleEn: "21st ASEAN Plus Three Foreign Ministers' Meeting",
    titleVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 21',
    start: '2020-09-09T15:45',
    end: '2020-09-09T17:00',
    agenda: [{ titleEn: "Chairman's Statement", titleVi: 'Tuyên bố Chủ tịch' }],
    delegations: withPartners(APT_PARTNERS),
  }),
  amm53Meeting({
    key: 'amm53-eas-fmm-10',
    series: 'EAS-FMM',
    edition: 10,
    titleEn: "10th East Asia Summit Foreign Ministers' Meeting",
    titleVi: 'Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á (EAS) lần thứ 10',
    start: '2020-09-09T19:00',
    end: '2020-09-09T20:30',
    agenda: [
      {
        titleEn: 'Draft Hanoi Declaration on the 15th anniversary of the East Asia Summit',
        titleVi: 'Dự thảo Tuyên bố Hà Nội kỷ niệm 15 năm thành lập EAS',
      },
      { titleEn: "Chairman's Statement", titleVi: 'Tuyên bố Chủ tịch' },
    ],
    delegations: withPartners(EAS_PARTNERS),
  }),
  amm53Meeting({
    key: 'amm53-aichr-dialogue',
    series: 'AICHR-DIALOGUE',
    titleEn: 'Dialogue between ASEAN Foreign Ministers and AICHR Representatives',
    titleVi: 'Đối thoại giữa các Bộ trưởng Ngoại giao ASEAN và các Đại diện Ủy ban liên Chính phủ ASEAN về Nhân quyền (AICHR)',
    start: '2020-09-10T09:00',
    end: '2020-09-10T10:30',
    delegations: [...aseanMinisters(), { party: 'AICHR', headLevel: 'representative' }],
  }),
  amm53Meeting({
    key: 'amm53-wps-dialogue',
    series: 'WPS-DIALOGUE',
    titleEn: "ASEAN Foreign Ministers' Dialogue on Strengthening Women's Role for Sustainable Peace and Security",
    titleVi: 'Đối thoại của Bộ trưởng Ngoại giao ASEAN về tăng cường vai trò của phụ nữ vì hòa bình và an ninh bền vững',
    start: '2020-09-10T10:45',
    end: '2020-09-10T12:00',
    delegations: aseanMinisters(),
  }),
  amm53Meeting({
    key: 'amm53-acc-special',
    series: 'ACC',
    titleEn: 'Special Session of the ASEAN Coordinating Council on Sub-regional Development',
    titleVi: 'Phiên họp đặc biệt của Hội đồng Điều phối ASEAN (ACC) về phát triển tiểu vùng',
    start: '2020-09-11T16:30',
    end: '2020-09-11T17:30',
    delegations: aseanMinisters(),
  }),
  ...pmcMeetings,
  amm53Meeting({
    key: 'arf-27',
    series: 'ARF',
    edition: 27,
    titleEn: '27th ASEAN Regional Forum (ARF-27)',
    titleVi: 'Hội nghị Bộ trưởng Diễn đàn Khu vực ASEAN (ARF) lần thứ 27',
    start: '2020-09-12T09:00',
    end: '2020-09-12T12:00',
    agenda: [
      {
        titleEn: 'ARF Hanoi Plan of Action II (2020–2025)',
        titleVi: 'Kế hoạch hành động Hà Nội II của ARF giai đoạn 2020-2025',
      },
      { titleEn: 'Regional and international security issues', titleVi: 'Các vấn đề an ninh khu vực và quốc tế' },
      { titleEn: "Chairman's Statement", titleVi: 'Tuyên bố Chủ tịch' },
    ],
    // Exactly the 27 ARF participants (no ASEC delegation).
    delegations: delegationsOf(ARF_PARTICIPANTS, 'minister', { ...VN_HEAD, KP: DPRK_AT_ARF }),
  }),
];

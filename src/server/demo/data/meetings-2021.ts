/**
 * 2021 meetings (Brunei Darussalam in the chair): AMM-54, the 65th IAI Task
 * Force meeting, the JCM, the 38th and 39th Summits with the related summits,
 * and the ASEAN High-level Forum on sub-regional cooperation hosted by Viet Nam.
 *
 * Times of day are illustrative (host-local); so is the day of each related
 * summit within 26–28 Oct. Edition numbers of the APT, EAS and partner
 * summits are public record, not from the sources.
 *
 * Myanmar is not listed at the October 2021 summits: its seat was left empty
 * after ASEAN invited only a non-political representative (public record).
 */
import type { DemoDelegation, DemoMeeting } from '../types.js';
import { APT_PARTNERS, MEMBERS, asec, delegationsOf, members } from './helpers.js';
import type { SummitInput } from './summit37-cluster.js';
import { partnerSummit } from './summit37-cluster.js';

const BRUNEI = {
  hostCityEn: 'Bandar Seri Begawan',
  hostCityVi: 'Ban-đa Sê-ri Bê-ga-oan',
  hostTimeZone: 'Asia/Brunei',
  status: 'held',
  chairParty: 'BN',
  isPublic: true,
} as const satisfies Partial<DemoMeeting>;

const SOM_HEAD_VN = {
  VN: { headPerson: 'nguyen-quoc-dung', headName: 'Nguyễn Quốc Dũng', headLevel: 'deputy_minister' as const },
};

function summit3839Meeting(m: SummitInput): DemoMeeting {
  return { ...BRUNEI, level: 'leaders', format: 'virtual', cluster: 'summit38-39', ...m };
}

function leaders2021(extra: DemoDelegation[] = []): DemoDelegation[] {
  const attending = MEMBERS.filter((c) => c !== 'MM');
  return [...delegationsOf(attending, 'head_of_state_or_government'), ...extra, asec()];
}

/** Partner summits: [partner, edition, day, start, end]. */
const PARTNER_SUMMITS: readonly [string, number, string, string, string][] = [
  ['CN', 24, '2021-10-26', '14:00', '15:00'],
  ['KR', 22, '2021-10-26', '15:15', '16:15'],
  ['US', 9, '2021-10-26', '20:00', '21:00'],
  ['JP', 24, '2021-10-27', '09:00', '10:00'],
  ['AU', 1, '2021-10-27', '10:15', '11:15'],
  ['IN', 18, '2021-10-28', '14:00', '15:00'],
  ['RU', 4, '2021-10-28', '15:15', '16:15'],
];

export const meetings2021: DemoMeeting[] = [
  {
    ...BRUNEI,
    key: 'amm-54',
    series: 'AMM',
    edition: 54,
    titleEn: "54th ASEAN Foreign Ministers' Meeting (AMM-54)",
    titleVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54',
    level: 'ministerial',
    format: 'virtual',
    start: '2021-08-02T09:00',
    end: '2021-08-04T17:00',
    agenda: [
      {
        titleEn: 'Admission of the United Kingdom as a full dialogue partner',
        titleVi: 'Kết nạp Vương quốc Anh trở thành Đối tác đối thoại đầy đủ',
      },
      {
        titleEn: 'Recognition of the United Arab Emirates as a sectoral dialogue partner',
        titleVi: 'Công nhận Các Tiểu vương quốc Ả-rập Thống nhất (UAE) là Đối tác đối thoại theo lĩnh vực',
      },
      {
        titleEn: "Brazil's application for sectoral dialogue partnership",
        titleVi: 'Đề nghị trở thành Đối tác đối thoại theo lĩnh vực của Bra-xin',
      },
    ],
    delegations: [...members('minister'), asec()],
  },
  {
    key: 'iai-tf-65',
    series: 'IAI-TF',
    edition: 65,
    titleEn: '65th Meeting of the IAI Task Force',
    titleVi: 'Cuộc họp Nhóm đặc trách về Sáng kiến Liên kết ASEAN (IAI) lần thứ 65',
    level: 'senior_officials',
    format: 'virtual',
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    start: '2021-09-08T09:00',
    end: '2021-09-08T11:30',
    status: 'held',
    chairParty: 'VN',
    chairPerson: 'nguyen-quoc-dung',
    isPublic: true,
    agenda: [
      {
        titleEn: 'Narrowing the development gap across sub-regions amid COVID-19',
        titleVi: 'Thu hẹp khoảng cách phát triển ở các tiểu vùng trong bối cảnh dịch COVID-19',
      },
    ],
    delegations: [...members('senior_official', SOM_HEAD_VN), asec()],
  },
  {
    ...BRUNEI,
    key: 'jcm-2021',
    series: 'JCM',
    titleEn: 'ASEAN Joint Consultative Meeting (JCM), 22 September 2021',
    titleVi: 'Hội nghị tham vấn chung ASEAN (JCM) ngày 22/9/2021',
    level: 'senior_officials',
    format: 'virtual',
    start: '2021-09-22T09:00',
    end: '2021-09-22T12:00',
    agenda: [
      {
        titleEn: 'Preparations for the 38th and 39th ASEAN Summits and related summits (26–28 October 2021)',
        titleVi: 'Rà soát công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 38, 39 và các Hội nghị cấp cao với các Đối tác (26-28/10/2021)',
      },
      {
        titleEn: 'ASEAN Community building, the 2021 priorities, external relations and cross-pillar cooperation',
        titleVi: 'Tiến trình xây dựng Cộng đồng ASEAN, các ưu tiên năm 2021, quan hệ đối ngoại và hợp tác liên ngành, liên trụ cột',
      },
      {
        titleEn:
          "Key 2021 outcomes recommended to the leaders: Bandar Seri Begawan Declaration on ASEAN SHIELD; Leaders' statements on multilateralism, the blue economy and digital transformation; post-2025 vision reference document and roadmap",
        titleVi:
          'Các kết quả chính năm 2021 khuyến nghị Lãnh đạo thông qua: Tuyên bố Ban-đa Sê-ri Bê-ga-oan về ASEAN SHIELD; Tuyên bố của các nhà Lãnh đạo về đề cao chủ nghĩa đa phương, kinh tế biển xanh, thúc đẩy chuyển đổi số; Tài liệu tham chiếu và Lộ trình xây dựng tầm nhìn Cộng đồng ASEAN sau 2025',
      },
      {
        titleEn: 'Report on the 65th IAI Task Force meeting',
        titleVi: 'Báo cáo kết quả Cuộc họp nhóm đặc trách IAI lần thứ 65',
      },
    ],
    delegations: [
      ...members('senior_official', {
        VN: {
          ...SOM_HEAD_VN.VN,
          noteEn: 'With representatives of the Ministry of Industry and Trade and the Ministry of Labour, Invalids and Social Affairs.',
          noteVi: 'Cùng đại diện Bộ Công Thương, Bộ Lao động - Thương binh và Xã hội.',
        },
      }),
      asec(),
    ],
  },
  summit3839Meeting({
    key: 'summit-38-39',
    series: 'SUMMIT',
    edition: 38,
    titleEn: '38th and 39th ASEAN Summits',
    titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 38 và 39',
    start: '2021-10-26T09:00',
    end: '2021-10-26T12:00',
    delegations: leaders2021(),
  }),
  ...PARTNER_SUMMITS.map(([p, edition, day, from, to]) =>
    partnerSummit(p, edition, day, from, to, summit3839Meeting, 'summit38-39', { party: p, headLevel: 'head_of_state_or_government' }, leaders2021()),
  ),
  summit3839Meeting({
    key: 'apt-summit-24',
    series: 'APT-SUMMIT',
    edition: 24,
    titleEn: '24th ASEAN Plus Three Summit',
    titleVi: 'Hội nghị Cấp cao ASEAN+3 lần thứ 24',
    start: '2021-10-27T14:00',
    end: '2021-10-27T15:30',
    delegations: leaders2021(delegationsOf(APT_PARTNERS, 'head_of_state_or_government')),
  }),
  summit3839Meeting({
    key: 'eas-16',
    series: 'EAS',
    edition: 16,
    titleEn: '16th East Asia Summit',
    titleVi: 'Hội nghị Cấp cao Đông Á (EAS) lần thứ 16',
    start: '2021-10-27T16:00',
    end: '2021-10-27T18:00',
    // Partner delegations' levels are not in the sources; members and ASEC only.
    delegations: leaders2021(),
  }),
  {
    key: 'subregional-forum-2021',
    series: 'SUBREGIONAL-FORUM',
    titleEn: 'ASEAN High-level Forum on Sub-regional Cooperation for Sustainable Development and Inclusive Growth',
    titleVi: 'Diễn đàn cấp cao ASEAN về Hợp tác tiểu vùng hướng tới phát triển bền vững và tăng trưởng bao trùm',
    level: 'ministerial',
    // Format not in the sources; hybrid assumed.
    format: 'hybrid',
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    start: '2021-11-30T09:00',
    end: '2021-11-30T12:00',
    status: 'held',
    chairParty: 'VN',
    isPublic: true,
  },
];

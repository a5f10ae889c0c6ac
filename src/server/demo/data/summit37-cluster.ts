/**
 * The 37th ASEAN Summit and related summits, 12–15 Nov 2020, held virtually
 * from Hanoi and chaired by Prime Minister Nguyễn Xuân Phúc.
 *
 * Times of day are illustrative (host-local, Hanoi); so is the day of each
 * related summit within 12–15 Nov. Edition numbers of the APT and partner
 * summits are public record, not from the sources.
 */
import type { DemoDelegation, DemoMeeting } from '../types.js';
import { APT_PARTNERS, asec, delegationsOf, members } from './helpers.js';
import { partnerLabel } from './series.js';

export type SummitInput = Pick<DemoMeeting, 'key' | 'series' | 'titleEn' | 'titleVi' | 'start' | 'end'> & Partial<DemoMeeting>;

function summit37Meeting(m: SummitInput): DemoMeeting {
  return {
    level: 'leaders',
    format: 'virtual',
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    status: 'held',
    cluster: 'summit37',
    chairParty: 'VN',
    chairPerson: 'nguyen-xuan-phuc',
    isPublic: true,
    ...m,
  };
}

const PM_HEADS = { VN: { headPerson: 'nguyen-xuan-phuc', headName: 'Nguyễn Xuân Phúc' } };

function leaders(extra: DemoDelegation[] = []): DemoDelegation[] {
  return [...members('head_of_state_or_government', PM_HEADS), ...extra, asec()];
}

/** Partner summits: [partner, edition, day, start, end]. */
const PARTNER_SUMMITS: readonly [string, number, string, string, string][] = [
  ['CN', 23, '2020-11-12', '14:00', '15:00'],
  ['JP', 23, '2020-11-12', '15:15', '16:15'],
  ['KR', 21, '2020-11-12', '16:30', '17:30'],
  ['IN', 17, '2020-11-12', '18:00', '19:00'],
  ['US', 8, '2020-11-14', '09:00', '10:00'],
];

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

export function partnerSummit(
  p: string,
  edition: number,
  day: string,
  from: string,
  to: string,
  base: (m: SummitInput) => DemoMeeting,
  keyPrefix: string,
  partnerDelegation: DemoDelegation,
  others: DemoDelegation[],
): DemoMeeting {
  const label = partnerLabel(p);
  return base({
    key: `${keyPrefix}-${p.toLowerCase()}`,
    series: `SUMMIT-${p}`,
    edition,
    titleEn: `${ordinal(edition)} ASEAN-${label.en} Summit`,
    titleVi: `Hội nghị Cấp cao ASEAN - ${label.vi} lần thứ ${edition}`,
    start: `${day}T${from}`,
    end: `${day}T${to}`,
    delegations: [...others.filter((d) => d.party !== 'ASEC'), partnerDelegation, ...others.filter((d) => d.party === 'ASEC')],
  });
}

/** The United States was represented by its National Security Advisor in November 2020 (public record). */
const US_2020: DemoDelegation = {
  party: 'US',
  headLevel: 'representative',
  headName: "Robert O'Brien",
  noteEn: 'National Security Advisor, representing the President.',
  noteVi: 'Cố vấn An ninh quốc gia, đại diện Tổng thống.',
};

export const summit37Meetings: DemoMeeting[] = [
  summit37Meeting({
    key: 'summit-37',
    series: 'SUMMIT',
    edition: 37,
    titleEn: '37th ASEAN Summit',
    titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 37',
    start: '2020-11-12T08:30',
    end: '2020-11-12T12:00',
    agenda: [
      {
        titleEn: "Hanoi Declaration on the ASEAN Community's post-2025 vision",
        titleVi: 'Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025',
      },
      {
        titleEn: 'Hanoi Declaration on strengthening social work',
        titleVi: 'Tuyên bố Hà Nội về tăng cường công tác xã hội',
      },
      {
        titleEn: 'Mid-term review of the ASEAN Community Vision 2025 blueprints',
        titleVi: 'Đánh giá giữa kỳ các Kế hoạch tổng thể thực hiện Tầm nhìn Cộng đồng ASEAN 2025',
      },
    ],
    delegations: leaders(),
  }),
  ...PARTNER_SUMMITS.map(([p, edition, day, from, to]) =>
    partnerSummit(
      p,
      edition,
      day,
      from,
      to,
      summit37Meeting,
      'summit37',
      p === 'US' ? US_2020 : { party: p, headLevel: 'head_of_state_or_government' },
      leaders(),
    ),
  ),
  summit37Meeting({
    key: 'apt-summit-23',
    series: 'APT-SUMMIT',
    edition: 23,
    titleEn: '23rd ASEAN Plus Three Summit',
    titleVi: 'Hội nghị Cấp cao ASEAN+3 lần thứ 23',
    start: '2020-11-14T14:00',
    end: '2020-11-14T15:30',
    agenda: [
      {
        titleEn: "ASEAN Plus Three Leaders' Statement on strengthening economic and financial resilience",
        titleVi: 'Tuyên bố của các nhà Lãnh đạo ASEAN+3 về tăng cường khả năng tự cường kinh tế và tài chính',
      },
    ],
    delegations: leaders(delegationsOf(APT_PARTNERS, 'head_of_state_or_government')),
  }),
  summit37Meeting({
    key: 'eas-15',
    series: 'EAS',
    edition: 15,
    titleEn: '15th East Asia Summit',
    titleVi: 'Hội nghị Cấp cao Đông Á (EAS) lần thứ 15',
    start: '2020-11-14T16:00',
    end: '2020-11-14T18:00',
    agenda: [
      {
        titleEn: "EAS Leaders' Statement on the 15th anniversary of the East Asia Summit",
        titleVi: 'Tuyên bố của các nhà Lãnh đạo EAS nhân kỷ niệm 15 năm thành lập Cấp cao Đông Á',
      },
    ],
    // Partner delegations' levels are not in the sources; members and ASEC only.
    delegations: leaders(),
  }),
];

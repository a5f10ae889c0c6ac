/**
 * The organization, the parties (members, partners, other ARF participants,
 * ASEAN bodies), partner statuses over time and the chair rotation.
 * Time zones are those of the domain brief (IANA names).
 */
import type { DemoChairmanship, DemoOrganization, DemoPartnerStatus, DemoParty } from '../types.js';

export const organization: DemoOrganization = {
  code: 'ASEAN',
  nameEn: 'Association of Southeast Asian Nations',
  nameVi: 'Hiệp hội các quốc gia Đông Nam Á',
};

export const parties: DemoParty[] = [
  // Members (chair rotation in English alphabetical order).
  { code: 'BN', nameEn: 'Brunei Darussalam', nameVi: 'Bru-nây', kind: 'member', member: true, timeZone: 'Asia/Brunei' },
  { code: 'KH', nameEn: 'Cambodia', nameVi: 'Cam-pu-chia', kind: 'member', member: true, timeZone: 'Asia/Phnom_Penh' },
  { code: 'ID', nameEn: 'Indonesia', nameVi: 'In-đô-nê-xi-a', kind: 'member', member: true, timeZone: 'Asia/Jakarta' },
  { code: 'LA', nameEn: 'Lao PDR', nameVi: 'Lào', kind: 'member', member: true, timeZone: 'Asia/Vientiane' },
  { code: 'MY', nameEn: 'Malaysia', nameVi: 'Ma-lai-xi-a', kind: 'member', member: true, timeZone: 'Asia/Kuala_Lumpur' },
  { code: 'MM', nameEn: 'Myanmar', nameVi: 'Mi-an-ma', kind: 'member', member: true, timeZone: 'Asia/Yangon' },
  { code: 'PH', nameEn: 'Philippines', nameVi: 'Phi-líp-pin', kind: 'member', member: true, timeZone: 'Asia/Manila' },
  { code: 'SG', nameEn: 'Singapore', nameVi: 'Xin-ga-po', kind: 'member', member: true, timeZone: 'Asia/Singapore' },
  { code: 'TH', nameEn: 'Thailand', nameVi: 'Thái Lan', kind: 'member', member: true, timeZone: 'Asia/Bangkok' },
  { code: 'VN', nameEn: 'Viet Nam', nameVi: 'Việt Nam', kind: 'member', member: true, timeZone: 'Asia/Ho_Chi_Minh' },

  // Dialogue partners (10 in 2020).
  { code: 'AU', nameEn: 'Australia', nameVi: 'Ô-xtrây-li-a', kind: 'partner', timeZone: 'Australia/Sydney' },
  { code: 'CA', nameEn: 'Canada', nameVi: 'Ca-na-đa', kind: 'partner', timeZone: 'America/Toronto' },
  { code: 'CN', nameEn: 'China', nameVi: 'Trung Quốc', kind: 'partner', timeZone: 'Asia/Shanghai' },
  { code: 'EU', nameEn: 'European Union', nameVi: 'Liên minh châu Âu', kind: 'partner', timeZone: 'Europe/Brussels' },
  { code: 'IN', nameEn: 'India', nameVi: 'Ấn Độ', kind: 'partner', timeZone: 'Asia/Kolkata' },
  { code: 'JP', nameEn: 'Japan', nameVi: 'Nhật Bản', kind: 'partner', timeZone: 'Asia/Tokyo' },
  { code: 'NZ', nameEn: 'New Zealand', nameVi: 'Niu Di-lân', kind: 'partner', timeZone: 'Pacific/Auckland' },
  { code: 'KR', nameEn: 'Republic of Korea', nameVi: 'Hàn Quốc', kind: 'partner', timeZone: 'Asia/Seoul' },
  { code: 'RU', nameEn: 'Russia', nameVi: 'Nga', kind: 'partner', timeZone: 'Europe/Moscow' },
  { code: 'US', nameEn: 'United States', nameVi: 'Hoa Kỳ', kind: 'partner', timeZone: 'America/New_York' },

  // Later partners and applicants.
  { code: 'GB', nameEn: 'United Kingdom', nameVi: 'Anh', kind: 'partner', timeZone: 'Europe/London' },
  { code: 'AE', nameEn: 'United Arab Emirates', nameVi: 'Các Tiểu vương quốc Ả-rập Thống nhất', kind: 'partner', timeZone: 'Asia/Dubai' },
  { code: 'BR', nameEn: 'Brazil', nameVi: 'Bra-xin', kind: 'guest', timeZone: 'America/Sao_Paulo' },

  // Other ARF participants.
  { code: 'PG', nameEn: 'Papua New Guinea', nameVi: 'Pa-pua Niu Ghi-nê', kind: 'observer', timeZone: 'Pacific/Port_Moresby' },
  { code: 'BD', nameEn: 'Bangladesh', nameVi: 'Băng-la-đét', kind: 'guest', timeZone: 'Asia/Dhaka' },
  { code: 'KP', nameEn: "Democratic People's Republic of Korea", nameVi: 'CHDCND Triều Tiên', kind: 'guest', timeZone: 'Asia/Pyongyang' },
  { code: 'MN', nameEn: 'Mongolia', nameVi: 'Mông Cổ', kind: 'guest', timeZone: 'Asia/Ulaanbaatar' },
  { code: 'PK', nameEn: 'Pakistan', nameVi: 'Pa-ki-xtan', kind: 'guest', timeZone: 'Asia/Karachi' },
  { code: 'LK', nameEn: 'Sri Lanka', nameVi: 'Xri Lan-ca', kind: 'guest', timeZone: 'Asia/Colombo' },
  { code: 'TL', nameEn: 'Timor-Leste', nameVi: 'Ti-mo Lét-xtê', kind: 'guest', timeZone: 'Asia/Dili' },

  // ASEAN bodies.
  { code: 'ASEC', nameEn: 'ASEAN Secretariat', nameVi: 'Ban Thư ký ASEAN', kind: 'secretariat', timeZone: 'Asia/Jakarta' },
  {
    code: 'AICHR',
    nameEn: 'ASEAN Intergovernmental Commission on Human Rights',
    nameVi: 'Ủy ban liên Chính phủ ASEAN về Nhân quyền',
    kind: 'body',
    timeZone: 'Asia/Jakarta',
  },
  {
    code: 'AIPA',
    nameEn: 'ASEAN Inter-Parliamentary Assembly',
    nameVi: 'Đại hội đồng Liên nghị viện ASEAN',
    kind: 'body',
    timeZone: 'Asia/Jakarta',
  },
];

const YEAR_ONLY_EN = 'Year from public record; the day is not in the sources (1 January used).';
const YEAR_ONLY_VI = 'Năm theo tư liệu công khai; ngày cụ thể không có trong nguồn (dùng ngày 1/1).';

function dialoguePartnerSince(party: string, year: number): DemoPartnerStatus {
  return {
    party,
    status: 'dialogue_partner',
    since: `${year}-01-01`,
    noteEn: YEAR_ONLY_EN,
    noteVi: YEAR_ONLY_VI,
  };
}

export const partnerStatuses: DemoPartnerStatus[] = [
  dialoguePartnerSince('AU', 1974),
  dialoguePartnerSince('NZ', 1975),
  dialoguePartnerSince('JP', 1977),
  dialoguePartnerSince('CA', 1977),
  dialoguePartnerSince('EU', 1977),
  dialoguePartnerSince('US', 1977),
  dialoguePartnerSince('KR', 1991),
  dialoguePartnerSince('CN', 1996),
  dialoguePartnerSince('IN', 1996),
  dialoguePartnerSince('RU', 1996),
  {
    party: 'GB',
    status: 'development_partner',
    since: '2019-01-01',
    until: '2021-08-02',
    noteEn: 'Development partner since 2019 (day not in the sources; 1 January used).',
    noteVi: 'Đối tác phát triển từ năm 2019 (ngày cụ thể không có trong nguồn; dùng ngày 1/1).',
  },
  {
    party: 'GB',
    status: 'dialogue_partner',
    since: '2021-08-02',
    decidedAt: 'amm-54',
    noteEn: "Became ASEAN's 11th full dialogue partner at the 54th AMM.",
    noteVi: 'Trở thành Đối tác đối thoại đầy đủ thứ 11 của ASEAN tại Hội nghị AMM lần thứ 54.',
  },
  {
    party: 'AE',
    status: 'sectoral_dialogue_partner',
    since: '2021-08-02',
    decidedAt: 'amm-54',
    noteEn: 'Recognized as a sectoral dialogue partner at the 54th AMM.',
    noteVi: 'Được công nhận là Đối tác đối thoại theo lĩnh vực tại Hội nghị AMM lần thứ 54.',
  },
  {
    party: 'BR',
    status: 'applicant',
    since: '2021-01-01',
    noteEn: 'Application for sectoral dialogue partnership under consideration (year only; 1 January used).',
    noteVi: 'Đề nghị trở thành Đối tác đối thoại theo lĩnh vực đang được xem xét (chỉ rõ năm; dùng ngày 1/1).',
  },
  {
    party: 'PG',
    status: 'observer',
    since: '1976-01-01',
    noteEn: 'ASEAN observer since 1976 (public record; day not in the sources, 1 January used).',
    noteVi: 'Quan sát viên của ASEAN từ năm 1976 (tư liệu công khai; ngày cụ thể không có trong nguồn, dùng ngày 1/1).',
  },
];

export const chairmanships: DemoChairmanship[] = [
  {
    year: 2019,
    chair: 'TH',
    themeEn: 'Advancing Partnership for Sustainability',
    themeVi: 'Thúc đẩy quan hệ đối tác vì sự bền vững',
  },
  { year: 2020, chair: 'VN', themeEn: 'Cohesive and Responsive', themeVi: 'Gắn kết và Chủ động thích ứng' },
  {
    year: 2021,
    chair: 'BN',
    themeEn: 'We Care, We Prepare, We Prosper',
    themeVi: 'Chúng ta quan tâm, chúng ta chuẩn bị, chúng ta thịnh vượng',
  },
  {
    year: 2022,
    chair: 'KH',
    themeEn: 'ASEAN A.C.T.: Addressing Challenges Together',
    themeVi: 'ASEAN hành động: Cùng nhau vượt qua thách thức',
  },
];

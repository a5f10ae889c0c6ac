/** Meeting series: recurring meetings, numbered by edition where the press numbers them. */
import type { DemoSeries } from '../types.js';

/** Partner codes with their short English / Vietnamese labels as used in titles. */
export const PARTNER_LABELS: Readonly<Record<string, { en: string; vi: string }>> = {
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

export function partnerLabel(code: string): { en: string; vi: string } {
  const label = PARTNER_LABELS[code];
  if (!label) throw new Error(`no partner label for ${code}`);
  return label;
}

const PMC_PARTNERS = ['CN', 'JP', 'KR', 'US', 'RU', 'AU', 'NZ', 'IN', 'CA', 'EU'] as const;
const PARTNER_SUMMIT_PARTNERS = ['KR', 'CN', 'US', 'JP', 'AU', 'IN', 'RU'] as const;

const pmcSeries: DemoSeries[] = PMC_PARTNERS.map((p) => ({
  code: `PMC-${p}`,
  nameEn: `ASEAN Post Ministerial Conference with ${partnerLabel(p).en} (PMC+1)`,
  nameVi: `Hội nghị Bộ trưởng Ngoại giao ASEAN - ${partnerLabel(p).vi} (PMC+1)`,
  level: 'ministerial',
  partner: p,
}));

const partnerSummitSeries: DemoSeries[] = PARTNER_SUMMIT_PARTNERS.map((p) => ({
  code: `SUMMIT-${p}`,
  nameEn: `ASEAN-${partnerLabel(p).en} Summit`,
  nameVi: `Hội nghị Cấp cao ASEAN - ${partnerLabel(p).vi}`,
  level: 'leaders',
  partner: p,
}));

export const series: DemoSeries[] = [
  { code: 'SUMMIT', nameEn: 'ASEAN Summit', nameVi: 'Hội nghị Cấp cao ASEAN', level: 'leaders' },
  { code: 'SPECIAL-SUMMIT', nameEn: 'Special ASEAN Summit', nameVi: 'Hội nghị Cấp cao đặc biệt ASEAN', level: 'leaders' },
  { code: 'APT-SUMMIT', nameEn: 'ASEAN Plus Three Summit', nameVi: 'Hội nghị Cấp cao ASEAN+3', level: 'leaders' },
  { code: 'EAS', nameEn: 'East Asia Summit', nameVi: 'Hội nghị Cấp cao Đông Á (EAS)', level: 'leaders' },
  ...partnerSummitSeries,
  { code: 'AMM', nameEn: "ASEAN Foreign Ministers' Meeting", nameVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN', level: 'ministerial' },
  ...pmcSeries,
  {
    code: 'APT-FMM',
    nameEn: "ASEAN Plus Three Foreign Ministers' Meeting",
    nameVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN+3',
    level: 'ministerial',
  },
  {
    code: 'EAS-FMM',
    nameEn: "East Asia Summit Foreign Ministers' Meeting",
    nameVi: 'Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á (EAS)',
    level: 'ministerial',
  },
  { code: 'ARF', nameEn: 'ASEAN Regional Forum', nameVi: 'Diễn đàn Khu vực ASEAN (ARF)', level: 'ministerial' },
  { code: 'ACC', nameEn: 'ASEAN Coordinating Council', nameVi: 'Hội đồng Điều phối ASEAN (ACC)', level: 'ministerial' },
  {
    code: 'WPS-DIALOGUE',
    nameEn: "ASEAN Foreign Ministers' Dialogue on Women, Peace and Security",
    nameVi: 'Đối thoại của Bộ trưởng Ngoại giao ASEAN về phụ nữ, hòa bình và an ninh',
    level: 'ministerial',
  },
  {
    code: 'AICHR-DIALOGUE',
    nameEn: 'Dialogue between ASEAN Foreign Ministers and AICHR Representatives',
    nameVi: 'Đối thoại giữa các Bộ trưởng Ngoại giao ASEAN và các Đại diện AICHR',
    level: 'ministerial',
  },
  {
    code: 'SUBREGIONAL-FORUM',
    nameEn: 'ASEAN High-level Forum on Sub-regional Cooperation',
    nameVi: 'Diễn đàn cấp cao ASEAN về Hợp tác tiểu vùng',
    level: 'ministerial',
  },
  { code: 'SOM', nameEn: "ASEAN Senior Officials' Meeting (SOM)", nameVi: 'Hội nghị Quan chức cao cấp ASEAN (SOM)', level: 'senior_officials' },
  { code: 'JCM', nameEn: 'ASEAN Joint Consultative Meeting (JCM)', nameVi: 'Hội nghị tham vấn chung ASEAN (JCM)', level: 'senior_officials' },
  { code: 'ROK-DIALOGUE', nameEn: 'ASEAN-ROK Dialogue', nameVi: 'Đối thoại ASEAN - Hàn Quốc', level: 'senior_officials' },
  { code: 'AU-FORUM', nameEn: 'ASEAN-Australia Forum', nameVi: 'Diễn đàn Đối thoại ASEAN - Ô-xtrây-li-a', level: 'senior_officials' },
  {
    code: 'IAI-TF',
    nameEn: 'Initiative for ASEAN Integration (IAI) Task Force',
    nameVi: 'Nhóm đặc trách về Sáng kiến Liên kết ASEAN (IAI)',
    level: 'senior_officials',
  },
  {
    code: 'AICHR',
    nameEn: 'ASEAN Intergovernmental Commission on Human Rights (AICHR) meeting',
    nameVi: 'Cuộc họp Ủy ban liên Chính phủ ASEAN về Nhân quyền (AICHR)',
    level: 'working',
  },
  {
    code: 'AIPA',
    nameEn: 'AIPA General Assembly',
    nameVi: 'Đại hội đồng Liên nghị viện ASEAN (AIPA)',
    // Speakers of parliament: closest level in the vocabulary.
    level: 'leaders',
  },
  {
    code: 'NC',
    nameEn: 'Session of the National Committee for ASEAN 2020',
    nameVi: 'Phiên họp Ủy ban Quốc gia ASEAN 2020',
    level: 'national',
  },
];

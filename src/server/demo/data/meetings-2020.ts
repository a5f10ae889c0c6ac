/**
 * 2020 meetings outside the AMM-53 and 37th Summit clusters: the COVID-19
 * special summits, SOMs, the 36th Summit, AICHR, the ASEAN-ROK Dialogue,
 * the ASEAN-Australia Forum, AIPA-41 and the 6th National Committee session.
 *
 * Times of day are illustrative (host-local) unless a source gives them.
 */
import type { DemoMeeting } from '../types.js';
import { APT_PARTNERS, asec, delegationsOf, members } from './helpers.js';

/** Common fields of a meeting Viet Nam hosted virtually from Hanoi in 2020. */
const HANOI_VIRTUAL = {
  format: 'virtual',
  hostCityEn: 'Hanoi',
  hostCityVi: 'Hà Nội',
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  status: 'held',
  isPublic: true,
} as const satisfies Partial<DemoMeeting>;

const PM_HEADS = { VN: { headPerson: 'nguyen-xuan-phuc', headName: 'Nguyễn Xuân Phúc' } };
const SOM_HEADS = {
  VN: { headPerson: 'nguyen-quoc-dung', headName: 'Nguyễn Quốc Dũng', headLevel: 'deputy_minister' as const },
};

export const meetings2020: DemoMeeting[] = [
  {
    ...HANOI_VIRTUAL,
    chairParty: 'VN',
    key: 'special-summit-covid19-2020',
    series: 'SPECIAL-SUMMIT',
    titleEn: 'Special ASEAN Summit on COVID-19',
    titleVi: 'Hội nghị Cấp cao đặc biệt ASEAN về ứng phó dịch COVID-19',
    level: 'leaders',
    start: '2020-04-14T14:00',
    end: '2020-04-14T15:30',
    chairPerson: 'nguyen-xuan-phuc',
    agenda: [
      { titleEn: 'COVID-19 ASEAN Response Fund', titleVi: 'Quỹ ASEAN ứng phó với COVID-19' },
      {
        titleEn: 'ASEAN Regional Reserve of Medical Supplies',
        titleVi: 'Kho Dự trữ khu vực ASEAN về vật tư y tế',
      },
      {
        titleEn: 'ASEAN Standard Operating Procedures for Public Health Emergencies',
        titleVi: 'Quy trình Tiêu chuẩn của ASEAN ứng phó với các tình huống y tế công cộng khẩn cấp',
      },
      { titleEn: 'ASEAN post-COVID-19 recovery plan', titleVi: 'Kế hoạch Phục hồi của ASEAN hậu COVID-19' },
    ],
    delegations: [...members('head_of_state_or_government', PM_HEADS), asec()],
  },
  {
    ...HANOI_VIRTUAL,
    chairParty: 'VN',
    key: 'special-apt-summit-covid19-2020',
    series: 'APT-SUMMIT',
    titleEn: 'Special ASEAN Plus Three Summit on COVID-19',
    titleVi: 'Hội nghị Cấp cao đặc biệt ASEAN+3 về ứng phó dịch COVID-19',
    level: 'leaders',
    start: '2020-04-14T16:00',
    end: '2020-04-14T17:30',
    chairPerson: 'nguyen-xuan-phuc',
    delegations: [...members('head_of_state_or_government', PM_HEADS), ...delegationsOf(APT_PARTNERS, 'head_of_state_or_government'), asec()],
  },
  {
    ...HANOI_VIRTUAL,
    chairParty: 'VN',
    key: 'som-2020-05-18',
    series: 'SOM',
    titleEn: "ASEAN Senior Officials' Meeting (SOM), 18 May 2020",
    titleVi: 'Hội nghị Quan chức cao cấp ASEAN (SOM) ngày 18/5/2020',
    level: 'senior_officials',
    start: '2020-05-18T09:00',
    end: '2020-05-18T11:30',
    chairPerson: 'nguyen-quoc-dung',
    agenda: [
      {
        titleEn: 'Follow-up to the Special ASEAN and ASEAN+3 Summits on COVID-19 (14 April): the 4 main outcomes',
        titleVi: 'Triển khai 4 kết quả chính của Hội nghị Cấp cao đặc biệt ASEAN và ASEAN+3 về ứng phó dịch COVID-19 (14/4)',
      },
      {
        titleEn: 'Preparations for the 36th ASEAN Summit and related summits',
        titleVi: 'Chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 36 và các hội nghị liên quan',
      },
      {
        titleEn: 'Roadmap of the 2020 priority outcomes (before the 53rd AMM and the 37th Summit)',
        titleVi: 'Lộ trình triển khai các kết quả ưu tiên năm 2020 (trước AMM 53 và Hội nghị Cấp cao lần thứ 37)',
      },
    ],
    delegations: [...members('senior_official', SOM_HEADS), asec()],
  },
  {
    // Co-chaired by Malaysia and Australia; host city taken as Kuala Lumpur (virtual).
    key: 'au-forum-32',
    series: 'AU-FORUM',
    edition: 32,
    titleEn: '32nd ASEAN-Australia Forum',
    titleVi: 'Diễn đàn Đối thoại ASEAN - Ô-xtrây-li-a lần thứ 32',
    level: 'senior_officials',
    format: 'virtual',
    hostCityEn: 'Kuala Lumpur',
    hostCityVi: 'Cu-a-la Lăm-pơ',
    hostTimeZone: 'Asia/Kuala_Lumpur',
    start: '2020-05-18T14:00',
    end: '2020-05-18T16:00',
    status: 'held',
    coChairs: [{ party: 'MY' }, { party: 'AU' }],
    isPublic: true,
    delegations: [...members('senior_official'), { party: 'AU', headLevel: 'senior_official' }, asec()],
  },
  {
    ...HANOI_VIRTUAL,
    chairParty: 'VN',
    key: 'summit-36',
    series: 'SUMMIT',
    edition: 36,
    titleEn: '36th ASEAN Summit',
    titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 36',
    level: 'leaders',
    start: '2020-06-26T09:00',
    end: '2020-06-26T12:00',
    chairPerson: 'nguyen-xuan-phuc',
    delegations: [...members('head_of_state_or_government', PM_HEADS), asec()],
  },
  {
    ...HANOI_VIRTUAL,
    chairParty: 'VN',
    key: 'aichr-special-2020-1',
    series: 'AICHR',
    titleEn: 'AICHR Special Meeting 1/2020',
    titleVi: 'Cuộc họp đặc biệt 1/2020 của Ủy ban liên Chính phủ ASEAN về Nhân quyền (AICHR)',
    level: 'working',
    start: '2020-08-25T09:00',
    end: '2020-08-27T17:00',
    delegations: members('representative'),
  },
  {
    ...HANOI_VIRTUAL,
    key: 'rok-dialogue-24',
    // The chair of this dialogue is not in the sources, so none is given.
    series: 'ROK-DIALOGUE',
    edition: 24,
    titleEn: '24th ASEAN-ROK Dialogue',
    titleVi: 'Đối thoại ASEAN - Hàn Quốc lần thứ 24',
    level: 'senior_officials',
    start: '2020-08-26T14:00',
    end: '2020-08-26T16:00',
    delegations: [...members('senior_official', SOM_HEADS), { party: 'KR', headLevel: 'deputy_minister' }, asec()],
  },
  {
    ...HANOI_VIRTUAL,
    chairParty: 'VN',
    key: 'som-2020-09-07',
    series: 'SOM',
    titleEn: "ASEAN Senior Officials' Meeting (SOM) preparing the 53rd AMM",
    titleVi: 'Hội nghị Quan chức cao cấp ASEAN (SOM) chuẩn bị AMM 53',
    level: 'senior_officials',
    start: '2020-09-07T08:30',
    end: '2020-09-07T11:30',
    chairPerson: 'nguyen-quoc-dung',
    agenda: [
      {
        titleEn: 'Review of preparations for the 53rd AMM and related meetings',
        titleVi: 'Rà soát công tác chuẩn bị cho AMM 53 và các hội nghị liên quan',
      },
    ],
    delegations: [...members('senior_official', SOM_HEADS), asec()],
  },
  {
    ...HANOI_VIRTUAL,
    chairParty: 'VN',
    key: 'aipa-41',
    series: 'AIPA',
    edition: 41,
    titleEn: '41st AIPA General Assembly (AIPA-41)',
    titleVi: 'Đại hội đồng Liên nghị viện ASEAN lần thứ 41 (AIPA-41)',
    level: 'leaders',
    start: '2020-09-08T09:00',
    end: '2020-09-10T17:00',
    // Chaired by the National Assembly of Viet Nam (AIPA Chair 2020).
  },
  {
    key: 'nc-6',
    series: 'NC',
    edition: 6,
    titleEn: '6th session of the National Committee for ASEAN 2020',
    titleVi: 'Phiên họp lần thứ 6 Ủy ban Quốc gia ASEAN 2020',
    level: 'national',
    format: 'in_person',
    // At the Government Headquarters (Trụ sở Chính phủ).
    hostCityEn: 'Hanoi',
    hostCityVi: 'Hà Nội',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    start: '2020-10-27T14:00',
    end: '2020-10-27T16:30',
    status: 'held',
    chairParty: 'VN',
    chairPerson: 'pham-binh-minh',
    isPublic: false,
    agenda: [
      {
        titleEn: 'Report by Secretary-General Nguyễn Quốc Dũng on preparations for the 37th ASEAN Summit and related summits',
        titleVi: 'Tổng Thư ký Nguyễn Quốc Dũng báo cáo công tác chuẩn bị Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị cấp cao liên quan',
      },
      { titleEn: 'Programme and scenario of the summits', titleVi: 'Chương trình và kịch bản các hội nghị' },
      {
        titleEn: 'Organization, content and communications',
        titleVi: 'Công tác tổ chức, nội dung và thông tin tuyên truyền',
      },
      { titleEn: 'Protocol, security and safety', titleVi: 'Công tác lễ tân, an ninh và an toàn' },
      {
        titleEn: 'Assignment of tasks to the subcommittees and ministries',
        titleVi: 'Phân công nhiệm vụ cho các tiểu ban và các bộ, ngành',
      },
    ],
  },
];

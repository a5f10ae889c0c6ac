/**
 * Demo briefings and articles, from facts in the domain brief and the seed
 * pages. Times of day not given by the sources are illustrative.
 */
import type { BriefingInput, BriefingRemarks } from './schemas.js';

export interface DemoArticle {
  slug: string;
  titleEn: string;
  titleVi: string;
  leadEn: string;
  leadVi: string;
  bodyEn: string;
  bodyVi: string;
  publishAt: string;
  meetings: string[];
  people: string[];
}

type DemoBriefing = Omit<BriefingInput, 'meetingId' | 'speakerPersonId'> & {
  meeting: string;
  speakerPerson?: string;
  /** What the speaker said (reported in seed page 000) and the demo article already written from it. */
  remarks?: BriefingRemarks & { articleSlug: string };
};

export const demoBriefings: DemoBriefing[] = [
  {
    meeting: 'amm-53',
    startsAt: new Date('2020-09-07T15:00:00+07:00'),
    timeZone: 'Asia/Ho_Chi_Minh',
    placeEn: 'Ministry of Foreign Affairs, Hanoi',
    placeVi: 'Bộ Ngoại giao, Hà Nội',
    topicEn: "53rd ASEAN Foreign Ministers' Meeting and related meetings",
    topicVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 và các Hội nghị liên quan',
    speakers: ['Nguyễn Quốc Dũng'],
    speakerPerson: 'nguyen-quoc-dung',
    remarks: {
      articleSlug: 'amm-53-press-briefing',
      remarksVi:
        'AMM 53 và các Hội nghị liên quan được tổ chức từ ngày 9-12/9 theo hình thức trực tuyến với sự tham gia của 27 đoàn thuộc 4 châu lục với các múi giờ khác nhau.\n\n' +
        'Trong khuôn khổ sự kiện, sẽ diễn ra khoảng 20 hội nghị, phiên họp cấp bộ trưởng.\n\n' +
        'Dự kiến sẽ có khoảng 40 văn kiện được xem xét, ghi nhận và thông qua; trong đó, đáng chú ý là Thông báo chung của AMM 53, Kế hoạch hành động Hà Nội II của ARF và Tuyên bố Hà Nội kỷ niệm 15 năm thành lập EAS.',
      remarksEn:
        'AMM-53 and the related meetings are held online from 9 to 12 September, with 27 delegations from four continents in different time zones.\n\n' +
        'About 20 meetings and ministerial sessions take place during the event.\n\n' +
        'About 40 documents are to be considered, noted or adopted, among them the AMM-53 Joint Communiqué, the ARF Hanoi Plan of Action II and the Hanoi Declaration on the 15th anniversary of the EAS.',
    },
  },
  {
    meeting: 'summit-37',
    startsAt: new Date('2020-11-09T15:00:00+07:00'),
    timeZone: 'Asia/Ho_Chi_Minh',
    placeEn: 'International Media Center, Hanoi',
    placeVi: 'Trung tâm Báo chí quốc tế, Hà Nội',
    topicEn: '37th ASEAN Summit and related summits',
    topicVi: 'Hội nghị Cấp cao ASEAN lần thứ 37 và các Hội nghị Cấp cao liên quan',
    speakers: ['National Committee for ASEAN 2020'],
  },
];

export const demoArticles: DemoArticle[] = [
  {
    slug: 'amm-53-press-briefing',
    titleEn: 'AMM-53 and related meetings: about 20 meetings, 27 delegations from four continents',
    titleVi: 'AMM 53 và các Hội nghị liên quan: khoảng 20 hội nghị, 27 đoàn từ 4 châu lục',
    leadEn:
      'At a press briefing in Hanoi on 7 September, Deputy Minister Nguyễn Quốc Dũng presented the 53rd ASEAN Foreign Ministers’ Meeting, held online from 9 to 12 September.',
    leadVi:
      'Chiều 7/9, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng đã chủ trì buổi họp báo về Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 (AMM 53) và các Hội nghị liên quan, diễn ra trực tuyến từ ngày 9-12/9.',
    bodyEn:
      '<p>Deputy Prime Minister and Foreign Minister Phạm Bình Minh chairs AMM-53 and the related meetings; Prime Minister Nguyễn Xuân Phúc speaks at the opening on 9 September.</p><p>About 40 documents are to be considered, noted or adopted, among them the AMM-53 Joint Communiqué, the ARF Hanoi Plan of Action II and the Hanoi Declaration on the 15th anniversary of the East Asia Summit.</p>',
    bodyVi:
      '<p>Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh sẽ chủ trì AMM 53 và các Hội nghị liên quan. Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ dự và phát biểu tại Phiên khai mạc ngày 9/9.</p><p>Dự kiến sẽ có khoảng 40 văn kiện được xem xét, ghi nhận và thông qua; trong đó đáng chú ý là Thông báo chung của AMM 53, Kế hoạch hành động Hà Nội II của ARF và Tuyên bố Hà Nội kỷ niệm 15 năm thành lập EAS.</p>',
    publishAt: '2020-09-07T20:14:00+07:00',
    meetings: ['amm-53', 'arf-27'],
    people: ['nguyen-quoc-dung', 'pham-binh-minh', 'nguyen-xuan-phuc'],
  },
  {
    slug: 'summit-37-press-center-opens',
    titleEn: 'Press center of the 37th ASEAN Summit opens for 200 reporters',
    titleVi: 'Trung tâm báo chí Hội nghị Cấp cao ASEAN lần thứ 37 mở cửa đón 200 phóng viên',
    leadEn: 'The press center of the 37th ASEAN Summit opened in Hanoi on 9 November with room for 200 reporters, ahead of the summits of 12–15 November.',
    leadVi:
      'Ngày 9/11, Trung tâm báo chí Hội nghị Cấp cao ASEAN lần thứ 37 đã mở cửa tại Hà Nội với sức chứa 200 phóng viên, trước các hội nghị cấp cao diễn ra từ ngày 12-15/11.',
    bodyEn: '<p>A press briefing on the 37th Summit was held the same afternoon. Journalists apply for accreditation on this portal.</p>',
    bodyVi: '<p>Chiều cùng ngày đã diễn ra buổi họp báo về Hội nghị Cấp cao ASEAN lần thứ 37. Phóng viên đăng ký tác nghiệp trên cổng thông tin này.</p>',
    publishAt: '2020-11-09T17:00:00+07:00',
    meetings: ['summit-37'],
    people: [],
  },
  {
    slug: 'som-18-may-2020',
    titleEn: 'ASEAN senior officials review the follow-up of the special summits on COVID-19',
    titleVi: 'Quan chức cao cấp ASEAN rà soát triển khai kết quả các Hội nghị Cấp cao đặc biệt về COVID-19',
    leadEn: 'On 18 May, Deputy Minister Nguyễn Quốc Dũng, as ASEAN Chair 2020, chaired the online meeting of ASEAN Senior Officials at deputy-minister level.',
    leadVi:
      'Ngày 18/5, Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN Việt Nam Nguyễn Quốc Dũng trong vai trò Chủ tịch ASEAN 2020 đã tham dự họp trực tuyến các Quan chức Cao cấp (SOM) ASEAN cấp Thứ trưởng Ngoại giao.',
    bodyEn:
      '<p>He proposed to focus on the four outcomes decided by the leaders: the ASEAN COVID-19 Response Fund, the ASEAN Regional Reserve of Medical Supplies, standard procedures for public health emergencies and a post-pandemic recovery plan.</p><p>Vietnam is preparing the 36th ASEAN Summit, planned for late June 2020.</p>',
    bodyVi:
      '<p>Thứ trưởng đề nghị tập trung triển khai 4 kết quả chính: Thành lập Quỹ ASEAN ứng phó với COVID-19; xây dựng Kho Dự trữ khu vực ASEAN về vật tư y tế; xây dựng Quy trình Tiêu chuẩn của ASEAN ứng phó với các tình huống y tế công cộng khẩn cấp và Kế hoạch Phục hồi của ASEAN hậu COVID-19.</p><p>Việt Nam đang tích cực chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 36, dự kiến diễn ra vào cuối tháng 6/2020.</p>',
    publishAt: '2020-05-18T16:09:00+07:00',
    meetings: ['som-2020-05-18', 'summit-36'],
    people: ['nguyen-quoc-dung'],
  },
];

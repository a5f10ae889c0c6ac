/**
 * The words in the demo files. None of it is the text of a real declaration
 * or statement (the sources do not quote them): each file says so at the top,
 * in both languages. The phrasing only follows the usual shape of such
 * documents so that search, snippets and the version diff have something to show.
 */

export const illustrative = {
  en: 'ILLUSTRATIVE TEXT generated for the Gavel demonstration. This is not the text of the document named above.',
  vi: 'VĂN BẢN MINH HỌA do bản trình diễn Gavel tạo ra. Đây không phải văn bản của văn kiện nêu trên.',
};

export interface DemoText {
  /** The registry title the file belongs to (titles of named documents are unique). */
  titleEn: string;
  en: string[];
  vi: string[];
}

export const postVision: DemoText = {
  titleEn: 'Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision',
  en: [
    'We, the Heads of State or Government of the Member States of ASEAN, meeting at the 37th ASEAN Summit under the Chairmanship of Viet Nam, whose theme for 2020 is "Cohesive and Responsive",',
    'Noting the progress made in carrying out the ASEAN Community Vision 2025 and its three community blueprints, for the political-security, economic and socio-cultural pillars,',
    'Recognising that the region faces new challenges that call for an ASEAN Community that is cohesive, responsive and centred on its people,',
    'Hereby agree to begin work on the ASEAN Community’s post-2025 vision, building on what the three pillars have achieved;',
    'Task the ASEAN Coordinating Council, supported by the ASEAN Secretariat, to guide that work and to report on its progress to the Summit.',
  ],
  vi: [
    'Chúng tôi, những người đứng đầu Nhà nước và Chính phủ các quốc gia thành viên ASEAN, nhóm họp tại Hội nghị Cấp cao ASEAN lần thứ 37 dưới sự chủ trì của Việt Nam, với chủ đề năm 2020 "Gắn kết và Chủ động thích ứng",',
    'Ghi nhận những tiến bộ trong việc thực hiện Tầm nhìn Cộng đồng ASEAN 2025 và các kế hoạch tổng thể của ba trụ cột chính trị - an ninh, kinh tế và văn hóa - xã hội,',
    'Nhận thức rằng khu vực đang đối mặt với những thách thức mới, đòi hỏi một Cộng đồng ASEAN gắn kết, chủ động thích ứng và lấy người dân làm trung tâm,',
    'Nhất trí bắt đầu xây dựng Tầm nhìn Cộng đồng ASEAN sau năm 2025, dựa trên những thành tựu của ba trụ cột;',
    'Giao Hội đồng Điều phối ASEAN, với sự hỗ trợ của Ban Thư ký ASEAN, chỉ đạo công việc này và báo cáo tiến độ lên Hội nghị Cấp cao.',
  ],
};

export const socialWork: DemoText = {
  titleEn: 'Ha Noi Declaration on Strengthening Social Work towards a Cohesive and Responsive ASEAN Community',
  en: [
    'We, the Heads of State or Government of the Member States of ASEAN, on the occasion of the 37th ASEAN Summit,',
    'Recognising the role of social work in protecting vulnerable groups, including children, older persons and persons with disabilities,',
    'Agree to strengthen social work education, training and services across the region, and to share experience among Member States;',
    'Task the ASEAN Socio-Cultural Community pillar to follow up on this declaration.',
  ],
  vi: [
    'Chúng tôi, những người đứng đầu Nhà nước và Chính phủ các quốc gia thành viên ASEAN, nhân dịp Hội nghị Cấp cao ASEAN lần thứ 37,',
    'Ghi nhận vai trò của công tác xã hội trong việc bảo vệ các nhóm dễ bị tổn thương, trong đó có trẻ em, người cao tuổi và người khuyết tật,',
    'Nhất trí tăng cường đào tạo, bồi dưỡng và dịch vụ công tác xã hội trong khu vực, và chia sẻ kinh nghiệm giữa các quốc gia thành viên;',
    'Giao trụ cột Cộng đồng Văn hóa - Xã hội ASEAN triển khai tuyên bố này.',
  ],
};

export const easAnniversary: DemoText = {
  titleEn: 'Ha Noi Declaration on the 15th Anniversary of the East Asia Summit',
  en: [
    'We, the Heads of State or Government of the participating countries of the East Asia Summit, meeting at the 15th East Asia Summit,',
    'Marking fifteen years since the first East Asia Summit, a leaders-led forum for dialogue on broad strategic, political and economic issues,',
    'Reaffirm ASEAN centrality in the East Asia Summit and our commitment to peace, stability and prosperity in the region.',
  ],
  vi: [
    'Chúng tôi, những người đứng đầu Nhà nước và Chính phủ các nước tham gia Hội nghị Cấp cao Đông Á, nhóm họp tại Hội nghị Cấp cao Đông Á lần thứ 15,',
    'Đánh dấu mười lăm năm kể từ Hội nghị Cấp cao Đông Á đầu tiên, diễn đàn do lãnh đạo dẫn dắt để đối thoại về các vấn đề chiến lược, chính trị và kinh tế,',
    'Tái khẳng định vai trò trung tâm của ASEAN trong Hội nghị Cấp cao Đông Á và cam kết vì hòa bình, ổn định và thịnh vượng trong khu vực.',
  ],
};

/** Two versions: the draft circulated to delegations, and the text as issued. */
export const chairmansStatement = {
  titleEn: 'Chairman’s Statement of the 37th ASEAN Summit',
  draft: [
    'Chairman’s Statement of the 37th ASEAN Summit — draft for circulation',
    '1. The 37th ASEAN Summit was held by video conference under the Chairmanship of Viet Nam.',
    '2. We reviewed progress in building the ASEAN Community and discussed the response to the COVID-19 pandemic.',
    '3. We welcomed the work of the three community pillars during the year.',
    '4. We discussed regional and international issues of common interest.',
  ],
  final: [
    'Chairman’s Statement of the 37th ASEAN Summit',
    '1. The 37th ASEAN Summit was held by video conference on 12 November 2020 under the Chairmanship of Viet Nam.',
    '2. We reviewed progress in building a cohesive and responsive ASEAN Community and discussed the comprehensive recovery from the COVID-19 pandemic.',
    '3. We welcomed the work of the three community pillars during the year and the outcome documents adopted, noted or issued at this Summit.',
    '4. We discussed regional and international issues of common interest.',
    '5. We thanked Viet Nam for its Chairmanship and looked forward to Brunei Darussalam’s Chairmanship in 2021.',
  ],
};

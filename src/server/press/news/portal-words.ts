/**
 * The portal's own words in both languages, for its pages as HTML
 * (portal-html.ts) and its Atom feed (atom.ts); the app has them in
 * web/src/press/i18n. Titles, places and names come from the data.
 */
export type PortalLanguage = 'vi' | 'en';

interface Words {
  portal: string;
  /** The Atom feed's title and author (the press centre). */
  feedTitle: string;
  feedAuthor: string;
  description: string;
  feed: string;
  latest: string;
  none: string;
  briefings: string;
  documents: string;
  documentCount: (n: number) => string;
  mostRead: string;
  meeting: string;
  where: string;
  when: string;
  outcomes: (n: number) => string;
  noOutcomes: string;
  meetingNews: string;
  follow: string;
  inRegistry: string;
  related: string;
  photoCredit: (credit: string) => string;
  tags: string;
  /** A meeting's format; its status only when the public must be told (postponed, cancelled). */
  format: Record<string, string>;
  status: Record<string, string>;
}

export const portalWords: Record<PortalLanguage, Words> = {
  vi: {
    portal: 'Cổng thông tin',
    feedTitle: 'Gavel — Tin tức năm Chủ tịch ASEAN',
    feedAuthor: 'Trung tâm báo chí năm Chủ tịch ASEAN',
    description: 'Tin tức, họp báo, lịch các hội nghị công khai và văn kiện được thông qua trong năm Chủ tịch ASEAN.',
    feed: 'Nguồn tin Atom',
    latest: 'Tin mới nhất',
    none: 'Chưa có tin nào.',
    briefings: 'Họp báo',
    documents: 'Văn kiện của các hội nghị',
    documentCount: (n: number) => `${n} văn kiện`,
    mostRead: 'Đọc nhiều nhất',
    meeting: 'Hội nghị',
    where: 'Địa điểm',
    when: 'Thời gian',
    outcomes: (n: number) => `Văn kiện công khai (${n})`,
    noOutcomes: 'Chưa có văn kiện công khai nào.',
    meetingNews: 'Tin về hội nghị',
    follow: 'Theo dõi trực tiếp',
    inRegistry: 'Xem trong sổ văn kiện',
    related: 'Tin liên quan',
    photoCredit: (credit: string) => `(Ảnh: ${credit})`,
    tags: 'Liên quan',
    format: { in_person: 'Trực tiếp', virtual: 'Trực tuyến', hybrid: 'Kết hợp trực tiếp và trực tuyến' },
    status: { postponed: 'Đã hoãn', cancelled: 'Đã hủy' },
  },
  en: {
    portal: 'Portal',
    feedTitle: 'Gavel — News of the ASEAN chairmanship',
    feedAuthor: 'Press centre of the ASEAN chairmanship',
    description: 'News, press briefings, the public meetings and the documents they adopted during the ASEAN chairmanship year.',
    feed: 'Atom feed',
    latest: 'Latest news',
    none: 'No news yet.',
    briefings: 'Press briefings',
    documents: "The meetings' documents",
    documentCount: (n: number) => `${n} document${n === 1 ? '' : 's'}`,
    mostRead: 'Most read',
    meeting: 'Meeting',
    where: 'Where',
    when: 'When',
    outcomes: (n: number) => `Public documents (${n})`,
    noOutcomes: 'No public documents yet.',
    meetingNews: 'News of the meeting',
    follow: 'Follow live',
    inRegistry: 'See them in the registry',
    related: 'Related news',
    photoCredit: (credit: string) => `(Photo: ${credit})`,
    tags: 'Tagged',
    format: { in_person: 'In person', virtual: 'Online', hybrid: 'In person and online' },
    status: { postponed: 'Postponed', cancelled: 'Cancelled' },
  },
};

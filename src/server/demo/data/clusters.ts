/** Clusters: a main meeting and its related meetings, held together. */
import type { DemoCluster } from '../types.js';

export const clusters: DemoCluster[] = [
  {
    key: 'amm53',
    titleEn: '53rd AMM and related meetings',
    titleVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 và các hội nghị liên quan',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    startsOn: '2020-09-09',
    endsOn: '2020-09-12',
  },
  {
    key: 'summit37',
    titleEn: '37th ASEAN Summit and related summits',
    titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị cấp cao liên quan',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    startsOn: '2020-11-12',
    endsOn: '2020-11-15',
  },
  {
    key: 'summit38-39',
    titleEn: '38th and 39th ASEAN Summits and related summits',
    titleVi: 'Hội nghị Cấp cao ASEAN lần thứ 38, 39 và các hội nghị cấp cao liên quan',
    hostTimeZone: 'Asia/Brunei',
    startsOn: '2021-10-26',
    endsOn: '2021-10-28',
  },
];

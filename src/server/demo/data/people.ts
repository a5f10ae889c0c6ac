/**
 * People named in the sources. Roles held before the chairmanship year start
 * on 2020-01-01 because earlier start dates are not in the sources; end dates
 * are not in the sources either and are left open.
 */
import type { DemoPerson } from '../types.js';

const YEAR_START = '2020-01-01';

export const people: DemoPerson[] = [
  {
    key: 'pham-binh-minh',
    fullName: 'Phạm Bình Minh',
    party: 'VN',
    roles: [
      { titleEn: 'Deputy Prime Minister', titleVi: 'Phó Thủ tướng Chính phủ', from: YEAR_START },
      { titleEn: 'Minister of Foreign Affairs', titleVi: 'Bộ trưởng Bộ Ngoại giao', from: YEAR_START },
      {
        titleEn: 'Chair of the National Committee for ASEAN 2020',
        titleVi: 'Chủ tịch Ủy ban Quốc gia ASEAN 2020',
        from: YEAR_START,
      },
    ],
  },
  {
    key: 'nguyen-xuan-phuc',
    fullName: 'Nguyễn Xuân Phúc',
    party: 'VN',
    roles: [{ titleEn: 'Prime Minister', titleVi: 'Thủ tướng Chính phủ', from: YEAR_START }],
  },
  {
    key: 'nguyen-quoc-dung',
    fullName: 'Nguyễn Quốc Dũng',
    party: 'VN',
    roles: [
      { titleEn: 'Deputy Minister of Foreign Affairs', titleVi: 'Thứ trưởng Bộ Ngoại giao', from: YEAR_START },
      { titleEn: 'ASEAN SOM Leader of Viet Nam', titleVi: 'Trưởng SOM ASEAN Việt Nam', from: YEAR_START },
      {
        titleEn: 'Secretary-General of the National Committee for ASEAN 2020',
        titleVi: 'Tổng Thư ký Ủy ban Quốc gia ASEAN 2020',
        from: YEAR_START,
      },
    ],
  },
  {
    key: 'mai-tien-dung',
    fullName: 'Mai Tiến Dũng',
    party: 'VN',
    roles: [
      {
        titleEn: 'Minister, Head of the Government Office',
        titleVi: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
        from: YEAR_START,
      },
      {
        titleEn: 'Vice-Chair of the National Committee for ASEAN 2020',
        titleVi: 'Phó Chủ tịch Ủy ban Quốc gia ASEAN 2020',
        from: YEAR_START,
      },
    ],
  },
  {
    key: 'tran-tuan-anh',
    fullName: 'Trần Tuấn Anh',
    party: 'VN',
    roles: [
      { titleEn: 'Minister of Industry and Trade', titleVi: 'Bộ trưởng Bộ Công Thương', from: YEAR_START },
      {
        titleEn: 'Vice-Chair of the National Committee for ASEAN 2020',
        titleVi: 'Phó Chủ tịch Ủy ban Quốc gia ASEAN 2020',
        from: YEAR_START,
      },
    ],
  },
  {
    key: 'lim-jock-hoi',
    fullName: 'Dato Lim Jock Hoi',
    party: 'ASEC',
    // Term 2018–2022 is public record.
    roles: [{ titleEn: 'Secretary-General of ASEAN', titleVi: 'Tổng Thư ký ASEAN', from: '2018-01-01', to: '2022-12-31' }],
  },
];

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.js';

const HCM = 'Asia/Ho_Chi_Minh';

describe('parseDateline', () => {
  it.each([
    ['20:14 | 07/09/2020 GMT+7', '2020-09-07T13:14:00Z', '+07:00', true],
    ['Thứ hai, 18/05/2020 - 16:09', '2020-05-18T09:09:00Z', HCM, false],
    ['Cập nhật: 09/11/2020 15:30 (GMT+07:00)', '2020-11-09T08:30:00Z', '+07:00', true],
    ['September 7, 2020 8:14 PM ICT', '2020-09-07T13:14:00Z', '+07:00', true],
    ['Published: 12 November 2020 10:05 UTC+8', '2020-11-12T02:05:00Z', '+08:00', true],
    ['2020-09-07T20:14:00+07:00', '2020-09-07T13:14:00Z', '+07:00', true],
    ['Chủ nhật, ngày 15 tháng 11 năm 2020', '2020-11-14T17:00:00Z', HCM, false],
  ])('reads %s', (line, instant, zone, zoneStated) => {
    expect(parseDateline(line, HCM)).toMatchObject({ instant, zone, zoneStated });
  });

  it('marks a date without a time as day precision', () => {
    expect(parseDateline('14/11/2020', HCM)?.precision).toBe('day');
  });

  it.each([
    'Chiều 7/9, tại Hà Nội, Thứ trưởng chủ trì buổi họp báo',
    'Cuộc họp nhóm đặc trách IAI lần thứ 65 (08/9/2021)',
    '12:46 11/12/2024(Thanh tra) - Ông Benjamin Netanyahu là Thủ tướng',
    'Hội nghị Cấp cao ASEAN lần thứ 37',
    '31/02/2020',
    '45/13/2020',
  ])('does not take a date from %s', (line) => {
    expect(parseDateline(line, HCM)).toBeNull();
  });

  it('round-trips any printed day/month/year and time with an offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -11, max: 12 }),
        (date, offset) => {
          const shifted = new Date(date.getTime() + offset * 3_600_000);
          const pad = (n: number) => String(n).padStart(2, '0');
          const line = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())} | ${pad(shifted.getUTCDate())}/${pad(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()} GMT${offset >= 0 ? '+' : '-'}${Math.abs(offset)}`;
          const parsed = parseDateline(line, HCM);
          const expected = new Date(Math.floor(date.getTime() / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
          expect(parsed?.instant).toBe(expected);
        },
      ),
    );
  });
});

describe('figures are read as whole tokens', () => {
  it.each([
    // A time with a stray figure is no time: not read as 14:35.
    '07/09/2020 14:355',
    '14:355 | 07/09/2020 GMT+7',
    '14h355 07/09/2020',
    '2020-11-12 14:355',
    '2020-11-12 14:35:601',
    '2020-11-12T14:355',
    '2020年11月12日 14:355',
    '2020年11月12日 14时355分',
    'September 7, 2020 8:145 PM',
    // A date with figures running on: no year, month or day can be cut out of them.
    '12020-11-12',
    '2020-11-123',
    '2020-09-0720',
    '2020-09-072020',
    '07/09/20201',
    'September 7, 20201',
    '7 September 20201',
    'ngày 7 tháng 9 năm 20201',
    // A zone printed but not an offset is not replaced by the assumed one.
    '2020-11-12 14:35 GMT+77',
    '2020-11-12 14:35 GMT+7123',
    '2020-11-12 14:35 UTC+7:99',
  ])('does not read %s', (line) => {
    expect(parseDateline(line, HCM)).toBeNull();
  });

  it.each([
    ['2020-11-12 14:35:00', '2020-11-12T07:35:00Z'],
    ['2020-11-12 14:35 GMT+07', '2020-11-12T07:35:00Z'],
    ['2020-11-12 14:35 UTC+07:30', '2020-11-12T07:05:00Z'],
    ['12/11/2020 14:35 PM', '2020-11-12T07:35:00Z'],
  ])('still reads %s', (line, instant) => {
    expect(parseDateline(line, HCM)?.instant).toBe(instant);
  });

  it('never reads a time or a year that has more figures than it shows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1995, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom('dmy-time', 'time-dmy', 'iso-time', 'zh-time', 'dmy-year', 'iso-day', 'month-name-year'),
        (year, month, day, hour, minute, extra, form) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const time = `${pad(hour)}:${pad(minute)}${extra}`;
          const line = {
            'dmy-time': `${pad(day)}/${pad(month)}/${year} ${time}`,
            'time-dmy': `${time} | ${pad(day)}/${pad(month)}/${year}`,
            'iso-time': `${year}-${pad(month)}-${pad(day)} ${time}`,
            'zh-time': `${year}年${month}月${day}日 ${time}`,
            'dmy-year': `${pad(day)}/${pad(month)}/${year}${extra}`,
            'iso-day': `${year}-${pad(month)}-${pad(day)}${extra}`,
            'month-name-year': `November ${day}, ${year}${extra}`,
          }[form];
          expect(parseDateline(line, HCM), line).toBeNull();
        },
      ),
    );
  });
});

describe('dates as the corpus sites print them', () => {
  it.each([
    ['Kinh tế 14/03/2021 08:15', '2021-03-14T01:15:00Z', 'minute'],
    ['Thời sự 12/11/2020 10:15', '2020-11-12T03:15:00Z', 'minute'],
    ['Chính trị - Xã hội 12/11/2020', '2020-11-11T17:00:00Z', 'day'],
    ['Jakarta ● Tue, April 14, 2020', '2020-04-13T17:00:00Z', 'day'],
    ['Update: November, 12/2020 - 10:15', '2020-11-12T03:15:00Z', 'minute'],
    ['Thứ năm, 12-11-2020, 10:15', '2020-11-12T03:15:00Z', 'minute'],
    ['Thứ năm, 10:15, 12/11/2020', '2020-11-12T03:15:00Z', 'minute'],
    ['Published Nov 12, 2020, 5:40 pm SGT', '2020-11-12T09:40:00Z', 'minute'],
  ])('reads %s', (line, instant, precision) => {
    expect(parseDateline(line, HCM)).toMatchObject({ instant, precision });
  });

  it.each(['Theo ông Minh, 12/11/2020 10:15', 'Hội nghị lần thứ 37 12/11/2020', 'Kinh tế thế giới năm nay phục hồi 12/11/2020'])(
    'does not take a sentence or a long label for a date line: %s',
    (line) => {
      expect(parseDateline(line, HCM)).toBeNull();
    },
  );

  it('marks figures that read two ways as ambiguous, in the site’s order', () => {
    expect(parseDateline('03/04/2021', HCM)).toMatchObject({ instant: '2021-04-02T17:00:00Z', ambiguous: true });
    expect(parseDateline('03/04/2021', HCM, { order: 'mdy' })).toMatchObject({ instant: '2021-03-03T17:00:00Z', ambiguous: true });
    expect(parseDateline('11/12/2020 12:15 PM UTC', HCM, { order: 'mdy' })).toMatchObject({ instant: '2020-11-12T12:15:00Z', ambiguous: true });
    for (const line of ['13/04/2021', '04/13/2021', '04/04/2021', 'April 3, 2021', '2021-04-03']) {
      expect(parseDateline(line, HCM)?.ambiguous, line).toBe(false);
    }
    expect(parseDateline('04/13/2021', HCM)?.instant).toBe('2021-04-12T17:00:00Z');
  });

  it('does not read the figures of a date as a zone offset ("15-11-2020")', () => {
    expect(parseDateline('Chủ nhật, 15-11-2020, 17:05', HCM)).toMatchObject({ instant: '2020-11-15T10:05:00Z', zone: HCM, zoneStated: false });
  });
});

describe('dates as Chinese pages print them', () => {
  const SHANGHAI = 'Asia/Shanghai';
  it.each([
    ['2020年11月12日', '2020-11-11T16:00:00Z', 'day'],
    ['2020年11月12日 14:35', '2020-11-12T06:35:00Z', 'minute'],
    ['2020年11月12日14:35', '2020-11-12T06:35:00Z', 'minute'],
    ['2020-11-12 14:35:00 来源：新华网', '2020-11-12T06:35:00Z', 'minute'],
    ['2020年11月12日14:35 | 来源：人民网－国际频道', '2020-11-12T06:35:00Z', 'minute'],
    ['发布时间：2020-11-12 14:35', '2020-11-12T06:35:00Z', 'minute'],
    ['国际 2020年11月12日 14:35', '2020-11-12T06:35:00Z', 'minute'],
    ['2020年11月12日 星期四', '2020-11-11T16:00:00Z', 'day'],
    ['２０２０年１１月１２日 １４：３５', '2020-11-12T06:35:00Z', 'minute'],
    ['二〇二〇年十一月十二日', '2020-11-11T16:00:00Z', 'day'],
    ['2020年十一月十二日 下午2:35', '2020-11-12T06:35:00Z', 'minute'],
    ['2020/11/12 14:35', '2020-11-12T06:35:00Z', 'minute'],
    ['《 人民日报 》（ 2020年11月13日   第 03 版）', '2020-11-12T16:00:00Z', 'day'],
  ])('reads %s in the page’s zone', (line, instant, precision) => {
    expect(parseDateline(line, SHANGHAI)).toMatchObject({ instant, precision, zone: SHANGHAI, zoneStated: false, ambiguous: false, text: line });
  });

  it('takes "北京时间" (Beijing time) as a printed zone, and the zone assumed otherwise is the caller’s', () => {
    expect(parseDateline('北京时间2020年11月12日 14时35分', HCM)).toMatchObject({ instant: '2020-11-12T06:35:00Z', zone: '+08:00', zoneStated: true });
    expect(parseDateline('2020年11月12日 14:35', HCM)).toMatchObject({ instant: '2020-11-12T07:35:00Z', zone: HCM, zoneStated: false });
  });

  it.each([
    '2020年13月40日',
    '2020年2月30日',
    '２０２０年１３月１２日',
    '会议于2020年11月12日举行',
    '会议于2020年11月12日',
    '第23次中国－东盟领导人会议2020年11月12日以视频方式举行',
    '今天 14:35',
    '3小时前',
    '11月12日 14:35',
    '12020年11月12日',
    '１２０２０年１１月１２日 １４：３５',
    '2020年11月12日 114时35分',
  ])('does not take a date from %s (impossible, a sentence, relative or without a year)', (line) => {
    expect(parseDateline(line, SHANGHAI)).toBeNull();
  });
});

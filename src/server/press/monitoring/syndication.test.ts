import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../tests/helpers/press-corpus.js';
import { parsePage } from './clipping.js';
import { findStory, jaccard, sameStory, storyPrint } from './syndication.js';

const dispatch = [
  'Sáng 12/11, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc chủ trì khai mạc Hội nghị Cấp cao ASEAN lần thứ 37 theo hình thức trực tuyến.',
  'Phát biểu khai mạc, Thủ tướng nhấn mạnh ASEAN cần gắn kết và chủ động thích ứng trước những thách thức chưa từng có của đại dịch COVID-19.',
  'Các nhà lãnh đạo đã thông qua nhiều văn kiện quan trọng về phục hồi kinh tế và ứng phó dịch bệnh trong khu vực.',
].join('\n\n');

describe('syndicated stories', () => {
  it('groups the same dispatch under different headlines, with an outlet paragraph added', () => {
    const a = storyPrint({ headline: 'Khai mạc Hội nghị Cấp cao ASEAN 37', title: '', body: dispatch });
    const b = storyPrint({ headline: 'Thủ tướng chủ trì Hội nghị Cấp cao ASEAN', title: '', body: `${dispatch}\n\nTheo TTXVN.` });
    expect(jaccard(a.shingles, b.shingles)).toBeGreaterThan(0.8);
    expect(sameStory(a, b)).toBe(true);
  });

  it('matches headlines without their marks, and keeps different stories apart', () => {
    const a = storyPrint({ headline: 'Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37', title: '', body: 'Ngắn.' });
    const b = storyPrint({ headline: 'KHAI MAC HOI NGHI CAP CAO ASEAN LAN THU 37', title: '', body: 'Khác.' });
    expect(sameStory(a, b)).toBe(true);
    const other = storyPrint({
      headline: 'Doanh nghiệp kỳ vọng vào RCEP',
      title: '',
      body: 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực được ký kết mở ra cơ hội lớn cho doanh nghiệp Việt Nam xuất khẩu sang các thị trường thành viên.',
    });
    expect(sameStory(storyPrint({ headline: 'x', title: '', body: dispatch }), other)).toBe(false);
    expect(findStory(other, [{ id: 1, print: a }])).toBeNull();
  });

  it('groups Chinese copies of one dispatch (no spaces between words) and keeps another Chinese story apart', () => {
    const pages = loadCorpus().filter((p) => p.expected.language === 'zh');
    const print = (name: string) => {
      const page = pages.find((p) => p.name === name)!;
      const parsed = parsePage({ content: page.html, contentType: 'text/html', defaultZone: 'Asia/Shanghai', url: page.expected.url });
      return storyPrint({ headline: parsed.headline, title: parsed.title, body: parsed.paragraphs.join('\n\n') });
    };
    const xinhua = print('xinhua/1-z-asean-china');
    const paper = print('people/2-z-asean-china');
    expect(xinhua.shingles.size).toBeGreaterThan(100);
    expect(jaccard(xinhua.shingles, paper.shingles)).toBeGreaterThan(0.9);
    expect(sameStory(xinhua, paper)).toBe(true);
    expect(sameStory(xinhua, print('xinhua/2-z-apt23'))).toBe(false);
    expect(sameStory(xinhua, print('people/1-z-summit37'))).toBe(false);
  });
});

/**
 * Media monitoring throughput: parsing and linking the seed pages (plain
 * text) and an HTML page, many times, in one process. Prints ms per page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { linkClipping, parsePage } from '../src/server/press/monitoring/clipping.js';
import type { MeetingNames } from '../src/server/press/monitoring/aliases.js';

const dir = new URL('../src/server/press/demo-pages/', import.meta.url);
const pages = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
const html = `<html lang="vi"><body><nav>Trang chủ</nav><article><h1>${'Tiêu đề '.repeat(5)}</h1>${pages[0]!
  .split('\n')
  .map((l) => `<p>${l}</p>`)
  .join('')}</article></body></html>`;

// As many meetings as a chairmanship year's data set holds, with editions.
const meetings: MeetingNames[] = Array.from({ length: 300 }, (_, i) => ({
  id: i,
  edition: (i % 60) + 1,
  titleEn: `Meeting ${i}`,
  titleVi: `Hội nghị ${i}`,
  seriesCode: `S${Math.floor(i / 60)}`,
  seriesNameEn: `ASEAN Series ${Math.floor(i / 60)} Meeting`,
  seriesNameVi: `Hội nghị Chuỗi ${Math.floor(i / 60)} ASEAN`,
}));

function measure(label: string, content: string, rounds: number) {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) {
    const parsed = parsePage({ content, defaultZone: 'Asia/Ho_Chi_Minh' });
    linkClipping(parsed, meetings, []);
  }
  const ms = (performance.now() - start) / rounds;
  console.log(`${label.padEnd(28)} ${String(content.length).padStart(6)} chars  ${ms.toFixed(2)} ms/page`);
}

pages.forEach((p, i) => measure(`seed ${i} (text)`, p, 200));
measure('seed 0 as HTML (readability)', html, 50);

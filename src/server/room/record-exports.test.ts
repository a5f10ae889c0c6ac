import { describe, expect, it } from 'vitest';
import { decisionRow } from './record-exports.js';
import type { RecordedDecision } from './schemas.js';

const decision: RecordedDecision = {
  id: 1,
  action: 'defer',
  decidedAt: '2031-07-01T02:05:00.000Z',
  reason: null,
  agendaItem: { id: 3, position: 2, titleEn: 'Outcome documents', titleVi: 'Văn kiện kết quả' },
  document: { id: 9, referenceCode: 'AMM-53/ST/4', type: 'statement', titleEn: 'Statement on the sea', titleVi: 'Tuyên bố về biển' },
  deferredTo: { id: 12, titleEn: 'AMM-54', titleVi: 'AMM-54 (vi)' },
};

describe('a row of the record of decisions', () => {
  it("reads in the host's wall clock and the chosen language, naming where a deferral went", () => {
    expect(decisionRow(decision, 'en', 'Asia/Ho_Chi_Minh')).toEqual([
      '01/07/2031 09:05',
      '2. Outcome documents',
      'AMM-53/ST/4 — Statement on the sea',
      'Deferred to AMM-54',
    ]);
    expect(decisionRow(decision, 'vi', 'Pacific/Auckland')).toEqual([
      '01/07/2031 14:05',
      '2. Văn kiện kết quả',
      'AMM-53/ST/4 — Tuyên bố về biển',
      'Hoãn sang AMM-54 (vi)',
    ]);
  });

  it('gives the reason when the final action was not the intended one', () => {
    expect(decisionRow({ ...decision, action: 'note', deferredTo: null, reason: 'no consensus' }, 'en', 'UTC')[3]).toBe('Noted (Reason: no consensus)');
  });
});

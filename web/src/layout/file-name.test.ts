import { describe, expect, it } from 'vitest';
import { fileNameOf } from './file-name';

describe('the file name of a download', () => {
  it('reads a plain and a quoted name', () => {
    expect(fileNameOf('attachment; filename="session-6-report-vi.pdf"')).toBe('session-6-report-vi.pdf');
    expect(fileNameOf('attachment; filename=ledger-2020.csv')).toBe('ledger-2020.csv');
  });
  it('prefers the UTF-8 name', () => {
    expect(fileNameOf(`attachment; filename="ban-tin.docx"; filename*=UTF-8''b%E1%BA%A3n-tin.docx`)).toBe('bản-tin.docx');
  });
  it('is null without a header or a name', () => {
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readView, writeView } from './registryView';

const view = (query: string) => readView(new URLSearchParams(query));

describe('the registry view in the URL', () => {
  it('reads filters, order and page into the API’s paging', () => {
    expect(view('type=declaration&meeting=12&sort=reference&dir=desc&page=3&size=25')).toEqual({
      filters: { type: 'declaration', meeting: '12', sort: 'reference', dir: 'desc', limit: 25, offset: 50 },
      pageIndex: 2,
      pageSize: 25,
      sorting: [{ id: 'reference', desc: true }],
    });
  });

  it('falls back to the first page and the default size on nonsense', () => {
    expect(view('page=-2&size=7')).toMatchObject({ pageIndex: 0, pageSize: 50, filters: { limit: 50, offset: 0 } });
    expect(view('page=abc')).toMatchObject({ pageIndex: 0 });
  });

  it('shows a title order on the title column in either language', () => {
    expect(view('sort=title_vi').sorting).toEqual([{ id: 'title', desc: false }]);
  });

  it('goes back to page one when a filter or the order changes, and sorts titles in the reader’s language', () => {
    const at3 = new URLSearchParams('q=tam+nhin&page=3');
    expect(writeView(at3, { filter: ['type', 'declaration'] }, 'en').toString()).toBe('q=tam+nhin&type=declaration');
    expect(writeView(at3, { sorting: [{ id: 'title', desc: true }] }, 'vi').toString()).toBe('q=tam+nhin&sort=title_vi&dir=desc');
    expect(writeView(at3, { sorting: [] }, 'vi').toString()).toBe('q=tam+nhin');
    expect(writeView(at3, { page: 4 }, 'en').toString()).toBe('q=tam+nhin&page=5');
    expect(writeView(at3, { page: 0 }, 'en').toString()).toBe('q=tam+nhin');
  });
});

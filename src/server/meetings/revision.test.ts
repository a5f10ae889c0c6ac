import { describe, expect, it } from 'vitest';
import { changesCalendarEvent } from './revision.js';

const meeting: Parameters<typeof changesCalendarEvent>[0] = {
  titleEn: 'SOM',
  titleVi: 'SOM',
  startsAt: new Date('2020-06-01T02:00:00Z'),
  endsAt: new Date('2020-06-01T04:00:00Z'),
  hostCityEn: 'Ha Noi',
  hostCityVi: 'Hà Nội',
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  format: 'virtual',
  status: 'planned',
};

describe('which changes make a new calendar revision', () => {
  it('counts times, title, place, format and status', () => {
    expect(changesCalendarEvent(meeting, { startsAt: new Date('2020-06-01T03:00:00Z') })).toBe(true);
    expect(changesCalendarEvent(meeting, { titleEn: 'SOM (resumed)' })).toBe(true);
    expect(changesCalendarEvent(meeting, { hostCityEn: 'Da Nang' })).toBe(true);
    expect(changesCalendarEvent(meeting, { format: 'hybrid' })).toBe(true);
    expect(changesCalendarEvent(meeting, { status: 'cancelled' })).toBe(true);
  });

  it('ignores the same values again (instants compared as instants) and fields no event shows', () => {
    expect(changesCalendarEvent(meeting, { startsAt: new Date('2020-06-01T02:00:00.000Z'), status: 'planned' })).toBe(false);
    expect(changesCalendarEvent(meeting, {})).toBe(false);
    expect(changesCalendarEvent(meeting, { level: 'working', isPublic: false } as Record<string, unknown>)).toBe(false);
  });
});

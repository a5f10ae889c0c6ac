import { describe, expect, it } from 'vitest';
import { offsetLabel, zoneLabel } from './zone-label';

describe('zones as people read them', () => {
  it('names the city and the offset at the instant, summer time included', () => {
    expect(zoneLabel('Pacific/Auckland', '2020-01-15T00:00:00Z')).toBe('Auckland, UTC+13');
    expect(zoneLabel('Pacific/Auckland', '2020-07-15T00:00:00Z')).toBe('Auckland, UTC+12');
    expect(zoneLabel('Asia/Kolkata', '2020-07-15T00:00:00Z')).toBe('Kolkata, UTC+5:30');
    expect(zoneLabel('America/New_York', '2020-09-12T00:00:00Z')).toBe('New York, UTC−4');
    expect(zoneLabel('America/Argentina/Buenos_Aires', '2020-09-12T00:00:00Z')).toBe('Buenos Aires, UTC−3');
    expect(offsetLabel('Europe/London', '2020-01-15T00:00:00Z')).toBe('UTC');
  });
});

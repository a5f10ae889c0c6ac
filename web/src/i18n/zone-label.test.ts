import { describe, expect, it } from 'vitest';
import { minutesLabel, offsetLabel, offsetMinutes, zoneLabel } from './zone-label';

describe('zones as people read them', () => {
  it('names the city and the offset at the instant, summer time included', () => {
    expect(zoneLabel('Pacific/Auckland', '2020-01-15T00:00:00Z')).toBe('Auckland, UTC+13');
    expect(zoneLabel('Pacific/Auckland', '2020-07-15T00:00:00Z')).toBe('Auckland, UTC+12');
    expect(zoneLabel('Asia/Kolkata', '2020-07-15T00:00:00Z')).toBe('Kolkata, UTC+5:30');
    expect(zoneLabel('America/New_York', '2020-09-12T00:00:00Z')).toBe('New York, UTC−4');
    expect(zoneLabel('America/Argentina/Buenos_Aires', '2020-09-12T00:00:00Z')).toBe('Buenos Aires, UTC−3');
    expect(offsetLabel('Europe/London', '2020-01-15T00:00:00Z')).toBe('UTC');
  });

  it('names UTC itself once, not as a city and an offset', () => {
    expect(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'].map((zone) => zoneLabel(zone, '2020-01-15T00:00:00Z'))).toEqual(['UTC', 'UTC', 'UTC', 'UTC']);
    expect(zoneLabel('Europe/London', '2020-01-15T00:00:00Z')).toBe('London, UTC');
  });

  it('writes UTC offsets as people do, from minutes or as the API writes them', () => {
    expect([-240, 720, 330, 0, -570].map(minutesLabel)).toEqual(['UTC−4', 'UTC+12', 'UTC+5:30', 'UTC', 'UTC−9:30']);
    expect(['+07:00', '-03:30', '+0545', '−04:00', '+00:00', 'Z'].map(offsetMinutes)).toEqual([420, -210, 345, -240, 0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalZone, fromLocalInput, isValidZone, normalizeZone, toLocalInput, zoneNames, zoneOfLabel, zoneOptions } from './zones';
import { zoneLabel } from '../i18n/zone-label';

describe('time zones in the meeting forms', () => {
  it('shows the canonical IANA name for the legacy names browsers report', () => {
    expect(canonicalZone('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalZone('Asia/Pyongyang')).toBe('Asia/Pyongyang');
  });

  it('accepts zones Intl knows, in any letter case, and refuses others', () => {
    expect(normalizeZone(' asia/ho_chi_minh ')).toBe('Asia/Ho_Chi_Minh');
    expect(normalizeZone('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(normalizeZone('Asia/Hanoi')).toBeNull();
    expect(isValidZone('')).toBe(false);
    expect(zoneNames()).toContain('Asia/Ho_Chi_Minh');
    expect(zoneNames()).not.toContain('Asia/Saigon');
  });

  it('offers each zone by its label and finds it again by that label, in any letter case', () => {
    const auckland = zoneOptions().find(([zone]) => zone === 'Pacific/Auckland');
    expect(auckland?.[1]).toBe(zoneLabel('Pacific/Auckland'));
    expect(zoneOfLabel(` ${zoneLabel('Pacific/Auckland').toUpperCase()} `)).toBe('Pacific/Auckland');
    expect(zoneOfLabel('Atlantis, UTC+1')).toBeUndefined();
  });

  it('labels the zones at the instant asked for: Auckland is UTC+13 in November, UTC+12 in June', () => {
    const label = (at: string) => zoneOptions(at).find(([zone]) => zone === 'Pacific/Auckland')?.[1];
    expect(label('2020-11-12T00:00:00Z')).toBe('Auckland, UTC+13');
    expect(label('2020-06-12T00:00:00Z')).toBe('Auckland, UTC+12');
    expect(zoneOfLabel('Auckland, UTC+13', '2020-11-12T00:00:00Z')).toBe('Pacific/Auckland');
    expect(zoneOfLabel('Auckland, UTC+13', '2020-06-12T00:00:00Z')).toBeUndefined();
  });

  it('turns wall-clock input in the host zone into an instant and back', () => {
    expect(fromLocalInput('2020-09-09T08:30', 'Asia/Ho_Chi_Minh')).toBe('2020-09-09T08:30:00+07:00');
    expect(fromLocalInput('2020-09-12T09:00', 'Pacific/Auckland')).toBe('2020-09-12T09:00:00+12:00');
    expect(fromLocalInput('', 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(fromLocalInput('2020-09-09T08:30', 'Mars/Olympus')).toBeNull();
    expect(toLocalInput('2020-09-09T01:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('2020-09-09T08:30');
  });
});

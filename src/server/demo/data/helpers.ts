/**
 * Small helpers shared by the demo data files: participant lists and
 * delegation builders, so that each meeting states only what differs.
 */
import type { HeadLevel } from '../../domain/vocabulary.js';
import type { DemoDelegation } from '../types.js';

/** The 10 ASEAN members, in English alphabetical order (the chair rotation order). */
export const MEMBERS = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'] as const;

/** The 10 dialogue partners of 2020. */
export const DIALOGUE_PARTNERS = ['AU', 'CA', 'CN', 'EU', 'IN', 'JP', 'NZ', 'KR', 'RU', 'US'] as const;

/** ASEAN Plus Three partners. */
export const APT_PARTNERS = ['CN', 'JP', 'KR'] as const;

/** The 8 non-ASEAN participants of the East Asia Summit. */
export const EAS_PARTNERS = ['AU', 'CN', 'IN', 'JP', 'NZ', 'KR', 'RU', 'US'] as const;

/** ARF participants that are neither members nor dialogue partners. */
export const ARF_OTHERS = ['PG', 'BD', 'KP', 'MN', 'PK', 'LK', 'TL'] as const;

/** The 27 ARF participants. */
export const ARF_PARTICIPANTS = [...MEMBERS, ...DIALOGUE_PARTNERS, ...ARF_OTHERS] as const;

export type DelegationOverride = Partial<Omit<DemoDelegation, 'party'>>;

/** One delegation per party code, all headed at `headLevel`, with per-party overrides. */
export function delegationsOf(codes: readonly string[], headLevel: HeadLevel, overrides: Readonly<Record<string, DelegationOverride>> = {}): DemoDelegation[] {
  return codes.map((party) => ({ party, headLevel, ...overrides[party] }));
}

/** The 10 members' delegations. */
export function members(headLevel: HeadLevel, overrides: Readonly<Record<string, DelegationOverride>> = {}): DemoDelegation[] {
  return delegationsOf(MEMBERS, headLevel, overrides);
}

/** The ASEAN Secretariat, led by the Secretary-General of ASEAN. */
export function asec(): DemoDelegation {
  return { party: 'ASEC', headPerson: 'lim-jock-hoi', headName: 'Dato Lim Jock Hoi', headLevel: 'secretary_general' };
}

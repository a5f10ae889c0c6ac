import { describe, expect, it } from 'vitest';
import { applicationState, currentStatus, nextStatusProblem, nextStepProblem } from './partner-history.js';

const uk = [
  { status: 'development_partner' as const, since: '2019-01-01', until: '2021-08-02' },
  { status: 'dialogue_partner' as const, since: '2021-08-02', until: null },
];

describe('currentStatus', () => {
  it('is the latest entry begun by the day', () => {
    expect(currentStatus(uk, '2020-06-01')).toBe('development_partner');
    expect(currentStatus(uk, '2021-08-02')).toBe('dialogue_partner');
    expect(currentStatus(uk, '2018-12-31')).toBeNull();
  });

  it('is none once the latest entry has ended', () => {
    expect(currentStatus([{ status: 'observer', since: '2000-01-01', until: '2010-01-01' }], '2020-01-01')).toBeNull();
  });
});

describe('nextStatusProblem', () => {
  it('refuses an entry not after the latest, naming since', () => {
    expect(nextStatusProblem(uk, { status: 'observer', since: '2021-08-02' })?.path).toBe('since');
    expect(nextStatusProblem(uk, { status: 'observer', since: '2022-01-01' })).toBeNull();
  });

  it('refuses the status already held, naming status', () => {
    expect(nextStatusProblem(uk, { status: 'dialogue_partner', since: '2022-01-01' })?.path).toBe('status');
  });
});

describe('applications', () => {
  const submitted = { kind: 'submitted' as const, on: '2020-07-01' };

  it('is open until a closing step', () => {
    expect(applicationState([submitted, { kind: 'deferred', on: '2021-08-02' }])).toBe('open');
    expect(applicationState([submitted, { kind: 'granted', on: '2022-08-02' }])).toBe('granted');
  });

  it('refuses a step after the application closed, a second submission and a step back in time', () => {
    expect(nextStepProblem([submitted, { kind: 'withdrawn', on: '2021-01-01' }], { kind: 'considered', on: '2021-02-01' })?.code).toBe('closed');
    expect(nextStepProblem([submitted], { kind: 'submitted', on: '2021-02-01' })).toMatchObject({ code: 'invalid', path: 'kind' });
    expect(nextStepProblem([submitted], { kind: 'considered', on: '2020-06-30' })).toMatchObject({ code: 'invalid', path: 'on' });
    expect(nextStepProblem([submitted], { kind: 'considered', on: '2020-07-01' })).toBeNull();
  });
});

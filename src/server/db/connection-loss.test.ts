import { describe, expect, it } from 'vitest';
import { isConnectionLoss } from './connection-loss.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionLoss', () => {
  it('knows lost and refused connections, wrapped or not', () => {
    for (const err of [
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03'),
      withCode('08006'),
      withCode('08001'),
      withCode('ECONNRESET'),
      withCode('ECONNREFUSED'),
      withCode('EPIPE'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Failed query: select 1', { cause: withCode('57P01') }),
      new Error('outer', { cause: new Error('Client has encountered a connection error and is not queryable') }),
    ]) {
      expect(isConnectionLoss(err), String(err)).toBe(true);
    }
  });

  it("leaves the database's refusals of a statement alone", () => {
    for (const err of [
      withCode('23505'),
      withCode('40001'),
      withCode('22P02'),
      new Error('boom'),
      null,
      'text',
      new Error('Failed query', { cause: withCode('23503') }),
    ]) {
      expect(isConnectionLoss(err), String(err)).toBe(false);
    }
  });
});

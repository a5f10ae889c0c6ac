import { describe, expect, it } from 'vitest';
import { elapsedSeconds, formatClock, remainingSeconds } from './clock';

describe('room timers', () => {
  const start = '2031-07-01T02:00:00.000Z';
  const t = (s: number) => Date.parse(start) + s * 1000;

  it("counts a speaker's time down on the server's clock", () => {
    expect(remainingSeconds(start, 120, t(0), 0)).toBe(120);
    expect(remainingSeconds(start, 120, t(59.5), 0)).toBe(61);
    // The client's clock is 10 s behind the server's.
    expect(remainingSeconds(start, 120, t(50), 10_000)).toBe(60);
    expect(remainingSeconds(start, 120, t(130), 0)).toBe(-10);
  });

  it('counts an item up from its opening, never below zero', () => {
    expect(elapsedSeconds(start, t(3725), 0)).toBe(3725);
    expect(elapsedSeconds(start, t(-5), 0)).toBe(0);
  });

  it('formats minutes and seconds, hours when there are any, and time over', () => {
    expect(formatClock(125)).toBe('2:05');
    expect(formatClock(9)).toBe('0:09');
    expect(formatClock(-12)).toBe('−0:12');
    expect(formatClock(3723)).toBe('1:02:03');
  });
});

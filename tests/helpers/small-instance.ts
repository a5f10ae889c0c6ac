/**
 * The small scheduling instance the API tests post: Viet Nam, New Zealand and
 * New York over two days from `from`, a 120-minute SOM before a 90-minute AMM,
 * one chair for both. A fresh copy each call, for tests to change.
 */
export const smallInstance = (from: string) => ({
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  window: { from, to: new Date(Date.parse(`${from}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) },
  delegations: [
    { id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' },
    { id: 'NZ', timeZone: 'Pacific/Auckland' },
    { id: 'US', timeZone: 'America/New_York' },
  ],
  meetings: [
    { id: 'som', durationMinutes: 120, participants: ['VN', 'NZ'], principals: ['chair'] },
    { id: 'amm', durationMinutes: 90, participants: ['VN', 'NZ', 'US'], principals: ['chair'] },
  ],
  precedences: [{ before: 'som', after: 'amm', bufferMinutes: 15 }],
});

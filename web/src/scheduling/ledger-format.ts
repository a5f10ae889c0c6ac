/** The ledger's people's bands in display order, and minutes as hours. Pure, and free of the chart library. */
export const BANDS = ['night', 'early', 'late'] as const;

/** Hours and minutes, e.g. 2 h 05. */
export const hours = (minutes: number): string => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;

/** The live streams' limits and timings (config.ts reads the limits from the environment). */
export interface LiveOptions {
  /** Time between comment lines on an idle stream (proxies close silent ones). */
  heartbeatMs: number;
  /** Most bytes waiting for one client before it is dropped; a burst over half of it goes out as one reset. */
  queueBytes: number;
  /** Open streams per signed-in user, and per client address for anonymous ones. */
  perUser: number;
  perAddress: number;
  /** Most change-log events replayed on resume; beyond, the client is told to refetch. */
  replayLimit: number;
  /** Changes committed within this many ms go out together. */
  batchMs: number;
}

export const defaultLiveOptions: LiveOptions = {
  heartbeatMs: 15_000,
  queueBytes: 256 * 1024,
  perUser: 8,
  perAddress: 32,
  replayLimit: 1_000,
  batchMs: 20,
};

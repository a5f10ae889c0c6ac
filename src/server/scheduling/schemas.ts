/** Request and response schemas of the scheduling API. */
import { z } from 'zod';
import { meetingStatuses } from '../domain/vocabulary.js';
import { day, id, instant, instantString, INT4_MAX, int, num, rawText, text, timeZone, yearParam } from '../http/primitives.js';

const instantInput = instant().transform((d) => d.getTime());
const isoDate = day().describe('YYYY-MM-DD in the host time zone');
const key = text(80);
/** Minutes of a day, or a duration of at most a day. */
const minutes = int(0, 1440);
/** A delegation's burden: far beyond any real cluster's, never past what sums of it can hold. */
const burden = num(0, 1e9);

export const comfortBand = z.object({
  fromMinute: minutes,
  toMinute: minutes,
  costPerMinute: num(0, 1000).nullable().describe('null = forbidden'),
});

export const delegationInput = z.object({
  id: key.describe('e.g. a party code'),
  timeZone: timeZone(),
  bands: z.array(comfortBand).max(24).optional(),
  allowNight: z.boolean().optional(),
});

export const meetingInput = z.object({
  id: key,
  durationMinutes: int(1, 7 * 24 * 60),
  participants: z.array(key).max(200),
  principals: z.array(key).max(20).optional(),
  fixedStart: instantInput.optional(),
  allowedFrom: instantInput.optional(),
  allowedTo: instantInput.optional(),
});

export const instanceFields = {
  hostTimeZone: timeZone().optional(),
  window: z.object({ from: isoDate, to: isoDate }).optional(),
  delegations: z.array(delegationInput).max(200).optional(),
  meetings: z.array(meetingInput).max(1000).optional(),
  precedences: z
    .array(z.object({ before: key, after: key, bufferMinutes: minutes.optional() }))
    .max(5000)
    .optional(),
  principalBufferMinutes: minutes.optional(),
  principalDailyCapMinutes: minutes.optional(),
  principalCaps: z.record(key, minutes).optional(),
  carriedBurden: z.record(key, burden).optional(),
};

const meetingKey = rawText(10).refine((k) => /^\d+$/.test(k) && Number(k) >= 1 && Number(k) <= INT4_MAX, 'a meeting id');

/** Options that change how a stored cluster is read for one run. */
const clusterRunFields = {
  defaultComfort: z.boolean().default(false).describe("every delegation on the default bands, no night sessions (ignores the cluster's comfort rules)"),
};

export const optimizeBody = z.object({
  clusterId: id().optional().describe('schedule a stored cluster; otherwise give the instance'),
  ...instanceFields,
  ...clusterRunFields,
  pins: z.record(meetingKey, instantInput).optional().describe('with clusterId: meeting id → start, fixed there for this run'),
  solver: z.enum(['auto', 'exact', 'heuristic']).default('auto'),
  timeBudgetMs: int(100, 60_000).default(10_000),
  seed: int(0, 2 ** 31 - 1).optional(),
  useLedger: z.boolean().default(false).describe('add burden carried over from earlier clusters of the year'),
});
export type OptimizeBody = z.infer<typeof optimizeBody>;

export const slotsBody = z.object({
  clusterId: id().optional(),
  meetingId: id().optional().describe('with clusterId: the stored meeting to place'),
  hostTimeZone: timeZone().optional(),
  window: z.object({ from: isoDate, to: isoDate }).optional(),
  delegations: z.array(delegationInput).max(200).optional(),
  meeting: meetingInput.optional(),
  limit: int(1, 500).default(20),
  ...clusterRunFields,
});
export type SlotsBody = z.infer<typeof slotsBody>;

export const objective = z.object({ max: z.number(), total: z.number() });

const solveStatus = z.enum(['optimal', 'feasible', 'infeasible', 'unknown']);
const solverName = z.enum(['exact', 'heuristic']);

/** What the result proves about one objective part (docs/scheduling.md, "What an answer proves"). */
export const partReport = z.object({
  status: solveStatus.describe("'optimal' only when proven; 'feasible' with a gap otherwise"),
  value: z.number().nullable(),
  bound: z.number().nullable().describe('proven lower bound'),
  gap: z.number().nullable().describe('(value − bound) / value'),
});

export const scheduleResult = z.object({
  status: solveStatus.describe("'optimal' only when both parts are proven"),
  solver: solverName,
  chosen: solverName.describe("whose schedule this is; with 'auto' the better of the two that ran"),
  ran: z.array(solverName),
  starts: z.record(z.string(), z.string().describe('ISO instant')),
  burden: z.record(z.string(), z.number()),
  objective: objective.nullable(),
  provenOptimal: z.boolean(),
  gap: z.number().nullable().describe("the larger of the parts' gaps; 0 only when both are proven"),
  parts: z.object({ max: partReport, total: partReport }),
  timeMs: z.number(),
});

const rowInfo = z.object({
  delegations: z.array(z.string()).describe('delegation ids (party codes) with the same forbidden hours in the window'),
  timeZone: z.string(),
  utcOffsetMinutes: z.number().describe('at the start of the window'),
});
const price = z.object({ max: z.number(), total: z.number() }).describe('the burden of the schedule found with this change (not proven optimal)');

/** One group of an irreducible conflict (explain.ts); the web words it in the reader's language. */
export const conflictItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('window'), from: z.string(), to: z.string(), days: z.number(), hostTimeZone: z.string() }),
  z.object({
    kind: z.literal('hours'),
    meeting: z.string(),
    durationMinutes: z.number(),
    rows: z.array(rowInfo).describe('the delegations whose forbidden hours, together, leave the meeting no start'),
    free: z.array(z.object({ from: z.string(), to: z.string(), days: z.number().describe('days it recurs at the same UTC time') })),
    longestFreeMinutes: z.number(),
  }),
  z.object({ kind: z.literal('meeting'), meeting: z.string(), durationMinutes: z.number() }),
  z.object({ kind: z.literal('allowed'), meeting: z.string(), from: z.string(), to: z.string() }),
  z.object({ kind: z.literal('fixed'), meeting: z.string(), start: z.string(), held: z.boolean() }),
  z.object({ kind: z.literal('precedence'), before: z.string(), after: z.string(), bufferMinutes: z.number() }),
  z.object({ kind: z.literal('overlap'), bufferMinutes: z.number() }),
  z.object({ kind: z.literal('cap'), principal: z.string(), minutes: z.number(), meetingMinutes: z.number(), days: z.number() }),
]);

/** A change that alone makes the instance feasible (with several conflicts: once the others' rules are set aside): verified by a schedule, priced by it. */
export const relaxation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shorten'), meeting: z.string(), fromMinutes: z.number(), toMinutes: z.number(), price }),
  z.object({
    kind: z.literal('night'),
    meeting: z.string(),
    delegations: z.array(z.string()),
    timeZone: z.string(),
    utcOffsetMinutes: z.number(),
    nightMinutes: z.number().describe('minutes these delegations would sit in their forbidden hours'),
    burden: z.number().describe("these delegations' burden in the schedule found"),
    price,
  }),
  z.object({ kind: z.literal('widen'), side: z.enum(['before', 'after']), window: z.object({ from: z.string(), to: z.string() }), price }),
  z.object({ kind: z.literal('cap'), principal: z.string(), fromMinutes: z.number(), toMinutes: z.number(), price }),
  z.object({ kind: z.literal('unfix'), meeting: z.string(), price }),
  z.object({ kind: z.literal('dropPrecedence'), before: z.string(), after: z.string(), price }),
  z.object({ kind: z.literal('dropAllowed'), meeting: z.string(), price }),
]);

export const explanation = z.object({
  status: z.enum(['feasible', 'infeasible', 'unknown']).describe("'unknown': neither a schedule nor a proof within the budget"),
  minimal: z.boolean().describe('every group of every conflict proven necessary'),
  conflict: z.array(conflictItem).describe('the first conflict (conflicts[0])'),
  relaxations: z.array(relaxation).describe("the first conflict's relaxations"),
  conflicts: z
    .array(
      z.object({
        conflict: z.array(conflictItem),
        relaxations: z.array(relaxation).describe("each verified with the other conflicts' rules set aside"),
        minimal: z.boolean(),
      }),
    )
    .describe('every independent conflict found: each next one among the rules left once the earlier ones are set aside'),
  searchMs: z.number(),
  timeMs: z.number(),
});

export const delegationBreakdown = z.object({
  delegation: z.string(),
  timeZone: z.string(),
  burden: z.number(),
  carried: z.number(),
  meetings: z.array(
    z.object({
      meeting: z.string(),
      localStart: z.string(),
      localEnd: z.string(),
      cost: z.number(),
      forbiddenMinutes: z.number(),
      minutesByBand: z.array(z.number()),
    }),
  ),
});

const hostDate = day();
const minuteOfDay = minutes;
const partyCode = rawText(16).min(1);

/** A cluster's rules as the editor sends them (see StoredClusterRules); validateRules checks them against the cluster. */
export const clusterRules = z.object({
  fixedMeetingIds: z.array(id()).max(500),
  precedences: z.array(z.object({ beforeMeetingId: id(), afterMeetingId: id(), bufferMinutes: minutes })).max(2000),
  nightAllowedParties: z.array(partyCode).max(300),
  principalBufferMinutes: minutes.optional(),
  principalDailyCapMinutes: minutes.optional(),
  window: z.object({ from: hostDate, to: hostDate }).optional().describe("host-local dates; default the cluster's own"),
  allowedRanges: z
    .array(z.object({ meetingId: id(), from: instantString(), to: instantString() }))
    .max(500)
    .optional(),
  comfort: z
    .record(
      partyCode.describe('party code'),
      z.object({
        timeZone: timeZone().optional(),
        bands: z
          .array(z.object({ fromMinute: minuteOfDay, toMinute: minuteOfDay, costPerMinute: num(0, 1000).nullable() }))
          .min(1)
          .max(24)
          .optional(),
      }),
    )
    .optional(),
});
export type ClusterRulesBody = z.infer<typeof clusterRules>;

export const moveBody = z.object({
  meetingId: id(),
  startsAt: instant(),
});
export const moveResponse = z.object({ meetingId: z.number(), startsAt: z.string(), endsAt: z.string() });

export const clusterView = z.object({
  id: z.number(),
  titleEn: z.string(),
  titleVi: z.string(),
  hostTimeZone: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  meetings: z.array(
    z.object({
      id: z.number(),
      titleEn: z.string(),
      titleVi: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      durationMinutes: z.number(),
      status: z.enum(meetingStatuses),
      fixed: z.boolean(),
      fixedBy: z.enum(['held', 'in_progress', 'cancelled', 'rule']).nullable().describe('why it cannot move: its status (history) or the rules'),
      scheduled: z.boolean().describe('false for a cancelled meeting: left out of every solve'),
      chair: z.string().nullable(),
      participants: z.array(z.string()),
    }),
  ),
  parties: z.array(
    z.object({
      id: z.number(),
      code: z.string(),
      nameEn: z.string(),
      nameVi: z.string(),
      timeZone: z.string(),
      delegationTimeZone: z.string(),
      delegationId: z.number(),
    }),
  ),
  nightAllowedParties: z.array(z.string()),
  rules: clusterRules,
  defaults: z.object({
    window: z.object({ from: z.string(), to: z.string() }),
    principalBufferMinutes: z.number(),
    principalDailyCapMinutes: z.number(),
    bands: z.array(comfortBand),
  }),
  current: z.object({ objective: objective.nullable(), breakdown: z.array(delegationBreakdown) }),
});

export const optimizeResponse = z.object({
  result: scheduleResult,
  /** Present when no schedule was found: why, and what would make one possible. */
  explanation: explanation.optional(),
  breakdown: z.array(delegationBreakdown),
  cluster: clusterView.optional(),
});

export const optimizeJob = z.object({
  job: z.object({
    id: z.uuid(),
    state: z.enum(['running', 'done', 'stopped', 'failed']),
    phase: solverName.nullable().describe('the stage running (or that ran last)'),
    elapsedMs: z.number(),
    budgetMs: z.number(),
    best: objective.nullable().describe('the best objective so far'),
    answer: optimizeResponse.nullable().describe("done: the optimizer's answer; stopped: the best schedule found before the stop, or null"),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  }),
});
export const optimizeJobParams = z.object({ jobId: rawText(36).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a run id (UUID)') });

export const slotsResponse = z.object({
  gridStart: z.string(),
  slotMinutes: z.number(),
  slotCount: z.number(),
  candidateCount: z.number(),
  ranked: z.array(z.object({ start: z.string(), worst: z.number(), total: z.number(), costs: z.record(z.string(), z.number()) })),
  bands: z.array(
    z.object({
      delegation: z.string(),
      timeZone: z.string(),
      cost: z.array(z.number().nullable()).describe('per slot: the cost per minute of its first minute; null = forbidden'),
    }),
  ),
});

export const acceptBody = z.object({
  clusterId: id(),
  starts: z.record(meetingKey, instant()),
});

export const acceptResponse = z.object({ moved: z.number(), burden: z.record(z.string(), z.number()) });

export const ledgerQuery = z.object({ year: yearParam(1967) });
const bandTally = z.object({ sessions: z.number(), minutes: z.number() });
/** Sessions and minutes in the delegation's own night (a forbidden band), early and late (costed bands before and after local noon). */
export const bandTallies = z.object({ night: bandTally, early: bandTally, late: bandTally });
export const ledgerResponse = z.object({
  year: z.number(),
  delegations: z.array(
    z.object({
      partyCode: z.string(),
      nameEn: z.string(),
      nameVi: z.string(),
      total: z.number().describe('cost points'),
      bands: bandTallies,
      clusters: z.array(z.object({ clusterId: z.number(), titleEn: z.string(), titleVi: z.string(), burden: z.number(), bands: bandTallies })),
    }),
  ),
});

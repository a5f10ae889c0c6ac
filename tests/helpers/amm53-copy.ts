/**
 * A copy of the demo's AMM-53 cluster made through the cluster API, as planned
 * meetings still to come: the same titles, durations, participants, chair and
 * rules, 365 weeks later (8–11 Sep 2027, the same weekdays and, for every
 * participant, the same UTC offsets). The demo's own AMM-53 meetings were held
 * in 2020 and stay where they are; a test that schedules, moves or accepts
 * works on this copy.
 */
import type { Client } from './harness.js';

/** 365 weeks: 9 Sep 2020 (a Wednesday) → 8 Sep 2027 (a Wednesday). */
export const AMM53_COPY_SHIFT_MS = 365 * 7 * 86_400_000;

/** An instant of the demo's AMM-53 cluster, at the same place in the copy. */
export const inCopy = (iso: string): string => new Date(Date.parse(iso) + AMM53_COPY_SHIFT_MS).toISOString();

/** The HTTP calls the copy needs: an API test's client, or a browser page's request context. */
export interface Requests {
  get(url: string): Promise<unknown>;
  send(method: 'POST' | 'PUT' | 'PATCH', url: string, body: unknown): Promise<{ status: number; body: unknown }>;
}

export const clientRequests = (client: Client): Requests => ({
  get: async (url) => (await client.get(url)).json(),
  send: async (method, url, body) => {
    const res = await client.request(method, url, body);
    return { status: res.statusCode, body: res.json() };
  },
});

interface DemoView {
  titleEn: string;
  titleVi: string;
  hostTimeZone: string;
  startsOn: string;
  endsOn: string;
  meetings: Array<{ id: number; titleEn: string; titleVi: string; startsAt: string; durationMinutes: number; chair: string | null; participants: string[] }>;
  parties: Array<{ code: string; timeZone: string }>;
  rules: {
    fixedMeetingIds: number[];
    precedences: Array<{ beforeMeetingId: number; afterMeetingId: number; bufferMinutes: number }>;
    nightAllowedParties: string[];
    principalBufferMinutes?: number;
    principalDailyCapMinutes?: number;
    comfort?: Record<string, { timeZone?: string }>;
  };
}

/** A host-local date of the demo's AMM-53 cluster, as the same day of the copy. */
export const inCopyDay = (day: string): string => inCopy(`${day}T00:00:00Z`).slice(0, 10);

/** Makes the copy and gives its id. */
export async function copyAmm53(http: Requests): Promise<number> {
  const { clusters } = (await http.get('/api/clusters')) as { clusters: Array<{ id: number; titleEn: string }> };
  const demoId = clusters.find((c) => c.titleEn.startsWith('53rd AMM'))!.id;
  const demo = (await http.get(`/api/schedule/clusters/${demoId}`)) as DemoView;
  const { parties } = (await http.get('/api/parties')) as { parties: Array<{ id: number; code: string; timeZone: string }> };
  const { series } = (await http.get('/api/series')) as { series: Array<{ id: number; code: string }> };
  const partyId = new Map(parties.map((p) => [p.code, p.id]));
  const details = await Promise.all(
    demo.meetings.map(
      (m) =>
        http.get(`/api/meetings/${m.id}`) as Promise<{
          seriesCode: string;
          level: string;
          hostCityEn: string;
          hostCityVi: string;
          chair: { party: { code: string } | null } | null;
        }>,
    ),
  );
  const created = await http.send('POST', '/api/schedule/clusters', {
    titleEn: `${demo.titleEn} (2027 rehearsal)`,
    titleVi: `${demo.titleVi} (diễn tập 2027)`,
    hostTimeZone: demo.hostTimeZone,
    startsOn: inCopyDay(demo.startsOn),
    endsOn: inCopyDay(demo.endsOn),
    newMeetings: demo.meetings.map((m, i) => {
      const d = details[i]!;
      return {
        seriesId: series.find((s) => s.code === d.seriesCode)!.id,
        titleEn: m.titleEn,
        titleVi: m.titleVi,
        durationMinutes: m.durationMinutes,
        participants: m.participants.map((code) => partyId.get(code)!),
        startsAt: inCopy(m.startsAt),
        chairPersonId: m.chair ? Number(m.chair.replace('person:', '')) : null,
        chairPartyId: d.chair?.party ? partyId.get(d.chair.party.code)! : null,
        level: d.level,
        hostCityEn: d.hostCityEn,
        hostCityVi: d.hostCityVi,
      };
    }),
  });
  if (created.status !== 201) throw new Error(`copying AMM-53: ${created.status} ${JSON.stringify(created.body)}`);
  const copy = created.body as { id: number; createdMeetingIds: number[] };
  const idOf = new Map(demo.meetings.map((m, i) => [m.id, copy.createdMeetingIds[i]!]));
  // Each party joins from where it joined the demo cluster (the DPRK's representative sat in Hanoi).
  const home = new Map(parties.map((p) => [p.code, p.timeZone]));
  const zones = Object.fromEntries(
    demo.parties.filter((p) => home.get(p.code) !== p.timeZone).map((p) => [p.code, { ...demo.rules.comfort?.[p.code], timeZone: p.timeZone }]),
  );
  const rules = {
    ...demo.rules,
    fixedMeetingIds: demo.rules.fixedMeetingIds.map((id) => idOf.get(id)!),
    precedences: demo.rules.precedences.map((p) => ({ ...p, beforeMeetingId: idOf.get(p.beforeMeetingId)!, afterMeetingId: idOf.get(p.afterMeetingId)! })),
    comfort: { ...demo.rules.comfort, ...zones },
  };
  const saved = await http.send('PUT', `/api/schedule/clusters/${copy.id}/rules`, rules);
  if (saved.status !== 200) throw new Error(`copying AMM-53's rules: ${saved.status} ${JSON.stringify(saved.body)}`);
  return copy.id;
}

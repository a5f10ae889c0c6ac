/** Request and response schemas for making and editing a cluster of meetings. */
import { z } from 'zod';
import { meetingFormats, meetingLevels } from '../domain/vocabulary.js';
import { day, id, instant, int, text, timeZone } from '../http/primitives.js';
import { clusterView } from './schemas.js';

/** A planned meeting made inside the cluster: the optimizer then places it. */
export const clusterNewMeeting = z.object({
  seriesId: id(),
  titleEn: text(300),
  titleVi: text(300),
  durationMinutes: int(15, 24 * 60).refine((m) => m % 15 === 0, 'a multiple of 15 minutes'),
  participants: z.array(id()).min(1).max(200).describe('party ids: one delegation each, joining from the party’s zone'),
  startsAt: instant().optional().describe('where it sits until a schedule is accepted; default 09:00 host time on the first day'),
  chairPersonId: id().nullable().optional().describe('the principal: meetings with the same chair never overlap'),
  chairPartyId: id().nullable().optional(),
  level: z.enum(meetingLevels).optional().describe("default: the series' level"),
  format: z.enum(meetingFormats).default('virtual'),
  hostCityEn: text(120).optional().describe("default: another meeting of the cluster's, else the host zone's city"),
  hostCityVi: text(120).optional(),
  isPublic: z.boolean().default(true),
});
export type ClusterNewMeeting = z.infer<typeof clusterNewMeeting>;

export const clusterCreate = z.object({
  titleEn: text(300),
  titleVi: text(300),
  hostTimeZone: timeZone(),
  startsOn: day().describe('first day, host time; not in the past'),
  endsOn: day(),
  meetingIds: z.array(id()).max(500).default([]).describe('existing meetings to attach (in no other cluster)'),
  newMeetings: z.array(clusterNewMeeting).max(200).default([]),
});
export type ClusterCreate = z.infer<typeof clusterCreate>;

export const clusterPatch = z.object({
  titleEn: text(300).optional(),
  titleVi: text(300).optional(),
  hostTimeZone: timeZone().optional(),
  startsOn: day().optional(),
  endsOn: day().optional(),
  meetingIds: z.array(id()).max(500).default([]).describe('existing meetings to attach (in no other cluster)'),
  detachMeetingIds: z.array(id()).max(500).default([]).describe('meetings to take out of the cluster (they stay, in no cluster; the rules forget them)'),
  newMeetings: z.array(clusterNewMeeting).max(200).default([]),
  participants: z
    .array(z.object({ meetingId: id(), partyIds: z.array(id()).min(1).max(200) }))
    .max(500)
    .default([])
    .describe("a meeting's participants replaced: delegations added for new parties, removed for parties left out"),
});
export type ClusterPatch = z.infer<typeof clusterPatch>;

export const clusterWriteResponse = clusterView.extend({
  createdMeetingIds: z.array(z.number()).describe('the ids of newMeetings, in the order given'),
});

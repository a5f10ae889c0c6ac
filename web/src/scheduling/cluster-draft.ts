/** The cluster form's draft, and the request it becomes. Pure. */
import type { ClusterCreateBody, ClusterPatchBody, ClusterView } from './api';
import { defaultHostZone } from '../meetings/zones';

export interface NewMeetingDraft {
  seriesId: string;
  titleEn: string;
  titleVi: string;
  durationMinutes: string;
  participants: number[];
  hostCityEn: string;
  hostCityVi: string;
}

export interface ClusterDraft {
  titleEn: string;
  titleVi: string;
  hostTimeZone: string;
  startsOn: string;
  endsOn: string;
  attach: number[];
  detach: number[];
  /** Meeting id → party ids, for the planned meetings whose participants were changed. */
  participants: Record<number, number[]>;
  newMeetings: NewMeetingDraft[];
}

export const emptyNewMeeting = (): NewMeetingDraft => ({
  seriesId: '',
  titleEn: '',
  titleVi: '',
  durationMinutes: '60',
  participants: [],
  hostCityEn: 'Hanoi',
  hostCityVi: 'Hà Nội',
});

export function draftOf(cluster: ClusterView | null): ClusterDraft {
  return {
    titleEn: cluster?.titleEn ?? '',
    titleVi: cluster?.titleVi ?? '',
    hostTimeZone: cluster?.hostTimeZone ?? defaultHostZone,
    startsOn: cluster?.defaults.window.from ?? '',
    endsOn: cluster?.defaults.window.to ?? '',
    attach: [],
    detach: [],
    participants: {},
    newMeetings: cluster ? [] : [emptyNewMeeting()],
  };
}

/** The request: a new cluster's body, or an edit's (which may also take meetings out and change participants). */
export function bodyOf(draft: ClusterDraft, editing: boolean): ClusterCreateBody | ClusterPatchBody {
  const newMeetings = draft.newMeetings.map((m) => ({
    seriesId: Number(m.seriesId),
    titleEn: m.titleEn,
    titleVi: m.titleVi,
    durationMinutes: Number(m.durationMinutes),
    participants: m.participants,
    ...(m.hostCityEn.trim() ? { hostCityEn: m.hostCityEn } : {}),
    ...(m.hostCityVi.trim() ? { hostCityVi: m.hostCityVi } : {}),
  }));
  const fields = { titleEn: draft.titleEn, titleVi: draft.titleVi, hostTimeZone: draft.hostTimeZone, startsOn: draft.startsOn, endsOn: draft.endsOn };
  if (!editing) return { ...fields, meetingIds: draft.attach, newMeetings };
  return {
    ...fields,
    meetingIds: draft.attach,
    detachMeetingIds: draft.detach,
    newMeetings,
    participants: Object.entries(draft.participants).map(([meetingId, partyIds]) => ({ meetingId: Number(meetingId), partyIds })),
  };
}

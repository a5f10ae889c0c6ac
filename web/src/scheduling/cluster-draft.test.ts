import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, emptyNewMeeting } from './cluster-draft';

describe('the cluster form draft', () => {
  it('starts a new cluster with one empty planned meeting, and sends it as numbers', () => {
    const draft = draftOf(null);
    expect(draft.newMeetings).toHaveLength(1);
    draft.titleEn = 'Retreat';
    draft.newMeetings[0] = {
      ...emptyNewMeeting(),
      seriesId: '7',
      titleEn: 'Opening',
      titleVi: 'Khai mạc',
      durationMinutes: '90',
      participants: [3, 4],
      hostCityEn: ' ',
      hostCityVi: 'Hà Nội',
    };
    const body = bodyOf(draft, false);
    expect(body).toEqual({
      titleEn: 'Retreat',
      titleVi: '',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsOn: '',
      endsOn: '',
      meetingIds: [],
      newMeetings: [{ seriesId: 7, titleEn: 'Opening', titleVi: 'Khai mạc', durationMinutes: 90, participants: [3, 4], hostCityVi: 'Hà Nội' }],
    });
    expect(body).not.toHaveProperty('detachMeetingIds');
  });

  it('sends an edit with the meetings taken out and the participants changed', () => {
    const draft = { ...draftOf(null), newMeetings: [], detach: [5], participants: { 9: [1, 2] } };
    expect(bodyOf(draft, true)).toMatchObject({ detachMeetingIds: [5], participants: [{ meetingId: 9, partyIds: [1, 2] }], newMeetings: [] });
  });
});

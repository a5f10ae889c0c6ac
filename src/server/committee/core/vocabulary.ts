/** The committee's closed vocabularies. */
export const bodyKinds = ['national_committee', 'subcommittee', 'ministry', 'locality', 'asean_body'] as const;
export type BodyKind = (typeof bodyKinds)[number];

export const memberPositions = ['chair', 'vice_chair', 'secretary_general', 'head', 'member'] as const;
export type MemberPosition = (typeof memberPositions)[number];

export const notificationKinds = ['assigned', 'changed', 'overdue'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The closed vocabularies of the meeting room: an agenda item's state, a speaker's kind and state. */
export const itemStates = ['pending', 'open', 'suspended', 'closed'] as const;
export type ItemState = (typeof itemStates)[number];

/** Points of order and rights of reply jump the queue, in this order, ahead of speeches. */
export const speakerKinds = ['point_of_order', 'right_of_reply', 'speech'] as const;
export type SpeakerKind = (typeof speakerKinds)[number];

export const speakerStates = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export type SpeakerState = (typeof speakerStates)[number];

export const DEFAULT_SPEAKING_SECONDS = 180;

/** The closed vocabularies of the meeting room: an agenda item's state, a speaker's kind and state. */
export const itemStates = ['pending', 'open', 'suspended', 'closed'] as const;
export type ItemState = (typeof itemStates)[number];

/** Points of order and rights of reply jump the queue, in this order, ahead of speeches. */
export const speakerKinds = ['point_of_order', 'right_of_reply', 'speech'] as const;
export type SpeakerKind = (typeof speakerKinds)[number];

export const speakerStates = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export type SpeakerState = (typeof speakerStates)[number];

export const DEFAULT_SPEAKING_SECONDS = 180;

/** What the chair may take a document to in session; each is a step of the documents workflow. */
export const decisionActions = ['adopt', 'note', 'issue', 'defer'] as const;
export type DecisionAction = (typeof decisionActions)[number];

/** The document status each decision asks the workflow for. */
export const decisionStatus = { adopt: 'adopted', note: 'noted', issue: 'issued', defer: 'deferred' } as const satisfies Record<DecisionAction, string>;

/**
 * What may happen next to an agenda item and to a speaker: the room's two
 * small state machines. Pure; the commands ask them before writing, and a
 * step they forbid is a 409 naming the steps that are allowed.
 */
import type { ItemState, SpeakerState } from './vocabulary.js';

export const itemActions = ['open', 'suspend', 'resume', 'close', 'close_list', 'reopen_list'] as const;
export type ItemAction = (typeof itemActions)[number];

const itemMoves: Record<'open' | 'suspend' | 'resume' | 'close', { from: readonly ItemState[]; to: ItemState }> = {
  open: { from: ['pending', 'closed'], to: 'open' },
  suspend: { from: ['open'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'open' },
  close: { from: ['open', 'suspended'], to: 'closed' },
};

/** The state an item moves to, or null when the action is not allowed from `state` (list actions keep the state). */
export function nextItemState(state: ItemState, action: ItemAction, listClosed: boolean): ItemState | null {
  if (action === 'close_list') return !listClosed && state !== 'closed' ? state : null;
  if (action === 'reopen_list') return listClosed && state !== 'closed' ? state : null;
  const move = itemMoves[action];
  return move.from.includes(state) ? move.to : null;
}

export function allowedItemActions(state: ItemState, listClosed: boolean): ItemAction[] {
  return itemActions.filter((a) => nextItemState(state, a, listClosed) !== null);
}

export const speakerActions = ['give_floor', 'done', 'withdraw'] as const;
export type SpeakerAction = (typeof speakerActions)[number];

const speakerMoves: Record<SpeakerAction, { from: readonly SpeakerState[]; to: SpeakerState }> = {
  give_floor: { from: ['waiting'], to: 'speaking' },
  done: { from: ['speaking'], to: 'done' },
  withdraw: { from: ['waiting'], to: 'withdrawn' },
};

export function nextSpeakerState(state: SpeakerState, action: SpeakerAction): SpeakerState | null {
  const move = speakerMoves[action];
  return move.from.includes(state) ? move.to : null;
}

export function allowedSpeakerActions(state: SpeakerState): SpeakerAction[] {
  return speakerActions.filter((a) => nextSpeakerState(state, a) !== null);
}

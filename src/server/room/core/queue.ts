/**
 * The order of a list of speakers. Points of order come first, then rights of
 * reply, then speeches; among speeches, those the chair has placed keep the
 * chair's order, ahead of the rest, which follow protocol (heads of state or
 * government, then ministers, then other heads of delegation) and then the
 * time of the request. Pure: the console, the projector and each
 * delegation's "your place" all read it.
 */
import type { HeadLevel } from '../../domain/vocabulary.js';
import { speakerKinds, type SpeakerKind, type SpeakerState } from './vocabulary.js';

export interface QueuedSpeaker {
  id: number;
  kind: SpeakerKind;
  state: SpeakerState;
  headLevel: HeadLevel;
  requestedAt: Date;
  chairPosition: number | null;
}

/** 0 for heads of state or government, 1 for ministers, 2 for every other head of delegation. */
export function protocolRank(level: HeadLevel): number {
  if (level === 'head_of_state_or_government') return 0;
  if (level === 'minister') return 1;
  return 2;
}

function compare(a: QueuedSpeaker, b: QueuedSpeaker): number {
  const kind = speakerKinds.indexOf(a.kind) - speakerKinds.indexOf(b.kind);
  if (kind !== 0) return kind;
  if (a.kind === 'speech') {
    if (a.chairPosition !== null || b.chairPosition !== null) {
      if (a.chairPosition === null) return 1;
      if (b.chairPosition === null) return -1;
      if (a.chairPosition !== b.chairPosition) return a.chairPosition - b.chairPosition;
    } else {
      const rank = protocolRank(a.headLevel) - protocolRank(b.headLevel);
      if (rank !== 0) return rank;
    }
  }
  const time = a.requestedAt.getTime() - b.requestedAt.getTime();
  return time !== 0 ? time : a.id - b.id;
}

/** The waiting speakers in the order they will be given the floor. */
export function queue<T extends QueuedSpeaker>(speakers: readonly T[]): T[] {
  return speakers.filter((s) => s.state === 'waiting').sort(compare);
}

/** Each waiting speaker's place in the queue, 1-based. */
export function places(speakers: readonly QueuedSpeaker[]): Map<number, number> {
  return new Map(queue(speakers).map((s, i) => [s.id, i + 1]));
}

/**
 * The chair's new order of the waiting speeches: every one of them, each once.
 * Returns the problem, or null when the order is acceptable.
 */
export function checkReorder(waitingSpeechIds: readonly number[], order: readonly number[]): string | null {
  const wanted = new Set(waitingSpeechIds);
  const seen = new Set<number>();
  for (const id of order) {
    if (!wanted.has(id)) return `speaker ${id} is not waiting to make a speech on this item`;
    if (seen.has(id)) return `speaker ${id} is named twice`;
    seen.add(id);
  }
  const missing = waitingSpeechIds.filter((id) => !seen.has(id));
  return missing.length ? `missing: ${missing.join(', ')}` : null;
}

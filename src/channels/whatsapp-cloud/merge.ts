/**
 * Several messages due to one person within a few seconds go out as one where the text
 * allows: at about one message per 6 s to a person, the three replies of one turn would
 * otherwise trickle in over 18 s. A run of plain texts merges, closed at most by one
 * message with choices (they stay last, under their question); files never merge.
 */
import type { OutboundChoice } from '../../shared/messages.js';

/** Messages queued further apart than this are not merged. */
export const MERGE_SPAN_MS = 10_000;
/** The longest merged text: an interactive body's limit, so the last message's choices can still be buttons. */
export const MERGE_TEXT_LIMIT = 1024;
/** Messages merged into one at most. */
export const MERGE_MAX = 10;

/** What merging needs to know of a queued message. */
export interface Mergeable {
  id: number;
  text: string;
  choices?: OutboundChoice[];
  hasFile: boolean;
  createdAt: Date;
}

/** The messages that go out as one, starting with `first` (alone when nothing merges). */
export function mergeRun<T extends Mergeable>(first: T, following: readonly T[]): T[] {
  const run = [first];
  if (first.hasFile || first.choices?.length) return run;
  let length = first.text.length;
  for (const next of following.slice(0, MERGE_MAX - 1)) {
    length += 2 + next.text.length;
    if (next.hasFile || next.createdAt.getTime() - first.createdAt.getTime() > MERGE_SPAN_MS || length > MERGE_TEXT_LIMIT) break;
    run.push(next);
    if (next.choices?.length) break;
  }
  return run;
}

/** The text of a merged run: each message as its own paragraph. */
export function mergedText(run: readonly Mergeable[]): string {
  return run
    .map((message) => message.text)
    .filter((text) => text !== '')
    .join('\n\n');
}

/**
 * Limits on imported rows. A text over the limit is refused rather than cut, because a
 * silently shortened text would be labelled as if it were whole.
 */

/** Longest accepted text, in UTF-8 bytes (100 KB, decimal). */
export const MAX_TEXT_BYTES = 100_000;

/** Longest accepted label name, in characters; longer ones are usually text in the wrong column. */
export const MAX_LABEL_LENGTH = 200;

/** How many known label names an "unknown label" message lists before it says "and N more". */
export const MAX_LISTED_LABELS = 20;

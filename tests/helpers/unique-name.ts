import { randomUUID } from 'node:crypto';

/** Project names in tests are unique, so tests never collide with each other or real data. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

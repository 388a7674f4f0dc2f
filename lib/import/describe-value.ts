/**
 * Names a JSON value's kind for error messages: "null", "an array", "a number", …
 *
 * @example describeValue([1]) // 'an array'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';

  const kind = typeof value;

  return kind === 'object' ? 'an object' : `a ${kind}`;
}

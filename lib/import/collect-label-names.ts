/**
 * The distinct label names used by the examples, in the order they first appear. Used to
 * create a project's labels from its first import when it has none yet.
 *
 * @example collectLabelNames([{ labels: ['b', 'a'] }, { labels: ['a', 'c'] }]) // ['b', 'a', 'c']
 */
export function collectLabelNames(examples: readonly { labels: readonly string[] }[]): string[] {
  const names = new Set<string>();
  for (const example of examples) {
    for (const name of example.labels) names.add(name);
  }

  return [...names];
}

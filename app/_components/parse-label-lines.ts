/**
 * Turns the label box into the API's label inputs: one label per non-blank line,
 * `name: description` split at the first colon. A name with a colon of its own cannot be
 * typed here (Limitation: the box has no escape syntax); create it through the API instead.
 */
export function parseLabelLines(
  text: string,
): Array<string | { name: string; description: string }> {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0) return line;
      const name = line.slice(0, colon).trim();
      const description = line.slice(colon + 1).trim();

      return description ? { name, description } : name;
    });
}

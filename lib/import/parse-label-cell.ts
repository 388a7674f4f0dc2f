/**
 * Reads a CSV labels cell. Label names are separated by `|` (`spam|urgent`); a name that
 * itself holds a `|` can be written as a JSON array instead (`["a|b", "c"]`), recognised
 * by the leading `[`. Commas never separate, so `Sales, EMEA` is one label. An empty cell
 * means no labels. Returns the names as written, or a message when the cell is unreadable.
 *
 * @example parseLabelCell('spam | urgent') // ['spam ', ' urgent'] (trimmed later)
 */
export function parseLabelCell(cell: string): string[] | string {
  const trimmed = cell.trim();
  if (trimmed === '') return [];
  if (!trimmed.startsWith('[')) return cell.split('|');

  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    value = undefined;
  }

  const isStringArray = Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (isStringArray) return value as string[];

  return (
    'labels cell starts with "[" but is not a JSON array of strings; ' +
    'write labels as a|b or ["a", "b"]'
  );
}

export interface Column {
  header: string;
  /** Numbers read best right-aligned; words left-aligned. */
  align?: 'left' | 'right';
}

/**
 * Renders rows as a plain-text table with a header rule, every column as wide as
 * its widest cell, so the bench output can be pasted into docs and diffed as is.
 *
 * @example
 * formatTable([{ header: 'labels', align: 'right' }, { header: 'ok' }], [['1', 'yes']])
 * // labels | ok
 * // -------+----
 * //      1 | yes
 */
export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i]!;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')
      .trimEnd();

  return [
    line(columns.map((column) => column.header)),
    widths.map((width) => '-'.repeat(width)).join('-+-'),
    ...rows.map(line),
  ].join('\n');
}

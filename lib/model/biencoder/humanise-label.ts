/**
 * Turns a stored label name into words a sentence encoder can read: snake_case,
 * kebab-case, dotted and camelCase/PascalCase names become lower-case words.
 * Acronyms stay together (`getATMCard` → "get atm card"); digits split from letters.
 *
 * @example humaniseLabel('card_arrival') // 'card arrival'
 * @example humaniseLabel('AddToPlaylist') // 'add to playlist'
 * @example humaniseLabel('top-up-by-card') // 'top up by card'
 */
export function humaniseLabel(name: string): string {
  return (
    name
      // Separators used in identifiers; a dot between digits ("2.0") is kept.
      .replace(/[_-]+/g, ' ')
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      // lower→Upper boundary: "toPlaylist" → "to Playlist".
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      // End of an acronym: "ATMCard" → "ATM Card".
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      // Letter↔digit boundaries: "top10" → "top 10".
      .replace(/(\p{L})(\p{N})/gu, '$1 $2')
      .replace(/(\p{N})(\p{L})/gu, '$1 $2')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

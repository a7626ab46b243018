/** Markdown characters that could start markup inside a table cell, escaped with a backslash. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#|~!]/g;
/** Control characters and line separators, which would break the row. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** HTML's own specials, written as entities so no tag or entity of the input survives. */
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * One Markdown table cell: every character that could open markup (links, images, emphasis, code,
 * a cell break) is backslash-escaped, `<`, `>` and `&` become entities, and control characters and
 * line breaks become spaces.
 */
export function mdCell(value: string | undefined | null): string {
  return (value ?? '')
    .replace(CONTROL, ' ')
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** A Markdown table: a header row, the separator, then one row per entry. */
export function mdTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | undefined>>): string {
  const line = (cells: ReadonlyArray<string | undefined>) => `| ${cells.map((c) => mdCell(c)).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

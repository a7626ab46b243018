import type { TextStream } from './context.js';

/**
 * Characters a terminal may act on rather than print: C0 controls except tab and newline (ESC starts
 * CSI/OSC sequences that move the cursor, recolour, retitle or hyperlink), DEL, the C1 controls
 * (U+009B is a one-byte CSI on some terminals) and the bidi controls that reorder what is shown.
 * A CR is one too, unless it ends a CRLF line (CSV).
 */
const TERMINAL_CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/** The Unicode bidirectional controls (embeddings, overrides, isolates, marks). */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text inert for a terminal: every control character becomes its visible escape (`\x1b`,
 * `\u202e`), so an escape sequence in vendor data prints as text instead of acting. Tab, newline
 * and CRLF pass unchanged.
 */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `text` as it may be written to `stream`: escaped by {@link escapeControls} when the stream is a terminal. */
export function forStream(stream: Pick<TextStream, 'isTTY'>, text: string): string {
  return stream.isTTY ? escapeControls(text) : text;
}

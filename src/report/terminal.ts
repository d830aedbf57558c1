/** Text safe to show: one line for a terminal or a CI log, JSON for stdout. Pure. */

// C0 controls (line breaks, tab, ESC…), DEL, C1 controls, the Unicode line and paragraph
// separators and the bidi controls that reorder what a terminal shows.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * One line for a person or a CI log, whatever it quotes: every control character a key, a file
 * name or a value may hold is shown as an escape (`\n`, `\x1b`, `\u202e`), so nothing a config
 * says can start a new line (`::error …` in GitHub Actions), move the cursor or recolour the
 * terminal. For lines we compose; JSON output is escaped by JSON itself.
 */
export function terminalLine(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
  });
}

/**
 * JSON for stdout: JSON.stringify escapes C0 controls itself; DEL, C1, the line separators and
 * bidi controls it leaves raw are written as `\uXXXX` too (the same JSON value), so a CI log
 * showing the report cannot be tricked either.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

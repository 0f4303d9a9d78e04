// Text from an article printed to a terminal: control characters must not reach it. An
// escape sequence in a title or a chrome line could clear the screen, rename the window
// or hide lines; a line break inside a field could forge a line of the report.

/** C0 controls and DEL: shown as their Unicode pictures (␛ for ESC), so they stay visible. */
// eslint-disable-next-line no-control-regex -- the controls are what this pattern is for
const C0_AND_DEL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** C1 controls (U+0080–U+009F: CSI, OSC… in some terminals): the replacement character. */
const C1 = /[\u0080-\u009f]/g;
/** Tabs and line breaks inside a field: a space, so that each report line stays one line. */
const BREAKS = /[\t\n\r\u2028\u2029]/g;

/** A line of the text report with every control character made harmless and visible. */
export function printable(line: string): string {
  return line
    .replace(BREAKS, ' ')
    .replace(C0_AND_DEL, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(C1, '\ufffd');
}

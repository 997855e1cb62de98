/**
 * Makes untrusted text safe to print in a message or a terminal: control characters (C0, C1,
 * line/paragraph separators, the replacement character) become `\xNN`, so that a data file or a
 * server cannot move the cursor or hide text; text longer than `max` characters is cut with « … ».
 */
export function visibleText(text: string, max: number): string {
  const visible = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return visible.length > max ? visible.slice(0, max) + '…' : visible;
}

/**
 * User-written text is stored and shown as plain text: no HTML, no Markdown, no links. React
 * escapes it on the page and JSON.stringify in the API and JSON-LD; what is removed here is what
 * plain text can still do harm with: control characters and the Unicode direction overrides that
 * make text display in another order than it reads ("Trojan Source").
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

export function toPlainText(input: string, { multiline = true }: { multiline?: boolean } = {}): string {
  let text = input.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(BIDI_CONTROL, "");
  if (multiline) {
    text = text
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n");
  } else {
    text = text.replace(/\s+/g, " ");
  }
  return text.trim();
}

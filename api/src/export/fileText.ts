// Text as the file writers (CSV, XLSX, iCalendar) put it down, safe on their own whatever the
// text: the edge refuses control characters and broken characters (http/inputText.ts), but names
// also come from the directory (SharePoint) and rows stored before the edge was strict.
//   - CR LF and CR become LF; other C0 and C1 control characters are removed (XML 1.0, which
//     XLSX is, cannot hold most of them at all; a NUL cuts some readers' lines).
//   - Lone surrogates and the noncharacters U+FFFE/U+FFFF become U+FFFD (XML refuses them; in
//     UTF-8 they cannot be written).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const UNWRITABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

export const fileText = (text: string): string => text.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(UNWRITABLE, "\uFFFD");

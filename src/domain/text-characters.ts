// Characters no text of the tracker holds: they show nothing, and XML (the feeds, the SVG of share
// pictures) forbids most of them, so one of them in a title broke /feed.xml and the share picture.

/**
 * C0 and C1 control characters and DEL, except tab, line feed and carriage return; noncharacters
 * (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their kin in every plane); and halves of surrogate pairs
 * that stand alone (with the `u` flag, \p{Cs} matches only those).
 */
const DISALLOWED = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** The text without disallowed characters; tab, line feed and carriage return stay. */
export function withoutDisallowed(text: string): string {
  return text.replace(DISALLOWED, '');
}

/** One line of text (a title, a name): line breaks and tabs become spaces. */
export function lineText(text: string): string {
  return withoutDisallowed(text).replace(/\r\n|[\t\n\r]/g, ' ');
}

/** A longer text (Markdown): every line break becomes \n, tabs stay. */
export function multilineText(text: string): string {
  return withoutDisallowed(text).replace(/\r\n?/g, '\n');
}

/** The first disallowed character of the text and its UTF-16 offset, if there is one. */
export function findDisallowed(text: string): { index: number; codePoint: number } | undefined {
  DISALLOWED.lastIndex = 0;
  const match = DISALLOWED.exec(text);
  DISALLOWED.lastIndex = 0;
  return match ? { index: match.index, codePoint: match[0].codePointAt(0)! } : undefined;
}

/** "the control character U+0001", for messages. */
export function describeDisallowed(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `half of a surrogate pair (${hex}) standing alone`;
  if (codePoint <= 0x9f) return `the control character ${hex}`;
  return `the noncharacter ${hex}`;
}

/** The text's first `length` UTF-16 units, one fewer where the cut would split a surrogate pair (an emoji, say). */
export function cutText(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

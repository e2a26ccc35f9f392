// The opaque page cursor of the API: base64url of a small JSON object naming the last id seen.
// Opaque so that clients keep it as it is and we may change the sort key later.
import { z } from 'zod';

const cursorSchema = z.object({ after: z.number().int().nonnegative() });

export function encodeCursor(afterId: number): string {
  return Buffer.from(JSON.stringify({ after: afterId }), 'utf8').toString('base64url');
}

/** The id after which the page starts, or undefined when the text is not one of our cursors. */
export function decodeCursor(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data.after : undefined;
  } catch {
    return undefined;
  }
}

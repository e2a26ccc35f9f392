// The public forms' honeypot: a field people do not see (web/forms/form-parts.tsx) and bots fill in.
// A form caught in it is thanked as usual and dropped, so the bot learns nothing.
import { z } from 'zod';

/** The field's name: one that form-filling bots are keen on. */
export const HONEYPOT_FIELD = 'website';

/** Spread into a form's schema. */
export const honeypot = { [HONEYPOT_FIELD]: z.string().default('') };

export function caughtInHoneypot(form: { [HONEYPOT_FIELD]: string }): boolean {
  return form[HONEYPOT_FIELD] !== '';
}

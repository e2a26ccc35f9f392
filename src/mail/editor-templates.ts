// Plain-text mails to the back office's own accounts (German only, like the back office).
import type { MailContent } from './templates.ts';

export interface SuggestionAlert {
  pledgeTitle: string;
  text: string;
  sourceUrl: string;
  reviewUrl: string;
  settingsUrl: string;
}

/** A suggestion arrived: what it says and where to moderate it; where to switch these mails off. */
export function suggestionAlertMail(alert: SuggestionAlert): MailContent {
  const text = alert.text.trim();
  const shown = text.length <= 600 ? text : `${text.slice(0, 600).replace(/\s+\S*$/, '')} …`;
  return {
    subject: `Neuer Hinweis zu „${alert.pledgeTitle}“`,
    body:
      [
        `Zum Vorhaben „${alert.pledgeTitle}“ ist ein Hinweis eingegangen:`,
        shown,
        `Nachweis: ${alert.sourceUrl}`,
        `Prüfen: ${alert.reviewUrl}`,
        `Diese Mails abbestellen: ${alert.settingsUrl}`,
      ].join('\n\n') + '\n',
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

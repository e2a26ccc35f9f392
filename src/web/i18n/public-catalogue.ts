// The public site's one catalogue, German and English: the base strings (de.ts, en.ts) and the parts each
// area keeps beside its pages, gathered so that both languages can be held to the same keys.
import { formMessages } from '../forms/messages.ts';
import { messages as agreements } from '../public/agreements/messages.ts';
import { messages as downloads } from '../public/downloads/messages.ts';
import { messages as method } from '../public/method/messages.ts';
import { messages as pledgeList } from '../public/pledge-list/messages.ts';
import { messages as search } from '../public/search/messages.ts';
import { messages as statistics } from '../public/statistics/messages.ts';
import { subscriptionMessages } from '../public/subscriptions/messages.ts';
import { suggestMessages } from '../public/suggest/messages.ts';
import { messages as terms } from '../public/terms/messages.ts';
import type { Locale } from './locale.ts';
import { messagesFor } from './messages.ts';

export function publicCatalogue(locale: Locale) {
  return {
    base: messagesFor(locale),
    forms: formMessages[locale],
    agreements: agreements[locale],
    downloads: downloads[locale],
    method: method[locale],
    pledgeList: pledgeList[locale],
    search: search[locale],
    statistics: statistics[locale],
    subscriptions: subscriptionMessages[locale],
    suggest: suggestMessages[locale],
    terms: terms[locale],
  };
}

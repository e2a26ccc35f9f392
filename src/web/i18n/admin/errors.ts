// Part of the back office's catalogue (catalogue.ts): what the services' failures of the back office say.
import type { AdminErrorParams } from '../../../domain/errors.ts';

export const adminErrors: { [K in keyof AdminErrorParams]: (params: AdminErrorParams[K]) => string } = {
  'notFound.development': () => 'Entwicklung nicht gefunden',
  'notFound.suggestion': () => 'Hinweis nicht gefunden',
  'notFound.candidate': () => 'Vorschlag nicht gefunden',
  'notFound.proposal': () => 'Fund nicht gefunden',
  'notFound.feed': () => 'Feed nicht gefunden',
  'notFound.account': () => 'Konto nicht gefunden',
  'notFound.government': () => 'Regierung nicht gefunden',
  'forbidden.permission': () => 'Dafür fehlt diesem Konto die Berechtigung.',
  'forbidden.developmentsOfPledge': () => 'Entwicklungen zu diesem Vorhaben darf dieses Konto nicht bearbeiten.',
  'forbidden.moderateSuggestions': () => 'Hinweise moderieren nur Redaktion und Administration.',
  'forbidden.reviewCandidates': () => 'Vorschläge prüfen dürfen nur Redaktion und Administration.',
  'forbidden.reviewProposals': () =>
    'Funde prüfen dürfen Redaktion, Administration und die Fachleute der Partnerorganisation eines Vorhabens.',
  'forbidden.proposalsOfPledge': () => 'Die Funde zu diesem Vorhaben prüft dieses Konto nicht.',
  'forbidden.manageSources': () => 'Die Quellen der Suche verwaltet die Administration.',
  'forbidden.readAudit': () => 'Das Protokoll lesen nur Redaktion und Administration.',
  'forbidden.deletePublished': () => 'Veröffentlichte Entwicklungen werden zurückgezogen, nicht gelöscht.',
  'conflict.suggestionDecided': () => 'Über diesen Hinweis ist schon entschieden worden.',
  'conflict.suggestionDecidedMeanwhile': () => 'Über diesen Hinweis hat inzwischen jemand anderes entschieden.',
  'conflict.proposalDecidedMeanwhile': () => 'Über diesen Fund hat inzwischen jemand anderes entschieden.',
  tooManyAttempts: ({ minutes, newBrowser }) =>
    `Zu viele Fehlversuche. Bitte in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut versuchen.` +
    (newBrowser ? ' In einem Browser, in dem Sie sich hier schon angemeldet haben, geht es sofort.' : ''),
};

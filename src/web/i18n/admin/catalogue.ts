// The back office's one catalogue (German only): every string of its pages, by area; the areas' files are its parts.
import { DOCUMENT_KIND_LABELS, PROPOSAL_STATE_LABELS, proposalStrings, sourceStrings } from './evidence.ts';
import { candidateCardStrings, candidateOfferStrings, candidateQueueStrings } from './candidates.ts';
import { developmentFormStrings } from './developments.ts';
import { adminErrors } from './errors.ts';
import { DECISION_LABELS, fieldTexts } from './fields.ts';
import {
  accountStrings,
  ACTION_LABELS,
  auditStrings,
  ENTITY_LABELS,
  FIELD_LABELS,
  governmentStrings,
  passwordStrings,
  suggestionStrings,
} from './moderation.ts';
import { dashboardStrings, queueOrderStrings } from './dashboard.ts';
import { ministryStrings } from './ministries.ts';
import { notificationStrings } from './notifications.ts';
import { pledgeFormStrings, pledgeListStrings } from './pledges.ts';
import { ROLE_LABELS, shellStrings } from './shell.ts';

export const adminMessages = {
  shell: shellStrings,
  roleLabels: ROLE_LABELS,
  errors: adminErrors,
  fields: fieldTexts,
  candidateCard: candidateCardStrings,
  candidateQueue: candidateQueueStrings,
  candidateOffers: candidateOfferStrings,
  decisionLabels: DECISION_LABELS,
  password: passwordStrings,
  accounts: accountStrings,
  governments: governmentStrings,
  ministries: ministryStrings,
  suggestions: suggestionStrings,
  audit: auditStrings,
  entityLabels: ENTITY_LABELS,
  actionLabels: ACTION_LABELS,
  fieldLabels: FIELD_LABELS,
  proposals: proposalStrings,
  proposalStateLabels: PROPOSAL_STATE_LABELS,
  documentKindLabels: DOCUMENT_KIND_LABELS,
  sources: sourceStrings,
  pledgeList: pledgeListStrings,
  developmentForm: developmentFormStrings,
  pledgeForm: pledgeFormStrings,
  dashboard: dashboardStrings,
  queueOrder: queueOrderStrings,
  notifications: notificationStrings,
};

export type AdminMessages = typeof adminMessages;

export { formatDateTime } from './moderation.ts';

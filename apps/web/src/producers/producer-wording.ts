import type { ProducerOutcome, ProducerSource } from '../api/types';

export const SOURCE_NAMES: Readonly<Record<ProducerSource, string>> = {
  'street-manager': 'Street Manager',
  'citizen-space': 'Citizen Space',
  mailbox: 'Shared mailbox',
  whatdotheyknow: 'WhatDoTheyKnow',
};

export const OUTCOMES: Readonly<Record<ProducerOutcome, { label: string; tag: string }>> = {
  pending: { label: 'Waiting', tag: 'govuk-tag--yellow' },
  received: { label: 'Received', tag: 'govuk-tag--blue' },
  alert: { label: 'Alert sent', tag: 'govuk-tag--green' },
  update: { label: 'Update sent', tag: 'govuk-tag--green' },
  cancel: { label: 'Cancellation sent', tag: 'govuk-tag--purple' },
  ignore: { label: 'No alert needed', tag: 'govuk-tag--grey' },
  duplicate: { label: 'Already received', tag: 'govuk-tag--grey' },
  error: { label: 'Could not be read', tag: 'govuk-tag--red' },
  held: { label: 'Area not mapped', tag: 'govuk-tag--orange' },
  draft: { label: 'Draft for an officer', tag: 'govuk-tag--light-blue' },
};

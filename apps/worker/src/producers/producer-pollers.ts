import { citizenSpacePollers } from './citizen-space/citizen-space.poller';
import { mailboxPollers } from './mailbox/mailbox.poller';
import type { PollerFactory } from './producer-poller';
import { whatDoTheyKnowPollers } from './whatdotheyknow/whatdotheyknow.poller';

/** Every source the worker polls: adding one is a folder beside these and one line here. */
export const PRODUCER_POLLERS: readonly PollerFactory[] = [
  citizenSpacePollers,
  mailboxPollers,
  whatDoTheyKnowPollers,
];

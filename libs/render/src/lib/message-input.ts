import {
  councilWords,
  type AlertEvent,
  type EventContact,
  type Meeting,
  type Policy,
  type Reason,
} from '@member-alerts/protocol';

/** The council's own words an e-mail uses, from its policy file. */
export interface CouncilWording {
  /** Its whole area, as a line starts ("The whole borough"). */
  readonly wholeArea: string;
  /** Each role as its holder is called: "Leader of the Council". */
  readonly roleTitles: Readonly<Record<string, string>>;
}

export function councilWording(policy: Pick<Policy, 'words' | 'roles'>): CouncilWording {
  const whole = councilWords(policy).wholeArea;
  return {
    wholeArea: whole.charAt(0).toUpperCase() + whole.slice(1),
    roleTitles: Object.fromEntries(
      Object.entries(policy.roles ?? {}).map(([role, r]) => [role, r?.title ?? r?.label ?? role]),
    ),
  };
}

/** What a message about one version of an event is composed from: the row, the event, its plan. */
export interface MessageInput {
  readonly notification: {
    readonly id: string;
    readonly eventId: string;
    readonly eventVersion: number;
    readonly recipientName: string;
    readonly email: string;
    readonly action: 'invite' | 'notify' | 'inform';
    readonly change: 'new' | 'updated' | 'removed' | 'cancelled';
    readonly reasons: readonly Reason[];
  };
  /** The version of the event as the officer gave it. */
  readonly event: AlertEvent;
  readonly plan: {
    readonly paragraph: string;
    readonly summary: string;
    readonly affectedDivisions: readonly string[];
    readonly countywide?: boolean;
    readonly meeting?: Meeting;
  };
  readonly changes: readonly string[];
  readonly ackUrl: string;
  /** The event's page in the console. */
  readonly eventUrl: string;
  /** Who sends it; the contact, for events registered before events named one. */
  readonly organiser: { readonly name: string; readonly email: string };
  readonly council: CouncilWording;
}

/** The officer to ask: the event's contact, or the sender for events from before events named one. */
export function contactOf(input: {
  readonly event?: Pick<AlertEvent, 'contact'> | undefined;
  readonly organiser: MessageInput['organiser'];
}): EventContact {
  return input.event?.contact ?? input.organiser;
}

/** The address of a sender written as `Name <address>`, or as the address alone. */
export function fromAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** Whom to ask about an event registered before events named a contact: the sender. */
export function senderAsContact(from: string): MessageInput['organiser'] {
  return { name: 'Member Alerts', email: fromAddress(from) };
}

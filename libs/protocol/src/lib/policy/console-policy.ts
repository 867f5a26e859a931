import { EVENT_FIELD_TABLE } from '../event/event-fields';
import type { Policy } from './policy.types';

/** A kind of event as the console's form offers it. */
export interface ConsoleKind {
  readonly key: string;
  readonly label: string;
  readonly hint: string;
  readonly paragraph: string;
  readonly urgent: boolean;
  /** The fields an event of this kind must give, labelled as the form asks for them. */
  readonly requires: readonly { readonly field: string; readonly label: string; readonly because: string }[];
}

/** The council's rules as the console reads them: its words and kinds, nothing of the file's syntax. */
export interface ConsolePolicy {
  readonly council: {
    readonly name: string;
    readonly area: { readonly one: string; readonly many: string; readonly whole: string };
  };
  readonly kinds: readonly ConsoleKind[];
}

export function consolePolicy(policy: Policy): ConsolePolicy {
  const words = policy.words;
  return {
    council: {
      name: policy.council,
      area: {
        one: words?.area ?? 'electoral division',
        many: words?.areas ?? 'electoral divisions',
        whole: words?.wholeArea ?? 'the whole county',
      },
    },
    kinds: Object.entries(policy.kinds).map(([key, k]) => ({
      key,
      label: k.label ?? key,
      hint: k.hint ?? k.summary,
      paragraph: k.paragraph,
      urgent: k.urgent ?? false,
      requires: k.requires.map((r) => ({
        field: r.field,
        label: EVENT_FIELD_TABLE[r.field].form?.label ?? r.field,
        because: r.because,
      })),
    })),
  };
}

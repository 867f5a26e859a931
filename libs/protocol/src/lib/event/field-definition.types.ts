/** A field's JSON Schema, as plain data: the API's OpenAPI document is built from it. */
export interface FieldSchema {
  readonly type: 'string' | 'boolean' | 'object' | 'array';
  readonly format?: 'date-time' | 'email' | 'uri';
  readonly enum?: readonly string[];
  readonly maxLength?: number;
  readonly items?: FieldSchema;
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly description?: string;
}

/** The sentence an alert says when a field changes between versions. */
export type ChangeWording =
  /** A moment: "The start moved from 7pm to 7:30pm on Wednesday 14 July." */
  | { readonly moved: string }
  /** A line of text: 'The venue is now "Oadby Library" (it was "Wigston Library").' */
  | { readonly renamed: string }
  /** The person to ask: "Please now contact Sam Patel."; `changed` when the new one has no name. */
  | { readonly askNow: string; readonly changed: string }
  /** One sentence; `removed` instead when the new value is empty. */
  | { readonly changed: string; readonly removed?: string }
  /** A yes/no setting: `now` when it turns true, `noLonger` otherwise. */
  | { readonly now: string; readonly noLonger: string }
  /** A flag: "It is now marked as major." / "It is no longer marked as major." */
  | { readonly marked: string };

/** How the console's form asks for a field; a kind may word the label or hint its own way. */
export interface FormWording {
  readonly label: string;
  readonly hint?: string;
  /** The error when a kind requires the field and it is left empty. */
  readonly missing?: string;
}

/** One field of an event: how it is sent, how its change is told, how the form asks for it. */
export interface FieldDefinition {
  /** Absent for a field the API gives rather than reads (the id). */
  readonly schema?: FieldSchema;
  /** Every event is sent with it, whatever its kind. */
  readonly always?: true;
  /** Absent for a field whose change members do not read about. */
  readonly change?: ChangeWording;
  readonly form?: FormWording;
}

import { z } from 'zod';

// The one definition of a council's policy file. The published JSON Schema
// (libs/protocol/policy.schema.json), the checker and `policy show` all come from here; a new
// setting is added here first. `format` numbers the layout, so an older file can be carried forward.
export const POLICY_FORMAT = 1;

const FLAGS = ['servesAdjoining', 'controversial', 'individualServiceComplaint', 'major'] as const;
export const DATE_FIELDS = ['startsAt', 'endsAt', 'opensAt', 'closesAt', 'respondBy'] as const;
const ACTIONS = ['invite', 'notify', 'inform'] as const;
export const PRE_ELECTION_CHOICES = ['send', 'hold'] as const;
// The fields of an event the form can ask for by kind.
export const FORM_FIELDS = [
  ...DATE_FIELDS,
  'body',
  'service',
  'portfolio',
  'affectedArea',
  ...FLAGS,
] as const;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, {
    error: 'use lower-case letters, digits and underscores, starting with a letter',
  })
  .meta({ description: 'A name the file and events use: lower case, digits and underscores.' });
const text = z.string().trim().min(1, { error: 'must not be empty' });
const londonDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD, for example 2026-05-07' })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T12:00:00Z`)) && new Date(`${d}T12:00:00Z`).toISOString().startsWith(d),
    {
      error: 'is not a date in the calendar',
    },
  )
  .meta({ description: 'A London date, YYYY-MM-DD.' });
const paragraph = z
  .union([z.string().regex(/^\d+[a-z]?(, \d+[a-z]?)*$/), z.int().positive()], {
    error: 'write the paragraph number, or numbers separated by ", " ("26, 35")',
  })
  .meta({ description: 'The paragraph of the protocol, or paragraphs separated by ", ".' });

// Every rule says where it comes from: exactly one of these two (the checker enforces "exactly").
const basis = {
  protocol: text
    .optional()
    .meta({ description: "The protocol's own words that this rule keeps, quoted exactly." }),
  choice: text
    .optional()
    .meta({ description: "The council's reason, where the rule is the council's own choice." }),
};

const flagCondition = z.strictObject({
  flag: z.enum(FLAGS, { error: `use one of the event's flags: ${FLAGS.join(', ')}` }),
  is: z.boolean({ error: 'use true or false' }),
});

export type ConditionInFile =
  | z.infer<typeof flagCondition>
  | { readonly bodyIn: readonly string[] }
  | { readonly allOf: readonly ConditionInFile[] }
  | { readonly anyOf: readonly ConditionInFile[] };

const condition: z.ZodType<ConditionInFile> = z.lazy(() =>
  z
    .union(
      [
        flagCondition,
        z.strictObject({ bodyIn: z.array(id).min(1) }),
        z.strictObject({ allOf: z.array(condition).min(1) }),
        z.strictObject({ anyOf: z.array(condition).min(1) }),
      ],
      {
        error:
          'write a condition as { flag: NAME, is: true or false }, { bodyIn: [BODY, …] }, ' +
          '{ allOf: [CONDITION, …] } or { anyOf: [CONDITION, …] }',
      },
    )
    .meta({ description: 'A test on an event: a flag, the body a report goes to, or all or any of others.' }),
);

const dateField = z.enum(DATE_FIELDS, { error: `use one of the event's dates: ${DATE_FIELDS.join(', ')}` });

const timing = z
  .discriminatedUnion(
    'at',
    [
      z.strictObject({ at: z.literal('now'), ...basis }),
      z.strictObject({
        at: z.literal('before'),
        date: dateField,
        hours: z.number().positive().max(8760),
        ...basis,
      }),
      z.strictObject({
        at: z.literal('working_days_before'),
        date: dateField,
        days: z.int().min(1).max(60),
        ...basis,
      }),
    ],
    { error: 'set at: to now, before (with date: and hours:) or working_days_before (with date: and days:)' },
  )
  .meta({
    description: 'When the notice goes: now, N hours before a date, or N working days before a date.',
  });

const adjoining = z
  .strictObject({
    tell: z.enum(['always', 'never', 'when'], { error: 'use always, never or when' }),
    when: condition.optional(),
    ...basis,
  })
  .meta({ description: 'Whether members for the adjoining divisions are told too.' });

const area = z
  .strictObject({
    from: z
      .array(z.enum(['location', 'affectedArea'], { error: 'use location or affectedArea' }))
      .min(1)
      .max(2),
    ...basis,
  })
  .meta({
    description: "Which of the event's geometries decides the affected divisions, first that is given.",
  });

const requirement = z.strictObject({
  field: z.enum([...DATE_FIELDS, 'body', 'service', 'portfolio'], {
    error: `use one of ${[...DATE_FIELDS, 'body', 'service', 'portfolio'].join(', ')}`,
  }),
  oneOf: z.array(id).min(1).optional(),
  because: text.meta({ description: 'What the form says when the field is missing or wrong.' }),
});

const exclusion = z.strictObject({
  when: condition,
  paragraph,
  reason: text.meta({
    description: 'What the plan says when the event is left out, with the protocol quoted.',
  }),
  ...basis,
});

const target = z
  .strictObject({
    role: id.optional(),
    samePortfolio: z.boolean().optional(),
    otherwise: id.optional(),
    chairOfBody: z.literal(true).optional(),
  })
  .meta({
    description:
      'A role (the lead member for the portfolio with samePortfolio, with a role to tell otherwise), or the chair of the body a report goes to.',
  });

const kindRules = {
  timing: timing.optional(),
  adjoining: adjoining.optional(),
  area: area.optional(),
  interest: z
    .strictObject({ tell: z.boolean({ error: 'use true or false' }), ...basis })
    .optional()
    .meta({ description: 'Whether members with a registered interest in a topic of the event are told.' }),
  urgent: z
    .strictObject({ is: z.boolean({ error: 'use true or false' }), ...basis })
    .optional()
    .meta({ description: 'Urgent: quiet hours and the daily summary never hold it back.' }),
  text: z
    .strictObject({ send: z.boolean({ error: 'use true or false' }), ...basis })
    .optional()
    .meta({
      description:
        'Also by text: members who gave a mobile number get a short text as well as the e-mail. Quiet hours apply to texts unless the kind is urgent.',
    }),
  preElection: z
    .strictObject({
      during: z.enum(PRE_ELECTION_CHOICES, {
        error: 'use send (sent as usual) or hold (held for democratic services)',
      }),
      ...basis,
    })
    .optional()
    .meta({
      description:
        'During a pre-election period that covers its divisions: send as usual, or hold it for democratic services to release or withdraw.',
    }),
};

const formField = z
  .strictObject({
    field: z.enum(FORM_FIELDS, { error: `use one of ${FORM_FIELDS.join(', ')}` }),
    label: text.optional().meta({ description: 'The label, where the kind words the field its own way.' }),
    hint: text.optional().meta({ description: 'The line under the field, for this kind.' }),
  })
  .meta({ description: 'A field the form asks for with this kind.' });

const kind = z.strictObject({
  label: text.meta({ description: 'The kind as the form names it.' }),
  hint: text.meta({ description: 'The line under it in the form.' }),
  paragraph,
  summary: text.meta({ description: 'What the protocol asks, in one line, as plans show it.' }),
  tell: z
    .strictObject({
      who: z.enum(['local_members', 'service_officers'], { error: 'use local_members or service_officers' }),
      action: z.enum(ACTIONS, { error: `use one of ${ACTIONS.join(', ')}` }),
      ...basis,
    })
    .meta({ description: 'Who the kind is for, and what they are asked to do.' }),
  ...kindRules,
  requires: z.array(requirement).optional(),
  form: z
    .array(formField)
    .optional()
    .meta({ description: "The kind's own fields on the form, in order, with the words the form says." }),
  exclusions: z.array(exclusion).optional(),
  escalation: z
    .strictObject({ to: z.array(target).min(1), ...basis })
    .optional()
    .meta({ description: 'Others to tell besides the local members.' }),
  meeting: z
    .strictObject({ paragraph, bodies: z.array(id).min(1), rightToAttendAndSpeak: text, ...basis })
    .optional()
    .meta({
      description: 'The meeting a report goes to, and the words on attending it ({body} is its name).',
    }),
});

const crossCutting = z.strictObject({
  paragraph,
  action: z.enum(ACTIONS, { error: `use one of ${ACTIONS.join(', ')}` }),
  ...basis,
});

export const policyFileSchema = z
  .strictObject({
    format: z.literal(POLICY_FORMAT, {
      error: `this version of Member Alerts reads format ${POLICY_FORMAT}`,
    }),
    council: z.strictObject({
      name: text,
      takesEffect: londonDate.meta({ description: 'The London date this revision takes effect.' }),
      words: z.strictObject({
        area: text.meta({ description: 'What an area is called: "electoral division" or "ward".' }),
        areas: text,
        wholeArea: text.meta({ description: "The whole of the council's area, as a sentence says it." }),
        circulationName: text.meta({
          description: 'The name used in circulation text: "All members of the {circulationName}."',
        }),
      }),
    }),
    roles: z
      .record(
        id,
        z.strictObject({
          label: text,
          title: text
            .optional()
            .meta({ description: 'The role as its holder is called: "Leader of the Council".' }),
          needsPortfolio: text.optional().meta({
            description:
              'The role is held for a portfolio: an event that asks for it must give its portfolio, for this reason.',
          }),
          holders: z
            .enum(['one', 'many'], {
              error: 'say how many members may hold the role at once: one or many',
            })
            .optional()
            .meta({
              description:
                'How many members may hold the role at once: "one" for a single office such as the Leader (the roster refuses a second holder); "many", the default, for any number.',
            }),
        }),
      )
      .meta({ description: 'The roles the rules name.' }),
    bodies: z.record(id, z.strictObject({ label: text })).meta({ description: 'The bodies reports go to.' }),
    workingDays: z.strictObject({
      bankHolidays: z.literal('england_and_wales', { error: 'use england_and_wales' }),
      closures: z
        .array(z.strictObject({ date: londonDate, name: text }))
        .optional()
        .meta({ description: "The council's own closure days, which are not working days." }),
    }),
    preElection: z
      .strictObject({
        periods: z.array(
          z.strictObject({
            election: text.meta({
              description: 'The election, as the console names it: "the council elections of May 2029".',
            }),
            from: londonDate.meta({ description: 'Notice of election: the first day of the period.' }),
            to: londonDate.meta({ description: 'Close of poll: the last day of the period.' }),
            divisions: z
              .array(text)
              .min(1)
              .optional()
              .meta({
                description: 'The divisions it covers, by name (a by-election); none for the whole council.',
              }),
          }),
        ),
        hold: z
          .strictObject({ kinds: z.array(id).min(1), ...basis })
          .optional()
          .meta({
            description:
              "Kinds held for democratic services during a period, with one reason; a kind's own preElection rule says it for one kind.",
          }),
      })
      .optional(),
    interest: crossCutting,
    escalation: crossCutting,
    defaults: z
      .strictObject({
        timing,
        adjoining,
        area,
        interest: kindRules.interest.unwrap(),
        urgent: kindRules.urgent.unwrap(),
        preElection: kindRules.preElection,
      })
      .meta({ description: 'The rules every kind follows unless it says otherwise.' }),
    kinds: z.record(id, kind).meta({ description: 'The kinds of event the council recognises.' }),
  })
  .meta({ title: "A council's policy file", description: 'One revision of the rules a council keeps.' });

export type PolicyFile = z.infer<typeof policyFileSchema>;
export type KindInFile = z.infer<typeof kind>;
export type TargetInFile = z.infer<typeof target>;
export type FormFieldInFile = z.infer<typeof formField>;

import type { EventKind } from '../event/event-kind';
import type { KindPolicy, Policy, Timing } from './policy.types';

// Leicestershire County Council, Constitution Part 5C, Protocol on Member/Officer Relations,
// paragraphs 26–36 ("Keeping Members informed of matters affecting their electoral division"),
// as revised in December 2023. Each row is one kind of event; read it as a sentence:
// "for <kind>, §<paragraph> asks us to <action> the <audience>, <timing>, ...".

// §26: "fully informed as early as possible".
const NOW: Timing = { at: 'now' };
const LOCATION_FIRST: KindPolicy['area'] = ['location', 'affectedArea'];

const LOCAL = {
  audience: 'local_members',
  timing: NOW,
  adjoining: 'never',
  area: LOCATION_FIRST,
  requires: [],
  exclusions: [],
  escalation: [],
  interest: true,
} as const satisfies Omit<KindPolicy, 'paragraph' | 'summary' | 'action'>;

const SENSITIVE_BODIES = ['cabinet', 'scrutiny', 'regulatory'];
const INFORMAL_BODIES = ['informal_panel', 'working_party'];

const kinds: Record<EventKind, KindPolicy> = {
  facility_event: {
    ...LOCAL,
    paragraph: '28',
    summary: 'Members are invited to an event organised in their division, such as a facility opening.',
    action: 'invite',
    // §28: "If the facility or the service provides services to adjoining electoral divisions the
    // additional members should also be invited."
    adjoining: { when: { flag: 'servesAdjoining', is: true } },
  },
  public_meeting: {
    ...LOCAL,
    paragraph: '29',
    summary: 'Members for the division(s) affected are invited to a public meeting the Council organises.',
    action: 'invite',
    // §29: "the electoral division(s) affected": the area, which need not be the venue's.
    area: ['affectedArea', 'location'],
  },
  member_public_meeting: {
    ...LOCAL,
    paragraph: '30',
    summary: 'A member arranging a public meeting on Council business informs the relevant officer(s).',
    audience: 'service_officers',
    action: 'inform',
    requires: [
      { field: 'service', because: '§30: the relevant officers are found by the service concerned' },
    ],
  },
  consultation: {
    ...LOCAL,
    paragraph: '31',
    summary: 'Members are notified immediately prior to the outset of a consultative exercise.',
    action: 'notify',
    timing: { at: 'before', field: 'opensAt', hours: 24 },
    requires: [{ field: 'opensAt', because: '§31: notice is timed from the outset of the consultation' }],
  },
  sensitive_report: {
    ...LOCAL,
    paragraph: '32',
    summary: 'Report authors draw a sensitive issue in a report to the attention of the members concerned.',
    action: 'notify',
    requires: [
      {
        field: 'body',
        oneOf: [...SENSITIVE_BODIES, ...INFORMAL_BODIES],
        because: '§32 depends on the body that considers the report',
      },
    ],
    exclusions: [
      {
        when: { bodyIn: INFORMAL_BODIES },
        paragraph: '32',
        reason:
          'The report goes to an informal panel or working party. §32: "This does not apply to reports ' +
          'considered by informal panels or working parties."',
      },
    ],
    meeting: {
      paragraph: '33',
      bodies: {
        cabinet: 'the Cabinet',
        scrutiny: 'the Overview and Scrutiny Committee',
        regulatory: 'a Regulatory Body',
      },
      rightToAttendAndSpeak:
        'You may attend the meeting of {body} as an observer (Standing Order 34), including any part ' +
        'from which the public is excluded, and, with the consent of the Chairman, speak (but not vote) ' +
        'on any matter. You may also make representations in writing, particularly if you cannot attend.',
    },
  },
  delegated_decision: {
    ...LOCAL,
    paragraph: '35',
    summary:
      'An issue arising from the exercise of a Chief Officer delegated power relating to the division.',
    action: 'notify',
  },
  press_enquiry: {
    ...LOCAL,
    paragraph: '35',
    summary: 'The press has asked a Chief Officer for comment on a matter relating to the division.',
    action: 'notify',
    // §36: the Cabinet Lead Member for the matter; the Leader when no lead member holds it.
    escalation: [{ role: 'cabinet_lead_member', samePortfolio: true, otherwise: 'leader' }],
  },
  partnership_action: {
    ...LOCAL,
    paragraph: '35',
    summary: 'A partnership body including the County Council proposes action on a matter in the division.',
    action: 'notify',
  },
  foi_request: {
    ...LOCAL,
    paragraph: '35',
    summary: 'A Freedom of Information request covering a controversial issue relating to the division.',
    action: 'notify',
    exclusions: [
      {
        when: { flag: 'controversial', is: false },
        paragraph: '35',
        reason:
          'The request is not marked controversial. §35 lists only "A Freedom of Information request ' +
          'covering a controversial issue relating to their division".',
      },
    ],
  },
  complaints: {
    ...LOCAL,
    paragraph: '35',
    summary:
      'Significant complaints from residents in the division, likely to lead to adverse media coverage.',
    action: 'notify',
    exclusions: [
      {
        when: { flag: 'individualServiceComplaint', is: true },
        paragraph: '26, 35',
        reason:
          'It is an individual service-related complaint. §26: "This arrangement does not extend to ' +
          'individual service-related complaints"; §35: "(excluding individual service-related complaints)".',
      },
    ],
  },
  road_works: {
    ...LOCAL,
    paragraph: '35',
    summary: 'Major road works: an operational matter with a significant impact on the community.',
    action: 'notify',
    // Traffic diverted by major works reaches the neighbouring divisions too.
    adjoining: 'always',
    exclusions: [
      {
        when: { flag: 'major', is: false },
        paragraph: '35',
        reason:
          'The road works are not marked major. §35 lists "A potentially controversial operational matter ' +
          'that will have a significant impact on the community in their division such as major road works".',
      },
    ],
  },
  service_change: {
    ...LOCAL,
    paragraph: '35',
    summary: 'A change such as new opening hours or the closure of a facility, with a significant impact.',
    action: 'notify',
  },
  major_incident: {
    ...LOCAL,
    paragraph: '35',
    summary: 'A major incident has taken place.',
    action: 'notify',
    adjoining: 'always',
    // §36: "the Leader, Deputy Leader or Cabinet Lead Member".
    escalation: [
      { role: 'leader' },
      { role: 'deputy_leader' },
      { role: 'cabinet_lead_member', samePortfolio: true },
    ],
  },
};

export const DEFAULT_POLICY: Policy = {
  council: 'Leicestershire County Council',
  kinds,
  // §34: members who registered an interest are "still expected" to get the information.
  interest: { paragraph: '34', action: 'notify' },
  // §36: "it would be appropriate for the officer concerned to notify other members".
  escalation: { paragraph: '36', action: 'notify' },
};

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import type { EventBody, Plan } from '../api/types';
import { LEICESTERSHIRE_CHOICES, LEICESTERSHIRE_KINDS } from '../test/council-kinds.util';
import { divisionsOf, render } from '../test/render.util';
import { EventForm, type EventFormProps } from './event-form';

const DIVISIONS = divisionsOf('Oadby', 'Wigston Bushloe', 'Loughborough East');

function planFor(body: EventBody): Plan {
  const affected = body.divisions ?? ['Oadby'];
  return {
    kind: body.kind,
    title: body.title,
    paragraph: '35',
    summary: 'Major road works: an operational matter with a significant impact on the community.',
    basis: 'the location given',
    countywide: false,
    affectedDivisions: affected,
    adjoiningDivisions: ['Loughborough East'],
    adjoiningAlerted: true,
    sendAt: new Date(0).toISOString(),
    recipients: affected.map((d, i) => ({
      id: `m${i}`,
      name: `Member for ${d}`,
      email: `m${i}@members.example`,
      kind: 'member',
      action: 'notify',
      division: d,
      reasons: [{ relation: 'local', paragraph: '35', division: d }],
    })),
  };
}

function setup(overrides: Partial<EventFormProps> = {}) {
  const previews: EventBody[] = [];
  const submitted: EventBody[] = [];
  const props: EventFormProps = {
    kinds: LEICESTERSHIRE_KINDS,
    council: LEICESTERSHIRE_CHOICES,
    divisions: DIVISIONS,
    submitLabel: 'Send the alerts',
    previewDelay: 0,
    onPreview: (body) => {
      previews.push(body);
      return Promise.resolve(planFor(body));
    },
    onSubmit: (body) => {
      submitted.push(body);
      return Promise.resolve();
    },
    lookupPostcode: () => Promise.resolve([-1.111414, 52.580455]),
    lookupPlace: () => Promise.resolve([]),
    contactFallback: 'Leave it empty and members contact you.',
    ...overrides,
  };
  render(<EventForm {...props} />);
  return { previews, submitted, user: userEvent.setup() };
}

describe('the event form', () => {
  it("shows only the chosen kind's own fields", async () => {
    const { user } = setup();
    const kind = screen.getByLabelText('Kind of event');
    expect(screen.queryByLabelText('When the consultation opens')).toBeNull();

    await user.selectOptions(kind, 'consultation');
    expect(screen.getByLabelText('When the consultation opens')).toBeTruthy();
    expect(screen.queryByLabelText('Body that considers the report')).toBeNull();

    await user.selectOptions(kind, 'sensitive_report');
    expect(screen.getByLabelText('Body that considers the report')).toBeTruthy();
    expect(screen.getByLabelText('Date of the meeting')).toBeTruthy();
    expect(screen.queryByLabelText('When the consultation opens')).toBeNull();

    await user.selectOptions(kind, 'road_works');
    expect(screen.getByLabelText('These are major road works')).toBeTruthy();
    expect(screen.queryByLabelText('Body that considers the report')).toBeNull();
  });

  it('lists what is missing at the top and beside each field, and sends nothing', async () => {
    const { user, submitted } = setup();
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'consultation');
    await user.click(screen.getByRole('button', { name: 'Send the alerts' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const links = within(summary)
      .getAllByRole('link')
      .map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['#title', 'Enter a title'],
      ['#opensAt', 'Enter when the consultation opens'],
      ['#location', 'Place a point on the map'],
    ]);
    // Beside the fields, tied to them for screen readers.
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-describedby')).toContain('title-error');
    expect(document.getElementById('title-error')?.textContent).toContain('Enter a title');
    expect(document.getElementById('opensAt-error')?.textContent).toContain(
      'Enter when the consultation opens',
    );
    expect(document.activeElement).toBe(summary);
    expect(submitted).toEqual([]);
  });

  it('builds the event from divisions picked in the list and previews who is told, and why', async () => {
    const { user, previews, submitted } = setup();
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'road_works');
    await user.type(screen.getByLabelText('Title'), 'A6 resurfacing');
    await user.click(screen.getByLabelText('These are major road works'));
    await user.click(screen.getByLabelText('Choose divisions from a list'));
    await user.click(screen.getByLabelText('Oadby'));
    await user.click(screen.getByLabelText('Wigston Bushloe'));

    await waitFor(() => expect(screen.getByTestId('recipients')).toBeTruthy());
    expect(previews.at(-1)).toEqual({
      kind: 'road_works',
      title: 'A6 resurfacing',
      major: true,
      divisions: ['Oadby', 'Wigston Bushloe'],
    });
    const table = screen.getByTestId('recipients');
    expect(within(table).getByText('Member for Oadby, where it happens (§35)')).toBeTruthy();
    expect(within(table).getByText('Member for Wigston Bushloe, where it happens (§35)')).toBeTruthy();
    expect(screen.getByTestId('affected').textContent).toBe('Oadby, Wigston Bushloe');

    await user.click(screen.getByRole('button', { name: 'Send the alerts' }));
    expect(submitted).toEqual([previews.at(-1)]);
  });

  it('takes British National Grid coordinates and says so to the API', async () => {
    const { user, previews } = setup();
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'major_incident');
    await user.type(screen.getByLabelText('Title'), 'Gas leak');
    await user.click(screen.getByLabelText('Enter grid coordinates'));
    await user.type(screen.getByLabelText('Easting (metres)'), '462380');
    await user.type(screen.getByLabelText('Northing (metres)'), '300706');
    await waitFor(() =>
      expect(previews.at(-1)).toMatchObject({
        location: { type: 'Point', coordinates: [462380, 300706] },
        crs: 'EPSG:27700',
      }),
    );
  });

  it('finds a postcode and places the event there', async () => {
    const { user, previews } = setup();
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'service_change');
    await user.type(screen.getByLabelText('Title'), 'Library hours');
    await user.click(screen.getByLabelText('Enter a postcode'));
    await user.type(screen.getByLabelText('Postcode'), 'LE18 2FZ');
    await user.click(screen.getByRole('button', { name: 'Find postcode' }));
    await waitFor(() =>
      expect(previews.at(-1)?.location).toEqual({ type: 'Point', coordinates: [-1.111414, 52.580455] }),
    );
  });

  it("shows the API's refusals beside the fields they concern", async () => {
    const { user } = setup({
      onSubmit: () =>
        Promise.reject(
          new ApiError(400, 'the event has problems', [
            { field: 'closesAt', message: 'is before the opening' },
            { field: 'geometry', message: 'the coordinates look like eastings and northings' },
          ]),
        ),
    });
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'consultation');
    await user.type(screen.getByLabelText('Title'), 'Bus routes');
    fireEvent.change(screen.getByLabelText('When the consultation opens'), {
      target: { value: '2027-03-01T09:00' },
    });
    fireEvent.change(screen.getByLabelText('When the consultation closes'), {
      target: { value: '2027-02-01T09:00' },
    });
    await user.click(screen.getByLabelText('The whole county'));
    await user.click(screen.getByRole('button', { name: 'Send the alerts' }));

    await waitFor(() => expect(document.getElementById('closesAt-error')).toBeTruthy());
    expect(document.getElementById('closesAt-error')?.textContent).toContain('is before the opening');
    expect(document.getElementById('location-error')?.textContent).toContain('eastings and northings');
    const links = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((a) => [a.getAttribute('href'), a.textContent]);
    // The summary names each field as the form labels it for this kind.
    expect(links).toEqual([
      ['#closesAt', 'When the consultation closes: is before the opening'],
      ['#location', 'Where it happens: the coordinates look like eastings and northings'],
    ]);
  });

  it('sends the venue, whom to contact, the web address and a press deadline, and shows refusals beside them', async () => {
    const submitted: EventBody[] = [];
    const { user } = setup({
      onSubmit: (body) => {
        submitted.push(body);
        return Promise.reject(
          new ApiError(400, 'the event has problems', [
            { field: 'contact.email', message: '"raj" is not an e-mail address' },
          ]),
        );
      },
    });
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'press_enquiry');
    await user.type(screen.getByLabelText('Title'), 'Leicester Mercury: library hours');
    await user.type(screen.getByLabelText('Venue (optional)'), 'Oadby Library, Sandhurst Street');
    const contact = screen.getByRole('group', { name: 'Who should members contact?' });
    await user.type(within(contact).getByLabelText('Name'), 'Raj Patel');
    await user.type(within(contact).getByLabelText('E-mail'), 'raj');
    await user.type(within(contact).getByLabelText('Phone (optional)'), '0116 305 0001');
    await user.type(
      screen.getByLabelText('More information (web address, optional)'),
      'https://www.leicestershire.gov.uk/libraries',
    );
    fireEvent.change(screen.getByLabelText('Respond by'), { target: { value: '2027-07-13T17:00' } });
    await user.click(screen.getByLabelText('The whole county'));
    await user.click(screen.getByRole('button', { name: 'Send the alerts' }));

    await waitFor(() => expect(document.getElementById('contactEmail-error')).toBeTruthy());
    expect(document.getElementById('contactEmail-error')?.textContent).toBe(
      'Error: "raj" is not an e-mail address',
    );
    expect(submitted.at(-1)).toMatchObject({
      venue: 'Oadby Library, Sandhurst Street',
      contact: { name: 'Raj Patel', email: 'raj', phone: '0116 305 0001' },
      link: 'https://www.leicestershire.gov.uk/libraries',
      respondBy: new Date('2027-07-13T17:00').toISOString(),
    });
  });

  it('takes the area a public meeting is about apart from its venue (§29): County Hall, about Lutterworth', async () => {
    // The preview as the API answers it: the issue's area decides who is invited (events-member test).
    const asked: EventBody[] = [];
    const { user, submitted } = setup({
      onPreview: (body) => {
        asked.push(body);
        const plan = planFor({ ...body, divisions: body.affectedArea ? ['Lutterworth'] : ['Glenfields'] });
        return Promise.resolve({
          ...plan,
          recipients: plan.recipients.map((r) => (body.affectedArea ? { ...r, name: 'Chloe Radcliffe' } : r)),
        });
      },
      lookupPostcode: () => Promise.resolve([-1.1953, 52.6489]),
      lookupPlace: () => Promise.resolve([]),
    });
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'public_meeting');
    await user.type(screen.getByLabelText('Title'), 'Lutterworth town centre plan');
    await user.type(screen.getByLabelText('Venue (optional)'), 'County Hall, Glenfield');
    await user.click(screen.getByLabelText('Enter a postcode'));
    await user.type(screen.getByLabelText('Postcode'), 'LE3 8RA');
    await user.click(screen.getByRole('button', { name: 'Find postcode' }));

    await user.click(screen.getByLabelText('The meeting is about somewhere else'));
    const issue = screen.getByRole('group', { name: 'The area the meeting is about' });
    // Divisions and the whole county are not ways to give an issue's area.
    expect(within(issue).queryByLabelText('Choose divisions from a list')).toBeNull();
    await user.click(within(issue).getByLabelText('Enter grid coordinates'));
    await user.type(within(issue).getByLabelText('Easting (metres)'), '454400');
    await user.type(within(issue).getByLabelText('Northing (metres)'), '284400');

    await waitFor(() => expect(screen.getByTestId('affected').textContent).toBe('Lutterworth'));
    expect(within(screen.getByTestId('recipients')).getByText('Chloe Radcliffe')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send the alerts' }));
    const sent = submitted.at(-1);
    expect(sent?.location).toEqual({ type: 'Point', coordinates: [-1.1953, 52.6489] });
    // In WGS84, like the venue, near Lutterworth.
    const [lon, lat] = (sent?.affectedArea as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(-1.2, 1);
    expect(lat).toBeCloseTo(52.45, 1);
    expect(sent?.crs).toBeUndefined();
    expect(asked.at(-1)?.affectedArea).toEqual(sent?.affectedArea);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import type { ImportCounts, ImportPreview } from '../api/types';
import { render } from '../test/render.util';
import { CsvImportForm, rowProblem } from './csv-import-form';

const EMPTY: ImportPreview = {
  token: '',
  expiresAt: '2027-01-01T00:00:00Z',
  removeMissing: false,
  rosterSize: 55,
  removeCountRequired: false,
  added: [],
  changed: [],
  unchanged: 0,
  leaving: [],
  kept: [],
  warnings: [],
};
const CHANGE = {
  id: 'o1',
  name: 'A',
  changes: [
    { field: 'E-mail', from: 'a@x.example', to: 'b@x.example', text: 'E-mail: a@x.example → b@x.example' },
  ],
};
const csv = (text: string) => new File([text], 'members.csv', { type: 'text/csv' });

describe('the CSV import form', () => {
  it('lists every bad row the API reports, says nothing was imported, and ties it to the file field', async () => {
    const sent: string[] = [];
    render(
      <CsvImportForm
        id="members-csv"
        what="members"
        columns="id, name, email, division"
        onConfirm={() => Promise.reject(new Error('not previewed'))}
        onPreview={(text) => {
          sent.push(text);
          return Promise.reject(
            new ApiError(400, 'the members file has 3 problem(s); nothing was imported', [
              { field: 'row 3, email', message: 'is not an e-mail address' },
              { field: 'row 5, division', message: '"Oadbyy" is not a division; did you mean Oadby?' },
              { field: 'row 5, id', message: 'm004 is used twice (rows 4 and 5)' },
            ]),
          );
        }}
      />,
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), csv('id,name,email,division\nm1,A,bad,Oadby\n'));
    await user.click(screen.getByRole('button', { name: 'Preview the members import' }));

    await waitFor(() => expect(screen.getByTestId('members-csv-problems')).toBeTruthy());
    expect(sent).toEqual(['id,name,email,division\nm1,A,bad,Oadby\n']);
    const rows = within(screen.getByTestId('members-csv-problems'))
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['3', 'email', 'is not an e-mail address'],
      ['5', 'division', '"Oadbyy" is not a division; did you mean Oadby?'],
      ['5', 'id', 'm004 is used twice (rows 4 and 5)'],
    ]);
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('The file has 3 problems in 2 rows. Nothing was imported');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#members-csv');
    expect(document.getElementById('members-csv-error')?.textContent).toContain('Nothing was imported');
  });

  it('asks for a file before sending anything, previews, and reports the counts once confirmed', async () => {
    const counts: ImportCounts = { created: 1, updated: 2, unchanged: 52, deactivated: 0, warnings: [] };
    const confirmed: [string, number | undefined][] = [];
    const previewed: boolean[] = [];
    render(
      <CsvImportForm
        id="officers-csv"
        what="officers"
        columns="id, name, email, services"
        onPreview={(_csv, remove) => {
          previewed.push(remove);
          return Promise.resolve({
            ...EMPTY,
            token: 't1',
            changed: [CHANGE],
            kept: [{ id: 'o2', name: 'B' }],
          });
        }}
        onConfirm={(token, n) => {
          confirmed.push([token, n]);
          return Promise.resolve(counts);
        }}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Preview the officers import' }));
    expect(screen.getByRole('alert').textContent).toContain('Choose a CSV file of officers');
    expect(previewed).toEqual([]);

    await user.upload(screen.getByLabelText('CSV file'), csv('id,name,email,services\n'));
    await user.click(screen.getByRole('button', { name: 'Preview the officers import' }));
    await waitFor(() => expect(screen.getByTestId('officers-csv-preview')).toBeTruthy());
    expect(previewed).toEqual([false]);
    expect(screen.getByTestId('officers-csv-changed').textContent).toContain(
      'E-mail: a@x.example → b@x.example',
    );
    expect(screen.getByTestId('officers-csv-preview').textContent).toContain(
      '1 officer not in this file stays',
    );
    expect(confirmed).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Confirm the officers import' }));
    await waitFor(() =>
      expect(screen.getByText(/Imported: 1 added, 2 changed, 52 unchanged, 0 left/)).toBeTruthy(),
    );
    expect(confirmed).toEqual([['t1', undefined]]);
    expect(screen.queryByTestId('officers-csv-preview')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('with "Remove members not in this file" lists who leaves and needs the count typed back', async () => {
    const leaving = Array.from({ length: 54 }, (_, i) => ({ id: `m${i}`, name: `Member ${i}` }));
    const confirmed: (number | undefined)[] = [];
    const previewed: boolean[] = [];
    render(
      <CsvImportForm
        id="members-csv"
        what="members"
        columns="id, name, email, division"
        onPreview={(_csv, remove) => {
          previewed.push(remove);
          return Promise.resolve({
            ...EMPTY,
            token: 't2',
            removeMissing: true,
            removeCountRequired: true,
            changed: [CHANGE],
            leaving,
          });
        }}
        onConfirm={(_token, n) => {
          confirmed.push(n);
          return Promise.resolve({ created: 0, updated: 1, unchanged: 0, deactivated: 54, warnings: [] });
        }}
      />,
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), csv('id,name,email,division\n'));
    await user.click(screen.getByLabelText('Remove members not in this file'));
    await user.click(screen.getByRole('button', { name: 'Preview the members import' }));
    await waitFor(() => expect(screen.getByTestId('members-csv-leaving')).toBeTruthy());
    expect(previewed).toEqual([true]);
    expect(within(screen.getByTestId('members-csv-leaving')).getAllByRole('listitem')).toHaveLength(54);

    await user.click(screen.getByRole('button', { name: 'Confirm the members import' }));
    expect(screen.getByRole('alert').textContent).toContain('Type 54, the number of members who will leave');
    expect(confirmed).toEqual([]);
    await user.type(screen.getByLabelText(/Type the number of members who will leave/), '54');
    await user.click(screen.getByRole('button', { name: 'Confirm the members import' }));
    await waitFor(() => expect(screen.getByText(/54 left/)).toBeTruthy());
    expect(confirmed).toEqual([54]);
  });

  it('says so when the roster changed since the preview, and asks for a new preview', async () => {
    render(
      <CsvImportForm
        id="members-csv"
        what="members"
        columns="id, name, email, division"
        onPreview={() => Promise.resolve({ ...EMPTY, token: 't3', changed: [CHANGE] })}
        onConfirm={() =>
          Promise.reject(
            new ApiError(409, 'the roster changed since this preview; preview the file again', []),
          )
        }
      />,
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), csv('id,name,email,division\n'));
    await user.click(screen.getByRole('button', { name: 'Preview the members import' }));
    await waitFor(() => expect(screen.getByTestId('members-csv-preview')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Confirm the members import' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('the roster changed since this preview'),
    );
    expect(screen.queryByTestId('members-csv-preview')).toBeNull();
  });

  it('reads the row and column from the API field name', () => {
    expect(rowProblem('row 12, division', 'x')).toEqual({ row: 12, column: 'division', message: 'x' });
    expect(rowProblem('row 2', 'x')).toEqual({ row: 2, column: '', message: 'x' });
    expect(rowProblem('body', 'x')).toEqual({ row: null, column: 'body', message: 'x' });
  });
});

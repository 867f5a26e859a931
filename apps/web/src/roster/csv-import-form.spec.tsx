import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import type { ImportCounts } from '../api/types';
import { render } from '../test/render.util';
import { CsvImportForm, rowProblem } from './csv-import-form';

const csv = (text: string) => new File([text], 'members.csv', { type: 'text/csv' });

describe('the CSV import form', () => {
  it('lists every bad row the API reports, says nothing was imported, and ties it to the file field', async () => {
    const sent: string[] = [];
    render(
      <CsvImportForm
        id="members-csv"
        what="members"
        columns="id, name, email, division"
        onImport={(text) => {
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
    await user.click(screen.getByRole('button', { name: 'Import members' }));

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

  it('asks for a file before sending anything, and reports the counts of a good import', async () => {
    const counts: ImportCounts = { created: 1, updated: 2, unchanged: 52, deactivated: 0, warnings: [] };
    let calls = 0;
    render(
      <CsvImportForm
        id="officers-csv"
        what="officers"
        columns="id, name, email, services"
        onImport={() => {
          calls++;
          return Promise.resolve(counts);
        }}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Import officers' }));
    expect(screen.getByRole('alert').textContent).toContain('Choose a CSV file of officers');
    expect(calls).toBe(0);

    await user.upload(screen.getByLabelText('CSV file'), csv('id,name,email,services\n'));
    await user.click(screen.getByRole('button', { name: 'Import officers' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('1 added, 2 changed, 52 unchanged, 0 left'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads the row and column from the API field name', () => {
    expect(rowProblem('row 12, division', 'x')).toEqual({ row: 12, column: 'division', message: 'x' });
    expect(rowProblem('row 2', 'x')).toEqual({ row: 2, column: '', message: 'x' });
    expect(rowProblem('body', 'x')).toEqual({ row: null, column: 'body', message: 'x' });
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import { render } from '../test/render.util';
import { BoundaryUploadForm, type BoundaryUpload } from './boundary-upload-form';

describe('the boundary upload form', () => {
  it('asks for every missing field at once', async () => {
    const uploads: BoundaryUpload[] = [];
    render(<BoundaryUploadForm onUpload={(u) => (uploads.push(u), Promise.resolve())} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upload and check' }));
    const links = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#label', '#effectiveFrom', '#boundaryFile']);
    expect(uploads).toEqual([]);
  });

  it('sends the file and shows the problems the API found in it beside the file field', async () => {
    const uploads: BoundaryUpload[] = [];
    render(
      <BoundaryUploadForm
        onUpload={(u) => {
          uploads.push(u);
          return Promise.reject(
            new ApiError(400, 'the boundaries were not stored', [
              { field: 'body', message: 'feature 3 ("Oadby"): duplicate division name' },
              { field: 'effectiveFrom', message: '"2027-02-30" is not a date written YYYY-MM-DD' },
            ]),
          );
        }}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'Electoral Changes Order 2027');
    fireEvent.change(screen.getByLabelText('Takes effect on'), { target: { value: '2027-05-06' } });
    await user.upload(
      screen.getByLabelText('GeoJSON file'),
      new File(['{"type":"FeatureCollection","features":[]}'], 'divisions.geojson', {
        type: 'application/geo+json',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Upload and check' }));
    await waitFor(() => expect(document.getElementById('boundaryFile-error')).toBeTruthy());
    expect(uploads).toEqual([
      {
        label: 'Electoral Changes Order 2027',
        effectiveFrom: '2027-05-06',
        geojson: '{"type":"FeatureCollection","features":[]}',
      },
    ]);
    expect(document.getElementById('boundaryFile-error')?.textContent).toContain('duplicate division name');
    expect(document.getElementById('effectiveFrom-error')?.textContent).toContain('is not a date');
  });
});

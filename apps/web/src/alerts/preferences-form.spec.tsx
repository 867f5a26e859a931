import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import type { Preferences, PreferencesChange } from '../api/types';
import { render } from '../test/render.util';
import { PreferencesForm } from './preferences-form';

const NONE: Preferences = {
  quietHoursStart: null,
  quietHoursEnd: null,
  digest: false,
  mobile: null,
  mobileFailedAt: null,
  digestAt: '07:30',
  timeZone: 'Europe/London',
};

describe('the preferences form', () => {
  it('saves quiet hours and the digest', async () => {
    const saved: PreferencesChange[] = [];
    render(
      <PreferencesForm initial={NONE} onSave={(p) => (saved.push(p), Promise.resolve({ ...NONE, ...p }))} />,
    );
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '07:00' } });
    const user = userEvent.setup();
    await user.click(
      screen.getByLabelText(/Send non-urgent alerts together in one e-mail each day at 7:30am/),
    );
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Your preferences are saved'),
    );
    expect(saved).toEqual([{ quietHoursStart: '22:00', quietHoursEnd: '07:00', digest: true, mobile: null }]);
  });

  it('asks for both ends of the quiet hours before saving', async () => {
    const saved: PreferencesChange[] = [];
    render(
      <PreferencesForm initial={NONE} onSave={(p) => (saved.push(p), Promise.resolve({ ...NONE, ...p }))} />,
    );
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '22:00' } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter both ends of the quiet hours, or neither');
    expect(document.getElementById('quietHoursEnd-error')?.textContent).toContain('Enter both ends');
    expect(saved).toEqual([]);
  });

  it("shows the API's refusal beside the field", async () => {
    render(
      <PreferencesForm
        initial={{ ...NONE, quietHoursStart: '22:00', quietHoursEnd: '07:00' }}
        onSave={() =>
          Promise.reject(
            new ApiError(400, 'the preferences have problems', [
              { field: 'quietHoursEnd', message: 'must be a time "HH:MM" (24-hour, London time) or null' },
            ]),
          )
        }
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save preferences' }));
    await waitFor(() => expect(document.getElementById('quietHoursEnd-error')).toBeTruthy());
    expect(document.getElementById('quietHoursEnd-error')?.textContent).toContain('must be a time');
  });
});

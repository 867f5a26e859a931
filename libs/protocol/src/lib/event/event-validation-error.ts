import type { FieldError } from './alert-event.types';

/** An event that cannot be planned. Lists every bad field, not just the first. */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';

  constructor(readonly errors: readonly FieldError[]) {
    const lines = errors.map((e) => `  - ${e.field}: ${e.message}`);
    super(`the event has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
  }
}

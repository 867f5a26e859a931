export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** Input that a person can correct. Always answered with 400 and every field named. */
export class BadInputError extends Error {
  constructor(
    message: string,
    readonly errors: readonly FieldProblem[] = [],
    readonly status = 400,
  ) {
    super(message);
    this.name = 'BadInputError';
  }
}

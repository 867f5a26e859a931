/** A problem with geographic input, worded for the person who supplied it. */
export class GeoInputError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
    this.name = 'GeoInputError';
  }

  static fromProblems(summary: string, problems: readonly string[]): GeoInputError {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    return new GeoInputError(`${summary}:\n  - ${shown.join('\n  - ')}${more}`, problems);
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateInWords, dateTime, expiryInWords } from './wording';

const SRC = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

// Ways a page could show a time other than through the one formatter: the browser's own clock
// words ("14:16", "2:19 PM", by the reader's locale), the e-mails' 24-hour wording, or the raw
// value the API gave.
const OTHER_FORMATTERS: readonly [RegExp, string][] = [
  [/\.toLocale(Time|Date)?String\(/, "the browser's own wording"],
  [/\b(londonMoment|londonClock|whenInWords)\b/, "the e-mails' 24-hour wording"],
  [/hourCycle|hour12|hour:\s*'/, 'its own clock'],
  [
    /\{\s*[\w.?]*\.(createdAt|updatedAt|sentAt|sendAt|receivedAt|acknowledgedAt|revokedAt|expiresAt|startsAt|endsAt|opensAt|closesAt|respondBy|effectiveFrom|termStart|termEnd|digestAt)\s*\}/,
    'the raw value',
  ],
];

describe('every page says when in one style', () => {
  it('shows every moment as "Thursday 6 May 2027 at 2:19pm", London time', () => {
    expect(dateTime('2027-05-06T13:19:00Z')).toBe('Thursday 6 May 2027 at 2:19pm');
    expect(dateInWords('2026-12-03T09:14:00.000Z')).toBe('Thursday 3 December 2026 at 9:14am');
    expect(dateInWords(null)).toBe('Never');
    expect(expiryInWords('2027-03-31T23:00:00.000Z')).toBe('End of 31 March 2027');
    expect(expiryInWords('2027-03-31T11:00:00.000Z')).toBe('Wednesday 31 March 2027 at midday');
  });

  it('has no page that words a date or time its own way', () => {
    const found = sources(SRC).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          OTHER_FORMATTERS.filter(([pattern]) => pattern.test(line)).map(
            ([, what]) => `${relative(SRC, path)}:${i + 1} shows a time with ${what}: ${line.trim()}`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });
});

import {
  type Draft,
  type DraftKind,
  EMPTY_WHATDOTHEYKNOW_STATE,
  mapWhatDoTheyKnow,
  readMailDraft,
} from '@member-alerts/producers';
import { CliError, UsageError } from '../lib/cli-error';
import { GAZETTEER_OPTIONS, GAZETTEER_USAGE, loadGazetteer } from '../lib/gazetteer.util';
import { readBytesFile, readTextFile, requireOption } from '../lib/input.util';
import type { Output } from '../lib/output.util';
import type { CommandSpec } from './command';

const KINDS: Readonly<Record<string, DraftKind>> = {
  press_enquiry: 'press_enquiry',
  foi_request: 'foi_request',
};

function readKind(v: string | undefined): DraftKind | null {
  if (v === undefined) return null;
  const kind = KINDS[v];
  if (!kind)
    throw new UsageError(
      `--kind is press_enquiry or foi_request, not "${v}"; leave it out to let the officer choose`,
    );
  return kind;
}

function showDraft(d: Draft, out: Output): void {
  const places = d.places.map((p) => `${p.text} (${p.divisions.join(', ') || "outside the council's divisions"})`);
  out.line(
    [
      `Draft ${d.event.kind === null ? 'for the officer to choose its kind' : `(${d.event.kind.replace('_', ' ')})`}: ${d.event.title}`,
      `Divisions: ${d.event.divisions.join(', ') || 'none found'}`,
      `Places found: ${places.join('; ') || 'none'}`,
      ...(d.event.link ? [`Link: ${d.event.link}`] : []),
      ...d.notes.map((n) => `Note: ${n}`),
      '',
      d.event.description,
    ].join('\n'),
  );
}

export const ingestMailCommand: CommandSpec = {
  name: 'ingest mail',
  summary: 'the draft a shared mailbox message would make, or why it is ignored (a dry run, offline)',
  usage: `member-alerts ingest mail --input FILE.eml [--kind press_enquiry|foi_request] ${GAZETTEER_USAGE} [--json]`,
  options: { input: { type: 'string' }, kind: { type: 'string' }, ...GAZETTEER_OPTIONS },
  async run(values, out) {
    const input = requireOption(values.input, '--input', 'the message, as an .eml file');
    const kind = readKind(values.kind);
    const raw = readBytesFile(input, 'input file');
    const r = await readMailDraft(raw, { kind, gazetteer: loadGazetteer(values, out) });
    if (out.json) out.line(JSON.stringify(r));
    else if (r.outcome === 'draft') showDraft(r.draft, out);
    else out.line(`${r.outcome === 'ignore' ? 'Ignored' : 'Not read'}: ${r.reason}`);
    if (r.outcome === 'error') throw new CliError(`"${input}": ${r.reason}`);
  },
};

export const ingestWhatDoTheyKnowCommand: CommandSpec = {
  name: 'ingest whatdotheyknow',
  summary: 'the drafts a WhatDoTheyKnow public body feed would make (a dry run, offline)',
  usage: `member-alerts ingest whatdotheyknow --input FEED.json [--site URL] [--after EVENT_ID] ${GAZETTEER_USAGE} [--json]`,
  options: {
    input: { type: 'string' },
    site: { type: 'string' },
    after: { type: 'string' },
    ...GAZETTEER_OPTIONS,
  },
  run(values, out) {
    const input = requireOption(
      values.input,
      '--input',
      "the body's feed, as /feed/body/<url_name>.json gives it",
    );
    const after = values.after === undefined ? 0 : Number(values.after);
    if (!Number.isSafeInteger(after) || after < 0)
      throw new UsageError(`--after takes an event id, e.g. 90002, not "${values.after}"`);
    const site = values.site ?? 'https://www.whatdotheyknow.com';
    if (!/^https?:\/\/[^/\s]+/.test(site))
      throw new UsageError(
        `--site is the Alaveteli site's address, e.g. https://www.whatdotheyknow.com, not "${site}"`,
      );
    const r = mapWhatDoTheyKnow(
      readTextFile(input, 'input file'),
      after ? { lastEventId: after } : EMPTY_WHATDOTHEYKNOW_STATE,
      { site, gazetteer: loadGazetteer(values, out) },
    );
    if (r.error !== undefined) throw new CliError(`"${input}": ${r.error}`);
    for (const item of r.items) {
      if (out.json) out.line(JSON.stringify(item));
      else if (item.outcome === 'error') out.line(`Event ${item.eventId ?? '(no id)'}: ${item.reason}\n`);
      else {
        out.line(
          `Event ${item.eventId}: ${item.outcome === 'draft' ? 'a new request' : 'updates its request’s draft'}`,
        );
        showDraft(item.draft, out);
        out.line('');
      }
    }
    const n = r.items.length;
    out.note(
      `read ${n} new event${n === 1 ? '' : 's'}; the next read starts after event ${r.state.lastEventId}`,
    );
    return Promise.resolve();
  },
};

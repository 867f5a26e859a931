// Test helpers that read the real fixtures. Test code only: the libraries themselves do no I/O.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadDivisions,
  matchPoints,
  type DivisionSet,
  postcodeKey,
  readPostcodeCsv,
} from '@member-alerts/geo';
import { type Gazetteer, readCouncilPlaces } from '@member-alerts/producers';
import { parsePolicy, rosterRules, type Policy } from '@member-alerts/protocol';
import type { RosterRules } from '@member-alerts/roster';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** The roles and bodies a council's roster may hold, as its fixture policy file defines them. */
export function fixtureRosterRules(county: 'leicestershire' | 'nottinghamshire'): RosterRules {
  return rosterRules(parsePolicy(readFixture(county, 'policy.yaml')));
}

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}

const cache = new Map<string, DivisionSet>();

/** Loads a county's divisions once per test process. */
export function countyDivisions(
  county: 'leicestershire' | 'nottinghamshire' | 'hertfordshire',
  file = 'divisions.geojson',
): DivisionSet {
  const key = `${county}/${file}`;
  let set = cache.get(key);
  if (!set) {
    set = loadDivisions(readFixture(county, file));
    cache.set(key, set);
  }
  return set;
}

// The kinds of event paragraphs 28–35 of Leicestershire's protocol name, as its policy file defines
// them: the product's own tests name these, and check the file still defines every one.
export const EVENT_KINDS = [
  'facility_event',
  'public_meeting',
  'member_public_meeting',
  'consultation',
  'sensitive_report',
  'delegated_decision',
  'press_enquiry',
  'partnership_action',
  'foi_request',
  'complaints',
  'road_works',
  'service_change',
  'major_incident',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

let leicestershire: Policy | undefined;

/** Leicestershire's rules, from its policy file, read once per test process. */
export function leicestershirePolicy(): Policy {
  leicestershire ??= parsePolicy(readFixture('leicestershire', 'policy.yaml'));
  return leicestershire;
}

export interface PostcodeRow {
  postcode: string;
  easting: number;
  northing: number;
  county: string;
  district: string;
  lon: number;
  lat: number;
}

/** Code-Point Open rows for a postcode area ("LE" or "NG"). */
export function postcodes(area: 'LE' | 'NG'): PostcodeRow[] {
  const lines = readFixture('postcodes', `${area}-codepoint-2014.csv`).trim().split('\n').slice(1);
  return lines.map((line) => {
    const f = line.split(',');
    return {
      postcode: f[0] as string,
      easting: Number(f[2]),
      northing: Number(f[3]),
      county: f[7] as string,
      district: f[8] as string,
      lon: Number(f[10]),
      lat: Number(f[11]),
    };
  });
}

export function postcode(area: 'LE' | 'NG', code: string): PostcodeRow {
  const bare = (s: string) => s.replace(/\s+/g, '');
  const row = postcodes(area).find((p) => bare(p.postcode) === bare(code));
  if (!row) throw new Error(`no postcode ${code} in the ${area} fixture`);
  return row;
}

let gazetteer: Gazetteer | undefined;

/** What the mail and WhatDoTheyKnow drafts read text against: Leicestershire's divisions, the LE postcodes and its places list. */
export function leicestershireGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const table = new Map(
    readPostcodeCsv(readFixture('postcodes', 'LE-codepoint-2014.csv')).map((p) => [
      postcodeKey(p.postcode),
      p,
    ]),
  );
  const divisions = countyDivisions('leicestershire');
  // The point index is built on the first match: build it here, not inside a test's time limit.
  matchPoints(divisions, [-1.08, 52.6]);
  gazetteer = {
    divisions,
    postcodeAt: (code) => table.get(postcodeKey(code)),
    places: readCouncilPlaces(readFixture('leicestershire', 'places.csv')).places,
  };
  return gazetteer;
}

/**
 * A press enquiry about the Oadby bypass carrying a 25 MB video (site.mp4), base64 in 76-character
 * lines as a mail client sends it: the bad-input case of a large attachment.
 */
export function mailWithLargeAttachment(): string {
  const attachment = Buffer.alloc(25 * 1024 * 1024, 'A')
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  return [
    'From: Pat <pat@tv.example>',
    'Subject: Plans for the Oadby bypass',
    'Message-ID: <big-0011@tv.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="X"',
    '',
    '--X',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Our footage of the site is attached.',
    '--X',
    'Content-Type: video/mp4; name="site.mp4"',
    'Content-Disposition: attachment; filename="site.mp4"',
    'Content-Transfer-Encoding: base64',
    '',
    attachment,
    '--X--',
    '',
  ].join('\r\n');
}

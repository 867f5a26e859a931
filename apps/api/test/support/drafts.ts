import { randomUUID } from 'node:crypto';
import type { TestApi } from './test-api';

export interface DraftRow {
  source?: 'mailbox' | 'whatdotheyknow';
  origin?: string;
  key?: string;
  kind?: 'press_enquiry' | 'foi_request' | null;
  title: string;
  description: string;
  divisions?: string[];
  places?: { text: string; kind: 'postcode' | 'division' | 'place' | 'street'; divisions: string[] }[];
  notes?: string[];
  sender?: { name: string; address: string } | null;
  original?: string | null;
  keepOriginalUntil?: Date | null;
  receivedAt?: Date;
  updatedAt?: Date;
}

/** Inserts a draft as the mailbox and WhatDoTheyKnow pollers do; its id. */
export async function insertDraft(t: Pick<TestApi, 'sql'>, d: DraftRow): Promise<string> {
  const id = randomUUID();
  const received = d.receivedAt ?? new Date();
  await t.sql(
    `INSERT INTO drafts (id, council_id, source, origin, key, kind, title, description, divisions, places, notes,
                         sender, original, keep_original_until, received_at, created_at, updated_at)
     SELECT $1, id, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb, $12, $13, $14, $14, $15
       FROM councils`,
    [
      id,
      d.source ?? 'mailbox',
      d.origin ?? 'Press office',
      d.key ?? `<${id}@mail.example>`,
      d.kind === undefined ? 'press_enquiry' : d.kind,
      d.title,
      d.description,
      JSON.stringify(d.divisions ?? []),
      JSON.stringify(d.places ?? []),
      JSON.stringify(d.notes ?? []),
      d.sender === undefined ? null : JSON.stringify(d.sender),
      d.original ?? null,
      d.keepOriginalUntil ?? null,
      received,
      d.updatedAt ?? received,
    ],
  );
  return id;
}

/** A press enquiry about Oadby from a reporter, as the mailbox poller makes it. */
export const OADBY_ENQUIRY: DraftRow = {
  title: 'Closure of the Oadby library on Saturdays',
  description:
    'We understand the library in Oadby (LE2 5AA) will close on Saturdays from March. Can the council comment on the reasons?',
  divisions: ['Oadby'],
  places: [
    { text: 'Oadby', kind: 'division', divisions: ['Oadby'] },
    { text: 'LE2 5AA', kind: 'postcode', divisions: ['Oadby'] },
  ],
  notes: [],
  sender: { name: 'Rita Skeeter', address: 'rita.skeeter@daily-prophet.example' },
  original:
    'From: Rita Skeeter <rita.skeeter@daily-prophet.example>\r\nSubject: Closure of the Oadby library on Saturdays\r\n\r\nWe understand the library in Oadby (LE2 5AA) will close on Saturdays from March.',
};

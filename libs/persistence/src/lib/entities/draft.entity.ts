import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a draft came from: a shared mailbox, or the council's WhatDoTheyKnow body feed. */
export const DRAFT_SOURCES = ['mailbox', 'whatdotheyknow'] as const;
export type DraftSourceName = (typeof DRAFT_SOURCES)[number];

/**
 * `open` until an officer decides; `confirmed` once registered as an ordinary event (`eventId`);
 * `dismissed` with the officer's reason.
 */
export const DRAFT_STATUSES = ['open', 'confirmed', 'dismissed'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/**
 * An FOI request or press enquiry that arrived as text and waits for an officer: nothing is sent
 * to members until it is confirmed. One row per council, source and key (a mail's Message-ID, a
 * WhatDoTheyKnow request's URL): seeing the same message or request again updates the row.
 *
 * `sender` and `original` are for the officer only and never reach a member's e-mail; `original`
 * is deleted (set to null, `originalDeletedAt` stamped) when `keepOriginalUntil` passes.
 */
@Entity({ name: 'drafts' })
export class DraftEntity {
  /** Made by the caller before the insert. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ type: 'text' })
  source!: DraftSourceName;

  /** Which mailbox or feed, by its configured name (for example "press office"). */
  @Column({ type: 'text' })
  origin!: string;

  /** The Message-ID, or the request's URL. */
  @Column({ type: 'text' })
  key!: string;

  /** `press_enquiry`, `foi_request`, or null when the officer chooses. */
  @Column({ type: 'text', nullable: true })
  kind!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Division codes the places found fall in. */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  divisions!: string[];

  /** The places found in the text (libs/producers `PlaceFound`). */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  places!: object[];

  /** How the draft was made, in words, for the officer. */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  notes!: string[];

  /** A public link (the WhatDoTheyKnow request). */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** Who sent it: for the officer only. */
  @Column({ type: 'jsonb', nullable: true })
  sender!: { name: string; address: string } | null;

  /** The message as it came (raw RFC 5322 text, or the feed's JSON), for the officer only. */
  @Column({ type: 'text', nullable: true })
  original!: string | null;

  @Column({ name: 'keep_original_until', type: 'timestamptz', nullable: true })
  keepOriginalUntil!: Date | null;

  @Column({ name: 'original_deleted_at', type: 'timestamptz', nullable: true })
  originalDeletedAt!: Date | null;

  /** When the message was sent or the request made, as its source says. */
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Last change by its source (a follow-up) or by an officer. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ type: 'text', default: 'open' })
  status!: DraftStatus;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'dismiss_reason', type: 'text', nullable: true })
  dismissReason!: string | null;
}

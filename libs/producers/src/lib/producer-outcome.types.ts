/** What a producer's message means for members. */
export type ProducerOutcome = 'alert' | 'update' | 'cancel' | 'ignore' | 'duplicate' | 'error';

export const PRODUCER_SOURCES = ['street-manager', 'citizen-space'] as const;
export type ProducerSource = (typeof PRODUCER_SOURCES)[number];

/**
 * An event a producer made: `event` is the body `POST /events` accepts, and `source` with
 * `sourceRef` say which record of which system it stands for.
 */
export interface ProducedEvent<Body> {
  readonly source: ProducerSource;
  readonly sourceRef: string;
  readonly event: Body;
}

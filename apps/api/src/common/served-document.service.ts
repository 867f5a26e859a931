import { Injectable, Logger } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Policy } from '@member-alerts/protocol';
import { CouncilContextService } from '../council/council-context.service';
import { withCouncilEnums } from './council-enums.util';

/**
 * The OpenAPI document the API serves and holds requests to. It lists the kinds, bodies and roles of
 * the council's starting file and of every revision published since, so a revision that adds a kind
 * is accepted as soon as it is published, without a restart. Whether a kind may be used today is the
 * revision in force's to say, when the event is checked.
 */
@Injectable()
export class ServedDocument {
  private doc: OpenAPIObject | undefined;
  private readonly listeners: ((doc: OpenAPIObject) => void)[] = [];
  private changes = 0;
  private councilId: string | undefined;
  private readonly logger = new Logger(ServedDocument.name);

  constructor(private readonly ctx: CouncilContextService) {}

  /** Takes the API's contract as the document to serve, listing the starting file's values. */
  serve(contract: OpenAPIObject): OpenAPIObject {
    this.doc = withCouncilEnums(contract, [this.ctx.bootPolicy()]);
    return this.doc;
  }

  /** The document as served now; the same object is kept up to date. */
  get document(): OpenAPIObject | undefined {
    return this.doc;
  }

  /** Counts refreshes, so a reader that compiled the document knows to read it again. */
  get version(): number {
    return this.changes;
  }

  /** Called with the document each time it changes (the input check compiles it again). */
  onChange(listener: (doc: OpenAPIObject) => void): void {
    this.listeners.push(listener);
  }

  /** The council the API serves, once it is known at start. */
  servesCouncil(councilId: string): void {
    this.councilId = councilId;
  }

  /** Lists the values of every revision the council published; called at start and after each publication. */
  async refresh(): Promise<void> {
    const doc = this.doc;
    if (!doc || this.councilId === undefined) return;
    let published: Policy[];
    try {
      published = await this.ctx.publishedPolicies(this.councilId);
    } catch (e) {
      this.logger.error(`the served document keeps its lists: the revisions could not be read: ${String(e)}`);
      return;
    }
    withCouncilEnums(doc, [this.ctx.bootPolicy(), ...published]);
    this.changes++;
    for (const listener of this.listeners) listener(doc);
  }
}

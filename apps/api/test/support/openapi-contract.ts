import Ajv from 'ajv';
import type { OpenAPIObject, ResponsesObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly segments: readonly string[];
  readonly literals: number;
  readonly responses: ResponsesObject;
}

/** A JSON pointer into the document, as Ajv resolves it. */
const pointer = (...parts: string[]) =>
  `#/${parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

export class ContractError extends Error {
  override readonly name = 'ContractError';
}

/**
 * Checks answers against the OpenAPI document the API itself serves: that the operation lists the
 * status, the media type, and that the body matches the schema. Records what it saw, so a spec
 * can tell which operations were exercised.
 */
export class OpenApiContract {
  private readonly ajv = new Ajv({ nullable: true, allErrors: true, format: 'full', validateSchema: false });
  private readonly operations: Operation[] = [];
  /** "GET /events/{id} 200", for every answer checked. */
  readonly seen = new Set<string>();

  constructor(doc: OpenAPIObject) {
    this.ajv.addSchema(doc, 'openapi');
    for (const [path, item] of Object.entries(doc.paths)) {
      const segments = path.split('/').filter(Boolean);
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        this.operations.push({
          id: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          segments,
          literals: segments.filter((s) => !s.startsWith('{')).length,
          responses: op.responses,
        });
      }
    }
    // A literal segment wins over a parameter, as the router decides: /events/preview is not /events/{id}.
    this.operations.sort((a, b) => b.literals - a.literals);
  }

  /** Every documented operation, as "GET /events/{id}". */
  operationIds(): string[] {
    return this.operations.map((o) => o.id);
  }

  /** Throws a ContractError naming the operation, the status and where the body differs. */
  check(
    method: string,
    url: string,
    answer: { status: number; contentType: string | null; body: unknown; text: string },
  ): void {
    const op = this.find(method.toUpperCase(), url);
    // Paths outside the document (the console, the queue board, the docs) and methods a path does
    // not have are not operations; the 404 or 405 they get is checked by their own specs.
    if (!op) return;
    const status = String(answer.status);
    const response = op.responses[status];
    if (!response)
      throw new ContractError(
        `${op.id} answered ${status}, which the OpenAPI document does not list (it lists ${Object.keys(op.responses).join(', ')}); body: ${answer.text.slice(0, 300)}`,
      );
    this.seen.add(`${op.id} ${status}`);
    const content = 'content' in response ? response.content : undefined;
    if (!content || Object.keys(content).length === 0) {
      if (answer.text === '') return;
      throw new ContractError(`${op.id} ${status}: the document gives no body, but one came back`);
    }
    const mediaType = (answer.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!content[mediaType])
      throw new ContractError(
        `${op.id} ${status}: answered as ${mediaType || 'no Content-Type'}, the document lists ${Object.keys(content).join(', ')}`,
      );
    const schemaAt = pointer(
      'paths',
      op.path,
      op.method.toLowerCase(),
      'responses',
      status,
      'content',
      mediaType,
      'schema',
    );
    const validate = this.ajv.getSchema(`openapi${schemaAt}`);
    if (!validate) throw new ContractError(`${op.id} ${status} ${mediaType}: the document has no schema`);
    const value = isJson(mediaType) ? answer.body : answer.text;
    if (validate(value)) return;
    const problems = (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `  body${e.dataPath || ''} ${e.message ?? 'is not valid'} (schema ${e.schemaPath})`)
      .join('\n');
    throw new ContractError(
      `${op.id} ${status} ${mediaType}: the body does not match the documented schema ${decodeURIComponent(schemaAt)}\n${problems}\nbody: ${answer.text.slice(0, 500)}`,
    );
  }

  private find(method: string, url: string): Operation | undefined {
    const path = url.split(/[?#]/)[0] ?? '';
    const given = path.split('/').filter(Boolean);
    const matching = this.operations.filter(
      (o) =>
        o.segments.length === given.length && o.segments.every((s, i) => s.startsWith('{') || s === given[i]),
    );
    // The most literal path is the route, whatever the method: PATCH /events/preview is not /events/{id}.
    const most = Math.max(...matching.map((o) => o.literals));
    return matching.find((o) => o.literals === most && o.method === method);
  }
}

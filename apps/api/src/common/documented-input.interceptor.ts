import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';

import Ajv, { type ValidateFunction } from 'ajv';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { BadInputError } from './bad-input.error';
import { schemaProblem } from './schema-problem.util';

interface Parameter {
  readonly name: string;
  readonly schema: SchemaObject;
}
interface Operation {
  readonly query: readonly Parameter[];
  /** The document's schema for a JSON body, compiled: what it refuses, the API refuses. */
  readonly body: ValidateFunction | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const isJson = (type: string | undefined) => /^application\/(?:[\w.+-]*\+)?json\b/i.test(type ?? '');

/** A JSON pointer into the document, as Ajv resolves it. */
const pointer = (...parts: string[]) =>
  `#/${parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

function bad(field: string, message: string): BadInputError {
  return new BadInputError(`${field} ${message}`, [{ field, message }]);
}

/**
 * Holds the request to the OpenAPI document the API serves, so the two cannot disagree: a query
 * value that is empty where the document gives a type, an enum or a format (`?to=`, `?active=`); a
 * number beyond the documented maximum; and every JSON body, checked against the very schema the
 * document gives for it (types, required and unknown fields, null where it is not allowed, lists
 * that may not be empty, enums and lengths). Formats (an address, a date) are left to the routes'
 * own checks, which run after it and name the field in their words.
 */
@Injectable()
export class DocumentedInput implements NestInterceptor {
  private readonly operations = new Map<string, Operation>();

  /** Reads the served document once, at start-up. */
  use(doc: OpenAPIObject): void {
    this.operations.clear();
    const ajv = new Ajv({
      nullable: true,
      allErrors: true,
      // Each error carries its schema, so a refused pattern can show the document's example.
      verbose: true,
      jsonPointers: true,
      format: false,
      validateSchema: false,
    });
    ajv.addSchema(doc, 'openapi');
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const query = (op.parameters ?? []).flatMap((p): Parameter[] =>
          'in' in p && p.in === 'query' && p.schema && !('$ref' in p.schema)
            ? [{ name: p.name, schema: p.schema }]
            : [],
        );
        const content = op.requestBody && 'content' in op.requestBody ? op.requestBody.content : {};
        const json = Object.entries(content).find(([type]) => isJson(type));
        const body = json?.[1].schema
          ? ajv.getSchema(
              `openapi${pointer('paths', path, method, 'requestBody', 'content', json[0], 'schema')}`,
            )
          : undefined;
        this.operations.set(`${method.toUpperCase()} ${path}`, { query, body });
      }
    }
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const route: unknown = req.route;
    const path =
      route && typeof route === 'object' && 'path' in route && typeof route.path === 'string'
        ? route.path.replace(/:(\w+)/g, '{$1}')
        : undefined;
    const op = path ? this.operations.get(`${req.method} ${path}`) : undefined;
    if (op) this.check(op, req);
    return next.handle();
  }

  private check(op: Operation, req: Request): void {
    const query = req.query as Readonly<Record<string, unknown>>;
    for (const p of op.query) {
      const v = query[p.name];
      if (typeof v !== 'string') continue;
      const s = p.schema;
      if (v === '' && (s.type !== 'string' || s.format !== undefined || s.enum !== undefined))
        throw bad(p.name, 'is empty; give a value or leave it out');
      if (s.type === 'integer' && s.maximum !== undefined && /^\d+$/.test(v) && Number(v) > s.maximum)
        throw bad(p.name, `must be at most ${s.maximum}`);
    }
    if (!op.body || !isJson(req.headers['content-type'])) return;
    const body: unknown = req.body;
    // No body at all arrives as undefined: the route says whether it needs one.
    if (body === undefined || op.body(body)) return;
    // Every field the schema refuses, once each; of the ways to give an id (anyOf), the first.
    const problems = [
      ...new Map(
        (op.body.errors ?? [])
          .filter((e) => e.keyword !== 'anyOf' && !/\/anyOf\/[1-9]/.test(e.schemaPath))
          .map((e) => schemaProblem(e, body))
          .map((p) => [p.field, p]),
      ).values(),
    ];
    if (problems.length === 0) return;
    throw new BadInputError(problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  }
}

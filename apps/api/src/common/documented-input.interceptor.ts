import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';

import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { BadInputError } from './bad-input.error';

interface Parameter {
  readonly name: string;
  readonly schema: SchemaObject;
}
interface Operation {
  readonly query: readonly Parameter[];
  /**
   * The JSON type an optional body must have, when the document gives one. A route whose body is
   * required reads it and names what is wrong in its own words; one that may go without could
   * otherwise take a list for no body at all.
   */
  readonly bodyType: string | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const isJson = (type: string | undefined) => /^application\/(?:[\w.+-]*\+)?json\b/i.test(type ?? '');

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function bad(field: string, message: string): BadInputError {
  return new BadInputError(`${field} ${message}`, [{ field, message }]);
}

/**
 * Holds the request to the OpenAPI document the API serves, so the two cannot disagree where an
 * attack run found them apart: a query value that is empty where the document gives a type, an
 * enum or a format (`?to=`, `?active=`); a number beyond the documented maximum; a JSON body of
 * another type than the documented one (`[null,null]` for an object). The routes' own checks
 * (which name the field in their words) still run after it.
 */
@Injectable()
export class DocumentedInput implements NestInterceptor {
  private readonly operations = new Map<string, Operation>();

  /** Reads the served document once, at start-up. */
  use(doc: OpenAPIObject): void {
    this.operations.clear();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const query = (op.parameters ?? []).flatMap((p): Parameter[] =>
          'in' in p && p.in === 'query' && p.schema && !('$ref' in p.schema)
            ? [{ name: p.name, schema: p.schema }]
            : [],
        );
        const body = op.requestBody && 'content' in op.requestBody ? op.requestBody.content : {};
        const json = Object.entries(body).find(([type]) => isJson(type))?.[1];
        const schema = json?.schema && 'type' in json.schema ? json.schema : undefined;
        const optional = !(op.requestBody && 'required' in op.requestBody && op.requestBody.required);
        const bodyType = optional && typeof schema?.type === 'string' ? schema.type : undefined;
        this.operations.set(`${method.toUpperCase()} ${path}`, { query, bodyType });
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
    if (op && path) this.check(op, req, `${req.method} ${path}`);
    return next.handle();
  }

  private check(op: Operation, req: Request, id: string): void {
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
    const type = op.bodyType;
    if (type === undefined || !isJson(req.headers['content-type'])) return;
    const body: unknown = req.body;
    // An empty body, where the document lets it be left out, arrives as undefined.
    if (body === undefined) return;
    const given = jsonType(body);
    if (given !== type && !(type === 'integer' && given === 'number'))
      throw bad(
        'body',
        `must be a JSON ${type}, as the API's document gives for ${id}; this one is ${given === 'array' ? 'a list' : given}`,
      );
  }
}

import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { BadInputError } from './bad-input.error';
import { csvPlace } from './csv.util';

// With the u flag, a surrogate that is half of a pair reads as the pair's code point: only lone ones match.
const LONE_SURROGATE = /\p{Cs}/u;

function wellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

type Container = Readonly<Record<string, unknown>> | readonly unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

function segment(path: string, key: string, inArray: boolean): string {
  if (inArray) return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * The path (`contact.name`, `features[0].properties.name`) of the first text in `value`, key or
 * value, that is not well-formed Unicode (a lone UTF-16 surrogate, which JSON's `\ud800` can
 * carry). '' is the value itself. Walks with its own stack, so deep nesting cannot overflow it.
 */
export function illFormedPath(value: unknown, root = ''): string | undefined {
  if (typeof value === 'string') return wellFormed(value) ? undefined : root;
  if (!isContainer(value)) return undefined;
  const frames: { node: Container; keys: readonly string[] | undefined; i: number; path: string }[] = [
    { node: value, keys: Array.isArray(value) ? undefined : Object.keys(value), i: 0, path: root },
  ];
  while (frames.length > 0) {
    const f = frames[frames.length - 1] as (typeof frames)[number];
    const size = f.keys ? f.keys.length : (f.node as readonly unknown[]).length;
    if (f.i >= size) {
      frames.pop();
      continue;
    }
    const key = f.keys ? (f.keys[f.i] as string) : String(f.i);
    f.i += 1;
    const at = segment(f.path, key.replace(new RegExp(LONE_SURROGATE, 'gu'), '\uFFFD'), !f.keys);
    if (!wellFormed(key)) return at;
    const child: unknown = f.keys
      ? (f.node as Readonly<Record<string, unknown>>)[key]
      : (f.node as readonly unknown[])[Number(key)];
    if (typeof child === 'string') {
      if (!wellFormed(child)) return at;
    } else if (isContainer(child)) {
      frames.push({
        node: child,
        keys: Array.isArray(child) ? undefined : Object.keys(child),
        i: 0,
        path: at,
      });
    }
  }
  return undefined;
}

function notUnicode(field: string): BadInputError {
  const message = 'contains text that is not valid Unicode (a lone UTF-16 surrogate); send well-formed text';
  return new BadInputError(`${field} ${message}`, [{ field, message }]);
}

function givenTimes(n: number): string {
  return n === 2 ? 'twice' : `${n} times`;
}

/** A repeated query parameter arrives as a list; every parameter this API reads is one value. */
function checkNotRepeated(name: string, v: unknown): void {
  if (!Array.isArray(v)) return;
  const message = `was given ${givenTimes(v.length)}; give it once`;
  throw new BadInputError(`${name} ${message}`, [{ field: name, message }]);
}

/**
 * Runs on every parameter a route reads: a query parameter given more than once, and text that is
 * not valid Unicode (PostgreSQL refuses it, so it would fail as a retryable 503 for ever), become a
 * 400 naming the field.
 */
@Injectable()
export class RequestInputPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    switch (metadata.type) {
      case 'query':
        if (metadata.data) checkNotRepeated(metadata.data, value);
        else if (isContainer(value)) for (const [k, v] of Object.entries(value)) checkNotRepeated(k, v);
        this.checkUnicode(value, metadata.data ?? '');
        return value;
      case 'body':
        // A text body is a CSV file: name the row and column as a spreadsheet shows them.
        if (typeof value === 'string') {
          const lone = LONE_SURROGATE.exec(value);
          if (lone) throw notUnicode(csvPlace(value, lone.index));
        }
        this.checkUnicode(value, metadata.data ?? '');
        return value;
      case 'param':
        this.checkUnicode(value, metadata.data ?? '');
        return value;
      case 'custom':
        return value;
    }
  }

  private checkUnicode(value: unknown, root: string): void {
    const at = illFormedPath(value, root);
    if (at !== undefined) throw notUnicode(at || 'the request');
  }
}

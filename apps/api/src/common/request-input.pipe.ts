import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { BadInputError } from './bad-input.error';
import { csvPlace } from './csv.util';

// With the u flag, a surrogate that is half of a pair reads as the pair's code point: only lone ones match.
const LONE_SURROGATE = /\p{Cs}/u;

function wellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

// PostgreSQL cannot store U+0000 in text or jsonb; left to it, the refusal would read as an outage.
const NUL = '\u0000';

function withoutNul(s: string): boolean {
  return !s.includes(NUL);
}

type Container = Readonly<Record<string, unknown>> | readonly unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

interface Frame {
  readonly node: Container;
  /** An object's keys; undefined for an array. */
  readonly keys: readonly string[] | undefined;
  /** The next entry to visit. */
  i: number;
}

function frameOf(node: Container): Frame {
  return { node, keys: Array.isArray(node) ? undefined : Object.keys(node), i: 0 };
}

/** The path of the entry each frame is visiting, built only when one is found wanting. */
function pathOf(frames: readonly Frame[], root: string): string {
  let path = root;
  for (const f of frames) {
    const key = f.keys?.[f.i - 1]?.replace(new RegExp(LONE_SURROGATE, 'gu'), '\uFFFD').replaceAll(NUL, '\\0');
    if (key === undefined) path = `${path}[${f.i - 1}]`;
    else path = path ? `${path}.${key}` : key;
  }
  return path;
}

/**
 * The path (`contact.name`, `features[0].properties.name`) of the first text in `value`, key or
 * value, that is not well-formed Unicode (a lone UTF-16 surrogate, which JSON's `\ud800` can
 * carry). '' is the value itself. Walks with its own stack, so deep nesting cannot overflow it.
 */
export function illFormedPath(value: unknown, root = ''): string | undefined {
  return pathWhere(value, root, wellFormed);
}

/** The path of the first text in `value`, key or value, that holds a NUL character. */
export function nulPath(value: unknown, root = ''): string | undefined {
  return pathWhere(value, root, withoutNul);
}

function pathWhere(value: unknown, root: string, ok: (s: string) => boolean): string | undefined {
  if (typeof value === 'string') return ok(value) ? undefined : root;
  if (!isContainer(value)) return undefined;
  const frames: Frame[] = [frameOf(value)];
  while (frames.length > 0) {
    const f = frames[frames.length - 1] as Frame;
    let child: unknown;
    if (f.keys) {
      if (f.i >= f.keys.length) {
        frames.pop();
        continue;
      }
      const key = f.keys[f.i++] as string;
      if (!ok(key)) return pathOf(frames, root);
      child = (f.node as Readonly<Record<string, unknown>>)[key];
    } else {
      const list = f.node as readonly unknown[];
      if (f.i >= list.length) {
        frames.pop();
        continue;
      }
      child = list[f.i++];
    }
    if (typeof child === 'string') {
      if (!ok(child)) return pathOf(frames, root);
    } else if (isContainer(child)) frames.push(frameOf(child));
  }
  return undefined;
}

function notUnicode(field: string): BadInputError {
  const message = 'contains text that is not valid Unicode (a lone UTF-16 surrogate); send well-formed text';
  return new BadInputError(`${field} ${message}`, [{ field, message }]);
}

function hasNul(field: string): BadInputError {
  const message = 'contains a NUL character (\\0), which cannot be stored; send plain text without it';
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
 * not valid Unicode or holds a NUL (PostgreSQL refuses both, so they would fail as a retryable 503
 * for ever), become a 400 naming the field.
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
          const nul = value.indexOf(NUL);
          if (nul >= 0) throw hasNul(csvPlace(value, nul));
          return value;
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
    const nul = nulPath(value, root);
    if (nul !== undefined) throw hasNul(nul || 'the request');
  }
}

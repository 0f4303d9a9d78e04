// Records written as values only, numbers in one Int32Array and strings in one run of text,
// from one list of fields per record: each field says how its value is taken from the object
// written and under which key it is read back, so the writer and the reader of a record
// cannot disagree (reportCodec.ts lists the report's fields). Values are written in the
// list's order and read back in it, so the objects read keep the list's key order.

/** Thrown for a value that cannot be written (a number that is no 32-bit integer, a field of the wrong type). */
export class Unpackable extends Error {}

/** One field of a record: writes its value of `source`, or reads it back into `into`. */
export interface Field<S> {
  write(source: S): void;
  read(r: PackedReader, into: Record<string, unknown>): void;
}

/** The numbers and strings being written (one record tree at a time; reused). */
let ints = new Int32Array(2048);
let count = 0;
let strings: string[] = [];
let chars = 0;

/** Starts writing, with `reserved` numbers left for the caller's header. */
export function startWriting(reserved: number): void {
  count = reserved;
  strings = [];
  chars = 0;
}

/** What was written since startWriting: the numbers (header slots included) and the strings, joined. The strings are dropped. */
export function written(): { ints: Int32Array; count: number; text: string; chars: number } {
  const text = strings.join('');
  strings = [];
  return { ints, count, text, chars };
}

export function writeInt(v: number): void {
  if ((v | 0) !== v) throw new Unpackable();
  if (count === ints.length) {
    const grown = new Int32Array(ints.length * 2);
    grown.set(ints);
    ints = grown;
  }
  ints[count++] = v;
}

function writeBool(v: boolean): void {
  if (typeof v !== 'boolean') throw new Unpackable();
  writeInt(v ? 1 : 0);
}

/** A string as its length and its characters. */
function writeStr(s: string): void {
  if (typeof s !== 'string') throw new Unpackable();
  writeInt(s.length);
  strings.push(s);
  chars += s.length;
}

function writeFields<S>(fields: readonly Field<S>[], source: S): void {
  for (let i = 0; i < fields.length; i++) fields[i].write(source);
}

/** Reads back what the fields wrote, value by value. */
export class PackedReader {
  private at = 0;
  private textAt = 0;

  constructor(
    private readonly ints: Int32Array,
    private readonly text: string,
  ) {}

  int(): number {
    return this.ints[this.at++];
  }

  str(): string {
    const length = this.ints[this.at++];
    const s = this.text.slice(this.textAt, this.textAt + length);
    this.textAt += length;
    return s;
  }

  /** A string, or null where its length is -1. */
  strOrNull(): string | null {
    if (this.ints[this.at] < 0) {
      this.at++;
      return null;
    }
    return this.str();
  }

  /** An object of the fields' keys, in their order. */
  record(fields: readonly Field<never>[]): Record<string, unknown> {
    const into: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) fields[i].read(this, into);
    return into;
  }
}

export function int<S>(key: string, get: (s: S) => number): Field<S> {
  return { write: (s) => writeInt(get(s)), read: (r, o) => void (o[key] = r.int()) };
}

export function bool<S>(key: string, get: (s: S) => boolean): Field<S> {
  return { write: (s) => writeBool(get(s)), read: (r, o) => void (o[key] = r.int() === 1) };
}

export function str<S>(key: string, get: (s: S) => string): Field<S> {
  return { write: (s) => writeStr(get(s)), read: (r, o) => void (o[key] = r.str()) };
}

/** A string or null (length -1). */
export function strOrNull<S>(key: string, get: (s: S) => string | null): Field<S> {
  const write = (s: S): void => {
    const v = get(s);
    if (v === null) writeInt(-1);
    else writeStr(v);
  };
  return { write, read: (r, o) => void (o[key] = r.strOrNull()) };
}

/** A number or null: 0, or 1 and the number. */
export function intOrNull<S>(key: string, get: (s: S) => number | null): Field<S> {
  const write = (s: S): void => {
    const v = get(s);
    if (v === null) writeInt(0);
    else {
      writeInt(1);
      writeInt(v);
    }
  };
  return { write, read: (r, o) => void (o[key] = r.int() === 0 ? null : r.int()) };
}

/** One of a few values (null, false, true…), by its index. */
export function oneOf<S, V>(key: string, values: readonly V[], get: (s: S) => V): Field<S> {
  const write = (s: S): void => {
    const k = values.indexOf(get(s));
    if (k < 0) throw new Unpackable();
    writeInt(k);
  };
  return { write, read: (r, o) => void (o[key] = values[r.int()]) };
}

/** A key that is there, as true, only when the value is true (an optional flag). */
export function flag<S>(key: string, get: (s: S) => boolean): Field<S> {
  return { write: (s) => writeInt(get(s) ? 1 : 0), read: (r, o) => void (r.int() === 1 && (o[key] = true)) };
}

/** A list of plain values: its length, then each. */
function valueList<S, V>(key: string, get: (s: S) => readonly V[], writeValue: (v: V) => void, readValue: (r: PackedReader) => V): Field<S> {
  const write = (s: S): void => {
    const values = get(s);
    writeInt(values.length);
    for (const v of values) writeValue(v);
  };
  const read = (r: PackedReader, o: Record<string, unknown>): void => {
    const out: V[] = [];
    for (let n = r.int(); n > 0; n--) out.push(readValue(r));
    o[key] = out;
  };
  return { write, read };
}

const readInt = (r: PackedReader): number => r.int();
const readStr = (r: PackedReader): string => r.str();

export function intList<S>(key: string, get: (s: S) => readonly number[]): Field<S> {
  return valueList(key, get, writeInt, readInt);
}

export function strList<S>(key: string, get: (s: S) => readonly string[]): Field<S> {
  return valueList(key, get, writeStr, readStr);
}

/** A list of records: its length, then each one's fields. */
export function list<S, T>(key: string, get: (s: S) => readonly T[], fields: readonly Field<NoInfer<T>>[]): Field<S> {
  const write = (s: S): void => {
    const items = get(s);
    writeInt(items.length);
    for (const item of items) writeFields(fields, item);
  };
  const read = (r: PackedReader, o: Record<string, unknown>): void => {
    const out: Record<string, unknown>[] = [];
    for (let n = r.int(); n > 0; n--) out.push(r.record(fields));
    o[key] = out;
  };
  return { write, read };
}

/** A record or null: 0, or 1 and its fields. `optional` leaves the key out where it is null. */
export function recordOrNull<S, T>(key: string, get: (s: S) => T | null | undefined, fields: readonly Field<NoInfer<T>>[], optional = false): Field<S> {
  const write = (s: S): void => {
    const item = get(s);
    if (item === null || item === undefined) writeInt(0);
    else {
      writeInt(1);
      writeFields(fields, item);
    }
  };
  const read = (r: PackedReader, o: Record<string, unknown>): void => {
    if (r.int() === 1) o[key] = r.record(fields);
    else if (!optional) o[key] = null;
  };
  return { write, read };
}

/** Writes a record's fields (the root of a record tree). */
export function writeRecord<S>(fields: readonly Field<S>[], source: S): void {
  writeFields(fields, source);
}

/**
 * Compact JSON with caller-chosen key order, written as Jackson's `ObjectMapper.writeValueAsBytes`
 * writes it. Objects are `Map`s because a plain object would move integer-like keys ("0", "11") to the
 * front, and Kafka's partition maps are not in numeric order.
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | ReadonlyMap<string, JsonValue>;

/** Jackson's short escapes; other control characters become `\u00XX` with upper-case hex. */
const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  8: '\\b',
  9: '\\t',
  10: '\\n',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

/**
 * Writes `value` as compact JSON, keys in map order.
 *
 * @example
 *   writeJson(new Map([['version', 1], ['config', new Map()]])); // '{"version":1,"config":{}}'
 */
export function writeJson(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return writeString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a JSON number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (isJsonArray(value)) return `[${value.map(writeJson).join(',')}]`;
  const fields = [...value].map(([key, field]) => `${writeString(key)}:${writeJson(field)}`);
  return `{${fields.join(',')}}`;
}

function isJsonArray(
  value: readonly JsonValue[] | ReadonlyMap<string, JsonValue>,
): value is readonly JsonValue[] {
  return Array.isArray(value);
}

function writeString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) out += short;
    else if (c < 0x20) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += text[i];
  }
  return `${out}"`;
}

/**
 * A JSON object whose keys come out in `order` (every key of `fields` must be listed).
 *
 * @example
 *   orderedObject({ a: 1, b: 2 }, ['b', 'a']); // Map { 'b' => 2, 'a' => 1 }
 */
export function orderedObject(
  fields: Readonly<Record<string, JsonValue>>,
  order: readonly string[],
): Map<string, JsonValue> {
  if (order.length !== Object.keys(fields).length)
    throw new Error(`key order ${order} does not cover the fields`);
  return new Map(
    order.map((key) => {
      const field = fields[key];
      if (field === undefined) throw new Error(`no field ${key}`);
      return [key, field];
    }),
  );
}

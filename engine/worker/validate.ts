/**
 * Checks what arrives through `postMessage` before the engine sees it: the types in protocol.ts are a
 * promise the other side may break (an old tab, a console experiment, a bug), and a bad message must
 * produce an error reply, never a crashed worker or a half-applied command.
 */
import type { ProduceHeader, RequestId, UiToEngine } from './protocol';

/**
 * Longest simulated jump one command may ask for: a year. The log manager runs every scheduled task on
 * the way (a retention check each 5 minutes: ~105,000 for a year), so longer jumps would stall the UI.
 */
export const MAX_ADVANCE_MS = 366 * 24 * 3600 * 1000;
/** Records per page; the UI shows tens, so this only stops a runaway request. */
export const MAX_PAGE_RECORDS = 1000;
/**
 * Longest key/value string accepted over the boundary. Kafka's own limits (`max.message.bytes`,
 * `segment.bytes`) are checked later by the log with Kafka's errors; this only protects the worker.
 */
export const MAX_FIELD_CHARS = 4 * 1024 * 1024;

export type ParseResult =
  | { readonly ok: true; readonly message: UiToEngine }
  | { readonly ok: false; readonly id?: RequestId; readonly reason: string };

export function parseUiMessage(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null) return fail(undefined, 'a message must be an object');
  const m = data as Record<string, unknown>;
  const id = isRequestId(m.id) ? m.id : undefined;
  switch (m.type) {
    case 'init':
      if (!Number.isInteger(m.protocolVersion)) return fail(id, 'init needs an integer protocolVersion');
      return ok({ type: 'init', protocolVersion: m.protocolVersion as number });
    case 'produce':
      return parseProduce(m, id);
    case 'advanceTime':
      if (id === undefined) return fail(id, 'advanceTime needs an id');
      if (!Number.isSafeInteger(m.ms) || (m.ms as number) <= 0 || (m.ms as number) > MAX_ADVANCE_MS) {
        return fail(id, `advanceTime.ms must be an integer in [1, ${MAX_ADVANCE_MS}], got ${String(m.ms)}`);
      }
      return ok({ type: 'advanceTime', id, ms: m.ms as number });
    case 'reset':
      if (id === undefined) return fail(id, 'reset needs an id');
      if (m.seed === undefined) return ok({ type: 'reset', id });
      if (!Number.isSafeInteger(m.seed))
        return fail(id, `reset.seed must be an integer, got ${String(m.seed)}`);
      return ok({ type: 'reset', id, seed: m.seed as number });
    case 'readRecords':
      return parseReadRecords(m, id);
    case 'readBatchBytes':
      if (id === undefined) return fail(id, 'readBatchBytes needs an id');
      if (!isOffset(m.offset))
        return fail(id, `readBatchBytes.offset must be an offset ≥ 0, got ${String(m.offset)}`);
      return ok({ type: 'readBatchBytes', id, offset: m.offset });
    default:
      return fail(id, `unknown message type ${JSON.stringify(m.type)}`);
  }
}

function parseProduce(m: Record<string, unknown>, id: RequestId | undefined): ParseResult {
  if (id === undefined) return fail(id, 'produce needs an id');
  if (!isField(m.key)) return fail(id, 'produce.key must be a string or null');
  if (!isField(m.value)) return fail(id, 'produce.value must be a string or null');
  if (m.headers === undefined) return ok({ type: 'produce', id, key: m.key, value: m.value });
  if (!Array.isArray(m.headers)) return fail(id, 'produce.headers must be an array');
  const headers: ProduceHeader[] = [];
  for (const h of m.headers as unknown[]) {
    const header = h as Record<string, unknown> | null;
    // Kafka: header keys are non-null strings; a null header value is legal.
    if (typeof header !== 'object' || header === null || typeof header.key !== 'string') {
      return fail(id, 'a header needs a string key');
    }
    if (!isField(header.value)) return fail(id, 'a header value must be a string or null');
    headers.push({ key: header.key, value: header.value });
  }
  return ok({ type: 'produce', id, key: m.key, value: m.value, headers });
}

function parseReadRecords(m: Record<string, unknown>, id: RequestId | undefined): ParseResult {
  if (id === undefined) return fail(id, 'readRecords needs an id');
  if (!isOffset(m.fromOffset)) {
    return fail(id, `readRecords.fromOffset must be an offset ≥ 0, got ${String(m.fromOffset)}`);
  }
  const max = m.maxRecords;
  if (!Number.isInteger(max) || (max as number) < 1 || (max as number) > MAX_PAGE_RECORDS) {
    return fail(id, `readRecords.maxRecords must be in [1, ${MAX_PAGE_RECORDS}], got ${String(max)}`);
  }
  return ok({ type: 'readRecords', id, fromOffset: m.fromOffset, maxRecords: max as number });
}

function isRequestId(v: unknown): v is RequestId {
  return Number.isSafeInteger(v);
}

function isOffset(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function isField(v: unknown): v is string | null {
  return v === null || (typeof v === 'string' && v.length <= MAX_FIELD_CHARS);
}

function ok(message: UiToEngine): ParseResult {
  return { ok: true, message };
}

function fail(id: RequestId | undefined, reason: string): ParseResult {
  return id === undefined ? { ok: false, reason } : { ok: false, id, reason };
}

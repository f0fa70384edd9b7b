import { MemOSConfigError } from 'memos-middleware';

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Refuses request params whose structure the wrapper cannot read, before anything is sent: a clear
 * `MemOSConfigError` naming where (the OpenAI API would reject the same request), never a TypeError
 * from inside the wrapper.
 *
 * @example
 * if (!Array.isArray(params.messages)) refuse('messages', 'an array of messages', params.messages);
 */
export function refuse(where: string, expected: string, value: unknown): never {
  throw new MemOSConfigError(
    `Invalid OpenAI request for withMemOS: ${where} must be ${expected}, got ${kindOf(value)}`,
  );
}

/**
 * Whether a value is a plain record (not null, not an array).
 *
 * @example
 * isRecord({ role: 'user' }); // true
 */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A tool call's arguments as the core stores them: the parsed JSON when it parses, else the text.
 *
 * @example
 * toolInput('{"city":"Lyon"}'); // { city: 'Lyon' }
 */
export function toolInput(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

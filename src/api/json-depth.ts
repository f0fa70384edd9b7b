/**
 * Deepest nesting of objects and arrays accepted in a request. MemOS requests nest a few levels (a
 * filter's `and`/`or` a few more); past this a body is hostile, and serialising it would overflow the
 * stack (`JSON.stringify` throws RangeError near 5,000 levels).
 *
 * @example
 * if (jsonDepthExceeds(body)) throw new MemOSInvalidRequestError('nested too deep');
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `value` nests objects or arrays deeper than `maxDepth`. Iterative, so a hostile value
 * cannot overflow the stack of the check itself.
 *
 * @example
 * jsonDepthExceeds({ a: { b: [1] } }, 2); // true (3 levels)
 */
export function jsonDepthExceeds(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    if (depth + 1 > maxDepth) return true;
    seen.add(current);
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Whether JSON text nests deeper than `maxDepth`, by one scan of its brackets (outside strings),
 * before anything is parsed.
 *
 * @example
 * jsonTextDepthExceeds('[[[]]]', 2); // true
 */
export function jsonTextDepthExceeds(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

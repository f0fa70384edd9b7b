// The part of Next.js the README's snippets use, as `next` declares it (next/dist/server/after/after.d.ts).
// scripts/check-snippets.ts adds this file only while `next` is not installed at the repository root;
// once it is, the real declarations are checked instead.
declare module 'next/server' {
  type AfterTask<T = unknown> = Promise<T> | (() => T | Promise<T>);
  /** Schedules work to run after the response (or prerender) has finished. */
  export function after<T>(task: AfterTask<T>): void;
}

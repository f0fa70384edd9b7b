import type { GetMemoryData, RecallResult } from '../index.ts';
import { formatTime } from './output.ts';

const score = (value: number | undefined) => (value === undefined ? ' n/a' : value.toFixed(2));
const kindOf = (type: string | null | undefined) =>
  type === 'implicit_preference' ? 'implicit' : 'explicit';

/**
 * The memories a store holds for the demo user, facts then preferences, one per line.
 *
 * @example
 * stdout.write(describeStored(await backend.getMemory({ user_id: 'u1', size: 50 })));
 */
export function describeStored(data: GetMemoryData): string {
  const facts = data.memory_detail_list ?? [];
  const preferences = data.preference_detail_list ?? [];
  const lines = [`facts (${facts.length}):`];
  for (const fact of facts) {
    const time = formatTime(fact.create_time ?? fact.update_time);
    lines.push(`  - [${time}] ${fact.memory_value || fact.memory_key || ''}`);
    if (fact.tags?.length) lines.push(`      tags: ${fact.tags.join(', ')}`);
  }
  lines.push(`preferences (${preferences.length}):`);
  for (const preference of preferences) {
    lines.push(`  - (${kindOf(preference.preference_type)}) ${preference.preference ?? ''}`);
    if (preference.reasoning) lines.push(`      why: ${preference.reasoning}`);
  }
  if (facts.length + preferences.length === 0) lines.push('  (nothing was extracted)');
  return `${lines.join('\n')}\n`;
}

/**
 * What one recall returned: facts and preferences with their relevance, where they came from, and
 * whether a preference note came with them.
 *
 * @example
 * stdout.write(describeRecall(recallEvent));
 */
export function describeRecall(recall: RecallResult | undefined): string {
  if (recall === undefined) return 'no recall happened (the middleware did not run)\n';
  const { facts, preferences, toolMemories, preferenceNote } = recall.memories;
  const lines = [
    `query: ${JSON.stringify(recall.query ?? '')}`,
    `source: ${recall.source} in ${recall.durationMs.toFixed(1)} ms`,
    `facts (${facts.length}), relativity first:`,
    ...facts.map((fact) => `  ${score(fact.relativity)}  ${fact.memory_value || fact.memory_key || ''}`),
    `preferences (${preferences.length}):`,
    ...preferences.map(
      (preference) =>
        `  ${score(preference.relativity)}  (${kindOf(preference.preference_type)}) ${preference.preference ?? ''}`,
    ),
  ];
  if (toolMemories.length > 0) lines.push(`tool memories: ${toolMemories.length}`);
  lines.push(`preference note: ${preferenceNote ? 'yes' : 'no'}`);
  return `${lines.join('\n')}\n`;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return JSON.stringify(content);
  return content
    .map((part: { type?: string; text?: string }) =>
      part.type === 'text' ? (part.text ?? '') : `[${part.type}]`,
    )
    .join('');
}

/**
 * The prompt exactly as the model received it, message by message with its role.
 *
 * @example
 * stdout.write(renderPrompt(params.prompt));
 */
export function renderPrompt(prompt: unknown): string {
  if (!Array.isArray(prompt)) return '(the model was not called)\n';
  return `${prompt
    .map(
      (message: { role?: string; content?: unknown }) =>
        `[${message.role ?? '?'}]\n${textOf(message.content)}`,
    )
    .join('\n\n')}\n`;
}

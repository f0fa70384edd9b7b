// The OpenAI wire shapes the fake server answers with: chat completions (a body, or `chat.completion.chunk`
// SSE chunks ending in `[DONE]`) and responses (a `response` object, or the Responses event sequence).
// Shapes as the real API sends them, checked against the openai SDK and @ai-sdk/openai parsers
// (test/support/fake-openai-server.test.ts).

/** A tool call the fake model makes; `arguments` objects are sent as JSON text. */
export interface FakeToolCall {
  /** The call id. @default `call_<n>` */
  readonly id?: string;
  readonly name: string;
  readonly arguments?: string | Record<string, unknown>;
}

/** What the fake model answers: text, tool calls, or both. */
export interface FakeAnswer {
  readonly text?: string;
  readonly toolCalls?: readonly FakeToolCall[];
  /** @default 'tool_calls' when there are tool calls, else 'stop' */
  readonly finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  /** Milliseconds between two streamed chunks of this answer; overrides the server's `chunkDelayMs`. */
  readonly chunkDelayMs?: number;
}

/** One SSE message: an optional `event:` name and its JSON `data:`. */
export interface SSEMessage {
  readonly event?: string;
  readonly data: unknown;
}

/** Ids and model of one answer. */
export interface AnswerContext {
  /** The request's ordinal on the server (1-based), used to make ids. */
  readonly serial: number;
  readonly model: string;
}

const CREATED = 1_767_225_600; // 2026-01-01T00:00:00Z: fixed, so answers are byte-stable

/** The text cut where a model would emit it: word by word, each word with the spaces after it. */
export const wordsOf = (text: string): string[] => (text === '' ? [] : (text.match(/\S+\s*|\s+/g) ?? []));

const argumentsText = (call: FakeToolCall) =>
  typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {});

function toolCallsOf(answer: FakeAnswer, serial: number) {
  return (answer.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? `call_${serial}_${index}`,
    name: call.name,
    arguments: argumentsText(call),
  }));
}

const finishReasonOf = (answer: FakeAnswer) =>
  answer.finishReason ?? ((answer.toolCalls?.length ?? 0) > 0 ? 'tool_calls' : 'stop');

function usageOf(body: Record<string, unknown>, answer: FakeAnswer) {
  const prompt = JSON.stringify(body.messages ?? body.input ?? '').length;
  const completion = (answer.text ?? '').length + JSON.stringify(answer.toolCalls ?? []).length;
  return { prompt: Math.ceil(prompt / 4), completion: Math.ceil(completion / 4) };
}

/**
 * A `chat.completion` object for the answer.
 *
 * @example
 * chatCompletion({ model: 'gpt' }, { text: 'Hi' }, { serial: 1, model: 'gpt' }).choices[0].message.content; // 'Hi'
 */
export function chatCompletion(body: Record<string, unknown>, answer: FakeAnswer, context: AnswerContext) {
  const toolCalls = toolCallsOf(answer, context.serial);
  const usage = usageOf(body, answer);
  return {
    id: `chatcmpl-${context.serial}`,
    object: 'chat.completion',
    created: CREATED,
    model: context.model,
    system_fingerprint: 'fp_fake',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: answer.text ?? (toolCalls.length > 0 ? null : ''),
          refusal: null,
          annotations: [],
          ...(toolCalls.length > 0
            ? {
                tool_calls: toolCalls.map((call) => ({
                  id: call.id,
                  type: 'function',
                  function: { name: call.name, arguments: call.arguments },
                })),
              }
            : {}),
        },
        logprobs: null,
        finish_reason: finishReasonOf(answer),
      },
    ],
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
  };
}

/**
 * The `chat.completion.chunk` messages of the streamed answer: a role chunk, the text word by word,
 * each tool call (its id and name, then its arguments in pieces), the finish chunk, with
 * `stream_options.include_usage` a last chunk with no choices and the usage; then `[DONE]`.
 *
 * @example
 * chatCompletionChunks({ stream: true }, { text: 'Hi there' }, { serial: 1, model: 'gpt' }).length; // 5
 */
export function chatCompletionChunks(
  body: Record<string, unknown>,
  answer: FakeAnswer,
  context: AnswerContext,
): SSEMessage[] {
  const includeUsage =
    (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
  const chunk = (delta: Record<string, unknown>, finishReason: string | null, choices = true) => ({
    data: {
      id: `chatcmpl-${context.serial}`,
      object: 'chat.completion.chunk',
      created: CREATED,
      model: context.model,
      system_fingerprint: 'fp_fake',
      choices: choices ? [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] : [],
      ...(includeUsage ? { usage: null } : {}),
    },
  });
  const messages: SSEMessage[] = [chunk({ role: 'assistant', content: '', refusal: null }, null)];
  for (const word of wordsOf(answer.text ?? '')) messages.push(chunk({ content: word }, null));
  toolCallsOf(answer, context.serial).forEach((call, index) => {
    messages.push(
      chunk(
        {
          tool_calls: [
            { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
          ],
        },
        null,
      ),
    );
    for (const piece of call.arguments.match(/[\s\S]{1,8}/g) ?? []) {
      messages.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }, null));
    }
  });
  messages.push(chunk({}, finishReasonOf(answer)));
  if (includeUsage) {
    const usage = usageOf(body, answer);
    const last = chunk({}, null, false);
    messages.push({
      data: {
        ...(last.data as object),
        usage: {
          prompt_tokens: usage.prompt,
          completion_tokens: usage.completion,
          total_tokens: usage.prompt + usage.completion,
        },
      },
    });
  }
  return messages;
}

function responseObject(
  body: Record<string, unknown>,
  answer: FakeAnswer,
  context: AnswerContext,
  status: 'in_progress' | 'completed',
) {
  const usage = usageOf(body, answer);
  const completed = status === 'completed';
  const output = completed ? responseOutput(answer, context) : [];
  return {
    id: `resp_${context.serial}`,
    object: 'response',
    created_at: CREATED,
    status,
    background: false,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: context.model,
    output,
    parallel_tool_calls: true,
    previous_response_id: body.previous_response_id ?? null,
    reasoning: { effort: null, summary: null },
    service_tier: 'default',
    store: body.store ?? true,
    temperature: 1,
    text: body.text ?? { format: { type: 'text' } },
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_p: 1,
    truncation: 'disabled',
    usage: completed
      ? {
          input_tokens: usage.prompt,
          input_tokens_details: { cached_tokens: 0 },
          output_tokens: usage.completion,
          output_tokens_details: { reasoning_tokens: 0 },
          total_tokens: usage.prompt + usage.completion,
        }
      : null,
    user: null,
    metadata: body.metadata ?? {},
  };
}

const messageItemId = (serial: number) => `msg_${serial}`;

function textItem(text: string, serial: number, status: 'in_progress' | 'completed') {
  return {
    id: messageItemId(serial),
    type: 'message',
    status,
    role: 'assistant',
    content: status === 'completed' ? [{ type: 'output_text', text, annotations: [], logprobs: [] }] : [],
  };
}

function functionCallItem(
  call: ReturnType<typeof toolCallsOf>[number],
  index: number,
  serial: number,
  status: 'in_progress' | 'completed',
) {
  return {
    id: `fc_${serial}_${index}`,
    type: 'function_call',
    status,
    call_id: call.id,
    name: call.name,
    arguments: status === 'completed' ? call.arguments : '',
  };
}

function responseOutput(answer: FakeAnswer, context: AnswerContext) {
  const text = answer.text === undefined ? [] : [textItem(answer.text, context.serial, 'completed')];
  const calls = toolCallsOf(answer, context.serial).map((call, index) =>
    functionCallItem(call, index, context.serial, 'completed'),
  );
  return [...text, ...calls];
}

/**
 * A `response` object (Responses API) for the answer: a message item with the text, a
 * `function_call` item per tool call.
 *
 * @example
 * responseBody({ input: 'Hi' }, { text: 'Hello' }, { serial: 1, model: 'gpt' }).output[0];
 */
export function responseBody(body: Record<string, unknown>, answer: FakeAnswer, context: AnswerContext) {
  return responseObject(body, answer, context, 'completed');
}

/**
 * The Responses stream of the answer, as the API sends it (each message with its `event:` name and a
 * `sequence_number`): `response.created`, `response.in_progress`, per output item
 * `response.output_item.added`, its deltas (`response.content_part.added`, `response.output_text.delta`
 * word by word, `response.output_text.done`, `response.content_part.done`; or
 * `response.function_call_arguments.delta`/`.done`), `response.output_item.done`, then
 * `response.completed` with the whole response.
 *
 * @example
 * responseEvents({ input: 'Hi' }, { text: 'Hello' }, { serial: 1, model: 'gpt' }).at(-1)?.event; // 'response.completed'
 */
export function responseEvents(
  body: Record<string, unknown>,
  answer: FakeAnswer,
  context: AnswerContext,
): SSEMessage[] {
  const events: SSEMessage[] = [];
  const emit = (type: string, fields: Record<string, unknown>) =>
    events.push({ event: type, data: { type, sequence_number: events.length, ...fields } });
  emit('response.created', { response: responseObject(body, answer, context, 'in_progress') });
  emit('response.in_progress', { response: responseObject(body, answer, context, 'in_progress') });
  let outputIndex = 0;
  if (answer.text !== undefined) {
    const itemId = messageItemId(context.serial);
    const at = { item_id: itemId, output_index: outputIndex, content_index: 0 };
    emit('response.output_item.added', {
      output_index: outputIndex,
      item: textItem('', context.serial, 'in_progress'),
    });
    emit('response.content_part.added', {
      ...at,
      part: { type: 'output_text', text: '', annotations: [], logprobs: [] },
    });
    for (const word of wordsOf(answer.text))
      emit('response.output_text.delta', { ...at, delta: word, logprobs: [] });
    emit('response.output_text.done', { ...at, text: answer.text, logprobs: [] });
    emit('response.content_part.done', {
      ...at,
      part: { type: 'output_text', text: answer.text, annotations: [], logprobs: [] },
    });
    emit('response.output_item.done', {
      output_index: outputIndex,
      item: textItem(answer.text, context.serial, 'completed'),
    });
    outputIndex += 1;
  }
  toolCallsOf(answer, context.serial).forEach((call, index) => {
    const item = functionCallItem(call, index, context.serial, 'in_progress');
    emit('response.output_item.added', { output_index: outputIndex, item });
    for (const piece of call.arguments.match(/[\s\S]{1,8}/g) ?? []) {
      emit('response.function_call_arguments.delta', {
        item_id: item.id,
        output_index: outputIndex,
        delta: piece,
      });
    }
    emit('response.function_call_arguments.done', {
      item_id: item.id,
      output_index: outputIndex,
      name: call.name,
      arguments: call.arguments,
    });
    emit('response.output_item.done', {
      output_index: outputIndex,
      item: functionCallItem(call, index, context.serial, 'completed'),
    });
    outputIndex += 1;
  });
  emit('response.completed', { response: responseObject(body, answer, context, 'completed') });
  return events;
}

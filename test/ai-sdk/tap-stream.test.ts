import { convertArrayToReadableStream, convertReadableStreamToArray } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { type StreamOutcome, tapStream } from '../../adapters/ai-sdk/tap-stream.ts';

function recorder() {
  const outcomes: StreamOutcome[] = [];
  const seen: number[] = [];
  return {
    outcomes,
    seen,
    tap: {
      onPart: (part: number) => {
        seen.push(part);
        return part;
      },
      onEnd: (o: StreamOutcome) => outcomes.push(o),
    },
  };
}

describe('tapStream', () => {
  it('passes every part through unchanged and reports done once', async () => {
    const { outcomes, seen, tap } = recorder();
    const parts = await convertReadableStreamToArray(tapStream(convertArrayToReadableStream([1, 2, 3]), tap));
    expect(parts).toEqual([1, 2, 3]);
    expect(seen).toEqual([1, 2, 3]);
    expect(outcomes).toEqual([{ status: 'done' }]);
  });

  it('hands on the part onPart returns', async () => {
    const stream = tapStream(convertArrayToReadableStream([1, 2]), {
      onPart: (part) => part * 10,
      onEnd: () => {},
    });
    expect(await convertReadableStreamToArray(stream)).toEqual([10, 20]);
  });

  it('reports a reader cancel (which a TransformStream flush never sees) and cancels the source', async () => {
    const { outcomes, tap } = recorder();
    let sourceCancelledWith: unknown;
    const source = new ReadableStream<number>({
      pull: (controller) => controller.enqueue(1),
      cancel: (reason) => {
        sourceCancelledWith = reason;
      },
    });
    const reader = tapStream(source, tap).getReader();
    await reader.read();
    await reader.cancel('user left');
    expect(outcomes).toEqual([{ status: 'cancelled', reason: 'user left' }]);
    expect(sourceCancelledWith).toBe('user left');
  });

  it('reports an upstream failure and errors the tapped stream with it', async () => {
    const { outcomes, tap } = recorder();
    const failure = new Error('socket hang up');
    let sent = false;
    const source = new ReadableStream<number>({
      pull(controller) {
        if (sent) controller.error(failure);
        else controller.enqueue(1);
        sent = true;
      },
    });
    await expect(convertReadableStreamToArray(tapStream(source, tap))).rejects.toBe(failure);
    expect(outcomes).toEqual([{ status: 'failed', error: failure }]);
  });

  it('reads ahead of nobody: a part is pulled from the source only when the reader asks', async () => {
    let pulls = 0;
    const source = new ReadableStream<number>(
      { pull: (controller) => controller.enqueue(++pulls) },
      { highWaterMark: 0 },
    );
    const reader = tapStream(source, recorder().tap).getReader();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pulls).toBe(0);
    expect(await reader.read()).toEqual({ done: false, value: 1 });
    expect(pulls).toBe(1);
    await reader.cancel();
  });
});

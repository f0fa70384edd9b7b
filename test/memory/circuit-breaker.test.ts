import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCircuitBreaker } from '../../src/memory/index.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createCircuitBreaker', () => {
  it('opens after the threshold of consecutive failures, a success resetting the count', () => {
    const breaker = createCircuitBreaker({ failureThreshold: 3, coolDownMs: 1000 });
    breaker.onFailure();
    breaker.onFailure();
    breaker.onSuccess();
    breaker.onFailure();
    breaker.onFailure();
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('lets exactly one probe through after the cool-down; its success closes the circuit', () => {
    const breaker = createCircuitBreaker({ failureThreshold: 1, coolDownMs: 1000 });
    breaker.onFailure();
    vi.advanceTimersByTime(999);
    expect(breaker.tryAcquire()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('re-opens for a full cool-down when the probe fails, and frees the probe on release', () => {
    const breaker = createCircuitBreaker({ failureThreshold: 2, coolDownMs: 1000 });
    breaker.onFailure();
    breaker.onFailure();
    vi.advanceTimersByTime(1000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.release();
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    vi.advanceTimersByTime(999);
    expect(breaker.tryAcquire()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(breaker.tryAcquire()).toBe(true);
  });
});

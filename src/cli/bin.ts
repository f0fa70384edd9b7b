#!/usr/bin/env node
// The `memos-middleware` executable: wires the real process to `run()` and nothing else.

// node:sqlite still prints an ExperimentalWarning on Node 22; users of a CLI cannot act on it.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && /SQLite/i.test(warning.message)) return;
  process.stderr.write(`${warning.name}: ${warning.message}\n`);
});

const stop = new AbortController();
let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    signals += 1;
    // A second Ctrl-C means "now": skip the graceful path.
    if (signals > 1) process.exit(130);
    stop.abort(new Error(`received ${signal}`));
  });
}

const { run } = await import('./run.ts');
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  signal: stop.signal,
});

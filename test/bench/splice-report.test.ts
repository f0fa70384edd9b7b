import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../bench/splice-report.ts';

const ORDER = ['engine', 'quality', 'middleware', 'writer'];
const report = (label: string, parts: string[]) =>
  `# Benchmarks\n\n${label} head\n\n## Summary\n\n| part | figure | measured | target | met |\n| --- | --- | --- | --- | --- |\n${parts
    .map((part) => `| ${part} | ${part} figure | ${label} | t | yes |`)
    .join('\n')}\n\n${parts
    .map((part) => `<!-- bench:${part} -->\n## ${part}\n\n${label} ${part} body\n<!-- /bench:${part} -->\n`)
    .join('\n')}`;

describe('a partial bench run keeps the other parts of BENCHMARKS.md', () => {
  it('rewrites only the rows and sections of the parts it ran, in the parts’ order', () => {
    const previous = report('old', ['engine', 'quality', 'middleware']);
    const merged = mergeReports(report('new', ['writer']), previous, ['writer'], ORDER);
    expect(merged).toContain('| engine | engine figure | old |');
    expect(merged).toContain('| middleware | middleware figure | old |');
    expect(merged).toContain('| writer | writer figure | new |');
    expect(merged).toContain('old quality body');
    expect(merged).toContain('new writer body');
    expect(merged.indexOf('## middleware')).toBeLessThan(merged.indexOf('## writer'));
    expect(merged.startsWith('# Benchmarks\n\nnew head')).toBe(true);
  });

  it('replaces a part that was run again, and drops nothing else', () => {
    const previous = report('old', ['engine', 'writer']);
    const merged = mergeReports(report('new', ['engine']), previous, ['engine'], ORDER);
    expect(merged).toContain('new engine body');
    expect(merged).not.toContain('old engine body');
    expect(merged).toContain('old writer body');
    expect(merged.match(/<!-- bench:/g)).toHaveLength(2);
  });

  it('writes the fresh report as it is when there was none', () => {
    const fresh = report('new', ['engine', 'writer']);
    expect(mergeReports(fresh, undefined, ['engine', 'writer'], ORDER)).toBe(fresh);
  });
});

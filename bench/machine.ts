import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';

/** Where the figures were measured. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  /** 1-minute load average when the run started: other work competing for the cores. */
  loadAverage: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line !== undefined) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  try {
    const pretty = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1];
    if (pretty !== undefined) return `${pretty} (${type()} ${release()})`;
  } catch {
    // No os-release: kernel name and version are enough.
  }
  return `${type()} ${release()}`;
}

/**
 * The CPU model (from /proc/cpuinfo), core count, RAM, OS and Node version.
 *
 * @example
 * describeMachine().cpu; // 'AMD EPYC'
 */
export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    ramGb: totalmem() / 2 ** 30,
    os: osName(),
    node: process.version,
    loadAverage: loadavg()[0] ?? 0,
  };
}

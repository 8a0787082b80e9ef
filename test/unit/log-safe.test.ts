import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coreLogger } from '../../src/actions/logger.js';
import type { Finding } from '../../src/findings.js';
import { stderrLogger, type Logger } from '../../src/logger.js';
import { annotation } from '../../src/report/annotations.js';
import { logSafe, mayHoldWorkflowCommand } from '../../src/report/log-safe.js';
import { actedOn, runnerReads } from '../helpers/runner-commands.js';

/** Repository text a hostile pull request can put into a message (cluster names, helm errors, file names). */
const PAYLOADS = [
  '::error::x',
  '  ::add-mask::dev',
  'x\n::set-output name=a::b',
  '##[error]x',
  'cluster dev-01: ##[set-output name=x;]owned',
  'a\r::stop-commands::abc\r\n::warning::after',
  '\t::notice file=a.yaml,line=1::spoofed',
  '\u00a0::error::after a no-break space',
  '#\u200b#[error]zero-width space between the hashes',
  ':\u00ad:error::soft hyphen between the colons',
  'values.yaml\n\n::group::fake\n::endgroup::',
];

describe('the model runner (test helper)', () => {
  it('acts on every payload printed as it is: the logger tests below would catch a leak', () => {
    for (const p of PAYLOADS) expect(actedOn(runnerReads(`${p}\n`)), p).not.toEqual([]);
  });
});

describe('logSafe', () => {
  it('wraps text that may hold a command between stop-commands and its token', () => {
    expect(logSafe('::error::x', () => 'T0K3N')).toBe('::stop-commands::T0K3N\n::error::x\n::T0K3N::');
    expect(logSafe('x\n::set-output name=a::b', () => 'T')).toBe(
      '::stop-commands::T\nx\n::set-output name=a::b\n::T::',
    );
  });

  it('leaves ordinary text as it is', () => {
    for (const t of [
      'rendered 4 clusters',
      'values.dev-01.yaml:4:11: error',
      'image: nginx@sha256:ab',
      '# heading',
    ])
      expect(logSafe(t)).toBe(t);
  });

  it('counts `::` and `##[` hidden by characters the runner may skip', () => {
    expect(mayHoldWorkflowCommand('#\u200b#[error]x')).toBe(true);
    expect(mayHoldWorkflowCommand(':\u00ad:error::x')).toBe(true);
    expect(mayHoldWorkflowCommand(':\n:')).toBe(true);
    expect(mayHoldWorkflowCommand('a: b')).toBe(false);
  });

  it('uses a new unguessable token each time', () => {
    const tokens = [logSafe('::error::x'), logSafe('::error::x')].map(
      (s) => /^::stop-commands::(.+)\n/.exec(s)![1]!,
    );
    expect(tokens[0]).toMatch(/^gitops-promotion-[0-9a-f]{32}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
  });
});

/** Everything a logger call wrote to a stream, as one string. */
function capture(stream: NodeJS.WriteStream, call: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    call();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const LOGGERS: [string, NodeJS.WriteStream, Logger, 'info' | 'warning' | 'debug', string][] = [
  ['coreLogger.info', process.stdout, coreLogger, 'info', ''],
  ['coreLogger.warning', process.stdout, coreLogger, 'warning', 'warning: '],
  ['stderrLogger.info', process.stderr, stderrLogger(true), 'info', ''],
  ['stderrLogger.warning', process.stderr, stderrLogger(true), 'warning', 'warning: '],
  ['stderrLogger.debug', process.stderr, stderrLogger(true), 'debug', 'debug: '],
];

describe.each(LOGGERS)('%s', (_name, stream, logger, level, prefix) => {
  it.each(PAYLOADS)('starts no workflow command and prints the text literally: %j', (payload) => {
    const out = capture(stream, () => logger[level](payload));
    const read = runnerReads(out);
    expect(actedOn(read)).toEqual([]);
    expect(read.printed).toEqual(`${prefix}${payload}`.split(/\r\n|\r|\n/));
  });

  it('writes a plain message unchanged', () => {
    expect(capture(stream, () => logger[level]('rendered 4 clusters'))).toBe(
      `${prefix}rendered 4 clusters\n`,
    );
  });
});

describe('coreLogger.debug', () => {
  const saved = process.env.RUNNER_DEBUG;
  beforeEach(() => {
    process.env.RUNNER_DEBUG = '1';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.RUNNER_DEBUG;
    else process.env.RUNNER_DEBUG = saved;
  });

  it.each(PAYLOADS)('is one ::debug:: command holding the whole message: %j', (payload) => {
    const read = runnerReads(capture(process.stdout, () => coreLogger.debug(payload)));
    expect(read.commands).toEqual([{ command: 'debug', properties: {}, data: payload }]);
    expect(read.printed).toEqual([]);
  });
});

describe('annotations', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    severity: 'error',
    rule: 'values-schema',
    message: 'bad',
    file: 'charts/a/values.yaml',
    line: 3,
    column: 7,
    cluster: 'dev-01',
    ...over,
  });

  it('stay one command whatever the message, file and cluster hold', () => {
    const f = finding({
      message: 'bad\n::error::second\r\n##[error]third %0A 50%',
      file: 'charts/a,title=x::y\n.yaml',
      cluster: 'dev-01\n::add-mask::dev',
    });
    const line = annotation(f);
    expect(line).toBe(
      '::error file=charts/a%2Ctitle=x%3A%3Ay%0A.yaml,line=3,col=7,title=values-schema (dev-01%0A%3A%3Aadd-mask%3A%3Adev)::' +
        'bad%0A::error::second%0D%0A##[error]third %250A 50%25',
    );
    expect(runnerReads(`${line}\n`).commands).toEqual([
      {
        command: 'error',
        properties: {
          file: 'charts/a,title=x::y\n.yaml',
          line: '3',
          col: '7',
          title: 'values-schema (dev-01\n::add-mask::dev)',
        },
        data: 'bad\n::error::second\r\n##[error]third %0A 50%',
      },
    ]);
  });
});

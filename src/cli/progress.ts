// A progress bar for multi-file work, on stderr, only when stderr is a terminal (never in a pipe or a log).
import cliProgress from 'cli-progress';
import type { OutStream } from './context.js';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

export function progress(stream: OutStream, total: number, options: { quiet?: boolean } = {}): Progress {
  if (!stream.isTTY || options.quiet || total < 2) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: '{bar} {value}/{total} {file}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick(label) {
      bar.increment(1, { file: label });
    },
    stop() {
      bar.stop();
    },
  };
}

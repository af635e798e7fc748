// The `jiaokan` executable (dist/cli.js): binds the command to the real process.
import { engine } from './engine.js';
import { removeInFlight } from './io.js';
import { main } from './main.js';

// Ctrl-C or a kill mid-write: drop the half-written temp files (targets keep their old content, since
// they are only ever replaced by a rename) and exit as shells expect (128 + signal number).
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    removeInFlight();
    process.exit(code);
  });
}

// `jiaokan scan … | head` closes our stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  engine,
});
process.exitCode = code;

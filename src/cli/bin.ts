// The `jiaokan` executable (dist/cli.js): binds the command to the real process.
import { engine } from './engine.js';
import { main } from './main.js';

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

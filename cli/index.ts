import { nodeIo, run } from './main';

// Wait for stdout to drain before exiting, so piped output (| head, > file) is never cut short.
run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});

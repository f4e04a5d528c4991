/**
 * `npm run candor -- <command> …` — a Node CLI over the same lib/ code the extension runs.
 * Each command lives in cli/commands/<name>.ts and is listed once below.
 */
import type { Command } from './command';
import { validateCommand } from './commands/validate';
import { demoProfileCommand } from './commands/demo-profile';
import { checkCommand } from './commands/check';
import { importCommand } from './commands/import';
import { pdfCommand } from './commands/pdf';
import { tryFillCommand } from './commands/try-fill';
import { checklistCommand } from './commands/checklist';

const COMMANDS: Command[] = [validateCommand, demoProfileCommand, checkCommand, checklistCommand, importCommand, tryFillCommand, pdfCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return ['Usage: npm run candor -- <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

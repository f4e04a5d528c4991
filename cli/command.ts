export interface Command {
  name: string;
  /** One-line synopsis, e.g. `validate <file>`. */
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

/** Prints what is wrong with the arguments and the command's usage; returns the usage exit code, 2. */
export function usageError(problem: string, usage: string): 2 {
  console.error(`${problem}\nUsage: npm run candor -- ${usage}`);
  return 2;
}

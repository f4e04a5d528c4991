export interface Command {
  name: string;
  /** One-line synopsis, e.g. `validate <file>`. */
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

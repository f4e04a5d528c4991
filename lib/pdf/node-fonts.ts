/** FontSource for Node (CLI, tests, benchmarks): reads the TTFs from node_modules. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FONT_FILES, type FontSource } from './fonts';

/** `root` is the directory holding node_modules (default: the current working directory). */
export function nodeFontSource(root = process.cwd()): FontSource {
  return {
    async load(face) {
      return new Uint8Array(await readFile(path.join(root, 'node_modules', FONT_FILES[face])));
    },
  };
}

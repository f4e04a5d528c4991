import { demoBackup, serializeBackup } from '@/lib/io';
import type { Command } from '../command';

export const demoProfileCommand: Command = {
  name: 'demo-profile',
  usage: 'demo-profile',
  summary: 'Print the bundled demo profile as a backup file (JSON)',
  async run() {
    process.stdout.write(serializeBackup(demoBackup()));
    return 0;
  },
};

import type { ReactNode } from 'react';
import { TemplatesPanel } from '@/components/templates/TemplatesPanel';
import { ProfileSection } from './ProfileSection';
import { EntriesSection } from './EntriesSection';
import { BackupSection } from './BackupSection';
import { GapsView } from '@/components/gaps/GapsView';
import { OrcidImport } from '@/components/orcid/OrcidImport';
import { ExportPanel } from '@/components/pdf';

/**
 * The editor's top-level sections, in navigation order. Each capability adds one line here;
 * `id` is also the URL hash that opens it (e.g. options.html#gaps).
 */
export interface EditorSection {
  id: string;
  label: string;
  render: () => ReactNode;
}

export const EDITOR_SECTIONS: EditorSection[] = [
  { id: 'profile', label: 'Person and settings', render: () => <ProfileSection /> },
  { id: 'entries', label: 'Entries', render: () => <EntriesSection /> },
  { id: 'backup', label: 'Backup and export', render: () => <BackupSection /> },
  { id: 'templates', label: 'Institution templates', render: () => <TemplatesPanel /> },
  { id: 'gaps', label: 'Gaps', render: () => <GapsView /> },
  { id: 'orcid', label: 'Import from ORCID', render: () => <OrcidImport /> },
  { id: 'export', label: 'PDF & drafts', render: () => <ExportPanel /> },
];

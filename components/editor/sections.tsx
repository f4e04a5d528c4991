import { lazy, type ReactNode } from 'react';
import { EntriesSection } from './EntriesSection';

// Only the entries (the usual landing section) load with the page; every other section is its own
// chunk, fetched when first opened, so opening the editor does not parse jsPDF, rule packs, ORCID…
const ProfileSection = lazy(() => import('./ProfileSection').then((m) => ({ default: m.ProfileSection })));
const BackupSection = lazy(() => import('./BackupSection').then((m) => ({ default: m.BackupSection })));
const TemplatesPanel = lazy(() => import('@/components/templates/TemplatesPanel').then((m) => ({ default: m.TemplatesPanel })));
const GapsView = lazy(() => import('@/components/gaps/GapsView').then((m) => ({ default: m.GapsView })));
const OrcidImport = lazy(() => import('@/components/orcid/OrcidImport').then((m) => ({ default: m.OrcidImport })));
const ExportPanel = lazy(() => import('@/components/pdf').then((m) => ({ default: m.ExportPanel })));
const ChecklistsView = lazy(() => import('@/components/checklists').then((m) => ({ default: m.ChecklistsView })));

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
  { id: 'checklists', label: 'Checklists', render: () => <ChecklistsView /> },
  { id: 'export', label: 'PDF & drafts', render: () => <ExportPanel /> },
];

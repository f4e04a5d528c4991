/** The editor's due-diligence checklists section. */
export { ChecklistsView } from './ChecklistsView';

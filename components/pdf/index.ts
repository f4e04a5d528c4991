export { ExportPanel, ExportPdf } from './ExportPanel';
export { DraftsPanel } from './DraftsPanel';

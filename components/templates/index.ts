export { TemplatesPanel } from './TemplatesPanel';
export { TemplateAuthor } from './TemplateAuthor';
export { PlanView } from './PlanView';
export { useLockedPaths, lockedBy, LockedNote } from './locks';
export { TemplateContacts } from './TemplateContacts';

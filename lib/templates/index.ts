/** Institution templates: load, plan, apply, update, remove; subscriptions and enterprise policy; effects. */
export { parseTemplate, loadTemplateBytes, fetchTemplate, checkTemplateUrl, type Loaded } from './load';
export { sha256Hex } from './hash';
export { diffTemplates, diffValues, type Change } from './diff';
export {
  planTemplateApply, previewTemplate, applyTemplate, removeTemplate, completePendingShell, fillPendingProfileDefaults,
  isRefusal, type TemplatePlan, type TemplateState, type ApplyResult, type Refusal,
} from './apply';
export {
  importTemplateFile, subscribe, recordSubscription, unsubscribe, refreshSubscriptions, applyManagedPolicy, applyStagedUpdate,
  listSubscriptions, listAppliedTemplates, getPolicyStatus, getStagedUpdate, getAppliedRecord, REFRESH_INTERVAL_MS,
  type Subscription, type PolicyStatus, type ManagedPolicy,
} from './sources';
export { syncManagedPolicy } from './policy';
export { activeTemplateEffects, packsWithTemplates, screeningListsWithTemplates, findLock, entryLockedFields, withLockedValues, lockOwner, type TemplateEffects, type Lock, type TemplateContact, type TemplateResource } from './effects';
export { shellEntryId, META, type AppliedTemplateRecord, type AppliedShell, type StagedUpdate, type TemplateOrigin } from './record';

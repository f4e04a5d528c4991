/** The single source of Candor's types. Imports nothing of ours. */
export * from './codes';
export * from './common';
export * from './entries';
export * from './profile';
export * from './rules';
export * from './checklists';
export * from './portal';
export * from './formats';
export * from './issues';

export { EditorApp } from './EditorApp';
export { EntryList, type EntryListHandlers } from './EntryList';

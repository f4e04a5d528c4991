import { Suspense, useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { personName } from '@/lib/ui';
import type { PlainKey } from '@/lib/i18n';
import { ToastProvider, useHashRoute, useProfile, useT } from '@/components/ui';
import { EDITOR_SECTIONS, type EditorSection } from './sections';
import { Welcome } from './Welcome';

// Section labels by id; a section added without one here shows its own (English) label.
const SECTION_LABELS: Record<string, PlainKey> = {
  profile: 'editor.sections.profile', entries: 'editor.sections.entries', backup: 'editor.sections.backup',
  templates: 'editor.sections.templates', gaps: 'editor.sections.gaps', orcid: 'editor.sections.orcid',
  checklists: 'editor.sections.checklists', export: 'editor.sections.export',
};

function Editor() {
  const t = useT();
  const sectionLabel = (s: EditorSection) => (SECTION_LABELS[s.id] ? t(SECTION_LABELS[s.id]) : s.label);
  const route = useHashRoute();
  const { loading, profile } = useProfile();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  // With no hash: the welcome for a new user, the entries once a profile exists.
  const sectionId = route.section || (profile ? 'entries' : '');
  const section = EDITOR_SECTIONS.find((s) => s.id === sectionId);
  const name = personName(profile);
  // Reads the entries alongside the profile rather than after it when the hash opens the list:
  // Dexie shares this in-flight read with the list's identical live query. Resolves to a constant
  // so the editor itself does not re-render when entries change.
  useLiveQuery(() => (route.section === 'entries' ? getDb().entries.toArray().then(() => true) : false), [route.section]);

  // After moving to another section or leaving a form, focus the new content. Forms focus their own
  // field, and the kind filter (#support…) keeps focus where it is.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!route.entryId && !route.newKind) mainRef.current?.focus();
  }, [sectionId, route.entryId, route.newKind]);

  useEffect(() => {
    document.title = name ? t('editor.titleNamed', { name }) : t('editor.title');
  }, [name, t]);

  return (
    <div className="editor">
      <header className="editor-header">
        <p className="brand">Candor</p>
        <h1>{name || t('editor.heading')}</h1>
        {profile?.person.primaryOrganization && <p className="muted">{profile.person.primaryOrganization.name}</p>}
      </header>
      <nav className="editor-nav" aria-label={t('editor.sectionsNav')}>
        <ul>
          {EDITOR_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === sectionId ? 'page' : undefined}>{sectionLabel(s)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={mainRef} tabIndex={-1} className="editor-main">
        {loading ? (
          <p className="muted">{t('common.loading')}</p>
        ) : sectionId === '' ? (
          <Welcome />
        ) : section ? (
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>{section.render()}</Suspense>
        ) : (
          <div className="empty-state">
            <h2>{t('editor.nothingHere')}</h2>
            <p>{t('editor.noSection', { section: sectionId })} <a href="#entries">{t('editor.goToEntries')}</a>.</p>
          </div>
        )}
      </main>
    </div>
  );
}

/** The full editor (options page, opened in a tab). Sections come from EDITOR_SECTIONS; the URL hash picks one. */
export function EditorApp() {
  return (
    <ToastProvider>
      <Editor />
    </ToastProvider>
  );
}

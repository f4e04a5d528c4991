import { Suspense, useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { personName } from '@/lib/ui';
import { ToastProvider, useHashRoute, useProfile } from '@/components/ui';
import { EDITOR_SECTIONS } from './sections';
import { Welcome } from './Welcome';

function Editor() {
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
    document.title = name ? `${name} — Candor` : 'Candor — disclosure record';
  }, [name]);

  return (
    <div className="editor">
      <header className="editor-header">
        <p className="brand">Candor</p>
        <h1>{name || 'Your disclosure record'}</h1>
        {profile?.person.primaryOrganization && <p className="muted">{profile.person.primaryOrganization.name}</p>}
      </header>
      <nav className="editor-nav" aria-label="Sections">
        <ul>
          {EDITOR_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === sectionId ? 'page' : undefined}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={mainRef} tabIndex={-1} className="editor-main">
        {loading ? (
          <p className="muted">Loading…</p>
        ) : sectionId === '' ? (
          <Welcome />
        ) : section ? (
          <Suspense fallback={<p className="muted">Loading…</p>}>{section.render()}</Suspense>
        ) : (
          <div className="empty-state">
            <h2>Nothing here</h2>
            <p>There is no section “{sectionId}”. <a href="#entries">Go to your entries</a>.</p>
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

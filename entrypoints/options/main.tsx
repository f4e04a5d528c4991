import '@/components/styles.css';
import { createRoot } from 'react-dom/client';
import { LanguageProvider } from '@/components/ui';
import { EditorApp } from '@/components/editor/EditorApp';
import { requestPersistence } from '@/lib/db';

void requestPersistence();
createRoot(document.getElementById('root')!).render(<LanguageProvider><EditorApp /></LanguageProvider>);

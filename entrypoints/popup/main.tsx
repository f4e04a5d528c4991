import '@/components/styles.css';
import { createRoot } from 'react-dom/client';
import { LanguageProvider } from '@/components/ui';
import { PopupApp } from '@/components/popup/PopupApp';

createRoot(document.getElementById('root')!).render(<LanguageProvider><PopupApp /></LanguageProvider>);

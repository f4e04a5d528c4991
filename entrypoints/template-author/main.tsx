import { createRoot } from 'react-dom/client';
import { LanguageProvider } from '@/components/ui';
import { TemplateAuthor } from '@/components/templates/TemplateAuthor';

createRoot(document.getElementById('root')!).render(<LanguageProvider><TemplateAuthor /></LanguageProvider>);

import { createRoot } from 'react-dom/client';
import { LanguageProvider } from '@/components/ui';
import { FillPanel } from '@/components/sidepanel/FillPanel';

createRoot(document.getElementById('root')!).render(<LanguageProvider><FillPanel /></LanguageProvider>);

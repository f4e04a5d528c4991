import { createRoot } from 'react-dom/client';
import { TemplateAuthor } from '@/components/templates/TemplateAuthor';

createRoot(document.getElementById('root')!).render(<TemplateAuthor />);

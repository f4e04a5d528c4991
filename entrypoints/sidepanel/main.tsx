import { createRoot } from 'react-dom/client';
import { FillPanel } from '@/components/sidepanel/FillPanel';

createRoot(document.getElementById('root')!).render(<FillPanel />);

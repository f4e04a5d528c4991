import '@/components/styles.css';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';

createRoot(document.getElementById('root')!).render(<PopupApp />);

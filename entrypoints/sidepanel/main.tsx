import '../../lib/zod-config';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '../../components/SidePanel';
import './style.css';

createRoot(document.getElementById('root')!).render(<SidePanel />);

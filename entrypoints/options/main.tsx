import '../../lib/zod-config';
import { createRoot } from 'react-dom/client';
import { Options } from '../../components/Options';
import './style.css';

createRoot(document.getElementById('root')!).render(<Options />);

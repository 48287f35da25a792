import '../../lib/zod-config';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/Popup';
import './style.css';

createRoot(document.getElementById('root')!).render(<Popup />);

/** Renderer entry. `./boot` must stay the first import (see there); then render the popover. */
import './boot';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import './styles/app.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);

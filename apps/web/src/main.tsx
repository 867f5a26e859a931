import 'leaflet/dist/leaflet.css';
import './styles.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

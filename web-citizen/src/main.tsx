import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CitizenApp } from './CitizenApp';

const container = document.getElementById('root');
if (!container) throw new Error('На странице нет элемента #root');

createRoot(container).render(
  <StrictMode>
    <CitizenApp />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmployerApp } from './EmployerApp';

const container = document.getElementById('root');
if (!container) throw new Error('На странице нет элемента #root');

createRoot(container).render(
  <StrictMode>
    <EmployerApp />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StaffApp } from './StaffApp';

const container = document.getElementById('root');
if (!container) throw new Error('На странице нет элемента #root');

createRoot(container).render(
  <StrictMode>
    <StaffApp />
  </StrictMode>,
);

import { useEffect } from 'react';

/** Each page names itself in the tab and for screen readers: «Мои обращения — Работа России». */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Работа России`;
  }, [title]);
}

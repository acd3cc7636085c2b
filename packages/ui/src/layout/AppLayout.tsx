import { Button } from 'antd';
import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { ConnectionBanner } from '../live/ConnectionBanner';
import { useSession, useSignedIn } from '../session/SessionProvider';

export interface NavItem {
  to: string;
  label: string;
}

export interface AppLayoutProps {
  /** «Личный кабинет гражданина». */
  cabinet: string;
  nav: NavItem[];
  /** Shown under the person's name, e.g. the job centre or organisation. */
  affiliation?: ReactNode;
}

/** Header with the portal's mark, the cabinet's sections and the signed-in person; the page below. */
export function AppLayout({ cabinet, nav, affiliation }: AppLayoutProps) {
  const { fullName } = useSignedIn().user;
  const { signOut } = useSession();
  return (
    <div className="czn-layout">
      <a className="czn-skip-link" href="#main">
        Перейти к содержимому
      </a>
      <header className="czn-header">
        <div className="czn-brand">
          <span className="czn-brand__mark" aria-hidden="true" />
          <span>
            <span className="czn-brand__name">Работа России</span>
            <span className="czn-brand__cabinet">{cabinet}</span>
          </span>
        </div>
        <nav aria-label="Разделы кабинета" className="czn-nav">
          {nav.map(({ to, label }) => (
            <NavLink key={to} to={to} className="czn-nav__link">
              {label}
            </NavLink>
          ))}
        </nav>
        <div className="czn-person">
          <span>
            <span className="czn-person__name">{fullName}</span>
            {affiliation && <span className="czn-person__affiliation">{affiliation}</span>}
          </span>
          <Button onClick={() => signOut()}>Выйти</Button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="czn-main">
        <ConnectionBanner />
        <Outlet />
      </main>
    </div>
  );
}

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { AppLayout, RequireSession, useSession, type NavItem } from '@czn/ui';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { CitizenLiveUpdates } from '../appeals/CitizenLiveUpdates';

/**
 * The bank is open to everyone. A signed-in citizen sees it inside the cabinet, with the cabinet's sections
 * and their own GraphQL client; anyone else gets a page of its own with a link to sign in, and asks the
 * gateway anonymously over plain HTTP (no socket: nothing on the page is live for them).
 */
export function VacancyBankLayout({ nav }: { nav: NavItem[] }) {
  const { session } = useSession();
  if (session)
    return (
      <RequireSession>
        <CitizenLiveUpdates />
        <AppLayout cabinet="Личный кабинет гражданина" nav={nav} />
      </RequireSession>
    );
  return <AnonymousLayout />;
}

function AnonymousLayout() {
  const [client] = useState(
    () => new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() }),
  );
  const location = useLocation();
  return (
    <ApolloProvider client={client}>
      <div className="czn-layout">
        <a className="czn-skip-link" href="#main">
          Перейти к содержимому
        </a>
        <header className="czn-header">
          <div className="czn-brand">
            <span className="czn-brand__mark" aria-hidden="true" />
            <span>
              <span className="czn-brand__name">Работа России</span>
              <span className="czn-brand__cabinet">Банк вакансий центров занятости</span>
            </span>
          </div>
          <nav aria-label="Вход" className="czn-person czn-bank__signin">
            <Link to="/signin" state={{ from: `${location.pathname}${location.search}` }}>
              Войти в личный кабинет
            </Link>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="czn-main">
          <Outlet />
        </main>
      </div>
    </ApolloProvider>
  );
}

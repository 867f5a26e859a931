import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Navigate, useLocation } from 'react-router';
import type { Role } from './api/types';
import { NAV } from './app-routes';
import { can, ROLE_NAMES, useSession } from './auth/session-context';

/** The page frame: skip link, header with who is signed in, navigation for the role, main content. */
export function Layout({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  const items = NAV.filter((n) => can(session, ...n.roles));
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header" role="banner">
        <div className="govuk-width-container app-header__inner">
          <Link to="/" className="app-header__title">
            Member Alerts
          </Link>
          {session && (
            <p className="app-header__who govuk-!-margin-0">
              {session.member?.name ?? session.name} ({ROLE_NAMES[session.role]}
              {session.member?.division ? `, ${session.member.division}` : ''}){' '}
              <a href="#sign-out" onClick={(e) => (e.preventDefault(), signOut())}>
                Sign out
              </a>
            </p>
          )}
        </div>
      </header>
      <div className="govuk-width-container">
        {items.length > 0 && (
          <nav className="app-nav" aria-label="Menu">
            <ul className="app-nav__list">
              {items.map((n) => (
                <li key={n.to} className="app-nav__item">
                  <NavLink
                    to={n.to}
                    end
                    className={({ isActive }) => (isActive ? 'app-nav__link--active' : '')}
                    aria-current={location.pathname === n.to ? 'page' : undefined}
                  >
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main className="govuk-main-wrapper" id="main-content" role="main" tabIndex={-1} ref={main}>
          {children}
        </main>
      </div>
      <footer className="app-footer" role="contentinfo">
        <div className="govuk-width-container">
          <p className="govuk-body-s govuk-!-margin-0">
            Member Alerts keeps the Protocol on Member/Officer Relations, paragraphs 26–36.{' '}
            <a className="govuk-link" href="/docs">
              API documentation
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}

/** Shows the page only to the roles that may use it; anyone else is sent to sign in or told why not. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { session, checking } = useSession();
  const location = useLocation();
  if (checking) return <p className="govuk-body">Checking your sign-in…</p>;
  if (!session) {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (!can(session, ...roles)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see this page</h1>
        <p className="govuk-body">
          You are signed in as {ROLE_NAMES[session.role].toLowerCase()}. This page is for{' '}
          {roles.map((r) => ROLE_NAMES[r].toLowerCase()).join(' or ')}.
        </p>
      </>
    );
  }
  return <>{children}</>;
}

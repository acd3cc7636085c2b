import { lazy, Suspense } from 'react';
import { Loading } from '../feedback/states';

// Its antd Typography brings Input along (for editable text): together they would add some 40 kB gzipped to
// the entry of every app with the page, so the page is fetched when first shown.
const SessionSettingsScreen = lazy(() => import('./SessionSettingsScreen'));

/** «Настройки» of a portal account: where it is signed in; ending a session or all of them. */
export default function SessionSettingsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <SessionSettingsScreen />
    </Suspense>
  );
}

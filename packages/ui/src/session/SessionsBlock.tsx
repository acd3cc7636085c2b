import { lazy, Suspense } from 'react';
import { Loading } from '../feedback/states';

export const SIGNED_OUT_EVERYWHERE_NOTICE = 'Вы вышли на всех устройствах. Войдите снова, чтобы продолжить.';

const BROWSERS: Array<[RegExp, string]> = [
  [/YaBrowser/, 'Яндекс Браузер'],
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: Array<[RegExp, string]> = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** «Firefox, Windows» from a User-Agent; «Неизвестное устройство» when it says nothing we know. */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Неизвестное устройство';
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return [browser, system].filter(Boolean).join(', ') || 'Неизвестное устройство';
}

// The card's list, confirmation and tags are antd components no other page of the frame needs: kept out of
// the apps' entry, they load with the settings page that shows them.
const ActiveSessions = lazy(() => import('./ActiveSessions'));

/**
 * «Активные сеансы» for an account settings page: where the person is signed in, ending one session, and
 * «Выйти на всех устройствах». A session ended here can no longer be renewed; a page already open there
 * keeps working until its access token expires (at most 15 minutes).
 */
export function SessionsBlock() {
  return (
    <Suspense fallback={<Loading what="Загрузка сеансов…" />}>
      <ActiveSessions />
    </Suspense>
  );
}

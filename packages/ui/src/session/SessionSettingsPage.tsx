import { Typography } from 'antd';
import { usePageTitle } from '../layout/usePageTitle';
import { SessionsBlock } from './SessionsBlock';

/**
 * «Настройки» of a portal account: where it is signed in; ending a session or all of them. Apps load it lazily
 * from `@czn/ui/session-settings`, which keeps antd's Typography and what it brings out of their first download.
 */
export default function SessionSettingsPage() {
  usePageTitle('Настройки');
  return (
    <>
      <Typography.Title level={1}>Настройки</Typography.Title>
      <SessionsBlock />
    </>
  );
}

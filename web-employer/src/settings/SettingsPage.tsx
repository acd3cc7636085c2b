import { SessionsBlock, usePageTitle } from '@czn/ui';
import { Typography } from 'antd';

/** «Настройки»: where the representative is signed in; ending a session or all of them. */
export default function SettingsPage() {
  usePageTitle('Настройки');
  return (
    <>
      <Typography.Title level={1}>Настройки</Typography.Title>
      <SessionsBlock />
    </>
  );
}

import { Typography } from 'antd';
import { usePageTitle } from '../layout/usePageTitle';
import { SessionsBlock } from './SessionsBlock';

/** What «Настройки» shows, fetched when first shown. */
export default function SessionSettingsScreen() {
  usePageTitle('Настройки');
  return (
    <>
      <Typography.Title level={1}>Настройки</Typography.Title>
      <SessionsBlock />
    </>
  );
}

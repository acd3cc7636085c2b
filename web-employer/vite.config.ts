import { webAppConfig } from '../packages/ui/vite-config';

export default webAppConfig(3001);

import { ConfigProvider } from 'antd';
import ruRU from 'antd/locale/ru_RU';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import type { ReactNode } from 'react';
import './styles.css';
import { ToastProvider } from './feedback/toast';
import { theme } from './theme';

dayjs.locale('ru');

const validateMessages = {
  required: 'Заполните поле «${label}»',
  types: { email: 'Проверьте адрес электронной почты в поле «${label}»' },
  string: { max: 'Не больше ${max} символов в поле «${label}»' },
};

/** Russian locale, the portal's theme and toasts for one app. */
export function UiProvider({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={ruRU} theme={theme} form={{ validateMessages }}>
      <ToastProvider>{children}</ToastProvider>
    </ConfigProvider>
  );
}

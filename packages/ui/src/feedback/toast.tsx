import { message } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, useContext, type ReactNode } from 'react';

const ToastContext = createContext<MessageInstance | null>(null);

/** Short confirmations and failures at the top of the page, in the app's theme and locale. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, holder] = message.useMessage();
  return (
    <ToastContext.Provider value={toast}>
      {holder}
      {children}
    </ToastContext.Provider>
  );
}

export function useToast(): MessageInstance {
  const toast = useContext(ToastContext);
  if (!toast) throw new Error('useToast outside UiProvider');
  return toast;
}

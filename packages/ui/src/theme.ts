import type { ThemeConfig } from 'antd';

/** The «Работа России» look: its blue and red on white, plain type, generous spacing. */
export const palette = {
  blue: '#0b4bb3',
  blueDark: '#083a8c',
  red: '#d52b1e',
  white: '#ffffff',
  background: '#f4f6fb',
  text: '#1f2433',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.blue,
    colorLink: palette.blue,
    colorError: palette.red,
    colorText: palette.text,
    colorBgLayout: palette.background,
    borderRadius: 6,
    fontSize: 16,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    controlHeight: 40,
    lineHeight: 1.55,
  },
  components: {
    Layout: { headerBg: palette.white, headerHeight: 72, headerPadding: '0 24px', bodyBg: palette.background },
    Table: { headerBg: '#eef2fa' },
  },
};

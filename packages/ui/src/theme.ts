import type { ThemeConfig } from 'antd';

/**
 * The «Работа России» look: its blue on white with the red rule of the header (styles.css), plain type,
 * generous spacing.
 */
const palette = {
  blue: '#0b4bb3',
  background: '#f4f6fb',
  text: '#1f2433',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.blue,
    colorLink: palette.blue,
    colorText: palette.text,
    // antd's greys and light status colours fall below WCAG AA contrast (4.5:1) on white; these do not.
    colorTextSecondary: '#4a5168',
    colorTextDescription: '#4a5168',
    colorTextTertiary: '#555b6e',
    colorTextPlaceholder: '#5f6579',
    colorSuccess: '#1e6b22',
    colorSuccessBg: '#edf7ee',
    colorSuccessBorder: '#a7d3aa',
    colorInfo: palette.blue,
    colorInfoBg: '#eaf1fc',
    colorInfoBorder: '#b3c8ee',
    colorError: '#b42318',
    colorErrorBg: '#fdeeec',
    colorErrorBorder: '#f1b5ae',
    colorWarning: '#8a5a00',
    colorWarningBg: '#fff6e0',
    colorWarningBorder: '#e8c987',
    colorBgLayout: palette.background,
    borderRadius: 6,
    fontSize: 16,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    controlHeight: 40,
    lineHeight: 1.55,
  },
  components: {
    // An empty table says so in the disabled grey; it is text to read, so in the tertiary one.
    Table: { headerBg: '#eef2fa', colorTextDisabled: '#555b6e' },
  },
};

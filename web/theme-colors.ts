/**
 * The page's background in each theme (styles.css --bg), for the browser's and the installed app's
 * chrome: the manifest (vite.config.ts), the theme-color meta tags (index.html, and here when she
 * picks a theme) and public/theme.js. A test keeps them all equal.
 */
export const THEME_COLORS = { light: '#f6f3ee', dark: '#14181b' } as const;

import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { THEME_COLORS } from './web/theme-colors.js';

/**
 * The web app: sources in web/, built into dist/web, which the server serves with an index.html
 * fallback under a CSP of 'self' only. So: no inline scripts (the service worker is registered from
 * the bundle), no inline styles, nothing from a third party.
 */
const api = { target: 'http://127.0.0.1:3000', changeOrigin: false };

export default defineConfig({
  root: 'web',
  publicDir: 'public',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Keep every asset a file: a data: URL would need its own CSP allowance.
    assetsInlineLimit: 0,
  },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'icon-maskable.svg', 'theme.js'],
      manifest: {
        id: '/',
        name: 'Lactea',
        short_name: 'Lactea',
        description: 'A calm companion for nursing, pumping and bottle feeds.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        // The page's own background, so the splash and the title bar match the app (light here;
        // dark below where the platform reads it, and from the page's theme-color meta tags).
        theme_color: THEME_COLORS.light,
        background_color: THEME_COLORS.light,
        // Chromium's manifest colours for the dark theme (ignored where not supported; not in the plugin's types).
        ...({ user_preferences: { color_scheme_dark: { theme_color: THEME_COLORS.dark, background_color: THEME_COLORS.dark } } } as Record<string, unknown>),
        // Long-press the icon: start nursing on the left at once, or log a pump.
        shortcuts: [
          { name: 'Nurse left', short_name: 'Nurse left', description: 'Start a nursing timer on the left', url: '/?nurse=left', icons: [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: 'Log a pump', short_name: 'Log a pump', description: 'Log a pumping session', url: '/pump', icons: [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }] },
        ],
        categories: ['health', 'medical', 'lifestyle'],
        // PNGs for launchers that do not take SVG (scripts/icons.ts renders them from the SVGs).
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api/, /^\/healthz/],
        cleanupOutdatedCaches: true,
        // The API is never cached by the service worker (no route matches it, so requests go
        // straight to the network): the app keeps its own copy in IndexedDB, cleared on sign-out.
      },
    }),
  ],
  server: {
    proxy: { '/api': api, '/healthz': api },
  },
  preview: {
    proxy: { '/api': api, '/healthz': api },
  },
});

/** Offers a new version when the service worker has one ready (registerType 'prompt'). */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.js';

export function UpdatePrompt(): JSX.Element | null {
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let live = true;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const updateSW = registerSW({
        onNeedRefresh: () => {
          if (live) setUpdate(() => () => updateSW(true));
        },
      });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!update) return null;
  return (
    <div class="notice update" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" onClick={() => void update()}>
        {t('update.reload')}
      </button>
    </div>
  );
}

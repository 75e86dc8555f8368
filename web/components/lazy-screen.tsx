/** Loads a screen's code (and the screens' strings) when it is first shown, so the home screen's first load stays small. */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ensureScreenStrings, t } from '../i18n.js';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P): JSX.Element {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      Promise.all([load(), ensureScreenStrings()]).then(
        ([c]) => {
          loaded = c;
          if (live) setScreen(() => c);
        },
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (Screen) return <Screen {...props} />;
    return (
      <div class="center-screen" aria-busy={failed ? undefined : 'true'}>
        {failed ? (
          <>
            <p>{t('errors.offline')}</p>
            <button type="button" onClick={() => location.reload()}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          <p class="muted">{t('app.loading')}</p>
        )}
      </div>
    );
  };
}

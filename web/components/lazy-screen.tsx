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

/**
 * A part of a screen loaded when first shown (with the screens' strings), so the home screen's
 * first load stays small: nothing shows until it is ready, and nothing if it cannot load offline.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPart(props: P): JSX.Element | null {
    const [Part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      Promise.all([load(), ensureScreenStrings()]).then(
        ([c]) => {
          loaded = c;
          if (live) setPart(() => c);
        },
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, []);
    return Part ? <Part {...props} /> : null;
  };
}

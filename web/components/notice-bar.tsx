/** The app's one notice ("Saved", "No connection"), announced by screen readers. */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { dismissNotice, noticeStore } from '../state/notice.js';
import { useStore } from '../state/store.js';

export function NoticeBar(): JSX.Element {
  const notice = useStore(noticeStore);
  return (
    <div role="status" aria-live="polite" class={notice ? `notice ${notice.tone}` : 'notice'}>
      {notice && (
        <>
          <p>{notice.text}</p>
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            {t('common.close')}
          </button>
        </>
      )}
    </div>
  );
}

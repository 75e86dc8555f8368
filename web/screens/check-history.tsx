/** /check/history — symptom checks as a timeline, newest first, with any not saved yet marked so. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Level } from '../../src/domain/triage/index.js';
import { LevelTag } from '../components/check-level.js';
import { Link } from '../components/link.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, reportIfSignedOut } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { checkedAtText, topReason } from '../state/check-format.js';
import { checksChangedStore } from '../state/checks-changed.js';
import { loadChecks, savedChecksStore, unsavedChecksStore, type SavedCheck } from '../state/check-store.js';
import { useStore } from '../state/store.js';
import { LoadFailure } from '../components/load-failure.js';

interface Row {
  id: string;
  checkedAt: string;
  level: Level;
  reason: string | null;
  saved: boolean;
}

export function CheckHistory(): JSX.Element {
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const unsaved = useStore(unsavedChecksStore);
  // A check saved on another device, or one of ours sent in the background: read the list again.
  const changed = useStore(checksChangedStore);
  const hid = account.householdId;
  const [checks, setChecks] = useState<SavedCheck[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    if (!hid) return;
    setFailure(null);
    try {
      setChecks(await loadChecks(hid));
    } catch (e) {
      reportIfSignedOut(e);
      setFailure(errorText(e));
      // Offline: still show the checks this session has already seen.
      const seen = Object.values(savedChecksStore.get()).filter((c) => c.householdId === hid);
      if (seen.length > 0) setChecks(seen);
    }
  };

  useEffect(() => {
    void load();
  }, [hid, changed]);

  const rows: Row[] = [
    ...unsaved.filter((c) => c.householdId === hid).map((c) => ({ id: c.id, checkedAt: c.checkedAt, level: c.result.level, reason: topReason(c.result, lang), saved: false })),
    ...(checks ?? []).map((c) => ({ id: c.id, checkedAt: c.checkedAt, level: c.result.level, reason: topReason(c.result, lang), saved: true })),
  ].sort((a, b) => Date.parse(b.checkedAt) - Date.parse(a.checkedAt));

  return (
    <section class="check-history" aria-busy={checks === null && !failure ? 'true' : undefined}>
      <PageTitle>{t('check.history.title')}</PageTitle>
      <Link class="button primary wide check-start" href="/check">
        {t('check.history.new')}
      </Link>
      {failure && <LoadFailure message={failure} onRetry={() => void load()} />}
      {checks === null && !failure && <p class="muted">{t('app.loading')}</p>}
      {checks !== null && rows.length === 0 && <p class="muted">{t('check.history.empty')}</p>}
      {rows.length > 0 && (
        <ol class="check-timeline">
          {rows.map((r) => (
            <li key={r.id}>
              <Link class="entry check-entry" href={`/check/result/${r.id}`}>
                <span class="body">
                  <span class="title">
                    <time dateTime={r.checkedAt}>{checkedAtText(r.checkedAt, lang)}</time>
                  </span>
                  <LevelTag level={r.level} />
                  {r.reason && <span class="summary">{r.reason}</span>}
                  {!r.saved && <span class="check-unsaved-tag">{t('check.history.unsaved')}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

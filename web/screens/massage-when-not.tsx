/**
 * "When not to massage": read once before the first routine (then an "I understand" button leads on
 * to the routine that asked), and linked from every routine.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { whenNotToMassage } from '../../src/domain/routines/index.js';
import { BackLink } from '../components/back-link.js';
import { SourceList, SourceNumbers, uniqueCitations } from '../components/massage-parts.js';
import { PageTitle } from '../components/page-title.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { acknowledgeGate, gateStore, takeAfterGate } from '../state/massage-store.js';
import { useStore } from '../state/store.js';

export function MassageWhenNot(): JSX.Element {
  const lang = useStore(languageStore);
  const read = useStore(gateStore);
  const [next] = useState(takeAfterGate);
  const entries = whenNotToMassage(lang);
  const sources = uniqueCitations(entries.map((e) => e.citations));
  const asking = !read || next !== null;

  const understood = (): void => {
    acknowledgeGate();
    navigate(next ?? '/massage', { replace: true });
  };

  return (
    <section class="massage">
      <BackLink href="/massage" />
      <PageTitle>{t('massage.whenNotTitle')}</PageTitle>
      {asking && <p class="hint">{t('massage.gateNote')}</p>}
      <p>{t('massage.whenNotIntro')}</p>
      <ul class="massage-list when-not">
        {entries.map((e) => (
          <li key={e.id}>
            {e.text} <SourceNumbers cited={e.citations} list={sources} />
          </li>
        ))}
      </ul>
      <p>{t('massage.whenNotHelp')}</p>
      {asking && (
        <div class="sticky-save">
          <button type="button" class="primary" onClick={understood}>
            {t('massage.understand')}
          </button>
        </div>
      )}
      <h2 class="section-title">{t('massage.sources')}</h2>
      <SourceList citations={sources} />
    </section>
  );
}

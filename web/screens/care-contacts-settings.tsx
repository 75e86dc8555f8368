/**
 * Settings → My care contacts: whom the symptom check's call buttons ring. The emergency number
 * follows her region until she types her own; the screen says to check it.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  dialables,
  EMERGENCY_NUMBERS,
  isPhoneNumber,
  regionOf,
  REGIONS,
  type CareContacts,
  type Contact,
  type Region,
} from '../../src/domain/care-contacts.js';
import { ApiError } from '../api.js';
import { BackLink } from '../components/back-link.js';
import { Field, SelectField } from '../components/field.js';
import { LoadFailure } from '../components/load-failure.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, reportError } from '../errors.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { careContactsStore, loadCareContacts, saveCareContacts } from '../state/care-contacts.js';
import { notify } from '../state/notice.js';
import { canWrite } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';

/** The region's name in her language ("United Kingdom", "Reino Unido"), or "elsewhere". */
export function regionName(r: Region, lang: string): string {
  if (r === 'OTHER') return t('contacts.elsewhere');
  return new Intl.DisplayNames([lang], { type: 'region' }).of(r) ?? r;
}

const CONTACTS = ['urgentLine', 'parentClinician', 'babyClinician'] as const;
type ContactKey = (typeof CONTACTS)[number];

interface Form {
  region: Region | '';
  emergencyPhone: string;
  urgentLine: Contact;
  parentClinician: Contact;
  babyClinician: Contact;
}

function formOf(c: CareContacts): Form {
  const blank = (x: Contact | null): Contact => x ?? { name: '', phone: '' };
  return { region: c.region ?? '', emergencyPhone: c.emergencyPhone ?? '', urgentLine: blank(c.urgentLine), parentClinician: blank(c.parentClinician), babyClinician: blank(c.babyClinician) };
}

/** Problems a person can fix here, by field, before anything is sent. */
function problems(f: Form): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.emergencyPhone.trim() && !isPhoneNumber(f.emergencyPhone)) out.emergencyPhone = t('contacts.errors.phone');
  for (const k of CONTACTS) {
    const { name, phone } = f[k];
    if (phone.trim() && !isPhoneNumber(phone)) out[`${k}.phone`] = t('contacts.errors.phone');
    else if (name.trim() && !phone.trim()) out[`${k}.phone`] = t('contacts.errors.nameOnly');
  }
  return out;
}

function contactOrNull(c: Contact): Contact | null {
  return c.phone.trim() ? { name: c.name.trim(), phone: c.phone.trim() } : null;
}

export function CareContactsSettings(): JSX.Element {
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const state = useStore(careContactsStore);
  const hid = account.householdId;
  const [form, setForm] = useState<Form | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const writable = canWrite(account);

  const load = (): void => {
    if (!hid) return;
    setFailure(null);
    loadCareContacts(hid)
      .then((c) => setForm(formOf(c)))
      .catch((e: unknown) => {
        reportError(e);
        setFailure(errorText(e));
      });
  };
  useEffect(load, [hid]);

  if (!form) {
    return (
      <section aria-busy={failure ? undefined : 'true'}>
        <BackLink href="/settings" />
        <PageTitle>{t('contacts.title')}</PageTitle>
        {failure ? <LoadFailure message={failure} onRetry={load} /> : <p class="muted">{t('app.loading')}</p>}
      </section>
    );
  }

  const auto = regionOf(navigator.language, lang);
  const region: Region = form.region || auto;
  const numbers = dialables({ ...state.contacts, region: form.region || null, emergencyPhone: null, urgentLine: null }, navigator.language, lang);
  const set = (change: Partial<Form>): void => setForm({ ...form, ...change });
  const setContact = (k: ContactKey, change: Partial<Contact>): void => set({ [k]: { ...form[k], ...change } });

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!hid || busy) return;
    const local = problems(form);
    setFields(local);
    if (Object.keys(local).length > 0) {
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const saved = await saveCareContacts(hid, {
        version: state.contacts.version,
        region: form.region || null,
        emergencyPhone: form.emergencyPhone.trim() || null,
        urgentLine: contactOrNull(form.urgentLine),
        parentClinician: contactOrNull(form.parentClinician),
        babyClinician: contactOrNull(form.babyClinician),
      });
      setForm(formOf(saved));
      notify(t('contacts.saved'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) setFields(Object.fromEntries(Object.keys(err.fields).map((k) => [k, t('contacts.errors.phone')])));
      else if (err instanceof ApiError && err.status === 409) {
        setFailure(t('contacts.errors.changed'));
        load();
      } else {
        reportError(err);
        setFailure(errorText(err));
      }
    } finally {
      setBusy(false);
    }
  };

  const contactFields = (k: ContactKey, help?: string): JSX.Element => (
    <div class="card contacts-group">
      <fieldset disabled={!writable}>
        <legend>{t(`contacts.${k}.legend`)}</legend>
        {help && <p class="muted contacts-help">{help}</p>}
        <Field id={`${k}-name`} label={t('contacts.name')} autoComplete="off" maxLength={80} value={form[k].name} onValue={(v) => setContact(k, { name: v })} />
        <Field
          id={`${k}-phone`}
          label={t('contacts.phone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={30}
          value={form[k].phone}
          onValue={(v) => setContact(k, { phone: v })}
          error={fields[`${k}.phone`]}
          {...(k === 'urgentLine' && numbers['urgent-line'] ? { placeholder: numbers['urgent-line'].phone } : {})}
        />
      </fieldset>
    </div>
  );

  return (
    <section class="contacts-settings">
      <BackLink href="/settings" />
      <PageTitle>{t('contacts.title')}</PageTitle>
      <p>{t('contacts.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="card contacts-group">
          <fieldset disabled={!writable}>
            <legend>{t('contacts.emergency.legend')}</legend>
            <SelectField
              id="contacts-region"
              label={t('contacts.region')}
              value={form.region}
              onValue={(v) => set({ region: v as Region | '' })}
              options={[
                { value: '', label: t('contacts.regionAuto', { region: regionName(auto, lang) }) },
                ...REGIONS.map((r) => ({ value: r, label: `${regionName(r, lang)} (${EMERGENCY_NUMBERS[r]})` })),
              ]}
            />
            <Field
              id="contacts-emergency"
              label={t('contacts.emergency.phone')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              maxLength={30}
              placeholder={EMERGENCY_NUMBERS[region]}
              help={t('contacts.emergency.help', { number: EMERGENCY_NUMBERS[region], region: regionName(region, lang) })}
              value={form.emergencyPhone}
              onValue={(v) => set({ emergencyPhone: v })}
              error={fields.emergencyPhone}
            />
            <p class="contacts-check" role="note">
              {t('contacts.emergency.check')}
            </p>
          </fieldset>
        </div>
        {contactFields('urgentLine', numbers['urgent-line'] ? t('contacts.urgentLine.helpDefault', { name: numbers['urgent-line'].name, number: numbers['urgent-line'].phone }) : t('contacts.urgentLine.help'))}
        {contactFields('parentClinician', t('contacts.parentClinician.help'))}
        {contactFields('babyClinician', t('contacts.babyClinician.help'))}
        {failure && (
          <p class="form-error" role="alert">
            {failure}
          </p>
        )}
        {writable ? (
          <button type="submit" class="primary wide" disabled={busy}>
            {busy ? t('common.saving') : t('contacts.save')}
          </button>
        ) : (
          <p class="muted">{t('contacts.readOnly')}</p>
        )}
      </form>
    </section>
  );
}

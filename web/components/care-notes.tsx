/**
 * Care notes and the care plan: what a consultant wrote on a client's household. The parent reads
 * them; the consultant writes them (the one thing she writes), changes or deletes her own.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { currentPlan, type CareNoteKind } from '../../src/domain/baby/care-note.js';
import { LIMITS } from '../../src/domain/limits.js';
import { errorText, fieldErrors } from '../errors.js';
import { t } from '../i18n.js';
import { deleteCareNote, saveCareNote, type CareNoteView } from '../state/baby-records.js';
import { notify } from '../state/notice.js';
import { dayText } from '../state/sharing-format.js';
import { Segmented } from './segmented.js';

function Note({ note, lang, mine, onEdit }: { note: CareNoteView; lang: string; mine: boolean; onEdit: (n: CareNoteView) => void }): JSX.Element {
  return (
    <article class={note.kind === 'plan' ? 'card care-plan' : 'card'} data-testid={note.kind === 'plan' ? 'care-plan' : 'care-note'}>
      <p class="muted">
        {note.kind === 'plan' ? t('desk.notes.planFrom', { date: dayText(note.notedAt, lang) }) : dayText(note.notedAt, lang)}
        {note.authorEmail ? ` · ${note.authorEmail}` : ''}
      </p>
      <p class="care-note">{note.body}</p>
      {mine && (
        <div class="button-row">
          <button type="button" onClick={() => onEdit(note)}>
            {t('desk.notes.edit')}
          </button>
          <button type="button" onClick={() => void deleteCareNote(note.id).then(() => notify(t('desk.notes.deleted')))}>
            {t('baby.delete')}
          </button>
        </div>
      )}
    </article>
  );
}

function Editor({ editing, onDone }: { editing: CareNoteView | null; onDone: () => void }): JSX.Element {
  const [kind, setKind] = useState<CareNoteKind>(editing?.kind ?? 'note');
  const [body, setBody] = useState(editing?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!body.trim()) {
      setError(t('errors.required'));
      return;
    }
    setBusy(true);
    const saved = body;
    try {
      const o = await saveCareNote({ kind, notedAt: editing?.notedAt ?? new Date().toISOString(), body: saved.trim() }, editing);
      if (o.state === 'rejected') {
        setError(fieldErrors(o.error).body ?? errorText(o.error));
        return;
      }
      notify(t('desk.notes.saved'));
      // Empty the box for the next note, unless she began it while this one was being saved.
      setBody((now) => (now === saved ? '' : now));
      setError(null);
      onDone();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card" onSubmit={(e) => void save(e)} noValidate aria-labelledby="note-editor-title">
      <h3 id="note-editor-title">{editing ? t('desk.notes.editTitle') : t('desk.notes.addTitle')}</h3>
      {!editing && (
        <Segmented
          name="note-kind"
          legend={t('desk.notes.kind')}
          value={kind}
          options={[
            { value: 'note', label: t('desk.notes.note') },
            { value: 'plan', label: t('desk.notes.plan') },
          ]}
          onChange={setKind}
        />
      )}
      <div class="field">
        <label for="note-body">{kind === 'plan' ? t('desk.notes.planLabel') : t('desk.notes.noteLabel')}</label>
        <textarea id="note-body" rows={5} maxLength={LIMITS.maxCareNoteLength} value={body} onInput={(e) => setBody(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'note-body-error' : 'note-body-help'} />
        <span class="help" id="note-body-help">
          {t('desk.notes.visible')}
        </span>
        {error && (
          <span class="error" id="note-body-error">
            {error}
          </span>
        )}
      </div>
      <div class="button-row">
        <button type="submit" class="primary" disabled={busy}>
          {t('desk.notes.save')}
        </button>
        {editing && (
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

interface Props {
  notes: readonly CareNoteView[];
  lang: string;
  /** The signed-in consultant: she writes, and changes her own. Null for the family (read only). */
  author: string | null;
}

export function CareNotes({ notes, lang, author }: Props): JSX.Element {
  const [editing, setEditing] = useState<CareNoteView | null>(null);
  const plan = currentPlan(notes);
  const others = notes.filter((n) => n !== plan && n.kind === 'note');
  return (
    <div data-testid="care-notes">
      {plan && <Note note={plan} lang={lang} mine={plan.createdBy === author} onEdit={setEditing} />}
      {author && <Editor key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} />}
      {others.map((n) => (
        <Note key={n.id} note={n} lang={lang} mine={n.createdBy === author} onEdit={setEditing} />
      ))}
      {!plan && others.length === 0 && <p class="muted">{author ? t('desk.notes.noneYet') : t('baby.notes.none')}</p>}
    </div>
  );
}

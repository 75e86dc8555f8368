/**
 * The log-entry form as text fields, and the conversions both ways: a session into fields in the
 * user's unit, and fields back into a SessionInput in mL and UTC, with a message for each bad field.
 */
import { LIMITS } from '../../src/domain/limits.js';
import {
  segmentsFromMinutes,
  sessionProblems,
  sideSeconds,
  type CodedProblem,
  type MassageTiming,
  type MassageTool,
  type MilkType,
  type SessionInput,
  type SessionKind,
  type Side,
} from '../../src/domain/session.js';
import { instantMs, toInstant } from '../../src/domain/time.js';
import { toMl, type VolumeUnit } from '../../src/domain/units.js';
import type { ApiError } from '../api.js';
import { fieldErrors, fieldText } from '../field-errors.js';
import { fromLocalInput, parseDecimal, toLocalInput, volumeInputText, volumeText } from '../format.js';
import { t } from '../i18n.js';
import { meantText, withMeant } from './doubt-text.js';
import { clipSegments, fitSegments } from './fit-segments.js';

export interface EntryForm {
  kind: SessionKind;
  babyId: string;
  left: string;
  right: string;
  volume: string;
  milkType: MilkType;
  minutes: string;
  /** A nursing entry logged after the fact: minutes on each side, and the side she started on. */
  leftMinutes: string;
  rightMinutes: string;
  firstSide: Side;
  /** datetime-local text; for pump and bottle only `end` ("finished at") is shown. */
  start: string;
  end: string;
  painBefore: string;
  painAfter: string;
  fullnessBefore: string;
  fullnessAfter: string;
  massageOn: boolean;
  massageTiming: MassageTiming;
  massageMinutes: string;
  massageTool: MassageTool;
  vibration: boolean;
  heat: boolean;
  notes: string;
}

export type FormErrors = Partial<Record<keyof EntryForm | 'form', string>>;

export const DEFAULT_MINUTES: Record<SessionKind, number> = { pump: 15, bottle: 10, nurse: 15, massage: 10 };

const num = (v: number | null): string => (v === null ? '' : String(v));

export function formFromSession(s: SessionInput, unit: VolumeUnit, lang: string): EntryForm {
  const minutes = s.endedAt === null ? DEFAULT_MINUTES[s.kind] : Math.round((instantMs(s.endedAt) - instantMs(s.startedAt)) / 60_000);
  const nursed = sideSeconds(s.segments, instantMs(s.endedAt ?? s.startedAt));
  const sideMinutes = (side: Side): string => (s.segments.length === 0 ? '' : String(Math.round(nursed[side] / 60)));
  return {
    kind: s.kind,
    babyId: s.babyId ?? '',
    left: volumeInputText(s.leftMl, unit, lang),
    right: volumeInputText(s.rightMl, unit, lang),
    volume: volumeInputText(s.volumeMl, unit, lang),
    milkType: s.milkType ?? 'breast',
    minutes: String(minutes),
    leftMinutes: sideMinutes('left'),
    rightMinutes: sideMinutes('right'),
    firstSide: s.segments[0]?.side ?? 'left',
    start: toLocalInput(s.startedAt),
    end: s.endedAt === null ? '' : toLocalInput(s.endedAt),
    painBefore: num(s.painBefore),
    painAfter: num(s.painAfter),
    fullnessBefore: num(s.fullnessBefore),
    fullnessAfter: num(s.fullnessAfter),
    massageOn: s.massage !== null,
    massageTiming: s.massage?.timing ?? 'before',
    massageMinutes: String(s.massage?.minutes ?? 5),
    massageTool: s.massage?.tool ?? 'hands',
    vibration: s.massage?.vibration ?? false,
    heat: s.massage?.heat ?? false,
    notes: s.notes,
  };
}

/** Maps a field path from the domain or the server ("leftMl", "massage.minutes") to a form field. */
export function formField(path: string, kind: SessionKind): keyof EntryForm | 'form' {
  const head = path.split('.')[0] ?? path;
  switch (head) {
    case 'leftMl':
      return 'left';
    case 'rightMl':
      return 'right';
    case 'volumeMl':
      return 'volume';
    case 'milkType':
      return 'milkType';
    case 'startedAt':
      return kind === 'nurse' ? 'start' : 'end';
    case 'endedAt':
    case 'segments':
      return kind === 'nurse' ? 'end' : 'minutes';
    case 'leftMinutes':
    case 'rightMinutes':
      return head;
    case 'massage':
      return path === 'massage.tool' ? 'massageTool' : 'massageMinutes';
    case 'babyId':
      return 'babyId';
    case 'painBefore':
    case 'painAfter':
    case 'fullnessBefore':
    case 'fullnessAfter':
    case 'notes':
      return head;
    default:
      return 'form';
  }
}

/** A problem the domain found, in her words. */
function friendly(p: CodedProblem): string {
  if (p.field === 'volumeMl' && p.code === 'required') return t('errors.bottleVolume');
  return fieldText(p.code, p.params);
}

interface Built {
  input: SessionInput | null;
  errors: FormErrors;
}

/**
 * Builds the SessionInput to save. `base` is the session being edited (or a blank one); `initial`
 * the fields as first shown, so an untouched volume keeps its exact mL instead of a rounded
 * fl-oz round trip, and an untouched "finished at" on a new entry means "now".
 */
export function buildInput(f: EntryForm, initial: EntryForm, base: SessionInput, isNew: boolean, unit: VolumeUnit, nowMs: number, lang = 'en'): Built {
  const errors: FormErrors = {};

  const volume = (key: 'left' | 'right' | 'volume', original: number | null, max: number): number | null => {
    if (f[key] === initial[key]) return original;
    const v = parseDecimal(f[key]);
    if (v === null) return null;
    if (Number.isNaN(v)) {
      errors[key] = t('errors.number');
      return null;
    }
    if (v < 0) {
      errors[key] = t('fieldErrors.negative');
      return null;
    }
    const ml = Math.round(toMl(v, unit) * 10) / 10;
    // Over the limit, in her unit; with the reading in the other unit when that is the likely slip ("90" in fl oz).
    if (ml > max) errors[key] = withMeant(t('doubts.range', { max: volumeText(max, unit, lang) }), meantText(key === 'volume' ? 'bottle' : 'side', ml, unit, lang));
    return ml;
  };

  const whole = (key: keyof EntryForm, min: number, max: number): number | null => {
    const text = String(f[key]);
    if (text.trim() === '') return null;
    const v = Number(text.trim().replace(/^\u2212/, '-'));
    if (v < 0 && min >= 0) {
      errors[key] = t('fieldErrors.negative');
      return null;
    }
    if (!Number.isInteger(v) || v < min || v > max) {
      errors[key] = t('errors.range', { min, max });
      return null;
    }
    return v;
  };

  let startedAt = base.startedAt;
  let endedAt = base.endedAt;
  let segments = base.segments;
  if (f.kind === 'nurse' && isNew) {
    // Logged after the fact: when it started, and minutes on each side.
    const start = fromLocalInput(f.start);
    if (!start) errors.start = t('errors.time');
    const left = whole('leftMinutes', 0, LIMITS.maxSessionHours * 60);
    const right = whole('rightMinutes', 0, LIMITS.maxSessionHours * 60);
    if (!errors.leftMinutes && !errors.rightMinutes && !left && !right) errors.leftMinutes = t('form.sideMinutesNeeded');
    if (start && (left || right)) {
      segments = segmentsFromMinutes(instantMs(start), f.firstSide, { left: left ?? 0, right: right ?? 0 });
      startedAt = start;
      endedAt = segments[segments.length - 1]?.end ?? start;
    }
  } else if (f.kind === 'nurse') {
    const start = fromLocalInput(f.start);
    if (!start) errors.start = t('errors.time');
    const end = f.end === '' && base.endedAt === null ? null : fromLocalInput(f.end);
    if (f.end !== '' && !end) errors.end = t('errors.time');
    if (f.end === '' && base.endedAt !== null) errors.end = t('errors.time');
    if (start && (f.start !== initial.start || f.end !== initial.end)) {
      startedAt = start;
      endedAt = end;
      if (!(end && instantMs(end) < instantMs(start))) segments = fitSegments(base.segments, instantMs(start), end ? instantMs(end) : null);
    }
  } else if (!isNew && base.endedAt !== null && f.end === initial.end && f.minutes === initial.minutes) {
    // Times untouched: kept to the second (the form shows whole minutes), segments and all.
  } else {
    const minutes = whole('minutes', 0, LIMITS.maxSessionHours * 60);
    const endText = isNew && f.end === initial.end ? toInstant(nowMs) : fromLocalInput(f.end);
    if (!endText) errors.end = t('errors.time');
    if (endText && minutes !== null) {
      endedAt = endText;
      startedAt = toInstant(instantMs(endText) - minutes * 60_000);
      segments = clipSegments(base.segments, instantMs(startedAt), instantMs(endText));
    } else if (minutes === null && !errors.minutes) {
      errors.minutes = t('errors.required');
    }
  }

  const input: SessionInput = {
    ...base,
    babyId: f.babyId || null,
    startedAt,
    endedAt,
    segments,
    leftMl: f.kind === 'pump' ? volume('left', base.leftMl, LIMITS.maxSideVolumeMl) : null,
    rightMl: f.kind === 'pump' ? volume('right', base.rightMl, LIMITS.maxSideVolumeMl) : null,
    volumeMl: f.kind === 'bottle' ? volume('volume', base.volumeMl, LIMITS.maxBottleVolumeMl) : null,
    milkType: f.kind === 'bottle' ? f.milkType : null,
    painBefore: whole('painBefore', LIMITS.pain.min, LIMITS.pain.max),
    painAfter: whole('painAfter', LIMITS.pain.min, LIMITS.pain.max),
    fullnessBefore: whole('fullnessBefore', LIMITS.fullness.min, LIMITS.fullness.max),
    fullnessAfter: whole('fullnessAfter', LIMITS.fullness.min, LIMITS.fullness.max),
    massage: null,
    notes: f.notes,
  };
  // Nothing she typed is cut: notes over the limit are refused with the limit, and stay in the field.
  if (f.notes.length > LIMITS.maxNotesLength) errors.notes = t('fieldErrors.too_long', { max: LIMITS.maxNotesLength.toLocaleString(lang) });
  if (f.massageOn) {
    const minutes = whole('massageMinutes', 0, LIMITS.maxMassageMinutes);
    if (minutes === null && !errors.massageMinutes) errors.massageMinutes = t('errors.required');
    const massager = f.massageTool === 'massager';
    input.massage = {
      routineId: base.massage?.routineId ?? null,
      timing: f.massageTiming,
      minutes: minutes ?? 0,
      tool: f.massageTool,
      vibration: massager && f.vibration,
      heat: massager && f.heat,
    };
  }

  if (Object.keys(errors).length === 0) {
    for (const p of sessionProblems(input, nowMs)) {
      const key = formField(p.field, f.kind);
      errors[key] ??= friendly(p);
    }
  }
  return Object.keys(errors).length > 0 ? { input: null, errors } : { input, errors };
}

/** The server's 400 field errors, in her language, placed on the form. */
export function serverErrors(err: ApiError, kind: SessionKind): FormErrors {
  const out: FormErrors = {};
  for (const [path, message] of Object.entries(fieldErrors(err))) out[formField(path, kind)] ??= message;
  return out;
}

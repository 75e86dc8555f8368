/**
 * The report as a document in the viewer's language and units: headings, paragraphs and tables of
 * plain text, in order. The server draws it as a PDF and the browser as a printable page, so both
 * say exactly the same thing in the same words.
 */
import type { Language } from '../account.js';
import { MIN_PER_GROUP } from '../insights/massage-effect.js';
import { plural } from '../plural.js';
import { SOURCES } from '../sources.js';
import type { Level } from '../triage/types.js';
import { formatPercentChange, formatVolume, formatWeight, roundVolume } from '../units.js';
import { type BabyReport, type Report } from './report.js';

export interface Cell {
  text: string;
  /** Below what the table expects for the day of life. */
  below?: boolean;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'muted' | 'note' }
  | { kind: 'table'; caption: string; head: string[]; rows: { label: string; cells: Cell[] }[] }
  | { kind: 'list'; items: string[] };

export interface ReportDocument {
  lang: Language;
  title: string;
  subtitle: string;
  blocks: Block[];
  /** Said on every page. */
  footer: string;
}

/** Days per table: a two-week report is one table per baby, across the page. */
export const DAYS_PER_TABLE = 14;

type Words = Record<string, string>;

const EN: Words = {
  title: 'Lactea report: {household}',
  subtitle: '{from} to {to} · made {made} · times in {tz}',
  babyBorn: '{name}, born {date}',
  feedsAndNappies: 'Feeds and nappies',
  dayOfLife: 'Day of life',
  nursingLeft: 'Nursing left (min)',
  nursingRight: 'Nursing right (min)',
  nursingFeeds: 'Nursing feeds',
  bottles: 'Bottles',
  bottleVolume: 'Bottles ({unit})',
  wet: 'Wet nappies',
  dirty: 'Dirty nappies',
  expectsWet: 'Table: wet at least',
  expectsDirty: 'Table: dirty at least',
  belowLegend: '▼ fewer than the nappy table expects for the day of life (counted only on whole days when something was logged).',
  totals: 'In all — nursing feeds: {feeds} ({minutes} min); bottles: {bottles} ({bottleVolume}); wet nappies: {wet}; dirty nappies: {dirty}.',
  weights: 'Weights',
  noWeights: 'No weights logged.',
  birthWeight: 'birth weight {weight} ({date})',
  weighed: '{date}: {weight}, {change} from birth weight{day}, {place}',
  weighedNoBirth: '{date}: {weight}{day}, {place}',
  onDay: ', day {day}',
  place_home: 'at home',
  place_clinic: 'at a clinic',
  place_hospital: 'in hospital',
  place_other: 'elsewhere',
  pumping: 'Pumping',
  left: 'Left ({unit})',
  right: 'Right ({unit})',
  total: 'Total ({unit})',
  sessions: 'Sessions',
  pumpTotals: 'In all {total} (left {left}, right {right}); sessions: {sessions}.',
  pumpAverage_one: '{perDay} on the one finished day{since}.',
  pumpAverage_other: '{perDay} a day on average over the {days} finished days{since}.',
  pumpAverageNone: 'No day is over since logging began, so there is no daily average yet.',
  since: ', counted from {date}, when logging began',
  notLogged: '— no figures: the day is before logging began or before the baby was born, or still to come.',
  noPumping: 'No pumping logged in this period.',
  massage: 'Massage',
  massageUse: 'Sessions with massage: {sessions}, {minutes} min in all (before a feed or pump: {before}; during: {during}; after: {after}).',
  noMassage: 'No massage logged in this period.',
  effectClear:
    'Massage-effect estimate, pumped volume per session with massage against without, adjusted for {adjusted}: {diff} (95% interval {lower} to {upper}); sessions with massage: {nWith}, without: {nWithout}.',
  effectUnclear:
    'Massage-effect estimate, pumped volume per session with massage against without, adjusted for {adjusted}: {diff} (95% interval {lower} to {upper}, which includes no difference); sessions with massage: {nWith}, without: {nWithout}.',
  effectTooFew: 'Massage-effect estimate: not enough pumping sessions (with massage: {nWith}, without: {nWithout}; at least {min} of each are needed).',
  effectSingular: 'Massage-effect estimate: these sessions do not allow one (massage always or never at the same times of day).',
  adjustedNothing: 'nothing',
  'adj_time-of-day': 'time of day',
  adj_trend: 'the trend over the period',
  'adj_one-side': 'one-sided sessions',
  milk: 'Milk fat and energy',
  milkLine: 'Creamatocrit samples: {n} (Wang 1999 equations; creamatocrit tends to overestimate): fat {fat} g/L, energy {energy} kcal/L on average; after massage: {withMassage}, without: {withoutMassage}.',
  noMilk: 'No creamatocrit measured in this period.',
  checks: 'Symptom checks',
  noChecks: 'No symptom checks in this period.',
  check: '{when}: {level}. {reasons}',
  'level_self-care': 'Self-care',
  level_watch: 'Check again within 12–24 h',
  level_call: 'Contact a provider today',
  level_urgent: 'Seek care now',
  level_emergency: 'Call the emergency number now',
  careNotes: 'Care plan and notes',
  plan: 'Care plan ({who}, {date}): {text}',
  note: '{date} ({who}): {text}',
  someone: 'a consultant',
  noNotes: 'No care notes in this period.',
  footer: 'Figures are what the family logged in Lactea; they are not a diagnosis. Lactea is not medical advice.',
  sources: 'Sources of the nappy table and the weight rule: {list}',
};

const ES: Words = {
  title: 'Informe de Lactea: {household}',
  subtitle: 'Del {from} al {to} · hecho el {made} · horas en {tz}',
  babyBorn: '{name} · nació el {date}',
  feedsAndNappies: 'Tomas y pañales',
  dayOfLife: 'Día de vida',
  nursingLeft: 'Pecho izquierdo (min)',
  nursingRight: 'Pecho derecho (min)',
  nursingFeeds: 'Tomas al pecho',
  bottles: 'Biberones',
  bottleVolume: 'Biberones ({unit})',
  wet: 'Pañales con pis',
  dirty: 'Pañales con caca',
  expectsWet: 'Tabla: pis, al menos',
  expectsDirty: 'Tabla: caca, al menos',
  belowLegend: '▼ menos de lo que espera la tabla de pañales para el día de vida (solo en días completos con algo anotado).',
  totals: 'En total — tomas al pecho: {feeds} ({minutes} min); biberones: {bottles} ({bottleVolume}); pañales con pis: {wet}; con caca: {dirty}.',
  weights: 'Pesos',
  noWeights: 'No hay pesos anotados.',
  birthWeight: 'peso al nacer {weight} ({date})',
  weighed: '{date}: {weight}, {change} respecto al peso al nacer{day}, {place}',
  weighedNoBirth: '{date}: {weight}{day}, {place}',
  onDay: ', día {day}',
  place_home: 'en casa',
  place_clinic: 'en la consulta',
  place_hospital: 'en el hospital',
  place_other: 'en otro sitio',
  pumping: 'Extracciones',
  left: 'Izquierdo ({unit})',
  right: 'Derecho ({unit})',
  total: 'Total ({unit})',
  sessions: 'Sesiones',
  pumpTotals: 'En total {total} (izquierdo {left}, derecho {right}); sesiones: {sessions}.',
  pumpAverage_one: '{perDay} en el único día completo{since}.',
  pumpAverage_other: '{perDay} al día de media en los {days} días completos{since}.',
  pumpAverageNone: 'Aún no ha terminado ningún día desde que empezó el registro, así que no hay media diaria.',
  since: ', contados desde el {date}, cuando empezó el registro',
  notLogged: '— sin datos: el día es anterior al inicio del registro o al nacimiento del bebé, o aún no ha llegado.',
  noPumping: 'No hay extracciones anotadas en este periodo.',
  massage: 'Masaje',
  massageUse: 'Sesiones con masaje: {sessions}, {minutes} min en total (antes de una toma o extracción: {before}; durante: {during}; después: {after}).',
  noMassage: 'No hay masajes anotados en este periodo.',
  effectClear:
    'Estimación del efecto del masaje, volumen extraído por sesión con masaje frente a sin él, ajustado por {adjusted}: {diff} (intervalo del 95 %: {lower} a {upper}); sesiones con masaje: {nWith}, sin él: {nWithout}.',
  effectUnclear:
    'Estimación del efecto del masaje, volumen extraído por sesión con masaje frente a sin él, ajustado por {adjusted}: {diff} (intervalo del 95 %: {lower} a {upper}, que incluye la ausencia de diferencia); sesiones con masaje: {nWith}, sin él: {nWithout}.',
  effectTooFew: 'Estimación del efecto del masaje: no hay suficientes extracciones (con masaje: {nWith}, sin él: {nWithout}; hacen falta al menos {min} de cada tipo).',
  effectSingular: 'Estimación del efecto del masaje: estas sesiones no la permiten (masaje siempre o nunca a las mismas horas).',
  adjustedNothing: 'nada',
  'adj_time-of-day': 'la hora del día',
  adj_trend: 'la tendencia del periodo',
  'adj_one-side': 'las sesiones de un solo lado',
  milk: 'Grasa y energía de la leche',
  milkLine: 'Muestras de crematocrito: {n} (ecuaciones de Wang 1999; el crematocrito tiende a sobrestimar): grasa {fat} g/L, energía {energy} kcal/L de media; tras masaje: {withMassage}, sin él: {withoutMassage}.',
  noMilk: 'No se midió el crematocrito en este periodo.',
  checks: 'Comprobaciones de síntomas',
  noChecks: 'No hay comprobaciones de síntomas en este periodo.',
  check: '{when}: {level}. {reasons}',
  'level_self-care': 'Cuidados en casa',
  level_watch: 'Volver a comprobar en 12–24 h',
  level_call: 'Contactar hoy con un profesional',
  level_urgent: 'Buscar atención ahora',
  level_emergency: 'Llamar ya al número de emergencias',
  careNotes: 'Plan de cuidados y notas',
  plan: 'Plan de cuidados ({who}, {date}): {text}',
  note: '{date} ({who}): {text}',
  someone: 'una asesora',
  noNotes: 'No hay notas de cuidados en este periodo.',
  footer: 'Las cifras son lo que la familia anotó en Lactea; no son un diagnóstico. Lactea no es consejo médico.',
  sources: 'Fuentes de la tabla de pañales y de la regla del peso: {list}',
};

export const REPORT_WORDS: Record<Language, Words> = { en: EN, es: ES };

/** What a day before her log (or before the baby's birth) shows: unknown, not zero. */
export const NOT_LOGGED = '—';

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

export function documentOf(r: Report): ReportDocument {
  const lang = r.lang;
  const w = (key: string, values: Record<string, string | number> = {}): string => fill(REPORT_WORDS[lang][key] ?? key, values);
  const num = (n: number, decimals = 0): string => new Intl.NumberFormat(lang, { maximumFractionDigits: decimals }).format(n);
  const vol = (ml: number): string => formatVolume(ml, r.volumeUnit, lang);
  const volNum = (ml: number): string => num(roundVolume(ml, r.volumeUnit), r.volumeUnit === 'ml' ? 0 : 1);
  const unit = r.volumeUnit === 'ml' ? 'mL' : 'fl oz';
  const dayMonth = (date: string): string => new Intl.DateTimeFormat(r.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  const fullDate = (date: string): string => new Intl.DateTimeFormat(r.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  const when = (iso: string): string => new Intl.DateTimeFormat(r.locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: r.timeZone }).format(new Date(iso));
  const localDay = (iso: string): string => new Intl.DateTimeFormat(r.locale, { day: 'numeric', month: 'short', timeZone: r.timeZone }).format(new Date(iso));

  const pumpCell = (d: { logged: boolean }, ml: number): Cell => (d.logged ? { text: volNum(ml) } : { text: NOT_LOGGED });

  const blocks: Block[] = [];
  const chunks: string[][] = [];
  for (let i = 0; i < r.dates.length; i += DAYS_PER_TABLE) chunks.push(r.dates.slice(i, i + DAYS_PER_TABLE));

  const babyBlocks = (b: BabyReport): void => {
    blocks.push({ kind: 'heading', text: b.birthDate ? w('babyBorn', { name: b.name, date: fullDate(b.birthDate) }) : b.name });
    for (const chunk of chunks) {
      const days = b.days.filter((d) => chunk.includes(d.date));
      const row = (label: string, f: (d: (typeof days)[number]) => Cell) => ({ label, cells: days.map(f) });
      // A day before her log or the baby's birth has no figures: a dash, not a zero.
      const fig = (f: (d: (typeof days)[number]) => Cell) => (d: (typeof days)[number]): Cell => (d.logged ? f(d) : { text: NOT_LOGGED });
      const rows = [
        ...(b.birthDate ? [row(w('dayOfLife'), (d) => ({ text: d.dayOfLife === null ? '' : String(d.dayOfLife) }))] : []),
        row(w('nursingLeft'), fig((d) => ({ text: num(d.nursingMinutes.left) }))),
        row(w('nursingRight'), fig((d) => ({ text: num(d.nursingMinutes.right) }))),
        row(w('nursingFeeds'), fig((d) => ({ text: num(d.nursingFeeds) }))),
        row(w('bottles'), fig((d) => ({ text: num(d.bottles) }))),
        row(w('bottleVolume', { unit }), fig((d) => ({ text: d.bottleMl > 0 ? volNum(d.bottleMl) : '0' }))),
        row(w('wet'), fig((d) => ({ text: `${d.wet}${d.below?.wet ? ' ▼' : ''}`, below: d.below?.wet ?? false }))),
        row(w('dirty'), fig((d) => ({ text: `${d.dirty}${d.below?.dirty ? ' ▼' : ''}`, below: d.below?.dirty ?? false }))),
        ...(b.days.some((d) => d.expected)
          ? [row(w('expectsWet'), (d) => ({ text: d.expected ? `${d.expected.wet}+` : '' })), row(w('expectsDirty'), (d) => ({ text: d.expected ? `${d.expected.dirty}+` : '' }))]
          : []),
      ];
      blocks.push({ kind: 'table', caption: `${b.name}: ${w('feedsAndNappies')}`, head: chunk.map(dayMonth), rows });
    }
    if (b.days.some((d) => d.below?.wet || d.below?.dirty)) blocks.push({ kind: 'paragraph', text: w('belowLegend'), tone: 'muted' });
    if (b.days.some((d) => !d.logged)) blocks.push({ kind: 'paragraph', text: w('notLogged'), tone: 'muted' });
    const t = b.totals;
    blocks.push({ kind: 'paragraph', text: w('totals', { feeds: t.nursingFeeds, minutes: num(t.nursingMinutes), bottles: t.bottles, bottleVolume: vol(t.bottleMl), wet: t.wet, dirty: t.dirty }) });
    const birth = b.weights.find((p) => p.birth);
    const others = b.weights.filter((p) => !p.birth);
    const weightItems = [
      ...(birth ? [w('birthWeight', { weight: formatWeight(birth.grams, r.weightUnit, lang), date: localDay(birth.measuredAt) })] : []),
      ...others.map((p) =>
        w(p.percentFromBirth === null ? 'weighedNoBirth' : 'weighed', {
          date: localDay(p.measuredAt),
          weight: formatWeight(p.grams, r.weightUnit, lang),
          change: p.percentFromBirth === null ? '' : formatPercentChange(p.percentFromBirth, lang),
          day: p.dayOfLife === null ? '' : w('onDay', { day: p.dayOfLife }),
          place: w(`place_${p.place}`),
        }),
      ),
    ];
    blocks.push({ kind: 'paragraph', text: `${w('weights')}: ${weightItems.length > 0 ? weightItems.join('; ') : w('noWeights')}` });
  };
  for (const b of r.babies) babyBlocks(b);

  blocks.push({ kind: 'heading', text: w('pumping') });
  if (r.pumping.sessions === 0) blocks.push({ kind: 'paragraph', text: w('noPumping'), tone: 'muted' });
  else {
    for (const chunk of chunks) {
      const days = r.pumping.days.filter((d) => chunk.includes(d.date));
      blocks.push({
        kind: 'table',
        caption: w('pumping'),
        head: chunk.map(dayMonth),
        rows: [
          { label: w('left', { unit }), cells: days.map((d) => pumpCell(d, d.leftMl)) },
          { label: w('right', { unit }), cells: days.map((d) => pumpCell(d, d.rightMl)) },
          { label: w('total', { unit }), cells: days.map((d) => pumpCell(d, d.leftMl + d.rightMl)) },
          { label: w('sessions'), cells: days.map((d) => (d.logged ? { text: String(d.sessions) } : { text: NOT_LOGGED })) },
        ],
      });
    }
    const p = r.pumping;
    // Averaged over the finished days since she began, as insights do; saying how many.
    const since = r.startedOn !== null && r.startedOn > r.from ? w('since', { date: fullDate(r.startedOn) }) : '';
    const average =
      p.period.perFullDayMl === null
        ? w('pumpAverageNone')
        : fill(plural(p.period.fullDays, lang, { one: REPORT_WORDS[lang].pumpAverage_one ?? '', other: REPORT_WORDS[lang].pumpAverage_other ?? '' }), { perDay: vol(p.period.perFullDayMl), days: p.period.fullDays, since });
    blocks.push({ kind: 'paragraph', text: `${w('pumpTotals', { total: vol(p.totalMl), sessions: p.sessions, left: vol(p.leftMl), right: vol(p.rightMl) })} ${average}` });
    if (p.days.some((d) => !d.logged)) blocks.push({ kind: 'paragraph', text: w('notLogged'), tone: 'muted' });
  }

  blocks.push({ kind: 'heading', text: w('massage') });
  const m = r.massage;
  blocks.push({ kind: 'paragraph', text: m.sessions === 0 ? w('noMassage') : w('massageUse', { sessions: m.sessions, minutes: num(m.minutes), before: m.byTiming.before, during: m.byTiming.during, after: m.byTiming.after }) });
  const e = m.effect;
  const signed = (ml: number): string => `${ml > 0 ? '+' : ml < 0 ? '\u2212' : ''}${vol(Math.abs(ml))}`;
  if ((e.status === 'clear' || e.status === 'unclear') && e.differenceMl !== null && e.lowerMl !== null && e.upperMl !== null) {
    const adjusted = e.adjustedFor.length > 0 ? e.adjustedFor.map((a) => w(`adj_${a}`)).join(', ') : w('adjustedNothing');
    blocks.push({
      kind: 'paragraph',
      text: w(e.status === 'clear' ? 'effectClear' : 'effectUnclear', { adjusted, diff: signed(e.differenceMl), lower: signed(e.lowerMl), upper: signed(e.upperMl), nWith: e.nWith, nWithout: e.nWithout }),
    });
  } else if (e.status === 'not-enough-data') {
    blocks.push({ kind: 'paragraph', text: w('effectTooFew', { nWith: e.nWith, nWithout: e.nWithout, min: MIN_PER_GROUP }), tone: 'muted' });
  } else blocks.push({ kind: 'paragraph', text: w('effectSingular'), tone: 'muted' });

  blocks.push({ kind: 'heading', text: w('milk') });
  blocks.push(
    r.milk
      ? { kind: 'paragraph', text: w('milkLine', { n: r.milk.n, fat: num(r.milk.fatGPerL, 1), energy: num(r.milk.energyKcalPerL), withMassage: r.milk.withMassage, withoutMassage: r.milk.withoutMassage }) }
      : { kind: 'paragraph', text: w('noMilk'), tone: 'muted' },
  );

  blocks.push({ kind: 'heading', text: w('checks') });
  if (r.checks.length === 0) blocks.push({ kind: 'paragraph', text: w('noChecks'), tone: 'muted' });
  else blocks.push({ kind: 'list', items: r.checks.map((c) => w('check', { when: when(c.checkedAt), level: w(`level_${c.level as Level}`), reasons: c.reasons.map((x) => x[lang]).join(' ') })) });

  blocks.push({ kind: 'heading', text: w('careNotes') });
  if (!r.plan && r.notes.length === 0) blocks.push({ kind: 'paragraph', text: w('noNotes'), tone: 'muted' });
  if (r.plan) blocks.push({ kind: 'paragraph', text: w('plan', { who: r.plan.authorEmail ?? w('someone'), date: localDay(r.plan.notedAt), text: r.plan.body }), tone: 'note' });
  if (r.notes.length > 0) blocks.push({ kind: 'list', items: r.notes.map((n) => w('note', { date: localDay(n.notedAt), who: n.authorEmail ?? w('someone'), text: n.body })) });

  blocks.push({ kind: 'paragraph', text: w('sources', { list: r.sources.map((k) => SOURCES[k].citation).join(' · ') }), tone: 'muted' });

  return {
    lang,
    title: w('title', { household: r.householdName }),
    subtitle: w('subtitle', { from: fullDate(r.from), to: fullDate(r.to), made: when(r.generatedAt), tz: r.timeZone }),
    blocks,
    footer: w('footer'),
  };
}

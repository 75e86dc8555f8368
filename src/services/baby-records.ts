/** The rules of nappies, weights and care notes on top of the shared versioned writes. */
import type { Kysely } from 'kysely';
import { toCareNoteInput, type CareNote, type CareNoteInput } from '../domain/baby/care-note.js';
import { nappyProblems, toNappyInput, type Nappy, type NappyInput } from '../domain/baby/nappy.js';
import { toWeightInput, weightProblems, type Weight, type WeightInput } from '../domain/baby/weight.js';
import { LIMITS } from '../domain/limits.js';
import type { FieldProblem } from '../domain/record.js';
import { fieldIssue, type FieldIssues } from '../errors.js';
import { findBaby } from '../db/households.js';
import { CARE_NOTES, NAPPIES, WEIGHTS } from '../db/baby-records.js';
import type { DB } from '../db/schema.js';
import type { Resource } from './versioned.js';

function fieldsOf(problems: readonly FieldProblem[]): FieldIssues {
  const out: FieldIssues = {};
  for (const p of problems) out[p.field] ??= fieldIssue(p.code ?? 'invalid', p.message, p.params);
  return out;
}

async function checkBaby(db: Kysely<DB>, householdId: string, babyId: string, fields: FieldIssues): Promise<void> {
  if (!(await findBaby(db, householdId, babyId))) fields.babyId = fieldIssue('unknown_baby', 'is not a baby of this household');
}

export const nappyResource: Resource<NappyInput, Nappy> = {
  spec: NAPPIES,
  noun: 'nappy',
  inputOf: toNappyInput,
  async problems(db, householdId, _id, input, now) {
    const fields = fieldsOf(nappyProblems(input, now.getTime()));
    await checkBaby(db, householdId, input.babyId, fields);
    return fields;
  },
};

export const weightResource: Resource<WeightInput, Weight> = {
  spec: WEIGHTS,
  noun: 'weight',
  inputOf: toWeightInput,
  async problems(db, householdId, id, input, now) {
    const fields = fieldsOf(weightProblems(input, now.getTime()));
    await checkBaby(db, householdId, input.babyId, fields);
    if (input.birth && !fields.babyId) {
      const other = await db
        .selectFrom('weights')
        .select('id')
        .where('householdId', '=', householdId)
        .where('babyId', '=', input.babyId)
        .where('birth', '=', 1)
        .where('deletedAt', 'is', null)
        .where('id', '!=', id)
        .executeTakeFirst();
      if (other) fields.birth = fieldIssue('birth_weight_exists', 'this baby already has a birth weight; change that one instead');
    }
    return fields;
  },
};

export const careNoteResource: Resource<CareNoteInput, CareNote> = {
  spec: CARE_NOTES,
  noun: 'care note',
  inputOf: toCareNoteInput,
  async problems(_db, _householdId, _id, input, now) {
    const fields: FieldIssues = {};
    if (!input.body.trim()) fields.body = fieldIssue('required', 'is required');
    if (Date.parse(input.notedAt) > now.getTime() + LIMITS.maxFutureSkewMinutes * 60_000) fields.notedAt = fieldIssue('in_future', 'must not be in the future');
    return fields;
  },
  // A note is its author's: another consultant of the same client cannot rewrite it.
  mayChange: (existing, actor) => existing.createdBy === actor.userId,
};

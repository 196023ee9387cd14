import type * as v from 'valibot';
import { t } from '@/utils/catalogue';
import { isRealDay } from '@/utils/history/records';
import { ISO_INSTANT, isRealDate } from '@/utils/treatment/record';

/**
 * The sentence for a problem valibot found in a backup: what is wrong, and where, as the path
 * a person can find in the file ("treatment.infusions[2].at is not a date.").
 */

/** "treatment.infusions[2].at": list positions in brackets, field names after dots. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => {
    const key = String(item.key);
    if (item.type === 'array') return `${path}[${key}]`;
    return path ? `${path}.${key}` : key;
  }, '');
}

/** A short, quoted rendering of a value, for "but it is …". */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function typeWord(value: unknown): string {
  if (value === null) return t('typeNothing');
  if (Array.isArray(value)) return t('typeList');
  switch (typeof value) {
    case 'string':
      return t('typeText');
    case 'number':
      return t('typeNumber');
    case 'boolean':
      return t('typeYesNo');
    default:
      return t('typeGroup');
  }
}

const EXPECTED_TYPE: Record<string, () => string> = {
  string: () => t('typeText'),
  number: () => t('typeNumber'),
  array: () => t('typeList'),
  object: () => t('typeGroup'),
  strict_object: () => t('typeGroup'),
  record: () => t('typeGroup'),
  boolean: () => t('typeYesNo'),
};

const DATE_CHECKS: ReadonlySet<unknown> = new Set([isRealDate, isRealDay]);

/** The sentence for one issue. */
export function issueSentence(issue: v.BaseIssue<unknown>): string {
  const where = issuePath(issue) || t('importTopLevel');
  const { input } = issue;
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'iso_timestamp':
      return t('fieldNotDate', where);
    case 'check':
      return DATE_CHECKS.has(requirement) ? t('fieldNotDate', where) : t('fieldInvalid', where, issue.message);
    case 'custom':
      // The one custom check in the format: a section written as a list.
      return t('fieldWrongType', where, t('typeGroup'), typeWord(input));
    case 'strict_object':
      // An unknown field is reported with expected "never"; a missing one with undefined input.
      if (issue.expected === 'never') return t('fieldUnknown', where);
      if (input === undefined) return t('fieldMissing', where);
      return t('fieldWrongType', where, t('typeGroup'), typeWord(input));
    case 'picklist':
    case 'literal':
    case 'variant':
      if (input === undefined) return t('fieldMissing', where);
      return t('fieldNotOneOf', where, (issue.expected ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', '), shown(input));
    case 'integer':
      return t('fieldNotWhole', where, shown(input));
    case 'min_value':
      return t('fieldTooSmall', where, String(requirement), shown(input));
    case 'max_value':
      return t('fieldTooBig', where, String(requirement), shown(input));
    case 'max_length':
      return t('fieldTooLong', where, String(requirement));
    case 'min_length':
      return t('fieldEmpty', where);
    case 'regex':
      return requirement === ISO_INSTANT ? t('fieldNotDate', where) : t('fieldBadForm', where, shown(input));
    default: {
      const expected = EXPECTED_TYPE[issue.type];
      if (expected && issue.kind === 'schema') {
        return input === undefined ? t('fieldMissing', where) : t('fieldWrongType', where, expected(), typeWord(input));
      }
      return t('fieldInvalid', where, issue.message);
    }
  }
}

/** The first problem in a file, and how many more there are, as one or two sentences. */
export function problemsSentence(issues: readonly v.BaseIssue<unknown>[]): string {
  const [first] = issues;
  if (!first) return '';
  // valibot can report one field twice (say, not a timestamp and not a real date): count places.
  const more = new Set(issues.map(issuePath)).size - 1;
  const tail = more === 0 ? '' : ` ${more === 1 ? t('importOneMoreProblem') : t('importMoreProblems', more)}`;
  return issueSentence(first) + tail;
}

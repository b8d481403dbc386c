// zod issues -> FastAPI/pydantic-style 422 items. One item per invalid field, `loc` starting
// with "body". Messages are written here (not taken from zod) and never contain the input, so
// a secret's value can't leak into an error.
import type { z } from 'zod';
import type { ValidationErrorItem } from '../../contract/index.ts';

type Loc = (string | number)[];

const TYPE_NAMES: Record<string, [type: string, msg: string]> = {
  string: ['string_type', 'Input should be a valid string'],
  number: ['float_type', 'Input should be a valid number'],
  int: ['int_type', 'Input should be a valid integer'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  array: ['list_type', 'Input should be a valid list'],
  object: ['dict_type', 'Input should be a valid dictionary'],
  record: ['dict_type', 'Input should be a valid dictionary'],
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function locOf(path: readonly PropertyKey[]): Loc {
  return ['body', ...path.map((p) => (typeof p === 'number' ? p : String(p)))];
}

function describeValues(values: readonly unknown[]): string {
  const quoted = values.map((v) => `'${String(v)}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Fields that exist on create but are not updatable; a clearer message than "extra input". */
const NOT_UPDATABLE = new Set(['name', 'token_url']);

export function issuesToDetail(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  opts: { mode: 'create' | 'update' } = { mode: 'create' },
): ValidationErrorItem[] {
  const items: ValidationErrorItem[] = [];
  for (const issue of issues) {
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          items.push({
            loc: locOf([...issue.path, key]),
            msg:
              opts.mode === 'update' && issue.path.length === 0 && NOT_UPDATABLE.has(key)
                ? `${key} cannot be changed after creation; delete the connection and create it again`
                : 'Extra inputs are not permitted',
            type: 'extra_forbidden',
          });
        }
        break;
      case 'invalid_type': {
        if (valueAt(input, issue.path) === undefined) {
          items.push({ loc: locOf(issue.path), msg: 'Field required', type: 'missing' });
        } else {
          const [type, msg] = TYPE_NAMES[issue.expected] ?? [
            `${issue.expected}_type`,
            `Input should be a valid ${issue.expected}`,
          ];
          items.push({ loc: locOf(issue.path), msg, type });
        }
        break;
      }
      case 'invalid_value':
        items.push({
          loc: locOf(issue.path),
          msg: `Input should be ${describeValues(issue.values)}`,
          type: issue.values.length === 1 ? 'literal_error' : 'enum',
        });
        break;
      case 'too_small':
        items.push({
          loc: locOf(issue.path),
          msg: `Input should be greater than or equal to ${String(issue.minimum)}`,
          type: 'greater_than_equal',
        });
        break;
      case 'too_big':
        items.push({
          loc: locOf(issue.path),
          msg: `Input should be less than or equal to ${String(issue.maximum)}`,
          type: 'less_than_equal',
        });
        break;
      default:
        items.push({ loc: locOf(issue.path), msg: 'Invalid value', type: 'value_error' });
    }
  }
  return dedupe(items);
}

/** Keeps the first item per loc: one entry per invalid field. */
export function dedupe(items: readonly ValidationErrorItem[]): ValidationErrorItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item.loc);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

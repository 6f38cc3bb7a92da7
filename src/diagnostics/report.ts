import { DEV } from './mode.js';
import { SENTENCES, type Code } from './sentences.js';

export type { Code } from './sentences.js';

/**
 * Reports a problem on the console, `level` `error` (something was ignored or failed,
 * failing closed) or `warn` (applied, but short of what the rules ask).
 *
 * Production builds print the code and what it names, e.g.
 * `consent-elements E08 categories[2].id`: the README lists every code. The development
 * build (the `development` export condition, `dist/dev/`, the sources) prints the
 * sentence: `consent-elements E08: invalid configuration: "categories[2].id" must be…`.
 * `subject` is the field, element or id the message is about; `values` fill the
 * sentence's other `{placeholders}`; `details` (an error) are printed after it.
 */
export function report(
  level: 'error' | 'warn',
  code: Code,
  subject = '',
  values: Record<string, string | number> = {},
  ...details: unknown[]
): void {
  const text = DEV
    ? `consent-elements ${code}: ${fill(SENTENCES[code], { subject, ...values })}`
    : `consent-elements ${code}${subject && ` ${subject}`}`;
  console[level](text, ...details);
}

function fill(sentence: string, values: Record<string, string | number>): string {
  return sentence.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

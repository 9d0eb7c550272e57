import { z } from 'zod';
import { loadTrustSurvey } from './survey';

/**
 * What a journalist writes on a trust <Step>: the statements that have a bar while the step is
 * on screen, by their id in data/trust-survey.csv, and optionally the one to emphasise:
 *   <Step show={["worried", "completelySecure"]} highlight="completelySecure">
 */
export function trustStepSchema() {
  const ids = loadTrustSurvey().map((row) => row.id);
  const valid = `the statements are: ${ids.join(', ')} (the id column of data/trust-survey.csv)`;
  const statement = z
    .string({ message: `must be a statement id in quotes, e.g. "${ids[0]}"; ${valid}` })
    .refine((id) => ids.includes(id), { error: (issue) => `"${String(issue.input)}" is not a statement of data/trust-survey.csv; ${valid}` });
  return z
    .strictObject({
      show: z
        .array(statement, { message: `must be a list of statement ids, e.g. {["${ids[0]}"]}` })
        .min(1, `must name at least one statement, e.g. {["${ids[0]}"]}`)
        .refine((list) => new Set(list).size === list.length, 'names a statement twice'),
      highlight: statement.optional(),
    })
    .refine((step) => step.highlight === undefined || step.show.includes(step.highlight), {
      path: ['highlight'],
      message: 'must be one of the statements in show: a bar has to be shown to be emphasised',
    });
}

import { z } from 'zod';

/** Every row in data/ says where it comes from; these columns are shared by all files. */
export const sourceColumns = {
  source: z.string().trim().min(1, 'every row needs a source (who published this number)'),
  source_url: z
    .string()
    .trim()
    .refine((url) => url === '' || /^https?:\/\/[^\s"<>]+$/.test(url), 'source_url must be empty or a web address (https://…)'),
  evidence: z.enum(['strong', 'weak'], { message: 'evidence must be "strong" or "weak"' }),
};

export type SourceFields = {
  source: string;
  source_url: string;
  evidence: 'strong' | 'weak';
};

/** A numeric CSV cell: empty is an error of its own, not a silent zero. */
export const numberCell = (column: string) =>
  z
    .string()
    .trim()
    .min(1, `${column} is empty`)
    .transform(Number)
    .pipe(z.number({ message: `${column} must be a number` }));

import { z } from 'zod';
import { loadExpansions } from './data';
import { COMPANIES, FRAMINGS, type Company, type MapStep } from './layout';

/**
 * What a journalist may write on a map <Step>:
 *   companies={["wechat"]}   whose places are coloured (wechat, alipay, baidu, jd)
 *   places={["250"]}         optional: only these places (ISO numeric ids), with their names on the map
 *   zoom="europe"            optional: the region framed; "world" if omitted; "places" frames the places named
 *   claim                    optional: show the article's own claim for WeChat Pay
 * A place must have a row in data/expansions.csv for one of the companies named.
 */
const placeFormat = 'a place is a three-digit ISO 3166-1 numeric id in quotes, e.g. places={["250"]} for France';

/** The last step is what readers without JS, printers and the embed show: the whole world. */
export function checkMapSteps(steps: MapStep[]): { step: number; problem: string } | undefined {
  const last = steps.at(-1);
  if (!last || last.zoom === 'world') return undefined;
  return { step: steps.length - 1, problem: `the last step of a map must show the whole world (leave out zoom, or zoom="world"), not zoom="${last.zoom}": it is what readers without JS see` };
}

export function mapStepSchema() {
  const rows = loadExpansions();
  const placesOf = (companies: readonly Company[]) =>
    [...new Map(rows.filter((row) => companies.includes(row.company)).map((row) => [row.id, `${row.id} (${row.name_en})`])).values()];

  return z
    .strictObject({
      companies: z
        .array(z.enum(COMPANIES, { message: `each company must be one of: ${COMPANIES.join(', ')}` }), {
          message: `companies must be a list, e.g. {["wechat"]}; the companies are: ${COMPANIES.join(', ')}`,
        })
        .min(1, 'name at least one company'),
      places: z
        .array(z.string({ message: placeFormat }).regex(/^\d{3}$/, placeFormat), { message: `places must be a list, e.g. places={["250"]}` })
        .min(1, 'name at least one place, e.g. places={["250"]}, or leave places out')
        .optional(),
      zoom: z.enum(FRAMINGS, { message: `zoom must be one of: ${FRAMINGS.join(', ')}` }).default('world'),
      claim: z.boolean({ message: 'claim is written alone (claim) or as claim={true}' }).default(false),
    })
    .superRefine((step, ctx) => {
      if (step.zoom === 'places' && !step.places) {
        ctx.addIssue({ code: 'custom', path: ['zoom'], message: 'zoom="places" frames the places the step names: name them, e.g. places={["246", "410"]}' });
      }
      const known = new Set(rows.filter((row) => step.companies.includes(row.company)).map((row) => row.id));
      step.places?.forEach((id, i) => {
        if (!known.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['places', i],
            message: `${id} has no row for ${step.companies.join(' or ')} in data/expansions.csv; their places are: ${placesOf(step.companies).join(', ')}`,
          });
        }
      });
    }) satisfies z.ZodType<MapStep>;
}

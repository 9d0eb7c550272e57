/*
 * The embed page's query string, read strictly: a value is used only if it is exactly what we
 * would have written ourselves. Anything else gives the default, and no value from the query is
 * ever put into the page (only the index or id it was checked to be).
 */

const STEP = /^[1-9][0-9]{0,2}$/;
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The one value of `name`, or null if it is absent or given more than once. */
function single(search: string, name: string): string | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const values = params.getAll(name);
  return values.length === 1 ? values[0] : null;
}

/**
 * `?step=N` (1 for the first step, as a reader counts) as a 0-based step index, or null, meaning
 * the default (the final state), for anything but a whole number from 1 to `count`.
 */
export function parseStep(search: string, count: number): number | null {
  const value = single(search, 'step');
  if (value === null || !STEP.test(value)) return null;
  const step = Number(value);
  return step <= count ? step - 1 : null;
}

/** The id pym.js's parent gives its child (`?childId=`), which its height messages must carry back. */
export function parseChildId(search: string): string | null {
  const value = single(search, 'childId');
  return value !== null && CHILD_ID.test(value) ? value : null;
}

/*
 * The UK trust-survey bars, as pure functions: no DOM, so the build and the browser agree.
 * Each statement is its own bar on one 0–100% scale (the share of that survey's respondents).
 * Statements are grouped by the survey that asked them and never stacked or summed: the two
 * surveys asked different people different questions.
 */

/** One statement, in the page's language. */
export interface TrustStatement {
  id: string;
  statement: string;
  /** Share of respondents, 0–100. */
  share: number;
  /** How the article wrote the number where it differs from the survey ("四分之一"); '' otherwise. */
  reported: string;
}

/** One survey and the statements it asked about, in the order the data lists them. */
export interface SurveyGroup {
  survey: string;
  /** As in the data: 2016-04 or 2016-10-28. */
  date: string;
  sample: number;
  statements: TrustStatement[];
}

/** The fields layout needs from a row of data/trust-survey.csv. */
export interface SurveyRow {
  id: string;
  statement: string;
  share: number;
  reported: string;
  survey: string;
  survey_date: string;
  sample: number;
}

/** What a <Step> of the trust chart says: which statements have a bar, and which one to emphasise. */
export interface TrustStep {
  show: string[];
  highlight?: string;
}

export type BarState = 'hidden' | 'shown' | 'highlighted';

/** The scale always runs from 0 to 100%: a share is read against everyone asked. */
export const AXIS_TICKS = [0, 25, 50, 75, 100] as const;

/** Above this share the value label sits inside the bar's end, where there is room for it. */
const INSIDE_FROM = 88;

/** Groups rows by survey (publisher and date), in the order each survey first appears. */
export function surveyGroups(rows: SurveyRow[]): SurveyGroup[] {
  const groups = new Map<string, SurveyGroup>();
  for (const row of rows) {
    const key = `${row.survey}\u0000${row.survey_date}`;
    let group = groups.get(key);
    if (!group) {
      group = { survey: row.survey, date: row.survey_date, sample: row.sample, statements: [] };
      groups.set(key, group);
    }
    group.statements.push({ id: row.id, statement: row.statement, share: row.share, reported: row.reported });
  }
  return [...groups.values()];
}

/** The statements in the order the chart draws them, top to bottom. */
export function chartOrder(groups: SurveyGroup[]): TrustStatement[] {
  return groups.flatMap((group) => group.statements);
}

/** A share as a length on the 0–100 scale: an SVG percentage of the plot's width, clamped. */
export function barLength(share: number): string {
  const clamped = Math.min(100, Math.max(0, Number.isFinite(share) ? share : 0));
  return `${Math.round(clamped * 100) / 100}%`;
}

/** Where a bar's value is printed: just past its end, or inside it when the bar nearly fills the scale. */
export function valueLabel(share: number): { x: string; inside: boolean } {
  return { x: barLength(share), inside: share >= INSIDE_FROM };
}

/**
 * Each bar's state for a step. Depends on the step alone, never on the steps before it, so a
 * reader who lands mid-chapter sees the same chart as one who scrolled there.
 */
export function barStates(step: TrustStep, ids: string[]): Record<string, BarState> {
  const shown = new Set(step.show);
  return Object.fromEntries(
    ids.map((id) => [id, !shown.has(id) ? 'hidden' : id === step.highlight ? 'highlighted' : 'shown'] as const),
  );
}

import type { View } from '../contract';
import { barStates, type TrustStep } from './layout';

/** What the client needs to draw any state: the statements' ids, top to bottom. */
export interface TrustData {
  ids: string[];
}

/**
 * The bars a step shows and the one it emphasises, as each row's classes: a row not yet reached
 * is pending (its question shown, its answer not), an emphasised one highlighted. CSS draws both.
 */
export function trustView({ ids }: TrustData, state: TrustStep): View {
  const states = barStates(state, ids);
  return Object.fromEntries(ids.map((id) => [id, { classes: { 'is-pending': states[id] === 'hidden', 'is-highlighted': states[id] === 'highlighted' } }]));
}

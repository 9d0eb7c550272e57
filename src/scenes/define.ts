import { resolveControls } from '../embed/spec';
import type { SceneDefinition, SceneSpec } from './contract';

/**
 * One scene's definition, from what its folder declares. The state type stays inside: embed
 * controls see steps parsed by the scene's own schema, so no caller ever casts a state.
 */
export function defineScene<State>(spec: SceneSpec<State>): SceneDefinition<State> {
  return {
    stepSchema: spec.stepSchema,
    table: spec.table,
    sources: spec.sources,
    facts: spec.facts,
    embedTitle: (lang) => spec.embed?.title?.(lang),
    checkSteps: (steps) => {
      const schema = spec.stepSchema();
      return spec.checkSteps?.(steps.map((step) => schema.parse(step)));
    },
    embedControls: (steps, lang) => {
      // Steps the chapter check passed: parsing them again only gives them their type.
      const schema = spec.stepSchema();
      return resolveControls(spec.embed?.controls, steps.map((step) => schema.parse(step)), lang);
    },
  };
}

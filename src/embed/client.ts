import { mountFigure } from '../scenes/mounts';
import { reportHeight } from './height-reporter';
import { chartId } from './protocol';
import { startPlayer } from './player';
import { parseStep } from './query';
import type { ResolvedControls } from './spec';
import { startStepButtons } from './step-buttons';

/**
 * The embed page: the scene the build drew (its final state), mounted with the same client as in
 * the story, at the state `?step=` asks for if that is a step of the chapter, with its controls.
 */
export async function startEmbed(doc: Document = document): Promise<void> {
  const page = doc.querySelector<HTMLElement>('[data-embed]');
  if (!page) return;
  const tellHeight = reportHeight(page, chartId(page.dataset.embed ?? ''));

  const steps = JSON.parse(page.dataset.steps ?? '[]') as unknown[];
  const controls = JSON.parse(page.dataset.controls ?? '{"kind":"none"}') as ResolvedControls;
  const scene = steps.length ? await mountFigure(page) : undefined;
  if (!scene) return;
  const chosen = parseStep(location.search, steps.length) ?? steps.length - 1;
  scene.update(steps[chosen], 1);

  const box = page.querySelector<HTMLElement>('[data-embed-controls]');
  if (box && controls.kind === 'play') {
    // The slider stands where the chosen state sits on the played step: before it, at 0; at or after it, at 1.
    startPlayer(box, scene, steps[controls.step], controls.seconds, chosen < controls.step ? 0 : 1);
  }
  if (box && controls.kind === 'steps') startStepButtons(box, scene, steps, chosen);
  window.addEventListener('resize', () => scene.resize());
  // Mounted at its state, the chart may stand at another height: say so now, not at the next frame.
  tellHeight();
  page.dataset.ready = '';
}

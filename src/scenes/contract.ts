import type { z } from 'zod';
import type { DataTable } from '../datasets/data-table';
import type { LentFacts } from '../datasets/facts';
import type { EmbedSpec, ResolvedControls } from '../embed/spec';
import type { Lang } from '../i18n/lang';

/*
 * The contract every scene keeps, build and browser. A scene folder holds a pure `view.ts`, which
 * turns (data, state) into every attribute, class and text that depends on the state; its
 * Figure.astro renders that view at build, and its mount.ts applies it in the browser. The two never
 * write a state-dependent attribute themselves. docs/scenes.md says how to add one.
 */

/**
 * The client: `mount` receives the figure root the build rendered and the data it handed over (the
 * root's data-config), and animates that figure; it never builds a second chart. `update` is called
 * with a step's state and the reader's progress through it (0–1), computed afresh each time: a scene
 * must not depend on the order or history of calls.
 */
export interface SceneInstance<State = unknown> {
  update(state: State, progress: number): void;
  resize(): void;
  destroy(): void;
}

export type MountScene<State = unknown, Data = unknown> = (root: HTMLElement, data: Data) => SceneInstance<State>;

/**
 * Where a scene's numbers come from: its name in "Sources and method", and the data rows it draws,
 * as keys of the source ledger (src/datasets/source-ledger.ts): a fact id such as
 * "aliexpress.paidOrders", or a prefix ending in "." such as "trust." for every row it covers.
 */
export interface SceneSources {
  /** Its heading; any count in it comes from the data ("Two UK surveys"). */
  name: (lang: Lang) => string;
  rows: readonly string[];
}

/** What a scene folder declares, once, in its scene.ts (defineScene in ./define.ts). */
export interface SceneSpec<State> {
  /** The schema a chapter's <Step> props must pass; its output is the scene's state. */
  stepSchema: () => z.ZodType<State>;
  /** The rows the chart draws, for "get the data". */
  table: (lang: Lang) => DataTable;
  /** Its own page, /embed/<id>/: title and controls (src/embed/spec.ts). Optional. */
  embed?: EmbedSpec<State>;
  /** Its part of "Sources and method" (src/story/SourcesChapter.astro). Optional. */
  sources?: SceneSources;
  /** What the steps of one block must satisfy together (each step alone passed stepSchema). Optional. */
  checkSteps?: (steps: State[]) => { step: number; problem: string } | undefined;
  /** Rows of its own data file that prose may cite with <Fact> ("trust.worried"). Optional. */
  facts?: LentFacts;
}

/** A scene as the rest of the site uses it: its state type checked inside, plain values outside. */
export interface SceneDefinition<State = unknown> {
  stepSchema: () => z.ZodType<State>;
  table: (lang: Lang) => DataTable;
  sources?: SceneSources;
  facts?: LentFacts;
  /** The chart's name on its embed page, if it declares one. */
  embedTitle: (lang: Lang) => string | undefined;
  /** The chapter check's question to a block's checked steps: the first problem, or undefined. */
  checkSteps: (steps: readonly unknown[]) => { step: number; problem: string } | undefined;
  /** Its embed controls, resolved against the checked steps of the chapters that show it. */
  embedControls: (steps: readonly unknown[], lang: Lang) => ResolvedControls;
}

/** What one element shows in a state: attributes (null: absent), classes on or off, and its text. */
export interface Patch {
  attrs?: Record<string, string | null>;
  classes?: Record<string, boolean>;
  text?: string;
}

/** A scene's view of one state: for each element it binds (its data-v key), what that state makes of it. */
export type View = Record<string, Patch>;

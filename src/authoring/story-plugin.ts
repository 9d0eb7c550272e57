import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastVisitorContext, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import { loadFacts } from '../datasets/facts';
import { isLang, LANGS, type Lang } from '../i18n/lang';
import { isSceneId, SCENE_IDS, SCENES, type SceneId } from '../scenes/registry';
import { readProps, stringAttribute } from './attributes';
import { ChapterError } from './chapter-error';
import { recordScrolly } from './scrollies';

/** The components a chapter may use; anything else is a typo that would otherwise render nothing. */
export const CHAPTER_COMPONENTS = ['Scrolly', 'Step', 'Fact', 'Literal'] as const;

type Element = MdxJsxFlowElement | MdxJsxTextElement;


/** A chapter's edition is the folder it sits in: content/zh/… or content/en/…. */
export function chapterLang(file: string): Lang {
  const folder = file.split(/[\\/]/).at(-2);
  if (!isLang(folder)) {
    throw new ChapterError(file, undefined, `a chapter must sit in a language folder (${LANGS.map((l) => `content/${l}/`).join(' or ')})`);
  }
  return folder;
}

/**
 * Checks a chapter while it compiles and hands the components what they need: every <Scrolly>
 * names a registered scene, every <Step> passes that scene's schema, every <Fact> names a row of
 * data/facts.csv. The validated step states travel to <Scrolly> as JSON, so the page renders
 * exactly what was checked.
 */
export function storyPlugin(context: PluginFactoryContext) {
  if (context.sourceFormat !== 'mdx' || !context.fileURL) return null;
  const file = relative(process.cwd(), fileURLToPath(context.fileURL));
  const lang = chapterLang(file);
  const facts = loadFacts();

  const fail = (node: Element, problem: string): never => {
    throw new ChapterError(file, node.position?.start.line, problem);
  };
  const propsOf = (node: Element) => {
    try {
      return readProps(node.attributes);
    } catch (error) {
      return fail(node, `<${node.name}>: ${(error as Error).message}`);
    }
  };

  const checkKnown = (node: Element) => {
    if (node.name && /^[A-Z]/.test(node.name) && !(CHAPTER_COMPONENTS as readonly string[]).includes(node.name)) {
      fail(node, `<${node.name}> is not a component chapters can use; they are: ${CHAPTER_COMPONENTS.map((c) => `<${c}>`).join(', ')}`);
    }
  };

  return defineMdastPlugin({
    name: 'story-chapters',
    options: { position: true },
    mdxJsxFlowElement(node, ctx) {
      checkKnown(node);
      if (node.name === 'Step' && ctx.parent(node)?.type !== 'mdxJsxFlowElement') {
        fail(node, '<Step> must sit directly inside a <Scrolly scene="…"> block');
      }
      if (node.name === 'Fact') return factVisitor(node, ctx);
      if (node.name !== 'Scrolly') return;

      const { scene, ...rest } = propsOf(node);
      if (Object.keys(rest).length) fail(node, `<Scrolly> takes only scene="…", not ${Object.keys(rest).join(', ')}`);
      if (!isSceneId(scene)) {
        fail(node, `scene ${JSON.stringify(scene ?? '')} does not exist; the scenes are: ${SCENE_IDS.join(', ')}`);
      }
      const schema = SCENES[scene as keyof typeof SCENES].stepSchema();
      const states: unknown[] = [];
      const steps = node.children.map((child) => {
        if (child.type !== 'mdxJsxFlowElement' || child.name !== 'Step') {
          return fail(node, `everything inside <Scrolly> must be inside a <Step>; found ${child.type === 'mdxJsxFlowElement' ? `<${child.name}>` : 'text'} outside one`);
        }
        const parsed = schema.safeParse(propsOf(child));
        if (!parsed.success) {
          const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`);
          fail(child, `<Step> for scene "${String(scene)}": ${problems.join('; ')}`);
        }
        states.push(parsed.data);
        return { ...child, attributes: [stringAttribute('index', String(states.length - 1))] };
      });
      if (!states.length) fail(node, `<Scrolly scene="${String(scene)}"> needs at least one <Step>`);
      recordScrolly(ctx.data, { scene: scene as SceneId, steps: states, line: node.position?.start.line ?? 0 });
      // satteri cannot set attributes in place, so the checked block replaces the written one.
      const attributes = [stringAttribute('scene', String(scene)), stringAttribute('lang', lang), stringAttribute('steps', JSON.stringify(states))];
      ctx.replaceNode(node, { ...node, attributes, children: steps });
    },
    mdxJsxTextElement(node, ctx) {
      checkKnown(node);
      if (node.name === 'Fact') return factVisitor(node, ctx);
      if (node.name === 'Scrolly' || node.name === 'Step') fail(node, `<${node.name}> must stand on its own lines, not inside a sentence`);
    },
  });

  function factVisitor(node: Element, ctx: MdastVisitorContext) {
    const { id, ...rest } = propsOf(node);
    if (Object.keys(rest).length) fail(node, `<Fact> takes only id="…", not ${Object.keys(rest).join(', ')}`);
    if (typeof id !== 'string' || !facts.has(id)) {
      fail(node, `the fact ${JSON.stringify(id ?? '')} is not in data/facts.csv; the facts are: ${[...facts.keys()].join(', ')}`);
    }
    const attributes = [stringAttribute('id', id as string), stringAttribute('lang', lang)];
    ctx.replaceNode(node, { ...node, attributes, children: [] } as Element);
  }
}

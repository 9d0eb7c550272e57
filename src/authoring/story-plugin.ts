import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastTarget, type MdastVisitorContext, type MdxJsxAttributeUnion, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import { storyFacts } from '../story/facts';
import { isLang, LANGS, type Lang } from '../i18n/lang';
import { isSceneId, SCENE_IDS, SCENES, type SceneId } from '../scenes/registry';
import { readProps, stringAttribute } from './attributes';
import { htmlProblem, isSafeLink } from './chapter-html';
import { stepProblems } from './step-problems';
import { UNBOUND_ADVICE, unboundNumbersIn } from './unbound-numbers';
import { ChapterError } from './chapter-error';
import { checkFrontMatterFile } from './front-matter';
import { blockAddress } from '../embed/urls';
import { chapterAnchor, recordProseFact, recordScrolly } from './scrollies';
import { wordingProblem } from './fact-wording';
import { formatFact } from '../datasets/facts';

/** The components a chapter may use; anything else is a typo that would otherwise render nothing. */
export const CHAPTER_COMPONENTS = ['Scrolly', 'Step', 'Fact', 'Literal', 'Note'] as const;

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
  const path = fileURLToPath(context.fileURL);
  const file = relative(process.cwd(), path);
  const lang = chapterLang(file);
  // Astro hands the plugin the text after the front matter, and without its opening --- the fields
  // would be read as prose (a number in the title reported as unsourced). The content loader checks
  // the fences too, but in the dev server its errors reach only the terminal; this one reaches the page.
  if (existsSync(path)) checkFrontMatterFile(path);
  const facts = storyFacts();

  const fail = (node: { position?: { start: { line: number } } }, problem: string): never => {
    throw new ChapterError(file, node.position?.start.line, problem);
  };
  const propsOf = (node: Element) => {
    try {
      return readProps(node.attributes);
    } catch (error) {
      return fail(node, `<${node.name}>: ${(error as Error).message}`);
    }
  };
  const componentList = CHAPTER_COMPONENTS.map((c) => `<${c}>`).join(', ');
  const isComponent = (name: string | null) => (CHAPTER_COMPONENTS as readonly string[]).includes(name ?? '');

  /** Our components by name; anything else capitalised is a typo, anything lowercase is HTML from the allowed list. */
  const checkKnown = (node: Element, ctx: MdastVisitorContext) => {
    if (node.name && /^[A-Z]/.test(node.name)) {
      if (isComponent(node.name)) return;
      const inScrolly = isElement(ctx.parent(node), 'Scrolly');
      fail(node, `<${node.name}> is not a component chapters can use; they are: ${componentList}${inScrolly ? '. Inside a <Scrolly> each part is a <Step>' : ''}`);
    }
    const problem = htmlProblem(node.name, node.attributes);
    if (problem) fail(node, problem);
  };

  const code = (node: { value: string; position?: { start: { line: number } } }) => {
    // An MDX comment, {/* … */}, runs nothing.
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return;
    fail(node, `{${node.value.trim()}} is code, and a chapter cannot run code: write the words themselves (a number as <Fact id="…" />); to show a brace, write \\{`);
  };

  return defineMdastPlugin({
    name: 'story-chapters',
    options: { position: true },
    mdxjsEsm(node) {
      fail(node, `"${node.value.split('\n')[0]}": a chapter cannot import or export code; our components (${componentList}) need no import`);
    },
    text(node, ctx) {
      // The unsourced-number check of npm run lint:content, in the build: the guide promises one build runs every check.
      const [first] = unboundNumbersIn(node, ctx);
      if (first) throw new ChapterError(file, first.line, `a number outside <Fact>: “…${first.text}…”: ${UNBOUND_ADVICE}`, first.column);
    },
    mdxFlowExpression: code,
    mdxTextExpression: code,
    image(node) {
      fail(node, `the image ${node.url} would be loaded by every reader's browser; chapters hold no images (the story loads nothing from another host)`);
    },
    imageReference(node) {
      fail(node, `an image (![${node.alt ?? ''}][…]) would be loaded by every reader's browser; chapters hold no images`);
    },
    link(node) {
      if (!isSafeLink(node.url)) fail(node, `the link ${node.url} is not one a reader can follow safely: write a web address (https://…) or a place in the page (#anchor)`);
    },
    definition(node) {
      if (!isSafeLink(node.url)) fail(node, `the link ${node.url} is not one a reader can follow safely: write a web address (https://…) or a place in the page (#anchor)`);
    },
    mdxJsxFlowElement(node, ctx) {
      checkKnown(node, ctx);
      const parent = ctx.parent(node);
      if (node.name === 'Step' && !isElement(parent, 'Scrolly')) {
        const where = isElement(parent, 'Step') ? 'inside another <Step>: close the first with </Step> before the next begins' : parent && 'name' in parent && parent.name ? `inside <${parent.name}>` : 'outside any <Scrolly>';
        fail(node, `<Step> must sit directly inside a <Scrolly scene="…"> block, not ${where}`);
      }
      if (node.name === 'Scrolly' && parent?.type !== 'root') {
        fail(node, `<Scrolly> must stand at the top level of the chapter, not inside ${parent && 'name' in parent && parent.name ? `<${parent.name}>` : 'another element'}`);
      }
      if (node.name === 'Literal' && node.attributes.length) fail(node, '<Literal> takes no props: <Literal>1992年</Literal>');
      if (node.name === 'Fact') return factVisitor(node, ctx);
      if (node.name === 'Note') return noteVisitor(node, ctx);
      if (node.name !== 'Scrolly') return;

      const { scene, ...rest } = propsOf(node);
      if (Object.keys(rest).length) fail(node, `<Scrolly> takes only scene="…", not ${Object.keys(rest).join(', ')}`);
      if (!isSceneId(scene)) {
        fail(node, `scene ${JSON.stringify(scene ?? '')} does not exist; the scenes are: ${SCENE_IDS.join(', ')}`);
      }
      const definition = SCENES[scene as SceneId];
      const schema = definition.stepSchema();
      const states: unknown[] = [];
      const steps = node.children.map((child) => {
        if (child.type !== 'mdxJsxFlowElement' || child.name !== 'Step') {
          if (child.type === 'mdxJsxFlowElement') checkKnown(child, ctx);
          return fail(child, `everything inside <Scrolly> must be inside a <Step>; found ${child.type === 'mdxJsxFlowElement' ? `<${child.name}>` : 'text'} outside one`);
        }
        const parsed = schema.safeParse(propsOf(child));
        if (!parsed.success) fail(child, `<Step> for scene "${String(scene)}": ${stepProblems(parsed.error.issues, schema)}`);
        states.push(parsed.data);
        return { ...child, attributes: [stringAttribute('index', String(states.length - 1))] };
      });
      if (!states.length) fail(node, `<Scrolly scene="${String(scene)}"> needs at least one <Step>`);
      const blockProblem = definition.checkSteps(states);
      if (blockProblem) fail(node.children[blockProblem.step], `<Step> ${blockProblem.step + 1} of the ${String(scene)} block: ${blockProblem.problem}`);
      const facts = node.children.map((step) => citedFacts(step).sort());
      const place = recordScrolly(ctx.data, { scene: scene as SceneId, steps: states, facts, line: node.position?.start.line ?? 0 });
      // satteri cannot set attributes in place, so the checked block replaces the written one.
      const attributes = [stringAttribute('scene', String(scene)), stringAttribute('lang', lang), stringAttribute('steps', JSON.stringify(states))];
      // The block's own embed address, for its "Embed this chart" link and code page (src/embed/urls.ts).
      const anchor = chapterAnchor(ctx.data);
      if (anchor) attributes.push(stringAttribute('embed', blockAddress(anchor, String(scene), place)));
      ctx.replaceNode(node, { ...node, attributes, children: steps });
    },
    mdxJsxTextElement(node, ctx) {
      checkKnown(node, ctx);
      if (node.name === 'Literal' && node.attributes.length) fail(node, '<Literal> takes no props: <Literal>1992年</Literal>');
      if (node.name === 'Fact') return factVisitor(node, ctx);
      if (node.name === 'Note') return noteVisitor(node, ctx);
      if (node.name === 'Scrolly' || node.name === 'Step') fail(node, `<${node.name}> must stand on its own lines, not inside a sentence`);
    },
  });

  function factVisitor(node: Element, ctx: MdastVisitorContext) {
    const { id, ...rest } = propsOf(node);
    if (Object.keys(rest).length) fail(node, `<Fact> takes only id="…", not ${Object.keys(rest).join(', ')}`);
    if (typeof id !== 'string' || !facts.has(id)) {
      fail(node, `the fact ${JSON.stringify(id ?? '')} is not in data/facts.csv; the facts are: ${[...facts.keys()].join(', ')}`);
    }
    // Facts inside a <Step> were listed with their block; the others by the paragraph they stand in.
    let top: Readonly<MdastTarget> = node;
    let inStep = false;
    for (let up = ctx.parent(node); up && up.type !== 'root'; up = ctx.parent(up)) {
      if (isElement(up, 'Step')) inStep = true;
      top = up;
    }
    if (!inStep) recordProseFact(ctx.data, top.position?.start.line ?? 0, id as string);
    // Words inside a <Fact> are the article's own wording of the row ("20多年" for 24): kept as written,
    // as long as a number they say is the row's (fact-wording.ts).
    const fact = facts.get(id as string)!;
    const problem = wordingProblem(textOf(node), fact, formatFact(fact, lang));
    if (problem) fail(node, problem);
    const attributes = [stringAttribute('id', id as string), stringAttribute('lang', lang)];
    ctx.replaceNode(node, { ...node, attributes } as Element);
  }

  function noteVisitor(node: Element, ctx: MdastVisitorContext) {
    const props = propsOf(node);
    if (Object.keys(props).length) fail(node, `<Note> takes no props, not ${Object.keys(props).join(', ')}: its label (编者注 / Editor’s note) comes from the edition`);
    if (!node.children.length) fail(node, '<Note> is empty: write the editor’s note between <Note> and </Note>');
    ctx.replaceNode(node, { ...node, attributes: [stringAttribute('lang', lang)] } as Element);
  }
}

/** The ids of every <Fact> inside a node, in the order written. */
function citedFacts(node: unknown): string[] {
  const element = node as { type?: string; name?: string; attributes?: MdxJsxAttributeUnion[]; children?: unknown[] };
  if (isElement(element, 'Fact')) {
    const id = element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    return id && typeof id.value === 'string' ? [id.value] : [];
  }
  return (element.children ?? []).flatMap(citedFacts);
}

function isElement(node: unknown, name: string): boolean {
  const element = node as { type?: string; name?: string } | undefined;
  return (element?.type === 'mdxJsxFlowElement' || element?.type === 'mdxJsxTextElement') && element.name === name;
}

/** The words written inside a node, its text and inline code, in order. */
function textOf(node: unknown): string {
  const element = node as { value?: unknown; children?: unknown[] };
  return typeof element.value === 'string' ? element.value : (element.children ?? []).map(textOf).join('');
}

import { resolve } from 'node:path';

/**
 * Where the story's words live: content/<lang>/. STORY_CONTENT lets tests build (or serve) a folder
 * of fixture chapters through the very same pipeline, as STORY_DATA does for data/.
 */
export const CONTENT_DIR = resolve(process.cwd(), process.env.STORY_CONTENT ?? 'content');

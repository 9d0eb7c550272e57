import { describe, expect, it } from 'vitest';
import { publishTarget } from '../../src/hosting/publish-target';

const LOCAL = 'http://127.0.0.1:5330';

describe('where a build’s absolute URLs point', () => {
  it('refuses a build to publish without STORY_SITE, or with this machine as its site, saying how to set it', () => {
    expect(() => publishTarget({ STORY_PUBLISH: '1' }, LOCAL)).toThrow(
      'A build to publish needs STORY_SITE: without it every snippet, canonical link and og: URL would say http://127.0.0.1:5330. set where the story will live, e.g. STORY_SITE=https://news.example.org/graphics/double-11/ npm run build:publish',
    );
    expect(() => publishTarget({ STORY_PUBLISH: '1', STORY_SITE: 'http://localhost:4321' }, LOCAL)).toThrow(/is this machine, which no reader can reach/);
    expect(() => publishTarget({ STORY_PUBLISH: '1', STORY_SITE: 'news.example.org' }, LOCAL)).toThrow(/is not a web address/);
  });

  it('keeps the path of STORY_SITE as the base, instead of dropping it', () => {
    expect(publishTarget({ STORY_PUBLISH: '1', STORY_SITE: 'https://news.example.org/graphics/double-11' }, LOCAL)).toEqual({ site: 'https://news.example.org', base: '/graphics/double-11/' });
    expect(publishTarget({ STORY_SITE: 'https://news.example.org', STORY_BASE: '/graphics/double-11/' }, LOCAL)).toEqual({ site: 'https://news.example.org', base: '/graphics/double-11/' });
    expect(() => publishTarget({ STORY_SITE: 'https://news.example.org/a/', STORY_BASE: '/b/' }, LOCAL)).toThrow("STORY_SITE's path (/a/) and STORY_BASE (/b/) differ");
  });

  it('lets a preview or test build run without setup, and says plainly that its snippets point at this machine', () => {
    expect(publishTarget({}, LOCAL)).toEqual({ site: LOCAL, base: '/', notice: expect.stringMatching(/^Preview build: its embed snippets, canonical and share links point at http:\/\/127\.0\.0\.1:5330, this machine\. To publish, set/) });
    expect(publishTarget({ STORY_SITE: LOCAL }, LOCAL).notice).toMatch(/^Preview build/);
    expect(publishTarget({ STORY_BASE: '/graphics/double-11/' }, LOCAL).base).toBe('/graphics/double-11/');
  });
});

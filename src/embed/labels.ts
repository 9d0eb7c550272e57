import type { Lang } from '../i18n/lang';

export const EMBED_LABELS = {
  zh: {
    controls: '图表控制',
    play: '播放',
    pause: '暂停',
    progress: '进度',
    steps: '步骤',
    step: (n: number) => `第${n}步`,
    readStory: (chapter: string) => `在报道中阅读：${chapter}`,
    embedThis: '嵌入此图表',
    snippet: '嵌入代码（粘贴到网页的HTML中）',
    copy: '复制代码',
    copied: '已复制到剪贴板',
    copyFailed: '无法复制，请选中上面的代码后手动复制',
  },
  en: {
    controls: 'Chart controls',
    play: 'Play',
    pause: 'Pause',
    progress: 'Progress',
    steps: 'Steps',
    step: (n: number) => `Step ${n}`,
    readStory: (chapter: string) => `Read the story: ${chapter}`,
    embedThis: 'Embed this chart',
    snippet: 'Embed code (paste it into your page’s HTML)',
    copy: 'Copy code',
    copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy: select the code above and copy it',
  },
} satisfies Record<Lang, Record<string, unknown>>;

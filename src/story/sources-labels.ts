import type { Lang } from '../i18n/lang';

/** The words of "Sources and method" around what the data files say. */
export const SOURCES_LABELS = {
  zh: {
    title: '来源与方法',
    intro: [
      '本文的每个数字都记录在项目的数据文件里，每一行都注明出处，并标明能否找到独立来源印证。下面的内容由这些数据文件直接生成：按图表列出来源，并说明哪些能够核实、哪些不能。',
      '原文把一些数字写得比来源更确定，或把不同来源的数字放在一起；我们保留原文的文字，在这里说明差别。正文中带下划线的数字可以点击，跳到对应的条目。',
    ],
    evidence: { strong: '有独立来源', weak: '未能独立核实' } as Record<string, string>,
    from: '来源：',
    noLink: '没有可链接的公开页面',
    row: (file: string, row: number) => `${file} 第${row}行`,
    download: '下载这张图的数据（CSV）',
    otherFacts: '正文中的其他数字',
    otherFile: (file: string) => `其他数据（${file}）`,
  },
  en: {
    title: 'Sources and method',
    intro: [
      'Every number in this story is a row in the project’s data files, and every row names its source and says whether an independent source confirms it. What follows is generated from those files: the sources of each chart, and what could and could not be verified.',
      'The original article states some numbers more firmly than its sources do, and puts figures from different sources together; we keep its words and explain the difference here. Underlined numbers in the text link to their entry.',
    ],
    evidence: { strong: 'independently sourced', weak: 'not independently verified' } as Record<string, string>,
    from: 'Source: ',
    noLink: 'no public page to link to',
    row: (file: string, row: number) => `${file}, row ${row}`,
    download: 'Get the data for this chart (CSV)',
    otherFacts: 'Other numbers in the text',
    otherFile: (file: string) => `Other data (${file})`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

import type { Lang } from '../i18n/lang';

/** The words of "Sources and method" around what the data files say. */
export const SOURCES_LABELS = {
  zh: {
    title: '来源与方法',
    intro: [
      '本文的每个数字都记录在项目的数据文件里，每一行都注明出处和日期，并标明证据强弱。下面的内容由这些数据文件直接生成：按图表列出来源，并说明哪些能够核实、哪些不能。',
      '“有独立来源”指我们找到了原文以外、可以链接、有日期的来源；其余都标为“证据较弱”：只有原文的说法，或者来源说明不了2017年11月时的情况。',
      '原文把一些数字写得比来源更确定，或把不同来源的数字放在一起；我们保留原文的文字，在这里说明差别。正文中带下划线的数字可以点击，跳到对应的条目。',
    ],
    from: '来源：',
    dateSep: '，',
    noLink: '没有可链接的公开页面',
    row: (file: string, row: number) => `${file} 第${row}行`,
    download: '下载这张图的数据（CSV）',
    otherFacts: '正文中的其他数字',
    otherFile: (file: string) => `其他数据（${file}）`,
  },
  en: {
    title: 'Sources and method',
    intro: [
      'Every number in this story is a row in the project’s data files, and every row names its source, with its date, and grades its evidence. What follows is generated from those files: the sources of each chart, and what could and could not be verified.',
      '“Independently sourced” means we found a source other than the article that we can link to and date; everything else is marked “weaker evidence”: the article’s word alone, or a source that does not show how things stood in November 2017.',
      'The original article states some numbers more firmly than its sources do, and puts figures from different sources together; we keep its words and explain the difference here. Underlined numbers in the text link to their entry.',
    ],
    from: 'Source: ',
    dateSep: ', ',
    noLink: 'no public page to link to',
    row: (file: string, row: number) => `${file}, row ${row}`,
    download: 'Get the data for this chart (CSV)',
    otherFacts: 'Other numbers in the text',
    otherFile: (file: string) => `Other data (${file})`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

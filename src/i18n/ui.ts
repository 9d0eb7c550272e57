import type { Lang } from './lang';

/**
 * The story page's own words around the chapters (contents, chapter links), per edition. The
 * `satisfies` below makes a string missing from one edition a type error, not a blank on the page.
 */
export const UI = {
  zh: {
    contents: '目录',
    /** A chapter's link without JS: it goes to the chapter, and a reader copies it from the address bar. */
    chapterLink: '本章链接',
    copyLink: '复制本章链接',
    copied: '链接已复制',
    /** The clipboard refused (an insecure page, a denied permission): the link is put in the address bar instead. */
    copyFailed: '无法复制，链接已显示在地址栏',
    /** Before a chapter's title, for assistive technology: "link: <title>". */
    of: (title: string) => `：${title}`,
    /** Between a credit's role and names. */
    creditSeparator: '：',
    /** The link to the other edition, written in that edition's language. */
    otherEdition: 'English',
    /** The label of the story's own words (<Note>), which are not the article's. */
    editorsNote: '编者注',
  },
  en: {
    contents: 'Contents',
    chapterLink: 'Link to this chapter',
    copyLink: 'Copy link to this chapter',
    copied: 'Link copied',
    copyFailed: 'Could not copy: the link is now in the address bar',
    of: (title: string) => `: ${title}`,
    creditSeparator: ': ',
    otherEdition: '中文原文',
    editorsNote: 'Editor’s note',
  },
} satisfies Record<Lang, Record<string, unknown>>;

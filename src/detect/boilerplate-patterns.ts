// Built-in page and site chrome, written as data. Paragraph patterns must cover a whole (short)
// paragraph, so article text that merely mentions 来源 or 编辑 never matches; inline patterns are removed
// wherever they occur. Both widths of brackets, colons and digits are written out. Every pattern is
// linear (no nested quantifiers) so that a hostile paragraph cannot make it backtrack.

export interface BuiltinPattern {
  id: string;
  scope: 'paragraph' | 'inline' | 'fields';
  pattern: RegExp;
  /** for a message */
  what: string;
  /** inline patterns: characters every match contains (found with indexOf, then the pattern is anchored near them) */
  trigger?: string;
}

const N = '[0-9０-９〇零一二三四五六七八九十百]+';
const O = '[(（〔［\\[]';
const C = '[)）〕］\\]]';
const COLON = '[:：]';
/** Metadata keys that introduce a field on a chrome line. */
const META_KEYS =
  '发布时间|发布日期|发布者|发布人|更新时间|日期|时间|来源|信息来源|稿件来源|文章来源|作者|编辑|责任编辑|责编|审核|审校|校对|摄影|阅读次数|阅读量|浏览次数|浏览量|点击数|点击量|访问量|字号|字体|分享到|打印|关闭';

export const BUILTIN_PATTERNS: readonly BuiltinPattern[] = Object.freeze([
  {
    id: 'page-jump',
    scope: 'inline',
    what: 'page-jump marker',
    trigger: '版',
    pattern: new RegExp(`${O}\\s*(?:上接|下转|转|接|转自|接上|续)第?\\s*${N}\\s*版\\s*${C}`, 'g'),
  },
  {
    id: 'font-size',
    scope: 'inline',
    what: 'font-size widget',
    trigger: '【[',
    pattern: /[【[]\s*(?:字体|字号)\s*[:：]?\s*(?:[【[]?\s*[大中小]\s*[】\]]?\s*){2,3}[】\]]/g,
  },
  {
    id: 'print-close',
    scope: 'inline',
    what: 'print/close bar',
    trigger: '【[',
    pattern:
      /[【[]\s*(?:打印(?:本页|此文|文章)?|关闭(?:窗口|本页)?|收藏|返回顶部|推荐给朋友|我要纠错)\s*[】\]]/g,
  },
  {
    id: 'metadata',
    scope: 'fields',
    what: 'metadata line',
    // Two or more "key: value" fields on one short line that starts with one (发布时间:… 来源:… 阅读次数:…);
    // counted by code (see boilerplate.ts), not by one big backtracking expression.
    pattern: new RegExp(`(?:^|[\\s【\\[(（|｜/])(?:${META_KEYS})\\s*${COLON}`, 'g'),
  },
  {
    id: 'metadata',
    scope: 'paragraph',
    what: 'metadata line',
    // One field alone on a short line: 来源：新华社 / 责任编辑：张三 / 【编辑:朱晨颖 戴容】 / (作者:任勇)
    pattern: new RegExp(
      `^[【\\[(（]?\\s*(?:来源|本文来源|信息来源|稿件来源|文章来源|作者|编辑|责任编辑|责编|审核|校对|发布时间|发布日期|阅读次数|浏览次数|点击数)\\s*${COLON}\\s*[^。！？!?，,；;]{0,30}?[】\\])）]?$`,
    ),
  },
  {
    id: 'comment-widget',
    scope: 'paragraph',
    what: 'comment widget',
    pattern:
      /^(?:评论一下|我要评论|发表评论|网友评论|查看评论|最热评论|最新评论|热门评论|全部评论|评论\s*\d+|(?:评论\s*)?(?:已有)?\s*\d+\s*人参与\s*[,，]?\s*(?:\d+\s*条评论)?|\d+\s*条评论|还没有评论\s*[,，]?\s*快来抢沙发吧?\s*[!！]?|快来抢沙发吧?\s*[!！]?|已有\s*\d+\s*人参与\s*[,，]\s*点击查看更多精彩评论|点击查看更多精彩评论|查看更多评论|登录后(?:发表)?评论)$/,
  },
  {
    id: 'share-bar',
    scope: 'paragraph',
    what: 'share/print bar',
    pattern:
      /^(?:分享到\s*[:：]?.{0,40}|分享\s*[:：].{0,40}|扫一扫.{0,20}|微信扫一扫.{0,20}|打印本页|关闭窗口|【?打印】?\s*【?关闭】?|返回顶部|上一篇\s*[:：].{0,60}|下一篇\s*[:：].{0,60}|相关(?:新闻|阅读|文章|链接)\s*[:：]?|字号\s*[:：]?\s*大\s*中\s*小|【?\s*字体\s*[:：]?\s*大\s*中\s*小\s*】?)$/,
  },
  {
    id: 'source-link',
    scope: 'paragraph',
    what: 'link to the original page',
    // A navigation phrase alone on a line, bare or as a Markdown link: [查看原文](https://…) closes every
    // item of a scraped news page. A sentence that mentions 原文 never matches (the phrase is the line).
    pattern:
      /^\[?\s*(?:查看原文|阅读原文|原文链接|点击查看原文|查看全文|阅读全文|点击阅读全文|返回首页|返回列表|view (?:the )?original|read (?:the )?original(?: article)?|original article)\s*\]?(?:\(\S{0,500}\))?$/i,
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'site footer',
    // The footer of a government or news site: copyright, registration numbers (京ICP备05070218号,
    // 京公网安备 11010202000001号), the site's sponsor and its disclaimer. A key opens the line, or the
    // line carries a registration number, which no article sentence does; length-bounded either way.
    pattern:
      /^(?:(?:版权所有|版权声明|免责声明|主办单位|承办单位|主办|承办|协办|技术支持|网站标识码|网站识别码|备案号|ICP备案号)\s*[:：©].{0,150}|.{0,60}版权所有(?:\s.{0,80})?|.{0,80}(?:ICP[备证]\s*[0-9０-９-]+号?|公网安备\s*[0-9０-９]+号?).{0,80}|(?:copyright\s*)?©\s*\d{4}.{0,100})$/i,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'page chrome',
    pattern:
      /^(?:share(?: this(?: article| story| page)?)?\s*:?.{0,40}|print(?: this page)?|email(?: this)?|tweet|skip to (?:main )?content|back to top|read more\b.{0,40}|leave a (?:reply|comment)|\d+\s+comments?|comments?\s*\(\d+\)|no comments yet\.?.{0,40}|posted (?:on|by)\b.{0,60}|published\s*:.{0,60}|source\s*:.{0,60}|author\s*:.{0,60}|editor\s*:.{0,60}|(?:copyright|©).{0,80}all rights reserved\.?|all rights reserved\.?|font size\s*:?.{0,20}|related (?:articles|stories|posts)\s*:?)$/i,
  },
]);

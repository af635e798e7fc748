// Built-in page and site chrome, written as data. Paragraph patterns must cover a whole (short)
// paragraph, so article text that merely mentions 来源 or 编辑 never matches; inline patterns are removed
// wherever they occur. Both widths of brackets, colons and digits are written out. Every pattern is
// linear (no nested quantifiers) so that a hostile paragraph cannot make it backtrack.

import { simplifiedOf } from '../text/traditional.js';

export interface BuiltinPattern {
  id: string;
  scope: 'paragraph' | 'inline' | 'fields';
  pattern: RegExp;
  /** for a message */
  what: string;
  /**
   * A pattern every match of which holds a Latin letter or a Han character: it is tried only on lines
   * (inline: texts) that hold one, so a page in the other script never compiles or runs it.
   */
  script?: 'latin' | 'han';
}

const N = '[0-9０-９〇零一二三四五六七八九十百]+';
const O = '[(（〔［\\[]';
const C = '[)）〕］\\]]';
/** How a Chinese paper says a story goes on elsewhere: 上接 下转 紧接 转 接 转自 接上 续. */
const JUMP_HAN = '(?:上接|下转|紧接|转接|转自|接上|转|接|续)';
/** A page of a paper: 1, 第二, A1, Ａ２ (an edition letter before the number). */
const PAGE_HAN = `(?:[A-Za-zＡ-Ｚａ-ｚ]\\s*)?${N}`;
const COLON = '[:：]';
/** A page of a printed paper as a jump line names it: 5, A6, B12 (letter for the section). */
const PAGE_REF = '[A-Z]?[0-9]{1,3}';
/** An English jump: continued (cont'd, cont.) on / from a page, the next page, or inside. */
const JUMP = `(?:continued|cont(?:'|’)?d\\.?|cont\\.|story continues)\\s+(?:(?:on|from)\\s+(?:(?:page|p\\.)\\s*${PAGE_REF}|${PAGE_REF}|(?:the )?(?:next|previous|back|front) page)|inside)`;
/** A story's slug on a jump line: one to three words in capitals (JOBS, CITY BUDGET). */
const SLUG = "[A-Z][A-Z'’-]{1,20}(?: [A-Z][A-Z'’-]{1,20}){0,2}";
/** A Chinese personal name (2–4 characters, 欧阳·娜娜 too) on a byline; separators are not in the class,
 * so a list of names parses one way only. */
const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
const NAMES = `${NAME}(?:[\\s、，,]{1,3}(?:(?:特约|实习)?(?:记者|通讯员))?\\s?${NAME}){0,6}`;
const WEATHER = '(?:[晴阴雾霾]|多云|[小中大暴阵]?雨|雷阵雨|雨夹雪|[小中大暴阵]?雪)';
const WEATHER_SPAN = `${WEATHER}(?:转${WEATHER})?`;
const TEMP = '-?[0-9]{1,2}\\s*(?:℃|°C|°)?';
/** The roles a WeChat article credits with a bar (来源 | 人民日报, 编辑｜张三). */
const CREDIT_KEYS =
  '来源|编辑|责编|责任编辑|本期编辑|值班编辑|审核|审校|终审|校对|作者|文字|文|图|图片|摄影|视频|剪辑|排版|美编|设计|统筹|监制|出品|策划|制作|主编|文案|记者|通讯员|翻译|整理|配图';
/** Metadata keys that introduce a field on a chrome line. */
const META_KEYS =
  '发布时间|发布日期|发布者|发布人|更新时间|日期|时间|来源|信息来源|稿件来源|文章来源|作者|编辑|责任编辑|责编|审核|审校|终审|校对|摄影|监制|统筹|策划|主编|出品|阅读次数|阅读量|浏览次数|浏览量|点击数|点击量|访问量|字号|字体|分享到|打印|关闭|' +
  // the information panel over a policy document on a government site (gov.cn: 索引号 … 发文字号 … 成文日期)
  '索引号|主题分类|发文机关|发文字号|成文日期|发布机构|公开方式|公开范围|公开时限|信息分类|所属机构|有效性';

/**
 * A publication stamp that opens a metadata line before its fields: 2024年03月05日 08:30,
 * 2024-03-05 08:30:12, 2024/3/5 ｜ (the fields after it are what make the line chrome).
 */
export const LEADING_STAMP =
  /^\s*[0-9０-９]{4}\s*[-/.年－／．]\s*[0-9０-９]{1,2}\s*[-/.月－／．]\s*[0-9０-９]{1,2}\s*日?(?:\s*[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?)?\s*[|｜/]?\s*/;
/** Items of a site's tool bar or a government portal's menu; a line made only of two or more of them, separated, is chrome. */
const BAR_ITEM =
  '(?:政务服务|信息公开|政务公开|政府信息公开|互动交流|政民互动|公众参与|办事服务|网上办事|便民服务|数据开放|新闻中心|新闻动态|政策文件|政策解读|领导信箱|在线访谈|民意征集|走进[\\u4e00-\\u9fa5]{2,4}|打印本页|打印此文|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|设为首页|登录|注册|退出|提交|重置|确定|取消|返回顶部|返回首页|[\\u4e00-\\u9fa5]{2,4}首页|返回|我要纠错|纠错|举报|反馈|分享|点赞|在看|转发|写留言|留言|赞|打开APP|下载APP|打开App|下载App|手机版|电脑版|简体|繁体|无障碍|网站地图|站点地图|网站导航|联系我们|联系方式|关于我们|使用帮助|帮助中心|网站声明|法律声明|版权声明|隐私政策|隐私声明|意见建议|友情链接|RSS|English|中文|大|中|小|' +
  // the same bar on an English site, or in English over a Chinese article (chinadaily.com.cn, Xinhua)
  '[Ss]hare|SHARE|[Pp]rint|PRINT|[Cc]lose|CLOSE|[Ee]-?mail|[Cc]omments?|[Ss]ave|[Bb]ookmark|[Ff]avou?rite|[Ll]ike|[Rr]eply|[Rr]eport|[Qq]uote|[Ff]ollow|[Ll]og ?in|[Ss]ign (?:in|up)|[Rr]egister|[Bb]ack to top|[Tt]op|[Hh]ome|[Ff]eedback|[Cc]ontact [Uu]s|[Ss]ubscribe|[Ss]itemap|[Mm]obile|' +
  // a site's footer links and a consent banner's buttons
  '[Pp]rivacy [Pp]olicy|[Tt]erms of (?:[Uu]se|[Ss]ervice)|[Cc]ookie [Ss]ettings|[Cc]ookies|[Aa]ccept [Aa]ll|[Rr]eject [Aa]ll|[Aa]bout [Uu]s|[Aa]ccessibility|[Cc]areers|[Aa]dvertise(?: with [Uu]s)?)';

/**
 * A page number set off by dashes or dots on both sides: — 12 —, - 3 -, · 5 ·. Not zero-padded: — 01 —
 * divides the sections of a WeChat article, and a printed page is not numbered so.
 */
const PAGE_NO = '[1-9][0-9]{0,3}';
const PAGE_MARK = `(?:[-—–─―‒]{1,2}\\s*${PAGE_NO}\\s*[-—–─―‒]{1,2}|[·•]\\s*${PAGE_NO}\\s*[·•])`;
/** A running head's words: short, no sentence or clause punctuation. */
const HEAD_TEXT = '[^\\s。！？；，,.!?;:：—–-][^。！？；，,.!?;:：]{0,29}';

/**
 * One item of a breadcrumb that starts at the site's name instead of 首页 (新华网 > 时政 > 正文): a short
 * label with no clause punctuation and not only digits. Three items at least, so 甲 > 乙 is no crumb; →
 * is not a separator here (申请→审核→发证 is a process). No < in a label: 13<sup>th</sup> in the world
 * is HTML left in the text, its > closing tags.
 */
const CRUMB =
  '(?![0-9０-９.\\s]+(?:[>＞»›]|$))[^<>＞»›→\\s。，、；：！？,;:!?（）()%％“”"][^<>＞»›→。，、；：！？,;:!?（）()%％“”"]{0,15}?';
const CRUMB_SEP = '(?:>{1,2}|＞{1,2}|»|›)';
/**
 * A Chinese character written in UTF-8 and read as Windows-1252 (国 → å›½, 总 → æ€»): a lead byte
 * E3–E9 and two continuation bytes. Its › and » are no crumb separators, so a garbled line
 * (å›½åŠ¡é™¢æ€»ç†ã€€æŽå¼º) is left to mojibake.
 */
const CJK_AS_1252 =
  '[\\u00e3-\\u00e9][\\u00a0-\\u00bf€\\u0081‚ƒ„…†‡ˆ‰Š‹Œ\\u008dŽ\\u008f\\u0090‘’“”•–—˜™š›œ\\u009džŸ]{2}';

/**
 * The time stamp of a post or a comment on a social site or a forum: 2025-03-05 11:20, 3月5日 10:42,
 * 03-05 11:02, 10分钟前, 昨天 21:30.
 */
const POST_STAMP =
  '(?:(?:[0-9]{4}\\s*[-/.年]\\s*)?[0-9]{1,2}\\s*[-/.月]\\s*[0-9]{1,2}\\s*日?(?:\\s*[0-9]{1,2}[:：][0-9]{2})?|[0-9]{1,2}[:：][0-9]{2}|[0-9]{1,3}\\s*(?:秒|分钟|小时)前|刚刚|(?:今天|昨天|前天)\\s*(?:[0-9]{1,2}[:：][0-9]{2})?)';

/** A date with its time, as a byline carries it: 2025年03月06日 08:12, 2025-03-06 08:12. */
const DATE_STAMP =
  '[0-9]{4}\\s*[-/.年]\\s*[0-9]{1,2}\\s*[-/.月]\\s*[0-9]{1,2}\\s*日?(?:\\s*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?';

/** A count before a button: 214 comments, 1.2k Share. */
const LEAD_COUNT = '(?:[0-9][0-9.,]{0,8}[kKmM万]?\\s+)?';

/** The count a button shows, if any: (12), （236）. */
const COUNT = '(?:\\s*[(（]\\s*[0-9]{1,7}\\s*[)）])?';

/** A button under a comment, with its count: 回复, 点赞(236), 赞 12. */
const ACTION = '(?:回复|点赞|赞|踩|举报|分享|转发|评论|收藏)(?:\\s*[(（]\\s*\\d+\\s*[)）]|\\s*\\d+)?';

/**
 * A button alone on its line under a post, or a forum's reply box: words no heading is made of — with
 * its count where a Q&A site shows one (赞同 1.2 万, 好问题 3, 点赞 (23)).
 */
const LONE_BUTTON =
  '(?:(?:收藏|点赞|举报|转发|在看|喜欢|赞同|好问题)(?:\\s*[(（]?\\s*[0-9][0-9.,]{0,8}\\s*[万千kK]?\\s*[)）]?)?|\\+?\\s?关注|已关注|快速回复|发表回复|回复帖子|我要回帖|我要发帖|我要举报|添加评论|写回答|邀请回答|\\+1|说点什么(?:\\.{2,3}|…{1,2})?)';

/** Names on a share bar (social networks and the share actions next to them). */
const SOCIAL =
  '(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|tumblr|threads|bluesky|email|e-mail|copy link|微信|微信好友|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|豆瓣|抖音|今日头条|人人网)';

/**
 * Words Taiwan and Hong Kong sites write for the same buttons (列印 for 打印, 關閉視窗, 登入), each as
 * long as its mainland form, matched after the characters are simplified.
 */
const REGIONAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/列印/g, '打印'],
  [/视窗/g, '窗口'],
  [/登入/g, '登录'],
  [/登出/g, '退出'],
  [/回应/g, '回复'],
];

/**
 * A chrome line as the patterns read it: full-width ASCII forms to ASCII (１２８条评论 → 128条评论,
 * （２３６） → (236)), traditional characters to simplified (首頁 > 新聞, 責任編輯：, 上一則：) and the
 * regional words above to mainland ones. Length-preserving (one UTF-16 unit for one), so a match covers
 * the same span of the original.
 */
export function foldChrome(s: string): string {
  const folded = foldChars(s);
  if (folded.length > 40 || !/[列视登回]/.test(folded)) return folded;
  let out = folded;
  for (const [re, to] of REGIONAL) out = out.replace(re, to);
  return out;
}

function foldChars(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f = -1;
    if (c >= 0xff01 && c <= 0xff5e) f = c - 0xfee0;
    else f = simplifiedOf(c);
    if (f < 0) continue;
    out += s.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

export const BUILTIN_PATTERNS: readonly BuiltinPattern[] = Object.freeze([
  {
    id: 'page-jump',
    scope: 'inline',
    what: 'page-jump marker',
    script: 'han',
    // （上接第1版） （下转第二版） （紧接A1版）: an edition letter may stand before the page number.
    pattern: new RegExp(`${O}\\s*${JUMP_HAN}第?\\s*${PAGE_HAN}\\s*版\\s*${C}`, 'g'),
  },
  {
    id: 'page-jump',
    scope: 'paragraph',
    what: 'page-jump marker',
    script: 'han',
    // The same marker without brackets, alone on its line (上接1版, →下转A2版, 下转第3版): a sentence
    // that says where a text goes on says more than that.
    pattern: new RegExp(`^[→↓>＞]?\\s*${JUMP_HAN}第?\\s*${PAGE_HAN}\\s*版[。.]?$`),
  },
  {
    id: 'page-jump',
    scope: 'inline',
    what: 'page-jump marker',
    script: 'latin',
    // The same marker in an English paper, in brackets wherever it stands: (Continued on page 5),
    // [Continued from A1], (cont'd on p. 6). A cross-reference of a report ("see page 12") is text.
    pattern: new RegExp(`[(\\[]\\s*${JUMP}\\s*[)\\]]`, 'gi'),
  },
  {
    id: 'page-jump',
    scope: 'paragraph',
    what: 'page-jump marker',
    script: 'latin',
    // Alone on its line: Continued on Page A6 / Please turn to page 4 / Continued from page 1.
    pattern: new RegExp(`^(?:${JUMP}|(?:please )?turn to page\\s+${PAGE_REF})\\.?$`, 'i'),
  },
  {
    id: 'page-jump',
    scope: 'paragraph',
    what: 'page-jump marker',
    script: 'latin',
    // A jump line naming the story by its slug in capitals: See JOBS, Page A6 / JOBS from A1 /
    // BUDGET: Continued from page 1. Case-sensitive: the slug is what tells it from a sentence.
    pattern: new RegExp(
      `^(?:See ${SLUG}\\s*(?:,|on|—|-)\\s*(?:[Pp]age\\s+)?${PAGE_REF}|${SLUG}\\s*(?::|—|-)?\\s*(?:[Cc]ontinued )?(?:from|FROM) (?:[Pp]age\\s+)?${PAGE_REF})\\.?$`,
    ),
  },
  {
    id: 'font-size',
    scope: 'inline',
    what: 'font-size widget',
    script: 'han',
    pattern: /[【[]\s*(?:字体|字号)\s*[:：]?\s*(?:[【[]?\s*[大中小]\s*[】\]]?\s*){2,3}[】\]]/g,
  },
  {
    id: 'print-close',
    scope: 'inline',
    what: 'print/close bar',
    script: 'han',
    pattern:
      /[【[]\s*(?:(?:我要)?打印(?:本页|此文|文章|页面)?|关闭(?:窗口|本页|页面)?|收藏|返回顶部|推荐给朋友|我要纠错|纠错)\s*[】\]]/g,
  },
  {
    id: 'metadata',
    scope: 'inline',
    what: 'editor note',
    script: 'han',
    // After an article's last sentence, on its line: the page's staff in brackets (（责任编辑：王晓明）,
    // 【编辑：张三 校对：李四】, [责编：张三]) and the wire's end mark (（完）). Only at the end of a line:
    // inside a sentence such brackets are text; a source or a reporter in brackets there is attribution.
    pattern:
      /(?:[（(【[]\s*(?:(?:责任|值班|实习|网络)?编辑|责编|审核|审校|校对|终审|监制|编审)\s*[:：]?\s*[^（()）【】[\]\n。！？]{1,40}[）)】\]]|[（(【]\s*(?:全文)?完\s*[）)】])(?=[ \t\u3000]*(?:\r?\n|$))/g,
  },
  {
    id: 'site-footer',
    scope: 'inline',
    what: 'reprint note',
    script: 'han',
    // A platform's note in brackets closing the article's last line: (本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP).
    pattern: /[（(]\s*本文(?:来自|转自|转载自|系)[^（()）\n]{1,80}[）)](?=[ \t\u3000]*(?:\r?\n|$))/g,
  },
  {
    id: 'english-chrome',
    scope: 'inline',
    what: 'wire credits',
    script: 'latin',
    // A wire story's credits in brackets closing its last paragraph: (Reporting by Jane Doe; Editing by
    // John Smith). Alone on a line they are page chrome too (below).
    pattern:
      /[([]\s*(?:(?:additional )?reporting|writing|editing|compiled|graphics) by [^()[\]\n]{1,160}[)\]](?=[ \t]*(?:\r?\n|$))/gi,
  },
  {
    id: 'metadata',
    scope: 'fields',
    what: 'metadata line',
    script: 'han',
    // Two or more "key: value" fields on one short line that starts with one (发布时间:… 来源:… 阅读次数:…);
    // counted by code (see boilerplate.ts), not by one big backtracking expression.
    pattern: new RegExp(`(?:^|[\\s【\\[(（|｜/])(?:${META_KEYS})\\s*${COLON}`, 'g'),
  },
  {
    id: 'metadata',
    scope: 'paragraph',
    what: 'metadata line',
    script: 'han',
    // One field alone on a short line: 来源：新华社 / 责任编辑：张三 / 【编辑:朱晨颖 戴容】 / (作者:任勇) / 监制：周九
    pattern: new RegExp(
      `^[【\\[(（]?\\s*(?:来源|本文来源|信息来源|稿件来源|文章来源|转自|本文转自|转载自|作者|编辑|责任编辑|责编|审核|审校|终审|编审|校对|监制|统筹|策划|出品|摄影|主编|美编|排版|撰文|发布时间|发布日期|更新时间|更新日期|阅读次数|阅读量|浏览次数|浏览量|点击数|点击量|访问量|索引号|主题分类|发文机关|发文字号|成文日期|发布机构|本期编辑|值班编辑)\\s*${COLON}\\s*[^。！？!?，,；;]{0,30}?[】\\])）]?$`,
    ),
  },
  {
    id: 'metadata',
    scope: 'paragraph',
    what: 'editor line',
    script: 'han',
    // （编辑 张三） / 【责任编辑 李四】: an editor's name in brackets after the key, without a colon.
    pattern: new RegExp(`^[【\\[(（]\\s*(?:编辑|责任编辑|责编)\\s+${NAMES}\\s*[】\\])）]$`),
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'reprint disclaimer',
    script: 'han',
    // 声明：本文转载自… 不代表本网观点: a statement about the page, not in the article (声明：我国政府… stays).
    pattern: /^(?:特别)?声明\s*[:：][^\n]{0,40}(?:转载|本网|本站|本平台)[^\n]{0,120}$/,
  },
  {
    id: 'comment-widget',
    scope: 'paragraph',
    what: 'comment widget',
    script: 'han',
    pattern:
      /^(?:评论一下|我要评论|发表评论|网友评论|查看评论|最热评论|最新评论|热门评论|全部评论|评论\s*(?:\d+|[(（]\s*\d+\s*[)）])|请输入评论内容|(?:用户名|密码|验证码)\s*[:：]|(?:说两句|说说你的看法|写下你的评论)(?:\.{2,3}|…{1,2})?|(?:评论\s*)?(?:已有)?\s*\d+\s*人参与\s*[,，]?\s*(?:\d+\s*条评论)?|\d+\s*条评论|还没有评论\s*[,，]?\s*快来抢沙发吧?\s*[!！]?|快来抢沙发吧?\s*[!！]?|已有\s*\d+\s*人参与\s*[,，]\s*点击查看更多精彩评论|点击查看更多精彩评论|查看更多评论|登录后(?:发表)?评论|已有\s*\d+\s*条评论(?:\s*[,，]\s*\d+\s*人参与)?|查看(?:全部|更多)\s*\d*\s*条?(?:评论|回复)\s*(?:>{1,2}|»|→)?)$/,
  },
  {
    id: 'comment-widget',
    scope: 'paragraph',
    what: 'comment widget',
    // 请先登录后发表评论 登录｜注册, 您需要登录后才可以回帖 (the prompt with its buttons) / 回复 点赞(236) /
    // 赞 12 踩 3 举报: a comment's buttons, two or more, with their counts and nothing else, or after the
    // comment's time stamp (2025-03-05 11:20 回复 赞 56: the stamp and one button are enough); a button
    // that no heading or sentence is made of alone on its line (收藏, 快速回复).
    pattern: new RegExp(
      `^(?:(?:请先?|您需要)?登录后(?:才(?:能|可以))?(?:发表|参与)?(?:评论|回帖|发帖|回复)[!！。]?(?:\\s*${BAR_ITEM}(?:\\s*[|｜/·•]\\s*${BAR_ITEM})*)?|(?:${POST_STAMP}\\s+)?${ACTION}(?:\\s*[|｜·•]?\\s*${ACTION}){1,5}|${POST_STAMP}\\s+${ACTION}|${LONE_BUTTON})$`,
    ),
  },
  {
    id: 'share-bar',
    scope: 'paragraph',
    what: 'share/print bar',
    script: 'han',
    pattern:
      /^(?:分享[到至]\s*[:：]?.{0,40}|分享\s*[:：].{0,40}|扫一扫.{0,20}|微信扫一扫.{0,20}|打印本页|关闭窗口|(?:打印本页|打印此文|打印)\s*(?:关闭窗口|关闭本页|关闭)|(?:相关推荐|热门推荐|精彩推荐|为你推荐|猜你喜欢|推荐阅读|热门排行|(?:点击|阅读|新闻|热点|一周|24小时)排行|排行榜|写留言|相关专题|网友留言|我要留言|已显示全部评论|手机看(?:新闻)?|视力保护色|(?:点击)?查看更多|纠错|延伸阅读|往期回顾|往期推荐|往期精彩(?:回顾|推荐|文章)?|热点推荐|更多阅读|喜欢此内容的人还喜欢|大家都在看|作者最新文章|作者其他文章|作者更多文章|换一换|换一批|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文)\s*[:：]?|【?打印】?\s*【?关闭】?|【?(?:关闭|打印)】?|返回顶部|(?:上一篇|下一篇|上一条|下一条|上一则|下一则|上篇|下篇|前一篇|后一篇)(?:\s*[:：]|\s)[^。]{0,60}|第\s*[0-9]{1,4}\s*页\s*[/／,，]?\s*共\s*[0-9]{1,4}\s*页|相关(?:新闻|阅读|文章|链接|报道)\s*(?:[:：]\s*[^。！？]{0,60})?|(?:字号|字级)\s*[:：]?\s*(?:(?:默认|标准|超大|特大|[大中小])\s*){2,4}|【?\s*字体\s*[:：]?\s*大\s*中\s*小\s*】?|(?:字体|字号)\s*[:：]?\s*(?:【\s*[大中小]\s*】\s*){2,3})$/,
  },
  {
    id: 'pager',
    scope: 'paragraph',
    what: 'pager',
    // A site's pager between the pages of one article (上一页 1 2 3 下一页, « Previous 1 2 Next »): the
    // article goes on after it, as a printed page goes on after its number (a page break, boilerplate.ts).
    pattern:
      /^(?:(?:首页\s*)?上一页[\s0-9]{0,40}下一页(?:\s*尾页)?|[«‹<]?\s*(?:previous|prev)\s*(?:page)?[\s0-9|]{0,40}(?:next)\s*(?:page)?\s*[»›>]?)$/i,
  },
  {
    id: 'fold',
    scope: 'paragraph',
    what: 'fold',
    // A fold that hides the rest of an article until a tap (展开全文, 展开剩余72%, 继续阅读, Continue
    // reading): the article goes on after it, so it is a page break too.
    pattern:
      /^(?:(?:点击)?展开全文|展开剩余\s*[0-9]{1,3}\s*[%％]|继续阅读|余下全文|continue reading|show full (?:text|article))\s*[>›»▼∨↓]?$/i,
  },
  {
    id: 'level',
    scope: 'paragraph',
    what: 'comment level',
    script: 'latin',
    // A comment's nesting label on a thread page (level 1, level 2), lower-case as the site writes it.
    pattern: /^level [0-9]{1,2}$/,
  },
  {
    id: 'account-line',
    scope: 'paragraph',
    what: 'account line',
    // An author account's line over an article on a platform (百家号, 头条: 人民网　2025-03-05 14:20　人民网官方账号,
    // 新华社 2025-03-05 14:20 · 新华社官方账号): a name, a stamp with its time, and maybe the account's
    // label — no sentence has a time of day right after a short name and nothing else.
    pattern:
      /^[^\s。，,！？：:]{2,16}\s+[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?\s*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?:\s*[·|｜]?\s*[^\s。，,！？]{2,20})?$/,
  },
  {
    id: 'ad-slot',
    scope: 'paragraph',
    what: 'advertisement slot',
    // The label of an ad slot left in the flow of the text (广告, 推广, Advertisement, Story continues below
    // advertisement): the text goes on after it, so it is a page break too.
    pattern:
      /^[[【(（]?\s*(?:广告|推广|advertisement|ad|sponsored(?: content)?|(?:story|article) continues below(?: (?:the )?advertisement)?|continue reading (?:below|the main story))\s*[\]】)）]?$/i,
  },
  {
    id: 'share-bar',
    scope: 'paragraph',
    what: 'share bar',
    // The share buttons of a page left as their names: Facebook Twitter LinkedIn Email / 微信 微博 QQ空间.
    // Two or more names and nothing else, so a sentence that names a network keeps its words.
    pattern: new RegExp(`^${SOCIAL}(?:\\s*[|｜/·•,，、]?\\s*${SOCIAL}){1,10}$`, 'i'),
  },
  {
    id: 'cookie-banner',
    scope: 'paragraph',
    what: 'cookie banner',
    script: 'latin',
    // "We use cookies … Accept": the consent notice opens with the site's use of cookies and offers a
    // button or a policy (accept, agree, consent, settings, privacy, cookie policy) within one short line.
    pattern:
      /^(?:we use cookies|this (?:web)?site uses cookies|(?:our|this) (?:web)?site uses cookies|cookies help us)\b.{0,300}\b(?:accept|agree|consent|settings|privacy|cookie policy|preferences)\b.{0,80}$/i,
  },
  {
    id: 'tool-bar',
    scope: 'paragraph',
    what: 'tool bar',
    // 打印本页 | 关闭窗口 / 登录 | 注册 / 手机版 · 简体 · 繁体: every item is chrome, so no sentence matches.
    // An item may carry its count (Reply | Report | Like (12), 214 comments · Share · Save: a comment's
    // buttons on an English site).
    pattern: new RegExp(
      `^${LEAD_COUNT}${BAR_ITEM}${COUNT}(?:\\s*[|｜/·•]\\s*${LEAD_COUNT}${BAR_ITEM}${COUNT}|\\s+${LEAD_COUNT}${BAR_ITEM}${COUNT}){1,12}$`,
    ),
  },
  {
    id: 'source-link',
    scope: 'paragraph',
    what: 'link to the original page',
    // A navigation phrase alone on a line, bare or as a Markdown link: [查看原文](https://…) closes every
    // item of a scraped news page. A sentence that mentions 原文 never matches (the phrase is the line).
    // Or the page's address after its label: 原文链接：https://…
    pattern:
      /^\[?\s*(?:查看原文|阅读原文|原文链接|点击查看原文|查看全文|阅读全文|点击阅读全文|返回首页|返回列表|view (?:the )?original|read (?:the )?original(?: article)?|original article)\s*\]?(?:\(\S{0,500}\))?$|^(?:原文链接|原文地址|原文网址|本文链接|文章链接|本文地址|source)\s*[:：]\s*(?:https?:\/\/|www\.)\S{1,500}$/i,
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'site footer',
    // The footer of a government or news site: copyright, registration numbers (京ICP备05070218号,
    // 京公网安备 11010202000001号), the site's sponsor and its disclaimer. A key opens the line, or the
    // line carries a registration number, which no article sentence does; length-bounded either way.
    pattern:
      /^(?:(?:版权所有|版权声明|免责声明|主办单位|承办单位|主办|承办|协办|技术支持|网站标识码|网站识别码|备案号|ICP备案号)\s*[:：©].{0,150}|.{0,60}版权所有(?:\s.{0,80})?|.{0,80}(?:ICP[备证]\s*[0-9０-９-]+号?|公网安备\s*[0-9０-９]+号?).{0,80}|(?:copyright\s*)?©\s*\d{4}.{0,100}|copyright\s+[0-9]{4}\s+[^\n.]{1,40}\.?)$/i,
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'site footer',
    script: 'latin',
    // The engine's credit in a forum's or blog's footer (Powered by Discuz! X3.4 © 2001-2025 Comsenz Inc.,
    // Powered by WordPress): names and numbers only, each word capitalized — a line of a speech that
    // opens "Powered by people I’ve met…" goes on in small words.
    pattern: /^[Pp]owered by\s+[A-Z0-9][^\s]{0,30}(?:\s+(?:[A-Z0-9©][^\s]{0,30}|[-–|·]))*$/,
  },
  {
    id: 'byline',
    scope: 'paragraph',
    what: 'byline',
    script: 'han',
    // 本报记者 张三 李四 / 记者：张三 / 文｜张三 / 新华社记者 王五 摄: names only, so a sentence that begins
    // with 记者 (记者深入基层采访了一线工人) never matches — a name is at most four characters.
    // The publication stamp may stand before or after the names (新华社记者 王晓 张磊　2025年03月06日 08:12).
    pattern: new RegExp(
      `^(?:${DATE_STAMP}\\s+)?[（(【\\[]?\\s*(?:(?:本报|本台|本刊|本网|[\\u4e00-\\u9fa5]{2,4}社)(?:特约|实习|首席)?(?:记者|通讯员)\\s*${COLON}?\\s*|(?:特约|实习|首席)?(?:记者|通讯员)\\s*(?:${COLON}|\\s)\\s*|(?:文|图|文图|文\\/图|图\\/文|撰文|摄影|摄像)\\s*(?:${COLON}|[｜|/]|\\s)\\s*)${NAMES}(?:\\s*摄)?\\s*[）)】\\]]?(?:\\s+${DATE_STAMP})?$`,
    ),
  },
  {
    id: 'photo-credit',
    scope: 'paragraph',
    what: 'photo caption credit',
    script: 'han',
    // 张三 摄 / （新华社记者 王五 摄） / 图为会议现场。新华社记者 王五 摄 — a caption that ends in a credit.
    // A bare name needs a space or a bracket before 摄, so a heading ending in 拍摄 (视频拍摄) stays. Any
    // caption (▲3月5日，…开幕。) ends so when its credit is in brackets and names an agency or a reporter
    // (（新华社记者 李学仁 摄）, （新华社发 张伟 摄）): no sentence of an article ends on a photographer.
    pattern: new RegExp(
      `^(?:图为[^\\n]{1,100}?[。\\s（(])?\\s*(?:[（(]\\s*)?(?:(?:[\\u4e00-\\u9fa5]{2,4}社|本报)?(?:特约|实习|首席)?(?:记者|通讯员)\\s*${NAMES}\\s*|${NAMES}\\s+|(?<=[（(]\\s*)${NAMES})摄[）)]?$`,
    ),
  },
  {
    id: 'photo-credit',
    scope: 'paragraph',
    what: 'photo caption',
    script: 'han',
    pattern: new RegExp(
      `^(?:[^\\n]{1,150}?[（(]\\s*(?:[\\u4e00-\\u9fa5]{2,4}社(?:特约|实习|首席)?(?:记者|通讯员|发)|本报(?:特约|实习|首席)?(?:记者|通讯员)|(?:特约|实习|首席)?(?:记者|通讯员))\\s*${NAMES}\\s*摄\\s*[）)]|(?:图为|[▲△]|[上下左右]图)[^\\n]{1,150}?[（(]\\s*(?:摄影|拍摄|图)\\s*${COLON}?\\s*${NAMES}\\s*[）)])$`,
    ),
  },
  {
    id: 'dateline',
    scope: 'paragraph',
    what: 'dateline',
    script: 'han',
    // 新华社北京3月5日电（记者张三、李四） alone on a line; a dateline that opens the first sentence is
    // part of the article and stays. 本报讯（记者 张伟 通讯员 李娜） alone is one too.
    pattern: new RegExp(
      `^(?:[\\u4e00-\\u9fa5]{0,12}${N}月${N}日(?:电|讯|消息)|本报讯|本台讯|本刊讯)\\s*(?:[（(](?:记者|通讯员)[^)）]{1,40}[)）])?$`,
    ),
  },
  {
    id: 'original-title',
    scope: 'paragraph',
    what: 'original-title line',
    script: 'han',
    pattern: new RegExp(`^[（(【\\[]?\\s*原(?:标)?题\\s*${COLON}.{1,100}$`),
  },
  {
    id: 'media-caption',
    scope: 'paragraph',
    what: 'media caption',
    script: 'han',
    // 视频：… / 图片来源：… / （图源：网络） / 视频加载中… — a label and a colon open the line.
    pattern: new RegExp(
      `^[（(【\\[]?\\s*(?:(?:视频|图片|图|配图|题图|图源|图片来源|视频来源|图片作者|图片编辑|视频编辑|制图|海报|设计|剪辑)\\s*${COLON}.{0,60}|视频加载中.{0,20}|您的浏览器(?:暂)?不支持\\s*(?:video|HTML5|html5)?\\s*(?:标签|播放|视频|的?视频播放).{0,20})$`,
    ),
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'site furniture',
    script: 'han',
    // 本文来自百家号作者：… / 文章关键词：… / 附件下载： / 附件：1.….docx (a download link: an official document's
    // own 附件：1.关于…的通知 has no file extension and stays) / 建议使用1920×1080分辨率浏览 / 您是第12345位访客 /
    // Ctrl+D 收藏本站 / 友情链接：…
    pattern:
      /^(?:本文来自(?:百家号|网易号|搜狐号|头条号|企鹅号|大风号|一点号|澎湃号|微信公众号)[^。\n]{0,40}|文章关键词\s*[:：].{1,60}|附件下载\s*[:：]?|相关附件|附件\s*[:：]?\s*(?:\d+[.、．]\s*)?[^\n。]{1,80}\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|7z|ofd)|(?:建议|推荐)您?(?:使用)?[^。\n]{0,40}(?:分辨率|浏览器)[^。\n]{0,30}|您是(?:本站)?第\s*[\d,]+\s*位(?:访客|访问者|浏览者)[。！!]?|(?:Ctrl|CTRL)\s*\+\s*D\s*收藏本站|友情链接\s*[:：].{0,120})$/,
  },
  {
    id: 'app-prompt',
    scope: 'paragraph',
    what: 'follow/app prompt',
    script: 'han',
    // 点击关注… / 欢迎关注我们的微信公众号 / 扫码下载客户端 / 打开APP阅读全文: a call to action opens the line
    // and an app or account word follows (更多精彩内容请关注… too); no sentence end (扫码支付已经成为…。 stays), and 关注 alone is no
    // such word (打开思路，关注民生 is a heading).
    pattern:
      /^[▲△▼▽↑↓☝👆👇]*\s*[【[(（]?\s*(?:(?:点击|欢迎|长按|扫码|扫描|扫一扫|打开|下载|更多精彩|戳|请|识别)[^。]{0,30}?(?:公众号|二维码|客户端|APP|App|app|阅读全文|查看全文|阅读原文|查看原文|更多精彩|订阅号|关注我们|视频号)|点击关注|关注我们|更多精彩[^。]{0,10}?(?:请|敬请)(?:持续)?关注)[^。]{0,30}$/u,
  },
  {
    id: 'breadcrumb',
    scope: 'paragraph',
    what: 'breadcrumb navigation',
    pattern: new RegExp(
      `^(?:(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您所在的位置|您当前的位置|您当前所在位置|当前所在位置|所在位置)\\s*${COLON}.{0,100}|(?:首页|网站首页|主页|home)\\s*(?:>{1,2}|＞{1,2}|»|›|→)\\s*.{0,100}|(?!.*${CJK_AS_1252})${CRUMB}(?:\\s*${CRUMB_SEP}\\s*${CRUMB}){2,6})$`,
      'i',
    ),
  },
  {
    id: 'weather',
    scope: 'paragraph',
    what: 'weather widget',
    script: 'han',
    pattern: new RegExp(
      `^[\\u4e00-\\u9fa5]{2,6}\\s*(?:今天|今日|明天)?\\s*${WEATHER_SPAN}\\s*${TEMP}\\s*[~～\\-—/至]\\s*${TEMP}$`,
    ),
  },
  {
    id: 'view-counter',
    scope: 'paragraph',
    what: 'view counter',
    script: 'han',
    // 阅读 10万+ / 浏览：1234 / 1.2万次播放
    pattern:
      /^(?:(?:阅读|浏览|点击|人气|热度|访问|播放|围观)(?:量|数|次数)?\s*[:：]?\s*[0-9０-９.,]{1,12}\s*[万千wWkK]?\+?\s*(?:次|人|人次)?|[0-9０-９.,]{1,12}\s*万?\+?\s*次?(?:阅读|浏览|播放))$/,
  },
  {
    id: 'english-byline',
    scope: 'paragraph',
    what: 'byline',
    script: 'latin',
    // By John Smith, Reuters / Reporting by …; Editing by … — case-sensitive: two capitalized words follow,
    // so "By the end of the year, …" and "By The Way" (a title) do not match.
    pattern:
      /^(?:By|BY|Reporting by|Additional reporting by|Writing by|Editing by|Compiled by|Edited by|Written by)\s+(?!The\b|A\b|An\b|This\b|That\b)[A-Z][A-Za-z.'’-]{0,20}(?:\s+[A-Z][A-Za-z.'’-]{0,20}){1,3}(?:\s*(?:[,;&|]|and\b)\s*.{0,120})?$/,
  },
  {
    id: 'page-header',
    scope: 'paragraph',
    what: 'newspaper page header',
    script: 'han',
    // An e-paper page's running head: 第04版：要闻, 第A03版, 人民日报 2025年03月14日 第04版 — the page
    // number and its section name, nothing that reads as a sentence.
    pattern:
      /^(?:[^。，,！？\s]{2,12}\s*[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:星期.)?\s*)?第\s*[A-Za-z]?[0-9０-９]{1,3}\s*版(?:\s*[:：|｜]?\s*[\u4e00-\u9fa5·]{1,10})?$/,
  },
  {
    id: 'paper-citation',
    scope: 'paragraph',
    what: 'newspaper source line',
    script: 'han',
    // The line an e-paper or news site puts under an article to cite the printed page: 《人民日报》（2024年03月06日
    // 01 版）, 《经济日报》(2024年3月6日 第5版) — a paper's name in 《》 and the issue's date with its page,
    // nothing else (《人民日报》2024年3月6日刊文指出，… is a sentence).
    pattern:
      /^《[^》。，,]{2,12}》\s*[（(]\s*[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:第\s*)?[A-Za-z]?[0-9０-９]{1,3}\s*版\s*[）)]$/,
  },
  {
    id: 'forum',
    scope: 'paragraph',
    what: 'forum post chrome',
    script: 'han',
    // A forum's post furniture: 发表于 2024-03-05 10:20 (the post's stamp alone), 2楼 / #2楼 (its floor;
    // not 沙发 or 地板 alone, which may head a paragraph about furniture), 只看楼主, 收起回复, 展开全部
    // (a reading-time label is the reading-time pattern's).
    pattern:
      /^(?:(?:发表于|发布于|编辑于|更新于|最后编辑于|回复于)\s*[0-9]{2,4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|#?\s*[0-9]{1,5}\s*楼|只看楼主|只看该作者|收起回复|展开回复|展开全部|收起全部)$/,
  },
  {
    id: 'forum',
    scope: 'paragraph',
    what: 'post stamp',
    // A Weibo or forum post's stamp and the client it was sent from (3月5日 10:42 来自 微博 weibo.com,
    // 来自 iPhone客户端): the stamp, or a device or client word, so 来自基层的声音 (a heading) stays.
    pattern: new RegExp(
      `^(?:${POST_STAMP}\\s*来自\\s*[^。！？，,\\s][^。！？，,]{0,30}|来自\\s*[^。！？，,]{0,20}(?:客户端|weibo\\.com|iPhone|iPad|Android|HUAWEI|Xiaomi|OPPO|vivo|网页版|微博)[^。！？，,]{0,20})$`,
      'i',
    ),
  },
  {
    id: 'page-number',
    scope: 'paragraph',
    what: 'page number',
    // A printed page's number left alone on its line by a PDF extraction: — 12 —, - 12 -, ·12·, 第 12 页,
    // Page 12 of 30, also beside the running head it shares a line with (政府工作报告　· 3 ·). Dashes or
    // dots on both sides, or the word for page: a line that is only a number (a table cell) is not
    // taken here (see runningHeads in boilerplate.ts).
    pattern: new RegExp(
      `^(?:${PAGE_MARK}|第\\s*[0-9]{1,4}\\s*页|page\\s+[0-9]{1,4}(?:\\s+of\\s+[0-9]{1,4})?|${HEAD_TEXT}\\s+${PAGE_MARK}|${PAGE_MARK}\\s+${HEAD_TEXT})$`,
      'i',
    ),
  },
  {
    id: 'end-marker',
    scope: 'paragraph',
    what: 'end-of-article marker',
    // （完） 【完】 (END) -END- 标签：… — the wire's end mark and the page's tag list.
    pattern:
      /^(?:[（(【[]\s*(?:完|全文完|END|end)\s*[）)】\]]|[-—–]{1,3}\s*(?:THE\s+)?(?:END|完)\s*[-—–]{1,3}|END|THE END|(?:标签|Tags)\s*[:：].{1,80})$/,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'comment form',
    script: 'latin',
    // A blog's comment form and share buttons left as text (WordPress: Cancel reply / Your email address
    // will not be published. / Required fields are marked * / Click to share on Twitter (Opens in new
    // window)): a sentence that talks about e-mail addresses or sharing says more than these.
    pattern:
      /^(?:cancel reply|your email address will not be published\.?(?: required fields are marked \*)?|required fields are marked \*|click to (?:share|print|email)(?: on| to| a link to)? [\w .+-]{1,30}(?:\(opens in new window\))?)$/i,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'page chrome',
    script: 'latin',
    pattern:
      /^(?:share(?: this(?: article| story| page| post)?)?(?:\s*:.{0,40}|\s+(?:on|via|to|with)\s*:?\s.{0,40})?|print(?: this page)?|email(?: this(?: story| article| page)?)?|tweet|skip to (?:main )?content|back to top|read more\b.{0,40}|leave a (?:reply|comment)|\d+\s+comments?|comments?\s*\(\d+\)|no comments yet\.?.{0,40}|posted (?:on|by)\b.{0,60}|published\s*:.{0,60}|source\s*:.{0,60}|author\s*:.{0,60}|editor\s*:.{0,60}|(?:copyright|©).{0,80}all rights reserved\.?|all rights reserved\.?|font size\s*:?.{0,20}|related (?:articles|stories|posts|coverage|content|links|topics)\s*:?|(?:related(?: (?:articles?|stories|story|posts?|coverage|content|links?))?|see also|also read|read also|more)\s*:\s*[^.!?]{1,100}|follow (?:us|me|@\w{1,30})\b.{0,60}|subscribe(?: now| today| for free)?(?: to (?:our|the) (?:newsletter|channel|podcast)s?)?[.!]?|sign up (?:for|to) (?:our|the)\b.{0,40}|(?:photo|photograph|image|picture|video|graphic)s?(?: credit)?\s*:.{0,80}|[^\n]{0,400}\[(?:photos?|images?|videos?|file photo)\s*\/\s*[^\]\n]{1,40}\]|[^\n]{0,400}\((?:xinhua|afp|reuters|ap|cfp|vcg|china daily|chinadaily\.com\.cn)\s*\/\s*[^)\n]{1,40}\)|\(?(?:photo|photograph|image|picture|video)s?\s+(?:by|courtesy of|credit)\b.{0,80}|tags?\s*:.{0,80}|(?:last )?(?:updated|modified)\s*(?::|on\b).{0,60}|\d{1,2}\s*min(?:ute)?s?\s+read|home\s*(?:>|»|›|\/)\s*.{0,80}|(?:click|tap) here\b.{0,60}|listen to (?:this )?(?:article|story)\b.{0,30}|like this:|loading\s?(?:\.{1,3}|…)?|you (?:may|might) also like.{0,20}|comments are closed\.?|sort by\s*:?\s*[a-z ]{1,20}|\[(?:deleted|removed)\]|continue this thread\s*[→>»]?|(?:load|show|view|see) (?:more|all)(?: [0-9]{1,6})? (?:comments|replies)|related|sign in|log in(?: to (?:comment|reply))?|recommended(?: for you| stories| articles| reading)?\s*:?|more from .{1,40})$/i,
  },
  {
    id: 'comment-widget',
    scope: 'paragraph',
    what: 'comment widget',
    script: 'latin',
    // The empty state and prompts of an English comment section.
    pattern:
      /^(?:be the first to comment|(?:please )?enable javascript to (?:view|see|read) (?:the )?comments(?: powered by .{1,30})?|join the (?:conversation|discussion)|comments? (?:are )?(?:closed|disabled)(?: for this (?:article|story|post))?)[.!]?$/i,
  },
  {
    id: 'cookie-banner',
    scope: 'paragraph',
    what: 'cookie banner',
    script: 'latin',
    // A consent notice of one short sentence that says what the cookies are for (We use cookies to
    // improve your experience.), its buttons
    // alone on their lines (Accept all cookies, Cookie settings), and the same notice on a Chinese site
    // (本网站使用Cookie以改善您的浏览体验). A paragraph that goes on about cookies is longer than one sentence.
    pattern:
      /^(?:(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b[^.!?\n]{0,160}?\b(?:experience|improve|personali[sz]e|analy[sz]e|traffic|ads|advertising|functionality|browsing|our (?:web)?site|our services)\b[^.!?\n]{0,80}[.!]?|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|(?:cookie|privacy) (?:settings|preferences)|manage (?:cookies|cookie preferences|preferences)|(?:本网站|本站|我们)使用\s*cookies?[^。\n]{0,80}。?)$/i,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'page chrome',
    script: 'latin',
    // Section labels of a news site (Most Read, Trending now, Read next), the trust line under a wire
    // story, newsletter and republishing notes, an agency credit alone on its line, a text-size widget
    // (A A A, A- A A+), link tools, a wire story's credits in brackets, and a time stamp that opens with
    // the word for it (Updated 3:42 PM EST, Tue March 5, 2024).
    pattern:
      /^(?:most (?:read|popular|viewed|shared|emailed)|trending(?: now| stories)?|read next|up next|(?:click|tap) to (?:expand|enlarge|zoom)|copy link|link copied!?|text size\s*:?.{0,20}|a[-−]?\s+a\s+a\+?|(?:posted|filed) (?:in|under)\s*:.{0,60}|our standards\s*:.{0,80}|get (?:the latest|our|breaking)\b.{0,60}\b(?:inbox|e-?mail)\.?|this (?:article|story|post) (?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at)\b.{1,80}|(?:[a-z .]{0,30} via )?getty images|ap photo(?:\s*\/.{1,40})?|shutterstock|istock(?:photo)?|\((?:reporting|additional reporting|writing|editing) by\b[^)]{1,150}\)|(?:last )?(?:updated|published)\s+(?:on\s+)?(?:[0-9]{1,2}:[0-9]{2}\s*(?:[ap]\.?m\.?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}\b|[0-9]{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)[^.!?\n]{0,60})$/i,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'page chrome',
    script: 'latin',
    // More of an English page's furniture, each alone on its line: a paywall's sign-in prompt, an audio or
    // video player's controls and labels (Listen · 5:32 min, Tap to unmute, WATCH LIVE, Watch: <title>),
    // a link to the next article, an update note, a wire's rights line, a paid-post label, a link tool
    // (Read the full story here), Load comments, Download the app, Report an error, an agency's file-photo
    // credit (Reuters/File Photo). (Follow @AP, Email this story, Related Coverage and Copyright 2024 NPR
    // are in the lists above: the English bar and the site footer; Privacy Policy alone may be a title.)
    pattern:
      /^(?:already a (?:subscriber|member)\?\s*(?:sign|log) ?in|listen(?: to this (?:article|story))?\s*[·•|-]?\s*[0-9]{1,2}:[0-9]{2}(?:\s*min(?:utes)?)?|tap to (?:unmute|play|listen)|watch live|watch\s*:\s*[^.!?\n]{1,100}|(?:next|previous) (?:article|story|post)|this (?:article|story) has been updated\.?|originally published(?: (?:on|in))?:?\s+[^\n.]{0,30}[0-9]{4}[^\n.]{0,30}|this material may not be published, broadcast, rewritten,? or redistributed\.?|paid post|read the full (?:story|article) here\.?|(?:load|show|view|see)(?: all| more)? comments(?:\s*\(\d+\))?|(?:download|get) (?:the|our) app|report (?:an error|a correction|a typo)|(?:reuters|ap|afp)\s*\/\s*file(?: photo)?)$/i,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'page chrome',
    script: 'latin',
    // A second probe of English chrome (session 15), each alone on its line: comment and account prompts
    // (Sign in to comment, Already have an account? Log in), paywall asks (Subscribe to continue reading,
    // Support our journalism), section labels of a news page (Latest News, Top Stories, Editor's Picks,
    // More stories), ad furniture (Skip Ad, Ad Feedback, Scroll to continue with content), a credit or
    // tag label (Credit: Reuters, Posted in Politics, Tagged: …), a relative time stamp (Updated 5
    // minutes ago). Bare words a document may use as a heading (Menu, Search, Accessibility, Donate) stay.
    pattern:
      /^(?:(?:sign|log) ?in to (?:comment|reply|post)|you must be logged in to (?:post a comment|comment|reply)\.?|(?:sign|log) ?in or (?:create an account|register|sign up)|already (?:have an account|a subscriber|registered)\?\s*(?:sign|log) ?in|subscribe (?:now )?to (?:continue|keep) reading|become a (?:member|subscriber)|support (?:our|independent) journalism|this (?:content|article|story) is (?:for|available to) (?:subscribers|members) only\.?|read the full (?:article|story)|see all (?:stories|news|articles)|more (?:stories|news|articles)(?: from [\w ]{1,30})?|latest (?:news|stories|headlines)|breaking news|top (?:stories|news|headlines)|editor'?’?s'? (?:picks?|choice)|promoted content|skip ad|ad feedback|scroll to continue with content|(?:photo |image )?credit\s*:\s*[A-Z][\w.&'’ /-]{1,60}|(?:posted|filed) (?:in|under)\s+[A-Z][\w&'’ -]{1,40}|tagged\s*:.{1,80}|print (?:this )?(?:article|story|page)|(?:published|updated|posted)\s+(?:\d{1,3}|an?|one)\s+(?:second|minute|hour|day|week|month)s?\s+ago)$/i,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'navigation bar',
    script: 'latin',
    // Home | News | Sport | Weather: three or more one- or two-word items between bars, two of them a
    // news site's sections (a table's header row names other things: Year | Revenue | Profit).
    pattern:
      /^(?=(?:.*\b(?:Home|News|Sports?|Weather|Business|Politics|World|Opinion|Culture|Tech|Technology|Science|Health|Video|Live|Travel|Markets|Lifestyle|Entertainment)\b){2})[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+)?(?:\s*[|｜]\s*[A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+)?){2,}$/,
  },
  {
    id: 'english-chrome',
    scope: 'paragraph',
    what: 'time stamp',
    script: 'latin',
    // A page's time stamp alone on its line: a date with a time of day (March 20, 2024 at 2:05 PM EDT,
    // Wed 20 Mar 2024 14.05 GMT). A date without a time stays: a speech or a letter is dated so under
    // its title (March 7, 2024).
    pattern:
      /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+[0-9]{4}\s*(?:at|,|·|\||-)?\s*[0-9]{1,2}[:.][0-9]{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|UTC[+-]?[0-9]{0,2})?$/i,
  },
  {
    id: 'photo-credit',
    scope: 'paragraph',
    what: 'photo caption',
    script: 'latin',
    // An English caption that ends in its credit, the agency in capitals and the photographer after a
    // slash (… in Washington, U.S., March 20, 2024. REUTERS/Evelyn Hockstein; AP Photo/Evan Vucci). Case
    // matters: a sentence naming a Reuters/Ipsos poll writes the agency in lower case. A caption stands
    // in the flow of the story like a printed photo, so a sentence cut around it goes on after it.
    pattern:
      /^\(?(?:[^\n]{1,400}[.)\s(])?(?:REUTERS|AP Photo|AFP|EPA-EFE|XINHUA|AAP Image|ANP|KYODO)\s*\/\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}(?:\s*\/\s*(?:File(?: Photo)?|Pool|Handout))?\)?$/,
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'reprint notice',
    script: 'han',
    // (澎湃新闻，)未经授权禁止转载 / 违法和不良信息举报电话：12377 / 本文来自X，仅代表作者观点。/ 本文转载自微信公众号“X” /
    // 如有侵权请联系删除:
    // what a page says about the article's rights and source, never a sentence of the article.
    pattern:
      /^(?:[（(]?(?:如有侵权|若有侵权|如涉及?版权问题|如有版权问题)[，,]?\s*(?:请)?(?:联系|告知)[^。\n]{0,12}(?:删除|处理)[。.！!]?[）)]?|(?:[^\n。，,]{2,10}[，,]\s*)?未经(?:授权|许可|书面(?:授权|许可))[，,]?\s*(?:严禁|禁止|不得)(?:转载|复制|使用|摘编)[^。\n]{0,40}。?|违法和不良信息举报(?:电话|邮箱|中心)?\s*[:：]?[^\n]{0,40}|本文(?:来自|转自|系|为)[^。\n]{0,30}?[，,]?\s*(?:仅代表作者(?:本人)?(?:观点|立场)|不代表本(?:站|网|平台|号)(?:观点|立场))[^\n]{0,30}|本文(?:转载|转)自(?:微信)?公众号\s*[“"「]?[^”"」。\n]{1,30}[”"」]?[^。\n]{0,30})$/,
  },
  {
    id: 'app-prompt',
    scope: 'paragraph',
    what: 'follow/app prompt',
    script: 'han',
    // 打开网易新闻 查看精彩图片 / 点击进入专题(：2024全国两会) / 点击图片进入下一页 / 点击查看大图: a tap
    // instruction alone.
    pattern:
      /^(?:打开[^。\s]{1,8}(?:新闻|头条|APP|App|app|客户端)\s*查看[^。]{0,12}|(?:点击)?进入专题(?:\s*[>》»]{0,2}|\s*[:：][^\n。]{1,30})|点击(?:图片)?(?:进入|查看)(?:下一页|下一张|大图|原图))$/,
  },
  {
    id: 'media-caption',
    scope: 'paragraph',
    what: 'media caption',
    script: 'han',
    // （图片来自网络） / 图片来源于网络 / （本文图片均来自网络）: where a picture came from, alone on its line.
    pattern: /^[（(]?(?:本文)?(?:图片|图)[均皆]?(?:来自|来源于?|源自)(?:网络|互联网)[）)]?$/,
  },
  {
    id: 'reading-time',
    scope: 'paragraph',
    what: 'reading-time note',
    script: 'han',
    // 全文共2356字，阅读大约需要5分钟 / 本文共1234字，阅读约需3分钟 / 阅读时间约5分钟: what a platform or a
    // forum puts over an article.
    pattern:
      /^(?:(?:本文|全文)?(?:共|约)?\s*[0-9,，]{1,7}\s*字\s*[，,]?\s*)?(?:预计)?阅读(?:时间|全文)?(?:大约|约)?(?:约需|需要|需)?\s*[0-9]{1,3}\s*分钟$/,
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'platform statement',
    script: 'han',
    // What a platform says under an article about its author's views (本文来自…，仅代表作者观点 / 声明：该文观
    // 点仅代表作者本人，搜狐号系信息发布平台… / 本文系观察者网独家稿件，文章内容纯属作者个人观点…): it opens on
    // the article (本文, 该文, 文章, 以上内容), and says whose view it is within a few words.
    pattern:
      /^(?:(?:平台|特别|免责)?声明\s*[:：]\s*)?(?:本文|该文|此文|文章|以上内容)[^\n]{0,60}?(?:(?:仅|只)代表(?:该|原)?(?:作者|个人|本人)|纯属(?:作者)?个人)[^\n]{0,200}$/,
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'news tip line',
    script: 'han',
    // 澎湃新闻报料：021-962866 / 新闻报料 报料热线: 021-962866.
    pattern:
      /^(?:[^\n。]{0,10}报料(?:热线|电话|邮箱)?\s*[:：]?\s*(?:报料(?:热线|电话)\s*[:：]?\s*)?[0-9０-９][0-9０-９\-－ ]{4,})$/,
  },
  {
    id: 'byline',
    scope: 'paragraph',
    what: 'byline',
    script: 'han',
    // A news site's byline with its name: 澎湃新闻记者 张三 实习生 李四, 界面新闻记者 | 张三, 界面新闻编辑 |
    // 李四, 特约撰稿 张三, 【环球网报道 记者 张三】 — the outlet (ending in 新闻, 网, 报, 台 or 客户端) and a
    // role open the line, names follow and nothing else.
    pattern: new RegExp(
      `^[【\\[]?\\s*(?:[\\u4e00-\\u9fa5]{1,6}(?:新闻|网|报|台|客户端)(?:报道)?\\s*(?:特约|实习|首席)?(?:记者|编辑|通讯员|撰稿人?)|特约(?:撰稿人?|评论员|记者))\\s*(?:[|｜:：]\\s*)?${NAMES}(?:\\s+(?:实习生|实习记者|通讯员)\\s*${NAMES})?\\s*[】\\]]?$`,
    ),
  },
  {
    id: 'comment-widget',
    scope: 'paragraph',
    what: 'post furniture',
    // A Q&A or social platform's post furniture: 编辑于 2024-03-06 08:00・IP 属地北京 / IP属地：北京 /
    // 编辑于 03-05 北京 / 关注者 123 / 被浏览 4,567 / 查看全部 89 个回答 / 共 23 条评论 / #政府工作报告[话题]#.
    pattern: new RegExp(
      `^(?:(?:(?:发布|编辑|修改)于\\s*${POST_STAMP}\\s*[·・]?\\s*)?IP\\s*属地\\s*[:：]?\\s*[\\u4e00-\\u9fa5]{2,8}|(?:发布|编辑|修改)于\\s*${POST_STAMP}(?:\\s*[·・]?\\s*[\\u4e00-\\u9fa5]{2,8})?|(?:关注者|被浏览|浏览|回答|粉丝)\\s*[0-9][0-9.,]{0,9}\\s*[万千]?|查看全部\\s*[0-9][0-9,]{0,8}\\s*(?:个回答|条评论|条回复)|共\\s*[0-9][0-9,]{0,8}\\s*条(?:评论|回复)|(?:#[^#\\n]{1,30}?(?:\\[话题\\])?#\\s*){1,10})$`,
    ),
  },
  {
    id: 'metadata',
    scope: 'paragraph',
    what: 'credit line',
    script: 'han',
    // A WeChat article's credits, a bar between the role and the name (来源 | 人民日报, 编辑｜张三, 来源丨新华社 —
    // 丨 is an ideograph used as a bar), several on one line too (文字｜张三 排版｜李四).
    pattern: new RegExp(
      `^\\*{0,2}(?:${CREDIT_KEYS})\\*{0,2}\\s*[|｜丨]\\s*[^|｜丨\\n。！？]{1,30}?(?:\\s+(?:${CREDIT_KEYS})\\s*[|｜丨]\\s*[^|｜丨\\s。！？]{1,20}){0,5}$`,
    ),
  },
  {
    id: 'account-line',
    scope: 'paragraph',
    what: 'account line',
    script: 'han',
    // The header of a WeChat article: 原创 人民日报 人民日报 2024-03-05 08:00 发表于北京 (原创, or 发表于, with a
    // date: no sentence has them so).
    pattern:
      /^(?:原创\s+[^\n。]{1,40}?\s+[0-9]{4}-[0-9]{2}-[0-9]{2}(?:\s+[0-9]{1,2}:[0-9]{2})?(?:\s*发表于\s*[\u4e00-\u9fa5]{2,8})?|[^\n。]{1,40}?\s+[0-9]{4}-[0-9]{2}-[0-9]{2}(?:\s+[0-9]{1,2}:[0-9]{2})?\s*发表于\s*[\u4e00-\u9fa5]{2,8})$/,
  },
  {
    id: 'app-prompt',
    scope: 'paragraph',
    what: 'follow/app prompt',
    script: 'han',
    // A WeChat article's asks and furniture: 扫码关注, 点个在看你最好看, 点亮“在看”…, 分享、点赞、在看…, 觉得不错，点个“赞”吧,
    // 轻点两下取消赞, 知道了 (the dialog's button), 文章已于2024-03-05修改.
    pattern:
      /^(?:(?:长按|微信)?扫码关注[^\n。]{0,12}|[^\n。]{0,12}(?:(?:点个|点亮|点一下)\s*[“"「]?在看|点\s*[“"「]在看[”"」])[^\n。]{0,20}|[^\n。]{0,8}分享[、，,\s]*点赞[、，,\s]*在看[^\n。]{0,20}|[^\n。]{0,10}(?:点个\s*[“"「]?赞[”"」]?|点\s*[“"「]赞[”"」])吧?[!！]?|轻点两下取消(?:赞|在看)|知道了|文章已于\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*修改)$/,
  },
  {
    id: 'app-prompt',
    scope: 'paragraph',
    what: 'pointer',
    // A lone ▼ (or ↓) over the next item of a WeChat article: no script of its own, so tried on every line.
    pattern: /^[▼▽↓⬇︾]{1,3}$/,
  },
  {
    id: 'site-footer',
    scope: 'paragraph',
    what: 'reprint notice',
    script: 'han',
    // *本文系作者授权转载，如需转载请联系原作者 / 本文为原创稿件，转载请注明出处 / 综合自：人民日报、新华社 / 投稿邮箱：… / 商务合作请联系：…
    pattern:
      /^\*?\s*(?:本文(?:系|为|经)[^。\n]{0,20}授权(?:转载|发布)[^\n]{0,40}|如需转载[^\n]{0,40}|(?:本文(?:系|为)(?:原创|独家)(?:稿件|文章|内容)?[，,]\s*)?(?:未经授权[，,]?\s*)?(?:转载|引用)请注明(?:出处|来源)(?:\s*[:：][^。\n，,]{1,20})?[。.！!]?|本文综合(?:自|整理自)\s*[:：]?\s*[^。\n]{2,40}|综合(?:自|整理自)\s*[:：]\s*[^。\n]{2,40}|(?:投稿|商务合作|广告合作|合作|转载)[^\n。]{0,6}[:：]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[0-9][0-9\- ]{6,}))$/,
  },
  {
    id: 'app-prompt',
    scope: 'paragraph',
    what: 'follow/app prompt',
    script: 'han',
    // 返回搜狐，查看更多 / 海量资讯、精准解读，尽在新浪财经APP.
    pattern: /^(?:返回[^\n，,。]{1,8}[，,]\s*查看更多|[^\n。]{0,30}尽在[^\n。]{1,12}(?:APP|App|app|客户端))$/,
  },
  {
    id: 'share-bar',
    scope: 'paragraph',
    what: 'share prompt',
    script: 'han',
    // How a page asks to be shared: 分享让更多人看到 / 点击右上角分享 / 微信扫码 分享 / 打开微信，点击底部的“发现”，
    // 使用“扫一扫”即可将网页分享至朋友圈。 and a news site's account named alone (人民网微信, 新华网客户端).
    pattern:
      /^(?:分享让更多人看到|点击右上角[^。\n]{0,6}分享[^。\n]{0,10}|微信扫码\s*分享|打开微信[，,]\s*点击底部的[“"]发现[”"][，,]\s*使用[“"]扫一扫[”"]即可将(?:网页|文章)分享(?:至|到)朋友圈。?|[\u4e00-\u9fa5]{1,6}网(?:微信|微博|客户端|APP|App))$/,
  },
  {
    id: 'comment-widget',
    scope: 'paragraph',
    what: 'comment rules',
    script: 'han',
    // The rules over a comment box: 发言请遵守新闻跟帖服务协议 / 请您文明上网、理性发言并遵守相关规定 / 欢迎扫码关注.
    pattern:
      /^(?:发言请遵守[^。\n]{0,20}协议|请(?:您)?文明上网[、，,]\s*理性发言[^。\n]{0,20}|欢迎扫码关注[^。\n]{0,10})$/,
  },
]);

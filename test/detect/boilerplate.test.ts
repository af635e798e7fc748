import { describe, expect, it } from 'vitest';
import { CorpusIndex, clean, scan } from '../../src/index.js';
import { cleaned, found, PROSE } from './helpers.js';

const [A, B] = PROSE as [string, string];
const CP1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

describe('boilerplate', () => {
  it.each([
    ['a metadata line', '发布时间:2025-02-07 来源:学校办公室 阅读次数: 【字体: 大 中 小】'],
    ['a full-width metadata line', '信息来源：新华社　发布日期：2024-03-05'],
    ['an editor line', '【编辑:朱晨颖 戴容】'],
    ['a responsible-editor line', '责任编辑：王芳'],
    ['an update-time line', '更新时间：2024-03-13T01:42:24.325Z'],
    ['an update-date line', '更新日期：2024年3月13日'],
    ['an author line', '(作者:任勇)'],
    ['a source line', '来源：中国政府网'],
    // a WeChat article's header, credits and asks
    ['a WeChat header', '原创 人民日报 人民日报 2024-03-05 08:00 发表于北京'],
    ['a credit with a bar', '来源 | 人民日报'],
    ['a credit with a full-width bar', '编辑｜张三'],
    ['a credit with 丨', '来源丨新华社'],
    ['credits on one line', '文字｜张三 排版｜李四'],
    ['an issue editor', '本期编辑：孙七'],
    // credits and asks from probes of other sites (session 15)
    ['a producer credit', '监制：周九'],
    ['a planner credit', '策划：吴十'],
    ['a photographer credit', '摄影：郑一'],
    ['a side list heading', '点击排行'],
    ['a close button alone', '关闭'],
    // a third probe of chrome lines (session 15)
    ['a platform source note', '本文来自百家号作者：某某财经'],
    ['a follow prompt behind a marker', '▲点击上方蓝字关注我们'],
    ['an end mark with THE', '– THE END –'],
    ['a past-issues heading', '往期精彩回顾'],
    ['a local dateline alone', '本报讯（记者 张伟 通讯员 李娜）'],
    ['a caption with its photographer', '图为会议现场。（摄影 王刚）'],
    ['an article keyword line', '文章关键词：高质量发展 改革'],
    ['a government portal menu', '政务服务 | 信息公开 | 互动交流'],
    ['a breadcrumb after 您当前所在位置', '您当前所在位置：首页>>政务公开'],
    ['a font widget with bracketed sizes', '字体：【大】【中】【小】'],
    ['an attachments heading', '附件下载：'],
    ['an attachment to download', '附件：1.关于做好2024年工作的通知.docx'],
    ['a related-attachments heading', '相关附件'],
    ['a screen-resolution hint', '建议使用1920×1080分辨率浏览'],
    ['a visitor counter', '您是第12345位访客'],
    ['a bookmark hint', 'Ctrl+D 收藏本站'],
    ['a links list', '友情链接：中国政府网 新华网 人民网'],
    ['a print button alone', '【打印】'],
    ['a WeChat reply button', '写留言'],
    ['an ask to follow for more', '更多精彩内容请关注'],
    ['a reprint notice', '本文为原创稿件，转载请注明出处'],
    ['a bare reprint notice', '转载请注明来源'],
    ['a pointer', '▼'],
    ['a follow ask', '扫码关注'],
    ['an ask for 在看', '点亮“在看”，分享给更多人'],
    ['an ask for a like', '觉得不错，点个“赞”吧'],
    ['a share-like-watch ask', '分享、点赞、在看，给我们一些鼓励吧！'],
    ['a dialog button', '知道了'],
    ['a like toggle', '轻点两下取消在看'],
    ['an edit note', '文章已于2024-03-05修改'],
    ['a compiled-from line', '综合自：人民日报、新华社'],
    ['an authorized-reprint note', '*本文系作者授权转载，如需转载请联系原作者'],
    ['a submission address', '投稿邮箱：news@example.com'],
    ['a business contact', '商务合作请联系：13800000000'],
    // the information panel over a policy document on a government site, one field a line or several
    ['an index-number field', '索引号：000014349/2024-00012'],
    ['a subject-category field', '主题分类：国民经济管理、国有资产监管\\宏观经济'],
    ['an issuing-authority field', '发文机关：国务院办公厅'],
    ['a document-number field', '发文字号：国办发〔2024〕5号'],
    ['a date-of-writing field', '成文日期：2024年03月01日'],
    ['a publishing-body field', '发布机构：市人民政府办公室'],
    ['a panel row of two fields', '发文机关：国务院　成文日期：2024年03月01日'],
    ['a labelled link to the original page', '原文链接：http://www.gov.cn/xinwen/2024-03/05/content_123.htm'],
    ['a labelled address of the page', '本文链接：www.example.com.cn/a/2024/0305/1.html'],
    ['a comment count in brackets', '评论（12）'],
    ['a comment box prompt', '请输入评论内容'],
    ['a comment box prompt with an ellipsis', '说两句…'],
    ['a login form label', '验证码：'],
    ['the buttons of a form', '提交 重置'],
    ['the buttons of a dialog', '确定　取消'],
    ['a phone prompt', '手机看新闻'],
    ['an app prompt naming the app', '打开今日头条查看图片详情'],
    ['a read-the-original prompt', '戳“阅读原文”了解更多'],
    ['a takedown note', '如有侵权请联系删除'],
    ['a picture-source note for the whole article', '（本文图片均来自网络）'],
    ['a font-size widget with more sizes', '字号 默认 大 超大'],
    ['a see-more link', '点击查看更多'],
    ['an eye-care colour widget', '视力保护色：'],
    ['a video player fallback', '您的浏览器不支持video标签。'],
    ['a comment widget', '评论一下'],
    ['a participation counter', '评论 0人参与,0条评论'],
    ['a sofa prompt', '还没有评论，快来抢沙发吧！'],
    ['a more-comments link', '已有0人参与,点击查看更多精彩评论'],
    ['a share bar', '分享到：微信 微博 QQ空间'],
    ['a print/close bar', '【打印本页】【关闭窗口】'],
    ['a page-jump line', '（上接第1版）'],
    ['a half-width page-jump line', '(下转第3版)'],
    ['a page-jump line with 紧接', '（紧接第3版）'],
    ['a page-jump line with an edition letter', '（上接A1版）'],
    ['a page-jump line without brackets', '上接1版'],
    ['an arrowed page-jump line', '→下转A2版'],
    ['a site footer', '联系我们 | 网站地图 | 使用帮助'],
    ['a site footer with its statements', '网站声明　隐私政策　友情链接'],
    ['a QR prompt', '扫一扫在手机打开当前页'],
    ['English share chrome', 'Share this article'],
    ['an English byline', 'Posted on 2024-03-07 by admin'],
    ['English copyright', 'Copyright © 2024 Example Media. All rights reserved.'],
    ['a Markdown link to the original page', '[查看原文](https://tv.cctv.com/2024/03/05/VIDE1.shtml)'],
    ['a bare read-the-original line', '阅读原文'],
    ['an English link to the original', '[View original](https://example.com/a)'],
    ['a source line with 本文', '本文来源：新华网'],
    ['a site copyright footer', '版权所有：中国政府网 京ICP备05070218号'],
    ['a copyright line ending in 版权所有', '中华人民共和国中央人民政府 版权所有'],
    ['a public-security registration', '京公网安备 11010202000001号'],
    ['a sponsor line', '主办单位：湖北省人民政府办公厅 承办：湖北省人民政府网站'],
    ['a disclaimer', '免责声明：本网站所载文章仅供参考，不代表本站观点。'],
    ['a bare copyright sign and year', '© 2024 中国日报网'],
    ['a reporter byline', '本报记者 张三 李四'],
    ['a byline with a colon', '记者：欧阳娜娜'],
    ['a text/photo byline', '文｜张三'],
    ['a dateline alone on its line', '新华社北京3月5日电（记者张三、李四）'],
    ['a photo credit', '（新华社记者 王五 摄）'],
    ['a bare photo credit', '张三 摄'],
    ['a caption ending in a credit', '图为会议现场。新华社记者 王五 摄'],
    ['an original-title line', '原标题：国务院常务会议部署稳就业'],
    ['a video label', '视频：国务院常务会议现场'],
    ['an image source', '（图片来源：新华社）'],
    ['a follow prompt', '点击关注，第一时间了解更多资讯'],
    ['an account prompt', '欢迎关注我们的微信公众号'],
    ['a QR download prompt', '扫码下载客户端'],
    ['an app prompt', '打开APP阅读全文'],
    ['a breadcrumb', '首页 > 新闻 > 正文'],
    ['a breadcrumb with its label', '您现在的位置：首页 >> 政务公开'],
    ['a previous-article link without a colon', '上一篇 关于做好春节期间工作的通知'],
    ['a next-item link', '下一条：没有了'],
    ['a pager', '首页 上一页 1 2 3 下一页 尾页'],
    ['a weather widget', '北京 多云转晴 -3~8℃'],
    ['a view counter', '阅读 10万+'],
    ['a read-count field', '阅读量：1234'],
    ['an English byline', 'By John Smith, Reuters'],
    ['a wire credit line', 'Reporting by John Smith; Editing by Jane Doe'],
    ['an English share bar', 'Share on Facebook Share on Twitter'],
    ['an English follow prompt', 'Follow us on Twitter'],
    ['a newsletter prompt', 'Subscribe to our newsletter'],
    ['an ad slot', 'Advertisement'],
    ['a photo credit in English', 'Photo: Reuters'],
    ['an update stamp', 'Updated: March 5, 2024 10:00 AM'],
    ['an English breadcrumb', 'Home > News > World'],
    ['a breadcrumb opened by the site name', '新华网 > 时政 > 正文'],
    ['a breadcrumb of English sections', 'China Daily › China › Politics'],
    ['an English tool bar', 'Share | Print | Close'],
    ['an English tool bar without separators', 'Email Print Comments'],
    ['a language switch and a tool bar', 'English | 中文 | 打印 | 关闭'],
    ['a share bar with its label', 'Share to: WeChat | Weibo | Facebook | Twitter'],
    [
      'an English caption with an agency credit',
      'Premier Li Keqiang delivers the government work report in Beijing, March 5, 2023. [Photo/Xinhua]',
    ],
    [
      'a caption credited to a photographer',
      'Visitors tour the exhibition in Beijing on March 5. (Xinhua/Li Xin)',
    ],
    ['a reading-time label', '5 min read'],
    ['a source line in Markdown bold', '**来源：新华社**'],
    ['an editor line in a Markdown quote', '> 责任编辑：王五'],
    ['a source line left in an HTML paragraph', '<p>来源：新华社</p>'],
    ['a share link in Markdown', '[分享到微博](https://weibo.com/share)'],
    ['a wire end mark', '（完）'],
    ['a tag list', '标签：就业 国务院 常务会议'],
    ['an English tag list', 'Tags: economy, jobs, policy'],
    ['an English photo credit', '(Photo by John Smith/Getty Images)'],
    ['a recommendation heading', '猜你喜欢'],
    ['a further-reading heading', '推荐阅读：'],
    ['a bare print and close bar', '打印本页 关闭窗口'],
    ['a correction widget', '【纠错】'],
    ['a sharing prompt of a blog', 'Like this:'],
    ['a recommendation heading in English', 'You may also like'],
    ['a closed comment section', 'Comments are closed.'],
    ['a login prompt', 'Log in to comment'],
    [
      'a metadata line opened by its publication stamp',
      '2024年03月05日 08:30 来源：人民网-人民日报 作者：张三',
    ],
    ['a date-stamped source line', '2024-03-05 08:30:12 来源：新华网'],
    ['a date-stamped source line with a bar', '2024/3/5 ｜ 来源：新华社'],
    ['a separated print and close bar', '打印本页 | 关闭窗口'],
    ['a login bar', '登录 | 注册'],
    ['a site tool bar', '手机版 · 简体 · 繁体 · 无障碍'],
    ['a print/close bar with 我要打印', '【我要打印】【关闭】'],
    ['a share label with 分享至', '分享至：'],
    ['an editor line without a colon', '（编辑 张三）'],
    ['a production credit line', '监制：张三　统筹：李四　策划：王五'],
    ['a reprint source line', '本文转自：新华网'],
    [
      'a reprint disclaimer',
      '声明：本文转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。',
    ],
    ['a bare list of social networks', 'Facebook Twitter LinkedIn Email'],
    ['a separated list of social networks', 'Facebook | X | WhatsApp | Copy link'],
    ['a bare list of Chinese social networks', '微信 微博 QQ空间 QQ好友'],
    [
      'a cookie banner',
      'We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Accept',
    ],
    ['a cookie banner with its buttons', 'This website uses cookies. Accept all | Reject | Cookie settings'],
    ['a WeChat button bar', '分享 收藏 点赞 在看'],
    ['WeChat recommendations', '喜欢此内容的人还喜欢'],
    ['a bare END mark', 'END'],
    ['a dashed END mark', '— END —'],
    ['an e-paper page header', '第04版：要闻'],
    ['an e-paper page number', '第A03版'],
    ['an e-paper dated page header', '人民日报 2025年03月14日 第04版'],
    ['a newspaper source line (probe epaper-column.txt)', '《人民日报》（2021年03月06日 01 版）'],
    ['a newspaper source line with 第', '《经济日报》(2024年3月6日 第5版)'],
    ['a related link with its title', 'Related: Mayor proposes new transit plan'],
    ['a read-also link', 'Also read: How the budget was made'],
    ['a Chinese related link with its title', '相关阅读：全国两会精神在我市引发热烈反响'],
    // Traditional characters and full-width forms are folded before matching (probe pages traditional.txt,
    // forum-comments.txt, pdf-report.txt).
    ['a traditional breadcrumb', '首頁 > 新聞 > 兩岸'],
    ['a traditional editor line', '（編輯：林淑媛）'],
    ['a traditional previous-item link', '上一則：兩會開幕 大陸軍費預算增7.2%'],
    ['a simplified next-item link with 则', '下一则：全市春耕备耕工作有序推进'],
    ['a traditional font-size widget', '字級：小 中 大'],
    ['a traditional copyright footer', '版權所有 © 2024 中央通訊社'],
    ['a traditional further-reading heading', '延伸閱讀'],
    ['a traditional date-stamped source line', '2024-03-05 11:20　來源：中央社　記者：陳家豪'],
    ['a full-width comment counter', '已有１２８条评论，３５６２人参与'],
    ['a comment counter', '已有12条评论'],
    ['a login prompt with its buttons', '请先登录后发表评论　　登录｜注册'],
    ['a comment reply bar with a full-width count', '回复　点赞（２３６）'],
    ['a comment vote bar', '赞 12 踩 3 举报'],
    ['a see-all-comments link', '查看全部１２８条评论＞＞'],
    ['a PDF page number between dashes', '— 12 —'],
    ['a PDF page number between hyphens', '- 3 -'],
    ['a PDF page number between full-width hyphens', '－７－'],
    ['a PDF page number between dots', '· 5 ·'],
    ['a page-number line', '第 5 页'],
    ['an English page-number line', 'Page 3 of 12'],
    ['a page number on the line of its running head', '政府工作报告　· 3 ·'],
    ['a Taiwanese print bar', '【列印】【關閉】'],
    ['a Taiwanese print line', '列印本頁'],
    ['a Taiwanese close-window line', '關閉視窗'],
    ['a Taiwanese login bar', '登入 | 註冊'],
    ['a forum post stamp', '发表于 2024-03-05 10:20'],
    ['a forum floor number', '2楼'],
    ['a forum author filter', '只看楼主'],
    ['a collapse-replies button', '收起回复'],
    ['an expand button', '展开全部'],
    ['a Chinese reading-time label', '本文共1234字，阅读约需3分钟'],
    ['a running head after its page number', '— 3 — 政府工作报告'],
    // Session 12: English jump lines and site chrome, and Chinese reprint and tap notes (each checked
    // with the keep table below: the same words inside a sentence stay).
    ['an English jump line', 'Continued on Page A6'],
    ['an English jump line from the front page', 'Continued from page 1'],
    ['an English jump line with cont’d', "Cont'd on p. 6"],
    ['a turn-to line', 'Please turn to page 4'],
    ['a jump line naming the slug', 'See JOBS, Page A6'],
    ['a jump line opened by the slug', 'CITY BUDGET: Continued from A1'],
    ['an empty comment section', 'Be the first to comment.'],
    ['a comments prompt', 'Enable JavaScript to view comments.'],
    ['a cookie notice of one sentence', 'We use cookies to improve your experience on our site.'],
    ['a cookie button', 'Accept all cookies'],
    ['cookie buttons as a bar', 'Accept All | Reject All'],
    ['footer links', 'Privacy Policy | Terms of Use | Contact Us'],
    ['a most-read list heading', 'Most Read'],
    ['a trending heading', 'Trending now'],
    ['a paywall sign-in prompt', 'Already a subscriber? Sign in'],
    ['an audio player', 'Listen · 5:32 min'],
    ['a video control', 'Tap to unmute'],
    ['a live-video label', 'WATCH LIVE'],
    ['a video label with its title', 'Watch: Biden delivers State of the Union'],
    ['a fold', 'Article continues below'],
    ['a comments loader', 'Load comments'],
    ['an app prompt', 'Download the app'],
    ['an error-report link', 'Report an error'],
    ['a file-photo credit', 'Reuters/File Photo'],
    // a second probe of English chrome (session 15)
    ['a comment sign-in prompt', 'Sign in to comment'],
    ['a logged-in notice', 'You must be logged in to post a comment.'],
    ['an account prompt', 'Already have an account? Log in'],
    ['a paywall ask', 'Subscribe to continue reading'],
    ['a membership ask', 'Support our journalism'],
    ['a subscribers-only notice', 'This content is for subscribers only.'],
    ['a section label', 'Latest News'],
    ['another section label', "Editor's Picks"],
    ['a more-stories link', 'More stories'],
    ['an ad control', 'Skip Ad'],
    ['an ad feedback link', 'Ad Feedback'],
    ['an ad scroll hint', 'Scroll to continue with content'],
    ['a credit label', 'Credit: Reuters'],
    ['a category line', 'Posted in Politics'],
    ['a tag line', 'Tagged: budget, taxes'],
    ['a relative time stamp', 'Updated 5 minutes ago'],
    ['a navigation bar', 'Home | News | Sport | Weather'],
    ['a fold that names the story', 'Continue reading the main story'],
    ['a modification stamp', 'Last modified on Tue 8 Mar 2022 12.01 GMT'],
    ['a comment form link', 'Cancel reply'],
    ['a comment form notice', 'Your email address will not be published.'],
    ['a comment form legend', 'Required fields are marked *'],
    ['a share button left as text', 'Click to share on Twitter (Opens in new window)'],
    ['a pager link', 'Next article'],
    ['a follow prompt', 'Follow @AP on X'],
    ['an update note', 'This article has been updated.'],
    ['a first-publication note', 'Originally published March 5, 2024'],
    ["a wire's rights line", 'This material may not be published, broadcast, rewritten or redistributed.'],
    ['a bare copyright line', 'Copyright 2024 NPR'],
    ['a paid-post label', 'Paid Post'],
    ['a related-coverage heading', 'Related Coverage'],
    ['a read-more link', 'Read the full story here'],
    ['an email tool', 'Email this story'],
    ['a comment loader', 'Please enable JavaScript to view the comments'],
    ['an agency photo credit in brackets', '(AP Photo/Evan Vucci)'],
    ['a read-next label', 'Read next'],
    ['a time stamp with its word', 'Updated 3:42 PM EST, Tue March 5, 2024'],
    ['a publication date with its word', 'Published March 5, 2024'],
    ['wire credits in brackets', '(Reporting by Jane Doe; Editing by John Roe)'],
    ['a wire trust line', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['a newsletter promotion', 'Get the latest news delivered to your inbox'],
    ['a republishing note', 'This article was originally published on The Conversation.'],
    ['an image tool', 'Click to expand'],
    ['an agency credit alone', 'Getty Images'],
    ['an agency photo credit', 'AP Photo/Evan Vucci'],
    [
      'a caption ending in an agency credit',
      'Federal Reserve Chair Jerome Powell speaks in Washington, U.S., March 20, 2024. REUTERS/Evelyn Hockstein',
    ],
    ['a time stamp alone', 'March 20, 2024 at 2:05 PM EDT'],
    ['a British time stamp', 'Wed 20 Mar 2024 14.05 GMT'],
    [
      'a caption credit marked as a file photo',
      'The Federal Reserve building. REUTERS/Kevin Lamarque/File Photo',
    ],
    ['link tools', 'Copy link'],
    ['an English text-size widget', 'A- A A+'],
    ['a category line', 'Filed under: Economy'],
    ['a Chinese cookie notice', '本网站使用Cookie以改善您的浏览体验'],
    ['a no-reprint notice', '未经授权禁止转载'],
    ['an illegal-content hotline', '违法和不良信息举报电话：12377'],
    ['a views-are-the-author’s note', '本文来自【经济日报】，仅代表作者观点。'],
    ['a reprinted-from-account note', '本文转载自微信公众号“某某”'],
    ['an app prompt to see pictures', '打开网易新闻 查看精彩图片'],
    ['a topic-page link', '点击进入专题'],
    ['a next-picture link', '点击图片进入下一页'],
    ['a see-large-picture link', '点击查看大图'],
    ['a picture source note', '（图片来自网络）'],
    ['a reading-time note with a count', '全文共2356字，阅读大约需要5分钟'],
    // Q&A, social and news platforms (知乎, 小红书, 澎湃, 界面, 搜狐, 观察者网, 新浪, 环球网)
    ['an upvote count', '赞同 1.2 万'],
    ['an add-comment button', '添加评论'],
    ['a report button', '我要举报'],
    ['a like button with its count', '点赞 (23)'],
    ['an edit stamp with the poster’s region', '编辑于 2024-03-06 08:00・IP 属地北京'],
    ['a poster’s region', 'IP属地：北京'],
    ['a short edit stamp with a place', '编辑于 03-05 北京'],
    ['a follower count', '关注者 123'],
    ['a view count', '被浏览 4,567'],
    ['an all-answers link', '查看全部 89 个回答'],
    ['a comment total', '共 23 条评论'],
    ['a comment box', '说点什么...'],
    ['a topic tag line', '#政府工作报告[话题]# #两会[话题]#'],
    ['an outlet’s byline with an intern', '澎湃新闻记者 张三 实习生 李四'],
    ['an outlet’s byline with a bar', '界面新闻记者 | 张三'],
    ['a contributor line', '特约撰稿 张三'],
    ['an outlet’s report line', '【环球网报道 记者 张三】'],
    ['a news tip line', '澎湃新闻报料：021-962866'],
    ['a tip hotline', '新闻报料 报料热线: 021-962866'],
    ['an outlet’s no-reprint line', '澎湃新闻，未经授权不得转载'],
    [
      'a platform statement',
      '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
    ],
    [
      'an exclusive-article statement',
      '本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。',
    ],
    ['a back-to-site link', '返回搜狐，查看更多'],
    ['an app slogan', '海量资讯、精准解读，尽在新浪财经APP'],
    ['a topic page with its name', '点击进入专题：2024全国两会'],
    ['a share prompt', '分享让更多人看到'],
    ['a share-in-the-corner prompt', '点击右上角分享'],
    ['a scan-to-share prompt', '微信扫码 分享'],
    ['WeChat sharing instructions', '打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。'],
    ['a site’s account named alone', '人民网微信'],
    ['a ranking heading', '热门排行'],
    ['a topics heading', '相关专题'],
    ['a leave-a-message button', '我要留言'],
    ['an all-comments note', '已显示全部评论'],
    ['a correction button alone', '纠错'],
    ['comment rules', '发言请遵守新闻跟帖服务协议'],
    ['civil-comment rules', '请您文明上网、理性发言并遵守相关规定'],
    ['a scan-to-follow prompt', '欢迎扫码关注'],
  ])('removes %s', (_n, line) => {
    const text = `${A}\n\n${line}\n\n${B}`;
    const f = found(text, 'boilerplate');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(line);
    expect(cleaned(text)).toBe(`${A}\n\n${B}`);
  });

  it.each([['Article continues below'], ['Story continues below advertisement'], ['Continue reading below']])(
    'joins an English sentence cut around %s (the slot stands in the flow)',
    (slot) => {
      const text = [
        'The governor spoke for an hour on Tuesday. She took questions from reporters afterwards.',
        // cut before a number: without the slot's page break the head reads as truncated
        'The state will spend the new federal money on',
        slot,
        '12 new bridges over the next five years, she said.',
        'Her opponents were not convinced. They called the plan too costly for a small state.',
      ].join('\n\n');
      expect(found(text, 'boilerplate')).toHaveLength(1);
      expect(cleaned(text)).toContain('money on 12 new bridges');
    },
  );

  it.each([
    ['the wire end mark', '（完）'],
    ['a responsible editor in brackets', '（责任编辑：王晓明）'],
    ['an editor in lenticular brackets', '【责任编辑：王晓明】'],
    ['the staff in one bracket', '（编辑：张三 校对：李四）'],
    ['an editor in square brackets', '[责编：张三]'],
    ['a platform note', '(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)'],
  ])('removes %s closing the last line of an article', (_n, note) => {
    const text = `${A}\n\n${B}${note}`;
    expect(found(text, 'boilerplate')).toHaveLength(1);
    expect(cleaned(text)).toBe(`${A}\n\n${B}`);
  });

  it('removes English wire credits closing a line, with the space before them', () => {
    const text =
      'The minister said the plan would be ready by June. (Reporting by Jane Doe; Editing by John Smith)\n\nMore news follows.';
    expect(found(text, 'boilerplate')).toHaveLength(1);
    expect(cleaned(text)).toBe('The minister said the plan would be ready by June.\n\nMore news follows.');
  });

  it.each([
    ['an editor note inside a sentence', `据介绍（编辑：张三）此事已有定论，${B}`],
    ['a source closing a paragraph (attribution)', `${B}（来源：国家统计局）`],
    ['a reporter closing a paragraph', `${B}（记者 张三）`],
    ['a platform phrase inside a sentence', `有网友表示(本文来自网络)，${B}`],
    ['English credits inside a sentence', 'The figures (compiled by the ministry) were released on Monday.'],
  ])('keeps %s', (_n, line) => {
    const text = `${A}\n\n${line}`;
    expect(found(text, 'boilerplate')).toEqual([]);
  });

  it('removes an English page-jump marker inside a line, not a cross-reference', () => {
    const text =
      'The council approved the plan on Tuesday. (Continued on page 5)\n\nThe vote was close (see page 12).';
    expect(found(text, 'boilerplate')).toHaveLength(1);
    expect(cleaned(text)).toBe(
      'The council approved the plan on Tuesday.\n\nThe vote was close (see page 12).',
    );
  });

  it.each([
    ['a wide gap', (n: number) => `Annual Report 2023                            Page ${n} of 12`],
    ['one space before the word page', (n: number) => `Annual Report 2023 Page ${n}`],
    ['the page before a bar', (n: number) => `Page ${n} | Annual Report 2023`],
  ])('removes an English running head with its page written out after %s', (_n, head) => {
    const [, , C] = PROSE as [string, string, string];
    const text = `${head(3)}\n\n${A}\n\n${B}\n\n${head(4)}\n\n${C}`;
    expect(found(text, 'boilerplate')).toHaveLength(2);
    expect(cleaned(text)).toBe(`${A}\n\n${B}\n\n${C}`);
  });

  it('removes an inline page-jump marker and the font widget inside a line', () => {
    const text = `${A}（下转第2版）\n\n【字体：大 中 小】${B}`;
    expect(found(text, 'boilerplate')).toHaveLength(2);
    expect(cleaned(text)).toBe(`${A}\n\n${B}`);
  });

  it.each([
    ['body text that mentions 来源', '资金来源：财政拨款和社会资本共同投入，确保项目按期完工。'],
    ['body text that mentions 编辑', '他曾担任报社编辑，后来成为一名教师，长期扎根基层。'],
    ['body text that mentions 策划', '策划：由市文旅局牵头，各区县配合，确保活动安全有序。'],
    ['a sentence about rankings', '我市经济总量排行全省第二，增速位居前列。'],
    ['a sentence about replies', '欢迎大家写留言，我们会认真回复每一条意见。'],
    ['a sentence about attribution', '转载请注明出处是尊重作者的基本要求，也是法律规定。'],
    ['an official document’s attachment list', '附件：1.关于做好2024年春耕生产工作的通知'],
    ['a sentence that recommends something', '建议使用新能源汽车，推广绿色低碳出行方式。'],
    ['a sentence about government services', '政务服务水平明显提升，信息公开更加及时。'],
    ['a sentence about visitors', '您是第一次来到海拉尔吗？欢迎您！'],
    ['a sentence about sources of income', '拓宽农民增收来源，发展乡村特色产业。'],
    ['a sentence about comments', '欢迎广大网友评论一下这项新政策的实施效果，我们将认真研究。'],
    ['a publishing date inside a sentence', '该文件的发布时间为2024年3月5日，自发布之日起施行。'],
    ['an update schedule in prose', '更新时间：每天上午八点，节假日除外。'],
    ['English prose about sources', 'The source of our strength is the American people.'],
    [
      'a correction note (part of the record)',
      'Correction: An earlier version of this story misstated the date.',
    ],
    ['English prose about watching', 'Watch what they do, not what they say.'],
    ['English prose about copyright', 'Copyright law protects the work of authors, artists and musicians.'],
    ['English prose about following', 'Follow the money, and you will find the answer.'],
    ['English prose about comments', 'Load comments were made about the new rules for trucks.'],
    ['English prose about an app', 'Download the app, the minister urged, and report any fraud.'],
    ['English prose about errors', 'Report an error to the clerk within thirty days of the notice.'],
    [
      'English prose about breaking news',
      'Breaking news about the storm reached the capital late on Tuesday.',
    ],
    [
      'English prose that starts like a category',
      'Posted in Beijing, the letter was read aloud at the meeting.',
    ],
    ['a table header row', 'Year | Revenue | Profit'],
    ['a heading a document may have', 'Accessibility'],
    [
      'a sentence about the next article of a treaty',
      'The next article of the treaty sets out the duties of each party.',
    ],
    ['a sentence about reading the original', '请查看原文件了解政策全貌，阅读原文有助于准确理解。'],
    [
      'a document number named in a sentence',
      '根据国务院办公厅发文字号为国办发〔2024〕5号的通知要求，各地要抓好落实。',
    ],
    ['a document number alone under its title', '国办发〔2024〕5号'],
    ['a heading that praises', '为奋斗者点赞'],
    ['a heading with 点在看', '重点在看落实成效'],
    ['a heading with 综合自身', '综合自身优势发展特色产业'],
    ['a table row with bars', '项目 | 金额 | 增长'],
    ['a sentence with 知道了', '他说：“知道了。”'],
    ['a sentence about password safety', '密码：请勿告诉他人，定期更换密码可以保护账户安全。'],
    ['a heading about the original text', '原文链接不稳定的问题亟待解决'],
    ['a sentence about browsers', '您的浏览器不支持这项功能时，可以换用其他浏览器办理业务。'],
    ['a link with its own words', '[政府工作报告全文](https://www.gov.cn/zhengce/2024.htm)'],
    ['a sentence about copyright owners', '版权所有人有权依法维护自身合法权益。'],
    ['a sentence about a sponsor', '主办方表示，本届博览会将持续五天。'],
    ['a sentence about disclaimers', '合同中的免责声明条款不得排除消费者的主要权利。'],
    ['a heading that begins with 记者', '记者深入基层采访了一线工人'],
    ['a heading that ends in 拍摄', '视频拍摄'],
    [
      'a dateline that opens the first sentence',
      '新华社北京3月5日电 国务院常务会议今天召开，会议研究部署了稳就业的相关措施。',
    ],
    ['a heading with 打开 and 关注', '打开思路，关注民生'],
    ['a sentence about app downloads', '该公司APP下载量突破一亿次，用户关注度持续走高。'],
    ['a sentence about scanning codes', '扫码支付已经成为群众日常生活的一部分。'],
    ['a sentence about the previous article', '上一篇文章我们讨论了就业问题。'],
    ['a sentence about sharing', '他们把经验分享给了更多的农户，下载量超过一百万次。'],
    ['English prose about share prices', 'Share prices rose sharply on Tuesday.'],
    ['English prose that begins with By', 'By the end of the year, output had risen by five percent.'],
    ['a title-case heading with By', 'By The Way'],
    ['English prose about following', 'Follow the money, he said.'],
    ['English prose about updates', 'Updated guidance was issued yesterday.'],
    ['an italic note that mentions its data source', '*注：本文数据来源于国家统计局，部分数据为初步统计。*'],
    ['a bold heading', '**一、坚持稳中求进工作总基调**'],
    ['a sentence that ends with 完', '（这项工程已经全部完工）'],
    ['a sentence about recommendations', '相关推荐意见已经报送省政府研究。'],
    ['a dated sentence that names a source', '2024年3月5日，来源：国务院新闻办公室的数据显示经济平稳。'],
    ['a date and a phrase with 来源', '2024年3月5日 来源不明的消息引发关注。'],
    ['a pair of countries', '中国 | 美国'],
    ['English prose about liking', 'We would like this plan to succeed.'],
    ['English prose about relations', 'Related measures will follow next year.'],
    ['a statement in the text', '声明：我国政府坚决反对任何形式的恐怖主义。'],
    ['a sentence about supervision', '监制工作由市文化局负责，统筹安排各项演出。'],
    ['English prose naming social networks', 'Facebook and Twitter were fined for their use of data.'],
    ['Chinese prose naming social networks', '微信、微博等平台已成为群众获取信息的重要渠道。'],
    ['English prose about cookies', 'We use cookies and milk to make the dough, she said.'],
    ['prose about related reports', '相关报道显示，今年一季度经济运行开局良好。'],
    ['English prose about more', 'More: the council also approved a new library.'],
    ['a sentence that ends in END', 'The game went on until the END.'],
    ['a heading that names a page', '第一版面的设计'],
    ['a sentence about a newspaper page', '该报第4版刊登了这篇评论。'],
    ['a sentence that says where a story goes on', '下转第2版的报道介绍了具体做法。'],
    ['a heading about help', '使用帮助与隐私政策说明'],
    ['a heading about liking', '点赞新时代'],
    ['traditional prose about sources', '資金來源：財政撥款和社會資本共同投入，確保項目按期完工。'],
    ['a traditional sentence about the previous item', '上一則新聞我們討論了就業問題。'],
    ['a heading between dashes', '— 坚持稳中求进 —'],
    ['a bare number', '12'],
    ['a sentence around a page mark', '会议指出 — 3 — 是关键'],
    ['a WeChat section divider', '— 01 —'],
    ['a sentence about printing', '列印出来的文件要妥善保管。'],
    ['a sentence about a floor', '他在2楼办公。'],
    ['a sentence about a paper published in a year', '发表于2024年的论文引起关注。'],
    ['a heading about expanding work', '展开全部工作'],
    ['a sentence about signing in', '登入系统后即可办理。'],
    ['a heading about furniture', '沙发'],
    ['a span of years', '2023 — 2024'],
    ['a sentence about replies and likes', '回复群众关切，点赞基层干部。'],
    ['a sentence about logging in', '登录后评论区会显示您的昵称和头像，请文明发言。'],
    ['a comparison of three numbers', '3 > 2 > 1'],
    ['a chain of comparisons in a sentence', '效率上，甲方案 > 乙方案 > 丙方案，因此选择甲方案。'],
    ['a process flow with arrows', '申请→审核→审批→发证'],
    ['a sentence citing a paper and its date', '《人民日报》2024年3月6日刊文指出，要坚持稳中求进。'],
    ['a paper and its date in a sentence', '《人民日报》（2021年03月06日 01 版）刊发了这篇评论。'],
    ['English prose about printing and closing', 'Print the form and close the door.'],
    ['English prose about a photo', 'The photo shows the delegates arriving in Beijing.'],
    ['a sentence citing two agencies', 'The figures were confirmed by the agencies (AP/Reuters) on Monday.'],
    // HTML left in the text: its > close tags, they separate no crumbs
    ['a line with HTML tags in it', '13<sup>th</sup> in the world.'],
    // Session 12 (see the removals of the same session above)
    ['a cross-reference of a report', 'See page 12 for the full table.'],
    ['a sentence that goes on after continued', 'Continued on page 5 of the report is a table of results.'],
    ['prose about continuing growth', 'Growth continued on a firm path in the second half.'],
    ['a sentence with a slug-like word', 'See NATO, the alliance, in 2024.'],
    ['a sentence about cookies', 'We use cookies less than other sites do, the editor said in an interview.'],
    ['a document title about privacy', 'Privacy Policy'],
    ['a heading about terms', 'Terms of Use'],
    ['prose about reading', 'Most read the report twice before the vote.'],
    ['prose about an update', 'Updated figures for March 5 show a rise in exports.'],
    ['prose about copying', 'Copy link budgets to outcomes, the minister said.'],
    ['prose that names a photo agency', 'Getty Images sold the archive in 2023.'],
    ['a date alone under a title', 'March 7, 2024'],
    [
      'a sentence that ends on a poll’s name',
      'Support for the plan rose to 48%, according to a Reuters/Ipsos',
    ],
    ['a sentence about reprints', '未经授权转载他人作品属于侵权行为，应当依法承担责任。'],
    ['a sentence about an article’s source', '本文来自作者在基层的调研，数据截至2023年底。'],
    ['a sentence about topic pages', '点击进入专题页面后，可以查看历年政府工作报告。'],
    ['a sentence about pictures from the web', '图片来自网络的说法并不能免除侵权责任。'],
    ['a sentence about reading time', '阅读时间不足五分钟的文章占比较高。'],
    ['a sentence about whose view a paper gives', '本文作者认为，这一观点仅代表少数人的看法。'],
    ['a sentence that opens with an edit date', '编辑于2020年完成了这部书稿的修订。'],
    ['a sentence about followers', '关注者众多的账号更要注意言行。'],
    ['a sentence about answers', '查看全部回答后，他决定重新提问。'],
    ['a sentence about a reporter of a paper', '澎湃新闻记者张三在现场看到，群众秩序井然。'],
    ['a heading about a government account', '政务微信'],
    ['a sentence about sharing', '分享让更多人看到了基层干部的辛劳。'],
    ['a sentence about corrections', '纠错机制要进一步完善。'],
    ['a sentence about infringement', '如有侵权行为，权利人可以依法请求删除相关内容并要求赔偿。'],
    [
      'a sentence about e-mail addresses',
      'Your email address will not be published in the voter roll, the board said.',
    ],
    ['a sentence about sharing buttons', 'Click to share buttons were added to the site last year.'],
  ])('keeps %s', (_n, line) => {
    const text = `${A}\n\n${line}\n\n${B}`;
    expect(found(text, 'boilerplate')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it.each([
    // UTF-8 read as Windows-1252: › and » are continuation bytes there, not crumb separators (probe
    // mojibake-latin1.txt). The line is mojibake's to repair, never chrome to delete.
    ['a byline', '国务院总理　李强'],
    ['a heading', '一、2023年工作回顾'],
    ['a sentence', '国内生产总值超过126万亿元，增长5.2%。'],
  ])('does not take %s read as Windows-1252 for a breadcrumb', (_n, line) => {
    const garbled = [...new TextEncoder().encode(line)]
      .map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_80[b - 0x80] : String.fromCharCode(b)))
      .join('');
    const text = `${A}\n\n${garbled}\n\n${B}`;
    expect(found(text, 'boilerplate')).toEqual([]);
  });

  it.each([
    ['over each page', (n: number) => `— ${n} —\n\n政府工作报告`],
    ['under each page', (n: number) => `政府工作报告\n\n— ${n} —`],
    ['as a chapter title over each page', (n: number) => `- ${n} -\n\n第一章　总则`],
  ])('removes a running head %s next to two or more page numbers, not the title it repeats', (_n, page) => {
    const [, , C] = PROSE as [string, string, string];
    const text = `政府工作报告\n\n第一章　总则\n\n${A}\n\n${page(1)}\n\n${B}\n\n${page(2)}\n\n${C}`;
    const f = found(text, 'boilerplate');
    expect(f).toHaveLength(4);
    expect(cleaned(text)).toBe(`政府工作报告\n\n第一章　总则\n\n${A}\n\n${B}\n\n${C}`);
  });

  it.each([
    ['over the page', '— 2 —\n\n政府工作报告'],
    ['under the page', '政府工作报告\n\n— 2 —'],
  ])('removes the document title repeated as a running head %s beside a single page number', (_n, page) => {
    const text = `政府工作报告\n\n${A}\n\n${page}\n\n${B}`;
    expect(found(text, 'boilerplate')).toHaveLength(2);
    expect(cleaned(text)).toBe(`政府工作报告\n\n${A}\n\n${B}`);
  });

  it('keeps a short line beside a single page number that does not repeat the title', () => {
    const text = `政府工作报告\n\n${A}\n\n— 2 —\n\n第一章　总则\n\n${B}`;
    expect(cleaned(text)).toBe(`政府工作报告\n\n${A}\n\n第一章　总则\n\n${B}`);
  });

  const [, , C, D] = PROSE as [string, string, string, string];
  it('takes bare numbers for page numbers beside a running head, rising page by page', () => {
    const text = `政府工作报告\n\n${A}\n\n1\n\n政府工作报告\n\n${B}\n\n${C}\n\n2\n\n政府工作报告\n\n${D}\n\n3`;
    expect(found(text, 'boilerplate')).toHaveLength(5);
    expect(cleaned(text)).toBe(`政府工作报告\n\n${A}\n\n${B}\n\n${C}\n\n${D}`);
  });

  it.each([
    ['a column of figures', `${A}\n\n地区\n\n1\n\n2\n\n3\n\n${B}`],
    ['a list whose numbers stand on their own lines', `${A}\n\n1\n\n${B}\n\n2\n\n${C}`],
    [
      'numbers beside the same line that do not rise',
      `${A}\n\n3\n\n合计\n\n${B}\n\n${C}\n\n1\n\n合计\n\n${D}`,
    ],
  ])('keeps bare numbers in %s', (_n, text) => {
    expect(found(text, 'boilerplate')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it.each([
    ['after a bar', (n: number) => `State of the Union Address 2024 | ${n}`],
    ['after a wide gap', (n: number) => `政府工作报告　　${n}`],
    ['before a bar', (n: number) => `${n} ｜ 政府工作报告`],
  ])('removes a running head that carries its page number %s, page by page', (_n, head) => {
    const text = `${head(2)}\n\n${A}\n\n${head(3)}\n\n${B}\n\n${head(4)}\n\n${C}`;
    expect(found(text, 'boilerplate')).toHaveLength(3);
    expect(cleaned(text)).toBe(`${A}\n\n${B}\n\n${C}`);
  });

  it.each([
    ['headings numbered without a bar or gap', `Chapter 1\n\n${A}\n\nChapter 2\n\n${B}`],
    ['rows whose figures do not rise page by page', `合计 | 5\n\n${A}\n\n合计 | 3\n\n${B}`],
    ['one line with a bar and a number', `${A}\n\nState of the Union Address 2024 | 3\n\n${B}`],
  ])('keeps %s', (_n, text) => {
    expect(found(text, 'boilerplate')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it('keeps a line that touches only one page number', () => {
    const text = `${A}\n\n— 1 —\n\n政府工作报告\n\n${B}\n\n政府工作报告`;
    expect(cleaned(text)).toBe(`${A}\n\n政府工作报告\n\n${B}\n\n政府工作报告`);
  });

  it('takes extra patterns from options (string, RegExp, inline)', () => {
    const text = `${A}\n\n本站声明：转载请注明出处\n\n${B}[广告]\n\nEND OF PAGE`;
    const f = scan(text, {
      boilerplate: ['END OF PAGE', /^本站声明：.*$/, { id: 'ad', pattern: /\[广告\]/, scope: 'inline' }],
    }).filter((x) => x.rule === 'boilerplate');
    expect(f).toHaveLength(3);
    expect(
      clean(text, {
        boilerplate: ['END OF PAGE', /^本站声明：.*$/, { pattern: /\[广告\]/, scope: 'inline' }],
      }).text,
    ).toBe(`${A}\n\n${B}`);
  });

  it('drops paragraphs a corpus index saw in many documents', () => {
    const chrome = '湖北日报客户端 欢迎下载';
    const corpus = { boilerplate: ({ minDocs = 3 } = {}) => [{ text: ` ${chrome} `, docs: minDocs + 4 }] };
    const text = `${A}\n\n${chrome}\n\n${B}`;
    const r = clean(text, { corpus });
    expect(r.text).toBe(`${A}\n\n${B}`);
    expect(r.findings.filter((f) => f.rule === 'boilerplate')).toHaveLength(1);
    expect(clean(text).text).toBe(text);
  });

  it('works with a real CorpusIndex: lines seen across many pages go, numbers masked', () => {
    const index = new CorpusIndex();
    const pages = PROSE.map((p, i) => `${p}\n第${i + 1}版 湖北日报客户端\n分享到朋友圈 ${i}`);
    for (const [i, p] of pages.entries()) index.add(`page-${i}`, p);
    const text = `${A}\n第9版 湖北日报客户端\n${B}`;
    const r = clean(text, { corpus: index, corpusMinDocs: 3 });
    expect(r.text).toBe(`${A}\n${B}`);
  });
});

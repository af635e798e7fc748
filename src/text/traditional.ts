// Traditional characters and their simplified forms, for matching only: chrome patterns and the prose
// statistics are written in simplified characters, and a page in 繁體 (首頁 > 新聞, 經濟發展) should meet
// the same evidence. One simplified character for each traditional one, position by position (UTF-16
// units, BMP only), so a folded string has the original's offsets. Made with OpenCC's cn→tw/hk/t
// character tables over the characters of the corpus reports and of the chrome patterns, each checked
// back (t→cn); a traditional character that simplified text writes too (著, as in 著作) is left
// out, so simplified text is never changed. Output always quotes the original text.

const TRADITIONAL =
  '丟並亂亙亞佈佔來倉個們倫偉側偵偽傑傘備傭傳債傷傾僅僑僕僞僱價儀億儉償優儲兇兌兒內兩冊凱別則剎剛剝創劃劇劉劍劑勁動務勝勞勢勳勵勸匯匱區協卻厭厲參叢員問啓啟喚喪喫喬單嗎嘗噴噸嚇嚴國圍園' +
  '圓圖團執堅報場塊塵墮墾壇壓壘壞壟壩壯壺壽夠夢夥夾奧奪奮娛婦嬰孫學宮寢實寧審寫寬寶將專尋對導屆屍屢層屬峯島峽崗嶄嶺巖帥師帳帶幟幣幫幹幾庫廁廈廠廢廣廳張強彈彌彎彥後徑從復徵徹恆悅惡愛愜' +
  '態慘慣慮慶憂憑憤憲憶懇應懲懶懷懸懼懾戰戲戶拋掃掙掛採揀揚換揮損搖搶摯撐撓撥撫撲擁擇擊擋擔據擠擬擱擴擺擼擾攔攜攝攤攬敍敗敘敵數斬斷於時晉晝暢暫曉書會東條棄棟楊楓業極榮構槍槓樁樂樓標樞' +
  '樣樸樹樺橋機橫檔檢檻欄權歐歡歲歷歸殘殯殺毀氣氫汙決沒況洩淨淵渙減測湊湧準溝溫溼滄滅滬滯滲滾滿漁漢漲漸潑潔潛潤潰澆澇澤澱濃濕濟濤濫濱濾瀆瀏瀕瀾灘灣災為烏無煉煙煥煩熱燈燒營燦爐爛爭爲爾' +
  '牀牆牽犧狀狹猶獎獨獲獵獸獻現瑣環產畝畢畫異當疇疊痾瘓療癱發盜盡監盤眾矚矯碩確碼磚礎礙礦礪禮秈稅稈稟種稱積穎穩窮竊競筆節範築篤篩篳簡籃籌籠籤籬籲粵糞糧糾紀約紅納紐紓純紙級紛紡細紹終組' +
  '絆結絕絡絢給統絲綁綏經綜綠綢維綱網綴綻綿緊緒線緝締緣編緩緬練縛縟縣縮縱縷總績繃繆織繕繞繡繩繪繫繳繼繽續纖纜罰罷羅羈羣義習翹聖聞聯聰聲聳職聽肅脅脈脫脹腦腫腳膠膽臨臺與興舉舊艦艱荊莊華' +
  '萬葉蒼蓋蓮蔘蕩薈薦薩藍藝藥藴蘆蘇蘊蘭處虛號虧蝕蟲蟻蠅蠻衆術衛衝衞裏補裝裡製襲覈見規視親覺覽觀觸訂計訊討訓記訛訟訪設許訴診註詐評詞詢試詩詮話該詳誇認誕語誠誡誣誤誦說説誰課誼調談諉請諒' +
  '論諦諧諮諸諾謀謂謙講謝謳謹證識譜議譴護譽讀變讓豐豬貝負財貢貧貨販貪貫責貴貶買貸費貼貿賃賄資賑賓賜賞賠賡賢賣賤賦質賬賭賴購賽贊贏贓趕趨跡踐踴蹤躋躍車軌軍軟軸較載輒輔輕輛輝輟輩輪輯輸輻' +
  '輿轄轉辦辭辯農這連進遊運過達違遙遞遠適遲遷選遺遼邁還邊邏郵鄉鄧鄭鄰醖醜醞醫釀釁釋釘針鈎鈞鈴鉚鉤銀銘銜銳銷鋁鋒鋪鋭鋰鋼錄錘錢錦錨錮錯鍋鍛鍥鍵鍾鎖鎮鏈鏟鏡鐵鑄鑑鑼鑽長門閃閉開閒間閘閡閥' +
  '閩閱閲闊闖關闡闢陝陣陰陳陸陽隊階際隨險隱雖雙雜雞離難雲電霧靈靚靜鞏韋韌韓響頁頂頃項順須預頑頒頓領頭頸頻顆題額願顛類顧顯風飛飯飲飼飽養餘館饋馬馭馳駐駕駛駭騖騙騰驅驕驗驚驟髒體鬥鬧魚魯' +
  '鮮鰲鳥鳳鳴鴉鴻鵝鹼鹽麗麥麼黃點黨黷齊齡龍龐';
const SIMPLIFIED =
  '丢并乱亘亚布占来仓个们伦伟侧侦伪杰伞备佣传债伤倾仅侨仆伪雇价仪亿俭偿优储凶兑儿内两册凯别则刹刚剥创划剧刘剑剂劲动务胜劳势勋励劝汇匮区协却厌厉参丛员问启启唤丧吃乔单吗尝喷吨吓严国围园' +
  '圆图团执坚报场块尘堕垦坛压垒坏垄坝壮壶寿够梦伙夹奥夺奋娱妇婴孙学宫寝实宁审写宽宝将专寻对导届尸屡层属峰岛峡岗崭岭岩帅师帐带帜币帮干几库厕厦厂废广厅张强弹弥弯彦后径从复征彻恒悦恶爱惬' +
  '态惨惯虑庆忧凭愤宪忆恳应惩懒怀悬惧慑战戏户抛扫挣挂采拣扬换挥损摇抢挚撑挠拨抚扑拥择击挡担据挤拟搁扩摆撸扰拦携摄摊揽叙败叙敌数斩断于时晋昼畅暂晓书会东条弃栋杨枫业极荣构枪杠桩乐楼标枢' +
  '样朴树桦桥机横档检槛栏权欧欢岁历归残殡杀毁气氢污决没况泄净渊涣减测凑涌准沟温湿沧灭沪滞渗滚满渔汉涨渐泼洁潜润溃浇涝泽淀浓湿济涛滥滨滤渎浏濒澜滩湾灾为乌无炼烟焕烦热灯烧营灿炉烂争为尔' +
  '床墙牵牺状狭犹奖独获猎兽献现琐环产亩毕画异当畴叠疴痪疗瘫发盗尽监盘众瞩矫硕确码砖础碍矿砺礼籼税秆禀种称积颖稳穷窃竞笔节范筑笃筛筚简篮筹笼签篱吁粤粪粮纠纪约红纳纽纾纯纸级纷纺细绍终组' +
  '绊结绝络绚给统丝绑绥经综绿绸维纲网缀绽绵紧绪线缉缔缘编缓缅练缚缛县缩纵缕总绩绷缪织缮绕绣绳绘系缴继缤续纤缆罚罢罗羁群义习翘圣闻联聪声耸职听肃胁脉脱胀脑肿脚胶胆临台与兴举旧舰艰荆庄华' +
  '万叶苍盖莲参荡荟荐萨蓝艺药蕴芦苏蕴兰处虚号亏蚀虫蚁蝇蛮众术卫冲卫里补装里制袭核见规视亲觉览观触订计讯讨训记讹讼访设许诉诊注诈评词询试诗诠话该详夸认诞语诚诫诬误诵说说谁课谊调谈诿请谅' +
  '论谛谐咨诸诺谋谓谦讲谢讴谨证识谱议谴护誉读变让丰猪贝负财贡贫货贩贪贯责贵贬买贷费贴贸赁贿资赈宾赐赏赔赓贤卖贱赋质账赌赖购赛赞赢赃赶趋迹践踊踪跻跃车轨军软轴较载辄辅轻辆辉辍辈轮辑输辐' +
  '舆辖转办辞辩农这连进游运过达违遥递远适迟迁选遗辽迈还边逻邮乡邓郑邻酝丑酝医酿衅释钉针钩钧铃铆钩银铭衔锐销铝锋铺锐锂钢录锤钱锦锚锢错锅锻锲键钟锁镇链铲镜铁铸鉴锣钻长门闪闭开闲间闸阂阀' +
  '闽阅阅阔闯关阐辟陕阵阴陈陆阳队阶际随险隐虽双杂鸡离难云电雾灵靓静巩韦韧韩响页顶顷项顺须预顽颁顿领头颈频颗题额愿颠类顾显风飞饭饮饲饱养余馆馈马驭驰驻驾驶骇骛骗腾驱骄验惊骤脏体斗闹鱼鲁' +
  '鲜鳌鸟凤鸣鸦鸿鹅碱盐丽麦么黄点党黩齐龄龙庞';

/** First and last code unit of the table's range (CJK Unified Ideographs). */
const LO = 0x4e00;
const HI = 0x9fff;
/** The simplified form of each unit in LO..HI, 0 for none: an array index per character, on the hot
 * path of every prose-statistics lookup. Built on first use. */
let table: Uint16Array | undefined;
function build(): Uint16Array {
  const t = new Uint16Array(HI - LO + 1);
  for (let i = 0; i < TRADITIONAL.length; i++) t[TRADITIONAL.charCodeAt(i) - LO] = SIMPLIFIED.charCodeAt(i);
  table = t;
  return t;
}

/** The simplified form of a traditional character (a UTF-16 unit), or -1. */
export function simplifiedOf(c: number): number {
  if (c < LO || c > HI) return -1;
  const f = (table ?? build())[c - LO] as number;
  return f === 0 ? -1 : f;
}

/** `s` with the traditional characters of the table simplified; the same string when there are none. */
export function toSimplified(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < LO || c > HI) continue;
    const f = simplifiedOf(c);
    if (f < 0) continue;
    out += s.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

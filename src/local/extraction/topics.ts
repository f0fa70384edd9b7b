// A small topic lexicon: words that signal a topic, and the tags a memory on that topic gets. Tags are
// indexed (see memory_words), so "holiday" in a query finds "The user plans to travel to Guangzhou",
// the closest a rule engine gets to semantic recall without embeddings.

interface Topic {
  readonly name: string;
  /** English label used in generated sentences ("for hotel accommodation"). */
  readonly label: string;
  readonly zhLabel: string;
  readonly words: readonly string[];
  readonly zhWords: readonly string[];
  readonly tags: readonly string[];
  readonly zhTags: readonly string[];
}

const list = (text: string): readonly string[] => text.split(' ');

function topic(
  name: string,
  label: string,
  zhLabel: string,
  vocabulary: { words: string; zhWords: string; tags: string; zhTags: string },
): Topic {
  return {
    name,
    label,
    zhLabel,
    words: list(vocabulary.words),
    zhWords: list(vocabulary.zhWords),
    tags: list(vocabulary.tags),
    zhTags: list(vocabulary.zhTags),
  };
}

// Tags are shared between related topics on purpose ("partner" and "family" both tag `family`), so a
// question about a wife finds the memory about the kids; the query side maps words to these same tags.
const TOPICS: readonly Topic[] = [
  topic('hotel', 'hotel accommodation', '酒店住宿', {
    words: 'hotel hotels inn hostel accommodation lodging motel resort airbnb stay',
    zhWords: '酒店 宾馆 住宿 民宿 旅馆 客栈',
    tags: 'hotel accommodation',
    zhTags: '酒店 住宿',
  }),
  topic('travel', 'travel', '旅行', {
    words:
      'travel travelling traveling trip trips vacation holiday holidays tour journey flight flights visit visited visiting getaway abroad sightseeing itinerary',
    zhWords: '旅游 旅行 出游 度假 机票 游玩 去过 航班',
    tags: 'travel trip vacation holiday',
    zhTags: '旅游 旅行 度假',
  }),
  topic('food', 'food', '饮食', {
    words:
      'food foods eat eating ate restaurant restaurants cuisine dish dishes meal meals cook cooking recipe recipes ingredient ingredients groceries grocery coffee tea drink pizza sushi vegetarian vegan pescatarian spicy breakfast lunch dinner diet dietary dairy cheese cream milk eggs egg meat fish seafood chicken beef pork wheat gluten bread salt sugar peanut peanuts nuts shellfish soy honey herb herbs spice spices coriander cilantro basil parsley mint garlic onion taste',
    zhWords: '美食 餐厅 吃 菜 咖啡 茶 饮料 素食 辣 早餐 午餐 晚餐 口味 忌口 油',
    tags: 'food diet',
    zhTags: '饮食 美食',
  }),
  topic('health', 'health', '健康', {
    words:
      'allergic allergy allergies health healthy medical sick illness disease condition medicine medication tablets doctor gp physio diabetes injury injured sleep stomach intolerance intolerant coeliac celiac blood pressure hospital symptoms',
    zhWords: '过敏 健康 生病 药 睡眠 糖尿病 胃 医生 医院',
    tags: 'health',
    zhTags: '健康',
  }),
  topic('work', 'work', '工作', {
    words:
      'work works working job jobs career profession living office company employer engineer developer designer manager teacher teach teaching doctor nurse chef cook librarian lawyer accountant scientist researcher colleague colleagues coworker coworkers boss supervisor team shift shifts salary hired promoted retired',
    zhWords: '工作 上班 公司 职业 同事 老板 领导 工程师 经理 老师 医生 开发',
    tags: 'work job career',
    zhTags: '工作 职业',
  }),
  topic('colleagues', 'work relations', '同事', {
    words: 'boss manager supervisor colleague colleagues coworker coworkers team',
    zhWords: '同事 老板 领导 经理',
    tags: 'work colleagues',
    zhTags: '工作 同事',
  }),
  topic('home', 'home', '居住', {
    words:
      'live lives living home house flat apartment moved move moving relocate relocating relocated settled based district neighborhood neighbourhood city town area rent renting lease',
    zhWords: '住在 家在 搬家 公寓 房子 租房 城市',
    tags: 'home location',
    zhTags: '居住 住址',
  }),
  topic('family', 'family', '家人', {
    words:
      'family son sons daughter daughters kid kids child children baby mother father mom mum dad parents brother sister siblings grandson grandsons granddaughter grandchildren grandkids',
    zhWords: '孩子 儿子 女儿 妈妈 爸爸 家人 父母 哥哥 姐姐 弟弟 妹妹 孙子',
    tags: 'family children',
    zhTags: '家人 家庭',
  }),
  topic('partner', 'partner', '伴侣', {
    words:
      'partner wife husband spouse boyfriend girlfriend fiance fiancee fiancé fiancée married marriage marry engaged engagement wedding relationship dating',
    zhWords: '妻子 老婆 丈夫 老公 男朋友 女朋友 未婚妻 未婚夫 结婚 婚礼',
    tags: 'family partner relationship',
    zhTags: '家人 伴侣',
  }),
  topic('pet', 'pets', '宠物', {
    words:
      'dog dogs cat cats pet pets puppy kitten tabby siamese persian corgi terrier labrador retriever poodle beagle spaniel collie hamster rabbit parrot vet',
    zhWords: '狗 猫 宠物 柯基 金毛 泰迪 哈士奇 柴犬 布偶 英短 兔子 仓鼠',
    tags: 'pet',
    zhTags: '宠物',
  }),
  topic('sport', 'sport', '运动', {
    words:
      'sport sports run running race gym fit fitness yoga swim swimming football soccer basketball tennis badminton hike hiking cycling exercise marathon climbing bouldering surf surfing sailing ski skiing training',
    zhWords: '跑步 健身 瑜伽 游泳 足球 篮球 网球 羽毛球 徒步 骑行 运动 爬山',
    tags: 'sport exercise hobby',
    zhTags: '运动 健身',
  }),
  topic('hobby', 'hobbies', '爱好', {
    words:
      'hobby hobbies unwind relax relaxing leisure pottery ceramics painting drawing knitting crafts photography photos camera garden gardening',
    zhWords: '爱好 摄影 拍照 相机 照片',
    tags: 'hobby',
    zhTags: '爱好',
  }),
  topic('garden', 'gardening', '园艺', {
    words: 'garden gardening grow growing plant plants flowers roses vegetables sow seeds',
    zhWords: '花园 种花 植物',
    tags: 'garden',
    zhTags: '园艺',
  }),
  topic('transport', 'transport', '交通', {
    words: 'commute commuting bike biking car drive driving bus train subway metro transit',
    zhWords: '通勤 地铁 公交 开车 自行车',
    tags: 'transport commute',
    zhTags: '交通 通勤',
  }),
  topic('music', 'music', '音乐', {
    words: 'music song songs band guitar piano concert jazz rock sing singing',
    zhWords: '音乐 歌 乐队 吉他 钢琴 演唱会 唱歌',
    tags: 'music hobby',
    zhTags: '音乐',
  }),
  topic('study', 'education', '学习', {
    words:
      'study studying studies student school university college course courses class classes learn learning degree exam phd doctoral doctorate thesis master masters program programme research',
    zhWords: '学习 学生 学校 大学 课程 考试 专业 雅思 博士 硕士',
    tags: 'education study',
    zhTags: '学习 教育',
  }),
  topic('language', 'languages', '语言', {
    words:
      'language languages english german french spanish italian portuguese chinese mandarin japanese korean fluent vocabulary grammar',
    zhWords: '英语 日语 语言 口语 雅思',
    tags: 'language education',
    zhTags: '语言 学习',
  }),
  topic('reading', 'reading and films', '阅读和影视', {
    words:
      'book books novel novels read reading author fiction sci fi fantasy movie movies film films series show podcast podcasts',
    zhWords: '书 小说 阅读 电影 电视剧 看书 播客',
    tags: 'books movies',
    zhTags: '阅读 电影',
  }),
];

// Capitalised only because they start a sentence.
const NOT_NAMES = new Set([
  'I',
  "I'm",
  "I've",
  "I'll",
  "I'd",
  'My',
  'The',
  'A',
  'An',
  'This',
  'That',
  'We',
  'Our',
  'It',
  'Call',
  'Thanks',
]);
const SEASONS = new Set(['summer', 'winter', 'spring', 'autumn', 'fall', 'weekend', 'tomorrow', 'tonight']);
const ZH_SEASONS = [
  '夏天',
  '冬天',
  '春天',
  '秋天',
  '周末',
  '明天',
  '今年',
  '明年',
  '暑假',
  '寒假',
  '国庆',
  '春节',
];

/** Topics found in a text, with the tags they contribute. */
export interface TopicMatch {
  readonly name: string;
  readonly label: string;
  readonly tags: readonly string[];
}

/**
 * Topics a text talks about, in lexicon order; Chinese text is matched against the Chinese words and
 * gets Chinese tags and labels.
 *
 * @example
 * detectTopics('I plan to travel to Guangzhou').map((topic) => topic.name); // ['travel']
 */
export function detectTopics(text: string, { chinese = false }: { chinese?: boolean } = {}): TopicMatch[] {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    words.add(word);
    // A plain plural finds its singular ("hobbies" is listed, "concerts" is not).
    if (word.length > 3 && word.endsWith('s')) words.add(word.slice(0, -1));
  }
  const found: TopicMatch[] = [];
  for (const topic of TOPICS) {
    const hit = chinese
      ? topic.zhWords.some((word) => text.includes(word))
      : topic.words.some((word) => words.has(word));
    if (hit)
      found.push({
        name: topic.name,
        label: chinese ? topic.zhLabel : topic.label,
        tags: chinese ? topic.zhTags : topic.tags,
      });
  }
  return found;
}

/**
 * The topic tags a query's words point at, English and Chinese, for query expansion: "boss" gives
 * `work` and `colleagues`, so the question finds a memory about the user's manager.
 *
 * @example
 * topicTagsOf('Who is her boss?'); // ['work', 'job', 'career', 'colleagues']
 */
export function topicTagsOf(text: string): string[] {
  const topics = [...detectTopics(text), ...detectTopics(text, { chinese: true })];
  return [...new Set(topics.flatMap((match) => match.tags))];
}

/**
 * Tags for a memory: its topics' tags, proper names and time words from the text, at most `max`.
 *
 * @example
 * tagsFor('travel to Guangzhou this summer'); // ['travel', 'trip', 'vacation', 'holiday', 'Guangzhou', 'summer']
 */
export function tagsFor(
  text: string,
  { chinese = false, max = 8 }: { chinese?: boolean; max?: number } = {},
): string[] {
  const tags: string[] = [];
  for (const topic of detectTopics(text, { chinese })) tags.push(...topic.tags);
  if (chinese) {
    for (const word of ZH_SEASONS) if (text.includes(word)) tags.push(word);
  } else {
    // Proper names: capitalised words that do not start the text (the names and places users mention).
    const names =
      text.match(/(?<=\s)(?:\p{N}+\s+)?\p{Lu}[\p{L}\p{N}'-]+(?:\s+\p{Lu}[\p{L}\p{N}'-]+)*/gu) ?? [];
    tags.push(...names.filter((name) => !NOT_NAMES.has(name)));
    for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) if (SEASONS.has(word)) tags.push(word);
  }
  return [...new Set(tags)].slice(0, max);
}

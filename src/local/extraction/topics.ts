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

const TOPICS: readonly Topic[] = [
  {
    name: 'hotel',
    label: 'hotel accommodation',
    zhLabel: '酒店住宿',
    words: list('hotel hotels inn hostel accommodation lodging motel resort airbnb stay'),
    zhWords: list('酒店 宾馆 住宿 民宿 旅馆 客栈'),
    tags: list('hotel accommodation'),
    zhTags: list('酒店 住宿'),
  },
  {
    name: 'travel',
    label: 'travel',
    zhLabel: '旅行',
    words: list(
      'travel travelling traveling trip trips vacation holiday holidays tour journey flight visit visited visiting',
    ),
    zhWords: list('旅游 旅行 出游 度假 机票 游玩 去过'),
    tags: list('travel trip vacation holiday'),
    zhTags: list('旅游 旅行 度假'),
  },
  {
    name: 'food',
    label: 'food',
    zhLabel: '饮食',
    words: list(
      'food eat eating restaurant restaurants cuisine dish dishes meal cook cooking coffee tea drink pizza sushi vegetarian vegan spicy breakfast lunch dinner',
    ),
    zhWords: list('美食 餐厅 吃 菜 咖啡 茶 饮料 素食 辣 早餐 午餐 晚餐'),
    tags: list('food'),
    zhTags: list('饮食 美食'),
  },
  {
    name: 'work',
    label: 'work',
    zhLabel: '工作',
    words: list(
      'work works working job career office company engineer developer manager teacher doctor nurse designer colleague boss',
    ),
    zhWords: list('工作 上班 公司 职业 同事 老板 工程师 经理 老师 医生'),
    tags: list('work job career'),
    zhTags: list('工作 职业'),
  },
  {
    name: 'home',
    label: 'home',
    zhLabel: '居住',
    words: list('live lives living home house apartment moved neighborhood neighbourhood'),
    zhWords: list('住在 家在 搬家 公寓 房子'),
    tags: list('home location'),
    zhTags: list('居住 住址'),
  },
  {
    name: 'family',
    label: 'family',
    zhLabel: '家人',
    words: list(
      'wife husband son daughter kid kids child children mother father mom dad brother sister family partner girlfriend boyfriend parents',
    ),
    zhWords: list('妻子 老婆 丈夫 老公 孩子 儿子 女儿 妈妈 爸爸 家人 父母 哥哥 姐姐 弟弟 妹妹'),
    tags: list('family'),
    zhTags: list('家人 家庭'),
  },
  {
    name: 'pet',
    label: 'pets',
    zhLabel: '宠物',
    words: list('dog dogs cat cats pet pets puppy kitten'),
    zhWords: list('狗 猫 宠物'),
    tags: list('pet'),
    zhTags: list('宠物'),
  },
  {
    name: 'sport',
    label: 'sport',
    zhLabel: '运动',
    words: list(
      'run running gym yoga swim swimming football soccer basketball tennis hike hiking cycling exercise marathon climbing',
    ),
    zhWords: list('跑步 健身 瑜伽 游泳 足球 篮球 网球 徒步 骑行 运动 爬山'),
    tags: list('sport exercise'),
    zhTags: list('运动 健身'),
  },
  {
    name: 'music',
    label: 'music',
    zhLabel: '音乐',
    words: list('music song songs band guitar piano concert jazz rock sing singing'),
    zhWords: list('音乐 歌 乐队 吉他 钢琴 演唱会 唱歌'),
    tags: list('music'),
    zhTags: list('音乐'),
  },
  {
    name: 'health',
    label: 'health',
    zhLabel: '健康',
    words: list('allergic allergy allergies diet health sick medicine diabetes injury sleep'),
    zhWords: list('过敏 健康 生病 饮食 药 睡眠 糖尿病'),
    tags: list('health'),
    zhTags: list('健康'),
  },
  {
    name: 'study',
    label: 'education',
    zhLabel: '学习',
    words: list('study studying student school university college course learn learning degree exam'),
    zhWords: list('学习 学生 学校 大学 课程 考试 专业'),
    tags: list('education study'),
    zhTags: list('学习 教育'),
  },
  {
    name: 'reading',
    label: 'reading and films',
    zhLabel: '阅读和影视',
    words: list('book books novel novels read reading movie movies film films series show'),
    zhWords: list('书 小说 阅读 电影 电视剧 看书'),
    tags: list('books movies'),
    zhTags: list('阅读 电影'),
  },
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
  const words = new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? []);
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

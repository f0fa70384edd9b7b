import { offeredOptionsZh, resolveChoiceZh } from './offered-options.ts';
import type { RuleContext, RuleFamily, RuleHit } from './rules-english.ts';
import { detectTopics, tagsFor } from './topics.ts';
import type { MemoryKind } from './types.ts';

// The Chinese rules, the same families as the English ones and held to the same precision. A rule reads
// a clause from its start (after openers such as 其实, 对了, 另外): "这个我很喜欢" is about "this", not
// a preference.

const trim = (text: string) => text.replace(/[\s，。！？；、,.!?;:：~～]+$/u, '').trim();
const OPENER =
  /^(?:嗯|哦|啊|其实|对了|另外|还有|顺便说一下|顺便|然后|而且|不过|说实话|老实说|告诉你|我跟你说)[，,\s]*/u;

/** "我…" → "用户…": the user in the third person, as MemOS writes Chinese memories. */
const toThirdPersonZh = (clause: string) =>
  `${trim(clause)
    .replace(/我(?!们)/gu, '用户')
    .replace(/我们/gu, '用户和家人')}。`;

function shortTitleZh(text: string, max = 12): string {
  const chars = Array.from(trim(text));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

interface ChineseRule {
  readonly family: RuleFamily;
  readonly kind: MemoryKind;
  readonly label: string;
  readonly pattern: RegExp;
  /** Objects that make the clause small talk or a one-off ("我叫了一份外卖", "我打算晚上吃面条"). */
  readonly reject?: RegExp;
  readonly slot?: string;
}

const OCCUPATIONS_ZH =
  '老师|教师|护士|医生|大夫|工程师|程序员|设计师|律师|会计|经理|产品经理|厨师|司机|记者|编辑|翻译|警察|消防员|军人|销售|会计师|药剂师|建筑师|研究员|教授|学生|研究生|博士生|公务员|店主|老板|创业者|作家|画家|歌手|演员|摄影师|教练|快递员|外卖员|保安|服务员';
const RELATIONS_ZH =
  '老婆|老公|妻子|丈夫|爱人|太太|先生|男朋友|女朋友|未婚妻|未婚夫|儿子|女儿|孩子|妈妈|爸爸|母亲|父亲|父母|爸妈|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|孙子|孙女|婆婆|公公|岳父|岳母';
const PETS_ZH =
  '猫|狗|猫咪|小猫|小狗|狗狗|兔子|仓鼠|鹦鹉|金鱼|乌龟|柯基|金毛|泰迪|哈士奇|柴犬|布偶|英短|橘猫';

// First match wins; negative forms come before the positive ones they contain (不喜欢 ⊃ 喜欢).
const RULES: readonly ChineseRule[] = [
  {
    family: 'name',
    kind: 'fact',
    label: '姓名',
    pattern:
      /^(?:你好[，,！!]?\s*)?(?:我叫|我的名字是|我的名字叫|我名字叫|大家都叫我|你可以叫我|叫我|我姓[^，,。]{1,2}[，,]\s*叫)(.+)/u,
    reject: /^(?:了|他|她|你|它|人|车|外卖|醒|起来|一|过)/u,
    slot: 'name',
  },
  {
    family: 'home',
    kind: 'fact',
    label: '居住地',
    pattern: /^我(?:们)?(?:现在|目前|已经|上个月|去年|今年|刚)?(?:住在|家在|搬到了|搬到|搬去了)(.+)/u,
    reject: /^(?:了|过|几天|酒店|宾馆)/u,
    slot: 'home',
  },
  {
    family: 'work',
    kind: 'fact',
    label: '工作',
    pattern: /^我(?:现在|目前)?在(.+?)(?:工作|上班|实习|任职)(?!了)/u,
    reject: /^(?:家|家里|外面|路上)$/u,
    slot: 'work',
  },
  {
    family: 'work',
    kind: 'fact',
    label: '职业',
    pattern: new RegExp(
      `^我(?:现在|目前)?是(?:一名|一个|一位|个|名)?((?:[^，。是]{0,6})(?:${OCCUPATIONS_ZH}))`,
      'u',
    ),
    slot: 'work',
  },
  {
    family: 'diet',
    kind: 'fact',
    label: '饮食',
    pattern: /^我(?:从来|从|一直|已经)?(?:不吃|不喝|不能吃|不能喝|戒了|戒掉了|已经戒了|戒)(.+)/u,
    reject: /^(?:了|下|饱|完|过|早饭|午饭|晚饭)/u,
  },
  { family: 'diet', kind: 'fact', label: '过敏', pattern: /^我对(.+?)过敏/u },
  {
    family: 'diet',
    kind: 'fact',
    label: '饮食',
    pattern: /^我(?:是|吃)(素食者|素食主义者|素|全素)/u,
    slot: 'diet',
  },
  {
    family: 'dislikes',
    kind: 'explicit_preference',
    label: '不喜欢',
    pattern: /^我(?:很|非常|特别|真的|一点也|一点都|并|最)?(?:不喜欢|讨厌|受不了|不爱|反感|不太喜欢)(.+)/u,
    reject: /^(?:这|那|你|它|他|她|这个|那个)/u,
  },
  {
    family: 'likes',
    kind: 'explicit_preference',
    label: '最喜欢',
    pattern: /^我最喜欢的(.+?)是(.+)/u,
  },
  {
    family: 'likes',
    kind: 'explicit_preference',
    label: '喜欢',
    pattern:
      /^我(?:很|非常|特别|比较|也|还|真的|一直|最|更)*(?:喜欢|爱|热爱|喜爱|迷上了|爱上了|爱吃|爱喝|偏爱|更喜欢)(.+)/u,
    reject: /^(?:你|这|那|它|他|她|这个|那个|的|上你|死)|建议|回答|安排/u,
  },
  {
    family: 'family',
    kind: 'fact',
    label: '家人',
    pattern: new RegExp(`^我(?:的|家)?((?:${RELATIONS_ZH}))(.+)`, 'u'),
    reject: /^(?:说|觉得|问|让我|叫我)/u,
  },
  {
    family: 'family',
    kind: 'fact',
    label: '家人',
    pattern: /^我有(?:一|两|三|四|\d)个(?:孩子|儿子|女儿|哥哥|姐姐|弟弟|妹妹)(.*)/u,
  },
  {
    family: 'pet',
    kind: 'fact',
    label: '宠物',
    pattern: new RegExp(`^我(?:家)?有(?:一|两|三|\\d)只((?:${PETS_ZH}).*)`, 'u'),
  },
  { family: 'pet', kind: 'fact', label: '宠物', pattern: new RegExp(`^我家的((?:${PETS_ZH}).+)`, 'u') },
  {
    family: 'plan',
    kind: 'fact',
    label: '计划',
    pattern:
      /^我(?:们)?(?:今年|明年|下个月|下周|下半年|暑假|寒假)?(?:打算|计划|准备|要去|将要去|会去|规划)(.+)/u,
    reject: /^(?:睡|吃|晚上|今晚|今天|一会|等会|洗|做饭|出门)|睡觉|吃饭/u,
  },
];

const SMALL_TALK = /^(?:说|问|想问|不知道|觉得|认为|看看|试试|谁|什么|哪)/u;

/** A choice among the options a Chinese assistant message offered ("我选7天", "我要第二个"). */
function readChoiceZh(clause: string, context: RuleContext): RuleHit | undefined {
  const assistant = context.previous.at(-1);
  if (assistant?.role !== 'assistant' || Array.from(clause).length > 24) return undefined;
  const options = offeredOptionsZh(assistant.text);
  const resolved = resolveChoiceZh(clause, options, assistant.text);
  if (!resolved) return undefined;
  const others = options.filter((option) => option !== resolved.chosen);
  const asked = [...context.previous].reverse().find((message) => message.role === 'user');
  const topic = detectTopics([asked?.text, clause].filter(Boolean).join(' '), { chinese: true })[0];
  return {
    family: 'choice',
    kind: 'explicit_preference',
    key: `选择：${shortTitleZh(resolved.chosen)}`,
    value: `用户选择了${resolved.chosen}${topic ? `作为${topic.label}` : ''}${others.length > 0 ? `（而不是${others.join('、')}）` : ''}。`,
    tags: [
      ...new Set(
        [...(topic?.tags ?? []), resolved.chosen.length <= 8 ? resolved.chosen : '', '选择', 'choice'].filter(
          Boolean,
        ),
      ),
    ],
    reasoning: `用户明确表示“${trim(clause)}”，助手提供的选项是${options.join('、')}。`,
    object: resolved.chosen,
    context: assistant,
  };
}

/**
 * Reads one Chinese clause and returns the typed memory it states, if a rule reads it.
 *
 * @example
 * readChineseClause('我打算今年夏天去广州旅游', context)?.value; // '用户打算今年夏天去广州旅游。'
 */
export function readChineseClause(clause: string, context: RuleContext): RuleHit | undefined {
  const text = trim(clause).replace(OPENER, '');
  if (/[吗呢？?]$/u.test(text) || /[？?]/u.test(clause)) return undefined;
  if (/以前|曾经|可能|也许|大概|如果/u.test(text)) return readChoiceZh(text, context);
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const object = trim((match[1] ?? '').split(/[，,。；;]/u)[0] ?? '');
    if (!object || SMALL_TALK.test(object) || rule.reject?.test(object)) continue;
    return {
      family: rule.family,
      kind: rule.kind,
      key: `${rule.label}：${shortTitleZh(object)}`,
      value: toThirdPersonZh(text),
      tags: tagsFor(text, { chinese: true }),
      object,
      ...(rule.slot ? { slot: rule.slot } : {}),
    };
  }
  return readChoiceZh(text, context);
}

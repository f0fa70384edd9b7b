import type { RuleContext, RuleHit } from './rules-english.ts';
import { detectTopics, tagsFor } from './topics.ts';
import type { MemoryKind } from './types.ts';

interface ChineseRule {
  readonly kind: MemoryKind;
  readonly label: string;
  readonly pattern: RegExp;
  readonly build?: (clause: string, object: string, context: RuleContext) => RuleHit | undefined;
}

const trim = (text: string) => text.replace(/[\s，。！？；、,.!?;:：]+$/u, '').trim();

/** "我…" → "用户…": the user is named in the third person, as MemOS writes Chinese memories. */
function toThirdPersonZh(clause: string): string {
  return `${trim(clause).replace(/我(?!们)/gu, '用户')}。`;
}

function shortTitleZh(text: string, max = 12): string {
  const chars = Array.from(trim(text));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/**
 * Options a Chinese assistant message offered ("可以考虑7天、全季、希尔顿等").
 *
 * @example
 * offeredOptionsZh('可以考虑7天、全季、希尔顿等。'); // ['7天', '全季', '希尔顿']
 */
export function offeredOptionsZh(text: string): string[] {
  const marker = /(?:比如|例如|包括|可以考虑|可以选择|推荐|有|：|:)/u.exec(text);
  if (!marker) return [];
  const tail = text.slice(marker.index + marker[0].length).split(/[。！？\n]/u)[0] ?? '';
  return tail
    .split(/[、，,/]|或者|或|和/u)
    .map((option) => trim(option.replace(/等等?$/u, '')))
    .filter((option) => option.length > 0 && Array.from(option).length <= 12);
}

function buildChoiceZh(clause: string, object: string, context: RuleContext): RuleHit | undefined {
  const chosen = trim(object.replace(/^(?:了|的是)/u, ''));
  if (!chosen || /^(?:这个|那个|它|哪个|什么)/u.test(chosen)) return undefined;
  const assistant = [...context.previous].reverse().find((message) => message.role === 'assistant');
  const asked = [...context.previous].reverse().find((message) => message.role === 'user');
  const options = assistant ? offeredOptionsZh(assistant.text) : [];
  const matched = options.find((option) => chosen.includes(option));
  const others = matched ? options.filter((option) => option !== matched) : [];
  const topic = detectTopics([asked?.text, assistant?.text, clause].filter(Boolean).join(' '), {
    chinese: true,
  })[0];
  const value = `用户选择了${chosen}${topic ? `作为${topic.label}` : ''}${others.length > 0 ? `（而不是${others.join('、')}）` : ''}。`;
  return {
    kind: 'explicit_preference',
    key: `选择：${shortTitleZh(chosen)}`,
    value,
    tags: [...new Set([...(topic?.tags ?? []), chosen.length <= 8 ? chosen : '', '选择'].filter(Boolean))],
    reasoning: `用户明确表示“${trim(clause)}”${options.length > 0 ? `，助手提供的选项是${options.join('、')}` : ''}。`,
  };
}

// First match wins; negative forms come before the positive ones they contain (不喜欢 ⊃ 喜欢).
const RULES: readonly ChineseRule[] = [
  { kind: 'fact', label: '姓名', pattern: /我(?:叫|的名字是|名字叫|的名字叫)(.+)/u },
  {
    kind: 'explicit_preference',
    label: '选择',
    pattern: /我(?:会|就|还是|决定|打算|最后)?(?:选择|选|挑选|挑|订了|定了|要了)(.+)/u,
    build: buildChoiceZh,
  },
  {
    kind: 'explicit_preference',
    label: '不喜欢',
    pattern:
      /我(?:很|非常|特别|真的|一点也|一点都|并)?(?:不喜欢|讨厌|不爱|受不了|反感|不太喜欢|不想吃|不吃|不喝)(.+)/u,
  },
  { kind: 'explicit_preference', label: '最喜欢', pattern: /我最喜欢的(.+?)是.+/u },
  {
    kind: 'explicit_preference',
    label: '偏好',
    pattern: /我(?:更|比较)?(?:倾向于|宁愿|宁可|更愿意|更喜欢|偏爱)(.+)/u,
  },
  {
    kind: 'explicit_preference',
    label: '喜欢',
    pattern: /我(?:很|非常|特别|比较|也|还|真的|一直|最)*(?:喜欢|爱|热爱|喜爱|迷上了|爱上了|爱吃|爱喝)(.+)/u,
  },
  { kind: 'explicit_preference', label: '兴趣', pattern: /我对(.+?)(?:很|非常|特别|比较)?感兴趣/u },
  {
    kind: 'fact',
    label: '计划',
    pattern:
      /我(?:已经|今年|明年|下个月|下周)?(?:打算|计划|准备|想要|想去|要去|将要|将会|会去|规划|安排了)(.+)/u,
  },
  { kind: 'fact', label: '去过', pattern: /我(?:已经|曾经|以前)?去过(.+)/u },
  { kind: 'fact', label: '居住地', pattern: /我(?:现在|目前)?(?:住在|家在|搬到了|搬到|住)(.+)/u },
  { kind: 'fact', label: '来自', pattern: /我(?:来自|是从)(.+)/u },
  { kind: 'fact', label: '工作', pattern: /我(?:现在|目前)?在(.+?)(?:工作|上班|实习)/u },
  { kind: 'fact', label: '职业', pattern: /我(?:的工作|的职业)是(.+)/u },
  { kind: 'fact', label: '近况', pattern: /我刚(?:刚)?(.+)/u },
  { kind: 'fact', label: '拥有', pattern: /我有([一两三四五六七八九十几\d]+.+)/u },
  { kind: 'fact', label: '', pattern: /我的(.+?)(?:是|叫|在).+/u },
  { kind: 'fact', label: '身份', pattern: /我是(?:一名|一个|一位)?(.+)/u },
];

const SMALL_TALK = /^(?:说|问|想问|不知道|觉得|认为|看看|试试|谁|什么|哪)/u;

/**
 * Reads one Chinese clause and returns the memory it states, if any.
 *
 * @example
 * readChineseClause('我打算今年夏天去广州旅游', context)?.value; // '用户打算今年夏天去广州旅游。'
 */
export function readChineseClause(clause: string, context: RuleContext): RuleHit | undefined {
  if (/[吗呢？?]$/u.test(trim(clause)) || /[？?]/u.test(clause)) return undefined;
  for (const rule of RULES) {
    const match = rule.pattern.exec(clause);
    if (!match) continue;
    const object = trim(match[1] ?? '');
    if (!object || SMALL_TALK.test(object)) continue;
    if (rule.build) {
      const hit = rule.build(clause.slice(match.index), object, context);
      if (hit) return hit;
      continue;
    }
    const statement = clause.slice(match.index);
    const key = rule.label ? `${rule.label}：${shortTitleZh(object)}` : shortTitleZh(object);
    return {
      kind: rule.kind,
      key,
      value: toThirdPersonZh(statement),
      tags: tagsFor(statement, { chinese: true }),
    };
  }
  return undefined;
}

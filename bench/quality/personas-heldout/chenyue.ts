import { definePersona } from '../author.ts';

/** 陈悦: startup founder between Shenzhen and Singapore, chatting in Chinese mixed with English. */
export const chenyue = definePersona({
  user_id: 'chenyue',
  name: '陈悦 (Chen Yue)',
  summary:
    'Founder and CEO of a cross-border e-commerce SaaS in Shenzhen, co-founder Kevin, Shenzhen/Singapore schedule, insomnia, swimming, mother in Wuhan, fiancé in Hong Kong.',
  language: 'zh',
  sessions: [
    {
      start: '2025-01-06 23:40',
      lines: [
        [
          'u',
          '我在深圳做一个跨境电商卖家用的 SaaS，帮他们管库存和物流，去年和大学室友 Kevin 一起出来干的，我做 CEO，他管技术。',
          'company',
        ],
        ['a', '听起来很有挑战。现在最让你头疼的是什么？产品、融资还是招人？'],
        ['u', '都头疼哈哈。先帮我把这封英文邮件改得专业一点：we want to schedule a demo next week.'],
        [
          'a',
          '可以这样写：Hi Sarah, I hope you are well. Would you be available for a 30-minute product demo next week? Please let me know a time that works for you.',
        ],
      ],
    },
    {
      start: '2025-01-20 07:15',
      lines: [
        [
          'u',
          '我的日程很乱：周一到周三在深圳办公室，周四周五飞新加坡见客户和投资人，周末再飞回来。',
          'schedule-old',
        ],
        ['a', '这样每周飞两趟很累。要不要考虑把新加坡的会议集中安排？'],
        ['u', '每天早上六点我都会去游 1500 米，不管在哪个城市，这是我唯一的 me time。', 'swim'],
        ['a', '坚持得很好。出差时可以提前查好酒店泳池的开放时间。'],
      ],
    },
    {
      start: '2025-02-11 02:50',
      lines: [
        [
          'u',
          '又是凌晨三点还睁着眼。最近失眠特别严重，医生让我下午两点以后别再碰咖啡，还建议我试试 CBT-I。',
          'insomnia',
        ],
        ['a', '失眠在高压创业期很常见。可以固定起床时间，床只用来睡觉，睡不着就起来做点放松的事。'],
        ['u', '道理都懂，做不到啊。给我推荐个白噪音 app 吧'],
        ['a', '可以试试 Endel 或者 Calm，也可以用风扇声、雨声这类简单的白噪音。'],
      ],
    },
    {
      start: '2025-03-08 19:30',
      lines: [
        ['u', 'Pre-A 终于 close 了！300 万美元，新加坡一家 VC 领投。', 'funding'],
        ['a', '恭喜！这是很重要的里程碑。接下来的钱主要打算花在哪里？'],
        ['u', '招销售和海外客服。团队现在 18 个人，年底想到 30。', 'team-old'],
        ['a', '扩张要注意现金流，建议按季度设招聘节点，留出 18 个月以上的 runway。'],
      ],
    },
    {
      start: '2025-04-05 12:20',
      lines: [
        ['u', '我妈一个人住在武汉，总说不想麻烦我。清明回去看了她，她腿脚不太好了。', 'mom'],
        ['a', '能回去陪她很好。可以考虑给家里装扶手和防滑垫，再给她配个智能手表方便联系。'],
        ['u', '好主意，帮我列一下适合老人的智能手表'],
        ['a', '可以看有跌倒检测和 SOS 功能的型号，比如 Apple Watch SE、华为 Watch 4，操作尽量简单。'],
        ['u', '顺便说一句，点外卖千万别给我加香菜，闻到都受不了。', 'cilantro'],
        ['a', '记住了，推荐菜的时候我会避开香菜。'],
      ],
    },
    {
      start: '2025-05-14 22:10',
      lines: [
        ['u', '我对象阿杰在香港做牙医，我们本来定了十月在大理办婚礼，双方家长都通知了。', 'wedding-plan'],
        ['a', '恭喜！大理十月天气很好。需要帮忙做婚礼筹备的时间表吗？'],
        ['u', '先不用，最近太忙了。帮我想想怎么跟阿杰解释这个月又没空去香港'],
        ['a', '坦诚说明最近的工作压力，并主动约一个确定的时间见面，比如下个月第一个周末。'],
      ],
    },
    {
      start: '2025-06-18 08:40',
      lines: [
        [
          'u',
          '调整了一下节奏：以后改成每两周去一次新加坡，另外每个月最后一周要去上海盯新开的办公室。',
          'schedule-new',
        ],
        ['a', '这样出差频率低了一些，但城市多了一个。建议把三地的固定会议写进共享日历，方便团队配合。'],
        ['u', '对，Kevin 也说我老是不在。'],
        ['a', '可以每周固定一个和 Kevin 的一对一，哪怕是线上的。'],
      ],
    },
    {
      start: '2025-07-22 23:55',
      lines: [
        ['u', '这周很难受，市场不好，我们裁了 4 个人，现在团队 14 个。', 'team-new'],
        ['a', '这是很难的决定。好好对待离开的同事，也要和留下的人说清楚公司的计划。'],
        ['u', '婚礼也决定往后推了，下轮融资要在秋天谈，十月根本走不开，改到明年春天。', 'wedding-new'],
        ['a', '推迟是合理的。阿杰那边怎么想？'],
        ['u', '他说 fine，反正他也不喜欢大理的 wedding planner 哈哈'],
        ['a', '那就好，明年春天的大理同样很美。'],
      ],
    },
    {
      start: '2025-08-30 06:30',
      lines: [
        ['u', '在新加坡酒店，泳池七点才开，只能先去 gym 跑步。'],
        ['a', '跑步也不错，注意补水。今天的日程紧吗？'],
        ['u', '三个客户 meeting，晚上还要和投资人吃饭。帮我准备三句 small talk 开场白。'],
        [
          'a',
          '1. How has your week been so far? 2. Have you tried any good restaurants here lately? 3. What are you most excited about in your portfolio this year?',
        ],
      ],
    },
  ],
  questions: [
    ['stable', '她的公司主要提供什么产品？', ['company']],
    ['stable', '她的合伙人是谁？', ['company']],
    ['updated', '她现在多久飞一次新加坡？', ['schedule-new']],
    ['indirect', '她晚上睡觉有什么问题？医生怎么建议的？', ['insomnia']],
    ['stable', '她每天早上做什么运动？', ['swim']],
    ['stable', '她母亲住在哪个城市？', ['mom']],
    ['indirect', '她未婚夫是做什么工作的？', ['wedding-plan']],
    ['updated', '她的婚礼什么时候办？', ['wedding-new']],
    ['updated', '她公司现在有多少员工？', ['team-new']],
    ['indirect', '帮她订餐时要避开什么？', ['cilantro']],
    ['stable', '她最近一轮拿了多少投资？', ['funding']],
  ],
});

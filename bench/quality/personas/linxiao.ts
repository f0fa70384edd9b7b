import { definePersona } from '../author.ts';

/** 林晓: software engineer who changes jobs from Shanghai to Hangzhou; chats mostly in Chinese. */
export const linxiao = definePersona({
  user_id: 'linxiao',
  name: '林晓 (Lin Xiao)',
  summary:
    'Backend engineer, Shanghai then Hangzhou, dog 豆豆, parents in Chengdu, IELTS, photography, spicy but not greasy food.',
  language: 'zh',
  sessions: [
    {
      start: '2025-02-12 21:30',
      lines: [
        [
          'u',
          '你好，我在上海一家金融科技公司做后端开发，主要写 Java，最近想提高一下系统设计能力，有什么书推荐吗？',
          'job',
        ],
        [
          'a',
          '推荐《数据密集型应用系统设计》（DDIA），还有《凤凰架构》。如果想练面试，可以看 System Design Interview 系列。',
        ],
        ['u', 'DDIA 我看了一半，太厚了哈哈'],
        ['a', '可以按章节挑着看，先读复制、分区和事务这几章，对后端最有用。'],
      ],
    },
    {
      start: '2025-02-28 12:15',
      lines: [
        ['u', '中午吃什么好纠结。我无辣不欢，但是太油的东西吃了会胃不舒服。', 'food'],
        [
          'a',
          '可以试试酸菜鱼、水煮菜心配辣椒酱、或者湘菜里的小炒黄牛肉少放油。麻辣烫也可以自己选清汤底加辣。',
        ],
        ['u', '那就麻辣烫吧'],
        ['a', '好主意，记得多加点蔬菜。'],
      ],
    },
    {
      start: '2025-03-16 10:00',
      lines: [
        ['u', '周末带豆豆去公园，它是一只三岁的柯基，特别能跑。', 'dog'],
        ['a', '柯基精力很旺盛！公园里可以玩飞盘或者捡球，注意天热的时候多带水。'],
        ['u', '顺便拍了好多照片，我最近迷上了摄影，用的是一台富士 X-T30。', 'photo'],
        ['a', 'X-T30 很适合街拍和宠物摄影，胶片模拟也很好看。拍狗狗可以用连拍和人眼/动物眼对焦。'],
        ['u', '有什么适合新手的构图技巧吗？'],
        ['a', '先练三分法和引导线，再试试低角度拍摄，和狗狗的视线平齐，画面会更有代入感。'],
      ],
    },
    {
      start: '2025-04-20 22:40',
      lines: [
        ['u', '我在准备雅思考试，目标是总分7分，口语最弱，你能陪我练一下吗？', 'ielts'],
        [
          'a',
          'Of course! Let us start with Part 1. Question: Do you prefer studying in the morning or in the evening? Why?',
        ],
        ['u', 'I prefer evening because I am more focus after work.'],
        [
          'a',
          'Good answer! Small fix: "I am more focused after work." You could add an example, like "I usually study for an hour after dinner."',
        ],
      ],
    },
    {
      start: '2025-05-27 19:20',
      lines: [
        ['u', '跟你说个事，我拿到了杭州一家电商公司的 offer，薪资涨了30%，下个月就要跳槽了。', 'offer'],
        ['a', '恭喜！涨幅很可观。杭州的互联网氛围也很好。需要帮你准备离职交接清单吗？'],
        ['u', '要的，帮我列一个交接清单吧'],
        [
          'a',
          '交接清单：1. 负责的系统和服务列表；2. 未完成的需求和bug；3. 账号权限移交；4. 文档和部署手册；5. 关键联系人；6. 定时任务和告警配置。',
        ],
      ],
    },
    {
      start: '2025-06-29 20:00',
      lines: [
        ['u', '终于搬完家了，现在住在杭州滨江，离新公司骑车十分钟，豆豆也适应得挺好。', 'moved'],
        ['a', '太好了！滨江离钱塘江很近，傍晚可以带豆豆去江边散步。'],
        ['u', '对，而且周末可以去西湖拍照'],
        ['a', '西湖清晨人少光线好，断桥和苏堤都很出片。'],
      ],
    },
    {
      start: '2025-07-21 21:10',
      lines: [
        ['u', '我爸妈住在成都，国庆想回去看他们，现在买高铁票还来得及吗？', 'parents'],
        [
          'a',
          '国庆的票一般提前15天开售，建议设置提醒，开售当天抢。杭州到成都高铁大概12小时，也可以考虑飞机，两个多小时。',
        ],
        ['u', '那我还是坐飞机吧，豆豆寄养在朋友家。'],
        ['a', '好的，记得提前跟朋友交代好狗粮和遛狗时间。'],
      ],
    },
    {
      start: '2025-08-30 23:05',
      lines: [
        ['u', '今年十一月想去日本京都看红叶，一个人去，预算一万块左右，能帮我规划一下吗？', 'kyoto'],
        [
          'a',
          '十一月下旬是京都红叶最好的时候。推荐：东福寺、永观堂、岚山、清水寺夜间特别参观。住宿选四条河原町附近，交通方便。',
        ],
        ['u', '签证需要准备什么材料？'],
        ['a', '一般需要护照、照片、在职证明、银行流水或资产证明，通过指定旅行社递交，具体以领区要求为准。'],
      ],
    },
    {
      start: '2025-09-14 19:45',
      lines: [
        ['u', '最近加入了公司的羽毛球俱乐部，每周三晚上打两个小时，感觉身体好多了。', 'badminton'],
        ['a', '羽毛球很好，既锻炼心肺又练反应。打之前记得充分热身，保护好膝盖和手腕。'],
        ['u', '嗯嗯，谢谢提醒'],
        ['a', '不客气，玩得开心！'],
      ],
    },
  ],
  questions: [
    ['updated', '她现在在哪个城市工作？', ['offer', 'moved']],
    ['stable', '她是做什么工作的？', ['job']],
    ['stable', '她养了什么宠物？', ['dog']],
    ['indirect', '推荐餐厅的时候口味上要注意什么？', ['food']],
    ['stable', '她平时有什么爱好？', ['photo', 'badminton']],
    ['stable', '她在备考什么？', ['ielts']],
    ['stable', '她的父母住在哪里？', ['parents']],
    ['stable', '她秋天有什么旅行计划？', ['kyoto']],
    ['indirect', '她用什么相机？', ['photo']],
    ['updated', '她住在杭州哪个区？', ['moved']],
    ['stable', '她做什么运动？', ['badminton']],
  ],
});

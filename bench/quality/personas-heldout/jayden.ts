import { definePersona } from '../author.ts';

/** Jayden: 16-year-old gamer in Leeds writing in lowercase slang; exams, a Saturday job, a cancelled LAN. */
export const jayden = definePersona({
  user_id: 'jayden',
  name: 'Jayden Okafor',
  summary:
    'Teenage gamer in Leeds, Valorant (Jett main, plat then diamond), asthma, Saturday job at a chippy, vegetarian, esports BTEC.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-04 23:30',
      lines: [
        ['u', 'santa came thru fr, new rtx 4060 in the pc and val runs at like 300 fps now', 'gpu'],
        [
          'a',
          'Nice upgrade! Make sure your monitor refresh rate is set correctly in Windows so you actually see those frames.',
        ],
        ['u', 'wait how do i check that'],
        [
          'a',
          'Settings > System > Display > Advanced display, then pick the highest refresh rate your monitor supports.',
        ],
        ['u', 'omg it was on 60 this whole time 💀'],
        ['a', 'Classic. It should feel a lot smoother now.'],
      ],
    },
    {
      start: '2025-01-19 16:45',
      lines: [
        [
          'u',
          'im hardstuck plat 3 for months bro. i main jett but my dashes are so bad under pressure',
          'jett',
        ],
        [
          'a',
          'Practise the dash-entry in custom games and in the range, and agree on timing with a teammate so you are never entering alone.',
        ],
        ['u', 'my team never talks tho'],
        ['a', 'Then use pings and short callouts yourself; one person communicating already helps.'],
      ],
    },
    {
      start: '2025-02-08 12:10',
      lines: [
        [
          'u',
          'mum says i gotta revise cus mocks are next week. year 11 is actually so long, gcses in may',
          'school',
        ],
        [
          'a',
          'Try 25-minute focused blocks with 5-minute breaks, and use past papers. Want a simple revision timetable?',
        ],
        ['u', 'ye do maths and bio first those are my worst'],
        [
          'a',
          'Mon/Wed/Fri: maths past paper sections. Tue/Thu: biology topics with flashcards. Weekend: one mixed mock, then a game as reward.',
        ],
      ],
    },
    {
      start: '2025-02-27 18:30',
      lines: [
        [
          'u',
          "started at my uncle's chippy on saturdays, 6 hours frying and wrapping for 40 quid. i smell like vinegar now lol",
          'chippy',
        ],
        ['a', 'Nice, first paycheck! Saving up for anything?'],
        [
          'u',
          'ye for insomnia gaming festival in birmingham in april, going w my mates from school',
          'lan-plan',
        ],
        ['a', 'That sounds fun. Book train tickets early, they get pricey closer to the date.'],
        [
          'u',
          'also funny thing i dont even eat the fish, ive been veggie since year 9, chicken nuggets were the last thing to go',
          'veggie',
        ],
        ['a', 'Respect for sticking with it. Chips and mushy peas are safe at least.'],
      ],
    },
    {
      start: '2025-03-15 20:00',
      lines: [
        [
          'u',
          'pe teacher wants everyone to do the cross country thing but i cant go hard for long cus of my asthma, i keep my blue inhaler in my bag always',
          'asthma',
        ],
        [
          'a',
          'That is a good reason; let your teacher know in advance so they can plan for it, and take your inhaler before exercising if your doctor says so.',
        ],
        ['u', 'ok. also rate my crosshair: green, 0 outline, 4 length'],
        ['a', 'Solid and readable on most maps. Keep it and stop changing it every week!'],
      ],
    },
    {
      start: '2025-03-30 11:20',
      lines: [
        [
          'u',
          "nah i cant go to insomnia anymore its the same weekend as my cousin's wedding in london, mum said no chance",
          'lan-cancel',
        ],
        ['a', 'That is frustrating. There are smaller LAN events later in the year you could go to.'],
        [
          'u',
          'my dad lives in bradford, i see him every other sunday, he said he might take me to one in the summer',
          'dad',
        ],
        ['a', 'That would be a nice thing to do together.'],
      ],
    },
    {
      start: '2025-04-22 21:40',
      lines: [
        [
          'u',
          'been playing rocket league with my little sister mia, shes 10 and honestly better at aerials than me',
          'sister',
        ],
        ['a', 'Ha, that is a great way to hang out. Maybe she can teach you.'],
        ['u', 'never saying that to her face'],
        ['a', 'Your secret is safe with me.'],
        ['u', 'made a twitch btw, jaydnplays. 14 followers lol, mostly my mates', 'twitch'],
        [
          'a',
          'Everyone starts somewhere. Stream at the same times each week so people know when to find you.',
        ],
      ],
    },
    {
      start: '2025-05-18 15:00',
      lines: [
        ['u', 'english lit exam tomorrow, can u explain what a motif is quick'],
        [
          'a',
          'A motif is an image, idea or symbol that repeats in a text and supports its themes, like blood in Macbeth standing for guilt.',
        ],
        ['u', 'ok macbeth is literally our text so that helps'],
        ['a', 'Good luck tomorrow!'],
      ],
    },
    {
      start: '2025-06-28 22:15',
      lines: [
        ['u', 'FINALLY diamond 1. dropped 27 kills on ascent to rank up', 'diamond'],
        ['a', 'Huge, congratulations! All that practice paid off.'],
        [
          'u',
          'and i was gonna do computer science at leeds city college but i got a place on the esports btec at keighley college instead, starting september',
          'college',
        ],
        [
          'a',
          'That sounds like a great fit. Esports courses cover coaching, event production and content creation too.',
        ],
        ['u', 'mum thinks its not a real course but they have a proper arena'],
        ['a', 'Show her the course outline; it includes business and media units too.'],
      ],
    },
  ],
  questions: [
    ['updated', 'What rank is he in Valorant now?', ['diamond']],
    ['indirect', 'Which agent does he usually pick?', ['jett']],
    ['indirect', 'Does he have a medical condition that matters when he does sport?', ['asthma']],
    ['stable', 'Where does he work at the weekend?', ['chippy']],
    ['indirect', 'Which graphics card does his computer have?', ['gpu']],
    ['updated', 'Is he still going to the gaming festival in Birmingham?', ['lan-cancel']],
    ['updated', 'What will he study after the summer?', ['college']],
    ['indirect', 'Does he eat meat?', ['veggie']],
    ['stable', 'What is his streaming channel called?', ['twitch']],
    ['stable', 'Who does he play Rocket League with?', ['sister']],
    ['stable', 'Where does his father live?', ['dad']],
  ],
});

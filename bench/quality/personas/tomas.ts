import { definePersona } from '../author.ts';

/** Tomás: sous-chef in Barcelona who opens his own bar and moves to Sitges; type 2 diabetes. */
export const tomas = definePersona({
  user_id: 'tomas',
  name: 'Tomás García',
  summary:
    'Sous-chef then bar owner, Barcelona then Sitges, daughter Lucía, type 2 diabetes, sailing, Camino plans.',
  language: 'en',
  sessions: [
    {
      start: '2024-10-05 23:50',
      lines: [
        [
          'u',
          "Long service tonight. I'm sous-chef at a seafood restaurant in the Born, 14 hours on my feet.",
          'job',
        ],
        [
          'a',
          'That sounds exhausting. Put your feet up, drink water, and try compression socks for the next long shift.',
        ],
        ['u', 'Yeah. Can you give me a quick romesco ratio for 40 covers?'],
        [
          'a',
          'For 40 covers: 1.2 kg roasted tomatoes, 600 g roasted red peppers, 200 g toasted almonds, 100 g hazelnuts, 4 heads of roasted garlic, 2 ñora peppers, 150 g stale bread, 300 ml olive oil, sherry vinegar and salt to taste.',
        ],
      ],
    },
    {
      start: '2024-11-12 10:30',
      lines: [
        [
          'u',
          'My doctor says I have type 2 diabetes. I need to cut sugar and refined carbs, which is ironic for someone who makes desserts.',
          'diabetes',
        ],
        [
          'a',
          'That is a lot to take in. Many people manage type 2 well with diet, activity and medication. Want help with lower-carb versions of dishes you like?',
        ],
        ['u', 'Yes, start with breakfast. I usually just have a croissant and coffee.'],
        [
          'a',
          'Try pa amb tomàquet on a thin slice of wholegrain bread with an egg or jamón, or Greek yogurt with walnuts. Keep the coffee, skip the sugar.',
        ],
      ],
    },
    {
      start: '2024-12-20 17:00',
      lines: [
        [
          'u',
          'My daughter Lucía is 12 and stays with me every other weekend since the divorce. What can we do in Barcelona over Christmas?',
          'daughter',
        ],
        [
          'a',
          'Ideas: the Fira de Santa Llúcia market, ice skating at Plaça Catalunya, CosmoCaixa science museum, and the caga tió tradition at home.',
        ],
        ['u', "She's mad about science so CosmoCaixa it is."],
        ['a', 'Perfect. The flooded forest and the planetarium are highlights.'],
      ],
    },
    {
      start: '2025-01-30 15:40',
      lines: [
        [
          'u',
          "I'm finally doing it: I signed the lease for my own tapas bar in Gràcia. Opening in April if the permits behave.",
          'bar',
        ],
        [
          'a',
          'Huge news, congratulations! Gràcia is a great neighbourhood for a tapas bar. What is the concept?',
        ],
        ['u', 'Small plates, natural wine, and everything lower in sugar, for obvious reasons.'],
        ['a', 'A natural wine bar with a health-conscious menu could really stand out. Do you have a name?'],
        ['u', 'La Barca. My grandfather was a fisherman.', 'barname'],
        ['a', 'That is a beautiful name with a story behind it.'],
      ],
    },
    {
      start: '2025-03-08 09:15',
      lines: [
        [
          'u',
          'On my days off I go out on a small sailboat from Port Olímpic, it is the only time my head is quiet.',
          'sailing',
        ],
        ['a', 'Sailing is great for that. Do you own the boat or rent?'],
        ['u', 'Share it with two friends. Any tips for sailing in winter wind?', 'boat-share'],
        [
          'a',
          'Reef early, dress in layers with a windproof shell, check the tramontana forecast, and always file a plan with someone ashore.',
        ],
      ],
    },
    {
      start: '2025-04-25 22:30',
      lines: [
        ['u', 'La Barca opened last week and we were full three nights in a row!', 'opened'],
        ['a', 'Fantastic, congratulations on the opening! Full houses in the first week is a great sign.'],
        ['u', 'Help me write an Instagram caption for our new vermouth Sunday.'],
        [
          'a',
          '"Diumenge de vermut a La Barca 🌊 House vermouth, olives, anchovies and good company. Every Sunday from 12."',
        ],
      ],
    },
    {
      start: '2025-06-02 11:20',
      lines: [
        [
          'u',
          'Been learning Japanese on the side, an hour every morning. I want to stage in a kitchen in Osaka one day.',
          'japanese',
        ],
        [
          'a',
          'That is a great goal. Focus on kana first, then kitchen vocabulary. Osaka has a strong culture of staging in small restaurants.',
        ],
        ['u', 'how do you say "behind you" in a kitchen?'],
        ['a', 'A common phrase is "ushiro tōrimasu" (後ろ通ります), "passing behind you".'],
      ],
    },
    {
      start: '2025-07-19 18:00',
      lines: [
        [
          'u',
          'We moved out of the city. Lucía and I now live in Sitges, a short train ride to the bar, and I can see the sea from the balcony.',
          'sitges',
        ],
        ['a', 'Sitges is lovely, and the R2 Sud train to Barcelona is quick. Sounds like a calmer life.'],
        ['u', 'Is there a good bakery there that does low-sugar bread?'],
        [
          'a',
          'I cannot check live listings, but look for bakeries offering pa de sègol (rye) or spelt loaves, which are lower on the glycaemic index.',
        ],
      ],
    },
    {
      start: '2025-09-10 20:40',
      lines: [
        [
          'u',
          'Next spring I want to walk the Camino de Santiago, the Portuguese route from Porto, about two weeks.',
          'camino',
        ],
        [
          'a',
          'The Portuguese Camino from Porto is about 240 km along the coast or the central path. Two weeks is comfortable. Spring is a great season for it.',
        ],
        ['u', 'What should I pack, considering my diabetes?'],
        [
          'a',
          'Bring your glucose meter and spare strips, medication in your carry-on, quick sugar for lows, comfortable broken-in shoes, and check your feet every evening.',
        ],
      ],
    },
  ],
  questions: [
    ['updated', 'What does he do for a living now?', ['bar', 'opened']],
    ['stable', 'What is the name of his restaurant?', ['barname', 'opened']],
    ['indirect', 'Does he have a health condition that affects what he eats?', ['diabetes']],
    ['stable', 'Does he have children?', ['daughter']],
    ['updated', 'Which town does he live in?', ['sitges']],
    ['indirect', 'What does he do to unwind?', ['sailing']],
    ['stable', 'Which language is he learning, and why?', ['japanese']],
    ['stable', 'What long walk is he planning?', ['camino']],
    ['indirect', 'Where is his bar located?', ['bar']],
    ['stable', 'Where did he work before opening his own place?', ['job']],
    ['stable', 'Who does he share his boat with?', ['boat-share']],
  ],
});

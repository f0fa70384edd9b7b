import { definePersona } from '../author.ts';

/** Hannah: retired librarian in Edinburgh; a Norway cruise becomes a Swiss rail trip. */
export const hannah = definePersona({
  user_id: 'hannah',
  name: 'Hannah Schmidt',
  summary:
    'Retired librarian, Edinburgh, widowed, son in Perth (Australia), low-salt diet, garden, birds, choir, Italian.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-15 10:20',
      lines: [
        [
          'u',
          'Good morning dear. I spent forty years as a librarian before I retired, and now I finally have time for my garden in Morningside.',
          'retired',
        ],
        ['a', 'Good morning! Forty years is a wonderful career. What are you growing in the garden?'],
        [
          'u',
          'Roses, sweet peas, and I want to try vegetables this year. What can I sow in Scotland in February?',
          'garden',
        ],
        [
          'a',
          'Indoors in February: onions, leeks, early peas in modules, broad beans and chillies on a warm windowsill. Outdoors, wait until March or April unless you have a cold frame.',
        ],
      ],
    },
    {
      start: '2025-02-09 16:00',
      lines: [
        [
          'u',
          'My GP says my blood pressure is too high and I must cut down on salt. I love cooking, so this is a blow.',
          'salt',
        ],
        [
          'a',
          'Cooking gives you a lot of control, which helps. Lemon, herbs, garlic, black pepper and vinegar add flavour without salt. Watch bread, stock cubes and cheese, which hide a lot.',
        ],
        ['u', 'Can you give me a soup recipe then?'],
        [
          'a',
          'Leek and potato soup with homemade low-salt stock, thyme, a bay leaf and plenty of black pepper. Finish with a splash of cream and chives.',
        ],
      ],
    },
    {
      start: '2025-03-03 20:30',
      lines: [
        [
          'u',
          'My son Daniel lives in Perth in Australia with his wife and my two grandsons. What time is it there now compared to Edinburgh?',
          'son',
        ],
        [
          'a',
          'Perth is 8 hours ahead of the UK in winter, so it is about half past four in the morning there.',
        ],
        ['u', 'Goodness. I will call him on Sunday morning then, it is evening for them.'],
        [
          'a',
          'Sunday morning for you is Sunday afternoon or evening in Perth, a nice time to catch the family together.',
        ],
      ],
    },
    {
      start: '2025-03-28 11:45',
      lines: [
        [
          'u',
          "I've booked a cruise to the Norwegian fjords in June with my friend Margaret. My first holiday since my husband passed away.",
          'cruise',
        ],
        [
          'a',
          'That sounds like a lovely and meaningful trip. The fjords in June have very long days. Which ports are you visiting?',
        ],
        ['u', 'Bergen, Geiranger and Ålesund.'],
        [
          'a',
          'Wonderful choices: the funicular in Bergen, the Geirangerfjord views and the art nouveau streets of Ålesund.',
        ],
      ],
    },
    {
      start: '2025-04-22 06:50',
      lines: [
        ['u', 'There is a bird with a black cap and a lovely song in my garden at dawn. What might it be?'],
        [
          'a',
          'In April in Edinburgh, a blackcap is likely: the males have a neat black cap and a rich, fluting song. A great tit also has a black head but a two-note "teacher teacher" call.',
        ],
        [
          'u',
          'A blackcap! I have started keeping a notebook of every bird I see from the kitchen window.',
          'birds',
        ],
        ['a', 'That is a lovely habit. You could also submit sightings to the BTO Garden BirdWatch.'],
      ],
    },
    {
      start: '2025-05-20 14:30',
      lines: [
        [
          'u',
          "Margaret broke her hip, so we cancelled the cruise. Instead we'll take the train through Switzerland in September, she says trains are easier for her.",
          'switzerland',
        ],
        [
          'a',
          'I am sorry about Margaret, I hope she recovers well. A Swiss rail trip is a great choice, gentle and spectacular. The Glacier Express and the Bernina Express are classics.',
        ],
        ['u', 'Which one has the best views?'],
        [
          'a',
          'The Bernina Express crosses the Alps into Italy with glaciers and the Brusio spiral viaduct; the Glacier Express is longer and slower. Many people say Bernina for the views.',
        ],
      ],
    },
    {
      start: '2025-06-17 19:15',
      lines: [
        [
          'u',
          "I've joined a community choir at St Cuthbert's, we sing every Wednesday evening. I'm an alto.",
          'choir',
        ],
        ['a', 'How lovely! Singing in a choir is wonderful for the spirit. What are you rehearsing?'],
        ['u', "Fauré's Requiem for the Christmas concert."],
        ['a', 'A beautiful piece, the Pie Jesu and In Paradisum especially.'],
      ],
    },
    {
      start: '2025-07-30 15:00',
      lines: [
        [
          'u',
          'I want to learn a bit of Italian before the trip, since the Bernina train ends in Tirano. I have an app on my iPad.',
          'italian',
        ],
        [
          'a',
          'Brava! Start with greetings and ordering food: "Buongiorno", "Vorrei un caffè, per favore", "Il conto, per favore".',
        ],
        ['u', 'Grazie! Is that right?'],
        ['a', 'Perfect! Grazie mille.'],
      ],
    },
    {
      start: '2025-09-02 10:05',
      lines: [
        [
          'u',
          "My cat Bramble needs looking after while I'm away. She is fifteen and on thyroid tablets.",
          'cat',
        ],
        [
          'a',
          'A cat sitter who visits twice a day might be less stressful than a cattery for an older cat. Leave written instructions for the tablets.',
        ],
        ['u', 'My neighbour Fiona has agreed to pop in.'],
        ['a', 'Wonderful, having someone Bramble knows is ideal.'],
      ],
    },
  ],
  questions: [
    ['stable', 'What was her career?', ['retired']],
    ['indirect', 'Which city does she live in?', ['retired', 'son']],
    ['indirect', 'Are there dietary restrictions I should know about?', ['salt']],
    ['stable', 'Where does her son live?', ['son']],
    ['stable', 'How many grandchildren does she have?', ['son']],
    ['updated', 'What trip is she taking this autumn?', ['switzerland', 'italian']],
    ['updated', 'Is she still going on the Norway cruise?', ['switzerland']],
    ['stable', 'What does she grow in her garden?', ['garden']],
    ['indirect', 'Which hobbies keep her busy besides gardening?', ['birds', 'choir']],
    ['stable', 'What part does she sing?', ['choir']],
    ['stable', 'Does she have any pets?', ['cat']],
    ['stable', 'Which language is she picking up?', ['italian']],
  ],
});

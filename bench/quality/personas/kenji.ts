import { definePersona } from '../author.ts';

/** Kenji: marine biology PhD in Boston who takes a postdoc in San Diego; coeliac; plans a proposal. */
export const kenji = definePersona({
  user_id: 'kenji',
  name: 'Kenji Watanabe',
  summary:
    'Marine biology PhD (Boston) then postdoc (San Diego), coeliac, bass guitar, girlfriend Maya, tight budget.',
  language: 'en',
  sessions: [
    {
      start: '2024-09-10 23:30',
      lines: [
        [
          'u',
          "I'm in the fourth year of my PhD in Boston, I study how coral larvae respond to ocean warming. Can you help me tighten an abstract?",
          'phd',
        ],
        ['a', 'Happy to. Paste the abstract and tell me the word limit and the venue.'],
        [
          'u',
          "It's for the Ocean Sciences Meeting, 300 words max. Here it is: Coral reefs face increasing thermal stress...",
        ],
        [
          'a',
          'Here is a tighter version that leads with your main finding and cuts the background to two sentences. It is now 284 words.',
        ],
      ],
    },
    {
      start: '2024-10-02 12:40',
      lines: [
        [
          'u',
          'Cheap lunch ideas? I have coeliac disease so anything with wheat, barley or rye makes me really sick.',
          'celiac',
        ],
        [
          'a',
          'Budget gluten-free lunches: rice bowls with beans and salsa, potato and egg hash, corn tortilla quesadillas, lentil soup, and rice noodle stir-fries with tamari instead of soy sauce.',
        ],
        [
          'u',
          'Student stipend life, so yeah cheap is key. I try to keep food under 60 bucks a week.',
          'budget',
        ],
        [
          'a',
          'That is doable with batch cooking: a big pot of chili or dal on Sunday covers several lunches.',
        ],
      ],
    },
    {
      start: '2024-11-16 01:10',
      lines: [
        [
          'u',
          'Our band has a gig on Friday at a bar in Somerville. I play bass. Any tips for stage nerves?',
          'band',
        ],
        [
          'a',
          'Arrive early to soundcheck, lock in with the drummer on the first song, and breathe slowly before you start. Nobody in the crowd notices small mistakes.',
        ],
        ['u', 'what is the band called you ask? "Low Tide" lol, very marine biologist of me'],
        ['a', 'Low Tide is a great name, and it fits perfectly.'],
      ],
    },
    {
      start: '2025-01-20 20:00',
      lines: [
        [
          'u',
          'My girlfriend Maya and I have been together four years. I want to propose this summer but I have no idea how.',
          'proposal',
        ],
        [
          'a',
          'How exciting! Think about places that matter to you both, whether she would prefer something private or with friends, and her ring style. Do you have ideas?',
        ],
        ['u', 'We met on a whale watching boat out of Gloucester. Maybe there?', 'met'],
        [
          'a',
          'That is a perfect, meaningful spot. You could book the same tour and propose on deck, or propose on the harbour before boarding.',
        ],
      ],
    },
    {
      start: '2025-03-14 17:25',
      lines: [
        [
          'u',
          'I got the postdoc at Scripps in San Diego! Starting September, working on kelp forest restoration.',
          'postdoc',
        ],
        [
          'a',
          'Congratulations, that is a fantastic position! Kelp restoration is such important work. Will Maya move with you?',
        ],
        ['u', 'She is a nurse so she can find work there, she is already applying.', 'maya-job'],
        ['a', 'That makes the move much easier. San Diego hospitals are hiring nurses.'],
      ],
    },
    {
      start: '2025-05-05 21:50',
      lines: [
        ['u', 'I defended my thesis today!! Dr. Watanabe now', 'defended'],
        ['a', 'Congratulations, Dr. Watanabe! That is a huge achievement. Celebrate properly tonight.'],
        ['u', 'Gluten free beer recommendations for the party?'],
        ['a', 'Look for Glutenberg, Holidaily, or Ghostfish; all are brewed without barley or wheat.'],
      ],
    },
    {
      start: '2025-07-06 19:30',
      lines: [
        [
          'u',
          'She said yes!! I asked her on the whale watching boat in Gloucester, a humpback breached right after.',
          'engaged',
        ],
        [
          'a',
          'Congratulations to you both! A breaching humpback is the best possible witness. Have you started thinking about the wedding?',
        ],
        ['u', 'Next summer probably, something small.'],
        ['a', 'A small wedding is lovely. Let me know if you want help with planning later.'],
      ],
    },
    {
      start: '2025-09-21 18:05',
      lines: [
        [
          'u',
          "We're settled in San Diego now, renting a one bedroom in North Park. I've started surfing before work at La Jolla Shores.",
          'moved',
        ],
        [
          'a',
          'Welcome to San Diego! La Jolla Shores is a great beginner beach with gentle waves. Wear a wetsuit, the water is cooler than people expect.',
        ],
        ['u', 'Is a 4/3 wetsuit overkill?'],
        ['a', 'For autumn and winter mornings a 4/3 is comfortable; in late summer a 3/2 is usually enough.'],
      ],
    },
    {
      start: '2025-10-30 22:15',
      lines: [
        ['u', 'Can you help me plan a gluten free Thanksgiving for eight people? Our first one hosting.'],
        [
          'a',
          'Menu: herb-roasted turkey, gluten-free cornbread stuffing, mashed potatoes, roasted Brussels sprouts, cranberry sauce, and a flourless chocolate cake or a pumpkin pie with a nut crust.',
        ],
        ['u', 'Maya wants a vegetarian main too, her sister does not eat meat.'],
        [
          'a',
          'Add a stuffed butternut squash with wild rice, mushrooms and pecans, it is naturally gluten-free.',
        ],
      ],
    },
  ],
  questions: [
    ['updated', 'Where does he live now?', ['moved', 'postdoc']],
    ['updated', 'What is his current job?', ['postdoc']],
    ['stable', 'What was his doctoral research about?', ['phd']],
    ['indirect', 'Is there any ingredient he cannot eat?', ['celiac']],
    ['stable', 'What instrument does he play?', ['band']],
    ['updated', 'Is he married or engaged?', ['engaged']],
    ['stable', 'How did he and his partner first meet?', ['met']],
    ['indirect', 'What does his fiancée do for a living?', ['maya-job']],
    ['indirect', 'What sport did he pick up after the move?', ['moved']],
    ['stable', 'How much does he spend on groceries?', ['budget']],
    ['stable', 'Has he finished his PhD?', ['defended']],
  ],
});

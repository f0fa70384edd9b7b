import { definePersona } from '../author.ts';

/** Priya: ER nurse in Toronto, vegan, expecting a baby; night shifts become day shifts. */
export const priya = definePersona({
  user_id: 'priya',
  name: 'Priya Nair',
  summary:
    'Emergency nurse in Toronto, husband Arjun, vegan, pregnant (due March), family in Kerala, pottery.',
  language: 'en',
  sessions: [
    {
      start: '2025-03-02 07:50',
      lines: [
        [
          'u',
          'Just got home from a 12 hour night shift in the emergency department. How do I fall asleep when the sun is up?',
          'job',
        ],
        [
          'a',
          'Blackout curtains or an eye mask, earplugs or white noise, a cool room, and avoid screens and caffeine for the last few hours of your shift. A small snack before bed helps some people.',
        ],
        [
          'u',
          "I've been on nights for two years at Toronto General, you'd think I'd be used to it by now.",
          'hospital',
        ],
        [
          'a',
          'Shift work is hard on anyone, it is not a personal failing. Keeping the same sleep window on your days off helps the most.',
        ],
      ],
    },
    {
      start: '2025-03-19 18:30',
      lines: [
        [
          'u',
          'Can you suggest high protein meals without any animal products at all? No eggs, no dairy, no honey.',
          'vegan',
        ],
        [
          'a',
          'Sure: tofu scramble with black beans, red lentil dal, tempeh stir-fry, chickpea pasta with peanut sauce, and seitan wraps. Soy milk and hemp seeds add protein to breakfast.',
        ],
        ['u', 'Please never put coriander in anything, it tastes like soap to me.', 'cilantro'],
        [
          'a',
          'Noted, no coriander or cilantro. Parsley, mint or spring onion make good fresh toppings instead.',
        ],
        ['u', 'ok the dal sounds great'],
        ['a', 'Enjoy it! A squeeze of lime at the end brightens it up.'],
      ],
    },
    {
      start: '2025-04-27 14:10',
      lines: [
        [
          'u',
          'I started a wheel-throwing class at a studio on Queen West, my first bowl came out totally lopsided haha',
          'pottery',
        ],
        [
          'a',
          "Everyone's first bowl is lopsided! Centering is the hardest skill. Brace your elbows on your thighs and let the wheel do the work.",
        ],
        ['u', 'Any podcasts to listen to while I practise at home?'],
        ['a', 'If you like stories: Radiolab, Heavyweight, or Criminal for short true-crime episodes.'],
        ['u', 'Criminal is already my favourite, I love true crime.', 'truecrime'],
        ['a', 'Then try Casefile and Swindled too.'],
      ],
    },
    {
      start: '2025-05-15 13:20',
      lines: [
        [
          'u',
          'Can you help me write a polite email to my landlord? The kitchen tap has been dripping for three weeks.',
        ],
        [
          'a',
          'Subject: Kitchen tap repair. "Hi Mr. Chen, the kitchen tap in unit 4 has been dripping constantly for about three weeks. Could you arrange a repair this week? I am home most mornings. Thank you!"',
        ],
        ['u', 'Perfect, sending it now.'],
        ['a', 'Fingers crossed for a quick fix.'],
        ['u', 'Also my friend Jess just moved to Vancouver, what should I send as a housewarming gift?'],
        [
          'a',
          'A local Toronto touch is nice: a bag of coffee from a Toronto roaster, a candle, or a print of the skyline so she has a piece of home.',
        ],
      ],
    },
    {
      start: '2025-06-08 21:00',
      lines: [
        [
          'u',
          "Arjun and I just found out we're expecting! Due date is March 4th. I'm so happy and so scared.",
          'pregnant',
        ],
        [
          'a',
          'Congratulations to you and Arjun! It is completely normal to feel both. Have you booked your first prenatal appointment?',
        ],
        ['u', 'Yes, next week. As a vegan what supplements should I ask about?'],
        [
          'a',
          'Ask about folate, B12, iron, vitamin D, iodine, choline and an algae-based DHA. Your midwife or doctor can check your levels.',
        ],
      ],
    },
    {
      start: '2025-07-14 16:45',
      lines: [
        [
          'u',
          'Good news, my manager agreed to move me to day shifts until the baby comes. 7am to 7pm from August.',
          'dayshift',
        ],
        ['a', 'That is great news, a regular daytime schedule should make the pregnancy much easier.'],
        [
          'u',
          "I still have to figure out how to get to the hospital, I bike everywhere and I don't own a car.",
          'bike',
        ],
        [
          'a',
          'Biking is fine for many people in early pregnancy, but in winter or later on the streetcar and subway are safer. A monthly TTC pass might be worth it.',
        ],
      ],
    },
    {
      start: '2025-08-23 11:00',
      lines: [
        [
          'u',
          'My parents live in Kochi and I want to visit them in December before I can no longer fly. Is that too late?',
          'kerala',
        ],
        [
          'a',
          "Most airlines allow flying until 36 weeks for single pregnancies, though some ask for a doctor's letter after 28 weeks. In December you would be around 28–30 weeks, so check with your airline and your doctor.",
        ],
        ['u', 'Okay, I will ask my OB at the next appointment.'],
        ['a', 'Good plan. Also ask about compression socks for the long flight.'],
      ],
    },
    {
      start: '2025-09-30 20:20',
      lines: [
        [
          'u',
          "I got accepted into the nurse practitioner master's program at York, part time, starting after my parental leave.",
          'np',
        ],
        [
          'a',
          'Congratulations! A part-time NP program after your leave sounds very manageable. Do you know which stream, family or adult?',
        ],
        ['u', 'Family practice.'],
        ['a', 'Great, the primary health care stream fits your ER background well.'],
      ],
    },
    {
      start: '2025-10-11 22:30',
      lines: [
        ['u', 'What is a good movie for a cosy night in? Nothing too scary.'],
        [
          'a',
          'Try Paddington 2, The Grand Budapest Hotel, Little Women, or Chef. All warm and not scary at all.',
        ],
        ['u', 'We watched Chef, it made us hungry lol'],
        ['a', 'It does that to everyone! Maybe a late-night grilled sandwich, vegan cheese version.'],
        ['u', 'Why do people say pregnancy is nine months if it is 40 weeks?'],
        [
          'a',
          'Forty weeks counts from the last period, about two weeks before conception, and is a little over nine calendar months, so "nine months" is a rounded figure.',
        ],
      ],
    },
    {
      start: '2025-10-28 19:00',
      lines: [
        ['u', 'Help me write a short message to my team saying thanks for the baby shower.'],
        [
          'a',
          '"Thank you all so much for the shower today. I felt so loved, and the tiny scrubs made me cry. I will miss you during my leave!"',
        ],
        ['u', "Lovely. Also we picked a name if it's a girl: Anika.", 'name'],
        ['a', 'Anika is a beautiful name.'],
      ],
    },
  ],
  questions: [
    ['stable', 'What is her profession?', ['job']],
    ['stable', 'Which hospital does she work at?', ['hospital']],
    ['updated', 'What shifts does she work now?', ['dayshift']],
    ['indirect', 'What should I keep in mind if I cook for her?', ['vegan', 'cilantro']],
    ['stable', 'Which herb does she dislike?', ['cilantro']],
    ['stable', 'What creative hobby did she pick up?', ['pottery']],
    ['indirect', 'What kind of podcasts is she into?', ['truecrime']],
    ['stable', 'When is her baby due?', ['pregnant']],
    ['indirect', 'How does she commute?', ['bike']],
    ['stable', 'Where do her parents live?', ['kerala']],
    ['stable', 'What is she going to study?', ['np']],
    ['stable', 'What name did they choose for a daughter?', ['name']],
  ],
});

import { definePersona } from '../author.ts';

/** Claire: UX designer who moves from Lyon to Berlin; diet and holiday plans change over the year. */
export const claire = definePersona({
  user_id: 'claire',
  name: 'Claire Dubois',
  summary:
    'UX designer, Lyon then Berlin, partner Julien, cat Miso, peanut allergy, vegetarian then pescatarian.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-08 08:40',
      lines: [
        [
          'u',
          "Morning! Can you help me plan a weekly grocery list? I'm vegetarian, so no meat or fish please.",
          'vegetarian',
        ],
        [
          'a',
          'Of course! Here is a vegetarian list for the week: lentils, chickpeas, tofu, eggs, feta, spinach, peppers, courgettes, tomatoes, oats, brown rice, wholemeal pasta, apples, bananas and yoghurt. Want me to turn it into five dinners?',
        ],
        ['u', 'Looks good. Skip the peanut butter though, a single peanut and I end up in A&E.', 'allergy'],
        [
          'a',
          'Understood, that is serious. I removed it and swapped in sunflower seed butter, and I will avoid satay sauces and mixed nuts in the dinner ideas too.',
        ],
        [
          'u',
          "Perfect. I'll do the shopping at the Croix-Rousse market on Saturday, it's a ten minute walk from my flat here in Lyon.",
          'lyon',
        ],
        [
          'a',
          'Croix-Rousse market is lovely on a Saturday morning. Go early for the best vegetables and bring a bag for the bread stalls.',
        ],
        ['u', 'thanks!'],
        ['a', 'Enjoy the market!'],
      ],
    },
    {
      start: '2025-01-22 19:05',
      lines: [
        [
          'u',
          "I need to rewrite the blurb on my portfolio site. I've been designing mobile banking apps for about six years, mostly user research and interaction design.",
          'job',
        ],
        [
          'a',
          'Here is a draft: "Product designer with six years of experience shaping mobile banking apps, from user research to polished interaction design." Want a warmer or more formal tone?',
        ],
        ['u', 'Warmer. And mention that I lead a small team of three designers at the agency.', 'team'],
        [
          'a',
          'Updated: "I design mobile banking apps that people actually enjoy using. For six years I have turned research into clear interactions, and today I lead a team of three designers at the agency."',
        ],
        ['u', "that's much better, thank you"],
        ['a', 'Glad it works! Good luck with the site.'],
      ],
    },
    {
      start: '2025-02-10 21:15',
      lines: [
        ['u', 'What is a good name for a sourdough starter? lol'],
        ['a', 'Classics include Clint Yeastwood, Bread Pitt and Dough-minique. Any vibe you are going for?'],
        [
          'u',
          "Haha. Miso keeps trying to sit on the jar, she's a grey tabby and four years of pure chaos.",
          'cat',
        ],
        [
          'a',
          'A cat guarding the starter is a good sign, it must be warm. Maybe keep the jar on a shelf she cannot reach.',
        ],
        ['u', 'Julien, my boyfriend, says we should call it Bernard.', 'partner'],
        ['a', 'Bernard is a strong name for a starter. Very dignified.'],
        ['u', 'ok Bernard it is'],
        ['a', 'Long live Bernard!'],
      ],
    },
    {
      start: '2025-03-05 12:30',
      lines: [
        [
          'u',
          'Big news: a fintech in Berlin just offered me the lead product designer role, starting in May!',
          'offer',
        ],
        ['a', 'Congratulations, that is a big step! Are you planning to relocate, or is it a remote role?'],
        [
          'u',
          "We're relocating in April. Julien can work from anywhere so he's coming with me, and Miso obviously.",
          'move-plan',
        ],
        [
          'a',
          'Exciting. The housing market there is tight, so start looking early and prepare a Schufa report and proof of income.',
        ],
        ['u', 'Can you teach me a few basic German phrases for apartment viewings?'],
        [
          'a',
          'Sure: "Guten Tag, ich interessiere mich für die Wohnung" (I am interested in the flat), "Wie hoch ist die Warmmiete?" (what is the rent including heating?), "Ab wann ist die Wohnung frei?" (from when is it available?).',
        ],
      ],
    },
    {
      start: '2025-04-18 18:10',
      lines: [
        [
          'u',
          'We did it, boxes everywhere! Our new flat is in Neukölln, right by the canal. Lyon already feels like another life.',
          'moved',
        ],
        [
          'a',
          'Welcome to Berlin! Neukölln by the canal is a great spot, especially the Saturday market on Maybachufer.',
        ],
        ['u', 'The Anmeldung appointment is next Tuesday, what documents do I need?'],
        [
          'a',
          'Bring your passport or ID card, the completed registration form, and the Wohnungsgeberbestätigung signed by your landlord. Julien needs his own form too.',
        ],
        [
          'u',
          'Ok. I also signed up for evening classes at the Volkshochschule, twice a week, to get my German past A2.',
          'german',
        ],
        [
          'a',
          'That is a great idea; the VHS courses are good value and you will meet other newcomers there.',
        ],
      ],
    },
    {
      start: '2025-05-20 13:00',
      lines: [
        [
          'u',
          "Quick nutrition question. I've started eating fish again, mostly for the omega-3, so I suppose I'm pescatarian now rather than veggie.",
          'pescatarian',
        ],
        ['a', 'That makes sense. Oily fish twice a week covers most omega-3 needs. Want some easy recipes?'],
        ['u', 'Yes please, three quick salmon dinners. Same rule as always about peanuts.'],
        [
          'a',
          'Here you go, all peanut-free: 1) salmon with lemon, dill and new potatoes; 2) miso-glazed salmon with rice and greens; 3) salmon, pea and spinach pasta.',
        ],
        [
          'u',
          'Also I found a bouldering gym in Kreuzberg that I love. I go Tuesday and Friday evenings now.',
          'bouldering',
        ],
        ['a', 'Nice routine! Climbing twice a week is a great way to meet people in a new city too.'],
      ],
    },
    {
      start: '2025-06-30 22:45',
      lines: [
        ['u', 'Thinking about a long weekend in Lisbon in August. Is it unbearably hot then?', 'lisbon'],
        [
          'a',
          'Lisbon in August is usually 28 to 32 °C and sunny, hot but the Atlantic breeze helps. It is also peak season, so expect crowds in Alfama and Belém.',
        ],
        ['u', 'Hmm, Julien hates crowds. We might look at something else.'],
        [
          'a',
          'Quieter options with a similar feel: Porto, the Alentejo coast, or Galicia in northern Spain, which is cooler.',
        ],
      ],
    },
    {
      start: '2025-07-15 09:20',
      lines: [
        [
          'u',
          'Update: we dropped Lisbon and booked Porto instead, 14 to 17 August. The flights from BER were cheaper too.',
          'porto',
        ],
        [
          'a',
          'Porto is a great choice in summer. Do a port cellar tour in Gaia and take the tram to Foz for the sunset.',
        ],
        [
          'u',
          "Also, my sister Élodie is getting married in Annecy on 20 September and I'm one of her bridesmaids!",
          'wedding',
        ],
        ['a', 'How lovely, congratulations to Élodie! Annecy is a beautiful place for a wedding.'],
        ['u', 'Can you suggest a wedding gift under 150 euros?'],
        [
          'a',
          'A few ideas: a framed illustration of the venue, a cooking class for two, a good Dutch oven, or a contribution to their honeymoon fund with a handwritten card.',
        ],
      ],
    },
    {
      start: '2025-09-02 16:00',
      lines: [
        ['u', 'Write me a short out-of-office message in English and German for the week of the wedding.'],
        [
          'a',
          'EN: "I am out of the office from 15 to 22 September with limited access to email." DE: "Ich bin vom 15. bis 22. September nicht im Büro und habe nur eingeschränkt Zugriff auf E-Mails."',
        ],
        ['u', 'Great. Put Katrin as the contact for anything urgent, she is my manager.', 'manager'],
        [
          'a',
          'Added: "For urgent matters please contact Katrin." / "In dringenden Fällen wenden Sie sich bitte an Katrin."',
        ],
        ['u', 'perfect, danke'],
        ['a', 'Gern geschehen!'],
      ],
    },
  ],
  questions: [
    ['updated', 'Which city is home for her these days?', ['moved', 'move-plan', 'offer']],
    ['stable', 'What does she do for work?', ['job', 'offer']],
    ['indirect', 'Is there anything she must never eat because of a medical condition?', ['allergy']],
    ['updated', 'What kind of diet does she follow at the moment?', ['pescatarian']],
    ['stable', 'Does she have a pet, and what is it called?', ['cat']],
    ['stable', 'Who is she in a relationship with?', ['partner']],
    ['updated', 'Where did they finally decide to go for the summer getaway?', ['porto']],
    ['stable', 'Whose wedding is she going to in the autumn, and where is it held?', ['wedding']],
    ['indirect', 'What does she do to keep fit?', ['bouldering']],
    ['stable', 'Is she studying a foreign language?', ['german']],
    ['indirect', 'In which district is her apartment?', ['moved']],
    ['stable', 'Who is her boss?', ['manager']],
  ],
});

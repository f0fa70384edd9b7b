import { definePersona } from '../author.ts';

/** Lupita: retired nurse in Mexico City who writes English sprinkled with Spanish; a move she decides against. */
export const lupita = definePersona({
  user_id: 'lupita',
  name: 'Guadalupe "Lupita" Hernández',
  summary:
    'Retired paediatric nurse in Coyoacán (Mexico City), high blood pressure, daughter in Querétaro, son cook in LA, twin grandchildren, embroidery, danzón, parrot.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-02 09:15',
      lines: [
        ['u', 'Buenos días! My granddaughter installed this app for me, I hope I write it correctly.'],
        ['a', 'Good morning! You are writing perfectly. How can I help you today?'],
        [
          'u',
          'Trabajé 35 años in the Hospital General, in pediatría, giving injections to crying niños. Since 2019 I am jubilada and I miss it a little.',
          'career',
        ],
        [
          'a',
          'Thirty-five years caring for children is a wonderful career. Many retired nurses enjoy volunteering; would that interest you?',
        ],
        ['u', 'Quizás. First tell me how to make the letters bigger on this phone.'],
        [
          'a',
          'Go to Settings > Display > Font size and move the slider to the right. You can also enable Display zoom.',
        ],
      ],
    },
    {
      start: '2024-03-21 18:30',
      lines: [
        [
          'u',
          'The doctor at the clínica says my presión is too high, 150 over 95. He gave me losartán and said no more salt in the frijoles. Ay, what is frijoles without salt!',
          'pressure',
        ],
        [
          'a',
          'You can keep beans tasty with epazote, garlic, onion, a bay leaf and a squeeze of lime instead of salt. Chile de árbol also adds flavour.',
        ],
        ['u', 'Epazote I have in the patio. Under my jacaranda everything grows.'],
        ['a', 'That sounds like a lovely patio. Fresh herbs will make the change easier.'],
      ],
    },
    {
      start: '2024-04-13 12:00',
      lines: [
        [
          'u',
          'Mija Mariana called from Querétaro. She wants me to sell my casita here in Coyoacán and move near her. She says I am alone too much.',
          'move-plan',
        ],
        [
          'a',
          'That is a big decision. What do you feel about it? Querétaro is calmer, but you would leave your friends and routines.',
        ],
        [
          'u',
          'Her twins Sofía and Emilio just turned six, I would see them every day. That is the only reason I think about it.',
          'twins',
        ],
        ['a', 'Being close to the grandchildren is a strong reason. There is no rush to decide.'],
      ],
    },
    {
      start: '2024-05-04 17:45',
      lines: [
        [
          'u',
          'Every Saturday afternoon I go to the Ciudadela with my comadres to dance danzón. My partner there is Don Ramiro, 80 years and still light on his feet!',
          'danzon',
        ],
        ['a', 'How wonderful! Danzón is elegant and good exercise, which also helps with blood pressure.'],
        ['u', 'You sound like my doctor jaja. What shoes are good for dancing on stone floor?'],
        [
          'a',
          'Dance shoes with a suede sole and a low, wide heel; they let you turn without slipping. Add a cushioned insole for the knees.',
        ],
      ],
    },
    {
      start: '2024-06-09 10:20',
      lines: [
        [
          'u',
          'I am finishing a mantel with bordado otomí, the animals and flowers in many colores. I sell them at the tianguis on Sundays.',
          'embroidery',
        ],
        [
          'a',
          'Tenango embroidery is beautiful. How much do you charge for a tablecloth? Handwork like that deserves a good price.',
        ],
        ['u', 'Two thousand pesos the big one. People bargain, ni modo.'],
        ['a', 'Consider a small card explaining the hours of work; buyers bargain less when they know.'],
        ['u', 'Good idea. Paco is shouting "buenos días" at the neighbour cat again.'],
        ['a', 'Who is Paco?'],
        [
          'u',
          'My perico! A green parrot, he has lived with me 22 years. More talkative than my husband was, que en paz descanse.',
          'parrot',
        ],
        ['a', 'Twenty-two years is a long friendship. He sounds like good company.'],
      ],
    },
    {
      start: '2024-07-02 20:10',
      lines: [
        [
          'u',
          'My comadre Chayo and I were going to the Guelaguetza in Oaxaca this month. But she fell and broke her tobillo, so no Oaxaca this year.',
          'oaxaca',
        ],
        [
          'a',
          'I am sorry for Chayo. Wish her a quick recovery. Maybe you can plan something for later in the year.',
        ],
        ['u', 'Her son is taking care of her. I bring her caldo de pollo.'],
        ['a', 'That is very kind of you.'],
      ],
    },
    {
      start: '2024-08-18 11:30',
      lines: [
        [
          'u',
          'Diego sent photos from Los Ángeles, he is now the chef at a taquería in Boyle Heights. My son, the chef! He learned everything in my kitchen.',
          'son',
        ],
        ['a', 'That is wonderful news! You must be very proud.'],
        ['u', 'Can you help me write him a message in English for his coworkers? Something short.'],
        [
          'a',
          "Sure: 'Congratulations to Diego and the whole team! Take good care of my son. Con cariño, his mom Lupita.'",
        ],
      ],
    },
    {
      start: '2024-09-10 09:00',
      lines: [
        [
          'u',
          'I decided. I stay in Coyoacán. My comadres, the danzón, the tianguis, my doctor, my jacaranda... I go to Querétaro every month for a week to see the kids instead.',
          'stay',
        ],
        [
          'a',
          'That sounds like a balanced decision: you keep your life here and still see Mariana and the twins often.',
        ],
        [
          'u',
          'And since Chayo walks again, in October we go to Guanajuato for the Cervantino festival instead of Oaxaca.',
          'guanajuato',
        ],
        ['a', 'The Cervantino is a great festival. Book the hotel early, Guanajuato fills up in October.'],
      ],
    },
    {
      start: '2024-10-27 16:40',
      lines: [
        [
          'u',
          'On Tuesdays now I help at the centro de salud in my colonia with the vacunas campaign. Once a nurse, always a nurse.',
          'volunteer',
        ],
        ['a', 'That is a lovely way to use your experience. The flu season campaign must keep you busy.'],
        ['u', 'Mucho! Tell me a recipe for pan de muerto for Día de Muertos, with less sugar.'],
        [
          'a',
          'Use the usual dough with orange blossom water and orange zest, reduce the sugar in the dough by a third, and brush with butter plus only a light dusting of sugar on top.',
        ],
      ],
    },
  ],
  questions: [
    ['stable', 'What was her profession before she stopped working?', ['career']],
    ['updated', 'Did she end up leaving Mexico City for Querétaro?', ['stay']],
    ['stable', 'What does her son do, and where?', ['son']],
    ['indirect', 'How many grandchildren does she have, and how old are they?', ['twins']],
    ['indirect', 'Is there anything about her health to keep in mind when suggesting recipes?', ['pressure']],
    ['stable', 'What kind of needlework does she make and sell?', ['embroidery']],
    ['indirect', 'How does she spend her Saturday afternoons?', ['danzon']],
    ['updated', 'Where is she travelling this autumn?', ['guanajuato']],
    ['stable', 'What animal lives with her?', ['parrot']],
    ['stable', 'Where does she volunteer?', ['volunteer']],
  ],
});

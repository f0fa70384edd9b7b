import { definePersona } from '../author.ts';

/** Erik: cod fisherman in Lofoten whose shoulder surgery changes his year; moves to Svolvær. */
export const erik = definePersona({
  user_id: 'erik',
  name: 'Erik Haugland',
  summary:
    'Coastal fisherman in Lofoten (Ballstad then Svolvær), wife Randi a teacher, son Sindre at NTNU, shoulder surgery, birch carving.',
  language: 'en',
  sessions: [
    {
      start: '2024-01-08 05:10',
      lines: [
        [
          'u',
          "Skrei season starts Monday, so I'll be out with the nets before dawn every day until April. Been going after cod off Lofoten since I was seventeen.",
          'job',
        ],
        [
          'a',
          'That is a long tradition. Stay safe out there; the winter weather in Vestfjorden can turn fast.',
        ],
        ['u', 'It can. What is a good way to keep coffee hot for six hours? My thermos gives up by ten.'],
        [
          'a',
          'Preheat the flask with boiling water for five minutes before filling, keep it full, and store it out of the wind. A steel vacuum flask rated for 24 hours will hold well above 60 °C.',
        ],
        [
          'u',
          'Here in Ballstad the wind has been howling all night, we lost a roof panel on the shed.',
          'home',
        ],
        ['a', 'Sorry to hear that. Tie down anything loose before the next low comes through.'],
      ],
    },
    {
      start: '2024-01-29 19:40',
      lines: [
        [
          'u',
          'My boat, the Sjøsprøyt, needs a new winch. The old one is from 1998 and it groans like an old man.',
          'boat',
        ],
        [
          'a',
          'A worn hauler is a safety risk. Get quotes from two marine suppliers and ask whether the hydraulic pump also needs replacing.',
        ],
        ['u', 'Good point, the pump is just as old. Also, how do I get fish scales out of a wool sweater?'],
        [
          'a',
          'Let it dry, brush the scales off with a stiff brush, then hand-wash in cool water with wool detergent. Never hot water or it will felt.',
        ],
      ],
    },
    {
      start: '2024-02-18 21:15',
      lines: [
        [
          'u',
          'My wife Randi came home late again, parents evening at the school where she has the fifth grade this year.',
          'wife',
        ],
        ['a', 'Those evenings are long. Maybe a warm dinner waiting for her would be welcome.'],
        [
          'u',
          'I made fiskesuppe, that is the one thing I cook well. But please never ask me to eat lutefisk, that jelly is an insult to a good cod.',
          'lutefisk',
        ],
        [
          'a',
          'Fish soup is a great choice after a long day. And you are far from alone in skipping lutefisk, even in Norway.',
        ],
      ],
    },
    {
      start: '2024-03-06 14:00',
      lines: [
        [
          'u',
          'Bad news. I tore something in the right shoulder pulling a net in heavy sea. The doctor in Leknes says rotator cuff, operation on the 20th.',
          'shoulder',
        ],
        [
          'a',
          'I am sorry. Rotator cuff repairs usually need a few months of physiotherapy. Will someone be able to help with the boat meanwhile?',
        ],
        [
          'u',
          'I have hired a young Polish lad, Paweł, to crew the Sjøsprøyt with my cousin until I can lift again.',
          'crew',
        ],
        ['a', 'That is a sensible arrangement. Take the rehab seriously so the shoulder heals properly.'],
      ],
    },
    {
      start: '2024-04-14 10:30',
      lines: [
        [
          'u',
          "Randi and I had planned to visit her sister in Minnesota in July. Now the physio says no long flights before autumn, so we've moved it to October.",
          'usa-trip',
        ],
        [
          'a',
          'October in Minnesota is lovely, with the autumn colours. Do you want ideas for things to do around Minneapolis?',
        ],
        ['u', 'Maybe later. Sindre phoned from Trondheim, he passed his thermodynamics exam.'],
        ['a', 'Congratulations to him! Thermodynamics is a tough course.'],
        [
          'u',
          'He is in his second year of mechanical engineering at NTNU, first one in the family at university.',
          'son',
        ],
        ['a', 'You must be proud. That is a demanding programme.'],
      ],
    },
    {
      start: '2024-05-22 20:50',
      lines: [
        [
          'u',
          'With the arm in a sling I have too much time. In the evenings I carve little birds from birch, puffins and eiders mostly. Winters I would be skiing instead.',
          'carving',
        ],
        [
          'a',
          'Carving sounds like a calm way to pass the evenings. A sharp sloyd knife and a hook knife cover most small bird carvings.',
        ],
        ['u', 'What oil should I finish them with so the wood stays light?'],
        ['a', 'Use a water-white finishing oil or a hardwax oil; linseed oil will yellow birch over time.'],
      ],
    },
    {
      start: '2024-06-30 22:45',
      lines: [
        ['u', 'Midnight sun and I cannot sleep. Any tips?'],
        [
          'a',
          'Blackout curtains or a sleep mask, a fixed bedtime, and no screens the last hour. Keep the room cool.',
        ],
        [
          'u',
          "Big decision: we sold the house in Ballstad. We've bought a flat in Svolvær, closer to the hospital for my physio and Randi got a post at the school there.",
          'move',
        ],
        ['a', 'That is a big change. Svolvær should make the appointments easier. When do you move?'],
        ['u', 'Keys in August. The sea view is smaller, but the walk to the harbour is two minutes.'],
        ['a', 'Two minutes to the harbour sounds perfect for a fisherman.'],
      ],
    },
    {
      start: '2024-08-25 16:20',
      lines: [
        ['u', 'Moving boxes everywhere. How do I pack carved figures so they do not break?'],
        [
          'a',
          'Wrap each one in tissue then bubble wrap, stand them upright in a small box filled with crumpled paper, and label it fragile.',
        ],
        [
          'u',
          'I used to say I would stop at 55 and sell the fishing quota. But lying still this summer showed me I am not made for the sofa. I will keep at it and take Sindre out in his holidays.',
          'retire',
        ],
        [
          'a',
          'It sounds like the sea is still where you want to be. Having Sindre aboard in the holidays is a nice way to share it.',
        ],
      ],
    },
    {
      start: '2024-10-03 08:05',
      lines: [
        ['u', 'We land in Minneapolis tomorrow. What do I pack for October there?'],
        [
          'a',
          'Layers: a warm jacket, a fleece, comfortable shoes, and a rain shell. Days can be mild and nights near freezing.',
        ],
        ['u', 'Sounds like a Lofoten summer, then.'],
        ['a', 'Quite close, yes. Have a good trip.'],
      ],
    },
  ],
  questions: [
    ['indirect', 'What does he do for work?', ['job']],
    ['stable', "What is the name of Erik's vessel?", ['boat']],
    ['stable', "What is his wife's job?", ['wife']],
    ['stable', 'What is his son studying, and at which university?', ['son']],
    ['updated', 'Which town is home for him now?', ['move']],
    ['indirect', 'Why was he kept off the water in the spring?', ['shoulder']],
    ['stable', 'Who went fishing on his boat while he was recovering?', ['crew']],
    ['updated', 'When are they going to see family in America?', ['usa-trip']],
    ['indirect', 'What hobby keeps his hands busy in the evenings?', ['carving']],
    ['stable', 'Is there a traditional Norwegian dish he refuses to eat?', ['lutefisk']],
    ['updated', 'Is he still planning to give up fishing at 55?', ['retire']],
  ],
});

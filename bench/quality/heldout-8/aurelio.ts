import { definePersona } from '../author.ts';

export const aurelio = definePersona({
  user_id: 'h8-aurelio',
  name: 'Aurelio',
  summary:
    'Aurelio Bastos, 67, retired Portuguese civil engineer in Porto, married to Graça; formal, verbose English. Bakes sourdough, watches birds, has grandchildren in Manchester; changes blood-pressure pills, sells his old car, moves house and swaps chess for watercolour.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-10 09:15',
      lines: [
        [
          'u',
          'Good morning. I wonder if you could help me with my bread. My sourdough loaves have been coming out rather flat these past weeks.',
        ],
        [
          'a',
          'Happy to help. Flat loaves usually mean a sluggish starter or over-proofing. How warm is your kitchen, and how old is the starter?',
        ],
        [
          'u',
          'The kitchen is cold at this time of year, perhaps 16 degrees. The starter is four years old; my granddaughter christened it Dona Amélia, and I feed it every morning with rye flour.',
          'aur_starter',
        ],
        [
          'a',
          'At 16°C fermentation slows down a lot. Try a warmer spot, such as the oven with only the light switched on, and give the bulk ferment more time.',
        ],
        [
          'u',
          'The oven light! I spent forty years as a civil engineer, mostly designing bridges, and it never occurred to me. Bread is evidently a different discipline.',
          'aur_engineer',
        ],
        ['a', 'Bridges and bread both reward patience. How long do you usually let the bulk ferment run?'],
        ['u', 'About four hours. I shall try six tomorrow and report back to you.'],
        ['a', 'Good plan. Look for the dough to grow by about half and to feel airy and jiggly.'],
        [
          'u',
          'Another matter, if you will indulge me. On Thursday evenings I play at the chess club in Matosinhos, and I keep losing to the same gentleman who always plays the Sicilian Defence.',
          'aur_chess',
        ],
        [
          'a',
          'The Sicilian is a tough nut. As White you could try the Alapin, 2.c3, which sidesteps much of the sharp theory.',
        ],
        [
          'u',
          'The Alapin. I have written it down. I drive to the club in my old Fiat Punto, which has 240,000 kilometres on it and complains bitterly every winter morning.',
          'aur_punto',
        ],
        ['a', 'A car of that age may appreciate a battery check in the cold. When was it last serviced?'],
        [
          'u',
          'Last October. The mechanic assures me it will outlive me, which I found less comforting than he intended.',
        ],
        ['a', 'Mechanics do have a peculiar sense of humour. Anything else I can help with today?'],
        [
          'u',
          'Only that my wife Graça insists the bread was better when she made it, and I am afraid she is right.',
          'aur_wife',
        ],
        [
          'a',
          'Then perhaps the six-hour ferment will win her over. Good luck with the loaf and with the Sicilian.',
        ],
        ['u', 'Thank you, you have been most helpful. Até logo.'],
      ],
    },
    {
      start: '2025-03-04 18:40',
      lines: [
        [
          'u',
          'Good evening. I have had a check-up today and I would like some advice about cooking with less salt.',
        ],
        ['a', 'Of course. Did the doctor mention a specific reason, such as blood pressure?'],
        [
          'u',
          'Precisely. My pressure was 158 over 95, so Dr. Sousa has started me on amlodipine, five milligrams each morning, and told me to cut the salt.',
          'aur_bp1',
        ],
        [
          'a',
          'That is a common first step. Herbs, lemon, garlic and vinegar are good ways to keep flavour without salt. Do you cook most meals at home?',
        ],
        [
          'u',
          'Nearly all of them. Graça and I rarely eat out. Though I must confess bacalhau is going to be a problem, since it is essentially salt with a fish inside it.',
        ],
        [
          'a',
          'Soaking the bacalhau for a full 48 hours, changing the water often, removes much of the salt. Serving it with lots of vegetables helps too.',
        ],
        ['u', 'Forty-eight hours. Very well. I shall also need to walk more, the doctor says.'],
        ['a', 'Walking is excellent for blood pressure. Do you have a pleasant route nearby?'],
        [
          'u',
          'We live in an apartment in Foz do Douro, on the third floor, so I can walk along the promenade by the sea every morning.',
          'aur_home1',
        ],
        ['a', 'That sounds like an ideal route. Thirty minutes a day at a brisk pace is a good target.'],
        [
          'u',
          'The only trouble is my right knee. I tore the meniscus years ago, and I see a physiotherapist called Rute twice a month.',
          'aur_physio',
        ],
        [
          'a',
          'Then flat promenade walking is sensible. Rute can suggest strengthening exercises to support the knee.',
        ],
        ['u', 'She already has me doing squats against the wall, which I perform with great reluctance.'],
        ['a', 'Reluctant squats still count! Would you like a few low-salt recipe ideas to start with?'],
        ['u', 'Yes please, something with chicken that Graça will not complain about.'],
        [
          'a',
          'Try chicken roasted with lemon, garlic, rosemary and smoked paprika, served with roasted peppers. Plenty of flavour, very little salt.',
        ],
        ['u', 'Excellent. I shall attempt it on Sunday.'],
      ],
    },
    {
      start: '2025-04-02 10:05',
      lines: [
        [
          'u',
          'Good morning. Our daughter and the grandchildren are coming for Easter and I am already making lists.',
        ],
        ['a', 'How lovely! Where are they travelling from?'],
        [
          'u',
          'From Manchester. Our daughter Inês moved there twelve years ago for work and married an Englishman, Mark, who is a devoted Manchester City supporter.',
          'aur_ines',
        ],
        ['a', 'A long way from Porto, but a short flight. How many grandchildren will be coming?'],
        [
          'u',
          'Two. Tomás is eight and Leonor is five. Tomás is the serious one; Leonor is the one who named the sourdough starter.',
          'aur_grandkids',
        ],
        ['a', 'They sound delightful. Are you planning any special meals or outings?'],
        [
          'u',
          'I want to bake folar for Easter, but I have to be careful, because Tomás has a severe peanut allergy and carries an adrenaline pen.',
          'aur_peanut',
        ],
        [
          'a',
          'Good to be careful. Traditional folar does not normally contain peanuts, but check any chocolate or decorations for "may contain" warnings.',
        ],
        ['u', 'A sensible point. The chocolate eggs from the supermarket are probably the greater risk.'],
        [
          'a',
          'Yes, those often carry nut warnings. Some brands make certified nut-free eggs; it may be worth looking for those.',
        ],
        [
          'u',
          'As for outings, I thought of taking them on the tram along the river, and perhaps the aquarium in Matosinhos.',
        ],
        [
          'a',
          'Both are great with children. The tram ride is short and scenic, and the aquarium usually has a touch pool they will enjoy.',
        ],
        ['u', 'Leonor will want to touch everything. Tomás will want to read every sign.'],
        ['a', 'A perfect balance. Would you like help with a simple day plan?'],
        [
          'u',
          'Perhaps later. For now, can you tell me how many days ahead I can bake the folar without it drying out?',
        ],
        [
          'a',
          'Folar keeps well for two to three days wrapped in a cloth or in an airtight tin. Bake it on Thursday or Friday for Easter Sunday.',
        ],
        ['u', 'Friday it will be. Thank you.'],
      ],
    },
    {
      start: '2025-05-13 16:20',
      lines: [
        [
          'u',
          'I must tell someone: yesterday at the Ria de Aveiro I finally saw a hoopoe, after three years of trying!',
          'aur_hoopoe',
        ],
        ['a', 'Congratulations! A hoopoe is a wonderful sighting. Did you get a good look at the crest?'],
        [
          'u',
          'It opened its crest for perhaps two seconds, like a little fan. Unfortunately my binoculars are forty years old and the image was rather blurry.',
        ],
        ['a', 'Maybe it is time for an upgrade. What is your budget?'],
        ['u', 'Graça says no more than 400 euros, and Graça is the Minister of Finance in this household.'],
        [
          'a',
          'Understood. Three good options around that price: 1) Nikon Monarch M5 8x42, about 300 euros; 2) Vortex Diamondback HD 8x42, about 280 euros, with an excellent lifetime warranty; 3) Zeiss Terra ED 8x42, about 390 euros, the brightest of the three.',
        ],
        [
          'u',
          "I think I'll take the second one. A lifetime warranty suits a man who drops things.",
          'aur_binocs',
        ],
        ['a', 'A practical choice. The Vortex is well regarded and light to carry.'],
        [
          'u',
          'Do you know whether there is a birdwatching group in the Porto area? I have been going alone.',
        ],
        [
          'a',
          'The Portuguese Society for the Study of Birds (SPEA) runs guided outings in the north; that could be a good way to meet other birders.',
        ],
        [
          'u',
          'I shall look them up. I went to Aveiro by train, incidentally, because I did not trust the Punto on the motorway.',
        ],
        ['a', 'Probably wise. The train to Aveiro is quick and comfortable.'],
        ['u', 'What else might I hope to see there in late spring?'],
        [
          'a',
          'Flamingos, avocets, black-winged stilts, little terns and possibly purple herons in the reed beds.',
        ],
        ['u', 'Black-winged stilts! I saw several, with absurdly long pink legs. I did not know their name.'],
        ['a', 'That is them. They nest in the salt pans around Aveiro.'],
        ['u', 'Wonderful. I shall keep a list from now on.'],
      ],
    },
    {
      start: '2025-06-18 21:10',
      lines: [
        [
          'u',
          'I need your help with a secret. In September Graça and I will have been married forty years, and I want to surprise her with a week in Madeira.',
          'aur_anniv',
        ],
        [
          'a',
          'What a wonderful idea. Ruby anniversary! When in September, and what kind of stay would she enjoy?',
        ],
        [
          'u',
          'The anniversary is on the 14th. She loves gardens and dislikes loud hotels with swimming pools full of shouting children.',
        ],
        [
          'a',
          'Then here are three quiet options in Funchal: 1) Quinta da Alegria, a manor house with a large garden, about 190 euros a night; 2) Hotel Marés do Atlântico, modern, sea view, about 150; 3) Casa das Hortênsias, a small guesthouse in the hills near Monte, about 110.',
        ],
        [
          'u',
          'The first one, the manor house with the garden. She will be in heaven, and I shall sit under a tree with my binoculars.',
          'aur_hotel',
        ],
        ['a', 'Excellent choice. Shall I suggest some garden visits for the week?'],
        ['u', 'Yes, but nothing with too many steps. My knee, you remember.'],
        [
          'a',
          'The Monte Palace gardens can be reached by cable car, and the Botanical Garden has gentle paths. Both are lovely and manageable.',
        ],
        ['u', 'The cable car sounds perfect. Graça is not fond of heights, but I will hold her hand.'],
        ['a', 'That is very romantic. Would you like flight suggestions from Porto as well?'],
        [
          'u',
          'I will book the flights myself; I like to compare the prices on the computer. I am an engineer, I enjoy a spreadsheet.',
        ],
        ['a', 'Fair enough! Midweek flights tend to be cheaper.'],
        ['u', 'One more thing: how do I keep this secret? She reads my emails over my shoulder.'],
        [
          'a',
          'You could ask the hotel to send confirmations to a new email address, or tell her you are planning a birdwatching trip to the Azores as a decoy.',
        ],
        ['u', 'The decoy is brilliant. She will be furious and then delighted.'],
        ['a', 'The best sort of surprise. Good luck keeping it!'],
      ],
    },
    {
      start: '2025-07-22 11:30',
      lines: [
        ['u', 'Good morning. This heat is unbearable, 38 degrees yesterday in Porto, which is unheard of.'],
        ['a', 'That is extreme for Porto. Are you keeping hydrated and staying indoors in the afternoons?'],
        ['u', 'I am trying. My ankles were so swollen last week that I went back to the doctor.'],
        [
          'a',
          'Swollen ankles can be a side effect of some blood pressure medications. What did the doctor say?',
        ],
        [
          'u',
          'Exactly that. Dr. Sousa took me off the amlodipine and put me on losartan, fifty milligrams, and the swelling is already going down.',
          'aur_bp2',
        ],
        [
          'a',
          'Good. Losartan does not usually cause ankle swelling. Keep an eye on dizziness when you stand up in the first weeks.',
        ],
        ['u', 'I will. She also wants me to measure my pressure at home twice a week and keep a record.'],
        ['a', 'A simple table with date, time and readings works well. Would you like a template?'],
        ['u', 'No, no, I have already made a spreadsheet, with a chart. Graça thinks it is excessive.'],
        ['a', 'A chart is perfect for spotting trends. Your doctor will appreciate it.'],
        [
          'u',
          "On another subject, I received a letter about my IRS tax refund. Can you explain what 'reembolso' status 'em pagamento' means?",
        ],
        [
          'a',
          'It means the refund has been approved and is being processed for payment. It usually arrives in your bank account within a few days.',
        ],
        ['u', 'Splendid. That money will go straight to the Madeira fund.'],
        ['a', 'A fine use of it. Is the surprise still secret?'],
        [
          'u',
          'So far. She believes we are going to the Azores to look at seabirds and has already complained about it twice.',
        ],
        ['a', 'The plan is working perfectly, then.'],
        ['u', 'Indeed. Thank you for your help.'],
      ],
    },
    {
      start: '2025-08-30 15:45',
      lines: [
        [
          'u',
          'I am writing with one eye, so forgive any errors. I had the cataract operation on my left eye yesterday morning at the Hospital da Luz.',
          'aur_cataract',
        ],
        ['a', 'I hope it went smoothly! How are you feeling today?'],
        [
          'u',
          'Well, though the world is suddenly very bright and very blue. The surgeon said no driving for a week, no bending down, and no rubbing the eye.',
          'aur_cataract_rules',
        ],
        ['a', 'Those are standard precautions. Use the drops as prescribed and wear the shield at night.'],
        ['u', 'I will. The timing is fortunate, as I would like to see Madeira clearly in two weeks.'],
        [
          'a',
          'You should be well healed by then. Bring sunglasses; the light will seem intense for a while.',
        ],
        [
          'u',
          'I have also made a decision. I am giving up the chess club. It has moved to a hall with terrible lighting, and to be honest I was not enjoying losing every week.',
          'aur_chess_quit',
        ],
        ['a', 'That is understandable. Is there another activity you have been thinking of trying?'],
        [
          'u',
          'Leonor has been sending me her paintings, and I thought I might try watercolour. Birds, perhaps.',
        ],
        [
          'a',
          'Watercolour and birdwatching go beautifully together. Many community centres run beginner classes in the autumn.',
        ],
        [
          'u',
          'And there is a second decision: I intend to sell the Punto. It failed to start three times this month.',
          'aur_punto_sell',
        ],
        ['a', 'It may be time. Have you thought about what you would replace it with?'],
        [
          'u',
          'I am curious about a small electric car, something second-hand. We only drive short distances.',
        ],
        [
          'a',
          'For short trips a used electric car can be very economical. The Renault Zoe, Nissan Leaf and Peugeot e-208 are common choices.',
        ],
        ['u', 'I shall research them when I have two working eyes again.'],
        ['a', 'Very sensible. Rest well and let me know how the recovery goes.'],
        ['u', 'Thank you, I will.'],
      ],
    },
    {
      start: '2025-09-21 19:00',
      lines: [
        [
          'u',
          'We are back from Madeira. Graça cried when I told her at the airport that we were not going to the Azores. Then she laughed for ten minutes.',
        ],
        ['a', 'That is the perfect reaction! How was the manor house?'],
        [
          'u',
          'Magnificent. There were agapanthus everywhere and a gardener named Sr. Jacinto who gave Graça cuttings to bring home.',
        ],
        ['a', 'A lovely souvenir. Did you manage the cable car?'],
        [
          'u',
          'We did. Graça kept her eyes closed for the whole ascent. At the top, however, she declared it the best day of the trip.',
        ],
        ['a', 'Worth it, then. And how is the eye?'],
        [
          'u',
          'Perfect. I saw a Madeiran firecrest through the new binoculars, tiny and bright, and I could see every feather.',
        ],
        ['a', 'A rare endemic bird! That must have been a highlight.'],
        [
          'u',
          'Now, a more serious matter. The stairs to our third floor are becoming difficult for my knee, and we are thinking of leaving the apartment for a house with a garden.',
          'aur_move_plan',
        ],
        ['a', 'That is a big step. Which areas are you considering?'],
        [
          'u',
          'Vila do Conde or Póvoa de Varzim, both by the sea and both near the metro line. What are the differences?',
        ],
        [
          'a',
          'Vila do Conde is quieter, with a historic centre and the river; Póvoa is livelier, with more shops and a casino, and busier in summer. House prices are similar, with Vila do Conde slightly cheaper.',
        ],
        ['u', 'Vila do Conde, then. Quieter, and Graça has a cousin there.', 'aur_vdc'],
        ['a', 'A good reason. Would you like a checklist for viewing houses?'],
        ['u', 'Yes, please, with particular attention to stairs.'],
        [
          'a',
          'Key points: single storey or ground-floor bedroom, step-free entrance, garden orientation, insulation, heating type, distance to the metro and to a pharmacy.',
        ],
        ['u', 'Very good. I shall add it to the spreadsheet.'],
      ],
    },
    {
      start: '2025-10-25 10:30',
      lines: [
        [
          'u',
          "News on several fronts. First, the Punto has gone to our neighbour's son for 900 euros, and I bought a used Renault Zoe from 2019 in white.",
          'aur_car2',
        ],
        ['a', 'Congratulations! How are you finding the electric driving?'],
        ['u', 'Very quiet. Too quiet, actually; I nearly startled a pedestrian in the car park.'],
        ['a', 'That happens! Can you charge it at home?'],
        [
          'u',
          'Not at the apartment, but the house we are buying has a garage. Until then I use the public charger by the market.',
        ],
        [
          'a',
          'That should work for now. Once you move, a wallbox in the garage will be much more convenient.',
        ],
        ['u', 'How much does a wallbox cost to install, approximately?'],
        [
          'a',
          'In Portugal, typically between 600 and 1,200 euros including installation, depending on the model and the wiring.',
        ],
        [
          'u',
          'Second front: I have started the watercolour class at the community centre, on Thursday evenings, of all days. The teacher is a young woman called Filipa.',
          'aur_watercolour',
        ],
        ['a', 'Wonderful! How was the first class?'],
        ['u', 'Humbling. My sky ran into my sea, and the sea ran into my lap.'],
        ['a', 'A classic beginner experience. Try letting each layer dry before adding the next.'],
        [
          'u',
          'Filipa said the same, in more or less those words. She also said I hold the brush like a pencil.',
        ],
        ['a', 'Holding it further back gives looser strokes. It takes practice.'],
        [
          'u',
          'Third front: we signed the promise of sale for a house in Vila do Conde. The move is planned for November.',
        ],
        ['a', 'That is a lot happening at once. Congratulations on the house!'],
        ['u', 'Thank you. Graça is already planning where the lemon tree will go.'],
      ],
    },
    {
      start: '2025-11-28 17:50',
      lines: [
        [
          'u',
          'We have moved! We now live in a single-storey house in Vila do Conde, ten minutes from the river and with no stairs at all.',
          'aur_home2',
        ],
        ['a', 'Congratulations! How did the move go?'],
        [
          'u',
          'Chaotic. The movers lost a box of my engineering books for two days. Dona Amélia, the starter, travelled on my lap in the car.',
        ],
        ['a', 'The most important passenger! Has she settled in?'],
        [
          'u',
          'She is bubbling happily. The kitchen here is much warmer, which you told me would help, long ago.',
        ],
        ['a', 'Warmer kitchens make happier starters. And the garden?'],
        [
          'u',
          'Small but sunny. We planted the lemon tree on Sunday and the agapanthus cuttings from Madeira.',
        ],
        ['a', 'Lovely. Agapanthus like sun and well-drained soil, so they should do well.'],
        ['u', 'I would like to put up a bird feeder. What seed attracts the widest variety?'],
        [
          'a',
          'Black sunflower seeds attract the widest range, including tits, finches and sparrows. Add a fat ball in winter.',
        ],
        [
          'u',
          'I will get both. The electrician came yesterday to install the wallbox in the garage, so the Zoe now sleeps at home.',
        ],
        ['a', 'That will make life easier. Charging overnight on a cheaper tariff is ideal.'],
        [
          'u',
          'Inês and the children are coming for Christmas. This will be their first time in the new house.',
        ],
        ['a', 'How exciting. Do you have enough room for everyone?'],
        [
          'u',
          'Three bedrooms, so yes. Mark will sleep on the sofa bed if necessary, which he will accept as punishment for supporting City.',
        ],
        ['a', 'Ha! Sounds like a fair arrangement.'],
        ['u', 'I thought so. More on the Christmas plans next time.'],
      ],
    },
    {
      start: '2025-12-18 20:15',
      lines: [
        ['u', 'Good evening. I need help with the Christmas Eve menu, the consoada.'],
        ['a', 'Of course. Will it be the traditional bacalhau with potatoes, cabbage and eggs?'],
        [
          'u',
          "Yes, but with less salt, on doctor's orders, and I want a dessert everyone can eat, including Tomás.",
        ],
        [
          'a',
          'Then avoid desserts with nuts or nut-based toppings. Rabanadas, arroz doce and leite creme are traditionally nut-free.',
        ],
        ['u', 'Arroz doce, then. Graça makes the best in the family. And rabanadas for the children.'],
        ['a', 'Perfect. Just check the cinnamon and any bought bread for cross-contamination warnings.'],
        ['u', 'I also need a gift for Graça. Something that marks our first Christmas in the house.'],
        [
          'a',
          'A few ideas: 1) a framed watercolour of the new house painted by you; 2) a rose bush for the garden with a plaque; 3) a weekend at a spa in Gerês.',
        ],
        [
          'u',
          'The first, the painting. Filipa will help me with the perspective, which is my weak point, ironically, for an engineer.',
          'aur_gift',
        ],
        [
          'a',
          'A handmade gift is very meaningful. Start with a light pencil sketch and keep the palette simple.',
        ],
        ['u', 'I have a photograph from the front garden. I shall work on it secretly on Thursdays.'],
        ['a', 'Another secret mission! You are getting good at these.'],
        ['u', 'For the children, I bought Tomás a book on bridges of the world and Leonor a set of paints.'],
        ['a', 'Very fitting gifts for both of them.'],
        ['u', 'And for Mark, a Porto football scarf, to convert him.'],
        ['a', 'A bold strategy. Good luck!'],
        ['u', 'Thank you. Boas festas to you, whatever you are.'],
      ],
    },
    {
      start: '2026-01-22 09:40',
      lines: [
        ['u', 'Good morning and happy new year. I wanted to report some good news from the doctor.'],
        ['a', 'Happy new year! What did she say?'],
        [
          'u',
          'My pressure averaged 128 over 80 for the last two months, according to my famous spreadsheet. Dr. Sousa was very pleased.',
        ],
        [
          'a',
          'Excellent results. The new pill, the walking and the low-salt cooking seem to be working together.',
        ],
        [
          'u',
          'I walk by the river here now instead of the sea. There are kingfishers, which more than compensates.',
        ],
        ['a', 'Kingfishers are a treat. Have you been able to photograph or paint one?'],
        ['u', 'I am painting one now, badly. The blue is impossible.'],
        ['a', 'Try cobalt blue with a touch of phthalo and let the white of the paper do the shine.'],
        [
          'u',
          'Graça hung the painting of the house in the hallway. She said it was the best present in forty years, which I shall not tell the Madeira hotel.',
        ],
        ['a', 'That is high praise indeed. Congratulations.'],
        ['u', 'My knee is better too. Rute has given me new exercises with an elastic band.'],
        ['a', 'Resistance bands are great for knees. Keep the movements slow and controlled.'],
        [
          'u',
          'I am considering walking a short part of the Portuguese coastal Camino in spring, perhaps from Vila do Conde to Esposende.',
        ],
        [
          'a',
          'That stretch is mostly flat and follows the coast, about 25 kilometres, easily split into two days.',
        ],
        ['u', 'Two days, then, with Graça and the binoculars.'],
        ['a', 'It sounds like a wonderful plan. Let me know if you want help with places to stay.'],
        ['u', 'I will. Obrigado.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Remind me, what name did the little one give my bread starter?', ['aur_starter']],
    ['single-hop', 'Which pair of binoculars did I settle on in the end?', ['aur_binocs']],
    [
      'single-hop',
      'What was the bird I was so thrilled to finally spot by the lagoon that spring?',
      ['aur_hoopoe'],
    ],
    [
      'single-hop',
      'I want to bake some biscuits for when the grandchildren visit. Is there anything I need to be careful about?',
      ['aur_peanut'],
    ],
    ['single-hop', 'Where did we stay on the anniversary trip to the island?', ['aur_hotel']],
    [
      'multi-hop',
      'How many grandchildren do I have, how old are they, and which city do they live in?',
      ['aur_grandkids', 'aur_ines'],
    ],
    [
      'multi-hop',
      'Which eye was operated on, and what restrictions was I given afterwards?',
      ['aur_cataract', 'aur_cataract_rules'],
    ],
    [
      'temporal',
      'When exactly did I have the eye operation?',
      ['aur_cataract'],
      { askedAt: '2026-02-10 10:00' },
    ],
    [
      'temporal',
      'Which came first, getting rid of the old Fiat or moving into the new place?',
      ['aur_car2', 'aur_home2'],
      { askedAt: '2026-02-10 10:05' },
    ],
    [
      'updated',
      'Which tablet am I taking for my blood pressure at the moment?',
      ['aur_bp2'],
      { stale: ['aur_bp1'] },
    ],
    ['updated', 'Where are Graça and I living these days?', ['aur_home2'], { stale: ['aur_home1'] }],
    [
      'updated',
      'What do I spend my Thursday evenings doing nowadays?',
      ['aur_watercolour'],
      { stale: ['aur_chess'] },
    ],
    ['off-topic', 'How does the icing rule work in ice hockey?', []],
    ['off-topic', 'Can you explain what a Kubernetes pod is?', []],
    ['off-topic', 'What is the quickest way to fix a bicycle puncture at the side of the road?', []],
  ],
});

import { definePersona } from '../author.ts';

export const dario = definePersona({
  user_id: 'h7-dario',
  name: 'Dario',
  summary:
    'Dario Moretti, 38, Neapolitan chef living in Lisbon with his wife Inês (a pediatric nurse) and son Tommaso (6). Verbose, warm, sprinkles Italian words. Over the year he moves from sous-chef at a hotel to head chef of a new grill in Cascais, sells his Vespa for a cargo e-bike, and moves from Graça to Parede.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-08 10:15',
      lines: [
        [
          'u',
          "Buongiorno! Long week behind me. I'm sous-chef at the restaurant of Hotel Miradouro here in Lisbon and we are redoing the spring menu, so my head is full of fava beans.",
          'job-old',
        ],
        ['a', 'Buongiorno! Menu changes are always intense. What can I help you with?'],
        [
          'u',
          "Can you help me write short English descriptions for three dishes? Tourists don't read long ones, they look at the photos and the price.",
        ],
        ['a', 'Of course. Send me the dishes and the main ingredients.'],
        [
          'u',
          'One: risotto with fava beans, pecorino and mint. Two: grilled octopus on chickpea purée. Three: lemon tart finished with olive oil.',
        ],
        [
          'a',
          '1) Spring risotto: fava beans, pecorino, fresh mint. 2) Charred octopus on silky chickpea purée. 3) Lemon tart with a drizzle of extra-virgin olive oil.',
        ],
        [
          'u',
          "Perfetto, short and clean. My chef will still change them, he changes everything, but it's a good start.",
        ],
        ['a', 'Head chefs like to leave their mark. Is he difficult to work with?'],
        [
          'u',
          'Not really, just old school. Fifteen years in kitchens for me, between Naples and here, and honestly one day I want my own kitchen.',
        ],
        ['a', "That's a natural next step. Do you have an idea of the kind of place?"],
        [
          'u',
          "Something small, grill-based, near the sea. But with a little boy of six at home it's not the moment to gamble our savings.",
        ],
        ['a', 'Understandable. A head chef job somewhere new could be a less risky step first.'],
        [
          'u',
          "Yes, that is the sensible road. Inês says exactly the same thing, and she is usually right, but don't tell her.",
        ],
        ['a', 'Your secret is safe. Does Inês work in restaurants too?'],
        [
          'u',
          "No no, she's a nurse on the children's ward at Hospital Dona Estefânia. She does a lot of night shifts, so we pass each other in the corridor like two ships.",
          'wife-job',
        ],
        ['a', "That's hard on a family schedule. Who covers the mornings?"],
        [
          'u',
          'Me, mostly. I walk Tommaso to school at half past eight and then I go straight to the hotel for lunch service.',
        ],
        ['a', 'Busy mornings! Good luck with the new menu.'],
        [
          'u',
          'Oh, and one more thing for the menu: the hotel wants a vegetarian main. Any quick idea with spring vegetables?',
        ],
        ['a', 'A pea and asparagus orzotto with lemon zest, or a grilled spring onion and ricotta tart.'],
      ],
    },
    {
      start: '2025-03-02 21:40',
      lines: [
        [
          'u',
          "Ciao, quick question. My Vespa makes a clicking noise when I brake. It's an old LX 125 from 2012 and I ride it every single day to the hotel, so I'm a bit worried.",
          'vespa',
        ],
        [
          'a',
          "A click when braking is often worn pads or a loose caliper bolt. It's worth getting it checked soon rather than riding on it for weeks.",
        ],
        [
          'u',
          "Ok, I'll bring it to the mechanic in Arroios on Monday. We don't have a car, so without the Vespa I'm stuck with the tram 28 and the tourists.",
        ],
        ['a', "The 28 at rush hour is an adventure. Hopefully it's a quick fix."],
        [
          'u',
          "Different topic. Tommaso had a reaction at a birthday party yesterday, his lips swelled up after the fruit salad. The doctor says he's allergic to kiwi.",
          'son-allergy',
        ],
        ['a', 'Oh no, is he alright now?'],
        [
          'u',
          "He's fine, an antihistamine and a lot of drama. He was more upset about missing the cake than about the lips.",
        ],
        ['a', 'Kids have their priorities. Do you want some dessert ideas that are safe for him?'],
        ['u', 'Yes please, something for the weekend, simple.'],
        [
          'a',
          'A few ideas: 1) chocolate banana bread, 2) strawberry yogurt pots, 3) baked apples with cinnamon. All kiwi-free.',
        ],
        [
          'u',
          "The banana bread, he will go crazy for it. Also, do you think we need a doctor's letter for the school?",
        ],
        [
          'a',
          "Most schools ask for a written note about allergies, and some want an action plan. It's worth asking the school what form they need.",
        ],
        [
          'u',
          "Inês will ask the pediatrician at her hospital, easier. The school is just down the hill from our flat in Graça, so I'll drop the paper in myself.",
          'home-old',
        ],
        ['a', 'Very convenient. I hope the Vespa repair is cheap too!'],
        ['u', 'Grazie, you saved me an hour of googling tonight.'],
        ['a', 'Prego! Good night.'],
        [
          'u',
          'One last thing: is there a way to keep fresh mint for more than two days? It goes black in our fridge.',
        ],
        [
          'a',
          'Trim the stems, put it in a glass of water like flowers, and loosely cover it with a bag in the fridge.',
        ],
      ],
    },
    {
      start: '2025-03-29 15:05',
      lines: [
        [
          'u',
          "I need help. On 12 April it's ten years married with Inês and I have booked nothing. A chef who forgets to book a restaurant, che vergogna.",
        ],
        ['a', 'Ten years, congratulations! What style of place would she like?'],
        [
          'u',
          'Not too fancy, she hates when the waiter explains the plate for five minutes. Good fish, a view maybe.',
        ],
        [
          'a',
          'Some options: 1) a seafood tasca in Cascais with terrace, 2) a rooftop restaurant in Príncipe Real with a tasting menu of Portuguese fish, 3) a small Alentejo place in Campo de Ourique, very homely.',
        ],
        [
          'u',
          "The second one. She loves Príncipe Real and a tasting menu of fish is exactly her. I'll book it tonight.",
          'anniv-choice',
        ],
        ['a', 'Great choice. Anything to keep in mind for the kitchen when you book?'],
        [
          'u',
          "Yes, she's lactose intolerant, so no cream sauces, no cheese on everything. Butter a little is ok but not much.",
          'wife-lactose',
        ],
        ['a', 'Good to mention it when booking, tasting menus often have a dairy course they can swap.'],
        ['u', "And the babysitter, my neighbour's daughter Marta can come, she did it at Christmas."],
        ['a', 'Perfect. Do you want help with a card message too?'],
        [
          'u',
          'Yes, something simple, in English is fine, we speak English and Portuguese mixed at home anyway.',
        ],
        [
          'a',
          "How about: 'Ten years, one little boy, a thousand night shifts and late services, and I'd choose you again every single day.'",
        ],
        ['u', "Bellissimo. I'll add a line about the first time I cooked for her, the carbonara disaster."],
        ['a', "That's a lovely personal touch."],
        ['u', 'She will laugh. Ok, booking now, thank you!'],
        ['a', 'Enjoy the evening!'],
        ['u', 'Update: booked already! They even gave us a table by the window.'],
        ['a', 'Wonderful, happy anniversary in advance!'],
      ],
    },
    {
      start: '2025-04-20 11:30',
      lines: [
        [
          'u',
          'Buona Pasqua! Today is quiet, the hotel gave me the day off because the kitchen is closed for a private event.',
        ],
        ['a', 'Buona Pasqua! Nice to have a free Easter. Any plans?'],
        [
          'u',
          'I want to finally buy a turntable. I have maybe eighty records from my father, lots of Pino Daniele and old Neapolitan songs, and no way to play them.',
        ],
        ['a', "What a collection to inherit. What's your budget?"],
        ['u', "Not more than 300 euros, we're saving."],
        [
          'a',
          'Options: 1) Audio-Technica AT-LP60X, about 150 euros, fully automatic, 2) Pro-Ject Primary E, about 250 euros, better sound, manual, 3) Rega Planar 1, around 400 euros, above budget but excellent.',
        ],
        [
          'u',
          "I'll go with the cheaper one, the Audio-Technica at 150. Tommaso will touch everything, better automatic.",
          'turntable',
        ],
        ['a', "Sensible with a six-year-old around. You'll need speakers too, unless you have some."],
        ['u', "I have old speakers from my student days, I'll try them first."],
        [
          'a',
          'Good idea, check if they need an amplifier; the LP60X has a built-in preamp but passive speakers need an amp.',
        ],
        ['u', "Ah, they're passive. Madonna. Ok, I'll look for a small cheap amp second-hand."],
        ['a', 'OLX and Vinted often have small amps for 30 to 50 euros.'],
        [
          'u',
          'Also my lower back is killing me, twelve hours standing at the pass. Any exercises I can do at home?',
        ],
        [
          'a',
          'Gentle ones like cat-cow, knee-to-chest stretches and glute bridges help many people. If it persists, see a physio.',
        ],
        ['u', "I'll try the bridges tonight while listening to Pino Daniele, if the amp arrives."],
        ['a', 'Sounds like a perfect evening.'],
        ['u', 'The amp came from a student in Benfica for 40 euros. Pino Daniele sounds like my childhood.'],
        ['a', "That's beautiful, enjoy the music."],
      ],
    },
    {
      start: '2025-05-18 20:10',
      lines: [
        [
          'u',
          'Ciao! In June my mother turns seventy and the whole family is meeting in Pozzuoli, where she still lives in the house I grew up in, near the port.',
          'mum-place',
        ],
        ['a', 'Seventy, what a milestone! Do you need help with the trip?'],
        ['u', 'Yes, flights Lisbon to Naples for the three of us, around 13 June, back on the 17th.'],
        [
          'a',
          'Options: A) TAP direct, around 210 euros each, B) easyJet direct, around 140 euros each but early morning, C) Ryanair via Porto, around 110 euros but a long layover.',
        ],
        [
          'u',
          "Option A, the direct TAP. With Tommaso a 6 am flight is a nightmare and I'm not doing a layover in Porto with him.",
          'flight-choice',
        ],
        ['a', 'Fair enough. Will you stay with your mother?'],
        [
          'u',
          "Of course, she would never forgive me a hotel. She's already planning the menu, she doesn't let me cook in her kitchen, never.",
        ],
        ['a', "The chef son banned from the kitchen, that's a classic."],
        ['u', 'Exactly. I want to bring her a present from Portugal. She likes things for the house.'],
        [
          'a',
          'Some ideas: a hand-painted Bordallo Pinheiro bowl, a set of Portuguese tiles, or a nice tin of Conserveira sardines with a ceramic dish.',
        ],
        ['u', "The Bordallo bowl, the cabbage one, she'll use it for insalata every Sunday."],
        ['a', "She'll love it. Do you need to tell the airline about Tommaso's allergy?"],
        ['u', "Good point, I'll bring his own snacks, easier than explaining kiwi to a flight attendant."],
        ['a', 'Smart. Have a great trip!'],
        ['u', "Grazie! I'll tell you how it went."],
        ['a', 'Please do!'],
        ['u', 'Ah, and remind me later to buy sunscreen, Tommaso burns in ten minutes.'],
        ['a', 'Noted, pack the SPF 50 for the Naples sun!'],
      ],
    },
    {
      start: '2025-06-22 22:45',
      lines: [
        ['u', "We're back from Naples. Mamma cried three times at the party, the bowl was a success."],
        ['a', 'That sounds wonderful. How was the party?'],
        [
          'u',
          'Forty people, my uncle sang, Tommaso ate his weight in mozzarella. But the big news is something else.',
        ],
        ['a', 'Tell me!'],
        [
          'u',
          "A guy I worked with years ago called me. He's opening a grill restaurant called Brasa in Cascais in September and he wants me as head chef.",
          'job-offer',
        ],
        ['a', "That's a big opportunity, exactly what you talked about! How do you feel?"],
        [
          'u',
          'Excited and scared. Better salary, my own menu, but Cascais is far from Graça, almost an hour door to door.',
        ],
        ['a', 'Would you consider moving closer if you take it?'],
        [
          'u',
          'Maybe. Inês could ask for a transfer to the hospital in Cascais, she has been tired of the city anyway.',
        ],
        ['a', "It sounds like it could fit the whole family. What's holding you back?"],
        ['u', 'Loyalty, a bit. My chef at the hotel gave me a chance when I arrived in Lisbon.'],
        [
          'a',
          "That's admirable, but a good mentor usually wants you to grow. A respectful, early conversation can keep the relationship.",
        ],
        ['u', "You're right. Can you help me make a list of questions to ask the owner before I say yes?"],
        [
          'a',
          'Sure: contract type and salary, hiring freedom for your team, food cost targets, opening hours and days off, investment in equipment, and what happens if the opening is delayed.',
        ],
        ['u', "Days off is important, I want at least Monday with Tommaso. I'll send him these tomorrow."],
        ['a', 'Good luck with the conversation!'],
        ['u', "Grazie, really. I'll talk to my chef at the hotel first thing on Tuesday."],
        ['a', 'Good luck, let me know how it goes.'],
      ],
    },
    {
      start: '2025-07-27 18:20',
      lines: [
        [
          'u',
          'So, I said yes to Brasa! Contract signed, I start on the 1st of September. Closed on Mondays, as I wanted.',
          'job-start',
        ],
        ['a', 'Congratulations, Chef! How did the hotel take it?'],
        [
          'u',
          "My chef hugged me and said finally. I'm working there until the end of August to help the new sous-chef.",
        ],
        ['a', "That's a lovely way to leave. Everything else okay?"],
        [
          'u',
          'Yes, and another change: I sold the Vespa this week, to Rui the pastry cook, for 1,400 euros. It was sad, twelve years of memories.',
          'vespa-sold',
        ],
        ['a', 'Bittersweet! What will you use to get around?'],
        [
          'u',
          'I bought a cargo e-bike, a Tern GSD, for 3,200 euros second-hand. Tommaso sits on the back and I can carry a crate of vegetables from the market.',
          'ebike',
        ],
        ['a', "Very practical for a chef dad. Have you tried it on Lisbon's hills yet?"],
        ['u', 'Yes, the motor is magic, I went up to Graça without sweating, for the first time in my life.'],
        ['a', 'Ha! Do you need insurance or a good lock?'],
        ['u', 'Both. What lock do you recommend for an expensive bike?'],
        [
          'a',
          'A heavy chain lock like the Abus Granit or Kryptonite New York chain, plus a disc lock for the wheel. And register the frame number with the police or BikeRegister.',
        ],
        [
          'u',
          "I'll get the Abus. Rui already sent me a photo of him on the Vespa, he looks happier than me.",
        ],
        ['a', "It's in good hands then."],
        ['u', "Now I need to design a menu for a restaurant that doesn't exist yet. Fun times."],
        ['a', 'The best kind of problem. Happy to help when you start.'],
        ['u', "Ciao, I'm off to the market with the bike and Tommaso on the back."],
        ['a', 'Have fun riding!'],
      ],
    },
    {
      start: '2025-09-14 23:30',
      lines: [
        [
          'u',
          "Two weeks as head chef at Brasa in Cascais and I have slept maybe twenty hours total. But we're full every night!",
          'job-new',
        ],
        ['a', "Full every night in the first two weeks is a great sign! How's the team?"],
        [
          'u',
          'Good. Young, six people in the kitchen, one grill guy from Brazil who is a genius with picanha.',
        ],
        ['a', "Sounds like a strong start. What's the hardest part?"],
        [
          'u',
          "The commute. Graça to Cascais on the cargo bike to Cais do Sodré, then the train, then bike again. It's almost an hour and at midnight it's sad.",
        ],
        ['a', "That's tough after a late service. Have you thought more about moving?"],
        [
          'u',
          "Yes, we're looking in Parede or Carcavelos. Inês got her transfer to Hospital de Cascais for November.",
        ],
        ['a', 'Great news for her. What are you looking for in a home?'],
        [
          'u',
          'Two bedrooms minimum, near a school for Tommaso, and under 1,500 a month. Difficult on this coast.',
        ],
        ['a', "It's competitive but possible in Parede. Want tips on listings sites?"],
        [
          'u',
          'Idealista I know. What I want is a checklist for visiting flats, I always forget to check things.',
        ],
        [
          'a',
          "Check: humidity and mould, water pressure, windows and noise, how it's heated, the deposit terms, what's included, mobile signal, and the distance to the station and school.",
        ],
        [
          'u',
          'Humidity is the big one in Portugal, our flat in Graça has mould in the bathroom every winter.',
        ],
        ['a', 'Very common. Look at ceilings in corners and behind wardrobes during visits.'],
        ['u', "Ok, I'll save this. Now I sleep, tomorrow lunch for a wedding."],
        ['a', 'Good night, Chef!'],
        ['u', "Also, the Brazilian grill guy wants a raise already, ha. That's a problem for next month."],
        ['a', 'One fire at a time!'],
      ],
    },
    {
      start: '2025-10-19 16:00',
      lines: [
        [
          'u',
          "We did it, we moved! We're now renting a house in Parede, two bedrooms, ten minutes by bike to Brasa and five minutes to the sea.",
          'home-new',
        ],
        ['a', "Congratulations! How's the family settling in?"],
        [
          'u',
          'Tommaso started at the school in Parede this week and he already has a best friend called Gonçalo.',
        ],
        ['a', "That's quick! Kids adapt so fast."],
        ['u', 'Faster than me. I keep walking to the wrong cupboard for the coffee.'],
        ['a', 'That happens to everyone in a new home. Anything you need help with?'],
        ['u', "Yes, we have to change our address everywhere. What's the list in Portugal?"],
        [
          'a',
          'Typically: Cartão de Cidadão or residence card at Loja do Cidadão, Finanças, Segurança Social, the health centre registration, bank, utilities, and insurance.',
        ],
        [
          'u',
          'As an Italian I also need to update AIRE with the consulate, I forgot that last time and it was a mess.',
        ],
        ['a', 'Good that you remember. The Fast It portal lets you do it online.'],
        [
          'u',
          'Perfect. And the rent here is 1,450, a bit more than Graça but no mould, I checked everything on your list.',
        ],
        ['a', 'The checklist paid off!'],
        [
          'u',
          "Also I found a great fishmonger in the Parede market, I'm going to buy from him for the restaurant too.",
        ],
        ['a', "Local supplier and neighbour, that's ideal."],
        ['u', 'Ok, now I go to the beach with Tommaso before he forgets what his father looks like.'],
        ['a', 'Enjoy the sea!'],
        [
          'u',
          'Ah, and the fishmonger gave Tommaso a little crab to look at, now he wants to be a fisherman.',
        ],
        ['a', "From chef's son to fisherman, a fine coastal dream."],
      ],
    },
    {
      start: '2025-11-16 12:10',
      lines: [
        [
          'u',
          "Inês's birthday is on the 28th and this year I want to get it right, not flowers from the petrol station like 2019.",
        ],
        ['a', "Ha, let's do better! What does she enjoy?"],
        ['u', 'She reads a lot, she likes yoga, she complains her neck hurts after night shifts.'],
        [
          'a',
          'Ideas: 1) a Kindle Paperwhite, 2) a voucher for a massage package at a spa in Cascais, 3) a weekend away in the Douro valley just for the two of you.',
        ],
        [
          'u',
          'The massage package. Her neck really needs it, and a weekend away is hard with the restaurant.',
          'wife-gift',
        ],
        ['a', 'Practical and thoughtful. How many sessions?'],
        [
          'u',
          "Five, I think, so she has them for the winter. And I'll cook her favourite, bacalhau à Brás, without butter.",
        ],
        ['a', 'A homemade dinner is the best part. Do you need help finding a spa?'],
        ['u', "No, my sommelier's wife works at one in Estoril, she'll give me a good price."],
        ['a', 'Perfect connection.'],
        [
          'u',
          'On money: with the new salary I want to start saving for my own restaurant one day. How much should I put aside every month?',
        ],
        [
          'a',
          'A common rule is 15 to 20 percent of net income, in a separate account. Even 300 to 500 euros a month adds up over five years.',
        ],
        ['u', "Let's say 400 a month. In five years, 24,000, plus whatever I can add. It's a start."],
        ['a', "A solid start, and you'll gain experience running Brasa meanwhile."],
        ['u', "Esatto. Experience with someone else's money first, ha!"],
        ['a', 'The wisest approach!'],
        ['u', "Don't tell Inês anything if she asks you, ha ha."],
        ['a', 'My lips are sealed!'],
      ],
    },
    {
      start: '2025-12-14 09:45',
      lines: [
        [
          'u',
          'Morning. Christmas menu at Brasa is killing me. The owner wants a special menu for three weeks and I have a team of six.',
        ],
        ['a', "That's a lot. What's the idea for the menu?"],
        [
          'u',
          "Four courses, Portuguese with an Italian touch. I'm thinking bacalhau croquettes, then a chestnut soup, then grilled lamb, then a panettone French toast.",
        ],
        ['a', 'Sounds delicious! The panettone French toast is a great signature.'],
        [
          'u',
          'Can you help me calculate food cost? Price of the menu 55 euros, I want food cost under 30 percent.',
        ],
        [
          'a',
          'At 55 euros with VAT at 13 percent, net price is about 48.67 euros, so food cost under 30 percent means roughly 14.60 euros of ingredients per menu.',
        ],
        [
          'u',
          "The lamb will be the problem, it's expensive this year. Maybe I use lamb shoulder, slow-cooked before the grill.",
        ],
        ['a', 'Shoulder is cheaper and very flavourful when slow-cooked first.'],
        [
          'u',
          'Ok, decided. Also, Tommaso joined the football club here in Parede, training on Wednesday evening and games on Saturday morning.',
        ],
        ['a', 'Fun! Does he enjoy it?'],
        [
          'u',
          "He loves it, he's the smallest but he runs like a crazy. I can't see the games, Saturday morning I'm at the market for the restaurant.",
        ],
        ['a', 'Maybe Inês can film them for you.'],
        ['u', 'She does, and she sends them with commentary. The best part of my Saturday.'],
        ['a', "That's lovely."],
        ['u', 'Now back to the lamb. Thank you for the numbers.'],
        ['a', 'Good luck with the Christmas rush!'],
        ['u', 'Oh and one waiter quit yesterday, December in restaurants, sempre così.'],
        ['a', 'Always the busiest month for surprises. Hope you find someone quickly.'],
      ],
    },
    {
      start: '2026-01-18 17:30',
      lines: [
        [
          'u',
          'Happy new year! We survived December. Brasa did more covers than the owner expected, he gave the whole kitchen a bonus.',
        ],
        ['a', "Happy new year! That's fantastic, congratulations to the whole team."],
        [
          'u',
          'Now January is dead quiet, so I have time to think. I want to change the menu for spring already.',
        ],
        ['a', 'Good time to plan. Any direction?'],
        [
          'u',
          "More vegetables on the grill, less meat. Customers ask for it, and it's cheaper for food cost.",
        ],
        [
          'a',
          'Grilled leeks with romesco, charred cabbage with anchovy butter, grilled peaches in summer... lots of options.',
        ],
        [
          'u',
          'The cabbage with anchovy, yes, but with olive oil, not butter, I want it lactose-free so Inês can eat it when she comes.',
        ],
        ['a', 'A great reason to adapt it.'],
        ['u', 'Also the cargo bike needs a new battery already, the range dropped. How much do they cost?'],
        [
          'a',
          'For a Tern GSD a Bosch PowerPack 500 is usually around 700 to 900 euros. Check the warranty first, sometimes batteries are covered for two years.',
        ],
        [
          'u',
          "I'll check, I bought it second-hand but maybe the shop gives me something. I ride it every day, ten minutes to work, I can't live without it now.",
        ],
        ['a', 'Worth asking the seller too. Anything else?'],
        ['u', "No, that's all. Tommaso wants to know if you like football."],
        ['a', 'Tell him I think football is great, and that the smallest players are often the fastest!'],
        ['u', "He'll be very proud. Ciao!"],
        ['a', 'Ciao, Dario!'],
        ['u', 'Wait, one more: my resolution this year is less chaos and more beach.'],
        ['a', 'A great resolution, Dario!'],
      ],
    },
  ],
  questions: [
    [
      'single-hop',
      "Tommaso's birthday party is coming up. Which fruit do I need to keep off the table?",
      ['son-allergy'],
    ],
    ['single-hop', 'Where did we end up going for our tenth anniversary dinner?', ['anniv-choice']],
    ['single-hop', 'Which record player did I decide to buy for my dad’s old records?', ['turntable']],
    ['single-hop', 'Remind me which hospital Inês was working at when we lived in the city.', ['wife-job']],
    ['single-hop', 'Which airline did I pick for the trip to my mum’s seventieth?', ['flight-choice']],
    [
      'multi-hop',
      'I want to bake a cake we can all three eat at home. What do I need to leave out for my wife and for my son?',
      ['son-allergy', 'wife-lactose'],
    ],
    [
      'multi-hop',
      'How much did the record player and the cargo bike cost me together?',
      ['turntable', 'ebike'],
    ],
    ['temporal', 'When did I get rid of my scooter?', ['vespa-sold'], { askedAt: '2026-02-10 10:00' }],
    [
      'temporal',
      'Did I start the new head chef job before or after we moved house?',
      ['job-start', 'home-new'],
      { askedAt: '2026-02-10 10:05' },
    ],
    ['updated', 'Where am I cooking these days?', ['job-new'], { stale: ['job-old'] }],
    ['updated', 'What part of the Lisbon area do we live in now?', ['home-new'], { stale: ['home-old'] }],
    ['updated', 'What do I use to get to work now?', ['ebike'], { stale: ['vespa'] }],
    ['off-topic', 'How can I teach myself to touch-type faster?', []],
    ['off-topic', 'How do I fix a squeaky door hinge?', []],
    ['off-topic', 'How do I get candle wax off a tablecloth?', []],
  ],
});

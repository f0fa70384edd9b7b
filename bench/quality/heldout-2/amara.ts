import { definePersona } from '../author.ts';

export const amara = definePersona({
  user_id: 'h2-amara',
  name: 'Amara Okafor',
  summary:
    'Junior doctor, 27, moves from Lagos to Manchester for an NHS job; gives up meat then fish; breaks up with a long-distance boyfriend; runs races.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-09 22:30',
      lines: [
        [
          'u',
          'Lagos traffic made me two hours late for my shift at LUTH again. Third Bridge was a car park.',
          'lagos',
        ],
        [
          'a',
          'That sounds so frustrating, especially before a long shift. Is there any route or time that is more reliable?',
        ],
        [
          'u',
          'Leaving at 5 am is the only fix. Anyway, I need a study plan for PLAB 1, the exam is in 8 weeks.',
        ],
        [
          'a',
          'A simple plan: weeks 1–5 cover topics by system with a question bank (about 100 questions a day), weeks 6–7 full mocks and weak areas, week 8 light revision and rest.',
        ],
        ['u', 'Which question bank do people use?'],
        [
          'a',
          'Plabable and PLAB Keys are the most popular. Many candidates do Plabable twice and review every explanation.',
        ],
        ['u', 'Plabable it is. How do I study when I work nights?'],
        [
          'a',
          'Use the first hour after you wake up for fresh learning and do flashcards in small breaks. Protect one full day off a week for a long block.',
        ],
        [
          'u',
          'My boyfriend Tunde says I am married to my textbooks lol. He is in Abuja so we mostly video call.',
          'tunde',
        ],
        [
          'a',
          'Long distance plus exams is a lot. A fixed call time, even 20 minutes, can help you both feel connected without eating your study time.',
        ],
        ['u', 'True. Also I need comfort food tonight. Suya at midnight, is that crazy?'],
        ['a', 'Not crazy at all after a long shift! Just drink water with it, suya spice is salty.'],
        ['u', 'I eat literally everything, suya is life, goat meat pepper soup is life.', 'meat'],
        ['a', 'Pepper soup after a night shift sounds perfect. Enjoy!'],
        [
          'u',
          'One more thing for PLAB, can you remind me of first-line antibiotics for community pneumonia in the UK?',
        ],
        [
          'a',
          'For low-severity CAP, NICE recommends amoxicillin 500 mg three times a day for 5 days; doxycycline or clarithromycin for penicillin allergy. Check the current NICE guidance.',
        ],
        [
          'u',
          'Funny, I am allergic to penicillin myself, I got a rash from amoxicillin as a kid.',
          'allergy',
        ],
        [
          'a',
          'Then remember to mention it whenever you are treated anywhere, and wear it on your records. It is useful that you know the alternatives so well!',
        ],
        ['u', 'Good night!'],
        ['a', 'Good night, and good luck with the studying.'],
      ],
    },
    {
      start: '2025-02-21 19:10',
      lines: [
        [
          'u',
          'I have decided to stop eating meat. Fish is still okay for now, but no chicken, beef or goat since the start of this month.',
          'pesc',
        ],
        ['a', 'That is a big change, especially with Nigerian food! What made you decide?'],
        [
          'u',
          'Mostly health and how I feel after heavy meals on shift. Give me a Nigerian dinner without meat?',
        ],
        [
          'a',
          'Try efo riro with smoked fish and crayfish, beans porridge with plantain, or okra soup with prawns and fish. All are rich without meat.',
        ],
        ['u', 'Beans and plantain. How do I stop the beans giving me gas?'],
        [
          'a',
          'Soak them overnight, discard the water, and boil for 10 minutes, then change the water again. Some people add a pinch of ginger.',
        ],
        ['u', 'Ok. I also want to start running. Couch to 5k?'],
        [
          'a',
          'Couch to 5K is great: three sessions a week for nine weeks, starting with 60 seconds of running and 90 seconds of walking, repeated eight times.',
        ],
        ['u', 'Outside it is 33 degrees at 6 am, haha.'],
        [
          'a',
          'Then run very early or in the evening, slow down, and carry water. Heat makes everything feel harder, so do not judge your pace.',
        ],
        ['u', 'Is 3 times a week too much with my shifts?'],
        [
          'a',
          'Three short runs is manageable; move them around your rota and skip one after a night shift if you are wrecked.',
        ],
        ['u', 'What about protein now that I do not eat meat?'],
        [
          'a',
          'Fish, eggs, beans, lentils, groundnuts, tofu if you can find it, and dairy. Eating beans with rice or bread gives a good amino acid mix.',
        ],
        ['u', 'Groundnuts I can do. Thank you!'],
        ['a', 'You are welcome. Good luck with the first run!'],
      ],
    },
    {
      start: '2025-04-02 21:45',
      lines: [
        ['u', 'I passed PLAB 1!! Now PLAB 2 in Manchester is the big one.'],
        [
          'a',
          'Congratulations! PLAB 2 is the OSCE-style exam. Most people attend a course in the UK and practise stations daily with partners.',
        ],
        ['u', 'How many stations?'],
        [
          'a',
          'Sixteen stations of 8 minutes each, covering history taking, examination, communication, and data interpretation.',
        ],
        ['u', 'The communication ones scare me. Breaking bad news.'],
        [
          'a',
          'Use a structure like SPIKES: Setting, Perception, Invitation, Knowledge, Emotions, Strategy. Practise with a friend and pause after the news.',
        ],
        ['u', 'Ok. I also need a visa plan. Is it the visitor visa for the exam?'],
        [
          'a',
          'Yes, most candidates use a Standard Visitor visa to sit PLAB 2. Apply early; processing in Lagos can take several weeks.',
        ],
        ['u', 'What should I pack for a week in Manchester in June?'],
        [
          'a',
          'Layers: a light waterproof jacket, a jumper, comfy shoes. June is 12–20°C with rain. Bring formal wear for the exam.',
        ],
        ['u', 'Rain in June? Wow.'],
        ['a', 'Manchester is famous for it! An umbrella is essential.'],
        ['u', 'How early should I arrive before the exam date to adjust?'],
        [
          'a',
          'Two or three days is ideal: you get over the journey, visit the centre, and do a final practice with your group.',
        ],
        ['u', 'And is the Manchester centre far from the city?'],
        ['a', 'The GMC clinical assessment centre is in the city centre, easy to reach by tram or on foot.'],
        ['u', 'Let me go study. Thanks.'],
        ['a', 'Good luck!'],
      ],
    },
    {
      start: '2025-05-10 12:40',
      lines: [
        [
          'u',
          'My best friend is getting married next month. What is a good wedding gift that is not just cash?',
        ],
        [
          'a',
          'A personalised item (an engraved photo frame or a portrait of the couple), a good cookware set, or an experience like a weekend getaway voucher.',
        ],
        ['u', 'A portrait painting from a local artist sounds special.'],
        ['a', 'It is! Send the artist a few good photos of the couple and give them at least three weeks.'],
        ['u', 'Also we are all wearing aso-ebi, lilac. What makeup goes with lilac?'],
        [
          'a',
          'Soft plum or mauve lips, a touch of gold or champagne on the eyes, and warm blush. Lilac looks beautiful with gold accessories.',
        ],
        ['u', 'Gold it is. Can you write a short toast? I am the maid of honour.'],
        [
          'a',
          '"To Ada and Emeka: I have watched Ada laugh through every season of life, and I have never seen her laugh like she does with you. May your home be full of joy, patience and good food. To the couple!"',
        ],
        ['u', 'Ha, good food is very Ada. Add something about their first date at the beach.'],
        [
          'a',
          'Add: "From a first date at Elegushi Beach to this day, may you always find your way back to each other."',
        ],
        ['u', 'Lovely. How long should a toast be?'],
        ['a', 'Two to three minutes is ideal, roughly 300 words.'],
        ['u', 'Okay, I will practise. Thanks!'],
        ['a', 'You will do great!'],
      ],
    },
    {
      start: '2025-06-12 16:20',
      lines: [
        [
          'u',
          'PLAB 2 passed! And I got an offer: clinical fellow in A&E at Salford Royal, starting in July!',
          'plab',
        ],
        [
          'a',
          'That is fantastic, huge congratulations! There is a lot to sort out: GMC registration, the Health and Care Worker visa, and somewhere to live.',
        ],
        ['u', 'Where should I live? I want a short commute and I will not have a car.'],
        [
          'a',
          'Three options:\n1. Ancoats – trendy, near the city centre, about 30 minutes by tram and bus.\n2. Didsbury – leafy and lively, but 40+ minutes away.\n3. Eccles – cheaper, on the tram line, about 10 minutes from the hospital.',
        ],
        ['u', 'I do like the sound of the first one but I will be exhausted after nights.'],
        [
          'a',
          'That is the main trade-off: Ancoats is more fun, the cheaper one is far more practical after a 12-hour shift.',
        ],
        ['u', 'Practical wins. The third one.', 'area'],
        [
          'a',
          'Sensible choice. Look for a one-bedroom near the Eccles tram stop; check the heating type, as electric heating can be expensive.',
        ],
        ['u', 'My mum is crying already. She does not want me to go.'],
        [
          'a',
          'That is natural. Maybe plan regular call days and her first visit, so she has something to look forward to.',
        ],
        [
          'u',
          'My brother Chidi will take care of her. He is doing mechanical engineering at UNILAG, final year.',
          'chidi',
        ],
        [
          'a',
          'It helps that he is close. Final year is busy, but knowing he is there will reassure you both.',
        ],
        ['u', 'Also what is the GMC registration process roughly?'],
        [
          'a',
          'After PLAB 2 you apply online with your documents, identity check, and a good-standing certificate. Allow several weeks.',
        ],
        ['u', 'Ok. Lots to do. Thank you so much.'],
        ['a', 'You have done the hard part already. Enjoy this moment!'],
      ],
    },
    {
      start: '2025-07-13 09:05',
      lines: [
        ['u', 'Landed at Manchester Airport this morning. It is 14 degrees in JULY.', 'arrive'],
        ['a', 'Welcome to the UK! Manchester summers can be surprising. What do you need to get done first?'],
        ['u', 'Bank account, SIM card, GP registration. Which first?'],
        [
          'a',
          'SIM first so you have a UK number, then a bank account (Monzo or Starling can be opened on your phone), then register with a GP near home using your address.',
        ],
        ['u', 'Do I need my BRP for the bank?'],
        [
          'a',
          'Most banks accept your passport and your eVisa share code. Monzo lets you verify with a passport and a selfie video.',
        ],
        ['u', 'Monzo then. Which SIM is cheap?'],
        [
          'a',
          'giffgaff, Voxi, Smarty or Lebara are cheap SIM-only options. Lebara has good rates for calls to Nigeria.',
        ],
        ['u', 'Lebara for calling mum, perfect.'],
        ['a', 'Good pick.'],
        ['u', 'What is the best way to get to Eccles from the airport?'],
        [
          'a',
          'Take the Metrolink from the airport and change at Cornbrook or Pomona, or a taxi for about 30 minutes if you have lots of luggage.',
        ],
        ['u', 'Where can I buy Nigerian ingredients here? Egusi, palm oil?'],
        [
          'a',
          'Longsight and Cheetham Hill have African shops, and some larger supermarkets stock palm oil and plantain.',
        ],
        ['u', 'Two suitcases, taxi. Ok bye!'],
        ['a', 'Safe travels!'],
      ],
    },
    {
      start: '2025-08-19 20:00',
      lines: [
        ['u', 'My flat is finally set up and it feels like home. Manchester life, here we go.', 'mcr'],
        ['a', 'That is a great milestone. How is work going?'],
        ['u', 'A&E is chaos but I love it. The nurses are amazing.'],
        ['a', 'Good nurses make all the difference in A&E.'],
        ['u', 'I want to keep running here. I need proper shoes. Budget £100.'],
        [
          'a',
          'Three good options around that price:\n1. Brooks Ghost – cushioned and stable, a classic daily trainer.\n2. Nike Pegasus – lighter and a bit firmer.\n3. ASICS Novablast – very bouncy and fun, less support.',
        ],
        ['u', 'My knees hurt after long runs. Which one is best for that?'],
        [
          'a',
          'The Brooks Ghost is often recommended for comfort and stability. A gait check at a running shop can confirm.',
        ],
        ['u', 'Ok, I will take the first one.', 'shoes'],
        ['a', 'Good choice. Go half a size up for running.'],
        ['u', 'Are there races here in September? Something short.'],
        [
          'a',
          'There are usually 10k races around Salford Quays and Heaton Park in autumn. The Salford 10k is flat and friendly.',
        ],
        ['u', 'Signing up for Salford. Can I do 10k in 5 weeks?'],
        [
          'a',
          'If you can run 5k comfortably now, yes: add about 1 km to your long run each week and keep the others easy.',
        ],
        ['u', 'Ok deal. Thanks!'],
        ['a', 'Go for it!'],
      ],
    },
    {
      start: '2025-09-28 18:35',
      lines: [
        ['u', 'Did the Salford 10k this morning! 56 minutes, my first ever race.', 'race1'],
        ['a', 'Amazing, congratulations on your first race! How do you feel?'],
        ['u', 'Legs dead, heart happy. But my personal life is a mess.'],
        ['a', 'I am sorry. Do you want to talk about it?'],
        [
          'u',
          'Tunde and I broke up last weekend. Long distance across two continents was too much.',
          'breakup',
        ],
        [
          'a',
          'That is really hard, even when it is the right decision. Be gentle with yourself; ending something real hurts.',
        ],
        ['u', 'Yeah. I cried through a whole shift break. Any advice?'],
        [
          'a',
          'Lean on friends and family, keep your routine, run, sleep, and limit looking at old photos for a while. It gets lighter week by week.',
        ],
        ['u', 'My colleague said come to a Nigerian church in Salford, there is a community.'],
        [
          'a',
          'That could be lovely. A community that shares your culture can be a big comfort far from home.',
        ],
        ['u', 'Also, I have dropped fish as well now, I am fully vegetarian. My body feels better.', 'veg'],
        [
          'a',
          'Great that it feels good. Watch your B12, iron and omega-3; a supplement for B12 is worth it on a vegetarian diet.',
        ],
        ['u', 'I know, I am a doctor, haha. But thanks.'],
        ['a', 'Fair point, doctor!'],
        ['u', 'Easy recipe with lentils for tonight?'],
        [
          'a',
          'Red lentil dal: onion, garlic, ginger, tomato, cumin, turmeric, 200 g red lentils and 700 ml water, simmer 20 minutes, finish with lemon and coriander.',
        ],
        ['u', 'Perfect. Night!'],
        ['a', 'Good night, look after yourself.'],
      ],
    },
    {
      start: '2025-10-21 20:15',
      lines: [
        ['u', 'First payslip in pounds. Can you help me understand it? What is NI?'],
        [
          'a',
          'National Insurance is a contribution taken from your pay that funds the state pension and some benefits, on top of income tax.',
        ],
        ['u', 'And what is this tax code 1257L?'],
        [
          'a',
          'It is the standard code: you get £12,570 a year tax-free. If it ends in "W1" or "M1" it is an emergency code that may change later.',
        ],
        ['u', 'I also pay council tax now. Is that per person?'],
        [
          'a',
          'It is per property. Living alone gives you a 25% single person discount; apply on your council’s website.',
        ],
        ['u', 'Oh I did not know that! Applying now.'],
        ['a', 'It can save a few hundred pounds a year.'],
        ['u', 'What else should a newcomer know about money here?'],
        [
          'a',
          'Build a UK credit history (a credit-builder card paid in full), use a cheap service like Wise for sending money home, and check if your NHS pension is right for you.',
        ],
        ['u', 'I send money to mum monthly, Wise is cheaper than the bank?'],
        [
          'a',
          'Usually much cheaper, with a better exchange rate and lower fees than a high-street bank transfer.',
        ],
        ['u', 'Ok. And the heating, how do I not go broke this winter?'],
        [
          'a',
          'Heat the rooms you use, bleed the radiators, use thick curtains, and set the thermostat to 18–19°C. A heated blanket costs very little to run.',
        ],
        ['u', 'Heated blanket, yes please. Thanks!'],
        ['a', 'Stay warm!'],
      ],
    },
    {
      start: '2025-11-16 14:10',
      lines: [
        ['u', 'Chidi is visiting for Christmas!! Ten days!'],
        ['a', 'Wonderful! His first time in the UK?'],
        ['u', 'Yes. What should we do in Manchester in December?'],
        [
          'a',
          'The Christmas markets in Albert Square, the Science and Industry Museum, a Premier League match, and a day trip to the Peak District or York.',
        ],
        ['u', 'He is an engineer, the museum will make him cry with joy.'],
        ['a', 'The steam engines and textile machinery will be perfect for him.'],
        ['u', 'Food is the issue. He hates mushrooms with a passion, always has.', 'mushroom'],
        ['a', 'Noted. There are plenty of dishes without them.'],
        ['u', 'What coat should he bring? He owns nothing warm.'],
        [
          'a',
          'Buy one here in Primark or TK Maxx; a padded coat, gloves and a hat are enough for Manchester, which is usually 2–8°C in December.',
        ],
        ['u', 'Good idea. What about the match, how do I get tickets?'],
        [
          'a',
          'Man City and Man United sell through their memberships; for a visitor, ticket exchange sites of the clubs or a stadium tour are easier.',
        ],
        ['u', 'Stadium tour then. Thanks!'],
        ['a', 'Enjoy planning!'],
      ],
    },
    {
      start: '2026-01-20 21:20',
      lines: [
        ['u', 'New year, new goal. I signed up for the Manchester Marathon on April 19th!', 'marathon'],
        ['a', 'Huge! That gives you about 13 weeks. Do you want a training plan?'],
        ['u', 'Yes, something realistic for a doctor on rota.'],
        [
          'a',
          'Run four days a week: two easy runs, one with intervals or tempo, and a long run building from 12 km to 32 km, with a cutback week every fourth week and a two-week taper.',
        ],
        ['u', 'The long runs on nights weeks are impossible.'],
        [
          'a',
          'Then move the long run to your first day off after nights, or swap two weeks around. Flexibility is fine as long as the total builds.',
        ],
        ['u', 'What should I eat before long runs now that I am veggie?'],
        [
          'a',
          'Porridge with banana and honey, toast with peanut butter, or rice with beans the night before. Practise race-day food in training.',
        ],
        ['u', 'Peanut butter toast is my life anyway.'],
        ['a', 'Perfect fuel!'],
        ['u', 'Chidi loved the museum by the way. He wants to do a masters here.'],
        ['a', 'That is exciting! Universities in Manchester have strong engineering programmes.'],
        ['u', 'Yes, can you tell me the general timeline to apply for September?'],
        [
          'a',
          'Most UK masters open applications in October and close between March and June; international students should apply by spring to leave time for the visa.',
        ],
        ['u', 'Ok I will tell him. Thanks!'],
        ['a', 'Good luck to both of you!'],
      ],
    },
    {
      start: '2026-02-24 19:00',
      lines: [
        ['u', 'Rota for April is out. I am on nights from the 16th to the 19th of April. Great.', 'rota'],
        ['a', 'Let me know if you want to think through swap options.'],
        ['u', 'How do I ask for a shift swap politely?'],
        [
          'a',
          '"Hi all, would anyone be willing to swap a set of nights? I am on nights 16–19 April and can take any of your shifts in return. Thank you!" Post it on the rota group and ask the rota coordinator early.',
        ],
        ['u', 'Thanks. Also I need a nice birthday message for my mum, she turns 60.'],
        [
          'a',
          '"Happy 60th birthday, Mummy! Everything I have become started with your love and sacrifice. I miss you every day and cannot wait to hug you. Your Amara."',
        ],
        ['u', 'She will cry. Good. Should I send money or a gift?'],
        [
          'a',
          'Both are common; you could send money for a celebration with family and a small personal gift like a photo book.',
        ],
        ['u', 'Photo book of our family, great idea. Which site?'],
        ['a', 'Photobox and Snapfish both deliver internationally; check shipping times to Nigeria.'],
        ['u', 'Ok. Random question, why do my legs cramp at night after long runs?'],
        [
          'a',
          'Often dehydration, electrolyte loss or fatigue. Drink enough, add salt or an electrolyte drink after long runs, and stretch your calves. If it persists, get it checked.',
        ],
        ['u', 'Yes, I will take my own advice for once.'],
        ['a', 'Doctors are famously the worst patients!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which antibiotic family am I allergic to?', ['allergy']],
    ['single-hop', 'Which neighbourhood did I decide to live in?', ['area']],
    ['single-hop', 'Which running shoes did I buy?', ['shoes']],
    ['single-hop', 'What is my brother studying?', ['chidi']],
    ['single-hop', 'Which hospital did I get the job at?', ['plab']],
    ['multi-hop', 'What could I cook for my brother while he stays with me?', ['veg', 'mushroom']],
    ['multi-hop', 'Does my work schedule clash with my big race?', ['marathon', 'rota']],
    ['temporal', 'How long ago did I arrive in England?', ['arrive'], { askedAt: '2026-03-10 20:00' }],
    ['temporal', 'When did I run my first race?', ['race1'], { askedAt: '2026-03-10 20:00' }],
    ['updated', 'Which city do I live in?', ['mcr', 'arrive'], { stale: ['lagos'] }],
    ['updated', 'Do I still eat fish?', ['veg'], { stale: ['pesc', 'meat'] }],
    ['updated', 'Am I seeing anyone at the moment?', ['breakup'], { stale: ['tunde'] }],
    ['off-topic', 'How does penicillin actually kill bacteria?', []],
    ['off-topic', 'What is the capital of Australia?', []],
    ['off-topic', 'Why was Manchester called Cottonopolis?', []],
  ],
});

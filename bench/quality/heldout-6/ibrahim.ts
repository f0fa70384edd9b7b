import { definePersona } from '../author.ts';

export const ibrahim = definePersona({
  user_id: 'h6-ibrahim',
  name: 'Ibrahim',
  summary:
    'Ibrahim Musa, 48, structural engineer in Abuja, Nigeria; married to Aisha, three children; chess and gardening; formal, courteous writing style; changes employer, car and blood-pressure medication during the year.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-03 08:15',
      lines: [
        [
          'u',
          'Good morning. I hope you are well. I need some help drafting a rather delicate email this morning.',
        ],
        ['a', 'Good morning! Of course. Who is the email to, and what is the delicate part?'],
        [
          'u',
          'It is to a client. I am a senior structural engineer at Sahel Structures Ltd here in Abuja, and our pedestrian bridge project in Kaduna is running about six weeks behind schedule.',
          'job-old',
        ],
        [
          'a',
          'Understood. Do you want to explain the cause of the delay, or keep it brief and focus on the new timeline?',
        ],
        [
          'u',
          'Explain briefly. The steel delivery from the supplier came late and the rains last year pushed the piling work back.',
        ],
        [
          'a',
          'Here is a draft: "Dear Sir, I write to update you on the Kaduna pedestrian bridge. Owing to a late steel delivery and weather-related delays to piling, we now expect completion six weeks later than planned. We have taken steps to recover time and will share a revised programme by Friday."',
        ],
        [
          'u',
          'That is very good. Perhaps soften "later than planned" a little. The client is an old friend of my late father.',
        ],
        [
          'a',
          'We could say "we now anticipate a revised completion date approximately six weeks beyond the original programme." It reads gentler.',
        ],
        [
          'u',
          'Excellent, I will use that. Forgive me, I am also a little tired. My blood pressure tablets make me drowsy in the morning.',
        ],
        [
          'a',
          'Sorry to hear that. Which tablets are you taking? Drowsiness is worth mentioning to your doctor.',
        ],
        [
          'u',
          'Amlodipine, 5 mg once a day. The doctor put me on it last year when my readings were around 150 over 95.',
          'bp-old',
        ],
        [
          'a',
          'Amlodipine is a common first choice. Taking it in the evening sometimes helps with daytime tiredness, but check with your doctor first.',
        ],
        [
          'u',
          'I will ask at my next visit. My wife Aisha keeps reminding me. She is a secondary school teacher, so she is used to reminding people.',
        ],
        ['a', 'Ha, a good ally to have. Anything else for the email?'],
        ['u', 'No, that is all for now. Thank you very much.'],
        ['a', 'You are welcome. Good luck with the client.'],
        [
          'u',
          'One more question, actually. Chinedu, our graduate, asked me what a good first book on reinforced concrete is. Any ideas?',
        ],
        [
          'a',
          'Mosley and Bungey\'s "Reinforced Concrete Design" is a classic, and "Reinforced Concrete Design to Eurocode 2" by the same authors is its modern version.',
        ],
        ['u', 'I learned from Mosley myself. I will lend him my old copy.'],
      ],
    },
    {
      start: '2025-02-22 20:40',
      lines: [
        [
          'u',
          'Good evening. I would like to improve my chess. I play most evenings on Lichess and my rapid rating is about 1650.',
          'chess-rating',
        ],
        [
          'a',
          'Nice, 1650 is a solid club level. What would you like to work on — openings, tactics, or endgames?',
        ],
        ['u', 'Openings, mainly as black. Against 1.e4 I keep getting into trouble with everything I try.'],
        [
          'a',
          'Three sound options: (1) the Sicilian Najdorf — sharp, lots of theory; (2) the Caro-Kann — solid, good pawn structure, less theory; (3) 1...e5 with the Petroff — very solid but can be passive.',
        ],
        [
          'u',
          'I think the second one suits my temperament. I am a patient player. Let us go with that.',
          'chess-pick',
        ],
        [
          'a',
          'Good choice. Start with the Advance Variation (3.e5) and the Classical (3.Nc3 dxe4 4.Nxe4 Bf5). I can give you a short study plan.',
        ],
        ['u', 'Please do. I can give about thirty minutes a day, after the children have gone to bed.'],
        [
          'a',
          'Week 1: Classical main line ideas. Week 2: Advance Variation. Week 3: play only Caro-Kann in rapid games and review losses. Week 4: Panov attack.',
        ],
        [
          'u',
          'Very clear. My son Yusuf, who is fifteen, also plays. He will laugh at me for studying, he relies on instinct.',
          'kids',
        ],
        ['a', 'A little family rivalry is good motivation! Do your other children play?'],
        [
          'u',
          'Maryam is eleven and prefers drawing. Zainab is six, she only likes to knock the pieces over.',
        ],
        ['a', 'That sounds like a lively household. Good luck with the Caro-Kann.'],
        [
          'u',
          'Thank you. One more thing: what is a good meal with less salt? The doctor told me to cut down and Aisha is trying to help.',
        ],
        [
          'a',
          'Try grilled fish with pepper sauce using fresh herbs, ginger, and garlic instead of stock cubes. Stock cubes are a big hidden salt source.',
        ],
        [
          'u',
          'Ah, the stock cubes. We use a lot of them in our soups. I will tell her. Now I must go and fetch Maryam from her lesson in my old 2012 Camry, which is making a strange noise again.',
          'car-old',
        ],
        ['a', 'Could be a belt or the brakes. Worth getting a mechanic to look before it becomes expensive.'],
        ['u', 'Yes, I will take it this weekend. Thank you and good night.'],
        ['a', 'Good night!'],
        [
          'u',
          'Oh, before I forget, what is a nice name for a Lichess team? Yusuf and I want to start one for the family.',
        ],
        ['a', 'How about "Musa Knights" or "Abuja Gambit"?'],
        ['u', 'Musa Knights. Yusuf will approve.'],
      ],
    },
    {
      start: '2025-03-12 19:05',
      lines: [
        [
          'u',
          'Salaam. It is Ramadan now and I am fasting. Is it safe to fast with my blood pressure medication?',
        ],
        [
          'a',
          'Many people with controlled blood pressure fast safely, but timing of doses matters. Your doctor can advise on taking it at suhoor or iftar.',
        ],
        [
          'u',
          'He said to take it at iftar, which is what I do. I feel fine, only a bit of a headache in the afternoon.',
        ],
        [
          'a',
          'Headaches are common while fasting, often from dehydration or less caffeine. Drink plenty of water between iftar and suhoor.',
        ],
        [
          'u',
          'Noted. Now, a different matter. I have been invited to speak at a construction conference in Dubai in May.',
        ],
        ['a', 'Congratulations! Do you need help with travel or the talk?'],
        ['u', 'The hotel first. The conference is at the World Trade Centre. I will be there four nights.'],
        [
          'a',
          'Options: (A) a hotel next to the World Trade Centre, about $210 per night; (B) a business hotel in Deira, about $95 per night, 20 minutes by metro; (C) a Dubai Marina hotel with sea view, about $180 per night, 35 minutes away.',
        ],
        [
          'u',
          'I will take the cheaper one. The company is paying only a fixed allowance, so I prefer to save the difference.',
          'hotel-pick',
        ],
        [
          'a',
          'Sensible. Deira is lively and has great food, and the metro is easy. Shall I suggest what to pack?',
        ],
        [
          'u',
          'No need, I have travelled before. But help me with the title of the talk. It is about designing for heat in concrete structures.',
        ],
        ['a', 'How about "Building for 50°C: Thermal Design Lessons from West African Concrete Structures"?'],
        ['u', 'I like that very much. I will send it to the organisers tonight.'],
        ['a', 'Great. Ramadan Kareem, and good luck with the preparations.'],
        ['u', 'One more thing. How long should a conference talk slot of twenty minutes have in slides?'],
        ['a', 'Aim for 12 to 15 slides, about one per 90 seconds, leaving a few minutes for questions.'],
        ['u', 'Fifteen then. I tend to talk quickly when nervous.'],
        ['a', 'Then rehearse with a timer and build in a pause after each key point.'],
        ['u', 'Good advice. Aisha will be my audience tonight.'],
      ],
    },
    {
      start: '2025-04-10 17:30',
      lines: [
        [
          'u',
          'Good afternoon. My daughter Maryam turns twelve next week and we are planning a small party at home.',
        ],
        ['a', 'How lovely! How many guests, and do you need help with food, games, or both?'],
        [
          'u',
          'About fifteen girls from her class. Food mainly. But please note, Maryam is allergic to groundnuts, so nothing with peanuts at all.',
          'allergy',
        ],
        [
          'a',
          'Noted — strictly peanut-free. Ideas: jollof rice, chicken skewers, puff-puff fried in a fresh oil, fruit skewers, and a sponge cake. Check labels on any packaged snacks.',
        ],
        ['u', 'Puff-puff is her favourite. Aisha will make it. Which cake would you suggest?'],
        [
          'a',
          'A vanilla sponge with strawberry filling is safe and popular. A chocolate cake works too if the cocoa and decorations are nut-free.',
        ],
        ['u', 'Chocolate, certainly. She would never forgive us for vanilla.'],
        ['a', 'Chocolate it is! Do you want a simple game list too?'],
        ['u', 'Yes please, something that does not involve too much running in the house.'],
        [
          'a',
          'Try a drawing contest (since she loves drawing), pass-the-parcel, and a quiz about the birthday girl.',
        ],
        [
          'u',
          'The drawing contest is a wonderful idea. My brother Sani is coming from Kano with his family too. He runs a pharmacy there, so he will bring his own first aid kit, ha.',
          'brother',
        ],
        ['a', "Always good to have a pharmacist at a children's party! It sounds like a great day."],
        ['u', 'Insha Allah. Thank you for the ideas.'],
        ['a', 'You are welcome. Happy early birthday to Maryam!'],
        ['u', 'Actually, can you also suggest a gift? She wants a proper set of drawing pencils.'],
        [
          'a',
          'A Faber-Castell Polychromos set of 36 or a Derwent graphic pencil set with a sketchbook would both be good.',
        ],
        ['u', 'The first one, the coloured set. She loves colour.'],
        ['a', 'Great choice, she will love it.'],
        ['u', 'Thank you again.'],
      ],
    },
    {
      start: '2025-05-21 21:10',
      lines: [
        [
          'u',
          'Good evening. I got back from Dubai yesterday. The talk went better than I expected.',
          'dubai-back',
        ],
        ['a', 'Welcome back, and congratulations! How was the audience?'],
        [
          'u',
          'About two hundred people. Several engineers from Saudi Arabia asked for my slides. And the Deira hotel was perfectly fine.',
        ],
        ['a', 'That is a great response. Do you want help writing a follow-up email to share the slides?'],
        [
          'u',
          'Later, perhaps. Tonight I want to ask about the garden. Before I travelled, I planted tatashe peppers and okra in the backyard, and they look sad now.',
          'garden',
        ],
        ['a', 'Sad how — yellow leaves, wilting, spots? And how has the watering been while you were away?'],
        [
          'u',
          'Wilting, and some yellow leaves on the peppers. Yusuf was supposed to water them. I suspect he forgot.',
        ],
        [
          'a',
          'Likely underwatering in this heat. Water deeply early morning, add mulch (dry grass works), and give them a week. Yellow lower leaves can also mean they need some manure.',
        ],
        ['u', 'We have some poultry manure from a neighbour. Is that good?'],
        [
          'a',
          'Yes, but make sure it is well rotted; fresh poultry manure can burn roots. Mix a handful into the soil around each plant.',
        ],
        ['u', 'Very well. I also brought Aisha some perfume oil and dates from Dubai. She was pleased.'],
        ['a', 'A thoughtful gift. It sounds like a successful trip all round.'],
        ['u', 'It was. Thank you. Good night.'],
        ['a', 'Good night!'],
        ['u', 'Wait, one more: how do I stop birds eating the okra seedlings? I will plant a second row.'],
        [
          'a',
          'Cover the new row with a light net or old mosquito net until the plants are about 15 cm tall.',
        ],
        ['u', 'We have an old mosquito net in the store. Perfect.'],
      ],
    },
    {
      start: '2025-06-18 07:50',
      lines: [
        ['u', 'Good morning. I saw my doctor yesterday. My ankles have been swelling for some weeks.'],
        [
          'a',
          'Ankle swelling is a known side effect of some blood pressure medicines. What did the doctor say?',
        ],
        [
          'u',
          'Exactly that. He stopped the amlodipine and switched me to losartan 50 mg, one tablet each morning. He wants to check my kidneys and potassium in a month.',
          'bp-new',
        ],
        [
          'a',
          'That is a common switch. Losartan rarely causes swelling. Blood tests after starting it are routine. Watch out for dizziness when standing up in the first days.',
        ],
        ['u', 'Thank you. Is there any food I should avoid with it?'],
        [
          'a',
          'Be careful with potassium-based salt substitutes and very large amounts of potassium supplements. Normal fruit and vegetables are fine.',
        ],
        [
          'u',
          'Good, because I eat a lot of bananas. Now something for work: can you explain the difference between BS 8110 and Eurocode 2 for a junior engineer?',
        ],
        [
          'a',
          'Briefly: BS 8110 is the older British code, simpler and prescriptive. Eurocode 2 is more general, uses partial factors differently, and covers more concrete strengths and situations. Many firms are moving to EC2.',
        ],
        ['u', 'That is the summary I wanted. Our graduate trainee, Chinedu, keeps mixing them up.'],
        ['a', 'A side-by-side table of key differences might help him. Want me to make one?'],
        ['u', 'Yes, a short one please, five rows only.'],
        [
          'a',
          'Design life, load factors, concrete classes, shear design method, and deflection checks — I will outline each in a row.',
        ],
        ['u', 'Perfect, thank you.'],
        ['a', 'You are welcome.'],
        ['u', 'Oh, and the month-long kidney test, should I fast before it?'],
        [
          'a',
          'Usually not for kidney function and potassium, but confirm with the lab; some combine it with a fasting sugar test.',
        ],
        ['u', 'I will call the lab. Thank you.'],
      ],
    },
    {
      start: '2025-07-14 22:00',
      lines: [
        [
          'u',
          'Good evening. I want to think about money tonight. Yusuf will start university in about three years and I want to start putting money aside for his fees.',
          'savings-goal',
        ],
        [
          'a',
          'A great goal. Roughly how much can you set aside per month, and do you prefer naira or dollar savings?',
        ],
        [
          'u',
          'Around 300,000 naira a month. I am not sure about the currency. The naira has been unpredictable.',
        ],
        [
          'a',
          'Options: (1) rolling Nigerian Treasury bills — low risk, good naira yields right now; (2) a dollar mutual fund — protects against devaluation but lower returns; (3) a bank fixed deposit — simple but usually lower than T-bills.',
        ],
        [
          'u',
          'I will go with the first option for now, and maybe move some into dollars later.',
          'savings-pick',
        ],
        [
          'a',
          'Reasonable. You can buy T-bills through your bank or a licensed broker. Roll them over every 91 or 182 days.',
        ],
        ['u', 'Aisha says we should also think about Maryam. But she is still young.'],
        ['a', 'You could start a smaller amount for her now; time helps a lot.'],
        [
          'u',
          'True. On another matter, I have been thinking seriously about leaving Sahel Structures. Fourteen years is a long time.',
        ],
        ['a', 'That is a big decision. What is pulling you toward a change?'],
        [
          'u',
          'I want to do more design and less site supervision. And my back does not like the long drives to sites anymore.',
        ],
        ['a', 'Both good reasons. A consulting firm might give you more design-focused work.'],
        ['u', 'That is exactly what I am looking at. I will tell you more when I know.'],
        ['a', 'Looking forward to hearing about it.'],
        ['u', 'By the way, does the interest on T-bills get taxed here?'],
        [
          'a',
          'Treasury bill income has generally been tax-exempt for individuals in Nigeria, but check current rules with your bank as policies change.',
        ],
        ['u', 'Good to know. I will ask my relationship manager.'],
        ['a', 'That is the safest way to confirm.'],
        ['u', 'Thank you, good night.'],
      ],
    },
    {
      start: '2025-08-20 18:45',
      lines: [
        [
          'u',
          'Good evening! I have news. I accepted an offer from Arcbridge Consulting. I will be a principal engineer in their bridges team.',
          'job-new',
        ],
        ['a', 'Congratulations, Ibrahim! That is a big step. When do you start?'],
        [
          'u',
          'I start on the first of September. I gave my notice at Sahel Structures yesterday. My boss was sad but understanding.',
          'job-start',
        ],
        [
          'a',
          'It speaks well of you that he was understanding. Do you need help with a farewell note to your colleagues?',
        ],
        [
          'u',
          'Yes please. Something warm but not too long. I have worked with some of them for over a decade.',
        ],
        [
          'a',
          '"Dear colleagues, after fourteen years, I am leaving Sahel Structures to begin a new chapter. I am grateful for every project, every late night on site, and every lesson you taught me. I will miss you, and I hope our paths cross on many bridges to come."',
        ],
        ['u', 'Ha, "many bridges to come", very good. I will use it.'],
        ['a', 'Glad you like it. How is the garden doing, by the way?'],
        [
          'u',
          'The okra recovered beautifully. The peppers, less so. We harvested a small basket of okra last week for soup.',
        ],
        ['a', 'Fresh okra soup — lovely. Peppers can take longer; keep feeding them.'],
        ['u', 'Also my blood tests after the new tablets came back normal. The ankles are much better.'],
        ['a', 'That is good news on all fronts.'],
        ['u', 'Alhamdulillah. A good month.'],
        ['u', 'Should I take a short break between jobs? I have about ten days.'],
        ['a', 'If you can, yes — rest, spend time with family, and arrive fresh. Maybe a short trip?'],
        ['u', 'We will just stay home. Aisha wants me to finally fix the gate.'],
        ['a', 'A productive holiday, then!'],
        ['u', 'Ha, her definition of holiday.'],
      ],
    },
    {
      start: '2025-09-09 19:20',
      lines: [
        [
          'u',
          'Good evening. First week at Arcbridge is done. It is a different culture, very quiet office, everyone on headphones.',
        ],
        ['a', 'That can take some getting used to. How is your team?'],
        [
          'u',
          'Small, five engineers. My manager is Mrs. Folake Adeyemi, the director of the bridges group. Very sharp, very direct.',
          'manager',
        ],
        [
          'a',
          'A direct manager can be easy to work with once you know her expectations. Have you had a one-to-one yet?',
        ],
        ['u', 'On Friday. Can you help me prepare three questions to ask her?'],
        [
          'a',
          'Try: (1) What does success look like for me in the first six months? (2) How do you prefer to receive updates? (3) Which projects are most at risk right now?',
        ],
        [
          'u',
          'Good. The third is clever. Another change: I sold the old Camry last weekend. With the new office in Maitama I needed something more comfortable.',
          'car-sold',
        ],
        ['a', 'Big week! What did you replace it with?'],
        ['u', 'A used 2016 Lexus RX 350. Grey. My back is already thanking me.', 'car-new'],
        [
          'a',
          'A comfortable choice. Keep an eye on servicing records for used Lexus models; they are reliable when maintained.',
        ],
        [
          'u',
          'The previous owner had all the receipts. I was lucky. The Camry had done almost 300,000 km by the end.',
        ],
        ['a', 'That Camry certainly earned its retirement.'],
        ['u', 'Indeed. Thank you, good night.'],
        ['a', 'Good night, and good luck with the one-to-one.'],
        ['u', 'Ah, how often should I change the oil on the Lexus? The receipts say every 8,000 km.'],
        [
          'a',
          'For the RX 350 with synthetic oil, 8,000 to 10,000 km is typical; in dusty conditions lean towards the shorter interval.',
        ],
        ['u', 'Abuja is very dusty in harmattan. I will stay at 8,000.'],
      ],
    },
    {
      start: '2025-10-25 16:00',
      lines: [
        [
          'u',
          'Good afternoon. I played in my first over-the-board chess tournament today at a hotel in Wuse. Five rounds.',
          'tournament',
        ],
        ['a', 'Exciting! How did it go?'],
        [
          'u',
          'Three wins, one draw, one loss. And I played the Caro-Kann in both black games, with a win and the draw.',
        ],
        ['a', 'That is an excellent result for a first tournament! The study paid off.'],
        ['u', 'My online rating is now about 1720 as well. Yusuf is no longer laughing.'],
        ['a', 'Ha, well deserved. What happened in the loss?'],
        ['u', 'I got into time trouble in a good position and blundered a rook. Classic.'],
        ['a', 'Very common. Try a rule: spend no more than 10 minutes on any single move before move 20.'],
        [
          'u',
          'I will try that. Separately, Zainab has started piano lessons on Saturdays. Any advice for a parent who knows nothing about music?',
        ],
        [
          'a',
          'Keep practice short and daily — ten minutes is plenty at six. Sit with her sometimes and ask her to "teach" you what she learned.',
        ],
        ['u', 'She would enjoy teaching me, she is very bossy. Ha.'],
        ['a', 'Perfect teacher material. Enjoy it.'],
        ['u', 'Thank you.'],
        ['u', 'What endgame book would you recommend at my level?'],
        [
          'a',
          '"Silman\'s Complete Endgame Course" is excellent — you read by rating level, so you can start at your section.',
        ],
        ['u', 'I will order it. Maybe Yusuf will read it too.'],
        ['a', 'Sharing a book is a good way to talk chess together.'],
        ['u', 'Indeed. Good evening.'],
      ],
    },
    {
      start: '2025-11-19 06:40',
      lines: [
        [
          'u',
          'Good morning. I have started walking every morning with my neighbour, about 5 km before work.',
          'walking',
        ],
        ['a', 'Wonderful habit! Morning walks help blood pressure and back pain both.'],
        [
          'u',
          'That is the hope. I have also stopped eating fried food during the week. Only on Fridays now.',
        ],
        ['a', 'A realistic rule. Are you noticing any difference yet?'],
        ['u', 'My readings are around 128 over 82 now. The doctor was happy.'],
        ['a', 'That is a big improvement from 150/95. Well done.'],
        [
          'u',
          'Now I need help with my phone. I replaced my old Samsung with an iPhone 16 and I cannot find how to block unknown callers.',
        ],
        [
          'a',
          'Go to Settings > Apps > Phone > Silence Unknown Callers and switch it on. Calls from numbers not in contacts will go to voicemail.',
        ],
        ['u', 'Found it. Many thanks. Also how do I move my WhatsApp chats from the Samsung?'],
        [
          'a',
          'Use the "Move to iOS" app on the Samsung during iPhone setup, or WhatsApp\'s own transfer via Settings > Chats > Transfer Chats, with both phones on the same Wi-Fi.',
        ],
        ['u', "I will try this evening with Yusuf's help. He understands these things better than me."],
        ['a', 'Good plan. Let me know if it gets stuck.'],
        ['u', 'Will do.'],
        ['u', 'Also, is it fine to walk on an empty stomach?'],
        [
          'a',
          'For a moderate 5 km walk it is usually fine; drink water before, and take your medication as the doctor advised.',
        ],
        ['u', 'I take the losartan after I come back, with breakfast.'],
        ['a', 'That works as long as you take it at the same time every day.'],
        ['u', 'Good. Thank you.'],
      ],
    },
    {
      start: '2026-01-08 20:30',
      lines: [
        [
          'u',
          "Good evening and happy new year. We spent the holidays in Jos with Aisha's parents. The cool weather was a blessing.",
        ],
        ['a', 'Happy new year! Jos in December sounds lovely. How was the drive?'],
        ['u', 'About four hours. The Lexus handled it well. The children slept most of the way.'],
        ['a', 'The best kind of road trip. Anything I can help with tonight?'],
        [
          'u',
          'Yes. My uncle is getting married again next month and the family has asked me to give a short speech at the walima.',
        ],
        ['a', 'What an honour. Should the tone be religious, humorous, or both?'],
        ['u', 'Mostly respectful, with one small joke. He is seventy and very proud of his beard.'],
        [
          'a',
          'Draft opening: "Alhamdulillah, we are gathered to celebrate our uncle, a man whose wisdom has grown as long and as distinguished as his beard..." then a few lines on his kindness and a du\'a for the couple.',
        ],
        ['u', 'Very good, he will laugh. Please keep it under three minutes.'],
        ['a', 'I will keep it to about 300 words.'],
        [
          'u',
          'Also, work is going well. Mrs. Adeyemi has put me in charge of a new flyover design in Lagos.',
        ],
        ['a', 'Congratulations, that is a sign of trust after only a few months.'],
        ['u', 'Thank you. I am grateful.'],
        ['u', 'Could you also suggest a wedding gift for a seventy-year-old groom?'],
        [
          'a',
          'A good prayer mat and a quality oud perfume, or a framed family photograph, are thoughtful choices.',
        ],
        ['u', 'The framed photograph. He has been asking for one of all the nephews.'],
        ['a', 'Lovely idea, he will treasure it.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which black opening did I decide to study for chess?', ['chess-pick']],
    ['single-hop', 'What area of Dubai was my hotel in for the conference?', ['hotel-pick']],
    [
      'single-hop',
      'I am buying snacks for Maryam and her friends again. Is there anything I must keep out of the basket?',
      ['allergy'],
    ],
    ['single-hop', 'What does my brother in Kano do for work?', ['brother']],
    ['single-hop', 'Remind me which vegetables I put in the backyard garden.', ['garden']],
    ['multi-hop', 'Who is my new boss, and at which firm?', ['job-new', 'manager']],
    [
      'multi-hop',
      'Where did I decide to put the savings, and what are they meant to pay for?',
      ['savings-goal', 'savings-pick'],
    ],
    [
      'temporal',
      'When did the doctor change my blood pressure tablets?',
      ['bp-new'],
      { askedAt: '2026-02-01 09:00' },
    ],
    [
      'temporal',
      'How long ago was my first chess tournament over the board?',
      ['tournament'],
      { askedAt: '2026-02-01 09:00' },
    ],
    [
      'updated',
      'Which medicine am I taking for my blood pressure at the moment?',
      ['bp-new'],
      { stale: ['bp-old'] },
    ],
    ['updated', 'Where am I employed these days?', ['job-new'], { stale: ['job-old'] }],
    ['updated', 'What car do I drive now?', ['car-new'], { stale: ['car-old'] }],
    ['off-topic', 'How do I remove black mould from the silicone around my bathtub?', []],
    ['off-topic', 'What is the difference between an alligator and a crocodile?', []],
    ['off-topic', 'Can you explain how a solar eclipse happens?', []],
  ],
});

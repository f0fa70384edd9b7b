import { definePersona } from '../author.ts';

export const jovan = definePersona({
  user_id: 'h8-jovan',
  name: 'Jovan',
  summary:
    'Jovan Petrović, 63, retired Serbian railway engineer in Novi Sad; formal, wordy non-native English; beekeeper, chess player; wife Milica, daughter in Toronto, son in Belgrade; changes blood pressure tablets, car and phone.',
  language: 'en',
  sessions: [
    {
      start: '2025-09-06 09:30',
      lines: [
        [
          'u',
          'Good morning. Please excuse my English, it is from technical books mostly. I have a question about bees, if you know about bees.',
        ],
        ['a', 'Good morning! Your English is very clear. Yes, ask away, what about the bees?'],
        [
          'u',
          'I keep twelve hives on a small piece of land in Fruška Gora, above Sremski Karlovci. Now in September I must treat them against varroa mite.',
          'bees',
        ],
        [
          'a',
          'Late summer treatment is important. Common options are oxalic acid (dribble or vaporisation, best when there is little brood), formic acid, or thymol products. What have you used before?',
        ],
        [
          'u',
          'Always oxalic acid, dribble method, but I do it in November when there is no brood. Now in September I used thymol strips.',
        ],
        [
          'a',
          'That is a classic combination: thymol in late summer, oxalic in the broodless period. Watch the temperature, thymol works best between 15 and 25 degrees.',
        ],
        [
          'u',
          'Yes, this is what my old teacher said. This year was a good year, I took 180 kilograms of honey in total, acacia and linden.',
          'harvest',
        ],
        ['a', 'That is an excellent harvest for twelve hives. Congratulations.'],
        [
          'u',
          'Thank you. I am retired now for three years. Before that I was 38 years an engineer at the Serbian railways, on signalling systems. The bees keep me from boredom.',
        ],
        ['a', 'Signalling to beekeeping, both need precision. It sounds like a good retirement.'],
        [
          'u',
          'My wife Milica says the bees are my second wife. She was a nurse at the Clinical Centre in Novi Sad for thirty years, now also retired, and she has no patience for stings.',
          'wife',
        ],
        ['a', 'A nurse would know exactly how to treat a sting, at least.'],
        [
          'u',
          'Ha, yes, she treats me and complains at the same time. I write to you from the computer, because my mobile is only an old Nokia with buttons, no internet.',
          'phone1',
        ],
        ['a', 'The old Nokias are famous for their batteries. The computer works perfectly for chatting.'],
        ['u', 'The battery lasts one week, truly. Thank you for the bee advice.'],
        ['a', 'You are welcome. Good luck with the treatment.'],
        ['u', 'In November I will tell you how many mites fell on the board. It is my statistics hobby.'],
      ],
    },
    {
      start: '2025-10-04 18:00',
      lines: [
        [
          'u',
          'Good evening. Today I must ask about my car. I drive a Lada Niva from 1998. It is green, it is strong, but the rust is now everywhere under the doors.',
          'car1',
        ],
        [
          'a',
          'The Niva is a tough car, but rust on the sills can be structural. Has a mechanic looked at it?',
        ],
        [
          'u',
          'My mechanic Stevan says he can weld new sills for about 400 euros, but next year there will be another problem. He says maybe it is time.',
        ],
        [
          'a',
          'A 27-year-old car will keep needing repairs. If you use it mainly to reach the hives on rough roads, you might look for a newer 4x4 such as a Dacia Duster or a Suzuki Jimny.',
        ],
        [
          'u',
          'Yes, the road to the hives is very bad after rain. I will think about it during the winter. I do not like to decide fast.',
        ],
        ['a', 'Wise. You can weigh the welding against selling while the Niva still runs.'],
        [
          'u',
          'Other thing. I play chess in a club, Šahovski klub Liman, every Tuesday evening from six. Last night I lost with the black pieces to a boy of fourteen.',
          'chess',
        ],
        [
          'a',
          'The young players are often very sharp these days, they train with computers. What opening did he play?',
        ],
        [
          'u',
          'The Sicilian, Najdorf. I played it myself when I was young. He knew it better than me, forty moves of theory.',
        ],
        [
          'a',
          'The Najdorf is deep theory. Perhaps a quieter line, like the Alapin with c3, could avoid his preparation.',
        ],
        ['u', 'Ah, the Alapin, 2.c3. That is a good idea, an old man trick. I will study it this week.'],
        ['a', 'It leads to solid positions where experience matters more than memory.'],
        ['u', 'Exactly what I need. Experience I have, memory less and less.'],
        ['a', 'That is a good trade for chess, I think.'],
        ['u', 'Thank you, goodnight.'],
        ['a', 'Goodnight, and good luck next Tuesday.'],
        ['u', 'I will need it. The boy is already rated 1900.'],
      ],
    },
    {
      start: '2025-11-08 10:45',
      lines: [
        ['u', 'Good morning. I was with the doctor yesterday. My blood pressure was 160 over 95.'],
        ['a', 'That is high. Did the doctor start a treatment?'],
        [
          'u',
          'Yes, she gave me amlodipine, 5 milligrams, one tablet every morning. I never took any medicine before, so for me this is a new situation.',
          'med1',
        ],
        [
          'a',
          'Amlodipine is a common first choice. It is usually well tolerated; some people notice swelling of the ankles. Tell the doctor if that happens.',
        ],
        [
          'u',
          'She said the same about the ankles. Also I must eat less salt. This is difficult in a Serbian house, believe me.',
        ],
        ['a', 'I believe you. Which salty foods are the hardest to give up?'],
        [
          'u',
          'Kajmak, pršut, and the white cheese. And Milica puts salt in everything, then she asks if it needs salt.',
        ],
        [
          'a',
          'You do not need to stop everything. Smaller portions of the cheese and cured meat, more herbs, garlic and lemon in cooking, and no salt at the table all help.',
        ],
        ['u', 'Milica will be happy to control my diet, she was a nurse. It is her revenge for the bees.'],
        ['a', 'A fair revenge. Do you have a blood pressure monitor at home?'],
        ['u', 'No. Which one do you suggest? Something simple, with big numbers.'],
        [
          'a',
          'An upper-arm automatic monitor from Omron or Microlife is reliable and easy. Measure at the same time each morning, sitting calmly for five minutes first.',
        ],
        ['u', 'There is a pharmacy near the Štrand which has Omron. I will buy it today.'],
        ['a', 'Good. Keep a small notebook of the readings to show the doctor.'],
        ['u', 'A notebook, yes. Engineers love notebooks.'],
        ['a', 'Then you will be the best patient she has.'],
        ['u', 'The doctor will receive a table with averages, I promise you.'],
      ],
    },
    {
      start: '2025-12-06 12:20',
      lines: [
        [
          'u',
          'Hello. Now I sell my honey at the Futoška pijaca on Saturdays. This year the acacia is 900 dinars per kilo and the linden is 800.',
          'price',
        ],
        ['a', 'That sounds like a fair market price. Do you sell in jars with labels?'],
        [
          'u',
          'Until now with a simple paper with the date. My son says I need a nice label. Can you help me with a name?',
        ],
        [
          'a',
          'Some ideas: 1) "Pčelinjak Deda Jova" (Grandpa Jova\'s apiary); 2) "Fruška Med"; 3) "Jovanov Med". Do you want something personal or something about the region?',
        ],
        [
          'u',
          'I will take the first one. My grandson calls me Deda Jova on the video calls, so it is also for him.',
          'label-pick',
        ],
        ['a', 'That is a lovely reason. A small bee and the Fruška Gora hills in the drawing would suit it.'],
        ['u', 'Very good idea. What information must be on the label in Serbia? I want it correct.'],
        [
          'a',
          'Usually: product name and type of honey, net weight, producer name and address, registration number of the producer, best-before date and lot number. Check with the local veterinary inspection for the exact rules.',
        ],
        [
          'u',
          'I have the registration number from the ministry. The lot number I will make from the date, like railway numbers.',
        ],
        ['a', 'Very systematic. Customers will not notice, but an inspector will appreciate it.'],
        [
          'u',
          'The blood pressure is better already, 140 over 88 this week. The notebook is full of numbers.',
        ],
        ['a', 'That is real progress after a month. Keep going.'],
        ['u', 'And I eat less kajmak. Only on Sunday.'],
        ['a', 'Sunday kajmak sounds like a fine compromise.'],
        ['u', 'Thank you for the label name.'],
        ['a', 'You are welcome. Good luck at the market.'],
        ['u', 'Next Saturday I will bring a few small jars for tasting. People buy more when they taste.'],
      ],
    },
    {
      start: '2026-01-10 17:30',
      lines: [
        [
          'u',
          'Good evening and happy new year. We had Christmas on the 7th, the Orthodox Christmas, with the whole family except our daughter.',
        ],
        ['a', 'Srećan Božić! Why was your daughter not there?'],
        [
          'u',
          'Our daughter Ana lives in Toronto for eleven years now, with her husband Mark, a Canadian, and their son Luka who is four. It is too far to come every year.',
          'ana',
        ],
        ['a', 'That is a long way. Did you speak on video?'],
        [
          'u',
          'Yes, Luka sang a Serbian song for us, Milica cried of course. I also almost cried, do not tell anyone.',
        ],
        ['a', 'Your secret is safe with me.'],
        [
          'u',
          'Our son Nikola came from Belgrade, where he lives and works as a software developer for a German company. He is 34 and not married yet, Milica asks him every time.',
          'nikola',
        ],
        ['a', 'The eternal question at family dinners. How did he answer this year?'],
        [
          'u',
          'He said "next year, mama", he says this for five years. We made česnica and the coin was found by Nikola, so maybe it is true.',
        ],
        ['a', 'The česnica coin means luck for the year, so maybe this is his year.'],
        [
          'u',
          'We decided that in May we will visit Ana in Toronto, for three weeks. The first time since Luka was born, we have only seen him on the screen.',
        ],
        ['a', 'That will be a very special trip. Would you like help with the planning?'],
        [
          'u',
          'Yes, but next time. First I must convince Milica to fly such a long way. She does not like airplanes.',
        ],
        ['a', 'Seeing Luka in person may be a strong argument.'],
        ['u', 'This is my only argument, but it is very strong.'],
        ['a', 'The strongest one, I would say.'],
        ['u', 'Yes. Also Mark promised to take her to a big shopping centre. This is argument number two.'],
      ],
    },
    {
      start: '2026-02-07 11:00',
      lines: [
        [
          'u',
          'Milica agreed! Now I need the flights from Belgrade to Toronto, around 5 May, return after three weeks.',
        ],
        [
          'a',
          'Typical options: 1) Lufthansa via Frankfurt, about €1,150 per person, one short connection; 2) Turkish Airlines via Istanbul, about €980 per person, a longer layover; 3) Air Serbia direct to New York, then a connection to Toronto, about €1,050.',
        ],
        [
          'u',
          'We will take the second option. 170 euros each is a lot of honey jars, and Istanbul airport is comfortable, I hear.',
          'flight-pick',
        ],
        [
          'a',
          'Turkish it is. Istanbul airport is large, so allow time for walking. Do you need a visa for Canada?',
        ],
        ['u', 'I think we need the eTA because we have Serbian passports? Or a visa? I am not sure.'],
        [
          'a',
          'Serbian citizens generally need a visitor visa for Canada, unless they hold a valid US visa or certain other conditions. Check the official IRCC website, as the rules change; apply early, processing can take weeks.',
        ],
        ['u', 'Ana says she will send an invitation letter. I will apply this month, we have time.'],
        ['a', 'Good. An invitation letter, bank statements and proof of your pension help the application.'],
        ['u', 'And for the bees in May? It is the acacia time. My friend Dragan will look after them.'],
        ['a', 'Does Dragan keep bees himself?'],
        [
          'u',
          'No, but he fishes with me on the Danube and he is not afraid. I will write him instructions like a railway manual.',
        ],
        ['a', 'A railway-style manual for bees is probably the clearest instruction Dragan will ever get.'],
        ['u', 'Ha. It will have chapters and numbers.'],
        ['a', 'Perfect. Let me know if you want help with the packing list later.'],
        ['u', 'Yes, later. Thank you.'],
        ['a', 'Anytime. Enjoy the planning.'],
        [
          'u',
          'Milica is already planning which jars of ajvar to bring for Ana. I think the suitcase will be only ajvar.',
        ],
      ],
    },
    {
      start: '2026-03-07 09:15',
      lines: [
        [
          'u',
          'Good morning. Small news about my health. The ankles were swelling in the evenings, like the doctor said.',
        ],
        ['a', 'That is the known side effect of amlodipine. What did the doctor decide?'],
        [
          'u',
          'She stopped the amlodipine and now I take losartan, 50 milligrams, also in the morning. She wants to see me in six weeks, before the trip.',
          'med2',
        ],
        [
          'a',
          'Losartan usually does not cause ankle swelling. She will probably check your kidneys and potassium with a blood test, which is normal with this kind of medicine.',
        ],
        [
          'u',
          'Yes, she gave me the paper for blood analysis. Milica checks every morning that I take the new tablet.',
        ],
        ['a', 'A nurse as a supervisor, you will never miss a dose.'],
        [
          'u',
          'Other news: Nikola came for my birthday and he gave me a smartphone, a Samsung Galaxy A16. The Nokia is now in the drawer. He says I must have WhatsApp in Canada.',
          'phone2',
        ],
        ['a', 'Happy birthday! The A16 is a good phone. Do you want help setting up WhatsApp?'],
        [
          'u',
          'Yes. Nikola installed it, but how do I make the letters bigger? I need my glasses for everything.',
        ],
        [
          'a',
          'Go to Settings, then Display, then Font size and style, and move the slider to the right. You can also use Zoom in the same menu.',
        ],
        ['u', 'It worked! Now the letters are like on a railway timetable board.'],
        [
          'a',
          'Perfect. You can also send voice messages in WhatsApp by holding the microphone button, if typing is slow.',
        ],
        ['u', 'Voice messages, that is easier for Milica too. She hates small keys.'],
        ['a', 'Many people your age prefer voice messages. They are very practical.'],
        ['u', 'Thank you, I am a modern man now.'],
        ['a', 'Welcome to the smartphone world!'],
        ['u', 'Nikola also put a chess application on it. Now I can lose to computers also at night.'],
      ],
    },
    {
      start: '2026-04-04 14:40',
      lines: [
        [
          'u',
          'I have finally done it. I sold the Niva last Saturday to a young man from Zrenjanin, for 1,800 euros. He wants to restore it.',
          'niva-sold',
        ],
        ['a', 'A good home for an old car. Did you buy something else?'],
        [
          'u',
          'Yes, on Wednesday I bought a Dacia Duster from 2021, diesel, four-wheel drive, grey colour, 62,000 kilometres. Now I go to the hives without fear of the mud.',
          'car2',
        ],
        ['a', 'The Duster 4x4 is very good on bad roads and simple to maintain. Congratulations.'],
        ['u', 'It has air conditioning. For 27 years I did not have air conditioning. Milica is very happy.'],
        ['a', 'In a Vojvodina summer that is a real luxury.'],
        [
          'u',
          'The bees are also strong after the winter. I lost only one hive of twelve, the others are full of bees.',
        ],
        ['a', 'Losing only one colony over winter is a very good result.'],
        [
          'u',
          'One hive wants to swarm already, I saw queen cells. What should I do, I leave for Canada in one month.',
        ],
        [
          'a',
          'You could make an artificial split: move the old queen with some brood and bees to a new box, leaving the queen cells in the original hive. This often stops the swarming impulse.',
        ],
        ['u', 'Yes, a split, I will do it tomorrow. Then I will have twelve again, very practical.'],
        ['a', 'Exactly, a split replaces the lost colony. Dragan will have a calmer time in May.'],
        ['u', 'I will write this also in his manual, chapter 4.'],
        ['a', 'Chapter 4: Swarms. Very professional.'],
        ['u', 'Goodbye for now.'],
        ['a', 'Goodbye, and enjoy the new car.'],
        ['u', 'I drove it to the hives today in the rain. No problem at all. The Niva would be stuck.'],
      ],
    },
    {
      start: '2026-05-16 22:10',
      lines: [
        [
          'u',
          'Hello from Toronto! We arrived on the 6th of May. The flight via Istanbul was long but fine.',
          'toronto',
        ],
        ['a', 'Welcome to Canada! How was meeting Luka in person?'],
        ['u', 'He ran to me at the airport and shouted "Deda Jova!". I have no words for this.'],
        ['a', 'That sounds like a moment you will remember forever.'],
        [
          'u',
          'He is crazy for trains. I brought him a wooden train set from a toymaker in Novi Sad. Of course the grandfather is a railway man.',
        ],
        ['a', 'A railway engineer grandfather with a wooden train set, that is perfect.'],
        [
          'u',
          'Tomorrow we go to Niagara Falls. Is it better to take the boat under the falls, or only to look from above?',
        ],
        [
          'a',
          'The boat, Niagara City Cruises, is the most memorable part. You get wet, but they give you ponchos. For a four-year-old it is an adventure.',
        ],
        ['u', 'Milica will not like to get wet. Maybe she looks from above and I go with Luka.'],
        ['a', 'A good division of labour. The view from the Table Rock area is excellent too.'],
        ['u', 'The food here is very big portions. And the bread is sweet. I miss our bread.'],
        ['a', 'Many Europeans notice that. Toronto has some European bakeries, maybe Ana knows one.'],
        ['u', 'She found a Polish bakery. Almost like ours, very good.'],
        ['a', 'Close enough to feel at home. Enjoy Niagara!'],
        ['u', 'Thank you, goodnight from Canada.'],
        ['a', 'Goodnight, and give Luka a hug from me.'],
        ['u', 'I will. He already asked if he can come to see the bees. Maybe next summer.'],
      ],
    },
    {
      start: '2026-06-13 08:50',
      lines: [
        [
          'u',
          'We are back in Novi Sad since one week. The jet lag was terrible for me, six hours, I woke at four every morning.',
        ],
        ['a', 'Flying east is usually harder. Is it better now?'],
        [
          'u',
          'Better. Dragan did well with the bees, but the acacia harvest is small this year, it rained all of May during the flowering.',
        ],
        ['a', 'Rain during the acacia bloom is bad luck, the bees cannot fly. How much did you get?'],
        [
          'u',
          'Only 60 kilograms of acacia. Last year it was more than 100. But the linden is coming now, we hope.',
        ],
        ['a', 'Linden in June could make up some of it if the weather stays warm.'],
        [
          'u',
          'Also I have a chess tournament in the club this weekend, a rapid tournament, 15 minutes per player.',
        ],
        ['a', 'Will you try the Alapin against the young players?'],
        [
          'u',
          'Of course. Since October I play 2.c3 always. I won against the same boy in February, he was very surprised.',
        ],
        ['a', 'The old man trick worked! Good luck this weekend.'],
        [
          'u',
          'The blood test before the trip was fine, the kidneys are good and the pressure is now 128 over 80 with the new tablet.',
        ],
        ['a', 'Excellent numbers. The doctor must be pleased.'],
        ['u', 'She said continue like this. Milica takes the credit, of course.'],
        ['a', 'She has earned it with all that supervision.'],
        ['u', 'Yes, I agree, but I will not tell her.'],
        ['a', 'A wise husband after forty years.'],
        ['u', 'Almost forty. In September. But this is a topic for another day.'],
      ],
    },
    {
      start: '2026-07-11 06:30',
      lines: [
        [
          'u',
          'Good morning. I am going fishing on the Danube with Dragan at the Beška bridge area. We want carp.',
        ],
        ['a', 'Early morning is the right time in the summer. What bait do you use?'],
        ['u', 'Boiled corn and sometimes boilies. Dragan makes his own boilies with honey, my honey.'],
        ['a', 'Honey boilies, a nice collaboration. Carp like sweet baits in warm water.'],
        [
          'u',
          "It is a heat wave now, 38 degrees yesterday. After ten o'clock it is impossible to sit in the sun.",
        ],
        [
          'a',
          'Be careful with the heat and with your blood pressure tablets. Drink a lot of water and stop before noon.',
        ],
        ['u', 'Yes, Milica packed me two litres of water and a hat. She also said be back by eleven.'],
        ['a', 'Sounds like a good plan. Does the heat affect the bees?'],
        [
          'u',
          'The bees bring water all day. I put a big basin with floating wood near the hives so they do not drown.',
        ],
        ['a', 'That is exactly the right thing to do in a heat wave.'],
        ['u', 'The linden was better than the acacia, 90 kilograms. So in total this year 150, not so bad.'],
        ['a', 'Not bad at all, after the rainy May.'],
        ['u', 'Okay, Dragan is here with the car. I must go, wish me a big carp.'],
        ['a', 'Good luck! May the carp be large.'],
        ['u', 'Thank you!'],
        ['a', 'Take a photo if you catch a big one.'],
        [
          'u',
          'Of course. Last time Dragan caught a carp of 7 kilograms and I caught only one small bream. He still talks about it.',
        ],
      ],
    },
    {
      start: '2026-08-15 19:00',
      lines: [
        [
          'u',
          'Good evening. In September Milica and I have 40 years of marriage. I want to organise a dinner for the family.',
        ],
        ['a', 'Congratulations on forty years! How many people, and what kind of place do you imagine?'],
        [
          'u',
          'About fourteen people. Nikola will come, and maybe Ana with Luka on video. Something traditional, not too expensive.',
        ],
        [
          'a',
          'Options in and near Novi Sad: 1) a restaurant on the Danube bank with fish paprikash, around 3,500 dinars per person; 2) a salaš (farmstead) near the city with traditional Vojvodina food and tamburica music, around 4,000; 3) a restaurant in Sremski Karlovci with wine from local cellars, around 4,500.',
        ],
        [
          'u',
          'The salaš. Milica loves the tamburica music, and it is where we had our first dance, in 1985.',
          'dinner-pick',
        ],
        ['a', 'That is a beautiful choice, full of meaning. Would you like help with a toast?'],
        ['u', 'Yes please, a short toast, I will translate it to Serbian myself.'],
        [
          'a',
          'Here is one: "Forty years ago I promised Milica a good life. I cannot say I always kept the promise, but she always kept hers. To my wife, my nurse and my best friend."',
        ],
        ['u', 'This is very good. I will add something about the bees, she will laugh.'],
        ['a', 'Perfect, a touch of humour makes a toast memorable.'],
        ['u', 'Also a gift. She wants a new gold bracelet, she lost her old one in the garden.'],
        ['a', 'A bracelet with the date engraved inside would be a lovely touch.'],
        ['u', 'Engraved with 1986 and 2026. Yes. You help me a lot this year, thank you.'],
        ['a', 'It has been a pleasure. Enjoy the celebration.'],
        ['u', 'I will send you a report, like an engineer.'],
        ['a', 'I look forward to the report with tables and averages.'],
        ['u', 'Of course. With chapters and numbers, like always.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which name did I settle on for my honey jars?', ['label-pick']],
    ['single-hop', 'Which connection did we fly to Canada with in the end?', ['flight-pick']],
    ['single-hop', 'On which evening do I go to play chess?', ['chess']],
    ['single-hop', 'What did Milica do for work before she retired?', ['wife']],
    ['single-hop', 'Remind me where my apiary is located.', ['bees']],
    ['multi-hop', 'Where do my son and my daughter live nowadays?', ['ana', 'nikola']],
    [
      'multi-hop',
      "If I sold all of last year's honey at my market prices, roughly how much would that bring in?",
      ['harvest', 'price'],
    ],
    [
      'temporal',
      'When did the doctor change my blood pressure treatment?',
      ['med2'],
      { askedAt: '2026-09-01 10:00' },
    ],
    [
      'temporal',
      'Did I get rid of the old Lada before or after we flew to see Ana?',
      ['niva-sold', 'toronto'],
      { askedAt: '2026-09-01 10:00' },
    ],
    [
      'updated',
      'Which tablet am I taking for my blood pressure at the moment?',
      ['med2'],
      { stale: ['med1'] },
    ],
    ['updated', 'What am I driving these days?', ['car2'], { stale: ['car1'] }],
    ['updated', 'What sort of mobile phone do I have now?', ['phone2'], { stale: ['phone1'] }],
    ['off-topic', 'Can you explain the basic rules of cricket?', []],
    ['off-topic', 'How do I get an orchid to flower again?', []],
    ['off-topic', 'What causes the northern lights?', []],
  ],
});

import { definePersona } from '../author.ts';

export const kazuo = definePersona({
  user_id: 'h9-kazuo',
  name: 'Kazuo',
  summary:
    'Retired railway track engineer in his late sixties from Hokkaido, polite and careful English; bonsai, river fishing, shogi, grandchildren; blood pressure pill changes, gives up driving, moves from Sapporo to Otaru.',
  language: 'en',
  sessions: [
    {
      start: '2025-03-08 09:15',
      lines: [
        ['u', 'Good morning. My daughter set this up for me, so please be patient with an old man.'],
        ['a', 'Good morning! No rush at all. What can I help you with today?'],
        ['u', 'I would like to write a short letter to my former colleagues. There is a reunion in May.'],
        ['a', 'Happy to help. Who are the colleagues, and what would you like the letter to say?'],
        [
          'u',
          'I worked 38 years for JR Hokkaido, mostly in track maintenance, inspecting rails and points in winter. I retired three years ago as a section engineer.',
          'k_retired',
        ],
        [
          'a',
          'That is a long career. Should the letter be warm and nostalgic, or mainly practical, confirming you will attend?',
        ],
        ['u', 'Warm, please. But not too long. Japanese men of my age do not like long letters.'],
        [
          'a',
          'Here is a draft: "Dear friends, it has been three years since I hung up my helmet, yet I still listen for the first train every morning. I look forward to seeing you in May and hearing who still complains about the snow ploughs." Shall I adjust it?',
        ],
        [
          'u',
          'Ha, that is good. Please change "helmet" to "lantern", we carried lanterns on night inspections.',
        ],
        ['a', 'Done: "since I hung up my lantern". Anything else for the letter?'],
        [
          'u',
          'No, that is fine. Another question. My doctor started me on amlodipine, 5 mg in the morning, for blood pressure. Is it all right to take it with green tea?',
          'k_med1',
        ],
        [
          'a',
          'Green tea is generally fine with amlodipine. The thing to avoid is large amounts of grapefruit. Still, your pharmacist can confirm for your exact situation.',
        ],
        [
          'u',
          'Good. I drink a lot of green tea. Also my wife asks if the pharmacy can deliver to our house in Kotoni, in Sapporo. It is a bit far from the station.',
          'k_home1',
        ],
        [
          'a',
          'Many pharmacies in Sapporo offer delivery or mail refills for regular prescriptions. It is worth asking at the counter next time.',
        ],
        ['u', 'Thank you. That is enough for my first day. My eyes get tired on the screen.'],
        ['a', 'Of course. Rest your eyes, and come back whenever you like.'],
        ['u', 'Ah, one more small thing. How do I make the letters bigger on this tablet?'],
        [
          'a',
          'Open Settings, then Display, then Font size. You can drag the slider to make the text larger.',
        ],
        ['u', 'Yes! Much better. Now I can read without my glasses. Almost.'],
      ],
    },
    {
      start: '2025-03-29 14:40',
      lines: [
        ['u', 'Hello again. It is spring, nearly, and I must think about repotting.'],
        ['a', 'Hello! Repotting what kind of plants?'],
        [
          'u',
          'My bonsai. The oldest is a Japanese black pine my father started in 1971. I have looked after it since he died. It is the pride of the house.',
          'k_bonsai',
        ],
        [
          'a',
          'What a treasure. Black pines are usually repotted every three to five years, in early spring just as the buds start to lengthen. When was it last repotted?',
        ],
        ['u', 'Three years ago, I think. The soil drains slowly now.'],
        [
          'a',
          'Then this spring is a good time. Use a free-draining mix, such as akadama with pumice and a little lava rock, and do not remove more than about a third of the roots.',
        ],
        ['u', 'My father always used only akadama. But Sapporo is wetter. I will add pumice.'],
        ['a', 'That sounds wise. Keep it out of strong wind and hard frost for a few weeks afterwards.'],
        [
          'u',
          'Now a different thing. My wife Michiko wants to make dinner for her friends from the tea ceremony class. Can you suggest a spring menu?',
        ],
        [
          'a',
          'How about takenoko gohan, a clear clam soup, grilled sawara with miso, and a small nanohana side dish? And cold soba for a light finish?',
        ],
        [
          'u',
          'No soba, please! Michiko is allergic to buckwheat. Even the steam from boiling soba gives her trouble.',
          'k_soba',
        ],
        [
          'a',
          'Thank you for telling me, that is a serious allergy. Let us replace the soba with cold udon, or a simple sakura mochi for dessert.',
        ],
        ['u', 'Sakura mochi is good. She will like that.'],
        ['a', 'Lovely. Would you like a shopping list for the menu?'],
        ['u', 'Yes, but short. I will go to the market tomorrow morning.'],
        [
          'a',
          'Takenoko, rice, clams, sawara fillets, white miso, nanohana, sakura mochi (or domyoji flour and bean paste). That covers it.',
        ],
        ['u', 'Very good. Thank you.'],
      ],
    },
    {
      start: '2025-04-19 07:05',
      lines: [
        ['u', 'Early morning. I cannot sleep past five any more, forty years of early shifts.'],
        ['a', 'Good morning! That habit stays with many people. Any plans for the day?'],
        [
          'u',
          'The trout season opens soon. My old rod broke last autumn and I need a new one for river fishing.',
        ],
        [
          'a',
          'A few options for river trout: 1) Daiwa Silver Creek, 6 feet, light and cheap; 2) Shimano Cardiff, 6 feet 6, a little stiffer and good for casting spoons; 3) a Tenkara rod, no reel, very simple and traditional.',
        ],
        [
          'u',
          'I will take the second one. The Shimano. My hands are not so fine now for the very light rods.',
          'k_rod',
        ],
        ['a', 'Good choice for spoons and a bit of wind. Pair it with a 2000-size reel and 4 lb line.'],
        [
          'u',
          'I usually drive my Corolla up to the Ishikari river, near Tobetsu. It takes about forty minutes.',
          'k_car1',
        ],
        ['a', 'That is a nice drive in spring. Do you need to check the river rules for this season?'],
        ['u', 'Yes, please. Are there closed areas for spawning?'],
        [
          'a',
          'Local fishing cooperatives usually publish closed stretches and licence fees. I would check the Ishikari cooperative notice board or website before going.',
        ],
        ['u', 'I will ask at the tackle shop. The owner knows everything.'],
        ['a', 'Tackle shop owners usually know better than any website. Good luck with the first trip!'],
        ['u', 'Thank you. If I catch something I will tell you.'],
        ['a', 'Please do, I would like to hear about it.'],
        ['u', 'Do you know a good knot for tying a spoon to thin line? My fingers are clumsy in the cold.'],
        [
          'a',
          'The improved clinch knot is simple and strong. Five turns, back through the small loop, then wet it and pull tight. A snap swivel is even easier for cold hands.',
        ],
        ['u', 'A snap swivel. Yes, my father would say that is cheating. I will cheat.'],
      ],
    },
    {
      start: '2025-05-17 16:20',
      lines: [
        ['u', 'Hello. The reunion was last weekend. Everybody was old! Except me, of course.'],
        ['a', 'Ha! How was it? Did the letter go over well?'],
        ['u', 'Very well. Tanaka-san cried a little. He always was soft.'],
        ['a', 'That is touching. Reunions after a long career can be emotional.'],
        [
          'u',
          'Now I need help with something for my grandson Haruto. He is eight, the son of my daughter Yumi who lives in Otaru. He wants to learn shogi from his grandfather.',
          'k_haruto',
        ],
        ['a', 'What a nice thing to share. Does he know how the pieces move already?'],
        ['u', 'Only some. He confuses the silver and gold generals.'],
        [
          'a',
          'A trick for children: the gold general moves like a "plus sign plus the two forward diagonals", and cannot go diagonally backward. The silver moves to all diagonals and straight forward, but not sideways or straight back.',
        ],
        ['u', 'That is clear. I will draw it on paper for him.'],
        [
          'a',
          'Great idea. You could also start with a smaller board game like dobutsu shogi, made for children.',
        ],
        ['u', 'Ah, the one with the animals. Yumi has that at home, I think.'],
        ['a', 'Then he can warm up with that and move to the full board when he is ready.'],
        [
          'u',
          'I still play every Thursday afternoon at the community hall in Kotoni. Mostly old men like me. Perhaps I can bring Haruto in summer.',
        ],
        [
          'a',
          'He would probably love playing against the club members. Children often improve quickly that way.',
        ],
        ['u', 'They will let him win, I think. That is bad for training.'],
        [
          'a',
          'Maybe ask them to play him seriously, but with a handicap. That way he learns and still has a chance.',
        ],
        ['u', 'A rook handicap, perhaps. That is how my own teacher played me when I was a boy.'],
        [
          'a',
          'That is the classic way. As he gets stronger you can move to a bishop handicap, then play even.',
        ],
      ],
    },
    {
      start: '2025-06-14 10:30',
      lines: [
        ['u', 'I went for my health check this week.'],
        ['a', 'How did it go?'],
        [
          'u',
          'Blood pressure is still a little high. The doctor says I must cut salt, less than 6 grams a day. No more pickles with every meal!',
          'k_lowsalt',
        ],
        [
          'a',
          'That is a big change for Japanese cooking. Miso, soy sauce and pickles add up quickly. Would you like some lower-salt ideas?',
        ],
        ['u', 'Yes. I do most of the cooking on weekends now. Michiko cooks weekdays.'],
        [
          'a',
          'Try using dashi with more kombu and bonito for flavour, so you need less soy sauce. Citrus like yuzu or sudachi, ginger, shiso and sesame also help a lot.',
        ],
        ['u', 'I like sudachi on grilled fish. That is easy.'],
        ['a', 'Exactly. And reduced-salt soy sauce and miso are available in most supermarkets.'],
        ['u', 'Also I have some swelling in my ankles in the evening. Can that be from the medicine?'],
        [
          'a',
          'Ankle swelling is a known side effect of amlodipine. Please mention it to your doctor, as there are alternatives if it bothers you.',
        ],
        ['u', 'I will. My next visit is in July. The doctor said she may change it.'],
        ['a', 'Good. Keep a short note of when the swelling happens so you can tell her.'],
        ['u', 'Michiko says I should write down my blood pressure every morning also.'],
        [
          'a',
          'That is a very good habit. Morning readings before breakfast and medicine are the most useful for the doctor.',
        ],
        ['u', 'Then I will buy a proper notebook. I like paper better than apps.'],
      ],
    },
    {
      start: '2025-07-12 19:45',
      lines: [
        ['u', 'Good evening. Michiko and I want to go to Hakodate for our 40th wedding anniversary.'],
        ['a', 'Congratulations! Forty years is wonderful. How many nights are you thinking of?'],
        ['u', 'Two nights. We will leave on Monday the 4th of August and come back on Wednesday.', 'k_trip'],
        [
          'a',
          'Here are three places to consider: 1) a large hotel in Yunokawa onsen with a buffet dinner; 2) a small traditional ryokan in Yunokawa, only eight rooms, with kaiseki served in the room; 3) a modern hotel near the morning market and the bay, no onsen.',
        ],
        [
          'u',
          'Not the buffet, Michiko cannot check what is in everything. The small ryokan, please. The one with only eight rooms.',
          'k_ryokan',
        ],
        [
          'a',
          'Good choice for an anniversary. When you book, tell them about the buckwheat allergy so the kaiseki can be adjusted.',
        ],
        ['u', 'Yes, I always tell them first. Also they must know I eat less salt now.'],
        [
          'a',
          'Ryokan are usually very accommodating if you tell them in advance. Do you want to see the night view from Mount Hakodate?',
        ],
        ['u', 'Of course. We saw it on our honeymoon in 1985. It is the reason we chose Hakodate.'],
        [
          'a',
          'How romantic. The ropeway runs until late evening; going just after sunset gives the best view.',
        ],
        [
          'u',
          'We will go by train, the limited express from Sapporo. Almost four hours, but I like trains. Obviously.',
        ],
        ['a', 'Naturally! The Hokuto express along Uchiura bay is a beautiful ride.'],
        ['u', 'Can you help me write a small card for Michiko? Something simple.'],
        [
          'a',
          'How about: "Forty years ago we looked at these lights together. They are still beautiful, and so are you. Thank you for every year."',
        ],
        ['u', 'Maybe too much for me. But I will use it. She will laugh, then keep it forever.'],
      ],
    },
    {
      start: '2025-08-09 11:00',
      lines: [
        ['u', 'We are back from Hakodate. It was excellent.'],
        ['a', 'Wonderful! How was the ryokan?'],
        [
          'u',
          'Very quiet. The landlady remembered the allergy without us reminding her. And the squid in the morning market was the best I have eaten.',
        ],
        ['a', 'That sounds like a perfect anniversary. Did you get the night view?'],
        [
          'u',
          'Yes, but it was cloudy the first night. The second night was clear. Michiko cried at the card, just as I said.',
        ],
        ['a', 'That is lovely. I am glad it went well.'],
        [
          'u',
          'Also news from the doctor. She stopped the amlodipine because of my ankles and now I take losartan, 50 mg, once a day. Started two weeks ago.',
          'k_med2',
        ],
        ['a', 'Thank you for letting me know. Is the swelling better since the change?'],
        ['u', 'Much better. But she wants a blood test next month, for kidneys and potassium.'],
        [
          'a',
          'That is standard with losartan. It is also a reason to be careful with potassium supplements or salt substitutes that contain potassium chloride.',
        ],
        ['u', 'Ah! Michiko bought a salt substitute for me. I will check the label.'],
        ['a', 'Good idea. Many of them are mostly potassium chloride, so ask your doctor before using it.'],
        ['u', 'Always something. Growing old is a full-time job.'],
        ['a', 'It certainly takes attention. But it sounds like you are handling it very well.'],
        [
          'u',
          'The tea ceremony ladies gave Michiko a bottle of plum wine for our anniversary. Can I drink a little with the new medicine?',
        ],
        [
          'a',
          'A small glass is usually fine with losartan, but alcohol can lower blood pressure further, so stand up slowly afterwards. Your doctor can tell you your personal limit.',
        ],
        ['u', 'One small glass on Saturday then. Michiko will measure it, I am sure.'],
      ],
    },
    {
      start: '2025-09-06 15:10',
      lines: [
        ['u', 'I have been thinking about a big decision. Perhaps you can help me make a list.'],
        ['a', 'Of course. What is the decision?'],
        [
          'u',
          'Yumi asks us to move to Otaru, near her family. Our house is big and the snow clearing is getting too much for my back.',
        ],
        ['a', 'That is a big step. Shall we list the pros and cons?'],
        [
          'u',
          'Yes. Pros: near Haruto, no snow shovelling if we take an apartment, Otaru hospital is good. Cons: leaving friends, the shogi club, my garden.',
        ],
        [
          'a',
          'Other pros: less house maintenance and cost. Other cons: moving is tiring, and the bonsai need a suitable balcony. Could you still visit Sapporo friends by train?',
        ],
        ['u', 'It is only 35 minutes by train. So yes.'],
        ['a', 'Then the friends and shogi club may not be lost, only a little further away.'],
        [
          'u',
          'That is true. And another thing: last week I returned my driving licence to the police. We sold the Corolla to my neighbour. At my age it is time. Now I use the train and the bus with a senior pass.',
          'k_car2',
        ],
        [
          'a',
          'That is a responsible choice, and it fits well with living in Otaru near the station. How do you feel about it?',
        ],
        ['u', 'A little sad. I loved driving to the river. But the fishing friends can pick me up.'],
        [
          'a',
          'That sounds like a good arrangement. Do you want me to put this into a simple table for Michiko?',
        ],
        ['u', 'Yes please, she likes to see things written down.'],
        [
          'a',
          'Here is a two-column table with the pros on the left and cons on the right, with a line at the bottom for "decision" and a date.',
        ],
        ['u', 'Thank you. We will talk about it tonight over dinner.'],
        [
          'a',
          'I hope the conversation goes well. Big decisions are easier when both of you can see everything on paper.',
        ],
        ['u', 'One question first: if we sell the house, is it better to sell before or after the winter?'],
        [
          'a',
          'In snowy regions, houses often show better and sell faster before the snow, in autumn, or in spring once it melts. A local agent can tell you how the Kotoni market looks right now.',
        ],
        ['u', 'Before the snow then, if we decide. I do not want to shovel for buyers.'],
      ],
    },
    {
      start: '2025-10-04 09:50',
      lines: [
        ['u', 'Please excuse typing mistakes today. I have one eye covered.'],
        ['a', 'Oh! What happened?'],
        [
          'u',
          'I had cataract surgery on my right eye last Tuesday, the 30th of September. It went well, the doctor says.',
          'k_cataract',
        ],
        ['a', 'I am glad it went well. How are you feeling?'],
        ['u', 'Colours are so bright now! I did not know my eye was so yellow before.'],
        ['a', 'Many people say that after cataract surgery. It can be quite surprising.'],
        [
          'u',
          'I must put three kinds of eye drops, four times a day. I always forget which one comes first.',
        ],
        [
          'a',
          'A simple trick is to label the bottles 1, 2, 3 with a marker and wait about five minutes between them. Shall I make a timetable you can print?',
        ],
        ['u', 'Yes, with times. 8 in the morning, 12, 4 and 8 in the evening.'],
        [
          'a',
          '08:00 drops 1-2-3, 12:00 drops 1-2-3, 16:00 drops 1-2-3, 20:00 drops 1-2-3, with five minutes between each bottle and a box to tick.',
        ],
        ['u', 'Perfect. Michiko will stick it on the fridge.'],
        ['a', 'Also avoid rubbing the eye and lifting heavy things for a while, as the doctor advised.'],
        ['u', 'Heavy things like boxes? We are packing, we decided to move to Otaru. I must be careful.'],
        ['a', 'Yes, let others carry the boxes for now. Congratulations on deciding, by the way.'],
        [
          'u',
          'Thank you. The hardest part is deciding what to throw away. Forty years of railway magazines.',
        ],
        [
          'a',
          'Maybe keep a few favourite issues and offer the rest to a railway fan club or a second-hand bookshop. Someone will treasure them.',
        ],
        ['u', 'That is a nice idea. Better than the rubbish collection.'],
      ],
    },
    {
      start: '2025-11-01 13:25',
      lines: [
        [
          'u',
          'We have moved! We are now in a third floor apartment in Otaru, ten minutes walk from Yumi. The house in Sapporo is sold.',
          'k_home2',
        ],
        ['a', 'Congratulations! How are you settling in?'],
        ['u', 'Many boxes still. But the elevator is good and no snow shovelling this winter.'],
        ['a', 'That alone must be a relief. Is there a balcony for the bonsai?'],
        [
          'u',
          'Yes, facing south. But the wind from the sea is strong. I worry about the black pine in winter.',
        ],
        [
          'a',
          'For winter, protect it from drying wind and hard freezing of the roots. You could put it in a styrofoam box on the balcony floor, or in an unheated but sheltered corner, and keep the soil slightly moist.',
        ],
        ['u', 'In Sapporo I buried the pot in the garden. Now no garden.'],
        [
          'a',
          'A box packed with bark chips or straw around the pot gives similar insulation. Just make sure it still gets light.',
        ],
        ['u', 'Haruto helped me carry the small trees. He wants his own bonsai now.'],
        ['a', 'How nice! A juniper or a trident maple is forgiving for a beginner.'],
        [
          'u',
          'We will choose one together in spring. He is also getting better at shogi. He beat me once. I did not let him win, I promise.',
        ],
        ['a', 'That is a real achievement for him. You must be proud.'],
        [
          'u',
          'Very proud. Also the bus to the hospital stops just in front of our building. Good for my eye checkups.',
        ],
        ['a', 'That is very convenient, especially in winter.'],
        ['u', 'The doctor says the left eye will also need surgery, maybe next year. No hurry.'],
        ['a', 'Then at least you know what to expect next time.'],
      ],
    },
    {
      start: '2025-12-06 18:00',
      lines: [
        [
          'u',
          'Big news today! My son Kenji in Tokyo has become a father. A girl, born on the 2nd of December. Her name is Aoi.',
          'k_aoi',
        ],
        ['a', 'Congratulations, you are a grandfather again! How are the mother and baby?'],
        ['u', "Both are well. Saki, Kenji's wife, is tired of course. They sent many photos."],
        ['a', 'Wonderful. Are you planning to visit Tokyo?'],
        ['u', 'In January, maybe. Michiko wants to go now, but it is a long trip and they need rest.'],
        ['a', 'That is thoughtful. Would you like to send a gift in the meantime?'],
        ['u', 'Yes. What is traditional? Something useful also.'],
        [
          'a',
          'Options: 1) a set of baby clothes and a towel set in a nice box; 2) a personalised name plate (meimei-sho) for her name display; 3) a catalogue gift so the parents choose what they need.',
        ],
        ['u', 'The catalogue is practical, but a bit cold. We will send the clothes and write a letter.'],
        ['a', 'A letter from the grandparents is something they will keep. Do you want help writing it?'],
        ['u', 'Yes. Something about the name. Aoi, like the blue of the sky and the sea here in Otaru.'],
        [
          'a',
          '"Dear Aoi, welcome to the world. Your name is the colour of the sky over Otaru bay, where your grandparents look out every morning and think of you."',
        ],
        ['u', 'Good. Michiko will write it in her beautiful handwriting.'],
        ['a', 'It will be a lovely keepsake for Aoi when she is older.'],
        ['u', 'How should I send the parcel? Is the post office fast to Tokyo in December?'],
        [
          'a',
          'Japan Post usually delivers Hokkaido to Tokyo in two or three days, but December is busy. A Yu-Pack with tracking is a safe choice.',
        ],
        ['u', 'Yu-Pack then. I will go to the post office near the canal tomorrow.'],
      ],
    },
    {
      start: '2026-01-10 10:15',
      lines: [
        ['u', 'Happy New Year. Our first New Year in Otaru.'],
        ['a', 'Happy New Year! How was it?'],
        [
          'u',
          'Quiet. Yumi and her family came on the 1st. We ate osechi, with less salt, Michiko made it herself.',
        ],
        ['a', 'That sounds lovely, and a good way to keep the salt down.'],
        ['u', 'Haruto got a book of shogi puzzles from me. He finished half already.'],
        ['a', 'He must really love the game.'],
        [
          'u',
          'Now I want to keep my mind active this year. Can you suggest something for a retired man who likes trains and numbers?',
        ],
        [
          'a',
          'Maybe volunteering at the Otaru Museum, which has old railway exhibits, or writing down your memories of the track work for your grandchildren.',
        ],
        [
          'u',
          'The museum idea is very good. The old Temiya line is there. I worked near there when I was young.',
        ],
        [
          'a',
          'Then you would bring real experience. It may be worth asking them if they take volunteer guides.',
        ],
        [
          'u',
          'I will ask next week. The train to Sapporo every Thursday for shogi is still fine, so I have time.',
        ],
        ['a', 'It sounds like a full and good year ahead.'],
        ['u', 'Also, my blood pressure is better now, 128 over 80 this morning.'],
        ['a', 'That is a good reading. The new medicine and the lower salt seem to be working.'],
        ['u', 'Good. Michiko says it is her cooking. I say it is my walking. We are both right.'],
        ['a', 'Probably both! Walking along the Otaru canal in winter must be quite beautiful.'],
        ['u', 'Beautiful, but slippery. I bought shoe spikes. Thank you for your help this past year.'],
        ['a', 'You are very welcome. I look forward to hearing about the museum.'],
      ],
    },
  ],
  questions: [
    ['single-hop', "What's my daughter's little boy called again?", ['k_haruto']],
    ['single-hop', 'What kind of tree is the oldest one in my bonsai collection?', ['k_bonsai']],
    ['single-hop', 'Which fishing rod did I end up going with?', ['k_rod']],
    ['single-hop', 'Where did Michiko and I stay for our anniversary trip?', ['k_ryokan']],
    ['single-hop', 'What did I used to do for a living before I retired?', ['k_retired']],
    ['multi-hop', 'How many grandchildren do I have now, and what are their names?', ['k_haruto', 'k_aoi']],
    [
      'multi-hop',
      'I want to cook a nice dinner for me and my wife this weekend. What do I need to watch out for?',
      ['k_soba', 'k_lowsalt'],
    ],
    ['temporal', "When was Kenji's baby born?", ['k_aoi'], { askedAt: '2026-02-14 10:00' }],
    [
      'temporal',
      'Which came first, my eye operation or the anniversary trip to Hakodate?',
      ['k_trip', 'k_cataract'],
      { askedAt: '2026-02-14 10:05' },
    ],
    ['updated', 'Which blood pressure medicine am I taking these days?', ['k_med2'], { stale: ['k_med1'] }],
    ['updated', 'Where do Michiko and I live now?', ['k_home2'], { stale: ['k_home1'] }],
    ['updated', 'How do I get around these days, do I still drive?', ['k_car2'], { stale: ['k_car1'] }],
    ['off-topic', 'How do I get rid of fruit flies in the kitchen?', []],
    ['off-topic', 'Can you explain how a solar eclipse happens?', []],
    ['off-topic', 'What is the offside rule in ice hockey?', []],
  ],
});

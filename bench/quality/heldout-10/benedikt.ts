import { definePersona } from '../author.ts';

export const benedikt = definePersona({
  user_id: 'h10-benedikt',
  name: 'Benedikt',
  summary:
    'German PhD student in his late twenties at the University of Edinburgh who cycles everywhere; writes in precise, slightly formal English with the occasional German word.',
  language: 'en',
  sessions: [
    {
      start: '2024-10-06 19:30',
      lines: [
        [
          'u',
          'Good evening. I would like some help with a formal email to my supervisor. I need to postpone our Thursday meeting by one week.',
        ],
        ['a', "Happy to help. Who is your supervisor, and what's the reason for postponing?"],
        [
          'u',
          'My primary supervisor is Dr. Fiona MacLeod. The reason is that my model runs on the cluster have not finished, so I have no results to show yet.',
          'supervisor-1',
        ],
        [
          'a',
          'Draft: "Dear Fiona, my model runs on the cluster have not yet completed, so I would have little to discuss on Thursday. Would it be possible to move our meeting to the following week? Best regards, Benedikt"',
        ],
        [
          'u',
          'That is good. Perhaps slightly less stiff. We use first names, but she is still my supervisor.',
        ],
        [
          'a',
          '"Hi Fiona, the cluster runs are still going, so I\'d have little to show on Thursday. Could we push our meeting back a week? Thanks, Benedikt"',
        ],
        [
          'u',
          'Perfect, thank you. For context: I am in the second year of my PhD in glaciology. I model how fast Greenland outlet glaciers lose ice through calving when the ocean warms.',
          'phd-topic',
        ],
        ['a', 'Fascinating topic. Which glaciers are you focusing on?'],
        [
          'u',
          'Mainly Jakobshavn and Helheim. Jakobshavn is the famous one, it produced the iceberg that supposedly sank the Titanic. That is my standard fact for parties.',
        ],
        ['a', 'A great party fact, to be fair.'],
        [
          'u',
          "Another question. I cycle every day from my flat in Marchmont to King's Buildings, and I share the flat with two other students. It is only 2 km, but the wind here is absurd.",
          'home-marchmont-1',
        ],
        ['a', 'Edinburgh wind is notorious. Are you after advice on gear or on routes?'],
        [
          'u',
          'Mostly gear. My bike is a steel Surly Cross-Check, so it is heavy but does not care about the weather.',
          'bike-surly-1',
        ],
        [
          'a',
          'A good all-weather bike. For the wind and rain: full mudguards, a windproof jacket, overshoes, and good lights for the dark months.',
        ],
        [
          'u',
          'The mudguards I already have. The lights are a good point, in November it is dark at 4 pm, which is depressing.',
        ],
        [
          'a',
          'Get a front light of at least 400 lumens and a bright rear light; a daytime flash mode helps too.',
        ],
        [
          'u',
          'Noted. Also, I am a vegetarian since I was nineteen, and the university canteen has exactly one vegetarian option, always a baked potato. Do you have quick dinner ideas?',
          'veg-1',
        ],
        [
          'a',
          'Quick ideas: chickpea curry, shakshuka, halloumi wraps, lentil bolognese, mushroom risotto, and a tray of roasted vegetables with feta. Most take under 30 minutes.',
        ],
        ['u', 'Shakshuka tonight then. Thank you.'],
        ['a', 'Enjoy!'],
      ],
    },
    {
      start: '2024-10-27 11:15',
      lines: [
        [
          'u',
          'Good morning. The clocks changed last night, and I am completely confused. Is it now one hour earlier or later?',
        ],
        [
          'a',
          'The UK went back from BST to GMT, so clocks moved back one hour at 2 am. You got an extra hour of sleep.',
        ],
        [
          'u',
          'Ah, so that is why I was awake so early. Thank you. Now a real question: I need a proper rain jacket. My current one is soaked after ten minutes.',
        ],
        [
          'a',
          'Three good options: 1) Patagonia Torrentshell 3L, around £150, durable and repairable; 2) Rab Downpour Eco, around £100, light and cheap; 3) Gore-Tex Shakedry cycling jacket, around £250, extremely breathable but delicate.',
        ],
        [
          'u',
          'I will take the Patagonia. It is more expensive than the Rab but should last longer, and I also need it when I am not on the bike.',
          'jacket-pick',
        ],
        ['a', 'Sensible choice. Their repair service is a plus.'],
        [
          'u',
          'Next: I miss proper bread. British bread is, with respect, mostly air. I want to bake Laugenbrezeln. Can I do this without lye?',
        ],
        [
          'a',
          'Yes: bake a baking soda solution first (spread baking soda on a tray and bake at 120°C for an hour to make it more alkaline), then dip the shaped pretzels in a hot solution of 2 tablespoons per litre of water for 30 seconds. Sprinkle with coarse salt and bake at 220°C for about 15 minutes.',
        ],
        [
          'u',
          'Excellent. My mother does it with real lye, but I do not want to explain to my flatmates why there is caustic soda in the kitchen.',
        ],
        ['a', 'A wise choice for flat harmony.'],
        [
          'u',
          'My parents live in Freiburg, in the Black Forest region, and the bakeries there are a serious problem for anyone who moves abroad.',
          'parents-freiburg',
        ],
        ['a', 'Freiburg bread culture is hard to leave. Did you grow up there?'],
        ['u', 'Yes, I grew up there, then I studied in Munich. Edinburgh since last September.'],
        ['a', 'So a little over a year in Scotland. How are you finding it?'],
        [
          'u',
          'I like it very much, except for the darkness. And the price of a pint, which is nearly double what I pay in Freiburg.',
        ],
        ['a', 'Those are common complaints! The summer light makes up for a lot.'],
        ['u', 'That is what everyone says. I will report back in June.'],
        ['a', 'Deal.'],
      ],
    },
    {
      start: '2024-11-24 16:45',
      lines: [
        [
          'u',
          'Hello. I need to submit an abstract for the EGU General Assembly in Vienna next April. The limit is 500 words. Could you check my structure?',
          'egu',
        ],
        [
          'a',
          'Sure. A good structure: context (1–2 sentences), gap, method, key results with numbers, and implications. Paste it in when ready.',
        ],
        [
          'u',
          "Context, method, results, implications. I had no 'gap' sentence. I will add one about the missing representation of submarine melt in calving laws.",
        ],
        ['a', 'That makes the motivation much clearer.'],
        [
          'u',
          'Thank you. Different subject: my flatmate Callum persuaded me to join a ceilidh dancing class on Wednesday evenings. I am bad at it, but it is very fun.',
          'ceilidh',
        ],
        [
          'a',
          'Ceilidh is perfect for beginners; enthusiasm matters more than skill. Which dances have you learned?',
        ],
        [
          'u',
          'The Gay Gordons and the Dashing White Sergeant. The Strip the Willow is dangerous, I nearly threw a woman into a table.',
        ],
        ['a', 'Strip the Willow does get wild. Everyone has a near-miss story.'],
        [
          'u',
          'Good to know I am not unique. Also a money question: my stipend is about £19,200 per year, tax-free. Is it realistic to save anything in Edinburgh?',
        ],
        [
          'a',
          "It's tight but possible. Rent is the big factor. If yours is under £600, aim to save 5–10% and keep an emergency fund of a month's costs.",
        ],
        [
          'u',
          'My rent is £560 for the room, so it should work. I also earn a bit extra from tutoring first-year students.',
        ],
        ['a', 'Then a small monthly automatic transfer into a savings account is a good habit.'],
        [
          'u',
          'I will set up £100 per month. Also, the Surly has a creaking noise from the bottom bracket. Is that expensive to fix?',
          'bike-surly-2',
        ],
        [
          'a',
          'A bottom bracket replacement is usually £30–60 in parts and labour at a shop, or cheaper if you have the tools.',
        ],
        ['u', 'The bike co-op at the university has tools. I will try it myself on Saturday.'],
        ['a', 'Good plan. Watch a video for your BB type first.'],
        ['u', 'Will do. Thank you very much.'],
        ['a', 'Good luck with the abstract!'],
      ],
    },
    {
      start: '2024-12-15 20:10',
      lines: [
        [
          'u',
          'Good evening. I fly home to Freiburg for Christmas on the 21st, via Basel airport. It is the easiest connection.',
          'home-freiburg',
        ],
        ['a', 'Basel-Mulhouse is very convenient for Freiburg. Are you taking the bus from the airport?'],
        ['u', 'My father collects me, he insists. He also insists on driving 20 km/h under the limit.'],
        ['a', 'Safe and scenic, at least.'],
        [
          'u',
          'My sister Johanna told us on the phone yesterday that she is pregnant. The baby is due in March, so I will be an uncle.',
          'sister-pregnant',
        ],
        ['a', "Congratulations, Uncle Benedikt! That's exciting news."],
        [
          'u',
          'Thank you. My mother is already knitting. Now I need a gift for Johanna. Any ideas that are not baby clothes?',
        ],
        [
          'a',
          'Ideas: a pregnancy massage voucher, a good body pillow, a nice journal, a meal-delivery voucher for after the birth, or a framed ultrasound photo.',
        ],
        ['u', 'The meal voucher is clever, new parents do not cook. I will do that.'],
        ['a', "They'll be grateful in April."],
        [
          'u',
          'And for the Christmas dinner, my family always makes goose. I am the only vegetarian, so each year I get the side dishes only. Can you suggest a vegetarian main that fits with Rotkohl and Knödel?',
          'veg-2',
        ],
        [
          'a',
          'A mushroom and chestnut Wellington, a lentil and walnut roast, or stuffed butternut squash with cranberries and sage all go well with red cabbage and dumplings.',
        ],
        ['u', 'The Wellington sounds impressive. I will bring the recipe and make it with my mother.'],
        ['a', 'Great. Use puff pastry and chill it before baking so it holds its shape.'],
        ['u', 'Also, is the Freiburg Christmas market worth it, or only for tourists?'],
        [
          'a',
          "It's charming, with good Glühwein and local crafts. Go on a weekday evening to avoid the crowds.",
        ],
        ['u', 'I will go with my old school friends. Frohe Weihnachten, if I do not write before.'],
        ['a', 'Frohe Weihnachten, Benedikt!'],
      ],
    },
    {
      start: '2025-01-19 14:00',
      lines: [
        [
          'u',
          'Happy new year. Unfortunately, it began badly. My Surly was stolen on Friday from outside the library, although it was locked with a D-lock.',
          'bike-surly-3',
        ],
        ['a', "I'm so sorry. Did you report it to the police and check the marketplaces?"],
        [
          'u',
          'Yes, police report is done, and I check Gumtree every day. The police officer was friendly but not optimistic.',
        ],
        ['a', 'Recovery rates are low, unfortunately. Is it covered by contents insurance?'],
        [
          'u',
          'I have contents insurance, and I am reading the policy now. It says bicycles up to £500 are covered away from home. The Surly was worth more, but £500 is something.',
        ],
        ['a', 'Worth claiming. Keep the receipt or any photos of the bike.'],
        [
          'u',
          'I need a new bike. Budget about £1,500 with the insurance. What would you suggest for commuting and weekend rides in the Pentlands?',
        ],
        [
          'a',
          'Three options: A) another Surly (Straggler or Cross-Check), steel and tough, around £1,300; B) Canyon Grail, a lighter gravel bike, direct sales, around £1,500; C) Genesis Croix de Fer, a steel British classic, around £1,400.',
        ],
        ['u', 'I will think about it for a few weeks. In the meantime I take the bus, which is humiliating.'],
        ['a', 'Temporary humiliation! Lothian buses are at least reliable.'],
        ['u', 'True. And I have a cold. My flatmate Callum gave it to me, so I consider it his fault.'],
        ['a', "Rest, fluids, and honey with lemon. Shouldn't last more than a week."],
        ['u', 'With whisky, Callum says. That is apparently the Scottish version.'],
        ['a', "A hot toddy. It won't cure anything, but it's comforting."],
        ['u', 'I will try one. Purely for science.'],
        ['a', 'Of course.'],
        [
          'u',
          'One more thing. My phone screen cracked when I dropped it at the bus stop. Is a screen protector worth it afterwards, or is the damage done?',
        ],
        [
          'a',
          "A protector won't fix the crack, but it can stop glass splinters and further spreading. A repair shop usually replaces a screen for £80–150 depending on the model.",
        ],
        ['u', 'Then I will live with the crack until the insurance money arrives. Priorities.'],
        ['a', 'Sensible. Bike first, phone later.'],
      ],
    },
    {
      start: '2025-02-09 10:30',
      lines: [
        [
          'u',
          'I have decided on the bike. I will take option B, the Canyon Grail. I ordered it yesterday, it should come in about four weeks.',
          'bike-pick',
        ],
        ['a', 'Nice choice. The Grail is a great all-rounder. Which build?'],
        ['u', 'The Grail CF SL 7, in grey. It is carbon, so I will need a better lock and more paranoia.'],
        ['a', 'Consider two locks of different types and registering it on BikeRegister.'],
        [
          'u',
          'Good idea. Second topic: my co-supervisor is Prof. Arne Johansen from the Norwegian Polar Institute in Tromsø. He wants a video call to plan fieldwork.',
          'supervisor-2',
        ],
        ['a', 'Exciting. Where is the fieldwork?'],
        ['u', 'Not decided yet. Possibly Svalbard. I will tell you when I know.'],
        ['a', 'Fingers crossed!'],
        [
          'u',
          'And bad news from the flat. Our landlord is selling the Marchmont flat, so we must leave by the end of March. Callum and the other flatmate are moving in with their girlfriends.',
          'home-marchmont-2',
        ],
        ['a', "That's stressful. Are you looking for a room or your own place?"],
        [
          'u',
          'I would like a small one-bedroom flat if possible. I am tired of sharing a kitchen with people who never wash pans.',
        ],
        [
          'a',
          'Understandable. On a stipend, areas like Leith, Gorgie or Abbeyhill are usually more affordable than Marchmont.',
        ],
        [
          'u',
          'Leith interests me. It is flatter, which is good for cycling, and there is the Water of Leith path.',
        ],
        ['a', 'It has good cafés and restaurants too. I can help you write messages to landlords.'],
        [
          'u',
          'Yes, please. A short one, polite, stating that I am a quiet PhD student with a stable stipend.',
        ],
        [
          'a',
          '"Hello, I\'m interested in the one-bedroom flat on your listing. I\'m a PhD student at the University of Edinburgh with a stable stipend, a non-smoker, and quiet. Could I arrange a viewing this week? Kind regards, Benedikt"',
        ],
        ['u', 'Good. I will send it to three listings today.'],
        ['a', 'Good luck with the flat hunt!'],
      ],
    },
    {
      start: '2025-03-09 18:00',
      lines: [
        [
          'u',
          'I have news! My sister gave birth on Thursday to a little boy. His name is Felix, 3.4 kg. Both are well.',
          'nephew-born',
        ],
        ['a', 'Congratulations! Welcome to the world, Felix.'],
        [
          'u',
          'My mother sent 40 photos in one hour. He looks like every other baby, but I am told he has my nose.',
        ],
        ['a', "Ha! That's the nose destiny."],
        [
          'u',
          'And more good news: my first paper was accepted today, in The Cryosphere. After two rounds of revisions.',
          'paper-accepted',
        ],
        ['a', "That's a big milestone. Congratulations!"],
        ['u', 'Thank you. Fiona said we should celebrate, so the group goes to the pub on Friday.'],
        ['a', 'Well earned.'],
        [
          'u',
          'Also the fieldwork is confirmed. Arne wants me in Svalbard for two weeks in June, at the Kronebreen glacier near Ny-Ålesund.',
          'svalbard',
        ],
        ['a', "That's amazing. You'll have 24-hour daylight in June."],
        [
          'u',
          'Yes, and a rifle course, because of polar bears. This is not a sentence I expected to write this year.',
        ],
        ['a', "Mandatory in Svalbard outside settlements. You'll have a trained guard too, usually."],
        [
          'u',
          'Flat hunting is going slow. I saw two flats in Leith on Saturday. One smelled of damp, one had a landlord who talked only about himself.',
        ],
        ['a', 'Damp is a dealbreaker. Keep going, new listings appear daily.'],
        [
          'u',
          'The Canyon has not arrived yet. Delivery is delayed by one week. I am still taking the bus, still humiliated.',
        ],
        ['a', 'Almost there!'],
        [
          'u',
          'For the pub on Friday, is it rude in Scotland if I do not join the rounds system? I drink slowly and end up owing everyone.',
        ],
        [
          'a',
          'Not rude if you say so early. Many people opt out of rounds and just buy their own, or join a smaller round with one or two people.',
        ],
        ['u', 'Good. I will buy my own and one round of crisps for everyone as a diplomatic gesture.'],
        ['a', 'A classic peace offering.'],
      ],
    },
    {
      start: '2025-04-06 15:20',
      lines: [
        [
          'u',
          'Finally, I moved last weekend. I now have my own one-bedroom flat in Leith, near the Shore. It is small, but nobody leaves dirty pans.',
          'home-leith',
        ],
        ['a', "Congratulations on the new place! How's the neighbourhood?"],
        [
          'u',
          'Very good. There is a Ukrainian bakery with proper rye bread two streets away. I may never leave.',
        ],
        ['a', 'Proper bread nearby is a serious quality of life upgrade.'],
        [
          'u',
          'And the bike arrived! I rode the new Grail up to the Pentlands yesterday. It is so light compared to the old steel one, I was almost flying up the hills.',
          'bike-grail',
        ],
        ['a', "Fantastic! How's the fit?"],
        ['u', 'The saddle is a bit narrow. I may change it, but first I give it a month.'],
        ['a', 'Sensible; saddles often need a few rides to judge.'],
        ['u', 'Now Vienna. The EGU is at the end of April. I need to decide how to travel.'],
        [
          'a',
          'Options: A) fly Edinburgh–Vienna direct, about 2.5 hours; B) train via London, Brussels and the Nightjet from Brussels to Vienna, about 24 hours; C) fly Edinburgh–Basel, spend a weekend with your parents in Freiburg, then take the train to Vienna (about 9 hours via Zurich).',
        ],
        [
          'u',
          'Option C, certainly. Then I also meet Felix for the first time, and my parents can feed me for two days.',
          'egu-travel-pick',
        ],
        [
          'a',
          'Perfect combination of work and family. Book the Railjet from Zurich early for cheaper fares.',
        ],
        [
          'u',
          'I will book today. My talk is 12 minutes plus 3 minutes questions. Could you suggest how many slides?',
        ],
        [
          'a',
          'Roughly one slide per minute, so 10–12 slides, with one clear key message and a backup slide or two for questions.',
        ],
        ['u', 'I have 19 slides now. So I must cut.'],
        ['a', 'Cut ruthlessly; the audience will thank you.'],
        [
          'u',
          'Also I need a housewarming plan. I want to invite the research group for Kaffee und Kuchen next Sunday. Which German cake is easy for eight people?',
        ],
        [
          'a',
          'A Zwetschgenkuchen on a sheet tray is easy and generous, or a Bienenstich if you want something impressive. For fewer steps, a marble cake (Marmorkuchen) is foolproof.',
        ],
        [
          'u',
          'Plums are not in season, so Marmorkuchen. Fiona will probably bring whisky, which is not traditional, but acceptable.',
        ],
        ['a', 'A very Edinburgh Kaffee und Kuchen.'],
      ],
    },
    {
      start: '2025-04-27 12:00',
      lines: [
        [
          'u',
          'I am back from Vienna. The talk went well. A famous modeller asked a question, and I did not panic.',
        ],
        ['a', 'Well done! What did they ask?'],
        [
          'u',
          "Whether my calving law works for floating ice tongues. The honest answer is 'not yet', which I said more elegantly.",
        ],
        ['a', "'Not yet' is a perfectly good research answer."],
        ['u', 'And Felix is very small and cries like a fire alarm. I am in love with him.'],
        ['a', 'Uncles are allowed to be smitten.'],
        [
          'u',
          'A less pleasant topic: my GP did a blood test because I was always tired. My ferritin is very low, and also B12. She asked about my diet.',
        ],
        ['a', 'Low iron and B12 are common in vegetarians. Did she suggest supplements or dietary changes?'],
        [
          'u',
          'Both. She prescribed iron tablets and suggested I think about eating fish again. I have been a strict vegetarian for ten years, so this is a big question for me.',
          'veg-3',
        ],
        [
          'a',
          "It's a personal decision. Fish like salmon and sardines give B12 and other nutrients; supplements can also work if you prefer to stay vegetarian.",
        ],
        [
          'u',
          'I think I will try it. For the fieldwork in Svalbard I will need energy, and the food there is mostly fish anyway.',
        ],
        ['a', "That's a practical reason. Start with something mild like cod or salmon."],
        ['u', 'I do not even know how to cook fish. Can you give me a very simple salmon recipe?'],
        [
          'a',
          'Oven salmon: put a fillet on baking paper, add olive oil, salt, pepper, lemon slices and dill. Bake at 200°C for 12–15 minutes until it flakes. Serve with potatoes and green beans.',
        ],
        ['u', 'That looks even I can manage it.'],
        ['a', 'You definitely can.'],
      ],
    },
    {
      start: '2025-05-18 19:40',
      lines: [
        [
          'u',
          'Update on food: I have eaten fish for three weeks now, about three times per week, and I do not feel guilty. So I am officially a pescatarian, I suppose. Still no meat.',
          'diet-pesc',
        ],
        ['a', "Good to hear you're adjusting. How's the energy?"],
        [
          'u',
          'Better. Maybe the iron tablets, maybe the fish, maybe the sun. Edinburgh is bright until 10 pm now.',
        ],
        ['a', 'Long May evenings are great. Your June report will be positive!'],
        ['u', 'It is already positive. I was wrong about the darkness, this is compensation.'],
        ['a', 'The Scottish summer light is quite something.'],
        [
          'u',
          'Now I must prepare for Svalbard. The institute gives us the heavy clothing, but I need base layers. Merino or synthetic?',
        ],
        [
          'a',
          "Merino for anything close to your skin: warm when damp and doesn't smell after days of use. Synthetic is fine for a mid layer.",
        ],
        [
          'u',
          'Merino then. I will buy two sets. Also, the rifle course was yesterday. I hit the target, which surprised everyone, including me.',
        ],
        ['a', 'Nice shooting. Hopefully you never need it.'],
        [
          'u',
          'Also ceilidh continues. We had a small performance at a church hall, and I did not throw anybody into a table this time.',
        ],
        ['a', 'Real progress!'],
        [
          'u',
          'Callum, who started it, quit after three months. I am now more dedicated than the person who convinced me.',
        ],
        ['a', "That happens more often than you'd think."],
        ['u', 'One practical question: I must be away two weeks. How do I keep my basil plant alive?'],
        [
          'a',
          'Put it in a tray of water with a wick, or use a self-watering spike with a bottle. Or ask a neighbour to water it twice.',
        ],
        [
          'u',
          'My neighbour is an old man with many plants. I will ask him, and bring him something from Norway.',
        ],
        ['a', 'A good neighbourly trade.'],
      ],
    },
    {
      start: '2025-06-29 17:30',
      lines: [
        ['u', 'I am back from Svalbard. It was, without exaggeration, the best two weeks of my life.'],
        ['a', "That's wonderful! Tell me about it."],
        [
          'u',
          'We placed GPS stations on the glacier and measured the calving front with a drone. The midnight sun is disorienting, I slept with a mask.',
        ],
        ['a', 'Great fieldwork. Did you see any wildlife?'],
        [
          'u',
          'Reindeer everywhere, walruses from the boat, and one polar bear far away on the ice. The guard was calm, so I was calm.',
        ],
        ['a', 'A safe-distance polar bear is the best kind.'],
        ['u', 'Also, I ate whale once. I regret this slightly. Whale was not part of the plan.'],
        ['a', "Ha, fair enough. It's a local tradition there, but not for everyone."],
        ['u', 'I brought my neighbour brown cheese, brunost. He was confused but polite.'],
        ['a', 'Brunost confuses most people the first time!'],
        [
          'u',
          'Now, I would like to plan a cycling trip in August. I am thinking of the North Coast 500 on the bike. Is that realistic in eight days?',
        ],
        [
          'a',
          'The NC500 is about 830 km with serious climbs like the Bealach na Bà. Eight days means about 100 km per day, which is demanding but doable for a fit cyclist with light luggage.',
        ],
        [
          'u',
          'I will do it with bikepacking bags, and sleep in hostels and a few wild camps. The midges worry me more than the hills.',
        ],
        ['a', 'Smidge repellent and a head net are essential in August in the Highlands.'],
        [
          'u',
          'I will buy both. Also, my thesis timeline: I must submit in September next year. Fiona says chapter three should be drafted by Christmas.',
        ],
        ['a', 'A clear target. Maybe set monthly milestones until then.'],
      ],
    },
    {
      start: '2025-07-20 09:10',
      lines: [
        [
          'u',
          'Good morning. Could you help me write a short thank-you message to Arne for the fieldwork? In English, but he is Norwegian, so not too British and ironic.',
        ],
        [
          'a',
          '"Dear Arne, thank you for the opportunity to join the Kronebreen fieldwork. It was an incredible experience, and I learned a great deal from you and the team. I\'m looking forward to working with the data. Best regards, Benedikt"',
        ],
        ['u', 'Very good. Maybe add that I will send a first analysis of the drone data in September.'],
        ['a', 'Added: "I\'ll send you a first analysis of the drone data in September."'],
        [
          'u',
          'Thank you. I also want to make a route plan for the NC500. Start and end in Inverness, clockwise or anticlockwise?',
        ],
        [
          'a',
          'Anticlockwise (west coast first) is popular because the prevailing south-westerly winds then help you along the north coast. It also gets the Bealach na Bà done while your legs are fresh.',
        ],
        ['u', 'Anticlockwise, then. The wind in Scotland has already taught me respect.'],
        ['a', 'Good lesson to have learned.'],
        [
          'u',
          'A money question too. The trip will cost perhaps £600 with hostels and food. Is it stupid to pay from my savings?',
        ],
        [
          'a',
          "If it's a planned expense and you keep your emergency fund intact, it's a reasonable use of savings. You've been saving monthly for this kind of thing.",
        ],
        ['u', 'Yes, the £100 per month has added up nicely. I will pay the trip from it.'],
        ['a', "Enjoy it, you've earned it."],
        ['u', 'Last question: what should I bring as a basic repair kit for a week on remote roads?'],
        [
          'a',
          'Two spare tubes, a tubeless plug kit if relevant, a mini pump, tyre levers, a multi-tool with chain breaker, quick links, spare brake pads, zip ties, tape, and a spare derailleur hanger for your frame.',
        ],
        [
          'u',
          'The derailleur hanger is a good point, for my frame you cannot find one in a small village. I will order one.',
        ],
        ['a', 'Exactly. Enjoy the Highlands!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which waterproof jacket did I decide to get?', ['jacket-pick']],
    ['single-hop', 'What is my doctoral research actually about?', ['phd-topic']],
    ['single-hop', 'What kind of dance class do I go to on Wednesdays?', ['ceilidh']],
    ['single-hop', 'Which town are my mum and dad in?', ['parents-freiburg']],
    ['single-hop', 'How did I plan to get to the conference in Austria?', ['egu-travel-pick']],
    ['multi-hop', 'Who are the two people supervising my PhD?', ['supervisor-1', 'supervisor-2']],
    [
      'multi-hop',
      'Which two trips abroad did I have for work this year, and where were they?',
      ['egu', 'svalbard'],
    ],
    [
      'temporal',
      'How long ago was my first journal paper accepted?',
      ['paper-accepted'],
      { askedAt: '2025-08-20 10:00' },
    ],
    [
      'temporal',
      'Which happened first: my nephew being born or me moving house?',
      ['nephew-born', 'home-leith'],
      { askedAt: '2025-08-20 10:05' },
    ],
    [
      'updated',
      'Which part of Edinburgh am I living in at the moment?',
      ['home-leith'],
      { stale: ['home-marchmont-1', 'home-marchmont-2'] },
    ],
    [
      'updated',
      'What bike do I ride now?',
      ['bike-grail'],
      { stale: ['bike-surly-1', 'bike-surly-2', 'bike-surly-3'] },
    ],
    [
      'updated',
      'What are my eating habits like these days, do I eat any animal products?',
      ['diet-pesc'],
      { stale: ['veg-1', 'veg-2', 'veg-3'] },
    ],
    ['off-topic', 'Who was the first emperor of Rome?', []],
    ['off-topic', 'What does a bear market mean in investing?', []],
    ['off-topic', 'How many bones are there in the adult human body?', []],
  ],
});

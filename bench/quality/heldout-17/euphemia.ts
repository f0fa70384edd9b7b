import { definePersona } from '../author.ts';

export const euphemia = definePersona({
  user_id: 'h17-euphemia',
  name: 'Euphemia',
  summary:
    'Euphemia, 45, is a Scottish ceramicist who runs a small pottery studio and shop in Stromness, Orkney; she swims in the sea year-round and her partner Magnus is a creel fisherman. She writes in formal, precise, complete sentences.',
  language: 'en',
  sessions: [
    {
      start: '2024-09-03 09:15',
      lines: [
        [
          'u',
          'Good morning. I should like some help drafting a notice for the shop door. I run a small pottery studio and shop on the main street in Stromness, and the notice must state the hours clearly.',
          'shop_loc',
        ],
        ['a', 'Of course. What hours would you like it to show?'],
        [
          'u',
          'The shop is open Tuesday to Saturday, ten until five. Sundays and Mondays are reserved for throwing and firing.',
          'days_old1',
        ],
        [
          'a',
          "Here is a draft: 'Open Tuesday to Saturday, 10am to 5pm. Closed Sunday and Monday for studio work.' Would you like a friendlier line added?",
        ],
        [
          'u',
          'A short line would be welcome. Something to the effect that visitors may ring the bell if they see me working in the back.',
        ],
        ['a', "'If the door is locked but the lights are on, please ring. I am most likely at the wheel.'"],
        ['u', 'That will do nicely. Thank you.'],
        ['a', 'You are welcome. Is there anything else for the shop?'],
        [
          'u',
          'Yes. I am developing a new pale blue glaze, a celadon, and it needs a name. It has the colour of the water below the cliffs at Yesnaby on a still day.',
        ],
        ['a', 'Some ideas: 1) Yesnaby Still, 2) Haar Blue, 3) Skerry Glass, 4) North Sound.'],
        [
          'u',
          'I prefer the third. Skerry Glass has the right sound to it, and it will look well on the price labels.',
          'glaze_pick',
        ],
        ['a', 'Skerry Glass it is. It suits a celadon.'],
        ['u', 'My cat, Brodgar, has already given his approval by sleeping on the test tiles.', 'cat'],
        ['a', 'A reliable quality inspector. How old is he?'],
        [
          'u',
          'He is eleven, a large ginger animal who believes the studio belongs to him. He came from the shelter in Kirkwall as a kitten.',
        ],
        ['a', 'He sounds well settled.'],
        [
          'u',
          'He is. Could you also remind me how long a celadon test tile should cool before I open the kiln? I am always impatient.',
        ],
        [
          'a',
          'Generally wait until the kiln is below about 100°C, which for a small electric kiln is often 12 to 18 hours after firing ends. Opening early risks crazing or dunting.',
        ],
        [
          'u',
          'Then I shall wait until tomorrow morning, as I ought to. I must go and open up now; it is nearly ten.',
        ],
        ['a', 'Have a good day in the shop.'],
      ],
    },
    {
      start: '2024-09-17 20:30',
      lines: [
        [
          'u',
          'Good evening. I have just come back from a swim and my hands are still not quite working, so please forgive any errors.',
        ],
        ['a', 'Good evening. That sounds bracing. Where do you swim?'],
        [
          'u',
          'At Warebeth beach, just west of the town. I swim there most mornings from May to October, without a wetsuit. The water was about twelve degrees today.',
          'swim',
        ],
        ['a', 'That is brisk. Do you swim alone?'],
        [
          'u',
          'Usually with two friends, Morag and Liz. We call ourselves the Warebeth Selkies, which is rather grander than we deserve.',
        ],
        ['a', 'It is a fine name. Swimming in company is also much safer.'],
        [
          'u',
          'I wanted to ask: is there any sound evidence that cold water swimming reduces inflammation? My partner Magnus is sceptical.',
        ],
        [
          'a',
          'The evidence is limited. Small studies suggest effects on mood and perhaps on some inflammatory markers, but there are no large trials showing clear anti-inflammatory benefits.',
        ],
        [
          'u',
          'That is roughly what I suspected. Magnus is a creel fisherman, so he regards the sea as a place of work rather than of pleasure.',
          'magnus_job',
        ],
        ['a', 'That is understandable. What does he fish for?'],
        [
          'u',
          'He works out of Stromness on his boat, the Mara, mostly for brown crab and lobster, with some velvet crab when the prices are good.',
          'catch',
        ],
        ['a', 'That must mean plenty of fresh shellfish at home.'],
        [
          'u',
          'Indeed, perhaps too much. He has asked for a brown crab recipe that is not simply dressed crab again. Have you any suggestions?',
        ],
        [
          'a',
          'A few options: 1) crab linguine with chilli, garlic and lemon; 2) crab and sweetcorn chowder; 3) crab cakes with a caper mayonnaise.',
        ],
        ['u', 'The linguine, please. Magnus will pretend not to care for it and then eat two helpings.'],
        [
          'a',
          'Cook linguine; soften garlic and a chopped red chilli in olive oil; add brown and white crab meat, lemon zest and juice, a splash of pasta water, toss and finish with parsley.',
        ],
        ['u', 'Thank you. I shall buy the chilli tomorrow when I take the Volvo into Kirkwall.', 'car_old1'],
        ['a', 'Sounds like a plan. Is Kirkwall your usual shopping run?'],
        [
          'u',
          'Once a week. The Volvo is a 2009 V70 estate, and it smells permanently of clay and wet dog, although we have never owned a dog.',
          'car_old2',
        ],
        ['a', 'Estates do collect smells. Enjoy the linguine.'],
      ],
    },
    {
      start: '2024-10-02 10:00',
      lines: [
        [
          'u',
          'Good morning. I need to write to my clay supplier about a delayed delivery. Could you help me draft something firm but courteous?',
        ],
        ['a', 'Certainly. Who is the supplier and what was delayed?'],
        [
          'u',
          'I order my stoneware from Potclays in Stoke-on-Trent, usually half a tonne at a time. The last pallet was due on the twentieth of September and has not arrived.',
          'clay_old1',
        ],
        [
          'a',
          "Draft: 'Dear Potclays, I am writing regarding my order of 500kg of stoneware, due on 20 September, which has not yet arrived. I trust you can confirm a delivery date at your earliest convenience.'",
        ],
        [
          'u',
          "Please remove 'I trust'; it sounds sarcastic. And mention that I have a commission waiting for that clay.",
        ],
        [
          'a',
          "Revised: '…which has not yet arrived. I have a commission that depends on this clay, so I would be grateful if you could confirm a delivery date by return.'",
        ],
        [
          'u',
          'That is exactly right. The freight from Potclays up to Orkney is the real difficulty; it costs nearly as much as the clay itself.',
          'clay_old2',
        ],
        [
          'a',
          'Island freight is expensive. Some suppliers consolidate loads with hauliers already going north, which can help.',
        ],
        [
          'u',
          'I shall bear that in mind. On another matter, I am reconsidering my prices. My standard mugs sell for thirty-two pounds. Is that out of line for handmade stoneware?',
          'mug_retail',
        ],
        [
          'a',
          'It is within the usual range for a named maker in the UK, which is roughly £25 to £40 for a handmade mug.',
        ],
        ['u', 'Then I shall leave them as they are until the spring.'],
        ['a', 'That seems reasonable.'],
        [
          'u',
          'My mother turns seventy-nine next month. She lives in a care home in Kirkwall, St Rognvald House, and I should like to make her something small.',
          'mother',
        ],
        [
          'a',
          'How lovely. Some ideas: 1) a mug with her name, 2) a small bud vase, 3) a little planter for herbs.',
        ],
        ['u', 'The bud vase. She keeps her windowsill full of flowers that visitors bring.', 'vase_pick'],
        ['a', 'A bud vase in Skerry Glass would look lovely on a windowsill.'],
        ['u', 'I had the same thought. I shall throw it this afternoon.'],
        ['a', 'I hope it goes well.'],
      ],
    },
    {
      start: '2024-10-20 19:00',
      lines: [
        [
          'u',
          'Good evening. I have been accepted for the Christmas craft fair at Dovecot Studios in Edinburgh, from the eighth to the tenth of November.',
          'fair',
        ],
        ['a', 'Congratulations, that is a well-regarded fair.'],
        [
          'u',
          'Thank you. I must get myself and about forty kilograms of pottery there. What are my choices from Stromness?',
        ],
        [
          'a',
          'Options: 1) NorthLink ferry from Stromness to Scrabster, then drive south; 2) the overnight ferry from Kirkwall to Aberdeen, then drive; 3) fly from Kirkwall and send the stock by courier.',
        ],
        [
          'u',
          'The first. I shall take the Volvo on the Hamnavoe to Scrabster and drive down from there; it is about five hours from Thurso.',
          'route_pick',
        ],
        ['a', 'Sensible, and you keep the stock with you. Would you like a packing list?'],
        ['u', 'Yes, please. I always forget something important, such as the card reader.'],
        [
          'a',
          'Stock, price labels, card reader and charger, float, bags and tissue, display cloths, business cards, tape, scissors, snacks.',
        ],
        ['u', 'Add bubble wrap and the display plinths. Otherwise it is complete.'],
        ['a', 'Added. Will you be running the stand alone?'],
        [
          'u',
          'My sister Isla has offered to help on the Saturday. She works as a midwife at Raigmore Hospital in Inverness, and it happens to be her day off.',
          'sister',
        ],
        ['a', 'That is kind of her. Is she driving down?'],
        [
          'u',
          'She will drive down on the Friday evening. I have booked us a twin room at a guest house in Leith.',
        ],
        ['a', 'That should work well. Leith is an easy drive from Dovecot.'],
        ['u', 'Could you also suggest a sentence for the fair catalogue? Forty words at most.'],
        [
          'a',
          "'Euphemia makes wheel-thrown stoneware in Stromness, Orkney, glazed in colours drawn from the island's sea and sky. Her Skerry Glass celadon recalls still water beneath the Yesnaby cliffs.'",
        ],
        ['u', "Change 'island's' to 'islands'', as Orkney is plural. Otherwise I am content."],
        ['a', 'Changed. Good luck with the preparations.'],
      ],
    },
    {
      start: '2024-11-14 08:40',
      lines: [
        [
          'u',
          'Good morning. The Dovecot fair went well. I sold almost all of the Skerry Glass bowls and came home with a wholesale enquiry from a hotel in Kirkwall.',
          'fair_result',
        ],
        ['a', 'Wonderful news. Congratulations.'],
        [
          'u',
          'Less happily, I strained my right shoulder on Tuesday while wedging a large batch of clay. I can scarcely lift my arm above my head.',
          'shoulder',
        ],
        [
          'a',
          'I am sorry to hear it. Rest it, avoid heavy lifting, and it is worth seeing a GP or physiotherapist if it does not improve within a few days.',
        ],
        ['u', 'I have an appointment with a physiotherapist at the Balfour on Monday.'],
        ['a', 'Good. Until then, gentle movement within comfort and ice or heat as it helps.'],
        [
          'u',
          'In the meantime I must revise the door notice. From this week the shop will be open only Thursday to Saturday, ten until four, for the winter. The footfall simply does not justify the other days.',
          'days_new',
        ],
        ['a', "Draft: 'Winter hours: Thursday to Saturday, 10am to 4pm.'"],
        ['u', 'Good. Please add that I am glad to open by appointment on other days.'],
        ['a', "'Other days by appointment; please telephone or ask at the door.'"],
        [
          'u',
          'Magnus laughed at me for injuring myself with clay, when he hauls creels all day. I have not forgiven him.',
        ],
        ['a', 'Wedging is harder on the shoulders than people think.'],
        [
          'u',
          'Could you suggest some one-handed meals for this week? Magnus is out on the boat from dawn and I must fend for myself.',
        ],
        [
          'a',
          'Options: 1) a tray bake of sausages and vegetables, 2) baked potatoes with fillings, 3) a soup from pre-chopped vegetables, 4) an omelette.',
        ],
        ['u', 'The soup and the baked potatoes. Nothing that requires me to chop an onion.'],
        ['a', 'Frozen chopped onion will save you there. I hope the shoulder eases soon.'],
      ],
    },
    {
      start: '2024-12-05 18:10',
      lines: [
        [
          'u',
          'Good evening. The physiotherapist has diagnosed a rotator cuff strain. She has told me to do pendulum swings and resistance-band exercises twice a day, and not to wedge clay for a month.',
          'physio',
        ],
        ['a', 'That is a common and treatable injury. Are you managing the exercises?'],
        [
          'u',
          'Yes, though the band is an unflattering shade of green. Could you explain what the rotator cuff actually is? I should like to understand what I have done to myself.',
        ],
        [
          'a',
          'It is a group of four muscles and their tendons that hold the head of the upper arm bone in the shoulder socket and help rotate and lift the arm. Repetitive pushing, like wedging, can strain them.',
        ],
        ['u', 'Thank you; that is clearer than the leaflet.'],
        ['a', 'Glad it helps.'],
        [
          'u',
          "My mother's vase was a success, by the way. The staff at the home have put it in the day room so that everyone may admire it.",
        ],
        ['a', 'How lovely.'],
        [
          'u',
          'For Christmas, Isla is coming up with her two boys. We shall be seven at the table, including Magnus and his father.',
        ],
        ['a', 'A full table. Have you planned the meal?'],
        ['u', 'I am considering a goose rather than a turkey. Is one goose sufficient for seven?'],
        [
          'a',
          'One goose usually serves six at most, because of the large carcass. For seven, two smaller geese or a goose plus a ham would be safer.',
        ],
        [
          'u',
          'Then I shall order two from the butcher in Kirkwall. Magnus will supply lobster for the starter.',
        ],
        ['a', 'That sounds like a splendid Christmas.'],
        [
          'u',
          'One practical question. The shop is open Thursday to Saturday at present, so I could hold a late opening on the Friday before Christmas. Is that sensible?',
          'days_new2',
        ],
        ['a', 'Yes. A late Friday with mulled wine often draws locals buying last-minute gifts.'],
        ['u', 'Then I shall do it, from six until nine.'],
        ['a', 'I hope it goes well.'],
      ],
    },
    {
      start: '2025-01-13 09:30',
      lines: [
        [
          'u',
          'Good morning. I have taken on a part-time assistant. Freya started today; she is a recent graduate of the Glasgow School of Art and will work on Mondays and Tuesdays.',
          'freya',
        ],
        ['a', 'Congratulations on your first employee. What will she be doing?'],
        ['u', 'Her first task is preparing clay, which suits my shoulder very well.'],
        ['a', 'An excellent division of labour.'],
        [
          'u',
          'The hotel in Kirkwall, the Albert, has confirmed its order: forty mugs and forty side plates in Skerry Glass for the restaurant.',
          'hotel_qty',
        ],
        ['a', 'That is a substantial order. When do they need it?'],
        ['u', 'By the end of March. Is that realistic for one potter and a half?'],
        [
          'a',
          'Likely, if you throw in batches: mugs in January, plates in early February, then bisque, glaze, and glaze-fire by mid-March with a week spare.',
        ],
        ['u', 'That schedule is sensible. I shall pin it above the wheel.'],
        ['a', 'Good luck with it.'],
        [
          'u',
          'I have also decided to stop ordering from Potclays. From now on I shall buy my clay from Scarva; they send it with a haulier who already comes to Orkney, and the freight is a third of what I used to pay.',
          'clay_new',
        ],
        ['a', 'That is a real saving. Have you used their clays before?'],
        [
          'u',
          'Not yet. Their buff stoneware throws a little differently, so Freya and I shall make test pieces this week.',
        ],
        ['a', 'Sensible, particularly for the glaze fit with Skerry Glass.'],
        [
          'u',
          'Could you write a short welcome note for Freya setting out the studio rules? Chiefly that the kiln room is out of bounds during a firing, and that Brodgar the cat is not to be fed, whatever he claims.',
          'cat2',
        ],
        [
          'a',
          'Welcome, Freya. A few rules: 1) Never enter the kiln room while a firing is in progress. 2) Brodgar is not to be fed, however convincing his performance. 3) Wipe down the wheel and wedging bench at the end of each day.',
        ],
        ['u', 'Add a fourth: reclaim buckets must have lids on them. Then it is perfect.'],
        ['a', 'Added: 4) Always put the lids back on the reclaim buckets.'],
      ],
    },
    {
      start: '2025-02-10 14:00',
      lines: [
        [
          'u',
          'Good afternoon. I need to send the Albert an invoice for a deposit. I have agreed a wholesale price of twenty-two pounds per mug with them; the plates are a separate line.',
          'hotel_price',
        ],
        [
          'a',
          'Would you like a simple invoice template with line items, deposit percentage and payment terms?',
        ],
        ['u', 'Yes, please, with the deposit at thirty per cent and payment within fourteen days.'],
        [
          'a',
          'Template: Invoice no., date, client, line items (description, quantity, unit price, total), subtotal, deposit due (30%), balance due on delivery, payment within 14 days, bank details.',
        ],
        [
          'u',
          'Thank you. Now a less pleasant matter. The Volvo failed to start twice last week, and the garage in Stromness says the clutch is going and the repair would cost more than the car is worth.',
          'car_old4',
        ],
        ['a', 'I am sorry. What do you need from your next vehicle?'],
        ['u', 'Something that will carry boards of pots and bags of clay, and preferably cheaper to run.'],
        [
          'a',
          'Options: 1) a used small diesel van, such as a Citroen Berlingo; 2) a used electric van, such as a Nissan e-NV200; 3) another large estate car.',
        ],
        [
          'u',
          'The electric van interests me. There are chargers in Stromness and Kirkwall, and I rarely drive more than forty miles in a day.',
        ],
        [
          'a',
          'Then an electric van would suit you well. Check the battery health report before buying second-hand.',
        ],
        [
          'u',
          "Freya's test pieces in the Scarva clay have come out of the bisque very well, with no cracking at all.",
          'clay_new2',
        ],
        ['a', 'Excellent. Have you tried the glaze on it yet?'],
        [
          'u',
          'Next week. The shop remains on Thursday to Saturday; trade in February is mostly locals buying birthday presents.',
          'days_new3',
        ],
        ['a', 'Quiet months are useful for making stock.'],
        [
          'u',
          'Magnus has been stormbound for nine days. He is mending creels in the shed and growing restless.',
        ],
        ['a', 'February gales are hard on fishermen. I hope the weather settles soon.'],
        ['u', 'So do I, for the sake of my peace.'],
        ['a', 'Perhaps he could help with the van search.'],
      ],
    },
    {
      start: '2025-03-08 11:00',
      lines: [
        [
          'u',
          'Good morning. I have bought the van: a white 2019 Nissan e-NV200, from a dealer in Inverness. It came over on the ferry on Thursday.',
          'car_new',
        ],
        ['a', 'Congratulations. How does it drive?'],
        [
          'u',
          'Quietly, which unsettles me after fifteen years of the old car. The Volvo has gone to a young man in Dounby who wants it for parts.',
        ],
        ['a', 'A good home for it. What range does the van have?'],
        ['u', 'About a hundred and twenty miles in summer, less in winter, which is ample for Orkney.'],
        ['a', 'That is more than enough for island driving.'],
        [
          'u',
          'Now, a larger plan. I should like to visit Mashiko in Japan in May, for the pottery festival during Golden Week. I have wanted to go for twenty years.',
          'japan_plan',
        ],
        ['a', 'That would be a wonderful trip. Mashiko is a centre of folk pottery.'],
        ['u', 'Could you outline a rough itinerary of ten days? Tokyo, Mashiko, and perhaps Kyoto.'],
        [
          'a',
          'Days 1 to 3 Tokyo (Mingeikan folk craft museum), days 4 to 5 Mashiko for the festival, days 6 to 9 Kyoto (Kawai Kanjiro house, Gojozaka), day 10 back to Tokyo and fly home.',
        ],
        [
          'u',
          'That is very helpful. I would rather spend three nights in Mashiko than two, and cut a day from Tokyo.',
        ],
        ['a', 'Adjusted: two days Tokyo, three nights Mashiko, four days Kyoto, last day in Tokyo.'],
        ['u', 'Magnus will not come. May is his busiest month for lobster.'],
        ['a', 'Understandable. Would you travel alone?'],
        ['u', 'Alone, I think. The hotel order is progressing, by the way: twenty of the mugs are glazed.'],
        ['a', 'Good progress.'],
        ['u', 'I must go. Freya is waiting to unload the kiln.'],
        ['a', 'Enjoy the unloading.'],
      ],
    },
    {
      start: '2025-04-02 07:50',
      lines: [
        [
          'u',
          'Good morning. I have been back in the sea at Warebeth since last week, for the first time since October. Nine degrees, and glorious.',
          'swim2',
        ],
        ['a', 'Good morning. Nine degrees is bracing; keep the swims short at that temperature.'],
        [
          'u',
          'My shoulder is much improved. I can manage a proper front crawl again, although I stop after ten minutes.',
        ],
        ['a', 'That is encouraging progress.'],
        ['u', 'Freya now does all of the wedging, which the physiotherapist would approve of.'],
        ['a', 'A sensible arrangement.'],
        [
          'u',
          'The van has been a revelation. I charge it at home overnight, and the round trip to Kirkwall costs me perhaps three pounds.',
          'car_new2',
        ],
        ['a', 'That is a considerable saving over the old car.'],
        [
          'u',
          "Could you draft a short Instagram post announcing that the Albert's tableware is finished? I delivered it yesterday, a week early.",
        ],
        [
          'a',
          "'Delighted to share that 40 mugs and 40 plates in Skerry Glass are now at home in the restaurant at the Albert in Kirkwall!! Huge thanks to Freya and the team!'",
        ],
        ['u', 'Rather less exclamatory, please. One exclamation mark at most.'],
        [
          'a',
          "'The Skerry Glass tableware for the Albert in Kirkwall is finished and delivered. Thank you to Freya, and to the Albert for their trust. Do visit and see it in use!'",
        ],
        ['u', 'That is right. I shall post it with the photograph of the stacked plates.'],
        ['a', 'That will look good.'],
        [
          'u',
          'Isla tells me her elder boy, Callum, would like to come for a week in the summer to learn to throw. He is fourteen.',
        ],
        ['a', 'What a good idea. Teenagers often take to the wheel quickly.'],
        ['u', 'We shall see. He is very like his mother, impatient and determined.'],
        ['a', 'Both useful qualities at the wheel.'],
      ],
    },
    {
      start: '2025-05-06 19:30',
      lines: [
        [
          'u',
          'Good evening. I have had to postpone Japan. The flights were far more than I had budgeted, and I could not leave the studio in May with all the summer stock to make. I now intend to go in October instead.',
          'japan_change',
        ],
        ['a', 'I am sorry. October is a lovely time in Japan, though.'],
        ['u', 'Mashiko holds an autumn fair as well, so it is not a complete loss.'],
        ['a', 'Exactly, and the weather will be cooler.'],
        [
          'u',
          'I have also decided that the shop will stay on Thursday to Saturday through the summer rather than returning to five days. Freya will mind it on the Saturdays in July so that I can throw.',
          'days_new4',
        ],
        ['a', 'That gives you more studio time. Would you like a sign for visitors?'],
        [
          'u',
          'Yes. Something for the cruise ship passengers, who arrive on Wednesdays and will be disappointed to find the door locked.',
        ],
        [
          'a',
          "'Open Thursday to Saturday, 10am to 4pm. On other days I am at work in the studio; please telephone to arrange a visit.'",
        ],
        ['u', 'Add the telephone number for appointments: 01856 850 412.'],
        ['a', 'Added.'],
        ['u', 'Magnus has bought a second-hand creel hauler. He is as pleased as a small child.'],
        ['a', 'It should make his days a good deal easier.'],
        [
          'u',
          'Brodgar caught a mouse in the kiln room this morning and presented it to Freya. She screamed.',
        ],
        ['a', 'A generous gift, from his point of view.'],
        ['u', 'She has now forgiven him, although she locks the kiln room door.'],
        ['a', 'Wise.'],
        ['u', 'I shall say goodnight. Thank you for your help.'],
        ['a', 'Goodnight.'],
      ],
    },
    {
      start: '2025-06-10 20:00',
      lines: [
        [
          'u',
          'Good evening. It is nearly Stromness Shopping Week, and I shall have a stall outside the shop.',
        ],
        ['a', 'That sounds lively. How will you set up?'],
        [
          'u',
          'I shall take the stock down in the Nissan in two trips, because the plinths take up most of the load space.',
          'car_new3',
        ],
        ['a', 'Two trips is wise; pots travel better when not stacked too high.'],
        [
          'u',
          'Callum arrives on the first of July. I must think of a project for a fourteen-year-old that is not merely a wonky bowl.',
        ],
        [
          'a',
          'Options: 1) a set of mugs for his family, 2) a slab-built box with a lid, 3) a tile with a sea motif.',
        ],
        ['u', 'The set of mugs for his family. He can give them to Isla on her birthday in August.'],
        ['a', 'A lovely project with a purpose.'],
        ['u', 'My mother has been unwell with a chest infection. The home says she is comfortable.'],
        ['a', 'I am sorry. I hope she recovers soon.'],
        [
          'u',
          'Thank you. I swam this morning with Morag, and the water had reached twelve degrees. There were seals watching us.',
        ],
        ['a', 'That sounds idyllic.'],
        [
          'u',
          'The Scarva clay has now been through three full firings without a single failure. I am glad I changed suppliers.',
          'clay_new3',
        ],
        ['a', 'That is a good result.'],
        ['u', 'I think that is everything for tonight. Thank you for your help over these months.'],
        ['a', 'You are very welcome. Good luck with Shopping Week.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What did I end up naming my new blue glaze?', ['glaze_pick']],
    ['single-hop', 'What does my partner mostly catch out at sea?', ['catch']],
    ['single-hop', 'What exercises was I given for my injured shoulder?', ['physio']],
    ['single-hop', 'How did I decide to get myself and my stock down to the Edinburgh fair?', ['route_pick']],
    ['single-hop', "What's the name of my cat?", ['cat', 'cat2']],
    ['multi-hop', "How much will the hotel's mugs come to in total?", ['hotel_qty', 'hotel_price']],
    ['multi-hop', 'Where do my mother and my sister each live?', ['mother', 'sister']],
    [
      'temporal',
      'How long has my assistant been working with me?',
      ['freya'],
      { askedAt: '2025-06-20 10:00' },
    ],
    [
      'temporal',
      'Which came first: the Edinburgh craft fair or hurting my shoulder?',
      ['fair', 'shoulder'],
      { askedAt: '2025-06-20 10:05' },
    ],
    [
      'updated',
      'Which days of the week is my shop open at the moment?',
      ['days_new', 'days_new2', 'days_new3', 'days_new4'],
      { stale: ['days_old1'] },
    ],
    [
      'updated',
      'Where do I get my clay from these days?',
      ['clay_new', 'clay_new2', 'clay_new3'],
      { stale: ['clay_old1', 'clay_old2'] },
    ],
    [
      'updated',
      'What am I driving now?',
      ['car_new', 'car_new2', 'car_new3'],
      { stale: ['car_old1', 'car_old2', 'route_pick', 'car_old4'] },
    ],
    ['off-topic', 'How long should a glazed ham rest after it comes out of the oven?', []],
    ['off-topic', 'Who painted The Night Watch?', []],
    ['off-topic', 'How many players are on a rugby union team?', []],
  ],
});

import { definePersona } from '../author.ts';

export const delia = definePersona({
  user_id: 'h14-delia',
  name: 'Delia',
  summary:
    'Delia is a 45-year-old Irish-Italian family-law solicitor in Cork with two teenagers and a husband who teaches, a year-round sea swimmer; she writes in a precise, formal register with the odd Italian word.',
  language: 'en',
  sessions: [
    {
      start: '2024-01-08 07:45',
      lines: [
        [
          'u',
          'Good morning. I have just come out of the water at Myrtleville and my hands are still rather numb, so you must forgive any typos.',
          'swimMyrtle1',
        ],
        ['a', 'Good morning! That sounds bracing. How cold was it today?'],
        [
          'u',
          'The buoy reading said 9.2 degrees. Our little group goes in at seven every morning, rain or shine, and nobody wears a wetsuit.',
        ],
        ['a', 'Impressive. Do you wear anything at all to protect your hands and feet?'],
        [
          'u',
          'Neoprene gloves and socks from November to April, and a bright orange tow float. I have been doing this for nearly four years, since the first lockdown more or less.',
        ],
        ['a', 'Four winters is a real commitment. Your body will have adapted a fair bit by now.'],
        [
          'u',
          'Could you explain the difference between cold water shock and hypothermia? My sister-in-law insists on conflating the two at Sunday lunch.',
        ],
        [
          'a',
          "Cold water shock is the body's immediate reaction in the first minute or two: a gasp reflex, rapid breathing, a spike in heart rate and blood pressure. Hypothermia is a gradual fall in core temperature, usually taking 30 minutes or more. Shock is the more immediate danger for swimmers; hypothermia is the slower one.",
        ],
        ['u', 'That is admirably clear, thank you. I shall forward a sanitised version to her.'],
        ['a', 'Happy to help settle the family debate.'],
        [
          'u',
          'On an entirely different note, the Skoda is making a grinding noise when I brake. It is a 2015 Octavia diesel with 210,000 km on the clock, so perhaps that is only to be expected.',
          'carSkoda1',
        ],
        [
          'a',
          'A grinding noise usually means the pads are worn down to the backing plate, which can damage the discs. I would get it looked at this week rather than later.',
        ],
        ['u', 'I shall book it into the garage in Douglas. We live five minutes from it, which is a mercy.'],
        ['a', 'Very convenient. Hopefully it is just pads and not discs as well.'],
        [
          'u',
          'Right, I must get the children up. Chiara is sixteen and would sleep until noon if permitted; Luca, at thirteen, is marginally easier.',
        ],
        ['a', 'Good luck with the wake-up call!'],
        ['u', 'Thank you. Buona giornata.'],
        ['a', 'Buona giornata to you too.'],
      ],
    },
    {
      start: '2024-01-22 20:30',
      lines: [
        [
          'u',
          'Good evening. I would be grateful for some help tightening the wording of a letter to a client.',
        ],
        ['a', "Of course. What's the context?"],
        [
          'u',
          "She wishes to vary an access arrangement. I need to explain, kindly but firmly, that the court is unlikely to reduce the father's overnight access simply because he has a new partner.",
        ],
        [
          'a',
          "Here's a draft: 'I understand how difficult this change has been for you. However, I must be candid: the court's focus is on the children's welfare, and a new partner in the father's life is not, of itself, a reason to reduce his overnight time. Unless there is evidence that the arrangement is harming the children, an application is unlikely to succeed.'",
        ],
        [
          'u',
          'That is a little too soft in the second sentence. She needs to understand that the welfare of the child is the paramount consideration, not her feelings about the new partner.',
        ],
        [
          'a',
          "Revised: 'However, I must be candid: the children's welfare is the paramount consideration for the court, and your feelings about the father's new partner, however understandable, will not carry weight unless the children are affected.'",
        ],
        [
          'u',
          "Much better. I will put that on Hegarty O'Leary letterhead tomorrow morning. I have been with the firm eleven years now, as senior associate on the family law team.",
          'firmHegarty1',
        ],
        [
          'a',
          'Eleven years is a long stretch. You must know the courts and the other practitioners very well by now.',
        ],
        ['u', "Some days I feel I can read a judge's mood by the way she clears her throat."],
        ['a', 'That kind of instinct only comes with years of practice.'],
        [
          'u',
          'Ronan says I bring the work home too much. In fairness, he teaches geography at a secondary school in Carrigaline, so he has his own mountain of copies to correct.',
          'husbandJob',
        ],
        ['a', 'Two people with homework of their own, then!'],
        [
          'u',
          'We have an agreement: no files on the kitchen table after nine. I am, as you can see, in breach of it.',
        ],
        ['a', 'Technically this is a laptop, not a file. I would argue mitigating circumstances.'],
        [
          'u',
          'Spoken like a barrister. One more thing: did the 2015 Act strengthen the requirement to hear the voice of the child? I want to check my recollection before a consultation.',
        ],
        [
          'a',
          "Yes. The Children and Family Relationships Act 2015 set out best-interests factors and strengthened the requirement to ascertain and give weight to the child's views where the child is capable of forming them. Do check the current consolidated text before relying on the detail.",
        ],
        ['u', 'Good, that is consistent with my note. Goodnight.'],
        ['a', 'Goodnight, Delia.'],
      ],
    },
    {
      start: '2024-02-10 10:00',
      lines: [
        [
          'u',
          'We have finally committed to redoing the kitchen. The current one dates from when we bought the house in 2009, and the laminate worktop is lifting at every seam.',
        ],
        ['a', "Exciting! What's the plan so far?"],
        [
          'u',
          'A carpenter from Ballincollig called Finbarr is building the units. I need to decide on the worktop. Could you set out the main options, with pros and cons?',
        ],
        [
          'a',
          '1. Quartz: very durable, non-porous, low maintenance, mid-to-high price. 2. Solid oak: warm and beautiful, but needs regular oiling and marks with water and heat. 3. Granite: natural stone, heat resistant, but needs periodic sealing and is very heavy.',
        ],
        [
          'u',
          'Oak would be beautiful, but I know my household. Luca would leave a wet glass on it within the hour.',
        ],
        ['a', 'A fair assessment. Oak does not forgive teenagers.'],
        [
          'u',
          "I shall go with the first, then: quartz. Finbarr's supplier has quoted €3,200 for a white quartz with a faint grey vein, fitting included.",
          'worktop',
        ],
        ['a', 'Good choice. White quartz with a soft vein is timeless and very practical.'],
        [
          'u',
          'The cooker is not decided. My mother, who is from Bari and has opinions on everything culinary, insists on gas. She says one cannot make a proper ragù on induction.',
        ],
        [
          'a',
          "A classic position! Modern induction is very controllable, but it's hard to argue with an Italian mother.",
        ],
        [
          'u',
          "She has lived in Cork for nearly fifty years and still describes Irish tomatoes as 'water with a skin'.",
        ],
        ['a', 'Ha. She may have a point in February.'],
        [
          'u',
          'Could you give me a rough timeline for a kitchen refit, so I can warn the family? I suspect we shall be living on takeaway.',
        ],
        [
          'a',
          'Typically: strip-out one to two days, electrics and plumbing first fix about a week, units two weeks, worktop templating and fitting one to two weeks after that, then finishing. Allow four to six weeks overall.',
        ],
        [
          'u',
          'Six weeks of takeaway. Ronan will be delighted, Chiara will lament the lack of vegetables, and Bosco, our chocolate Labrador, will hoover up whatever falls on the floor.',
          'dog',
        ],
        ['a', 'Bosco sounds like the only one who benefits unreservedly.'],
        ['u', 'He invariably does. Thank you, that is a useful outline.'],
        ['a', 'Best of luck with the project.'],
      ],
    },
    {
      start: '2024-03-02 19:15',
      lines: [
        [
          'u',
          "I need a short, polite email declining a dinner invitation from a colleague's wife for Friday the 15th. I genuinely have a prior commitment.",
        ],
        [
          'a',
          "Here's a draft: 'Dear Maura, thank you so much for the kind invitation. Unfortunately I have a prior commitment that evening, but I hope we can find another date soon. Warm regards, Delia.'",
        ],
        [
          'u',
          'Perfect, though I should probably say what the commitment is so it does not read as an excuse. It is my book club, which meets on the third Friday of each month at a friend’s house in Blackrock.',
        ],
        [
          'a',
          "Revised: '…Unfortunately that is my book club evening, a long-standing monthly fixture, but I would love to find another date soon…'",
        ],
        [
          'u',
          "Thank you. This month we are reading 'The Bee Sting' by Paul Murray. I am about two-thirds through and finding it bleak but terribly clever.",
        ],
        ['a', 'It has a very ambitious structure. How are you finding the different voices?'],
        ['u', 'No spoilers, please. Siobhán, who hosts, has already hinted darkly about the ending.'],
        ['a', 'My lips are sealed.'],
        [
          'u',
          'Siobhán is also my swimming companion, so I hear a great deal from her between seven and twenty past each morning at Myrtleville.',
          'swimMyrtle2',
        ],
        ['a', 'A book club and a swim club in one friend!'],
        [
          'u',
          'Incidentally, my left shoulder has been very stiff since Christmas. The GP believes it is the early, freezing stage of a frozen shoulder, and I have started physio on Thursday lunchtimes on the Douglas Road.',
          'shoulder',
        ],
        [
          'a',
          'Frozen shoulder can be slow, but gentle mobility work usually helps. Keep the exercises little and often and avoid forcing painful ranges.',
        ],
        [
          'u',
          'The physio says the cold water will do no harm, provided I do not overreach with front crawl. I have switched mostly to breaststroke.',
        ],
        ['a', 'Sensible. Breaststroke puts far less strain on the shoulder at full reach.'],
        ['u', 'It is humbling. Luca overtook me last weekend and was insufferable about it.'],
        ['a', 'A rite of passage for any parent, I suspect.'],
        ['u', 'Quite. Right, back to the novel.'],
        ['a', 'Enjoy it!'],
      ],
    },
    {
      start: '2024-03-24 16:00',
      lines: [
        [
          'u',
          "We plan to visit my mother's family in Bari in late July: two adults, two teenagers, about ten days. Could you lay out the realistic ways of getting there from Cork?",
        ],
        [
          'a',
          'Option A: Cork to London Stansted, then Ryanair to Bari — cheap but a connection. Option B: drive to Dublin and take the seasonal direct flight to Bari — simplest on the day. Option C: fly Cork to Rome, then the high-speed train to Bari, roughly four hours.',
        ],
        [
          'u',
          'The train would be romantic, but with two teenagers and a mountain of luggage it would end in tears, mostly mine.',
        ],
        ['a', 'That is a real consideration in July heat.'],
        [
          'u',
          'Option B, I think. Driving to Dublin is a nuisance, but a direct flight is worth it.',
          'flightPick',
        ],
        ['a', "Sensible. It's worth booking early; seasonal routes fill up in summer."],
        [
          'u',
          'We shall stay with my cousin Teresa for the first few days. She has a flat in Poggiofranco and three small children, so it will be lively.',
          'cousinTeresa',
        ],
        ['a', 'That sounds lovely. Will you stay in the city the whole time?'],
        [
          'u',
          'After that we may rent a trullo near Alberobello for four or five nights. What should I look for in a listing?',
        ],
        [
          'a',
          'Check the number of real bedrooms (some trulli use curtained alcoves), air conditioning, a pool or shade, parking, and how far it is from the nearest town on foot.',
        ],
        ['u', 'Air conditioning is non-negotiable. Ronan wilts above twenty-five degrees.'],
        ['a', 'Then filter for it first!'],
        [
          'u',
          "Also, could you remind me whether an Irish passport needs a minimum validity for travel to Italy? Luca's expires in November.",
        ],
        [
          'a',
          'As an EU citizen travelling within the EU, he only needs a passport valid for the duration of the trip, but airlines can be strict, so do check with your carrier.',
        ],
        ['u', 'I shall renew it regardless. I do not trust myself to remember in November.'],
        ['a', 'Wise. Renewals can be done online.'],
        ['u', "Grazie. That's a weight off my mind."],
        ['a', 'Prego!'],
      ],
    },
    {
      start: '2024-04-15 21:00',
      lines: [
        [
          'u',
          'Well. The Skoda has failed its NCT. The garage says the rear subframe is corroded and the repair would cost more than the car is worth.',
          'carSkoda2',
        ],
        ['a', "I'm sorry. That's frustrating. Are you thinking of replacing it?"],
        [
          'u',
          'I have been contemplating an electric car for some time. I drive about sixty kilometres a day between home, the office and the beach, so range is no concern.',
        ],
        ['a', 'That daily mileage is ideal for an EV, especially with home charging.'],
        [
          'u',
          'Could you compare the Hyundai Ioniq 5, the Kia EV6 and the Skoda Enyaq for a family of four with a large dog?',
        ],
        [
          'a',
          'The Ioniq 5 has a flat floor, a sliding rear bench and a very roomy cabin. The EV6 is sportier but has a lower roof and a smaller boot. The Enyaq has the largest boot of the three and is very practical, if less distinctive.',
        ],
        [
          'u',
          'The boot of the Enyaq is tempting, but I test-drove the Ioniq 5 on Saturday and it was extraordinarily comfortable.',
        ],
        ['a', 'Comfort matters for daily driving. How did the boot look for Bosco?'],
        [
          'u',
          'Adequate. Decision made: I signed for a grey Ioniq 5 this afternoon at the dealer in Little Island, and I collect it on Friday.',
          'carIoniq1',
        ],
        ['a', 'Congratulations! You will love the quietness.'],
        ['u', 'We shall need a home charger. There is still an SEAI grant for that, I believe?'],
        [
          'a',
          'Yes, the SEAI has offered a grant towards home charger installation. Check the current amount and eligibility on their website before you book an electrician.',
        ],
        ['u', "Good. Ronan has already christened the car 'the spaceship', which Chiara finds mortifying."],
        ['a', 'Teenage mortification is part of the purchase price.'],
        [
          'u',
          'Bosco will need to be persuaded to jump into an unfamiliar boot. He is rather precious about change.',
        ],
        ['a', 'A few treats in the boot on the first day should help.'],
        ['u', 'Goodnight, and thank you.'],
        ['a', 'Goodnight!'],
      ],
    },
    {
      start: '2024-05-06 08:10',
      lines: [
        [
          'u',
          'Good morning. A change of scene: Siobhán and I have abandoned Myrtleville and now swim at Fountainstown. The parking at Myrtleville became impossible once the new yellow lines went in.',
          'swimFount1',
        ],
        ['a', 'Good morning! How does the new spot compare?'],
        [
          'u',
          'It is shallower and sandier, so it takes longer to get deep enough to swim, but the slipway is much kinder to my shoulder.',
        ],
        ['a', 'That sounds like a good trade-off while the shoulder recovers.'],
        ['u', 'The water was 11.5 degrees this morning. Practically tropical.'],
        ['a', 'Summer is on its way!'],
        [
          'u',
          'Meanwhile, Finbarr began ripping out the old kitchen at eight o’clock today. I fled to the sea.',
          'kitchenStart',
        ],
        ['a', 'Very wise. Demolition day is best avoided.'],
        [
          'u',
          'We also settled the cooker question. Mamma lost the argument: we have ordered an induction range cooker from a shop in Mahon, €1,450 delivered.',
          'cooker',
        ],
        ['a', "Good. You'll get precise heat control, and it'll be easier to clean with the quartz."],
        [
          'u',
          'Could you suggest three or four dinners I could manage for the next month with only a microwave, a kettle and a two-ring portable induction hob?',
        ],
        [
          'a',
          '1. One-pot chorizo and bean stew. 2. Red lentil dal with microwave rice. 3. A simple mushroom risotto on one ring. 4. Pasta with pesto, cherry tomatoes and rocket.',
        ],
        ['u', 'The risotto is ambitious, but I like it. Luca will eat anything with chorizo in it.'],
        ['a', 'The stew can be made with or without the chorizo, so it works for everyone.'],
        [
          'u',
          'Good, because Chiara has announced that she is vegetarian as of Monday, so I shall need to adapt.',
        ],
        ['a', 'The dal, the risotto and the pasta already suit her.'],
        ['u', 'Thank you. I will start with the lentil dish.'],
        ['a', 'Enjoy, and good luck with the building work!'],
      ],
    },
    {
      start: '2024-06-03 20:00',
      lines: [
        ['u', 'I would like to think something through with you, if you would indulge me.'],
        ['a', 'Of course. What is on your mind?'],
        [
          'u',
          'I have been offered a partnership at Corcoran Walsh, a smaller firm on the South Mall. They want to build up a family law practice and would put me in charge of it.',
        ],
        ['a', 'Congratulations! That is a big vote of confidence. What are you weighing up?'],
        [
          'u',
          'The salary is similar to begin with, but there is equity and, crucially, I would set my own hours. The downside is leaving a team at Hegarty O’Leary I have worked alongside for over a decade.',
          'firmHegarty2',
        ],
        [
          'a',
          'Questions worth asking: how secure is their pipeline of work, what support staff would you have, what is the buy-in for the equity, and how would you feel in five years if you stayed where you are?',
        ],
        [
          'u',
          'My current firm has made a counter-offer, but it is essentially more money to keep doing exactly the same thing.',
          'firmHegarty3',
        ],
        [
          'a',
          'That often tells you something: if the counter-offer does not address why you were tempted, the reasons remain.',
        ],
        [
          'u',
          'I have spoken to Ronan and slept on it twice. I am accepting the partnership at Corcoran Walsh. My last day at my old firm will be the 31st of July, and I start on the 2nd of September after the holiday.',
          'firmCorcoran1',
        ],
        ['a', 'Congratulations, Delia! That is a well-considered move.'],
        [
          'u',
          'Could you help me draft a short, gracious resignation letter to the managing partner, Declan?',
        ],
        [
          'a',
          "Draft: 'Dear Declan, after much reflection I have decided to accept an offer of partnership elsewhere, and I write to give notice of my resignation, with my final day being 31 July. I am deeply grateful for the opportunities, trust and friendship I have enjoyed over the past eleven years…'",
        ],
        [
          'u',
          'That is lovely. Perhaps add a line thanking him for supporting my part-time return after Luca was born.',
        ],
        [
          'a',
          "Added: 'I remain particularly grateful for your support when I returned to work part-time after Luca was born; it made a great difference to our family.'",
        ],
        ['u', 'Perfect. I feel slightly sick, but in a good way.'],
        ['a', "That is the feeling of a good decision that's also a big one."],
        [
          'u',
          'I shall tell Siobhán on our swim tomorrow. Fountainstown at seven; she will be the first to know outside the family.',
          'swimFount2',
        ],
        ['a', 'She will be thrilled for you.'],
        ['u', 'Goodnight.'],
        ['a', 'Goodnight, and congratulations again.'],
      ],
    },
    {
      start: '2024-07-14 18:00',
      lines: [
        [
          'u',
          'I completed the Lee Swim yesterday! Two kilometres down the river through the middle of the city.',
          'leeSwim',
        ],
        ['a', 'Congratulations! How did it go?'],
        [
          'u',
          'One hour and four minutes. Not fast, but I did it entirely in breaststroke with a temperamental shoulder, so I am quietly proud.',
        ],
        ['a', 'You should be. That is a real achievement.'],
        [
          'u',
          'The river was warmer than the sea but considerably murkier. I would rather not think about what I swallowed.',
        ],
        ['a', 'Perhaps best not to dwell on it!'],
        [
          'u',
          'We did all our training off the beach at Fountainstown, so the river current came as a surprise.',
          'swimFount3',
        ],
        ['a', 'River currents are very different from open-sea swimming. Well done for adapting.'],
        ['u', 'Could you suggest a celebratory dinner for six? Remember that Chiara is vegetarian now.'],
        [
          'a',
          '1. Aubergine parmigiana with a green salad. 2. Wild mushroom and leek pie. 3. Stuffed peppers with feta and herbs. Each can be made ahead.',
        ],
        ['u', 'The parmigiana, please. My mother will inspect it like a customs officer.'],
        ['a', 'Fry the aubergine properly and use good mozzarella and she will have nothing to declare.'],
        [
          'u',
          'The new kitchen is finally finished, by the way, and the quartz looks wonderful. Finbarr did a superb job.',
        ],
        ['a', 'How satisfying after all those weeks!'],
        ['u', 'Now I must pack for Bari. We fly out of Dublin on the 24th.'],
        ['a', 'Would a packing list help?'],
        ['u', 'Yes, please. Four people, ten days, hot weather.'],
        [
          'a',
          'Light cotton clothes, swimwear, sun hats, high-factor sunscreen, adaptors, medication, a small first-aid kit, copies of passports, chargers, and something smart for a family dinner.',
        ],
        ['u', 'Thank you. Factor fifty, noted.'],
        ['a', 'Buon viaggio!'],
      ],
    },
    {
      start: '2024-08-05 22:00',
      lines: [
        ['u', 'We are home from Puglia, sunburnt and about two kilos heavier each.'],
        ['a', 'Welcome back! It sounds like a proper holiday.'],
        [
          'u',
          "My aunt Nunzia, my mother's younger sister, cooked for us nearly every night. She is eighty-one and still makes orecchiette by hand on a wooden board.",
          'auntNunzia',
        ],
        ['a', 'What a wonderful thing to witness.'],
        ['u', 'I attempted to learn. Mine looked like small ears that had been in a fight.'],
        ['a', 'It takes years of practice. Hers probably looked the same once.'],
        [
          'u',
          'Could you write down the basic method for orecchiette con cime di rapa so I can try again in the new kitchen?',
        ],
        [
          'a',
          'Boil the cime di rapa in salted water, add the orecchiette to the same pot. Meanwhile warm olive oil with garlic, chilli and a few anchovies until they melt. Drain the pasta and greens, toss in the pan, and finish with toasted breadcrumbs.',
        ],
        ['u', 'Cime di rapa will be hard to find in Cork. Would tenderstem broccoli do?'],
        ['a', 'Yes, tenderstem or a mix with some rocket for bitterness is a good substitute.'],
        [
          'u',
          "Good. Teresa's children taught Luca some terrible Barese swear words, which he is now deploying at the dinner table.",
        ],
        ['a', 'A cultural exchange of sorts!'],
        [
          'u',
          'The drive back from Dublin airport was painless in the Ioniq. We stopped once at a charger near Cashel and had coffee while it charged.',
          'carIoniq2',
        ],
        ['a', 'That is the ideal EV road trip rhythm.'],
        [
          'u',
          'I start at Corcoran Walsh in four weeks. I have not looked at a file in a fortnight and am enjoying it far too much.',
          'firmCorcoran2',
        ],
        ['a', 'You have earned the break before the new role.'],
        ['u', 'Bosco forgave us for the kennels within the hour, which is more than I expected.'],
        ['a', 'Labradors are not ones for holding grudges.'],
        ['u', 'Buonanotte.'],
        ['a', 'Buonanotte!'],
      ],
    },
    {
      start: '2024-09-09 19:30',
      lines: [
        [
          'u',
          'One week in at Corcoran Walsh. The office is smaller and the coffee considerably worse, but I love it.',
          'firmCorcoran3',
        ],
        ['a', 'That is great to hear! How is the new team?'],
        [
          'u',
          'Two clients have already followed me over from my previous firm, which was a lovely vote of confidence. Is there anything I should be mindful of professionally in that situation?',
        ],
        [
          'a',
          'The key points are that the choice must be the client’s own, files should be transferred on the client’s signed authority, any outstanding fees with the old firm should be dealt with properly, and you should not use confidential firm information to solicit clients.',
        ],
        ['u', 'Yes, the files are being transferred properly with signed authorities. All above board.'],
        ['a', 'Then you are in good shape.'],
        [
          'u',
          'I also need to recruit a trainee. Could you draft a short advertisement for a trainee solicitor with an interest in family law?',
        ],
        [
          'a',
          "Draft: 'Corcoran Walsh, South Mall, Cork, seeks a trainee solicitor to join its growing family law practice. You will work closely with a partner on separation, divorce, guardianship and access matters. We value empathy, precision and discretion. Apply with CV and cover letter.'",
        ],
        [
          'u',
          'Please add that we offer one day a week of hybrid working and a contribution towards Law Society fees.',
        ],
        [
          'a',
          "Added: 'We offer one day per week of hybrid working and a contribution towards Law Society course fees.'",
        ],
        [
          'u',
          'Chiara has started sixth year. The Leaving Cert is next June and the atmosphere at home is already tense.',
        ],
        ['a', 'It is a big year. Routine and sleep make more difference than most people think.'],
        [
          'u',
          'She wants to study veterinary medicine at UCD, which requires frighteningly high points.',
          'chiaraVet',
        ],
        ['a', 'It is one of the most competitive courses, but a clear goal can be very motivating.'],
        [
          'u',
          'Luca, meanwhile, has joined a rowing club on the Lee. He is up at six on Saturdays, which I rather admire.',
          'lucaRowing',
        ],
        ['a', 'Rowing is great discipline, and a good match for a family of water people.'],
        ['u', 'Thank you. Time for bed; early swim tomorrow.'],
        ['a', 'Goodnight!'],
      ],
    },
    {
      start: '2024-10-20 12:00',
      lines: [
        ['u', 'Good afternoon. It is Sunday and, for once, nobody needs anything from me.'],
        ['a', 'A rare luxury! How are you spending it?'],
        [
          'u',
          "This morning's swim at Fountainstown was glorious: flat calm, thirteen degrees, and a seal watching us from the rocks.",
          'swimFount4',
        ],
        ['a', 'That sounds magical.'],
        [
          'u',
          'Chiara turned seventeen on Thursday. We took her to a vegetarian restaurant in town and she was almost civil to us.',
        ],
        ['a', 'Happy birthday to her! Almost civil is high praise at seventeen.'],
        ['u', "My book club has chosen 'Prophet Song' for November. I am told it is harrowing."],
        ['a', 'It is intense, but many readers find it unforgettable.'],
        [
          'u',
          'Could you help me think about pension provision now that I am a partner? I no longer have an employer scheme to rely on.',
        ],
        [
          'a',
          'As a self-employed partner you could look at a personal pension or a PRSA. Contributions get tax relief up to age-related limits, and you can often backdate contributions to the previous tax year if paid before the return deadline.',
        ],
        [
          'u',
          'A PRSA seems sensible. I shall speak to a financial adviser before the end of the tax year in April.',
        ],
        [
          'a',
          'A small correction: in Ireland the tax year is the calendar year, and the deadline for backdating contributions is usually around the end of October.',
        ],
        ['u', 'Of course, the calendar year. Thank you for the correction; I shall ring someone tomorrow.'],
        ['a', 'Good plan.'],
        [
          'u',
          'Ronan and I are also thinking of a weekend in Kinsale for our twentieth wedding anniversary in November. Could you suggest somewhere to stay?',
        ],
        [
          'a',
          '1. A boutique townhouse in the centre, close to the restaurants. 2. A hotel on the waterfront with views across the harbour. 3. A quieter country house hotel a few minutes outside the town.',
        ],
        [
          'u',
          'The second sounds ideal. Ronan will want to look at the boats from the window.',
          'kinsaleHotel',
        ],
        ['a', 'A harbour view it is. November should be peaceful there.'],
        ['u', 'Thank you, that is everything for today.'],
        ['a', 'Enjoy the rest of your Sunday!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What subject does my husband teach, and where?', ['husbandJob']],
    ['single-hop', 'How did we decide to get to Italy for the summer visit to my family?', ['flightPick']],
    ['single-hop', 'What did the GP say was wrong with my shoulder?', ['shoulder']],
    ['single-hop', 'Which sport has my son taken up?', ['lucaRowing']],
    ['single-hop', 'What kind of place did I pick for the anniversary weekend away?', ['kinsaleHotel']],
    ['multi-hop', 'How much did the worktop and the new cooker come to between them?', ['worktop', 'cooker']],
    [
      'multi-hop',
      'Which relatives did we spend time with in Bari, and how are they related to me?',
      ['cousinTeresa', 'auntNunzia'],
    ],
    [
      'temporal',
      'How long ago did I swim the Lee through the city?',
      ['leeSwim'],
      { askedAt: '2024-11-18 09:00' },
    ],
    [
      'temporal',
      'Which happened first: buying the electric car or the old kitchen being ripped out?',
      ['carIoniq1', 'kitchenStart'],
      { askedAt: '2024-11-18 09:05' },
    ],
    [
      'updated',
      'Where do I go for my morning sea swim these days?',
      ['swimFount1', 'swimFount2', 'swimFount3', 'swimFount4'],
      { stale: ['swimMyrtle1', 'swimMyrtle2'] },
    ],
    [
      'updated',
      'What car am I driving at the moment?',
      ['carIoniq1', 'carIoniq2'],
      { stale: ['carSkoda1', 'carSkoda2'] },
    ],
    [
      'updated',
      'Which firm am I with now?',
      ['firmCorcoran1', 'firmCorcoran2', 'firmCorcoran3'],
      { stale: ['firmHegarty1', 'firmHegarty2', 'firmHegarty3'] },
    ],
    ['off-topic', 'How do I descale a kettle with vinegar?', []],
    ['off-topic', 'Why is Canberra the capital of Australia rather than Sydney?', []],
    ['off-topic', 'What is a good way to learn to juggle three balls?', []],
  ],
});

import { definePersona } from '../author.ts';

export const freya = definePersona({
  user_id: 'h3-freya',
  name: 'Freya Lindqvist',
  summary:
    'Freya, 27, Swedish UX designer living with her girlfriend Maja and their cat in Gothenburg; passionate boulderer; goes from pescatarian to vegan and moves to Copenhagen for a new studio job when Maja starts a PhD there.',
  language: 'en',
  sessions: [
    {
      start: '2025-09-13 10:20',
      lines: [
        [
          'u',
          "God morgon! I'm sitting on the balcony with coffee and a kanelbulle, which feels like a Swedish cliché, I know. Our flat in Majorna gets the best morning light, so weekends start slowly here.",
          'home-old',
        ],
        ['a', 'That sounds like a lovely start to the weekend. Any plans?'],
        [
          'u',
          "Climbing later, as always. I've been projecting a 6B at Klätterverket for three weeks and I think today's the day. The crux is this awful sloper move and I keep sliding off it.",
        ],
        [
          'a',
          'Slopers are all about body position: keep your hips close to the wall and your arm straight, and try on a cooler day if you can, friction matters.',
        ],
        [
          'u',
          "Straight arm, hips in, noted! The real reason I'm here though: Maja and I are going to Fontainebleau at the end of the month for a week, our first proper outdoor bouldering trip, and I'd love help with a packing list.",
          'font-plan',
        ],
        [
          'a',
          'Exciting! Essentials: crash pads (two if possible), shoes, chalk and a brush, a small towel to wipe your shoes, tape, skin care (balm, nail file), a guidebook or app, warm layers and rain gear.',
        ],
        [
          'u',
          'We only own one crash pad. Should we rent a second one there or buy one? I keep going back and forth.',
        ],
        [
          'a',
          'Options: 1) rent a pad in Fontainebleau for about €10 a day; 2) buy a budget pad like the Decathlon Simond one for around €120; 3) buy a premium pad like the Black Diamond Mondo for around €400.',
        ],
        [
          'u',
          "Let's do the Decathlon one, the middle option. We'll keep using it at home anyway, and €400 is absurd for our budget.",
          'pad',
        ],
        ['a', 'Great value. You can even pick it up at a Decathlon in France if that is easier.'],
        [
          'u',
          "Food-wise I should mention that I'm pescatarian, so fish is fine but no meat, while Maja eats everything. Are there easy self-catering meals that work for both of us?",
          'pesc',
        ],
        [
          'a',
          'Sure: tuna pasta with tomatoes and olives, couscous with chickpeas and feta, shakshuka, and baguette with cheese and smoked salmon for lunch at the boulders.',
        ],
        [
          'u',
          "Baguette with cheese for a week sounds like heaven, honestly. We're staying in a little gîte near Milly-la-Forêt, so at least we'll have a kitchen.",
        ],
        ['a', 'Perfect, Milly-la-Forêt is close to lots of good areas like Trois Pignons.'],
        [
          'u',
          "And Smulan, our cat, will stay with my neighbour Ingrid. She has looked after her before and they're basically best friends, so no stress there.",
          'cat',
        ],
        ['a', "Great that she's in good hands. Enjoy the trip!"],
        ['u', "Thank you! I'll report back on the 6B later 🧗‍♀️"],
        ['a', 'Good luck on the sloper!'],
      ],
    },
    {
      start: '2025-10-04 21:00',
      lines: [
        [
          'u',
          "We're back from Fontainebleau and I'm still a little bit in love with the place. The sandstone, the forest, the pain au chocolat... Maja sent a 6A on the last day and screamed so loudly that a passing family clapped.",
          'font',
        ],
        ['a', 'What a trip! Did you send anything you were proud of?'],
        [
          'u',
          'A 5+ slab with an unpronounceable name that I fell off about fifteen times. Outdoor grades are humbling! Anyway, back to reality: on Monday I start a new research round at work.',
        ],
        ['a', "Welcome back to reality. What's the research about?"],
        [
          'u',
          "I'm a UX designer at Lumo Bank, a small fintech here in Gothenburg, and we're redesigning the onboarding flow of the savings app because loads of people drop off at the ID verification step.",
          'job-old',
        ],
        ['a', 'A classic drop-off point. Are you running moderated usability tests?'],
        [
          'u',
          'Yes, six moderated sessions over Teams. Could you help me structure the test script? Mine always end up far too long.',
        ],
        [
          'a',
          'Suggested structure: 1) intro and consent (3 min), 2) warm-up about saving habits (5 min), 3) three tasks: start onboarding, verify ID, set a savings goal (20 min), 4) debrief (7 min).',
        ],
        [
          'u',
          'That is tidy. For the warm-up I want to avoid leading questions. Is "How do you usually save money?" too broad?',
        ],
        [
          'a',
          'It works as an opener. Follow up with "Tell me about the last time you set money aside" to get a concrete story.',
        ],
        [
          'u',
          'Oh I like that, concrete stories are gold. My manager Oskar always says "show me the quote", so real stories in the report will make him very happy.',
          'oskar',
        ],
        [
          'a',
          'Quotes make findings persuasive. You could also cut a short highlight reel from the recordings.',
        ],
        [
          'u',
          'A highlight reel! That would absolutely land at the Friday demo. Last thing: any tips for keeping my energy up with three sessions back to back?',
        ],
        [
          'a',
          'Leave 15 minutes between sessions to write notes, drink water, and eat something light between rounds.',
        ],
        ['u', 'Fifteen minutes between, noted. I always forget to eat when I am focused.'],
        ['a', 'Put a snack next to your laptop before you start!'],
        [
          'u',
          'Good plan. Oh, and the 6B at the gym? I finally sent it the day before the trip, I forgot to tell you! 🎉',
        ],
        ['a', 'Congratulations! That sloper must have felt good.'],
      ],
    },
    {
      start: '2025-10-29 19:15',
      lines: [
        [
          'u',
          "I'm cooking for Maja and two friends tonight and I need ideas. One important constraint: Maja absolutely hates coriander, she says it tastes like soap, so nothing with it please.",
          'coriander',
        ],
        ['a', 'The soap gene! Noted. What kind of vibe are you going for?'],
        [
          'u',
          "Cosy autumn vibe. I'm still pescatarian, but honestly I've been thinking about cutting out fish and dairy too, after a documentary about fishing bycatch last week.",
        ],
        ['a', "That's a big topic. Would you like fish-free options for tonight?"],
        ['u', "Yes, let's make tonight vegetarian as a little experiment. What would you suggest?"],
        [
          'a',
          'Options: 1) a mushroom and chestnut bourguignon with mashed potatoes; 2) a pumpkin risotto with sage and brown butter; 3) a Thai red curry with tofu (easy to leave the herbs out).',
        ],
        [
          'u',
          'The first one, the bourguignon. It sounds so autumnal and mash makes everyone happy.',
          'dinner-choice',
        ],
        [
          'a',
          'Great choice. Mix chestnut mushrooms and portobellos, use plenty of red wine and thyme, and add a splash of soy sauce for depth.',
        ],
        [
          'u',
          'I have a bottle of Côtes du Rhône from the trip, perfect. What could I make for dessert that is not too heavy?',
        ],
        ['a', 'Baked apples with cinnamon and oats, or a simple lemon posset.'],
        ['u', "Baked apples. Maja's grandmother used to make them, so it's a sweet little nod to her."],
        ['a', 'Lovely. Serve them with vanilla ice cream or oat yoghurt.'],
        [
          'u',
          "Oat yoghurt, since I'm experimenting 😄 Unrelated, but my phone is dying: my iPhone 12's battery lasts about four hours now. Replace the battery or upgrade?",
        ],
        [
          'a',
          'A battery replacement costs around 1,000 SEK and would likely give you another year or two. Upgrade only if you want a better camera or more storage.',
        ],
        ['u', "Battery it is. I'm not spending 12,000 kronor on a phone right now, we're trying to save."],
        ['a', 'Sensible. Saving for something special?'],
        [
          'u',
          "Nothing certain yet! Maja has applied for a few PhD positions abroad. I'll tell you more if anything happens.",
        ],
        ['a', 'Fingers crossed for her!'],
      ],
    },
    {
      start: '2025-11-22 12:00',
      lines: [
        [
          'u',
          "Okay, big news: Maja got the PhD position in marine ecology at the University of Copenhagen! She starts in March, so we're moving to Copenhagen 😱💙",
          'maja-phd',
        ],
        ['a', 'Huge congratulations to Maja! How are you feeling?'],
        [
          'u',
          "Thrilled and a bit scared. It means I need a new job, because Lumo doesn't allow remote work outside Sweden. So... portfolio time.",
        ],
        ['a', 'Makes sense. Do you have a portfolio at the moment?'],
        [
          'u',
          'An ancient Squarespace site from 2021. I want to rebuild it properly. Which tools would you suggest?',
        ],
        [
          'a',
          'Options: 1) Webflow: powerful, steeper learning curve; 2) Framer: fast, design-first, great interactions; 3) Notion with Super: quick and simple but limited.',
        ],
        ['u', "Framer, the second one. I'm in Figma all day and Framer feels closest to that.", 'portfolio'],
        ['a', 'Great fit. You can even paste frames from Figma to speed things up.'],
        [
          'u',
          'Which case studies should I include? I have the onboarding redesign, a design system project and a small accessibility audit.',
        ],
        [
          'a',
          'Lead with the onboarding redesign (clear business impact), then the design system (systems thinking), and keep the accessibility audit as a shorter third piece.',
        ],
        [
          'u',
          'The onboarding one is strong: drop-off at ID verification went from 41% to 23% after our changes. That is my best number.',
        ],
        ['a', "That's a great headline, put it front and centre."],
        ['u', "Any advice on finding UX roles in Copenhagen? I'm open to agencies and product companies."],
        [
          'a',
          'Check job boards like The Hub and Jobindex plus LinkedIn, look at agencies with Nordic public sector clients, and go to a couple of Copenhagen UX meetups.',
        ],
        [
          'u',
          "Meetups, good call. We also need to work out whether Smulan can handle the car ride, it's about four hours.",
        ],
        [
          'a',
          'Most cats cope with a secure carrier, a familiar blanket and a calm drive. Ask your vet if she gets anxious.',
        ],
        ['u', 'She yowls for the entire ten minutes to the vet, so four hours will be an adventure 😅'],
        ['a', 'A pheromone spray like Feliway in the carrier might help a little.'],
      ],
    },
    {
      start: '2025-12-14 16:40',
      lines: [
        [
          'u',
          "Ugh. I hurt my finger climbing on Thursday, felt a pop in my left ring finger on a crimpy problem. The gym's physio thinks it's a mild A2 pulley strain.",
          'pulley',
        ],
        [
          'a',
          'Ouch, sorry. Mild A2 strains usually heal in 4-6 weeks with rest and gradual loading. Did they give you a plan?',
        ],
        [
          'u',
          "Two weeks of no climbing, then easy climbing with H-taping, and no crimping until mid-January. So no climbing over Christmas, which is fine since we'll be in Stockholm.",
        ],
        ['a', 'Good timing at least. Who are you visiting?'],
        [
          'u',
          'My sister Elin and her husband Jonas. Elin is pregnant, due at the end of February, so this is my last Christmas before I become an aunt!',
          'elin-pregnant',
        ],
        ['a', 'How exciting! Would you like help with gifts?'],
        ['u', 'Yes please. Elin loves ceramics and cooking, Jonas is into vinyl. Around 500 SEK each.'],
        [
          'a',
          'Elin: a handmade ceramic bowl from a local studio or a good cookbook. Jonas: a record shop gift card or a record cleaning kit.',
        ],
        [
          'u',
          "Ceramic bowl for Elin for sure. And the gift card for Jonas, I'd only buy him an album he already owns.",
        ],
        ['a', 'Smart. Anything for the baby?'],
        ['u', "I'm knitting a tiny hat, badly. It's my injury project since I can't climb 😂"],
        ['a', 'A handmade hat is the sweetest gift, however wonky.'],
        ['u', "How do I keep my fingers strong without climbing? I'm scared I'll lose everything."],
        [
          'a',
          'A rice bucket (opening and closing your hand in a bucket of rice) and light rubber-band extensions keep blood flow and strength without loading the pulley.',
        ],
        [
          'u',
          "Rice bucket, I'll borrow one from the kitchen. Portfolio update too: it's live! Three case studies, and I've sent it to five places in Copenhagen.",
        ],
        ['a', "Congrats, that's a big milestone."],
        [
          'u',
          'A studio called Studio Fjeld already replied and wants a first call in January. They do mobility and public sector design, exactly my thing.',
        ],
        ['a', 'Very promising! Prepare some questions about their design process.'],
      ],
    },
    {
      start: '2026-01-10 11:00',
      lines: [
        [
          'u',
          "Happy new year! Update on the food experiment: since January 1st I've gone fully vegan. Not just Veganuary, I want it to stick. Maja is supportive but says she'll never give up cheese.",
          'vegan',
        ],
        ['a', 'Happy new year, and congrats on the change! Want some nutrition basics?'],
        ['u', 'Yes please, I want to do it properly. What do I need to supplement?'],
        [
          'a',
          'Key ones: vitamin B12 (essential), vitamin D in winter, and possibly omega-3 from algae oil. Watch iron, iodine and calcium; fortified plant milks help.',
        ],
        [
          'u',
          'B12 and D are easy. Algae oil sounds pricey but I will look into it. Where does protein come from without dairy? I basically lived on cottage cheese.',
        ],
        [
          'a',
          'Lentils, chickpeas, tofu, tempeh, seitan, edamame, soy yoghurt and peanut butter. Aim for one in every meal.',
        ],
        [
          'u',
          'Tofu scrambles for breakfast then. Also! I had my final interview with Studio Fjeld yesterday, three hours including a design challenge.',
          'interview',
        ],
        ['a', 'Exciting! How did it go?'],
        [
          'u',
          'Well, I think? The challenge was redesigning the ticket purchase flow of a regional train app. I did a quick journey map and two wireframe options. The design lead, Sofie, asked a lot about accessibility, which I loved.',
        ],
        ['a', 'Sounds like you showed exactly what they look for.'],
        ['u', "They'll let me know within two weeks. The waiting is the worst part."],
        ['a', 'It is. Keep yourself busy meanwhile.'],
        ['u', 'The finger is better, I am back on easy climbs with tape. I think the rice bucket helped 😄'],
        ['a', 'Great progress. Keep avoiding hard crimps for a little longer.'],
        ['u', 'Any ideas for vegan lunch boxes I can bring to the office?'],
        [
          'a',
          'Chickpea "tuna" sandwiches, peanut noodle bowls, lentil soup in a thermos, or roasted veg with hummus and quinoa.',
        ],
        ['u', 'Peanut noodles, definitely. Thanks!'],
        ['a', 'Enjoy!'],
      ],
    },
    {
      start: '2026-02-02 09:30',
      lines: [
        [
          'u',
          'I GOT THE JOB! Studio Fjeld offered me a senior UX designer role starting April 1st, and I accepted yesterday 🎉',
          'offer',
        ],
        ['a', "Congratulations!! That's fantastic."],
        [
          'u',
          'Thank you!! I handed in my notice at Lumo this morning. Oskar was sad but really kind about it.',
        ],
        ['a', 'That says a lot about your working relationship.'],
        ['u', "Now the scary part: finding a flat in Copenhagen. We've shortlisted three."],
        ['a', 'What are they?'],
        [
          'u',
          "1) a two-room flat in Nørrebro, 68 m²; 2) a bigger flat in Vesterbro, 80 m², 16,800 DKK; 3) a flat on Amager, 70 m², 12,900 DKK but 35 minutes from Maja's institute.",
        ],
        [
          'a',
          "Nørrebro is lively and close to the university's north campus, Vesterbro is central but pricier, and Amager is quieter with a good metro but a longer commute for Maja.",
        ],
        [
          'u',
          "We're going for the first one, Nørrebro. It allows cats, has a balcony, and Maja can cycle to work in ten minutes.",
          'flat-choice',
        ],
        ['a', 'Sounds like the winner. Cat-friendly rentals are hard to find in Copenhagen!'],
        ['u', 'Rent is 14,500 DKK a month including heating. The deposit is three months, ouch.', 'rent'],
        ['a', 'Three months is standard in Denmark. Budget for the first month of rent on top.'],
        ['u', 'We move on March 1st. Any tips for moving from Sweden to Denmark, paperwork-wise?'],
        [
          'a',
          'Register with International House for a CPR number, open a Danish bank account, get MitID, pick a GP, and tell Skatteverket you are emigrating.',
        ],
        ['u', 'CPR number first, got it. Apparently everything in Denmark needs that number.'],
        ['a', 'Yes, it unlocks almost everything.'],
        [
          'u',
          'I also want to start Danish lessons as soon as we arrive. I can read it fine, but spoken Danish is... a mystery.',
        ],
        [
          'a',
          'Spoken Danish is famously tricky even for Swedes! Language school is free once you have a CPR number.',
        ],
      ],
    },
    {
      start: '2026-03-07 20:00',
      lines: [
        [
          'u',
          "We're officially Copenhageners! We moved into the Nørrebro flat last weekend. Boxes everywhere, and Smulan is hiding under the bed.",
          'moved',
        ],
        ['a', 'Welcome to Copenhagen! Cats usually come out after a few days.'],
        ['u', 'She yowled the whole drive, as predicted. The Feliway did nothing 😂'],
        ['a', "Poor Smulan. She'll settle."],
        [
          'u',
          'And the most important news: my niece was born on February 20th! Her name is Alva and she is perfect.',
          'niece',
        ],
        ['a', 'Congratulations, auntie! How are Elin and Alva?'],
        [
          'u',
          'Both doing great. I went up to Stockholm for two days before the move. The knitted hat fits, sort of.',
        ],
        ['a', "That's adorable."],
        [
          'u',
          'Money talk: Maja and I agreed that I pay 60% of the rent and she pays 40%, since her PhD salary is lower than mine.',
          'split',
        ],
        ['a', 'A fair arrangement that lots of couples use. Would a shared budget help?'],
        ['u', 'Yes, a simple monthly budget for the two of us would be great.'],
        [
          'a',
          'Template (DKK): rent 14,500; utilities and internet 800; food 5,000; transport 600; cat 400; savings 3,000; fun 2,500. Split rent 60/40 and the rest proportionally or 50/50.',
        ],
        ['u', "5,000 for food seems like a lot, but Copenhagen groceries are expensive. We'll see."],
        ['a', 'It adds up fast. Discount supermarkets help.'],
        [
          'u',
          "I have a few weeks off before Studio Fjeld starts, so I'm exploring. How should I pick a bouldering gym here?",
        ],
        [
          'a',
          'Try intro sessions at two or three gyms and pick the one closest to home or work, that is what you will actually use.',
        ],
        ['u', "There's one in Nørrebro within walking distance, I'll start there."],
        ['a', 'Perfect for after-work sessions.'],
      ],
    },
    {
      start: '2026-04-11 13:00',
      lines: [
        [
          'u',
          "First two weeks at Studio Fjeld done! I'm on the app for a Danish regional transport operator, so the interview challenge was basically real life.",
          'job-new',
        ],
        ['a', "A nice full-circle moment! How's the team?"],
        [
          'u',
          'Lovely. Sofie is my lead, there are six designers and everyone cycles to work. Meetings end on time, which is very Danish.',
        ],
        ['a', 'Danish work culture is known for that.'],
        [
          'u',
          'I started Danish classes too, on Tuesday evenings at a language school near Nørreport. The teacher laughs at my Swedish accent.',
          'danish',
        ],
        ['a', 'A weekly class is a good rhythm. Want some practice phrases?'],
        [
          'u',
          "Yes, something for restaurants: I need to say I'm vegan in Danish without getting a blank stare.",
        ],
        [
          'a',
          '"Jeg er veganer" (I\'m vegan), "Er der mælk eller æg i?" (Is there milk or egg in it?), "Har I en vegansk mulighed?" (Do you have a vegan option?).',
        ],
        [
          'u',
          '"Har I en vegansk mulighed", I\'ll practise that. Also, my finger is completely fine again and I sent my first 6C last night!',
          '6c',
        ],
        ['a', 'Congratulations on the 6C!'],
        ['u', "I've joined the gym's Wednesday women's evening too. Finally making friends here."],
        ['a', 'A great way to build a community in a new city.'],
        ['u', 'Design question: for accessibility, is there a minimum target size for a buy-ticket button?'],
        [
          'a',
          'WCAG 2.2 asks for at least 24x24 CSS pixels at level AA, and 44x44 is the common best practice for primary touch targets.',
        ],
        ['u', '44x44 for primary actions then. Sofie will be pleased.'],
        ['a', 'A good call for an app people use on the move.'],
        ['u', "Everything is going so well that I'm a bit suspicious 😄"],
        ['a', 'Enjoy it!'],
      ],
    },
    {
      start: '2026-05-16 18:30',
      lines: [
        [
          'u',
          "Maja's birthday is next Saturday, she turns 29! I want to surprise her with a dinner at home.",
          'maja-bday',
        ],
        ['a', 'Lovely! What are you thinking?'],
        [
          'u',
          "It has to be vegan since I'm cooking, but it should really impress her. No coriander, obviously.",
        ],
        [
          'a',
          'Options: 1) homemade ravioli with cashew ricotta and sage butter; 2) a mushroom and lentil Wellington; 3) a Korean BBQ spread with tofu and lots of banchan.',
        ],
        ['u', "The Korean spread, number three. She's obsessed with kimchi.", 'bday-dinner'],
        [
          'a',
          'Great choice. Note that traditional kimchi contains fish sauce or shrimp paste, so buy a vegan one.',
        ],
        ['u', "Oh, good catch, I had no idea! I'll find a vegan one."],
        ['a', 'Most Asian supermarkets stock one.'],
        [
          'u',
          'For the present I am torn between a diving course, since she studies the sea, or a nice watch.',
        ],
        ['a', 'A diving course fits her passion nicely. You could book one for the summer.'],
        ['u', 'Diving course it is. She will cry, she always cries.'],
        ['a', "That's the best reaction."],
        [
          'u',
          'Also, hay fever is killing me. I am allergic to birch pollen and Copenhagen is full of birches right now.',
          'hayfever',
        ],
        [
          'a',
          'An antihistamine like cetirizine helps, and check the pollen forecast before long days outside.',
        ],
        [
          'u',
          'Thanks. Work is intense too, we present the new ticket flow to the client next week. Nervous but excited.',
        ],
        ['a', "You'll do great."],
        ['u', 'Fingers crossed. Danish tip from class: "tillykke med fødselsdagen" is happy birthday!'],
        ['a', 'Perfect timing for Saturday!'],
      ],
    },
    {
      start: '2026-06-20 08:45',
      lines: [
        [
          'u',
          'Glad midsommar! We are back in Sweden for the long weekend, climbing in Bohuslän with two friends from the Copenhagen gym.',
          'bohuslan',
        ],
        ['a', "Glad midsommar! Bohuslän granite is famous. How's the climbing?"],
        [
          'u',
          'Amazing but sharp, my skin is destroyed. We stayed near Hallinden and did some beautiful boulders by the sea.',
        ],
        ['a', 'Granite eats skin. Use climbing balm in the evenings.'],
        ['u', 'Maja is doing her diving course next month in Lysekil, so we scouted the area too.'],
        ['a', 'Perfect timing.'],
        [
          'u',
          'On Sunday we go to Stockholm to see Elin and Alva. Alva is four months old and already laughs at everything. Ideas for a small gift that is not plastic?',
        ],
        ['a', 'A wooden rattle, a soft linen toy, or a sturdy cloth book.'],
        ['u', 'Wooden rattle, easy to pack.'],
        ['a', 'Great choice.'],
        [
          'u',
          'Midsummer food was tricky as a vegan, everyone else had herring. I brought my own potato salad with vegan mayo.',
        ],
        ['a', 'Smart move.'],
        ['u', 'The others ate half of it 😂'],
        ['a', 'The ultimate compliment.'],
        ['u', 'And the client presentation went really well. They approved the new ticket flow!'],
        ['a', 'Congratulations!'],
        ['u', 'Sofie took the whole team out for smørrebrød. Well, I had the potato one.'],
        ['a', 'Sounds like a good celebration.'],
      ],
    },
    {
      start: '2026-07-25 15:00',
      lines: [
        [
          'u',
          'Summer holiday week, so I finally have time to think. Maja and I are considering a second cat so Smulan has company.',
        ],
        ['a', 'A companion can be great for some cats. Is Smulan social?'],
        [
          'u',
          "She's shy with people but loves other cats, she grew up with her brother. We're looking at the local shelter.",
        ],
        ['a', 'Introduce them slowly: separate rooms for a few days, swap scents, then supervised meetings.'],
        [
          'u',
          'Also, my phone finally died for real, the new battery only lasted nine months. I got a Pixel 9 on sale for 4,500 DKK.',
          'phone-new',
        ],
        ['a', 'Good deal. Moving from iPhone to Android is much easier than it used to be.'],
        ['u', 'Moving my WhatsApp history was painful, but done.'],
        ['a', 'Glad it worked.'],
        ['u', 'Danish is improving: I passed the module test, module 2 of 6!'],
        ['a', 'Congratulations!'],
        ['u', "We're thinking about autumn, maybe a climbing trip to Albarracín in Spain in October."],
        ['a', 'Albarracín is a classic bouldering destination and great in autumn.'],
        ['u', 'Maja has to check her fieldwork schedule first, she will be on a research ship in September.'],
        ['a', 'Exciting!'],
        ['u', "Ha, yes, she's the adventurous one. I'll stay home with the cat and my Danish homework."],
        ['a', 'Sounds cosy.'],
        ['u', 'One more thing: what makes a decent vegan protein bar? I keep buying sugary ones.'],
        [
          'a',
          'Look for at least 15g of protein, under 8g of sugar, and a short ingredient list; pea or soy protein bases are good.',
        ],
      ],
    },
  ],
  questions: [
    ['single-hop', "I'm making dinner for Maja, is there a herb I should keep out of it?", ['coriander']],
    ['single-hop', 'Who looked after Smulan when we went to France?', ['cat']],
    ['single-hop', 'Which tool did I rebuild my portfolio site with?', ['portfolio']],
    ['single-hop', 'What exactly did I injure in my hand before Christmas?', ['pulley']],
    ['single-hop', 'Which night of the week is my language class?', ['danish']],
    ['multi-hop', 'How much of the monthly rent do I personally pay in DKK?', ['rent', 'split']],
    ['multi-hop', 'Where have Maja and I been bouldering outdoors since last autumn?', ['font', 'bohuslan']],
    ['temporal', 'When did I become an aunt?', ['niece'], { askedAt: '2026-08-10 10:00' }],
    [
      'temporal',
      'When was my final interview with the studio that hired me?',
      ['interview'],
      { askedAt: '2026-08-10 10:05' },
    ],
    ['updated', 'Where is home for me these days?', ['moved'], { stale: ['home-old'] }],
    ['updated', 'Can you suggest a breakfast that fits the way I eat now?', ['vegan'], { stale: ['pesc'] }],
    ['updated', 'Who am I working for at the moment?', ['job-new'], { stale: ['job-old'] }],
    ['off-topic', 'How do I get mould out of the grout in a shower?', []],
    ['off-topic', "When should a car's timing belt be replaced?", []],
    ['off-topic', 'Can you explain the basic rules of cricket?', []],
  ],
});

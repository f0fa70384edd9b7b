import { definePersona } from '../author.ts';

export const phineas = definePersona({
  user_id: 'h15-phineas',
  name: 'Phineas',
  summary:
    'Phineas, 40, coaches debate and teaches English at a public high school in Austin, Texas, brews beer in his garage and has just been diagnosed with celiac disease. He writes in a dry, wry, self-deprecating American voice.',
  language: 'en',
  sessions: [
    {
      start: '2024-08-12 20:00',
      lines: [
        [
          'u',
          'Evening. School starts next week and I need to write the annual "welcome to debate, your child will now argue with you professionally" email to parents.',
        ],
        ['a', 'Happy to help. What should the email cover?'],
        [
          'u',
          'Practice times, tournament fees, the permission form, and a gentle warning that their kid will start saying "point of information" at dinner. This is my eleventh year coaching at Pecan Ridge High, so I have the warning down.',
          'p_school',
        ],
        [
          'a',
          'Here is a draft: "Dear Debate Families, welcome to a new season! Practices are Tuesdays and Thursdays after school. Tournament fees and the permission form are attached. Fair warning: your child may soon begin cross-examining you about curfew. This is a feature, not a bug."',
        ],
        [
          'u',
          'That last line is better than mine. Add that practices run 4 to 6 and that snacks are appreciated but not mandatory. They are a little mandatory.',
        ],
        [
          'a',
          'Added: "Practice runs from 4 to 6 p.m. Snacks are appreciated, though not required (they are a little required)."',
        ],
        [
          'u',
          "Perfect. Unrelated: I'm brewing a hazy IPA in the garage this weekend. Five gallons. Should I worry about the heat? It's 104 out there.",
          'p_ipa',
        ],
        [
          'a',
          'Yes, fermentation temperature matters a lot. Most ale yeasts like 64 to 70°F. In a Texas garage you will want a fermentation chamber, a swamp cooler, or to ferment indoors.',
        ],
        ['u', 'Indoors it is. My wife will be thrilled to have a carboy in the laundry room again.'],
        ['a', 'Perhaps put a towel underneath it, as a peace offering.'],
        [
          'u',
          'Wise. Also, trivia tomorrow. My team, The Rebuttals, plays every Tuesday at Hopsmith Taproom on Burnet. We are, modestly, the third-best team in the room about half the time.',
          'p_trivia_hop1',
        ],
        ['a', 'Third place is a fine tradition. Any weak categories?'],
        [
          'u',
          'Sports. We are four English teachers and a librarian. We know who wrote Middlemarch but not who plays shortstop for anyone.',
        ],
        ['a', 'Perhaps one of you could skim the sports headlines before Tuesday.'],
        ['u', "We have tried. The librarian reads the box scores like they're poetry, which doesn't help."],
        ['a', "At least it's enthusiastic."],
        ['u', 'Thanks. Email goes out tomorrow.'],
        ['a', 'Good luck with the new season!'],
      ],
    },
    {
      start: '2024-08-30 17:30',
      lines: [
        [
          'u',
          'So I\'ve felt lousy for months, bloated, exhausted, the works, and my doctor ran blood work. My tTG antibodies are apparently "very elevated," which is not a phrase you want next to your name.',
        ],
        [
          'a',
          "I'm sorry you've been feeling unwell. High tTG-IgA is often a sign of celiac disease, though a biopsy is usually needed to confirm. Did your doctor refer you to a gastroenterologist?",
        ],
        [
          'u',
          "Yes, endoscopy scheduled for the 20th. I'm told I must keep eating gluten until then, which feels like being told to keep hitting myself until the doctor can see the bruise.",
        ],
        ['a', "That's accurate, unfortunately. The biopsy needs gluten in your diet to show damage."],
        [
          'u',
          'My wife Renata is an ER nurse, so she\'s been saying "celiac" for about a year. I\'ve been saying "stress." One of us went to nursing school.',
          'p_wife',
        ],
        ['a', "It sounds like she had a hunch. Whatever the result, it's good you are getting answers."],
        [
          'u',
          "In the meantime I'm brewing a stout for our Halloween party. I call it the Cross-Examination Stout. It's dark, bitter and asks uncomfortable questions.",
          'p_stout',
        ],
        ['a', 'A great name. Is it an oatmeal stout or a dry stout?'],
        [
          'u',
          "Oatmeal, heavy on the roasted barley. If the biopsy comes back positive, it might be my last one, so it's going to be a good one.",
          'p_stout_b',
        ],
        ['a', 'Then it deserves your best effort.'],
        [
          'u',
          'Also my truck is making a noise. I drive a 2014 Tacoma to school every day, 25 minutes each way on MoPac, and it has started to squeal when I brake.',
          'p_truck1',
        ],
        [
          'a',
          'A squeal when braking usually means the brake pads are worn down to the wear indicator. Get them checked soon.',
        ],
        ['u', "I love when my car and my body fail at the same time. It's efficient."],
        ['a', 'At least you can fix the brakes this week.'],
        ['u', 'True. Brakes are cheaper than my stomach.'],
        ['a', 'Hang in there. I hope the endoscopy goes smoothly.'],
        ['u', 'Any tips for the endoscopy itself? Asking for a coward.'],
        [
          'a',
          'You will most likely be sedated and remember very little. Follow the fasting instructions, wear comfortable clothes, and bring someone to drive you home.',
        ],
      ],
    },
    {
      start: '2024-09-24 19:00',
      lines: [
        [
          'u',
          "Well. The biopsy results are in. It's official: I have celiac disease. The gastroenterologist called this afternoon.",
          'p_celiac',
        ],
        [
          'a',
          "I'm sorry, that's a lot to take in. The good news is that a strict gluten-free diet usually makes people feel much better within weeks to months.",
        ],
        [
          'u',
          "I am a home brewer who has just been told that barley is the enemy. It's like a debate coach being told he's allergic to opinions.",
        ],
        [
          'a',
          "That is genuinely tough. There are gluten-free brewing options, though: sorghum, rice, millet, cider, mead. Your hobby doesn't have to end.",
        ],
        [
          'u',
          "We'll get to that. First, the basics. What actually has gluten in it? Beyond the obvious bread and pasta.",
        ],
        [
          'a',
          'Wheat, barley, rye, and most oats unless certified gluten-free. Hidden sources: soy sauce, many sauces and gravies, malt vinegar, beer, some soups, breaded foods, some spice blends and candies.',
        ],
        ['u', "Soy sauce? Soy sauce betrayed me? I've trusted soy sauce for forty years."],
        ['a', 'Most soy sauce is brewed with wheat. Tamari labeled gluten-free is the usual replacement.'],
        ['u', 'Tamari. Noted. What about cross-contamination? Renata says I need my own toaster.'],
        [
          'a',
          "She's right. Shared toasters, colanders, wooden spoons and cutting boards can hold crumbs. Many people with celiac keep separate ones.",
        ],
        ['u', 'A toaster of my own. My first property as a man with a diagnosis.'],
        ['a', 'A modest but important estate.'],
        ['u', "What do I do about the Cross-Examination Stout? It's already bottled.", 'p_stout_c'],
        [
          'a',
          "You could share it at the Halloween party with friends, so it doesn't go to waste, and enjoy the brewing glory without the drinking.",
        ],
        ['u', 'So I get to watch other people enjoy my beer. Like coaching, really.'],
        ['a', 'A very coach-like way of seeing it.'],
        [
          'u',
          'Last question for tonight: what am I allowed to drink at faculty parties now? I refuse to stand there holding a LaCroix like a hostage.',
        ],
        [
          'a',
          'Wine, most distilled spirits and hard cider are generally considered gluten-free. Regular beer is not, unless it is made from gluten-free grains.',
        ],
      ],
    },
    {
      start: '2024-10-08 21:00',
      lines: [
        [
          'u',
          'Decision made: the barley era is over. I sold my grain mill to a guy from the homebrew club and from now on the garage makes hard cider and mead only.',
          'p_brew_cider',
        ],
        [
          'a',
          "That's a great pivot. Cider and mead are naturally gluten-free and very forgiving. Want a simple first cider recipe?",
        ],
        ['u', 'Yes. Assume I know how to sanitize but have never touched an apple on purpose.'],
        [
          'a',
          'Five gallons of preservative-free apple juice, one packet of cider or champagne yeast, optional yeast nutrient. Ferment at 60–65°F for two to three weeks, then bottle with a little priming sugar if you want it sparkling.',
        ],
        ['u', "That's it? Beer took me four hours and a propane burner."],
        ['a', "That's the beauty of cider. Most of the work is waiting."],
        [
          'u',
          "I did treat myself to a new stainless conical fermenter so nothing that ever touched barley touches my cider. It was $189, which I'm calling medical equipment.",
          'p_fermenter_price',
        ],
        ['a', 'A fresh start for fresh equipment. Sensible for cross-contamination.'],
        [
          'u',
          'Debate update: we leave for the Houston tournament on the 17th. Twelve kids, one van, me driving.',
          'p_houston_plan',
        ],
        ['a', 'Ambitious! Would you like a checklist for the trip?'],
        ['u', "Please. Last year we left a kid's laptop at a Buc-ee's."],
        [
          'a',
          'Checklist: permission forms, medical info, laptops and chargers, printed evidence backups, extension cords, snacks, a headcount at every stop, and a phone number list.',
        ],
        ['u', 'Headcount at every stop, including the laptops. Adding that.'],
        ['a', 'Laptops count as students for this purpose.'],
        ['u', "Also I need gluten-free road snacks that aren't sad rice cakes."],
        [
          'a',
          'Try jerky labeled gluten-free, nuts, cheese sticks, corn tortilla chips, fruit, dark chocolate, and popcorn.',
        ],
        ['u', "Popcorn. I'd forgotten that's legal. Thanks."],
        ['a', 'Safe travels!'],
      ],
    },
    {
      start: '2024-10-22 20:30',
      lines: [
        [
          'u',
          'Back from Houston. My senior, Marcus Oyelaran, made finals in Lincoln-Douglas and got his first TOC bid. I may have yelled in a school hallway at 9 p.m.',
          'p_houston',
        ],
        ['a', 'Congratulations to Marcus and to you! A TOC bid is a big deal.'],
        ['u', "He needs two bids to qualify. He's unbearable already, in a lovely way."],
        ['a', 'Sounds like he earned it. When is his next chance?'],
        ['u', "There's a bid tournament in February. We'll get there."],
        ['a', 'Fingers crossed!'],
        [
          'u',
          "Also, a trivia development. The Rebuttals have relocated. Hopsmith's menu is a gluten minefield, so we now play Tuesdays at Fairweather Cider Co. on East Cesar Chavez. Everything on their menu is gluten-free.",
          'p_trivia_cider',
        ],
        ['a', "That's very considerate of your team. How did the first night go?"],
        ['u', "We came fourth. I blame the new room's acoustics, and also the sports round."],
        ['a', 'The sports round remains undefeated.'],
        [
          'u',
          'Two weeks gluten-free, by the way. I already feel less like a balloon. Renata has been insufferable about being right.',
        ],
        ['a', "That's great progress. And she did call it."],
        ['u', "She did. I've agreed never to mention it, which means I'll mention it to you."],
        ['a', 'Your secret is safe here.'],
        ['u', 'Quick one: is corn starch gluten-free? I want to thicken a chili.'],
        ['a', 'Yes, pure corn starch is gluten-free. Check the label for a gluten-free claim to be safe.'],
        ['u', 'Excellent. Chili lives.'],
        ['a', 'Enjoy the chili!'],
      ],
    },
    {
      start: '2024-11-12 19:45',
      lines: [
        [
          'u',
          "The team needs to raise about $3,000 for spring travel. Give me fundraiser ideas that don't involve selling cookie dough. I'm not allowed near cookie dough anymore.",
        ],
        [
          'a',
          'Options: 1) a community trivia night, 2) a "debate-a-thon" where sponsors pledge per round and the public votes on silly motions, 3) a car wash, 4) a spaghetti dinner.',
        ],
        [
          'u',
          'Number two. The debate-a-thon. Parents will pay good money to watch their children argue about whether a hot dog is a sandwich.',
          'p_pick_fundraiser',
        ],
        [
          'a',
          'They will. You could charge a small entry fee and let the audience buy "votes" for the winning side.',
        ],
        ['u', "Paid voting. That's basically a civics lesson."],
        ['a', 'A very honest one.'],
        [
          'u',
          'Also I bought one of those Nima sensors that tests restaurant food for gluten. $229. I am now the guy at the table with a science kit.',
          'p_nima_price',
        ],
        [
          'a',
          'It can give some peace of mind, although it has limits. It tests a small sample, so it can miss cross-contact elsewhere on the plate.',
        ],
        ['u', "So it's like cross-examining a single witness. Noted."],
        ['a', 'A very apt analogy.'],
        [
          'u',
          "Thanksgiving is at my mother-in-law's in San Antonio. How do I survive it gluten-free without offending anyone?",
        ],
        [
          'a',
          'Offer to bring two or three dishes you can eat, ask about the turkey stuffing and gravy, serve yourself first before serving spoons get mixed, and bring a gluten-free dessert.',
        ],
        ['u', 'Serve myself first. The one time in my life I get to cut the line.'],
        ['a', 'Medical necessity.'],
        ['u', 'Can you give me a gluten-free gravy recipe I can bring in a jar?'],
        [
          'a',
          'Sure: butter, a tablespoon of sweet rice flour or corn starch, turkey or chicken stock, a splash of gluten-free tamari, salt and pepper. Simmer until thick, then jar it.',
        ],
        ['u', 'Tamari strikes again. Thank you.'],
        ['a', 'Happy Thanksgiving in advance!'],
      ],
    },
    {
      start: '2025-01-06 07:30',
      lines: [
        [
          'u',
          "New year, new commute. I got an Aventon e-bike for Christmas and I'm riding it to school starting today. The Tacoma stays in the driveway, contemplating its life choices.",
          'p_ebike',
        ],
        ['a', "Nice! An e-bike is a great way to commute. What's the route like?"],
        [
          'u',
          "About 7 miles, mostly on the Shoal Creek trail. Renata is convinced I'll be hit by a scooter.",
        ],
        ['a', 'Bright lights, a helmet and a bell go a long way. Do you have all three?'],
        ['u', "I have a helmet and the confidence of a man who hasn't fallen yet."],
        ['a', 'Maybe add lights to that list.'],
        [
          'u',
          'Fine. Also my daughter Hazel turns nine on the 8th of February and I need party ideas.',
          'p_daughter',
        ],
        ['a', 'Happy early birthday to Hazel! What does she like?'],
        ['u', "Art, animals, and telling me I'm wrong, which she gets from her father's profession."],
        [
          'a',
          'A few options: 1) a trampoline park, 2) a backyard "mad scientist" party, 3) a painting party at a pottery studio.',
        ],
        ['u', "Let me run those past the birthday girl tonight. She'll cross-examine each one."],
        ['a', 'Good luck with the committee.'],
        [
          'u',
          'By the way, my first cider is bottled. It tastes like apples that went to college.',
          'p_cider1',
        ],
        ['a', 'That sounds like a success!'],
        ['u', "Mostly. It's very dry. Is there a way to make it sweeter without exploding bottles?"],
        [
          'a',
          'You can pasteurize after carbonation, or sweeten with a non-fermentable sweetener like erythritol or xylitol before bottling.',
        ],
        ['u', 'Non-fermentable sweeteners. Okay, off to ride to work in 41 degrees. Pray for my hands.'],
        ['a', 'Gloves! Have a good ride.'],
      ],
    },
    {
      start: '2025-01-28 20:15',
      lines: [
        [
          'u',
          'Party verdict is in. Hazel picked the pottery studio painting party, option three. Twelve kids, one studio, God help the glaze.',
          'p_pick_party',
        ],
        ['a', 'Great choice! Kids love painting their own piece to take home. Need help with invitations?'],
        ['u', 'Yes please. Short, for a group text to parents.'],
        [
          'a',
          '"Hazel is turning 9! Join us for a pottery painting party on Saturday, Feb 8, 2–4 p.m. at Clay Day Studio. RSVP to Phineas by Feb 3."',
        ],
        [
          'u',
          "Perfect. And the cake has to be gluten-free because I refuse to watch my own daughter's cake from across the room.",
        ],
        ['a', 'Fair. A flourless chocolate cake or a good gluten-free bakery cake would both work for kids.'],
        [
          'u',
          "On that topic, I finally found a gluten-free bread that isn't a sponge of regret. Canyon Bakehouse, the Mountain White. It toasts like real bread.",
          'p_bread',
        ],
        ['a', 'Canyon Bakehouse gets a lot of love for exactly that reason.'],
        ['u', "It's eight dollars a loaf, which I consider a tax on my small intestine."],
        ['a', 'Buying several when on sale and freezing them can help.'],
        [
          'u',
          'Good tip. Also my second cider batch is going now, with a little ginger this time.',
          'p_cider2',
        ],
        ['a', 'Ginger cider sounds refreshing.'],
        ['u', "It might be a disaster, but it'll be a gluten-free disaster."],
        ['a', "That's the spirit."],
        [
          'u',
          "Okay, I have forty persuasive essays to grade. Half of them are persuading me they didn't use ChatGPT.",
        ],
        ['a', 'Good luck with the grading!'],
        [
          'u',
          'One more thing: Hazel now also wants the cake to look like a llama. Is that achievable by a man of average skill?',
        ],
        [
          'a',
          'Yes: bake two round cakes, cut one into a head and neck shape, and use white frosting piped in swirls for wool. Or order one from a gluten-free bakery and take the credit.',
        ],
      ],
    },
    {
      start: '2025-02-18 21:00',
      lines: [
        [
          'u',
          "HE DID IT. Marcus got his second bid this weekend, so he's officially qualified for the Tournament of Champions in Kentucky. First TOC qualifier in the school's history.",
          'p_toc',
        ],
        ['a', "Congratulations! That's a historic moment for your program!"],
        ['u', "I am going to be unbearable in the teachers' lounge for at least a month."],
        ['a', "You've earned it."],
        [
          'u',
          'The Rebuttals celebrated at Fairweather tonight, by the way. We even won, for once. The final category was "famous speeches" and I carried us.',
          'p_trivia_cider2',
        ],
        ['a', 'A double victory! Your home turf.'],
        ['u', "It's the only time my job has been useful in a bar."],
        ['a', 'Well done!'],
        [
          'u',
          'Now the hard part: paying for Kentucky. Flights for me and Marcus, two hotel nights, and the entry fee. Can you help me write a request to the booster club?',
        ],
        [
          'a',
          '"Dear Boosters, for the first time in school history, a Pecan Ridge debater has qualified for the Tournament of Champions. We are requesting support for travel, lodging and entry fees, approximately $1,400. Thank you for helping us make history."',
        ],
        [
          'u',
          'Add that the debate-a-thon covered most of our spring travel already, so they know we pull our weight.',
        ],
        [
          'a',
          'Added: "Our debate-a-thon already raised most of our spring travel budget, so this request covers only the TOC."',
        ],
        [
          'u',
          'Good. How much did the debate-a-thon make, you ask? $3,400. The hot dog motion alone made $600.',
        ],
        ['a', 'The hot dog question is very profitable.'],
        ['u', 'Democracy in action. Good night.'],
        ['a', 'Good night, and congrats again!'],
        [
          'u',
          'PS: the ice storm gave us a snow day on Thursday. I spent it grading in my pajamas, which is the most glamorous this job gets.',
        ],
        ['a', 'Pajama grading sounds pretty good to me.'],
      ],
    },
    {
      start: '2025-03-18 18:00',
      lines: [
        [
          'u',
          "Spring break! We're back from four days in Big Bend. Renata, Hazel, me, and the dog, who hated all of it.",
        ],
        ['a', 'Big Bend in spring is lovely. Why did the dog hate it?'],
        [
          'u',
          'Chomsky is a six-year-old basset hound. He believes hiking is a human rights violation. He was carried for most of the Window Trail.',
          'p_dog',
        ],
        ['a', 'A dog of strong convictions.'],
        ['u', 'Named for a linguist and lives up to it. Mostly he argues with squirrels.'],
        ['a', 'Very on brand for a debate household.'],
        [
          'u',
          "Back to school next week, and the bike commute in the rain. I've been riding every day since January and I'm down eleven pounds, which I attribute half to the bike and half to bread being eight dollars.",
          'p_ebike2',
        ],
        ['a', "That's fantastic. Do you have rain gear for the bike?"],
        ['u', 'I have a poncho that makes me look like a sad burrito.'],
        ['a', 'A proper rain jacket and fenders would be an upgrade, and less burrito-like.'],
        [
          'u',
          "Fenders. I'll look. What should I be packing for the TOC trip in April? It's three days in Lexington.",
        ],
        [
          'a',
          'Suits and comfortable shoes, laptop and chargers, printed backup cases, snacks, and for you a stash of safe gluten-free food, since tournament food is often pizza.',
        ],
        ['u', 'Tournament pizza. My old nemesis and my old love.'],
        ['a', 'Pack some snacks and find a grocery near the hotel.'],
        ['u', 'Smart. Thanks.'],
        ['a', 'Enjoy the rest of the break!'],
        [
          'u',
          "Oh, basset question. Chomsky's ears smell like corn chips. Is that a problem or a personality?",
        ],
        [
          'a',
          'A yeasty, corn-chip smell in the ears can mean a yeast infection, which bassets are prone to. A vet check and regular ear cleaning are a good idea.',
        ],
      ],
    },
    {
      start: '2025-04-15 20:00',
      lines: [
        [
          'u',
          'Garage report: I started my first mead today. Fifteen pounds of local wildflower honey, water, and yeast. The cider and mead operation is fully up and running.',
          'p_mead',
        ],
        ['a', 'Exciting! Mead takes patience. What yeast did you use?'],
        [
          'u',
          'Lalvin 71B. The homebrew club guy who bought my grain mill recommended it, which feels like a fair trade.',
        ],
        [
          'a',
          '71B is a great choice for a semi-sweet mead. Feed it yeast nutrient in stages over the first week.',
        ],
        ['u', 'Staggered nutrients. Got it. When is it drinkable?'],
        [
          'a',
          'It may be drinkable in three months, but most meads get much better after six to twelve months of aging.',
        ],
        ['u', "Twelve months. So by the time it's ready, Marcus will be in college."],
        ['a', 'You could save a bottle for his graduation.'],
        ['u', "That's actually a lovely idea. We leave for Lexington a week from Friday."],
        ['a', 'How are you both feeling?'],
        ['u', "He's calm. I'm not. I've rewritten his prep schedule four times."],
        ['a', 'Maybe the best thing now is to keep it simple: sleep, a few practice rounds, and confidence.'],
        [
          'u',
          "Can you recommend restaurants in Lexington that are reliably gluten-free? I don't want to spend the tournament on gas station jerky.",
        ],
        [
          'a',
          'Look for places with dedicated gluten-free menus and ask about fryers. Apps like Find Me Gluten Free have reviews from celiac diners.',
        ],
        ['u', 'Find Me Gluten Free. Downloading. Thank you.'],
        ['a', 'Good luck at the TOC!'],
        [
          'u',
          "Marcus says if he breaks to elimination rounds he'll shave his head. I have said nothing to encourage this. I have also bought clippers.",
        ],
        ['a', 'Prepared for every outcome. A true coach.'],
      ],
    },
    {
      start: '2025-05-20 19:30',
      lines: [
        [
          'u',
          "Season's over. Marcus made it to octofinals at the TOC, which is better than I ever did at anything at 18.",
        ],
        ['a', "That's a wonderful result for a first-time qualifier!"],
        [
          'u',
          "He's going to UT in the fall, so I'll still see him around town, probably arguing with a barista.",
        ],
        ['a', 'Austin baristas can handle it.'],
        [
          'u',
          'Also, my ginger cider took second place in the cider category at the homebrew club competition. Second! A man with celiac, beating people with working intestines.',
          'p_cider3',
        ],
        ['a', "Congratulations! That's a great result."],
        ['u', 'The judge wrote "bright, crisp, a little aggressive," which is also my teaching evaluation.'],
        ['a', 'Consistent branding.'],
        [
          'u',
          'I\'m still riding the e-bike to school every morning. Sold the Tacoma last week, actually. Renata says I\'ve become "a bike guy." I have not denied it.',
          'p_ebike3',
        ],
        ['a', 'Welcome to bike life! Are you riding this summer too?'],
        [
          'u',
          'Summer plan is to ride, brew, and sleep until August. Can you suggest a few books for a summer reading list? Not about debate.',
        ],
        [
          'a',
          'A few: "Lonesome Dove" by Larry McMurtry, "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin, "The Overstory" by Richard Powers, and "Demon Copperhead" by Barbara Kingsolver.',
        ],
        ['u', "I've already read Lonesome Dove twice, but it's the law in Texas. I'll take the Zevin."],
        ['a', "Great choice, it's a fun read."],
        ['u', "Thanks for a year of help. Between the diagnosis and the TOC it's been a strange one."],
        ['a', "It's been a pleasure. Enjoy your summer, Phineas!"],
        [
          'u',
          'Forgot to say: the mead is still bubbling away in the hall closet. Ten more months and it might be drinkable.',
          'p_mead2',
        ],
        ['a', 'Patience will be rewarded. Enjoy the summer!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which of my debaters made it to the Tournament of Champions?', ['p_toc']],
    ['single-hop', 'What kind of dog is Chomsky?', ['p_dog']],
    ['single-hop', 'Which fundraising idea did I go with for the team?', ['p_pick_fundraiser']],
    ['single-hop', 'Which gluten-free bread brand did I say I actually like?', ['p_bread']],
    ['single-hop', 'Where is Hazel having her ninth birthday party?', ['p_pick_party']],
    [
      'multi-hop',
      'What did the new fermenter and the gluten testing gadget cost me altogether?',
      ['p_fermenter_price', 'p_nima_price'],
    ],
    ['multi-hop', "What are my wife's and my daughter's names?", ['p_wife', 'p_daughter']],
    ['temporal', 'How long ago did I find out I have celiac?', ['p_celiac'], { askedAt: '2025-06-10 19:00' }],
    [
      'temporal',
      'How many months ago did we go to the Houston tournament?',
      ['p_houston_plan', 'p_houston'],
      { askedAt: '2025-06-10 19:05' },
    ],
    [
      'updated',
      'What am I making in my garage brewery these days?',
      ['p_brew_cider', 'p_cider1', 'p_cider2', 'p_mead', 'p_cider3', 'p_mead2'],
      { stale: ['p_ipa', 'p_stout', 'p_stout_b', 'p_stout_c'] },
    ],
    [
      'updated',
      'Where does my trivia team meet on Tuesdays now?',
      ['p_trivia_cider', 'p_trivia_cider2'],
      { stale: ['p_trivia_hop1'] },
    ],
    [
      'updated',
      'How do I get to school in the mornings now?',
      ['p_ebike', 'p_ebike2', 'p_ebike3'],
      { stale: ['p_truck1'] },
    ],
    ['off-topic', 'What is the tallest mountain in Africa?', []],
    ['off-topic', 'Can you explain how compound interest works?', []],
    ['off-topic', 'What is the difference between an alligator and a crocodile?', []],
  ],
});

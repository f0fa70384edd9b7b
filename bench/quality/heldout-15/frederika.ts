import { definePersona } from '../author.ts';

export const frederika = definePersona({
  user_id: 'h15-frederika',
  name: 'Frederika',
  summary:
    "Frederika, 29, is a Danish-American urban planner in Minneapolis who cycles everywhere and doesn't eat meat; she writes long, thoughtful, slightly rambling messages full of asides.",
  language: 'en',
  sessions: [
    {
      start: '2024-09-07 08:20',
      lines: [
        [
          'u',
          'Good morning! I have a slightly odd request to start the weekend: I want to write a short reflective piece for our department newsletter about why I bike to work, but I keep making it sound like a TED talk. Can you help me make it more human?',
        ],
        ['a', 'Happily! Tell me a bit about your commute and what you actually enjoy about it.'],
        [
          'u',
          "It's about 4 miles from our apartment in Powderhorn to City Hall, mostly on the Midtown Greenway, and honestly the best part is that I arrive having already thought through my day. Also the herons on the creek in the mornings, which is not a policy argument but it's true.",
          'home-old1',
        ],
        [
          'a',
          'That is lovely and very human. Maybe open with the herons: "Most mornings I see a heron before I see my inbox."',
        ],
        [
          'u',
          "Oh I love that line, I'm stealing it immediately. Can you also mention my bike without it sounding like an ad? It's a Surly Long Haul Trucker, steel, dark green, older than my career.",
          'bike-old1',
        ],
        [
          'a',
          'Try: "My bike is a dark green steel Surly that has outlasted two jobs and one very bad winter. It is not fast, but it always gets me there."',
        ],
        [
          'u',
          'Ha, it has actually outlasted exactly that. Okay, one more bit: I want to thank my manager without it being weird. Renata Oyelaran has been really supportive about flexible hours so I can avoid rush hour.',
          'manager',
        ],
        [
          'a',
          'Perhaps: "I\'m grateful to my manager, Renata Oyelaran, who understood that a 7:30 start on a bike beats a 9:00 start in traffic."',
        ],
        [
          'u',
          "Perfect, she'll laugh at that. Totally unrelated, but do you know why the Greenway has that weird sunken layout? Someone asked me at a party and I gave a half answer.",
        ],
        [
          'a',
          'It follows an old railroad trench, the Milwaukee Road rail corridor, which was dug below street level in the early 1900s to avoid level crossings. It became the Greenway in stages from 2000.',
        ],
        [
          'u',
          'Right, the grade separation! I knew that, I promise, I was just three glasses of wine in. Thank you.',
        ],
        ['a', 'Ha, understandable. Anything else for the piece?'],
        ['u', "Maybe a closing line that isn't preachy? Something like, I'm not telling you to bike, but..."],
        ['a', '"I\'m not here to convert anyone. I just want the herons to have more company."'],
        [
          'u',
          "That's a little too cute but I'll tweak it. Thank you, this was genuinely fun. Off to the farmers market with Theo now.",
        ],
        ['a', 'Enjoy the market!'],
        [
          'u',
          "Oh, and if you have one tip for keeping tomatoes from going mealy in the fridge, I'll take it, because we always buy too many.",
        ],
        [
          'a',
          "Don't refrigerate ripe tomatoes if you will eat them in a day or two; keep them stem-side down at room temperature. If you must chill them, let them warm up before eating.",
        ],
        ['u', 'Stem-side down, noted. Bye!'],
        ['a', 'Bye, have a lovely Saturday!'],
      ],
    },
    {
      start: '2024-09-28 19:45',
      lines: [
        [
          'u',
          "Evening! I'm trying to plan a dinner party for next weekend for six people and I want something autumnal. I'm vegetarian, as is half the group, and the other half are the kind of Midwesterners who think a meal without meat is a snack, so it needs to be hearty.",
          'diet-old1',
        ],
        [
          'a',
          'A hearty vegetarian autumn menu could be: roasted squash soup, a wild rice and mushroom hotdish, a kale and apple salad, and apple crisp.',
        ],
        [
          'u',
          'A wild rice hotdish is genius, that is maximally Minnesotan and nobody can complain. Can you give me a version that serves six?',
        ],
        [
          'a',
          'Sauté 1 lb mixed mushrooms, an onion, celery and garlic; stir in 3 cups cooked wild rice, a cream sauce (butter, flour, 2 cups milk, 1 cup stock), thyme and Gruyère; top with crispy onions and bake 30 minutes at 375°F.',
        ],
        [
          'u',
          'Perfect. Theo is going to make his famous apple crisp, which is "famous" in the sense that he\'s made it twice.',
        ],
        ['a', 'Ha, that counts. Who is coming?'],
        [
          'u',
          "Mostly people from work and a couple of Theo's band friends. He plays upright bass in a jazz trio that does Thursday nights at a bar in Northeast.",
          'theo',
        ],
        ['a', 'That sounds like a fun mix of people!'],
        [
          'u',
          'It is, although the planners always end up talking about parking minimums and the musicians wander off to the balcony.',
        ],
        ['a', 'Maybe a seating plan that mixes them up?'],
        [
          'u',
          'Ha, social engineering, very on brand. Also, I should check: Kierkegaard, our cat, has started eating the houseplants. Is pothos toxic to cats?',
          'cat',
        ],
        [
          'a',
          'Yes, pothos is mildly toxic to cats and can cause mouth irritation, drooling and vomiting. It is best moved out of reach; spider plants and cat grass are safe alternatives.',
        ],
        [
          'u',
          "Oh no. He is a grey tabby with zero survival instincts. I'll move it to the top of the bookshelf.",
        ],
        ['a', 'Good idea, and maybe put some cat grass down as a decoy.'],
        [
          'u',
          "Cat grass, yes! Thank you. Back to the party: any idea for a non-alcoholic drink that isn't just sparkling water with a sad lime?",
        ],
        [
          'a',
          'Try a spiced apple cider shrub: apple cider, a splash of apple cider vinegar, cinnamon and ginger, topped with soda.',
        ],
        ['u', "Oh that's exactly the vibe. Thank you!"],
        ['a', 'Have a great dinner party!'],
      ],
    },
    {
      start: '2024-10-19 10:30',
      lines: [
        [
          'u',
          "Big work news, which I'm equal parts thrilled and terrified about: Renata asked me to lead the Lake Street corridor plan, which is a two-year project covering transit, bike lanes, and small-business support along the whole street.",
          'project',
        ],
        ['a', 'Congratulations! That is a big vote of confidence. What is the first step?'],
        [
          'u',
          'Stakeholder mapping and a community engagement plan. Can you help me brainstorm groups we should reach out to beyond the usual suspects?',
        ],
        [
          'a',
          'Ideas: small business owners (especially immigrant-owned), faith communities, youth groups, disability advocates, delivery drivers, bus riders at specific stops, and tenant unions.',
        ],
        [
          'u',
          "Delivery drivers is a great one, nobody ever thinks about them and they're on that street more than anyone.",
        ],
        ['a', 'Exactly, they know every loading zone problem.'],
        [
          'u',
          "Separate thing: the Surly needs new brake pads before winter and I'm debating doing it myself. Is it hard on cantilever brakes?",
          'bike-old2',
        ],
        [
          'a',
          "It's very doable: loosen the pad bolt, swap the pad, then set toe-in so the front of the pad hits the rim first. Adjusting canti straddle cable can be fiddly though.",
        ],
        [
          'u',
          "The toe-in thing is where I always give up. Maybe I'll go to the co-op bike shop and do it with their help.",
        ],
        ['a', 'That is a great compromise, and you will learn it properly.'],
        [
          'u',
          "Also, small PSA about me in case I ask for recipes: I'm allergic to cashews, which is a real pain at plant-based places because they put cashew cream in everything.",
          'allergy',
        ],
        [
          'a',
          "Thanks for telling me, I'll keep that in mind. Sunflower seeds or silken tofu are good substitutes for cashew cream.",
        ],
        [
          'u',
          "Silken tofu, yes, that's my go-to. Okay, and what's a good book on participatory planning that isn't a textbook?",
        ],
        [
          'a',
          'Try "Happy City" by Charles Montgomery, or "Palaces for the People" by Eric Klinenberg, both readable and thoughtful.',
        ],
        ['u', "I've read Palaces, loved it. I'll grab Happy City from Hennepin County library."],
        ['a', 'Great choice, you will enjoy it.'],
        ['u', 'Thank you! I feel a tiny bit less terrified now.'],
        ['a', "You've got this!"],
        ['u', 'Says the chatbot. But I appreciate it.'],
        ['a', 'Ha, fair. Still true though!'],
      ],
    },
    {
      start: '2024-11-16 14:10',
      lines: [
        [
          'u',
          'Winter is coming in fast and my hands were basically frozen solid on the ride home yesterday. What are my options for keeping hands warm on a bike at like 10°F?',
        ],
        [
          'a',
          'Three main options: 1) lobster mitts like the Pearl Izumi AmFIB, warm but a bit bulky; 2) pogies (bar mitts) that attach to the handlebars so you can wear thin gloves inside; 3) battery-heated gloves, very warm but pricey and need charging.',
        ],
        [
          'u',
          "The pogies, definitely. I hate bulky gloves and I'll forget to charge anything that has a battery.",
          'pick-pogies',
        ],
        [
          'a',
          'Good choice. Look for ones that fit your handlebar type; with drop bars you want a specific shape.',
        ],
        ['u', "Oh good point, the Trucker has drop bars. I'll check at the co-op.", 'bike-old3'],
        ['a', 'They should be able to help.'],
        [
          'u',
          "Also Thanksgiving: we're doing it at Theo's parents' in Eau Claire, and I'm once again the lone vegetarian at a table of turkey people. Can you suggest a main I could bring that I can share?",
          'diet-old2',
        ],
        [
          'a',
          "A stuffed roast squash with wild rice, cranberries and pecans looks festive and is easy to share. Or a mushroom and lentil shepherd's pie.",
        ],
        ['u', 'Stuffed squash sounds pretty and low risk. His mom is lovely but very "is that a side dish?"'],
        ['a', 'Ha, the squash will hold its own as a centerpiece.'],
        [
          'u',
          "I'm also trying to decide if we renew our lease in Powderhorn Park. It's up in January and rent is going up 9%, which feels absurd for a unit with a radiator that clanks like a ghost.",
          'home-old2',
        ],
        ['a', 'That is a big increase. Could you negotiate with the landlord, or would you consider moving?'],
        [
          'u',
          'We might look. Theo wants to be closer to his gigs, and I want a place with a ground-floor spot for bikes, because hauling my bike up two flights in winter is a special kind of punishment.',
        ],
        [
          'a',
          'Those are good criteria. Starting your search early, say in December, gives you the best chance before the February 1 rush.',
        ],
        [
          'u',
          "True. Okay, last thing: can you explain how Minnesota's renter's credit works? I never understand it.",
        ],
        [
          'a',
          'In short: renters file a form (M1PR) with their taxes, using a Certificate of Rent Paid from the landlord, and may get a refund based on income and rent paid.',
        ],
        ['u', 'Okay, the CRP, right. I always lose that piece of paper.'],
        ['a', 'Maybe take a photo of it as soon as it arrives!'],
      ],
    },
    {
      start: '2024-12-08 09:00',
      lines: [
        [
          'u',
          "I'm so upset I can barely type. Someone stole my bike last night. I locked it to the rack outside a friend's place in Uptown with a U-lock and in the morning there was just the cut lock on the ground.",
          'bike-stolen',
        ],
        [
          'a',
          "I am so sorry, that is awful, especially for a bike you've had so long. Have you reported it?",
        ],
        ['u', 'Not yet. What should I do first?'],
        [
          'a',
          'File a police report online, register the serial number as stolen on Bike Index, post to local bike theft groups, and check Facebook Marketplace and pawn shops over the next few days.',
        ],
        [
          'u',
          "I do have the serial number, luckily, it's in a photo from when I bought it. Doing Bike Index now.",
        ],
        ['a', 'Great, that makes recovery much more likely.'],
        [
          'u',
          "It's silly, but I'm grieving it a bit. It took me through grad school and every winter since.",
        ],
        ['a', "That's not silly at all. A bike like that holds a lot of memories."],
        [
          'u',
          "Grad school meaning my master's in urban and regional planning at the Humphrey School at the U, which I mostly did by bike in the snow, for the record.",
          'degree',
        ],
        ['a', "That is quite the history. Let's hope it turns up."],
        [
          'u',
          'In the meantime, how do I get to work tomorrow? The bus from here is the 21 I think, along Lake Street, which at least is research for my project lol',
        ],
        [
          'a',
          "Yes, the A Line and Route 21 run along Lake Street; Metro Transit's trip planner will give you the exact connection.",
        ],
        ['u', "Okay. I'll take the 21 and glare at every bike rack I pass."],
        ['a', 'Understandable. Would you like help thinking about a replacement later?'],
        ['u', "Yes, but not today. Today I'm going to eat pancakes and feel sorry for myself."],
        ['a', 'That sounds like exactly the right plan.'],
        ['u', 'Thanks for being nice about it.'],
        ['a', 'Of course. I hope it comes back to you.'],
      ],
    },
    {
      start: '2025-01-12 20:15',
      lines: [
        [
          'u',
          "Okay, update on the bike saga: it never turned up, so I bought a used Bullitt cargo bike off a family in St. Paul who moved to Denver. It's enormous and I'm in love.",
          'bike-new1',
        ],
        ['a', 'Congratulations! Cargo bikes are so practical. How does it handle in the snow?'],
        [
          'u',
          'Like a boat, honestly, but a very stable boat. I did a whole grocery run with it today, two weeks of groceries and a bag of cat litter.',
        ],
        ['a', 'That is impressive, and very Danish of you.'],
        [
          'u',
          "Ha, my mom said exactly the same thing. She's from Aarhus and keeps sending me pictures of Copenhagen bike lanes like it's a dare.",
        ],
        ['a', 'Sounds like she is very proud.'],
        [
          'u',
          'Also: I presented the draft engagement plan for the corridor at the community open house at Midtown Global Market last night. About 80 people came!',
          'present',
        ],
        ['a', 'That is a great turnout! How did it go?'],
        [
          'u',
          "Mostly well. One man yelled about parking for ten minutes, which I'd predicted to the minute, but a lot of the small-business owners stayed after to talk, which is exactly what I wanted.",
        ],
        ['a', 'It sounds like you got real engagement. Are you summarising feedback?'],
        [
          'u',
          'Yes, can you help me structure a feedback summary memo for Renata? I want themes, not a transcript.',
        ],
        [
          'a',
          'Suggested structure: 1) overview and turnout, 2) top themes (with counts), 3) notable quotes, 4) concerns to address, 5) next steps.',
        ],
        [
          'u',
          'Clear and simple, thanks. Apartment hunting is also eating my life right now, by the way. Every listing says "cozy" and means "one room with a sink".',
        ],
        ['a', 'Ha, the real estate dictionary. Any promising leads?'],
        ['u', "One, maybe, but I won't jinx it by talking about it."],
        ['a', 'Fingers crossed for you!'],
        [
          'u',
          'Also trying Veganuary this month for fun. Surprisingly easy so far, except I miss cheese in a way that feels spiritual.',
          'veganuary',
        ],
        [
          'a',
          'Cheese is usually the hardest part. Nutritional yeast and miso can help with that savoury flavour.',
        ],
        ['u', 'Miso in everything, got it.'],
        ['a', 'It is a great trick!'],
      ],
    },
    {
      start: '2025-02-08 11:00',
      lines: [
        [
          'u',
          "We moved!! We're in Northeast now, the bottom half of a duplex a few blocks from Logan Park, with a basement door I can roll the Bullitt straight into.",
          'home-new1',
        ],
        ['a', 'Congratulations! That sounds perfect for you both. How was moving day?'],
        [
          'u',
          "Cold. Minus 4 with wind. Theo's band carried everything, which was very sweet and also very chaotic, because jazz musicians do not label boxes.",
        ],
        ['a', 'Ha, improvisation everywhere!'],
        [
          'u',
          'Kierkegaard spent the first 24 hours under the bathtub. He is now fully in charge of the radiator.',
        ],
        ['a', 'Cats adapt once they claim a warm spot.'],
        [
          'u',
          "Food-wise, the Veganuary thing stuck. I've been fully vegan since New Year's and I don't think I'm going back, I just feel better and the cheese craving faded.",
          'diet-new1',
        ],
        [
          'a',
          'That is great to hear. Make sure you get enough B12; a supplement is recommended on a vegan diet.',
        ],
        [
          'u',
          "Yes, I started B12 and I'm getting bloodwork in the spring just to be safe. Can you give me a high protein vegan lunch I can prep on Sundays? No cashews, remember!",
          'diet-new1b',
        ],
        [
          'a',
          'Try a lentil, roasted sweet potato and kale salad with tahini dressing, or a tofu and edamame grain bowl with peanut sauce.',
        ],
        ['u', "The grain bowl, with peanut sauce, yes. I'm a peanut person anyway."],
        ['a', 'Great, it keeps well for four days in the fridge.'],
        [
          'u',
          'Do you know anything about the history of Logan Park? I like knowing the story of where I live.',
          'home-new1b',
        ],
        [
          'a',
          'Logan Park is one of the older parks in Northeast, with a historic field house; the neighbourhood grew with Polish, Ukrainian and other Eastern European immigrants who worked in nearby mills and rail yards.',
        ],
        ['u', "That tracks, there's a Ukrainian church around the corner with the most beautiful domes."],
        ['a', 'It sounds like a lovely neighbourhood to explore.'],
        ['u', 'Okay, off to unpack the box labelled "misc???" in Theo\'s handwriting.'],
        ['a', 'Good luck, that is the most dangerous box.'],
      ],
    },
    {
      start: '2025-03-01 16:40',
      lines: [
        [
          'u',
          'Renata and I are writing a grant application for protected bike lanes on Lake Street and I need to tighten the "problem statement". Can you take a look if I paste it?',
        ],
        ['a', 'Of course, paste it in.'],
        [
          'u',
          'Here it is: "Lake Street is a vital commercial corridor, but it is also one of the most dangerous streets in the city for people walking and biking, with a disproportionate number of serious crashes affecting low-income residents and communities of color."',
        ],
        [
          'a',
          'It is clear. To strengthen it, add a specific number, e.g. "accounting for X% of severe crashes on city streets despite being Y% of the network".',
        ],
        ['u', "Good, I'll pull the crash data on Monday."],
        ['a', 'Concrete numbers really help with reviewers.'],
        [
          'u',
          "Separately, it's my mom's birthday next week and she wants nothing, which means she wants something thoughtful. Ideas?",
        ],
        [
          'a',
          'A framed print of somewhere meaningful to her, a handwritten letter, a cooking class together, or a donation in her name.',
        ],
        ['u', "Maybe a framed print of the harbour in Aarhus, she grew up near there. That's sweet."],
        ['a', 'That would be lovely.'],
        [
          'u',
          "Speaking of Aarhus, we're trying to plan a trip there in May for my mormor's 90th birthday. That's my grandmother, mom's mom.",
        ],
        ['a', 'How wonderful! Ninety is a big celebration.'],
        ['u', 'She still bikes to the bakery every morning, which is my entire life goal.'],
        ['a', 'What an inspiration!'],
        [
          'u',
          'Also, weird question, but how do you get a cat to stop yelling at 5am? Kierkegaard has decided the new place needs a dawn announcement.',
        ],
        [
          'a',
          "Feed him right before bed instead of in the morning, use an automatic feeder set for later, and don't respond to the yelling, as that reinforces it.",
        ],
        ['u', "The automatic feeder is a great idea, he'll yell at the machine instead of me."],
        ['a', 'Exactly, let the machine take the blame.'],
      ],
    },
    {
      start: '2025-03-29 18:30',
      lines: [
        [
          'u',
          "Denmark trip planning, part one: we're flying into Copenhagen on May 15 and staying there 4 nights before heading to Aarhus, so Theo gets to see the city properly.",
          'cph',
        ],
        ['a', 'Great plan! Copenhagen is lovely in May. Any must-dos on your list?'],
        [
          'u',
          'I want to rent bikes and ride the Cykelslangen bridge and then just stand at a busy intersection and watch people cycle like a total nerd.',
        ],
        [
          'a',
          "Ha, a planner's pilgrimage! Also worth seeing: the Inderhavnsbroen bridge and Superkilen park in Nørrebro.",
        ],
        ['u', 'Superkilen is on the list, I wrote a paper on it in grad school.'],
        ['a', 'Then you will love seeing it in person.'],
        [
          'u',
          "The new place is a dream for this stuff too, by the way. From our duplex in Northeast I can get to Theo's bar in five minutes by bike and we even have a tiny yard.",
          'home-new2',
        ],
        ['a', 'That sounds perfect for both of you.'],
        [
          'u',
          'Can you suggest some vegan-friendly places in Copenhagen? Ideally somewhere my very traditional great-uncle would also eat.',
          'diet-cph',
        ],
        [
          'a',
          'Look at places with big vegetable-forward menus and Nordic bakeries with vegan pastries; many classic smørrebrød places now offer plant-based versions too.',
        ],
        [
          'u',
          "Plant-based smørrebrød might be the perfect compromise. He'll still put herring on his, and that's fine.",
        ],
        ['a', 'Everyone wins!'],
        [
          'u',
          'And a small favour: can you help me write a message in simple English to my cousin Mette asking if she can pick us up from Aarhus station? Her English is great but she likes it short.',
        ],
        [
          'a',
          '"Hi Mette! We arrive at Aarhus station on May 19 in the afternoon. Could you pick us up? No worries if not! Love, Frederika."',
        ],
        ['u', "Perfect, she'll appreciate the brevity."],
        ['a', 'Happy to help.'],
        [
          'u',
          'I keep mentioning Theo but he\'s been practicing Danish on Duolingo and now he greets the cat with "god morgen". It\'s adorable.',
        ],
        ['a', 'That is adorable. Kierkegaard must feel at home.'],
      ],
    },
    {
      start: '2025-04-19 13:00',
      lines: [
        [
          'u',
          "Denmark planning, part two: after Copenhagen we'll do 6 nights in Aarhus with family, including the big 90th party on the Saturday.",
          'aarhus',
        ],
        ['a', 'That sounds wonderful. What are you bringing for your mormor?'],
        ['u', "I'm thinking a photo book of the American side of the family, since she's never been here."],
        ['a', 'What a thoughtful gift, she will love it.'],
        [
          'u',
          'The Bullitt is getting serious use now that the snow is gone. I took Kierkegaard to the vet in the front box, in his carrier, and he looked like a tiny furious king.',
          'bike-new2',
        ],
        ['a', 'Ha! That is an image. I hope the vet visit went well.'],
        ['u', "He's fine, just overweight, which is my fault for the automatic feeder scheme."],
        ['a', 'A measured portion setting might help!'],
        [
          'u',
          'And I had my bloodwork back, everything looks good on the vegan diet, iron and B12 both fine, my doctor was kind of impressed.',
          'diet-new2',
        ],
        ['a', "That is great news! It sounds like you've planned your meals well."],
        [
          'u',
          'Thanks! Work question: what are some good ways to run a workshop with business owners who only have 30 minutes?',
        ],
        [
          'a',
          'Go to them: short drop-in sessions at their businesses, a single focused question, visuals they can mark up, and a quick follow-up survey.',
        ],
        ['u', "Going to them is a great idea, most of them can't leave the register."],
        ['a', 'Exactly, meet people where they are.'],
        ['u', 'I\'m going to call it "Planning on the Go", which is mildly cringe but memorable.'],
        ['a', 'Cringe and memorable is a winning combination in outreach!'],
        ['u', "Okay, I'm going to go fix the Bullitt's chain, which has started squeaking.", 'bike-new3'],
        ['a', 'Clean it first, then a bit of chain lube, and wipe off the excess.'],
      ],
    },
    {
      start: '2025-05-10 09:30',
      lines: [
        [
          'u',
          "Five days until Denmark! I'm making a packing list, can you help me think about what I'm forgetting?",
        ],
        [
          'a',
          'Passport, adapters (Type C/K plugs), layers and a rain jacket, comfortable walking shoes, the photo book, any medication, and a copy of your travel insurance.',
        ],
        ['u', 'Adapters! Theo would absolutely have forgotten those.'],
        ['a', 'Always the thing people forget.'],
        [
          'u',
          'My friend Jonah is going to stay at our place and look after Kierkegaard. I need a care note for him.',
        ],
        [
          'a',
          "Include feeding amounts and times, litter box routine, the vet's number, any quirks, and your contact details in Denmark.",
        ],
        [
          'u',
          "Quirks: he yells at 5am, he'll try to eat plants, and he sleeps on the radiator even when it's off.",
        ],
        ['a', 'Ha, perfect, that is exactly what Jonah needs to know.'],
        [
          'u',
          "Also Jonah needs directions: the duplex near Logan Park, key is in the lockbox by the side door, code I'll text him.",
          'home-new3',
        ],
        ['a', 'Great, sending the code separately is safest.'],
        [
          'u',
          'Another thing: how do I tell my boss I want to take a few extra days next year without sounding ungrateful?',
        ],
        [
          'a',
          "Frame it around planning: \"I'd like to plan ahead for next year and take a few extra days in [month]. Here's how I'll make sure the project stays on track.\"",
        ],
        ['u', 'Renata will be fine, honestly, but I like to have my words ready.'],
        ['a', 'That is a good habit.'],
        ['u', "What's the weather usually like in Aarhus in late May?"],
        ['a', 'Usually mild, around 15 to 18°C (59 to 64°F), with long days and a good chance of showers.'],
        ['u', 'Rain jacket, check. Thank you!'],
        ['a', 'Have a wonderful trip!'],
      ],
    },
    {
      start: '2025-06-07 15:00',
      lines: [
        [
          'u',
          "I'm back, jet-lagged, and full of feelings. Mormor's party was perfect. She gave a speech and then cycled home. At ninety.",
        ],
        ['a', 'That is amazing! What a celebration.'],
        [
          'u',
          'Staying vegan in Denmark was harder than I expected, lots of butter and cream everywhere, but the bakeries came through and I never caved.',
          'diet-new3',
        ],
        ['a', 'Well done! Sounds like you found good options.'],
        [
          'u',
          'Theo discovered Danish jazz clubs and now wants to move to Copenhagen, which is not happening.',
        ],
        ['a', 'Ha, maybe a long visit instead?'],
        [
          'u',
          'Exactly. Also, I came back with about 200 photos of bike infrastructure. Can you help me turn some into a short lunch-and-learn talk for the department?',
        ],
        [
          'a',
          "Sure. Structure: 1) why Copenhagen, 2) five design details we could borrow, 3) what won't translate to Minneapolis, 4) one pilot idea for Lake Street.",
        ],
        ['u', 'I love "what won\'t translate", it keeps me from sounding like a Copenhagen evangelist.'],
        ['a', 'It adds credibility.'],
        ['u', 'Can you suggest a title? Something light.'],
        [
          'a',
          'Options: 1) "What I Learned Staring at Intersections in Copenhagen", 2) "Borrowing from the Danes", 3) "Lanes, Not Dreams".',
        ],
        ['u', "The first one, it's exactly what I did.", 'pick-title'],
        ['a', 'Ha, honest and funny. Great pick.'],
        [
          'u',
          'Kierkegaard is sulking because Jonah gave him too many treats. He now refuses the normal food.',
        ],
        ['a', 'Classic. Stick to his normal food and he will come around in a day or two.'],
        ['u', 'Okay. Going to nap now before the jet lag wins.'],
        ['a', 'Sleep well!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What instrument does my partner play?', ['theo']],
    ['single-hop', "What's my cat called and what does he look like?", ['cat']],
    ['single-hop', 'Which nut do I need to avoid?', ['allergy']],
    [
      'single-hop',
      'Which option did I go with to keep my hands warm while riding in winter?',
      ['pick-pogies'],
    ],
    ['single-hop', 'Where did I do my graduate degree?', ['degree']],
    ['multi-hop', 'Who is my manager, and what big project did she hand me?', ['manager', 'project']],
    ['multi-hop', 'How many nights in total did we plan to spend in Denmark?', ['cph', 'aarhus']],
    [
      'temporal',
      'How long ago did my old bike get stolen?',
      ['bike-stolen'],
      { askedAt: '2025-06-20 12:00' },
    ],
    [
      'temporal',
      'What came first: moving house or my presentation at the community open house?',
      ['present', 'home-new1'],
      { askedAt: '2025-06-20 12:05' },
    ],
    [
      'updated',
      'Which neighbourhood do I live in now?',
      ['home-new1', 'home-new1b', 'home-new2', 'home-new3'],
      { stale: ['home-old1', 'home-old2'] },
    ],
    [
      'updated',
      'What kind of bike am I riding these days?',
      ['bike-new1', 'home-new1', 'bike-new2', 'bike-new3'],
      { stale: ['bike-old1', 'bike-old2', 'bike-old3'] },
    ],
    [
      'updated',
      'What does my diet look like at the moment?',
      ['veganuary', 'diet-new1', 'diet-new1b', 'diet-cph', 'diet-new2', 'diet-new3'],
      { stale: ['diet-old1', 'diet-old2'] },
    ],
    ['off-topic', 'Who painted The Starry Night?', []],
    ['off-topic', 'How do I calculate compound interest on a loan?', []],
    ['off-topic', 'What causes the northern lights?', []],
  ],
});

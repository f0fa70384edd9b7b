import { definePersona } from '../author.ts';

export const anika = definePersona({
  user_id: 'h7-anika',
  name: 'Anika',
  summary:
    'Anika, 31, UX researcher in Toronto (Leslieville); vegetarian, cat owner, gets migraines; changes job, swaps bouldering for pottery, switches migraine medication, adopts a second cat.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-08 10:15',
      lines: [
        ['u', "Good morning! It's a grey Saturday here in Toronto and I'm trying to be productive for once."],
        ['a', 'Good morning! Grey Saturdays are perfect for getting things sorted. What are you working on?'],
        [
          'u',
          "Meal prep, mainly. I've been vegetarian since university and I always fall back on the same three lentil dishes, so I'm bored out of my mind.",
          'veg',
        ],
        [
          'a',
          'Fair enough. A few ideas: (1) a big tray of roasted vegetable and chickpea shawarma, (2) a black bean and sweet potato chili, (3) a tofu and peanut soba salad that keeps well cold.',
        ],
        ['u', 'The chili, definitely. It freezes well and I can take it to the office in a thermos.'],
        ['a', 'Good pick. Make a double batch and freeze it in portions. Do you eat lunch at your desk?'],
        [
          'u',
          "Usually, yes. I'm a UX researcher at Northbridge Mutual, the insurance company downtown, and lunch tends to happen between interview sessions.",
          'job_old',
        ],
        ['a', 'That sounds busy. Insurance UX must involve a lot of form flows and claims journeys.'],
        [
          'u',
          "So many forms. This quarter it's the claims app, and half my participants cancel on me, which is its own special joy.",
        ],
        ['a', 'No-shows are the worst. Over-recruiting by about 20% usually helps.'],
        [
          'u',
          "Good tip. Also, my cat Biscuit just knocked a plant off the windowsill while I was typing this. He's a ginger tabby and thinks he owns the apartment.",
          'cat1',
        ],
        ['a', 'Ginger cats do have a reputation. Is the plant okay?'],
        [
          'u',
          'The plant survived, my dignity less so. Anyway, can you give me a shopping list for the chili?',
        ],
        [
          'a',
          'Sure: 2 cans black beans, 2 sweet potatoes, 1 onion, 3 garlic cloves, 1 red pepper, 1 can crushed tomatoes, chili powder, cumin, smoked paprika, lime and cilantro to finish.',
        ],
        ['u', 'Perfect, thank you. Off to the No Frills before it gets packed.'],
        ['a', 'Enjoy the cooking!'],
        ['u', 'Oh wait, one more thing: is it okay to freeze it with the lime and cilantro already in?'],
        [
          'a',
          'Better to add those fresh after reheating; cilantro goes limp and the lime flavour fades in the freezer.',
        ],
        ['u', "Makes sense. I'll keep a bag of limes in the fridge then."],
        ['a', 'Perfect. Have a good weekend!'],
      ],
    },
    {
      start: '2025-03-02 19:40',
      lines: [
        ['u', "Ugh, I'm recovering from a migraine that wiped out most of my Sunday."],
        ['a', "I'm sorry, that sounds rough. How are you feeling now?"],
        [
          'u',
          'Better. My family doctor, Dr. Okafor, put me on sumatriptan last year and it does kick in eventually, but I lose a few hours every time.',
          'med_old',
        ],
        ['a', 'Glad it helps at least. Do you notice any triggers, like sleep, screens or skipped meals?'],
        ['u', "Screens and bad sleep, mostly. And probably dehydration, I'm terrible at drinking water."],
        [
          'a',
          'A big marked water bottle on your desk can help. Some people also find regular exercise reduces frequency.',
        ],
        [
          'u',
          "I do exercise! I go bouldering three times a week at Basecamp Climbing on Queen East. It's honestly the only thing that gets me off my laptop.",
          'hobby_old',
        ],
        ['a', 'Nice, bouldering is great for both body and mind. What grade are you climbing?'],
        [
          'u',
          'Mostly V3s, trying to get a V4 on the overhang wall. My forearms are always destroyed afterwards.',
        ],
        [
          'a',
          'That is solid progress. Would a short stretching routine for forearms and shoulders be useful?',
        ],
        ['u', 'Yes please, something under ten minutes I can do after a session.'],
        [
          'a',
          'Try this: wrist flexor stretch 30s each side, wrist extensor stretch 30s each, doorway chest stretch 1 min, thread-the-needle 1 min each side, child pose 2 min, neck side stretch 30s each.',
        ],
        ['u', "Love it. I'll save that in my notes."],
        ['a', 'Hope the rest of your evening is headache-free.'],
        ['u', 'Also, do you think I should cut down on coffee? I have like three a day.'],
        [
          'a',
          'Three cups is moderate, but caffeine rebound can trigger headaches for some people. Keeping it consistent day to day matters more than cutting it completely.',
        ],
        ['u', "Consistency I can do. Weekends are when I skip it and then feel awful, so maybe that's it."],
        ['a', 'Quite possibly. Try a normal cup on weekends too and see if it helps.'],
      ],
    },
    {
      start: '2025-03-29 14:05',
      lines: [
        [
          'u',
          "Okay, big news: I'm finally booking a proper vacation. Lisbon, May 14 to 21, just me.",
          'lisbon_dates',
        ],
        [
          'a',
          'That sounds wonderful! Solo trips to Lisbon are very popular. Do you need help with where to stay?',
        ],
        [
          'u',
          'Yes. I want walkable, a bit charming, not a party hostel. Budget is around 180 euros a night max.',
        ],
        [
          'a',
          'Here are three options: (1) Lisboa Pessoa Hotel in Chiado, about 170/night; (2) Memmo Alfama, a boutique hotel with a rooftop pool and river views, around 180/night; (3) Casa do Bairro guesthouse in Príncipe Real, about 120/night.',
        ],
        [
          'u',
          "I'll go with the second one. A rooftop pool with a view of the river is exactly the vibe.",
          'hotel',
        ],
        ['a', 'Memmo Alfama it is. Alfama is hilly, so bring comfortable shoes.'],
        ['u', 'Noted. My sneakers are already in the suitcase in spirit. What should I not miss?'],
        [
          'a',
          'Tram 28 early in the morning, the view from Miradouro da Senhora do Monte, a day trip to Sintra, and pastéis de nata at Manteigaria.',
        ],
        ['u', "Sintra is a must, I've seen the photos of Pena Palace. Is it easy by train?"],
        ['a', 'Yes, trains leave from Rossio station about every 20 minutes and take around 40 minutes.'],
        [
          'u',
          "Great. I'm also trying to not blow my savings, I'm putting money aside for a condo down payment someday.",
        ],
        ['a', 'Sensible. Setting a daily budget and using a no-fee travel card can keep it in check.'],
        ['u', "I'll use my Wealthsimple card, no FX fees. Thanks, this is getting exciting!"],
        ['a', 'Enjoy the planning!'],
        ['u', 'Oh, do I need any visa as a Canadian?'],
        [
          'a',
          'Not for a short stay. Canadians can visit the Schengen area visa-free for up to 90 days, though the ETIAS authorisation is expected to become mandatory later, so check before you fly.',
        ],
        ['u', "Good to know, I'll check a couple of weeks before."],
        ['a', 'Sounds like a plan.'],
      ],
    },
    {
      start: '2025-05-24 11:30',
      lines: [
        [
          'u',
          "I'm back from Lisbon and already want to go again. I think I ate about forty pastéis de nata.",
        ],
        ['a', 'Welcome back! That sounds like a great trip. What was the highlight?'],
        [
          'u',
          'Sintra, and sitting on the hotel roof at sunset. Also the fado night in Alfama, I cried a little, not gonna lie.',
        ],
        ['a', 'Fado tends to do that. Sounds like a perfect week.'],
        [
          'u',
          "Now I have to get my apartment in shape because my sister Priya is coming to stay in June. She's flying in from Vancouver.",
        ],
        ['a', 'Nice! How long is she staying?'],
        [
          'u',
          "Five days. One thing to remember: she's seriously allergic to shellfish, like EpiPen-level, so no shrimp or crab anywhere near her.",
          'sister_allergy',
        ],
        [
          'a',
          "Good to know. Since you're vegetarian anyway, cooking at home is easy. For restaurants you'll want to warn staff about cross-contamination.",
        ],
        [
          'u',
          "Exactly, that's why I'd rather cook most nights. She also loves spicy food, we grew up on my mum's cooking.",
        ],
        ['a', 'You could do a paneer tikka night, a Thai green curry with tofu, and a homemade pizza night.'],
        ['u', 'Thai curry might be risky because of fish sauce and shrimp paste, right?'],
        [
          'a',
          "Good catch. Many Thai pastes contain shrimp paste. You'd need a certified vegan paste or make your own.",
        ],
        [
          'u',
          "I'll make my own, safer. Biscuit will also have to share the couch with her, he will be furious.",
        ],
        ['a', 'He will survive. Have a lovely visit!'],
        ['u', 'Can you give me a recipe for a shrimp-free green curry paste?'],
        [
          'a',
          'Blend 6 green chilies, 2 shallots, 4 garlic cloves, a thumb of galangal, 2 lemongrass stalks, zest of 1 lime, a handful of cilantro stems, 1 tsp each cumin and coriander seeds (toasted), 1 tsp salt, and a splash of soy sauce instead of fish sauce.',
        ],
        ['u', "Amazing. I'll make a big batch and freeze half."],
        ['a', 'Good idea, it keeps for about 3 months frozen.'],
      ],
    },
    {
      start: '2025-06-20 21:10',
      lines: [
        ['u', 'Can I vent for a second? Work has been exhausting.'],
        ['a', "Of course. What's going on?"],
        [
          'u',
          'Our research got cut from the roadmap again. Six weeks of interviews on the claims app and the product team just ignored it.',
        ],
        ['a', 'That is really demoralizing. Have you been thinking about moving on?'],
        [
          'u',
          'Honestly yes. I applied to a health-tech startup called Caremesh last week and they want a first interview on Tuesday.',
        ],
        ['a', "That's great! Would you like help preparing?"],
        [
          'u',
          "Yes. They'll probably ask me for an example of research that changed a product decision, and right now I feel like I have none, haha.",
        ],
        [
          'a',
          'Use the claims-app study anyway: explain the insight, how you shared it, and what you learned about stakeholder buy-in. That story shows maturity.',
        ],
        ['u', "Oh that's a good reframe. Can you help me tighten my resume summary too?"],
        ['a', "Sure. Paste it here and I'll suggest edits."],
        [
          'u',
          '"UX researcher with 6 years of experience in fintech and insurance, specializing in mixed methods and accessibility."',
        ],
        [
          'a',
          'Try: "Mixed-methods UX researcher with 6 years in insurance and fintech, turning user evidence into product decisions, with a focus on accessibility."',
        ],
        ['u', 'Much better. Fingers crossed for Tuesday.'],
        ['a', 'Good luck, you will do great.'],
        ['u', 'Should I mention that I want to leave because my work gets ignored? Or is that too negative?'],
        [
          'a',
          "Frame it positively: you're looking for a team where research shapes decisions from the start. That's honest without criticising your employer.",
        ],
        ['u', "Yes, that's the line. Thanks, I feel less panicky now."],
        ['a', 'Glad to hear it.'],
      ],
    },
    {
      start: '2025-07-15 08:50',
      lines: [
        [
          'u',
          'I GOT THE JOB. Caremesh offered me a senior researcher role and I accepted last night. I start on August 11.',
          'job_new',
        ],
        ['a', 'Congratulations!! That is fantastic news. How are you feeling?'],
        [
          'u',
          'Thrilled and a bit terrified. I resigned at Northbridge this morning, my manager took it well.',
        ],
        ['a', 'That helps. Leaving on good terms is always worth it.'],
        [
          'u',
          "I'm celebrating by finally replacing my ancient personal laptop. Can you compare a few for me? Mostly writing, Figma, some video calls.",
        ],
        [
          'a',
          'Options: (A) MacBook Air M3 13", around $1,400 CAD; (B) MacBook Pro M4 14", around $2,200 CAD; (C) Dell XPS 13, around $1,600 CAD.',
        ],
        ['u', "The cheaper one. I don't need a Pro for Figma and Google Docs.", 'laptop'],
        ['a', 'The MacBook Air M3 is a great choice for that workload. Get at least 16GB of RAM.'],
        [
          'u',
          "Done, ordered with 16GB. Now I need a nice outfit for the first day, Caremesh is very casual but I don't want to look sloppy.",
        ],
        [
          'a',
          'Smart casual works: dark jeans or chinos, a clean knit or shirt, and comfortable sneakers or loafers.',
        ],
        ['u', "Perfect. I'll also need to figure out the commute, their office is in Liberty Village."],
        ['a', 'From Leslieville you could take the King streetcar, or bike along the Martin Goodman Trail.'],
        ['u', "Biking sounds nice in summer. I'll try it the first week."],
        ['a', 'Have fun, and congratulations again!'],
        ['u', 'Oh and should I negotiate the vacation days? They offered three weeks.'],
        [
          'a',
          "Three weeks is decent in Canada, but if you had more at Northbridge it's reasonable to ask them to match it.",
        ],
        ['u', "I had three there too, so I'll leave it. Not worth the fuss."],
        ['a', 'Fair enough. Enjoy the summer before you start!'],
      ],
    },
    {
      start: '2025-08-19 20:00',
      lines: [
        ['u', 'First full week at Caremesh done! Everyone is lovely.'],
        ['a', "That's great to hear. How's the team?"],
        [
          'u',
          "Small, five researchers. My manager is Delphine Arsenault, she used to be at Shopify and she's super thoughtful.",
          'manager',
        ],
        ['a', 'A thoughtful manager makes a huge difference. What will you be working on?'],
        ['u', 'Patient onboarding for their home-care app. Way more meaningful than insurance forms.'],
        ['a', 'That sounds rewarding. Health products have very real impact.'],
        [
          'u',
          'The bike commute is about 35 minutes, which is fine, but I arrive sweaty. I need a better routine.',
        ],
        [
          'a',
          'Keep a change of clothes at the office, bring a small towel, and leave 10 minutes to cool down before meetings.',
        ],
        [
          'u',
          'Good call. Bad news though, I tweaked my ring finger on a crimpy problem at the climbing gym on Sunday.',
        ],
        [
          'a',
          'Ouch. Finger pulley injuries are common. Rest it and avoid crimping; if it swells or clicks, see a physio.',
        ],
        ['u', "It's swollen a bit. I'll book a physio. Honestly this is the third finger injury this year."],
        ['a', "That's a lot. It might be worth taking a longer break to let it heal fully."],
        ['u', "Yeah, I'm starting to think so. Anyway, thanks."],
        ['a', 'Take care of that finger!'],
        ['u', "Do you have any dinner ideas that need minimal chopping? My finger is taped and I'm clumsy."],
        [
          'a',
          'Try a sheet-pan gnocchi with cherry tomatoes and pre-cut veg, a frozen-dumpling soup with bok choy, or a bean and cheese quesadilla.',
        ],
        ['u', 'Sheet-pan gnocchi sounds like exactly my level of effort tonight.'],
        ['a', 'Toss everything with olive oil, 220°C for 25 minutes, done.'],
      ],
    },
    {
      start: '2025-09-21 16:20',
      lines: [
        [
          'u',
          "Update on the finger saga: physio says at least three months off. So I've officially cancelled my Basecamp membership.",
        ],
        ['a', "Sorry to hear that. It's probably the right decision for your hand."],
        [
          'u',
          "To keep myself sane, I signed up for a wheel-throwing pottery class at The Clay Room on Thursday nights instead. Way gentler on the fingers, and I've loved it so far.",
          'hobby_new',
        ],
        ['a', 'That sounds lovely! Pottery is very meditative. How was the first class?'],
        ['u', "My bowl collapsed twice, but the third one held, so I'm calling it a win."],
        ['a', 'That is a very normal first class. Centering takes a while.'],
        ['u', "Also I need help with a gift. My mum's birthday is October 3 and I'm hopeless at gifts."],
        ['a', 'Happy to help. What does she enjoy?'],
        [
          'u',
          "She's obsessed with old Bollywood songs and has recently been learning the harmonium on YouTube.",
          'mum_interests',
        ],
        [
          'a',
          'Ideas: (1) a songbook of classic Hindi film songs with harmonium notation, (2) a few online lessons with a real harmonium teacher, (3) a good Bluetooth speaker for her music.',
        ],
        ['u', "Option 2 is so her. She'd love a real teacher.", 'mum_gift'],
        ['a', 'Great choice. Many teachers offer packs of 4 or 8 lessons over Zoom.'],
        ['u', "I'll look for an 8-lesson pack. Thank you!"],
        ['a', "She's going to love it."],
        [
          'u',
          'Also, is there a way to stop the clay from drying out between classes? I want to trim my bowl next week.',
        ],
        [
          'a',
          'Wrap the piece loosely in plastic and keep it in a cool spot; the studio may have a damp cupboard for this too.',
        ],
        ['u', "They do have shelves for it, I'll ask the instructor. Thanks!"],
        ['a', 'Good luck with the trimming.'],
      ],
    },
    {
      start: '2025-10-18 13:00',
      lines: [
        ['u', 'Quick health update, mostly so I remember it myself: I saw a neurologist this week.'],
        ['a', 'How did it go?'],
        [
          'u',
          "She said sumatriptan wasn't working fast enough for me, so she's switched me to rizatriptan, the melt-on-your-tongue kind, plus a daily magnesium supplement.",
          'med_new',
        ],
        ['a', 'Rizatriptan is often faster for many people. Does she want you to keep a headache diary?'],
        ['u', 'Yes, she does. Can you suggest a simple format?'],
        [
          'a',
          'Columns: date, start time, severity 1-10, possible trigger, medication and time taken, time to relief, notes (sleep, food, screen time).',
        ],
        ['u', "Simple enough. I'll put it in a spreadsheet."],
        ['a', 'Good idea. Bring it to your follow-up appointment.'],
        [
          'u',
          "On a different note, money. I've got about $18,000 in my TFSA now and the new salary is better, so I want to plan the down payment properly.",
          'tfsa',
        ],
        [
          'a',
          "Nice progress. Have you looked at the First Home Savings Account? It's tax-deductible and tax-free when used for a first home.",
        ],
        ['u', "I've heard of it but never opened one. Is it worth it if I already have a TFSA?"],
        [
          'a',
          'Usually yes. You can put in $8,000 a year, up to $40,000, and you get a deduction on top of tax-free growth.',
        ],
        ['u', "Okay, I'll open one this month. Thank you, this is the adulting content I needed."],
        ['a', 'Happy to help!'],
        [
          'u',
          'Should I keep the TFSA money in a savings account or invest it? The condo is probably 3-4 years away.',
        ],
        [
          'a',
          'For a 3-4 year horizon many people pick a conservative mix, like a balanced ETF or GICs laddered to your target date, rather than all stocks.',
        ],
        ['u', "GICs feel safer. I'll look at a ladder. Not financial advice, I know, I know."],
        ['a', 'Exactly, but it is a sensible starting point to discuss with an advisor.'],
      ],
    },
    {
      start: '2025-11-09 10:40',
      lines: [
        [
          'u',
          'Meet the newest member of the household! I adopted a second cat yesterday from the Toronto Humane Society, a tiny black kitten called Mochi.',
          'cat2',
        ],
        ['a', 'Congratulations! How is Biscuit taking it?'],
        ['u', 'He hissed at her through the door for an hour and then fell asleep. Progress?'],
        ['a', 'Definitely progress. Slow introductions with scent swapping usually work well.'],
        [
          'u',
          "She needs her vaccine boosters. I'm taking her to Dr. Haines at Riverdale Animal Hospital, that's where Biscuit goes too.",
          'vet',
        ],
        [
          'a',
          'Good to have one vet for both. Kittens usually need boosters every 3-4 weeks until about 16 weeks old.',
        ],
        ['u', 'Also, what kind of litter is best for a kitten? Biscuit uses clumping clay.'],
        [
          'a',
          'For young kittens, a non-clumping paper or wood litter is safer in case they eat it. Switch to clumping later.',
        ],
        ['u', "Oh I didn't know that. I'll get paper pellets for her box."],
        ['a', 'Good. Two litter boxes in different spots also helps avoid territorial issues.'],
        ['u', 'My apartment is going to be 50% litter boxes at this point, haha. Worth it.'],
        ['a', 'Totally worth it. Enjoy the kitten chaos!'],
        ['u', 'What should I feed her? Biscuit is on an adult dry food.'],
        [
          'a',
          'Kittens need a kitten-formula food, wet and dry, fed 3-4 times a day. Keep her bowl away from Biscuit, adult food is not complete for her.',
        ],
        ['u', 'Got it, separate rooms at mealtime. This is like having toddlers.'],
        ['a', 'Very similar, yes, but with more climbing on curtains.'],
      ],
    },
    {
      start: '2025-12-06 18:30',
      lines: [
        ['u', "My Pixel 6 finally died. The screen just went black and won't come back."],
        ['a', 'Sorry about that. Would you like help choosing a replacement?'],
        ['u', 'Yes please. I mostly care about camera and battery.'],
        [
          'a',
          'Options: (A) Pixel 9, great camera and clean Android, about $1,000 CAD; (B) iPhone 16, strong camera and long support, about $1,130 CAD; (C) Samsung Galaxy S24 FE, good value, about $850 CAD.',
        ],
        [
          'u',
          'Option B. My new work setup is all Apple now and it would be nice if everything talks to each other.',
          'phone',
        ],
        ['a', 'Makes sense. The iPhone 16 will pair nicely with your MacBook Air.'],
        [
          'u',
          "I'm also figuring out the holidays. I'm going to Montreal with Tomás to meet his family over Christmas. Slightly nervous.",
        ],
        ['a', 'Exciting! Have you two been together long?'],
        [
          'u',
          "About two months. We met at pottery class, he's the guy whose mugs always come out perfect, which is annoying.",
          'partner',
        ],
        ['a', 'Ha! What would be a good gift for his parents?'],
        ['u', "They're French-Canadian foodies. Maybe something from Toronto?"],
        [
          'a',
          'A box of butter tarts from a good local bakery, a bottle of Ontario ice wine, or some Toronto-made chocolate. Maybe skip the maple syrup, they have plenty in Quebec.',
        ],
        [
          'u',
          "Ice wine, good one. Definitely not bringing maple syrup to Quebec, I'd be laughed out of the house.",
        ],
        ['a', 'Wise. Have a wonderful trip!'],
        [
          'u',
          "Should I bring something for the cats' sitter too? My neighbour Jess is feeding them while I'm away.",
        ],
        ['a', 'A small thank-you is nice: a bottle of wine, a gift card for a café, or some baked goods.'],
        ['u', "She loves that café on Queen with the cardamom buns, I'll get her a gift card there."],
        ['a', "That's a thoughtful choice."],
      ],
    },
    {
      start: '2026-01-17 12:00',
      lines: [
        ['u', "Happy new year! Montreal was lovely, his parents fed me until I couldn't move."],
        ['a', 'Happy new year! Sounds like it went really well.'],
        [
          'u',
          'It did. Less lovely: my landlord, Mr. Costa, just told me the rent is going up by 6% in March.',
          'landlord',
        ],
        [
          'a',
          "That's a big jump. In Ontario, for units first occupied before November 2018, the guideline increase for 2026 is limited. Do you know when your building was first occupied?",
        ],
        ['u', "It's an old house split into apartments, definitely way before 2018."],
        [
          'a',
          'Then the increase is likely capped at the provincial guideline unless he got approval from the Landlord and Tenant Board. You could ask him for the basis.',
        ],
        ['u', "I'll send him a polite email. Can you help me write it?"],
        [
          'a',
          'Sure: "Hi Mr. Costa, thanks for letting me know about the rent change. As my unit is covered by rent control, could you confirm whether the increase is within the 2026 guideline or has been approved by the LTB? Thanks, Anika."',
        ],
        ['u', 'Perfect, polite but firm. Sending it.'],
        ['a', 'Good luck. Anything else on your mind for the new year?'],
        [
          'u',
          'Resolutions: drink more water, finish my headache diary every time, and make a full matching dinner set at pottery by summer.',
        ],
        ['a', 'Those are great, concrete goals. How is the pottery going?'],
        [
          'u',
          "I can finally center 2 pounds of clay without it wobbling. Tomás says I'm catching up to him. He is lying, but sweetly.",
        ],
        ['a', 'That is real progress. Good luck with the dinner set!'],
        ['u', 'One last thing: can you remind me in general how much water I should actually be drinking?'],
        [
          'a',
          'A common guideline is about 2.7 litres a day for women from all drinks and food, so roughly 8 glasses of fluids plus what you get from food.',
        ],
        ['u', "I'm at maybe four glasses. Okay, a big bottle on my desk it is."],
        ['a', 'Good plan. Mark it with times to keep yourself on track.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Where did I end up staying in Lisbon?', ['hotel']],
    ['single-hop', 'Remind me who my boss is at the new place?', ['manager']],
    ['single-hop', 'Which vet clinic do I take the cats to?', ['vet']],
    ['single-hop', 'What did I decide to get my mum for her birthday?', ['mum_gift']],
    ['single-hop', "What's my landlord called again?", ['landlord']],
    [
      'multi-hop',
      'My sister is visiting again, can you suggest a dinner menu I can cook that works for both of us?',
      ['sister_allergy', 'veg'],
    ],
    ['multi-hop', 'How many cats do I have now, and what are their names?', ['cat1', 'cat2']],
    ['temporal', 'When did I bring the new kitten home?', ['cat2'], { askedAt: '2026-02-01 10:00' }],
    [
      'temporal',
      'Did my Lisbon trip happen before or after I started at the startup?',
      ['lisbon_dates', 'job_new'],
      { askedAt: '2026-02-01 10:00' },
    ],
    ['updated', 'Where am I working these days?', ['job_new'], { stale: ['job_old'] }],
    ['updated', 'What do I do for fun on weeknights now?', ['hobby_new'], { stale: ['hobby_old'] }],
    ['updated', 'Which migraine pill am I supposed to take now?', ['med_new'], { stale: ['med_old'] }],
    ['off-topic', 'How do I fix a squeaky door hinge?', []],
    ['off-topic', "What's the easiest way to learn to juggle three balls?", []],
    ['off-topic', 'Why would a car battery keep dying overnight?', []],
  ],
});

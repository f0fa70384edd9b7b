import { definePersona } from '../author.ts';

export const anoushka = definePersona({
  user_id: 'h13-anoushka',
  name: 'Anoushka',
  summary:
    'A 29-year-old Armenian-Australian architect in Melbourne with a boyfriend and a pottery habit; writes long, wordy, self-aware messages full of asides and parentheses.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-09 10:20',
      lines: [
        [
          'u',
          "Hi! Okay so this is going to be a slightly rambling request, apologies in advance, it's a Saturday and I've had two coffees which is one more than is wise. I need help writing a short bio for our office website — I'm a graduate architect at Hollis Grant Architects in Collingwood, mostly working on mid-rise apartment projects, and they want 80 words that make me sound 'approachable but competent'.",
          'job1',
        ],
        [
          'a',
          "Happy to help! Here's a draft: 'Anoushka is a graduate architect at Hollis Grant with a focus on multi-residential design. She's passionate about homes that feel generous even when space is tight, and brings a careful eye for light, materials and how people actually live. Outside the studio she can usually be found covered in clay.' Want it warmer or more formal?",
        ],
        [
          'u',
          "Ha, the clay line is very accurate, how did you know. Slightly warmer please, but without sounding like a dating profile, because my boss reads these and he is already far too interested in everyone's personal lives.",
        ],
        [
          'a',
          "Try: 'Anoushka designs apartments that feel generous, bright and liveable. At Hollis Grant she works across multi-residential projects from early sketches to construction, and she's happiest when a tricky site becomes a great home.'",
        ],
        [
          'u',
          "Perfect, that's going straight in. Okay, second thing, and this is the clay thing: I've been doing a handbuilding class on Wednesday nights at a little studio in Thornbury — slabs, coils, pinch pots, all very meditative — and I want to make a set of four mugs for my boyfriend's birthday. Is that achievable in about six weeks, including firing?",
          'hand1',
        ],
        [
          'a',
          'Very achievable with slab-built mugs. Allow about a week to build and dry, then a bisque firing, glazing, and a glaze firing — studios usually cycle kilns every one to two weeks. Six weeks gives you a comfortable buffer.',
        ],
        [
          'u',
          "Amazing. His name's Lachie, he teaches Year 9 and 10 science at a high school in Preston, and he drinks an alarming quantity of tea, so the mugs will actually get used, which is more than I can say for most of my pottery.",
          'lachieJob',
        ],
        [
          'a',
          "A tea-drinking science teacher is the perfect recipient. Consider making them a bit larger — maybe 350 ml — if he's a serious tea person.",
        ],
        [
          'u',
          "Good call. Also unrelated but I'm in a share house in Brunswick with my friend Jess and the kitchen is the size of a postage stamp, so if you have any tips for storing pottery-related chaos in a small space I'm all ears.",
          'home1',
        ],
        [
          'a',
          'Stackable clear tubs on a single shelf, a hanging rail for tools, and keeping wet work at the studio rather than at home will help a lot.',
        ],
        [
          'u',
          "Yes, Jess has banned wet clay from the house after The Incident with the couch. We don't talk about The Incident.",
        ],
        ['a', 'Understood, no questions asked. Anything else I can help with?'],
        [
          'u',
          "Not right now — thank you, this was weirdly calming. I'll be back with more chaos soon, I'm sure.",
        ],
        ['a', 'Looking forward to it!'],
        [
          'u',
          "Actually, one tiny extra question while I have you: is it weird to wear sneakers to a client presentation if they're very clean, very white sneakers? Asking for me.",
        ],
        [
          'a',
          "Clean white sneakers with smart trousers are widely accepted in design fields. Read the client, but you'll likely be fine.",
        ],
        [
          'u',
          "Great, because I own one pair of 'grown-up' shoes and they give me blisters within eleven minutes, I've timed it.",
        ],
      ],
    },
    {
      start: '2024-03-30 15:05',
      lines: [
        [
          'u',
          "Hello again! Okay, a family one. My tatik (that's my grandmother, my dad's mum, she's 84 and formidable) makes this incredible Armenian sweet bread called gata, with the buttery flour filling called khoriz, and she refuses to write the recipe down because 'you just know'. I don't just know. Can you give me a starting point so I can at least fake it at Easter?",
          'gata',
        ],
        [
          'a',
          'Of course! A basic gata: dough of 3 cups flour, 1 cup warm milk, 2 tsp yeast, 1 egg, 1/4 cup sugar, 115 g butter. Khoriz: 1 cup flour, 1 cup sugar, 170 g softened butter, vanilla. Roll the dough, spread khoriz, roll up, flatten, egg-wash and bake at 180°C for about 35 minutes.',
        ],
        [
          'u',
          "This is so helpful. She'll tell me it's wrong, obviously, but she'll tell me it's wrong while eating a second slice, which in our family is the highest possible compliment.",
        ],
        ['a', 'That sounds like a win. Do you want tips on the decorative patterns on top?'],
        [
          'u',
          "Yes please, she does this lovely fork-and-knife pattern thing and I want to at least get that part right so she can't fault the presentation.",
        ],
        [
          'a',
          'Use a fork to press a border around the edge, then score a diamond lattice across the top with a knife before egg-washing. Some families also prick little holes in a pattern.',
        ],
        [
          'u',
          "Perfect. My little brother Aram is coming too — he's a paramedic with Ambulance Victoria and he'll probably turn up straight off a night shift and eat half of it standing up, which is how he eats everything.",
          'aramJob',
        ],
        ['a', 'Paramedics earn their gata. Maybe make a spare one just for him.'],
        [
          'u',
          'Ha, I might have to. Okay, pottery question. My teacher said I should choose a clay body for the mug project and listed three the studio stocks: a smooth white stoneware, a speckled buff stoneware, and a porcelain. What would you suggest for a beginner who likes a slightly rustic look?',
        ],
        [
          'a',
          "1) Smooth white stoneware: forgiving, shows glaze colours brightly. 2) Speckled buff stoneware: rustic, speckles show through glazes, very forgiving for handbuilding. 3) Porcelain: beautiful but fussy, warps and cracks easily — not ideal for beginners' slabs.",
        ],
        [
          'u',
          "The speckled one, definitely. It's very 'expensive café in Fitzroy' and it'll hide my wobbly edges, which is the real selling point.",
          'clayPick',
        ],
        ['a', 'Great choice — speckled stoneware looks lovely with a semi-matte glaze, too.'],
        [
          'u',
          'Noted! Thank you. I feel significantly more competent at life than I did an hour ago, which is rare for a Saturday.',
        ],
        ['a', 'Glad I could help! Good luck with the gata.'],
        [
          'u',
          "Thank you! Oh and my mum just texted to ask whether I'm 'still doing the mud thing', which is what she calls pottery. I'm going to frame that text.",
        ],
        ['a', "Ha, 'the mud thing' is a great description. Maybe make her a mug too?"],
        [
          'u',
          "Oh that's evil, I love it. A mug that says 'the mud thing' on the bottom. She'll pretend to hate it and use it every day.",
        ],
      ],
    },
    {
      start: '2024-04-20 21:40',
      lines: [
        [
          'u',
          "Okay, slightly less fun one. My right wrist has been aching for about three weeks now, mostly after long days in Revit. I'm doing something like ten-hour days at Hollis Grant at the moment because we've got a planning submission due, and I think it's finally catching up with me.",
          'job2',
        ],
        [
          'a',
          "I'm sorry — that sounds like a repetitive strain issue. It'd be worth seeing a GP or physio. In the meantime, take regular breaks, check your desk and chair height, and keep your wrist neutral while using the mouse.",
        ],
        [
          'u',
          "I did see the GP and she said exactly that, plus she told me to try a vertical mouse. So I bought a Logitech Lift, and honestly, after four days, it's already a lot better? I feel a bit ridiculous holding it like a handshake but my wrist has stopped complaining.",
          'mouse',
        ],
        [
          'a',
          "That's great to hear. Vertical mice reduce forearm twisting, which helps a lot of people. Pair it with micro-breaks every 30–45 minutes.",
        ],
        [
          'u',
          "Yes, I've set a timer. My colleagues think I'm doing some kind of mysterious ritual when I stand up and shake my hands out every forty minutes.",
        ],
        ['a', 'You might start a trend. Is the pottery affecting the wrist too?'],
        [
          'u',
          "Honestly no, it's the opposite — the coil building is gentle and it's the only time I'm not holding a mouse. I made a coil-built planter this week that is lopsided in a way I'm choosing to call 'organic'.",
          'hand2',
        ],
        ['a', "Organic is a perfectly valid aesthetic. How are Lachie's mugs coming along?"],
        [
          'u',
          "Bisque-fired and waiting for glaze! I'm thinking a celadon-ish green on the speckled clay. His birthday is in two weeks, so it's tight but doable.",
        ],
        ['a', 'Celadon on speckled stoneware is beautiful. Apply two even coats and wipe the bases clean.'],
        [
          'u',
          'Will do. One more: can you help me write a slightly firm but still collegial email to a structural engineer who has missed two deadlines? I want to sound like I mean it without torching the relationship.',
        ],
        [
          'a',
          "Draft: 'Hi Daniel, just following up on the revised structural drawings for Level 3 — we're now two weeks past the agreed date and they're holding up our submission. Could you confirm by Wednesday when we'll receive them? Happy to jump on a call if there are issues we can resolve together.'",
        ],
        [
          'u',
          "That's exactly the right amount of steel. Sending it tomorrow morning so it doesn't look like I'm furious at 10 pm (which I am, a little).",
        ],
        ['a', 'Very wise — timing is everything with those emails.'],
        [
          'u',
          "Also quick question, is it normal to dream about Revit? Because I dreamt my walls wouldn't join last night and woke up genuinely stressed.",
        ],
        [
          'a',
          "It's very common to dream about work tasks during intense periods. A wind-down routine without screens can help.",
        ],
        [
          'u',
          "Right. Pottery podcast in the bath instead of emails in bed. I'll try to be a functioning adult.",
        ],
      ],
    },
    {
      start: '2024-05-18 11:10',
      lines: [
        [
          'u',
          "Hi hi. So I'm sitting for the Architectural Practice Exam — the registration one, the big scary one — in June, and I'm trying to make a study plan. I have about five weeks and roughly eight hours a week I can realistically give it. Could you help me structure that?",
        ],
        [
          'a',
          'Of course. Week 1: contracts and procurement (e.g. ABIC, AS 4000). Week 2: building regulations and the NCC. Week 3: professional conduct and the Architects Act. Week 4: practice management and fees. Week 5: mock exam and review of weak areas.',
        ],
        [
          'u',
          "This is wonderful, thank you. I'm most scared of the contracts stuff, because I've spent the last three years drawing buildings, not reading clause 9.3 of anything.",
        ],
        [
          'a',
          "That's very common. Reading real contract examples alongside the study guide helps a lot, and explaining clauses out loud to someone is a good way to check understanding.",
        ],
        [
          'u',
          "Ha, Lachie has volunteered to be quizzed on variations and extensions of time, which is very sweet of him given he's a science teacher and has no idea what any of it means.",
        ],
        ['a', 'Teaching someone else is one of the best ways to learn. How was his birthday, by the way?'],
        [
          'u',
          "He LOVED the mugs! He's using the big one every morning and the other three are on display, which is sweet, although I suspect partly because one of them leaks slightly.",
        ],
        ['a', 'A leaking mug is best kept decorative. Congratulations on finishing them!'],
        [
          'u',
          "Thank you! Also, he's been hinting about us moving in together, which I'm excited about, but the Brunswick place is so cheap and Jess is such a good housemate that I feel guilty even thinking about it. It's freezing in there though — our terrace has exactly zero insulation and I'm wearing a beanie indoors as I type.",
          'home2',
        ],
        [
          'a',
          "That's a big decision and it's normal to feel torn. It might help to talk to Jess early so she has time to plan too.",
        ],
        [
          'u',
          "Yes, I think after the exam. One life crisis at a time, as my tatik says (she doesn't say that, but she should).",
        ],
        ['a', 'Very sensible. Good luck with the study!'],
        [
          'u',
          "Thank you! I'm going to go read the Architects Act now with a hot water bottle and a deep sense of dread.",
        ],
        ['a', "Good luck! You'll be fine."],
        [
          'u',
          "Side question, what's a nice, low-effort dinner I can make while studying that doesn't involve me standing at the stove for an hour?",
        ],
        [
          'a',
          'A tray bake: chicken thighs, chickpeas, capsicum and red onion with smoked paprika and olive oil, 40 minutes at 200°C. Minimal effort, lots of leftovers.',
        ],
        [
          'u',
          "Tray bake it is. Leftovers mean I don't have to think tomorrow either, which is ideal during exam season.",
        ],
      ],
    },
    {
      start: '2024-06-22 19:30',
      lines: [
        [
          'u',
          "I PASSED!!! Got the results this morning — I passed the Architectural Practice Exam, so I can officially apply for registration and call myself an architect (legally!) in about a month. I've been screaming into a pillow at intervals all day.",
          'apePass',
        ],
        ['a', "Congratulations!! That's a huge milestone. How are you celebrating?"],
        [
          'u',
          "Lachie's taking me to dinner at a little Armenian place in Brunswick East that does amazing khachapuri (yes, I know that's Georgian, they do both, it's a whole thing) and my mum has already called every relative in Melbourne and possibly Yerevan.",
        ],
        ['a', "That sounds like a wonderful celebration. Do you have plans for what's next career-wise?"],
        [
          'u',
          "Honestly I've been wondering. I love my team but the work is very repetitive — apartment, apartment, slightly different apartment — and I really want to do adaptive reuse, old warehouses and heritage buildings. A friend mentioned a small practice in Fitzroy that's hiring.",
          'job4',
        ],
        [
          'a',
          'Getting registered is a natural point to think about a move. Would you like help updating your portfolio or CV?',
        ],
        [
          'u',
          "Yes, but maybe in a few weeks, I want to enjoy this for a minute before I start panicking about the next thing, which is a new skill I'm learning.",
        ],
        ['a', "That's a very healthy approach. Enjoy it!"],
        [
          'u',
          "Also, while I'm here: any suggestions for an Armenian-ish dessert I could bring to my family's celebration lunch tomorrow that isn't gata, since my gata is still a work in progress?",
        ],
        [
          'a',
          'You could try nazook (a rolled pastry with a sweet filling), pakhlava (the Armenian take on baklava), or a simple anoushabour — a dried fruit and wheat pudding.',
        ],
        [
          'u',
          "Anoushabour! It literally has my name in it, I'd be a fool not to. Pakhlava is a bit ambitious for a Sunday morning anyway.",
          'dessertPick',
        ],
        ['a', "Perfect pick. Soak the wheat overnight and it'll come together easily tomorrow."],
        ['u', 'Soaking it now! Thank you, truly, for putting up with me during exam season.'],
        ['a', "You're very welcome. Congratulations again!"],
        [
          'u',
          'One more practical thing: how do I actually apply for registration in Victoria once the results are official? Is it a form, a fee, a ritual sacrifice?',
        ],
        [
          'a',
          "You apply to the Architects Registration Board of Victoria with your exam results and qualifications, plus a fee. They'll confirm your registration and you'll appear on the public register.",
        ],
        ['u', "Okay, no ritual sacrifice, good. I'll do it the second the letter arrives."],
      ],
    },
    {
      start: '2024-07-20 14:15',
      lines: [
        [
          'u',
          "Update on the pottery front, which I know you've been desperate for: I've given up handbuilding — well, paused it — and started a wheel-throwing course instead, eight weeks on Saturday mornings at the same Thornbury studio. First class today. I centred precisely nothing and got slip in my ear.",
          'wheel1',
        ],
        [
          'a',
          'Centring takes everyone a few weeks! Keep your elbows braced on your thighs and use plenty of water. How did you find it overall?',
        ],
        [
          'u',
          'Completely humbling and I loved it. The teacher, Rhiannon, can make a cylinder in about forty seconds while talking about her dog, whereas I made a sort of clay puddle in forty minutes.',
        ],
        [
          'a',
          "That's the learning curve. Most people get their first usable cylinder in week three or four.",
        ],
        [
          'u',
          "Okay that's reassuring. Bigger question: we're going to Armenia in September! My whole family — Mum, Dad, Aram, me, and Tatik, who hasn't been back to her village near Gyumri in about twenty years. I need to book flights from Melbourne to Yerevan. What are my options?",
        ],
        [
          'a',
          'Common routes: 1) Qatar Airways via Doha — one stop, usually the shortest total travel time; 2) Emirates via Dubai then flydubai to Yerevan — often cheaper but the second leg is a low-cost carrier; 3) a cheaper two-stop itinerary via Singapore and Istanbul, which is long and tiring.',
        ],
        [
          'u',
          "Qatar via Doha, no question. Tatik is 84, I'm not dragging her through two stopovers and a budget airline. One stop, proper seats, done.",
          'flightPick',
        ],
        [
          'a',
          'Sensible choice. Consider requesting wheelchair assistance at Doha — the walks between gates can be long.',
        ],
        [
          'u',
          "Good idea, I'll add that to the booking. She'll refuse it loudly and then accept it gratefully, which is her way.",
        ],
        ['a', "Sounds like she'll be well looked after. How long are you going for?"],
        [
          'u',
          "Two and a half weeks. I've already told my director at Hollis Grant I'm taking the leave, and he sighed like I'd told him I was emigrating.",
          'job3',
        ],
        [
          'a',
          "Ha. Two and a half weeks is a reasonable holiday. Will you see any architecture while you're there?",
        ],
        [
          'u',
          "Oh, so much. I want to see the Cascade in Yerevan, the pink tuff buildings everywhere, and Geghard monastery, which is partly carved into the rock. I'm going to be insufferable with a sketchbook.",
        ],
        ['a', "You're going to have the best time."],
        [
          'u',
          "Also, what's the etiquette for bringing gifts to relatives in Armenia? My mum says 'bring something from Australia' which is not very specific.",
        ],
        [
          'a',
          'Australian treats travel well: Tim Tams, macadamias, Manuka or local honey, or a small souvenir. Something for the children is appreciated too.',
        ],
        [
          'u',
          "Tim Tams and macadamias it is. I'll need a separate suitcase for biscuits, which seems reasonable.",
        ],
      ],
    },
    {
      start: '2024-08-17 18:50',
      lines: [
        [
          'u',
          'Big week! Lachie and I moved in together — we found a two-bedroom weatherboard in Northcote, just off High Street, with a little back garden and, crucially, INSULATION. Jess has found a new housemate for Brunswick so my guilt has been reduced to manageable levels.',
          'move1',
        ],
        ['a', 'Congratulations on the move! How are you finding living together so far?'],
        [
          'u',
          "It's lovely, although we've discovered we have very different philosophies about the dishwasher. He's a 'scrape lightly and trust the machine' guy and I'm a 'pre-rinse like a maniac' person.",
        ],
        [
          'a',
          'Dishwasher diplomacy is a classic early cohabitation issue. Modern dishwashers generally work better with scraped, not rinsed, dishes — so he might be right, sorry!',
        ],
        [
          'u',
          "Ugh. Don't tell him. Okay, can you help me think through a layout for the second bedroom? We want it to be a study for both of us plus somewhere for a small pottery set-up — not a wheel yet, just a table for trimming and glazing. It's about 3.2 by 3 metres with a window on the north wall.",
        ],
        [
          'a',
          'Try: two desks along the east wall facing each other in an L, a sturdy table under the north window for pottery (good light, easy to clean), open shelves on the west wall for books and greenware, and a washable floor mat under the pottery area.',
        ],
        [
          'u',
          'Ooh, the pottery table under the window is perfect, the light in the afternoon is gorgeous. Lachie will want a bookshelf purely for his collection of fossils, which I have agreed to in exchange for the dishwasher thing.',
        ],
        ['a', 'A very fair trade. Anything else for the new place?'],
        [
          'u',
          "Plants. The garden gets full sun in the afternoon. Something low-maintenance, because we're both hopeless and the previous tenant's lemon tree is already giving us judgemental looks.",
        ],
        [
          'a',
          "Try rosemary, lavender, succulents, and salvias — all tough in Melbourne's climate and happy in full sun. Feed the lemon tree with citrus fertiliser and water deeply once a week.",
        ],
        [
          'u',
          "Thank you! Also the wheel course is going better — I made an actual cylinder on Saturday. It's short and thick-walled and Rhiannon called it 'a very confident paperweight', but it's a cylinder.",
          'wheel2',
        ],
        ['a', 'Progress! Thinner walls will come with practice.'],
        [
          'u',
          "The trip is four weeks away and I haven't packed, started learning more Armenian, or bought Tatik the travel pillow she's asked for three times, so, great.",
        ],
        ['a', "You'll get there — make a list and tick things off."],
        [
          'u',
          'A list, yes. Can you make me a quick packing list for two and a half weeks in Armenia in September? Probably warm days, cool nights, lots of walking and some very old churches.',
        ],
        [
          'a',
          'Layers (t-shirts plus a light jumper and jacket), comfortable walking shoes, a scarf for covering shoulders in churches, sunscreen, a sketchbook, universal adaptor, and any medications.',
        ],
        [
          'u',
          'The scarf is a great reminder, Tatik would never let me hear the end of it if I turned up at Geghard with bare shoulders.',
        ],
      ],
    },
    {
      start: '2024-09-28 20:00',
      lines: [
        [
          'u',
          "I'm back, jetlagged, and still emotionally in Armenia. Tatik stood in the square of her old village near Gyumri and cried and then immediately told a stranger he was standing wrong. The Cascade was incredible, Geghard was even better, and I filled an entire sketchbook.",
        ],
        [
          'a',
          'Welcome back! That sounds like an unforgettable trip. How was the Qatar flight for your grandmother?',
        ],
        [
          'u',
          'She slept through most of the Doha leg and complained about the food, so, a total success. She accepted the wheelchair at the transfer after a five-minute protest.',
          'flight2',
        ],
        ['a', 'Exactly as predicted! What were your architectural highlights?'],
        [
          'u',
          "The tuff stone everywhere, honestly. Whole streets in pink and apricot volcanic stone, it glows at sunset. It's completely reshaped how I think about materials.",
        ],
        [
          'a',
          "That's a wonderful takeaway. Armenian tuff is one of the most distinctive building stones in the world.",
        ],
        [
          'u',
          "And news: I had the interview with that small Fitzroy practice a few days before we flew, and they offered me the job while I was in Yerevan! So I've resigned from Hollis Grant and I start at Studio Perrin on Monday — they do adaptive reuse and heritage work, which is exactly what I wanted.",
          'newjob1',
        ],
        ['a', "Congratulations! That's a big and exciting change. How did Hollis Grant take it?"],
        [
          'u',
          "My director sighed again, but it was more of a proud sigh this time. I think. He said he always knew I'd run off to do 'old buildings'.",
        ],
        ['a', 'A good send-off. Anything you want to prepare before Monday?'],
        [
          'u',
          "Maybe a quick list of things to ask in my first week so I don't look completely lost? It's a small office, about eight people, so there's nowhere to hide.",
        ],
        [
          'a',
          "Ask about: project file structure and CAD standards, who's who on each project, how timesheets and fees are tracked, preferred heritage consultants, and what a good first three months looks like to them.",
        ],
        ['u', "Brilliant. I'm going to unpack the suitcase now, or at least stare at it meaningfully."],
        ['a', 'Good luck with the unpacking!'],
        [
          'u',
          'Also — is it normal for jetlag to make you extremely emotional about completely random things? I teared up at a tram ad this morning.',
        ],
        [
          'a',
          'Totally normal. Disrupted sleep heightens emotions. Get morning sunlight, stay hydrated and try to stay up until a normal bedtime.',
        ],
        [
          'u',
          "Okay, good, so it's not just me becoming sentimental about public transport advertising. Sunlight and water, got it.",
        ],
      ],
    },
    {
      start: '2024-10-26 16:30',
      lines: [
        [
          'u',
          "Four weeks in at Studio Perrin and I'm so happy. My first project is converting an 1880s wool store in Kensington into studios and a small café, and I spend my days looking at old brick and timber trusses and feeling like a kid in a lolly shop.",
          'newjob2',
        ],
        ['a', "That sounds like a dream project. What's your role on it?"],
        [
          'u',
          "I'm doing the heritage documentation and early design, measuring up the existing building, that kind of thing. Lots of climbing ladders with a laser measure, which my wrist is much happier with than ten hours of Revit.",
        ],
        ['a', "Sounds much more varied. How's the commute from Northcote?"],
        [
          'u',
          'So much better! I ride down the St Georges Road bike path from our place in Northcote to the office in Fitzroy in about fifteen minutes. It used to be a tram, a lot of swearing and arriving damp and furious.',
          'move2',
        ],
        ['a', 'A short bike commute is a great upgrade. Any other news?'],
        [
          'u',
          "Throwing is clicking! I can now make a passable bowl. Rhiannon let me take the intermediate wheel block, Saturday mornings again, and I'm trying to throw a set of pasta bowls for us.",
          'wheel3',
        ],
        [
          'a',
          'Pasta bowls are a great intermediate project — wide, shallow forms. Compress the bottoms well to avoid S-cracks.',
        ],
        [
          'u',
          'Yes, I got my first S-crack last week and took it very personally. Could you explain what actually causes them?',
        ],
        [
          'a',
          'S-cracks usually come from uneven drying and clay particles not being aligned in the base. Compressing the floor with a rib after throwing and drying slowly and evenly (turn pieces upside down once leather-hard) helps prevent them.',
        ],
        ['u', "Okay that makes sense. I'll be compressing my bases like my life depends on it."],
        ['a', 'Your pasta bowls will thank you.'],
        [
          'u',
          "Also Lachie's school has a science fair next month and he's asked me to help design the display boards, because apparently 'you're an architect, you do posters'. I'm choosing to find that flattering.",
        ],
        ['a', "That's very flattering! A fun project."],
        [
          'u',
          "I'm thinking a big clean grid, strong colours and a single clear question per board. Any tips for making science displays readable from a distance?",
        ],
        [
          'a',
          'Keep headings at least 5 cm tall, use one dominant colour per board, limit text to short bullet points and let images carry the story.',
        ],
        [
          'u',
          "Perfect. Lachie is going to be very smug when his Year 9s' boards look better than the maths department's.",
        ],
      ],
    },
    {
      start: '2024-11-23 10:45',
      lines: [
        [
          'u',
          "We adopted a dog!!! A retired racing greyhound called Pistachio, she's four, brindle, and spends 22 hours a day asleep upside down on the couch. Our Northcote landlord said yes to pets, which is honestly a minor miracle in this rental market.",
          'dog',
        ],
        ['a', 'Congratulations! Greyhounds make lovely, calm companions. How is she settling in?'],
        [
          'u',
          "She's perfect. A bit confused by stairs and mirrors, and she barked at the washing machine for ten minutes yesterday, but otherwise she's the calmest creature I've ever met, definitely calmer than me.",
        ],
        [
          'a',
          "That's typical for ex-racers — they've never seen a lot of household things. Lots of patience and treats helps.",
        ],
        [
          'u',
          "Could you suggest a good feeding routine? The adoption group gave us notes but I've managed to lose them already, which is very on brand.",
        ],
        [
          'a',
          'Most adult greyhounds do well on two meals a day, morning and evening, with a quality dry food plus some wet or cooked mince. Avoid exercise for an hour after meals, and keep fresh water available.',
        ],
        [
          'u',
          "Thank you. Another big purchase: I've bought my own pottery wheel! A second-hand Shimpo from a woman in Coburg who was retiring from pottery. It cost $1,400, which is a lot, but a new one would be over $2,500.",
          'wheelPrice',
        ],
        ['a', "That's a great deal for a Shimpo. Where are you setting it up?"],
        [
          'u',
          "Under the window in the study, on a big waterproof mat, as planned. Lachie has put up a sign that says 'slip zone' in his nerdy science-teacher font. I'll still do the Saturday class for the kiln and Rhiannon's wisdom, but now I can practise throwing during the week.",
          'wheel4',
        ],
        ['a', "Best of both worlds. How's Studio Perrin going?"],
        [
          'u',
          "Really good. They've put me on a second project — a Victorian terrace in Carlton that's being extended — and I've been given my first consultant meeting to run on my own next week.",
          'newjob2b',
        ],
        ['a', "That's a sign of trust. Want help preparing an agenda for the meeting?"],
        [
          'u',
          "Yes please, but next time, I need to take Pistachio for her extremely slow walk around the block before she realises it's morning and gets sulky.",
        ],
        ['a', 'Enjoy the walk — see you next time!'],
        [
          'u',
          'Oh wait, one quick one: can greyhounds actually be off lead in parks? Someone at the dog park gave me a very stern lecture about it.',
        ],
        [
          'a',
          "In Victoria, greyhounds must be on lead in public unless they're in a fully fenced designated off-lead area. It's about their prey drive and speed.",
        ],
        ['u', 'Fenced areas only, got it. The stern dog-park man was right, which is annoying.'],
      ],
    },
    {
      start: '2024-12-14 17:20',
      lines: [
        [
          'u',
          "Christmas planning time. My family does Christmas twice — the 25th with Lachie's family in Geelong, and then Armenian Christmas on January 6th with mine, which involves Tatik, a lot of dolma, and at least one argument about politics.",
        ],
        [
          'a',
          'Two Christmases sounds busy but wonderful! Do you need help with anything for either of them?',
        ],
        [
          'u',
          "Gifts, mainly. Lachie's mum likes gardening and good tea. His dad is impossible, he says he doesn't want anything and then sulks if he doesn't get anything.",
        ],
        [
          'a',
          'For his mum: a nice teapot, a loose-leaf tea sampler, or quality secateurs. For his dad: something consumable like a good bottle, local honey, or a gift card to a hardware store.',
        ],
        [
          'u',
          "Ha, a Bunnings gift card is perfect, he lives there. For his mum — I'm actually going to make her a teapot on the wheel, which is ambitious, so I also signed up for a one-day glaze chemistry workshop at the studio. It was $320, which Lachie called 'a lot for paint', and I have not yet forgiven him.",
          'glazePrice',
        ],
        [
          'a',
          'A handmade teapot is a beautiful gift. Teapots are tricky — lids and spouts take practice — so give yourself plenty of time.',
        ],
        [
          'u',
          "I've already made four spouts that look like sad elephant trunks. The fifth will be the one. I can feel it.",
        ],
        ['a', "Sometimes it's the fifth! Do you want a quick guide to fitting the lid?"],
        ['u', 'Yes, briefly please.'],
        [
          'a',
          'Throw the lid and the gallery (the ledge it sits on) at the same session, measure both with calipers, trim when leather-hard, and fire the lid in place so they shrink together.',
        ],
        [
          'u',
          "Fire it in place — so simple and so obviously right. Also it's the Studio Perrin Christmas party next Friday and the theme is 'your favourite building', so I'm going as the Cascade in Yerevan, which involves a lot of cardboard steps.",
          'newjob3',
        ],
        ['a', "That's a wonderfully nerdy costume. I think you'll win."],
        [
          'u',
          'The competition is fierce, someone went as the Sydney Opera House last year and apparently it was very convincing.',
        ],
        ['a', "With a cardboard Cascade, you're in with a chance!"],
        [
          'u',
          "I'll let you know if I win. The prize is apparently a very ugly trophy of a traffic cone, which is an office in-joke I don't understand yet.",
        ],
        ['a', 'An in-joke trophy is a great sign of office culture. Good luck!'],
        [
          'u',
          "Thank you! I'll need it — I also have to carry about forty cardboard steps on my bike, so that'll be a sight.",
        ],
      ],
    },
    {
      start: '2025-01-18 13:00',
      lines: [
        [
          'u',
          "It's 41 degrees in Melbourne today and I'm lying on the tiles in the hallway next to Pistachio, who has the right idea. Any tips for keeping a greyhound cool in a heatwave? She has almost no fat or fur.",
          'dog2',
        ],
        [
          'a',
          'Keep her inside with fans or air-con, provide plenty of water (ice cubes help), walk only very early or late, and a damp towel or cooling mat can help her regulate.',
        ],
        [
          'u',
          "She's on a cooling mat now looking like a tragic Victorian painting. Also, the teapot was a success! Lachie's mum cried a bit and then immediately used it, so I've been forgiven for everything, including the glaze workshop.",
        ],
        ['a', "That's a lovely outcome. How was Armenian Christmas?"],
        [
          'u',
          "Chaotic and perfect. Tatik declared my gata 'nearly right', which is the highest praise I will ever receive in my lifetime. Aram came straight from a shift, as predicted, and ate three slices standing up.",
          'gata2',
        ],
        ['a', "'Nearly right' sounds like a triumph. What's ahead for you this year?"],
        [
          'u',
          "Okay so, big goal: saving for a house deposit with Lachie. We're both on reasonable incomes now but Melbourne prices are bleak. Could you help me set up a simple savings plan?",
        ],
        [
          'a',
          'Sure. Start with: 1) your combined take-home pay, 2) fixed costs (rent, bills, Pistachio), 3) a target deposit amount and timeframe. A common approach is to automate a transfer to a high-interest savings account on payday.',
        ],
        [
          'u',
          "We're aiming for about $120,000 in three years, which feels optimistic but possible if I stop buying pottery tools, which is unlikely.",
        ],
        [
          'a',
          "That's roughly $3,300 a month combined. Also check the First Home Owner Grant and the First Home Super Saver scheme — both can help in Victoria.",
        ],
        [
          'u',
          "Oh, I didn't know about the super one, that's very useful. I'll read up on it tonight instead of throwing, which is a huge sacrifice because I've been on the wheel at home every evening this week making little espresso cups.",
          'wheel5',
        ],
        ['a', 'Espresso cups are a great way to practise small, consistent forms. Enjoy!'],
        ['u', 'Thanks! Now back to the floor tiles with my dog. Send cool thoughts.'],
        ['a', 'Cool thoughts incoming! Stay hydrated.'],
        [
          'u',
          "Thanks. Last question, and then I promise I'll let you go: any cheap DIY ways to keep a rental house cooler without air-con in every room?",
        ],
        [
          'a',
          'Close blinds and curtains on the hot side during the day, open windows at night for cross-ventilation, use a fan with a bowl of ice in front, and hang a damp sheet in doorways.',
        ],
        ['u', "The damp sheet trick sounds very 'Victorian novel', I love it. Trying it tonight."],
      ],
    },
  ],
  questions: [
    [
      'single-hop',
      "Which of my grandmother's recipes was I trying to figure out for Easter?",
      ['gata', 'gata2'],
    ],
    ['single-hop', 'What clay did I choose for the mugs I made?', ['clayPick']],
    ['single-hop', 'What did I buy to stop my wrist hurting at my desk?', ['mouse']],
    [
      'single-hop',
      'Which airline route did I book for the family trip to Yerevan?',
      ['flightPick', 'flight2'],
    ],
    ['single-hop', 'What is our dog called?', ['dog', 'dog2']],
    ['multi-hop', 'What do my boyfriend and my brother each do for work?', ['lachieJob', 'aramJob']],
    [
      'multi-hop',
      'How much did I pay altogether for the second-hand wheel and the glaze workshop?',
      ['wheelPrice', 'glazePrice'],
    ],
    [
      'temporal',
      'How long ago did I pass my registration exam?',
      ['apePass'],
      { askedAt: '2025-02-01 12:00' },
    ],
    [
      'temporal',
      'Which happened first: moving in with my boyfriend or starting at my new practice?',
      ['move1', 'newjob1'],
      { askedAt: '2025-02-01 12:05' },
    ],
    [
      'updated',
      'Where am I working these days?',
      ['newjob1', 'newjob2', 'move2', 'newjob2b', 'newjob3'],
      { stale: ['job1', 'job2', 'job4', 'job3'] },
    ],
    ['updated', 'Which suburb do I live in now?', ['move1', 'move2', 'dog'], { stale: ['home1', 'home2'] }],
    [
      'updated',
      'What kind of pottery am I mostly doing at the moment?',
      ['wheel1', 'wheel2', 'wheel3', 'wheelPrice', 'wheel4', 'glazePrice', 'wheel5'],
      { stale: ['hand1', 'hand2'] },
    ],
    ['off-topic', 'How do I get red wine out of a white shirt?', []],
    ['off-topic', 'What causes the northern lights?', []],
    ['off-topic', 'How many players are on a rugby union team?', []],
  ],
});

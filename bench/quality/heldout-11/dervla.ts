import { definePersona } from '../author.ts';

export const dervla = definePersona({
  user_id: 'h11-dervla',
  name: 'Dervla',
  summary:
    'Dervla is a 52-year-old Irish GP in Cork with two grown sons, who sails out of Crosshaven and sings in a choir; she writes warm, chatty, long messages full of asides.',
  language: 'en',
  sessions: [
    {
      start: '2024-01-14 20:10',
      lines: [
        [
          'u',
          "Hello there! Happy new year, if it's not too late to be saying it. I'm Dervla — my son Oisín finally shamed me into trying one of these assistants over Christmas, so here I am. Fair warning, I'm a terrible rambler.",
        ],
        ['a', "Happy new year, Dervla! Ramble away, I'm happy to help with whatever you need."],
        [
          'u',
          'Grand so. First job: I need a note for the patients at our practice in Douglas about the new online booking. We go live on the 1st of February and half my lot are over seventy, so it has to be gentle and clear, no jargon at all, God love them.',
          'practice',
        ],
        [
          'a',
          "Here's a draft: 'Dear patients, from 1 February you can book appointments on our patient portal as well as by phone…' Shall I adjust the tone?",
        ],
        [
          'u',
          "Oh that's lovely, but take out 'portal', they'll think it's something out of Star Trek. Say 'the booking page on our website' and put the phone number in big letters at the end, please.",
        ],
        [
          'a',
          "Done — 'portal' is gone, and the phone number now sits on its own line at the bottom in bold.",
        ],
        [
          'u',
          "Perfect. I'm in there four days a week, Monday to Thursday, and Friday is my day for the dog, the boat and the garden, in roughly that order of importance 😄",
          'days1',
        ],
        ['a', 'That sounds like a well-earned Friday! What kind of dog do you have?'],
        [
          'u',
          'Bosco! A liver-and-white springer spaniel, four years old and an absolute lunatic on the beach at Fountainstown. He has never once come back when called, the divil.',
          'dog',
        ],
        ['a', 'Springers are famous for that selective hearing. Fountainstown must be heaven for him.'],
        [
          'u',
          "It is. And the choir is back on Tuesday as well — I sing alto with the Cork Community Choir, we rehearse in a parish hall off the Douglas Road. Spring concert is in April and we're doing the Fauré Requiem.",
          'choir1',
        ],
        ['a', 'The Fauré is beautiful to sing. Is it your first time doing it?'],
        [
          'u',
          'Second time, but the Pie Jesu still makes me cry at rehearsal, which is mortifying at fifty-two. The sopranos just pat me on the shoulder at this stage.',
        ],
        ['a', "That's the sign of a good piece, honestly."],
        [
          'u',
          "Right, I'd better go, Fergal is making faces at me from the sofa because I've boiled the kettle twice and not made the tea. Thanks a million!",
        ],
        ['a', 'Enjoy the tea, Dervla — talk soon!'],
        [
          'u',
          "Oh, one more thing before I go — what's a good audiobook for the drive to work? I'm sick of the radio and the news is too depressing in January.",
        ],
        [
          'a',
          "Try 'Small Things Like These' by Claire Keegan — short and beautiful — or 'Lessons in Chemistry' if you want something lighter.",
        ],
        ['u', "I've read the Keegan twice, I'll try the chemistry one. Night!"],
        ['a', 'Goodnight!'],
      ],
    },
    {
      start: '2024-01-30 19:40',
      lines: [
        [
          'u',
          "Evening! Quick one, or maybe not so quick knowing me. My eldest, Cian, turns 28 in February and he's over in Toronto, so I need to post something that won't cost a fortune in customs.",
        ],
        [
          'a',
          'Happy almost-birthday to Cian! Small, light things travel best — books, a framed photo, socks from home. What does he like?',
        ],
        [
          'u',
          "He's a physio in a sports clinic there, works mad hours with ice hockey lads, so anything for sore feet would go down well. He's been out there nearly three years now.",
          'cianJob',
        ],
        [
          'a',
          'A good foam roller is bulky, but a massage ball set and some nice Irish wool socks would post easily.',
        ],
        ['u', "Socks and Barry's tea it is, the eternal Irish parcel. He'll laugh."],
        ['a', "A classic for a reason. Barry's is a proper taste of home."],
        [
          'u',
          "The younger lad, Oisín, is 24 and in Dublin — he's a civil engineer with a crowd that do bridges and roads, so he's forever on some site in Meath in a hi-vis jacket.",
          'oisinJob',
        ],
        ['a', 'Two very different careers! You must be proud of them both.'],
        [
          'u',
          "Ah I am, though I'd love them both a bit closer. Anyway, the other thing: the car. I drive a 2015 Skoda Octavia diesel, it's done 240,000 km and the NCT is due in March. Is it worth putting money into it or should I cut my losses?",
          'car1',
        ],
        [
          'a',
          'At that mileage, it depends on what the NCT throws up. If it needs big work — clutch, timing belt, emissions — it may be time to look at replacing it.',
        ],
        [
          'u',
          "That's what Fergal says too, but he's a maths teacher, he says that about everything that costs money 😂",
          'fergal',
        ],
        [
          'a',
          "A maths teacher's caution is hard to argue with! Maybe get a pre-NCT check so you know what's coming.",
        ],
        ['u', "Good idea, I'll ring the garage in Carrigaline tomorrow. Thanks pet."],
        ['a', "Best of luck with it — and with Cian's parcel."],
        [
          'u',
          "Actually, do you know is Barry's tea allowed through Canadian customs? I'd hate them to bin it.",
        ],
        [
          'a',
          'Sealed, commercially packaged tea is generally fine to send to Canada; just declare it on the customs form.',
        ],
        ['u', "Lovely, I'll write 'tea and socks, no drugs, from his mammy' 😂"],
        ['a', 'That should get a smile at the sorting office!'],
      ],
    },
    {
      start: '2024-02-18 11:05',
      lines: [
        [
          'u',
          "Morning! Glorious day here, first properly dry Sunday in weeks. I've been down at the boat scraping the hull and I'm wrecked.",
        ],
        ['a', 'Sounds like a satisfying morning. Getting her ready for the season?'],
        [
          'u',
          "Yes — she's a 27-foot Westerly called Saoirse, and she lives on a mooring in Crosshaven, right down by the yacht club. Antifouling next weekend if the weather holds.",
          'boat',
        ],
        ['a', 'A lovely name for a boat. Crosshaven is a great base for sailing the harbour and beyond.'],
        [
          'u',
          "It's the best. Can I ask you something more medical-adjacent, and yes I know I'm the doctor 😅 My left knee has been at me since Christmas, and the physio said it's patellofemoral pain, basically the kneecap not tracking properly, from too much kneeling on the deck.",
          'knee',
        ],
        [
          'a',
          "That's a common one. Physios usually give quad and hip strengthening — have you been given exercises?",
        ],
        [
          'u',
          "I have, clamshells and step-downs, and I'm doing them about as faithfully as my patients do theirs, which is to say not very 🙈",
        ],
        [
          'a',
          'The classic doctor-as-patient problem! Maybe tie them to something daily, like the kettle boiling.',
        ],
        [
          'u',
          "Ha, I could do a lot of clamshells in the time it takes me to remember the tea. Now, a fish pie for tonight — Oisín is down for the weekend and he'll eat a horse. I have smoked haddock, salmon and some prawns.",
        ],
        [
          'a',
          'Lovely. Poach the fish in milk with a bay leaf, use that milk for the white sauce, add the prawns raw, top with mash and a bit of cheddar, and bake at 200°C for 30 minutes.',
        ],
        [
          'u',
          'Should I put eggs in? My mother always put boiled eggs in and I can never decide if I love it or hate it.',
        ],
        [
          'a',
          "It's very traditional — halve two or three hard-boiled eggs and tuck them in. Oisín can pick them out if he objects!",
        ],
        ['u', "He'll eat them, he eats everything. Right, off to peel potatoes. Thanks a million."],
        ['a', 'Enjoy the fish pie and the visit!'],
        [
          'u',
          "By the way, the fish pie recipe — can it be made the day before? I'm working late tomorrow too.",
        ],
        [
          'a',
          'Yes, assemble it fully, cool it and keep it covered in the fridge; bake it for an extra 10–15 minutes from cold.',
        ],
        ['u', "Brilliant, that's Monday's dinner too then."],
        ['a', 'Perfect planning!'],
      ],
    },
    {
      start: '2024-03-10 21:00',
      lines: [
        [
          'u',
          'Hi again! I need your help with something romantic, God help us. Fergal and I are thirty years married on the 6th of April and I want to book somewhere special for dinner. Somewhere within an hour of Cork city.',
        ],
        [
          'a',
          "Congratulations! Three ideas: 1) Ichigo Ichie in Cork city — a Japanese tasting menu, very special; 2) Greene's on MacCurtain Street, cosy and a bit of a classic; 3) Ballymaloe House in Shanagarry — country-house dining, local food, and you could stay the night.",
        ],
        [
          'u',
          'Oh, the third one, definitely. Ballymaloe — we went there once for my fortieth and Fergal still talks about the dessert trolley. And staying over means neither of us has to drive home.',
          'pick',
        ],
        ['a', 'Perfect choice. Would you like help with an email to book dinner and a room?'],
        [
          'u',
          "Yes please, and say it's an anniversary without making it sound like we want free champagne 😂",
        ],
        [
          'a',
          "'Dear Ballymaloe team, we'd love to book dinner for two and a double room on Saturday 6 April, which is our 30th wedding anniversary…' How's that?",
        ],
        [
          'u',
          "That's perfect, sent. Now choir news — the Community Choir had an extra rehearsal today and our conductor wants the altos louder in the Sanctus. I came home hoarse.",
          'choir2',
        ],
        [
          'a',
          'Sounds like a demanding rehearsal. Warm honey and lemon and a quiet day for your voice tomorrow might help.',
        ],
        [
          'u',
          "Quiet day! I have 28 patients booked tomorrow, there's no such thing. Honey and lemon it is though.",
        ],
        ['a', "Then lots of water between patients too. You'll be grand for the concert."],
        [
          'u',
          "Also the Octavia passed the NCT, by the skin of its teeth. The mechanic said the clutch is on borrowed time, so I'm only putting off the inevitable.",
          'car2',
        ],
        [
          'a',
          "Good news for now. It might be worth researching replacements over the next few months so you're not rushed.",
        ],
        ['u', "That's my plan. Right, bed. Night night!"],
        ['a', 'Goodnight, Dervla!'],
        [
          'u',
          'Oh and a gift idea for Fergal, for the anniversary? He likes crosswords, hurling and his greenhouse.',
        ],
        [
          'a',
          'A nice crossword book collection, tickets to a Cork hurling match, or a good quality pruning set for the greenhouse.',
        ],
        ['u', 'Tickets to the Munster final if Cork get there, and a crossword book as backup. Sorted.'],
        ['a', 'A great combination!'],
      ],
    },
    {
      start: '2024-04-09 19:15',
      lines: [
        [
          'u',
          'Well! What a weekend. The concert on Friday went beautifully, I only cried a little bit in the Pie Jesu, and then Saturday was the anniversary.',
        ],
        ['a', 'Congratulations on both! How was Ballymaloe?'],
        [
          'u',
          "Magic. We had the lamb, and Fergal went back to the dessert trolley twice, he's shameless. Best anniversary dinner we've ever had, honestly.",
          'annivDone',
        ],
        ['a', 'That sounds perfect. Thirty years and a dessert trolley — hard to beat.'],
        [
          'u',
          "Now, serious head on. I think I'm going to go electric for the next car. I do house calls out to Ballinhassig and Kinsale a few times a week, so maybe 80 km a day on a busy day. What would you suggest?",
        ],
        [
          'a',
          'For that driving, three good options: A) Hyundai Kona Electric — 64 kWh battery, around 450 km range; B) MG4 — the cheapest of the three, good range; C) VW ID.3 — comfortable, but pricier.',
        ],
        [
          'u',
          "The Kona I think. I sat in one at a friend's and it's high enough that my knee doesn't complain getting in and out. The MG is cheaper but I didn't love the seats.",
          'carChoice',
        ],
        [
          'a',
          "Good reasoning — the higher seat is a real plus. You'll also want to look at the SEAI grant and a home charger.",
        ],
        ['u', 'Yes, is the SEAI grant still going for cars? And for chargers?'],
        [
          'a',
          'The SEAI has offered a grant on new EVs and a separate home charger grant — check the current amounts on seai.ie, as they change.',
        ],
        [
          'u',
          "I'll look. Honestly I'm also thinking about dropping a day at work. Four days plus the out-of-hours rota is getting heavy, and I'm not getting any younger.",
          'days2',
        ],
        [
          'a',
          "That's a big decision but a common one at this stage of a career. Have you talked to your partners at the practice?",
        ],
        [
          'u',
          "Not yet, I'll raise it at the next practice meeting. Anyway — enough, I'm going to walk Bosco before it gets dark.",
        ],
        ['a', 'Enjoy the walk!'],
        [
          'u',
          'Also — Bosco swam out after a seal at Fountainstown on Sunday and I nearly had a heart attack. Are seals dangerous to dogs?',
        ],
        [
          'a',
          'Seals usually avoid dogs, but they can bite if cornered, especially mothers with pups. Best to call him back or keep him on a long lead near them.',
        ],
        ['u', 'Call him back! Ha. Long lead it is.'],
        ['a', 'A long lead is the safer bet with a springer!'],
      ],
    },
    {
      start: '2024-04-28 16:30',
      lines: [
        [
          'u',
          "Hello! Big news, I've booked flights to Toronto to see Cian! Flying out on the 6th of June from Dublin, ten days. I haven't seen him in person in over a year and I'm giddy.",
        ],
        ['a', "How exciting! Would you like help planning things to do while you're there?"],
        [
          'u',
          "Yes please. He'll be working some of the days, so I'll need things to do on my own. I love a gallery and a market, and I'd like one day trip.",
        ],
        [
          'a',
          'Ideas: the AGO (Art Gallery of Ontario), St. Lawrence Market, Kensington Market, a ferry to the Toronto Islands, and a day trip to Niagara Falls or Niagara-on-the-Lake.',
        ],
        [
          'u',
          "Niagara-on-the-Lake sounds gorgeous — wineries and old houses, is it? That's my kind of day. Cian can drive us on his day off.",
        ],
        ['a', 'Exactly — pretty town, wineries, and the falls are only 20 minutes away so you can see both.'],
        [
          'u',
          "Lovely. And on the choir front, the Community Choir is breaking up for summer after a singing session in the pub in May, so I'll miss nothing while I'm away.",
          'choir3',
        ],
        ['a', 'Good timing for the trip then.'],
        [
          'u',
          "It is. Oh and Fergal isn't coming — he's correcting Leaving Cert exams in June, the poor man. He says he'll mind Bosco and the garden, but really he'll live on toast.",
          'fergalExams',
        ],
        ['a', 'Maybe leave him a few meals in the freezer!'],
        [
          'u',
          "Already planned — a lasagne and a big pot of stew. Thirty years, I know the man. What's the weather like in Toronto in June?",
        ],
        [
          'a',
          'Usually warm — around 20–27°C, sometimes humid, with the odd thunderstorm. Pack layers and a light rain jacket.',
        ],
        ['u', 'Warmer than Cork in June anyway 😄 Thanks pet.'],
        ['a', 'Have a wonderful trip planning!'],
        ['u', "What's a good small gift to bring Cian's flatmates? He shares with two Canadian lads."],
        [
          'a',
          'Something Irish and edible travels well — Butlers chocolates, a good Irish whiskey fudge, or Tayto crisps for the novelty.',
        ],
        ['u', "Tayto, definitely. They'll be baffled. Perfect."],
        ['a', "They'll love them!"],
      ],
    },
    {
      start: '2024-05-19 18:20',
      lines: [
        [
          'u',
          "Guess who's gone electric! We picked up the Kona yesterday from the dealer in Little Island. It's a dark green one and I'm in love with it. Goodbye to the old Skoda, she owes me nothing.",
          'carNew',
        ],
        ['a', "Congratulations! How's the first drive been?"],
        [
          'u',
          "So quiet it's eerie. Bosco didn't know what to make of it. It came to €38,900 after the SEAI grant, which made me swallow hard, but I'm saving a fortune on diesel.",
          'carPrice',
        ],
        [
          'a',
          "That's a big purchase, but the running costs should help over time. Have you sorted a home charger?",
        ],
        [
          'u',
          'Yes, an electrician from Ringaskiddy put a wall charger on the side of the house on Wednesday. €1,150 all in after the charger grant.',
          'charger',
        ],
        ['a', 'Great. Charging overnight on a night-rate electricity plan will make it very cheap to run.'],
        [
          'u',
          "That's the next thing! Can you explain the night-rate thing to me? Our supplier has a 'smart' plan and I don't understand it.",
        ],
        [
          'a',
          'Smart plans charge different prices at different times. Electricity at night (e.g. 11pm–8am) is cheaper, so you set the car to charge then.',
        ],
        ['u', 'Ah, so I set the car to start charging at 11 and go to bed. Even I can manage that.'],
        ['a', 'Exactly. Most cars and chargers let you schedule it in an app.'],
        [
          'u',
          'Also, work news: I raised the day thing at the practice meeting. They were very decent about it. Nothing decided yet, they need to find a locum first.',
        ],
        ['a', "That sounds positive. It's good they were supportive."],
        ['u', "It is. Right, I'm off for a spin to Kinsale just for the fun of it 😄"],
        ['a', 'Enjoy the drive!'],
        [
          'u',
          'And a silly question: do I still need to get it serviced every year like the diesel? The dealer was vague.',
        ],
        [
          'a',
          'EVs need less maintenance, but an annual check of brakes, tyres, coolant and software is still recommended and often needed for the warranty.',
        ],
        ['u', "Grand, I'll book it in for next May so."],
        ['a', 'Good plan.'],
      ],
    },
    {
      start: '2024-06-23 10:00',
      lines: [
        [
          'u',
          'Home! I got back from Toronto on Thursday and I am destroyed with the jet lag. Woke up at 4am today and weeded half the garden.',
          'torontoBack',
        ],
        ['a', 'Welcome home! How was the trip?'],
        [
          'u',
          'Wonderful. Niagara-on-the-Lake was everything you said, we did a wine tasting and I bought far too much ice wine. Cian looks well — thin, but well.',
        ],
        ['a', 'That sounds lovely. Ice wine makes a great souvenir.'],
        [
          'u',
          "And he has a girlfriend! Priya, she's a paediatric nurse, and she's an absolute dote. He kept that one quiet, the rascal.",
          'priya',
        ],
        ['a', 'What a lovely surprise! Did you get on well?'],
        [
          'u',
          "Like a house on fire. She wants to come to Ireland at Christmas, so I'd better start getting the spare room sorted.",
        ],
        ['a', 'Something to look forward to!'],
        [
          'u',
          'Now, I need tips to get over jet lag quicker. I tell patients all the time but I want someone else to tell me 😂',
        ],
        [
          'a',
          "Morning light outdoors, no long naps, eat at local times, and go to bed at a normal hour even if you're not tired. Caffeine only in the morning.",
        ],
        [
          'u',
          'So a walk with Bosco at eight and no nap on the couch. Fergal will be delighted, he says I snore.',
        ],
        ['a', 'A morning walk is ideal — light, exercise and a happy dog.'],
        [
          'u',
          "Next thing is the Kinsale regatta in July, we're racing Saoirse with two friends from the club. Need to get my sea legs back.",
        ],
        ['a', "That'll be fun. Good luck in the regatta!"],
        [
          'u',
          "Priya also asked what to bring for my birthday — it's in November and I'll be 53, God help us. What's a nice thing to ask for that's small?",
        ],
        ['a', 'Maybe a photo book from the Toronto trip, a nice candle, or some Canadian maple treats.'],
        ['u', "Oh a photo book, she takes great photos. I'll drop a hint through Cian."],
        ['a', "That'd be a lovely keepsake!"],
      ],
    },
    {
      start: '2024-07-15 20:30',
      lines: [
        [
          'u',
          "Well, the Kinsale regatta was last weekend and we came fourth in our class! Fourth out of eleven, in a 40-year-old Westerly, I'll take it.",
          'kinsale',
        ],
        ['a', "Congratulations! That's a great result."],
        [
          'u',
          'We were third until a big gust near the harbour mouth and I fluffed a tack. My crew have forgiven me. Mostly.',
        ],
        ['a', 'It happens to everyone! Fourth is still excellent.'],
        [
          'u',
          "And work is sorted — they found a locum, so from September I'll be doing three days, Monday, Tuesday and Thursday. I'm thrilled and a bit guilty.",
          'daysPlan',
        ],
        ['a', "That's great news. No need to feel guilty — looking after yourself helps your patients too."],
        [
          'u',
          "That's what I'd tell a patient 😊 Can you help me write a short note to my regular patients so they're not shocked?",
        ],
        [
          'a',
          "'Dear patients, from September I'll be working Mondays, Tuesdays and Thursdays. Dr. … will be available on other days…' Want me to add more?",
        ],
        ['u', "Add that Dr. Nolan is covering Wednesdays and Fridays and she's lovely. She is, too."],
        ['a', "Added: 'Dr. Nolan will see patients on Wednesdays and Fridays — you'll be in great hands.'"],
        [
          'u',
          'Perfect. And a recipe, while I have you: we picked blackberries by the Crosshaven road. A crumble for eight people?',
        ],
        [
          'a',
          'Blackberries with 2 chopped apples and 80g sugar in a big dish; topping of 250g flour, 150g cold butter, 120g sugar and a handful of oats; bake at 180°C for 40 minutes.',
        ],
        ['u', 'Oats, what a good idea. Thanks pet.'],
        ['a', 'Enjoy it!'],
        ['u', 'Do you know any good stretches for after sailing? My back is in bits after the regatta.'],
        [
          'a',
          "Try a cat–cow stretch, child's pose, knee-to-chest and a gentle seated twist, holding each for 20–30 seconds.",
        ],
        ['u', "Child's pose, I can manage that. Knee permitting."],
        ['a', 'Go gently, and skip anything that hurts the knee.'],
      ],
    },
    {
      start: '2024-08-11 15:45',
      lines: [
        [
          'u',
          "Hello hello. I've done something a bit brave. I've left the Community Choir after eleven years and joined a small chamber choir, Vox Corcaigh — there's only fourteen of us, one to a part in places, and it's terrifying and wonderful.",
          'choirNew',
        ],
        ['a', "That's a big step! What drew you to the chamber choir?"],
        [
          'u',
          'The repertoire mostly — they do a lot of early music and Britten, and the big choir had got a bit… social. Lovely people, but more tea than music.',
        ],
        ['a', 'That makes sense. When do they rehearse?'],
        [
          'u',
          "Wednesday evenings in a room above a bookshop on Princes Street. Now that I'll be off Wednesdays that suits me perfectly.",
          'vox',
        ],
        ['a', 'Excellent timing with your new work schedule.'],
        [
          'u',
          'It is. Also Oisín has moved flat in Dublin, from Phibsborough to a place in Drumcondra with two lads from work. Rent still eye-watering.',
          'oisinFlat',
        ],
        ['a', 'Dublin rents are notoriously high. Is he happy with it?'],
        [
          'u',
          "He says it's grand, which in Oisín language means it's great. Bosco is in the doghouse, by the way, he ate half a Brie off the counter yesterday.",
        ],
        ['a', "Cheeky! Hopefully he isn't suffering for it."],
        [
          'u',
          'Not a bit of it, only the rest of us with the smell 🙈. Can you tell me the difference between a countertenor and a male alto? Someone at Vox asked and I waffled.',
        ],
        [
          'a',
          "The terms overlap a lot. 'Male alto' is the traditional English choir term for a man singing alto in falsetto; 'countertenor' is often used for solo singers with that voice type.",
        ],
        ['u', "Great, I'll sound very clever on Wednesday. Thanks!"],
        ['a', "You're welcome — enjoy rehearsal!"],
        [
          'u',
          'One more thing — any suggestions for a weekend away in September for me and Fergal? Not too far.',
        ],
        [
          'a',
          'Options: Dingle for the seafood, Kilkenny for the castle and food, or Inis Oírr for something really quiet.',
        ],
        ['u', "Dingle, we haven't been in ten years. And Fergal loves the seafood."],
        ['a', 'Great choice — bring rain gear!'],
      ],
    },
    {
      start: '2024-09-08 19:00',
      lines: [
        [
          'u',
          "Evening! First week on the new three-day week done — Monday, Tuesday, Thursday — and I had a Wednesday off for the first time in twenty years. I didn't know what to do with myself!",
          'daysNew',
        ],
        ['a', 'How lovely! What did you end up doing with it?'],
        ['u', 'Walked Bosco at Fountainstown, had a coffee in Crosshaven, and then went to choir. Bliss.'],
        ['a', 'That sounds like a perfect day.'],
        [
          'u',
          "The Kona has been brilliant for all of it, by the way. Four months in and I charge it at night twice a week, I'd never go back to diesel.",
          'carLatest',
        ],
        ['a', 'Great to hear it suits your driving so well.'],
        [
          'u',
          "Bosco had his booster at the vet on Friday, and she says he's a bit heavy. 22 kilos. So the Brie incident did not help.",
        ],
        [
          'a',
          'Springers usually sit between 18 and 23 kg, so a small reduction in food and treats should help.',
        ],
        ['u', "Fewer treats from Fergal, you mean. He's the weak link. He slips him crusts at the table."],
        ['a', 'A family conversation might be needed!'],
        [
          'u',
          'Ha. Can you give me a list of autumn jobs for the garden? I have roses, a veg patch and a messy hedge.',
        ],
        [
          'a',
          'Deadhead and feed roses, plant garlic and broad beans, sow green manure in empty beds, trim the hedge after nesting season, and collect leaves for leaf mould.',
        ],
        ['u', "Garlic, yes! Thanks pet, that's my next free Wednesday sorted."],
        ['a', 'Enjoy the gardening!'],
        [
          'u',
          'Oh and the garlic — is it cloves straight from the supermarket or do I need special seed garlic?',
        ],
        [
          'a',
          'Seed garlic from a garden centre is better — supermarket bulbs may carry disease or be varieties unsuited to our climate.',
        ],
        ['u', 'Garden centre on Wednesday it is.'],
        ['a', 'Enjoy!'],
      ],
    },
    {
      start: '2024-09-29 17:10',
      lines: [
        [
          'u',
          "Hi! Sad day — Saoirse came out of the water yesterday for the winter. She's up on the hard stand at Crosshaven, all wrapped up. I always feel a bit lost after.",
        ],
        ['a', 'That end-of-season feeling is real. Anything to look forward to over the winter?'],
        [
          'u',
          "Christmas with both lads home, and Priya coming! And Vox Corcaigh are doing Britten's A Ceremony of Carols in December in St Fin Barre's, with harp. I'm beside myself.",
          'choirLatest',
        ],
        ['a', 'What a beautiful piece to sing, and in a cathedral too!'],
        [
          'u',
          "Can you help me with a welcome plan for Priya? She's never been to Ireland. She'll be here for ten days over Christmas.",
        ],
        [
          'a',
          "Ideas: a day in Kinsale, the English Market in Cork, a drive around West Cork, the Christmas concert of course, and a Christmas Day swim at Fountainstown if she's brave.",
        ],
        [
          'u',
          "The swim! Oisín and Cian always do it, she'd have to join them. And the English Market, definitely, she loves food.",
        ],
        ['a', "She'll love it. Maybe Kinsale for lunch on one of the quieter days."],
        [
          'u',
          'Good. And can you remind me how long to soak a Christmas pudding fruit? I make it in October every year but I always forget.',
        ],
        [
          'a',
          'Most recipes soak the dried fruit in brandy or stout overnight, or up to a few days, before mixing.',
        ],
        [
          'u',
          "Overnight in stout, that's the Cork way 😄 Thanks a million, you've been a great help this year.",
        ],
        ['a', "It's been a pleasure, Dervla. Enjoy the autumn!"],
        [
          'u',
          "And what's a good thing for a dog who's sad the boat's gone? Bosco loved sitting in the cockpit 😄",
        ],
        ['a', 'Lots of beach walks, a new chew toy, or a sniffy walk somewhere new would cheer him up.'],
        ['u', "He'll get a beach walk tomorrow. Thanks again!"],
        ['a', 'Enjoy the walk, Dervla!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What breed is my dog?', ['dog']],
    ['single-hop', 'Where do I keep my boat?', ['boat']],
    ['single-hop', 'Where did Fergal and I go for our thirtieth?', ['pick', 'annivDone']],
    ['single-hop', 'What does my husband teach?', ['fergal']],
    ['single-hop', 'What did the physio say was causing my knee trouble?', ['knee']],
    ['multi-hop', 'What do my two sons each do for a living?', ['cianJob', 'oisinJob']],
    [
      'multi-hop',
      'Roughly how much did going electric cost me in total, counting the car and the charger at home?',
      ['carPrice', 'charger'],
    ],
    ['temporal', 'How long ago did I collect my new car?', ['carNew'], { askedAt: '2024-10-20 10:00' }],
    [
      'temporal',
      'Which happened first this summer: my trip to Canada or the regatta?',
      ['torontoBack', 'kinsale'],
      { askedAt: '2024-10-20 10:05' },
    ],
    [
      'updated',
      'Which choir am I singing with at the moment?',
      ['choirLatest'],
      { stale: ['choir1', 'choir2', 'choir3'] },
    ],
    [
      'updated',
      'How many days a week am I working at the surgery now?',
      ['daysNew'],
      { stale: ['days1', 'days2'] },
    ],
    ['updated', 'What car am I driving these days?', ['carLatest'], { stale: ['car1', 'car2'] }],
    ['off-topic', 'What is the difference between baking soda and baking powder?', []],
    ['off-topic', 'How do I take a screenshot on a Windows laptop?', []],
    ['off-topic', 'Who painted The Starry Night?', []],
  ],
});

import { definePersona } from '../author.ts';

export const rosalind = definePersona({
  user_id: 'h13-rosalind',
  name: 'Rosalind',
  summary:
    'A 52-year-old divorced GP in Inverness with two grown daughters; a keen birdwatcher who writes in dry, understated British English with the odd Scots word.',
  language: 'en',
  sessions: [
    {
      start: '2024-01-14 19:30',
      lines: [
        [
          'u',
          "Evening. I need help writing a polite but firm email to a patient's son who keeps turning up at reception demanding to see me without an appointment.",
        ],
        ['a', 'Of course. Would you like it warm and explanatory, or short and procedural?'],
        ['u', "Short and procedural. I've been a GP for twenty-four years, I've run out of warm."],
        [
          'a',
          "Understood. Here's a draft: 'Dear Mr Fraser, I understand your concern for your mother. To make sure she gets the time she needs, please book through reception or the online system...'",
        ],
        [
          'u',
          "That's good. Add something about the practice manager being the point of contact. Her name is Morag and she is terrifying, which is useful.",
        ],
        ['a', "Added: 'For any concerns about access, please contact our practice manager, Morag Ross.'"],
        [
          'u',
          "Perfect. Right, non-work question. It's been dreich for a fortnight and the Volvo's windscreen wipers have started making a noise like a heron being strangled.",
          'volvo1',
        ],
        [
          'a',
          'That usually means the blades are worn or the rubber has hardened. Replacing them is cheap and quick — most motor factors will fit them for you.',
        ],
        [
          'u',
          'The Volvo is a 2009 V70 with 180,000 miles on it so everything on it is worn and hardened. Much like its owner.',
        ],
        ['a', 'High mileage Volvos are famously durable. Blades first; it may buy you a quieter winter.'],
        [
          'u',
          "My cat Mungo has taken to sleeping on the radiator shelf and glaring at me when I come in late. He's a fat ginger tom with no sense of gratitude.",
          'cat',
        ],
        [
          'a',
          'Ginger toms do have a reputation for confident entitlement. A heated cat bed might lure him somewhere less precarious.',
        ],
        [
          'u',
          "He'd regard that as an insult. Also my younger one, Catriona, rang from Edinburgh — she's doing her PhD there and has discovered that flats in Marchmont are full of mould.",
          'catEdin',
        ],
        [
          'a',
          'Sadly common in older tenements. A dehumidifier and keeping furniture off external walls helps, but the landlord should deal with the cause.',
        ],
        [
          'u',
          "Could you write me three lines I can text her about damp that don't sound like her mother? Even though I am her mother.",
        ],
        [
          'a',
          "Try: 'Ventilate daily even when it's cold, wipe condensation each morning, and put it in writing to the landlord — they're legally obliged to sort it.'",
        ],
        ['u', "Excellent. Clinical, slightly menacing. She'll know it's me anyway."],
      ],
    },
    {
      start: '2024-02-03 10:15',
      lines: [
        [
          'u',
          "Morning. I'm finally replacing my binoculars. The old Opticrons are twenty years old and one side has gone foggy.",
        ],
        [
          'a',
          "Good time to upgrade. Three common options at different prices: 1) Nikon Monarch M7 8x42 (around £350), 2) Zeiss Conquest HD 8x42 (around £900–1,100), 3) Swarovski EL 8.5x42 (around £2,300). What's your main use?",
        ],
        [
          'u',
          'Mostly waders on the Beauly Firth and raptors in the glens. Low light a lot, because this is Scotland and the sun is a rumour.',
        ],
        [
          'a',
          "For low light and long sessions, the Conquest HD gives you most of the Swarovski's brightness at half the price. The Monarch is very good value but a step down at dusk.",
        ],
        [
          'u',
          "I'll go with the Zeiss, the middle one. I refuse to pay Swarovski money for something I'll drop in a bog.",
          'binoPick',
        ],
        ['a', 'A sensible compromise. Check for the lifetime warranty registration when you buy.'],
        [
          'u',
          "Also, I've signed up for a Gaelic evening class. Tuesdays at the college, beginners. My granny spoke it and I never learned, which she held against me until she died.",
          'gaelic1',
        ],
        [
          'a',
          "That's lovely. Beginners' Gaelic is very welcoming — and Inverness has a strong learning community. Would you like some resources alongside the class?",
        ],
        ['u', 'Yes, something I can do in the car on the way to the surgery.'],
        [
          'a',
          "Duolingo has a Scottish Gaelic course, and there are podcasts like 'Beag air Bheag' from BBC Alba. Both work well for short commutes.",
        ],
        [
          'u',
          "Duolingo. The green owl. My daughters will be insufferable, they've both got streaks of four hundred days.",
        ],
        ['a', 'You could make it a family rivalry. Nothing motivates like being behind your children.'],
        [
          'u',
          "Speaking of which, Isla, my eldest, rang to say she's engaged. To Euan, who is a civil engineer in Glasgow and very polite and wears gilets.",
          'islaFiance',
        ],
        ['a', 'Congratulations! How do you feel about it?'],
        [
          'u',
          "Delighted, genuinely. He's kind to her and he laughs at my jokes, which is a sign of either good character or strategic thinking.",
        ],
        ['a', 'Either way it bodes well. Have they talked about dates yet?'],
        [
          'u',
          "Next summer, somewhere with a marquee. I've been told my job is to 'not make it about birds'. Rude.",
        ],
        ['a', 'You could always quietly note which species turn up at the venue.'],
        ['u', 'That was the plan all along.'],
      ],
    },
    {
      start: '2024-02-25 16:40',
      lines: [
        [
          'u',
          "Well. The Zeiss arrived. £1,040 after the discount, which I'm choosing not to think about too hard.",
          'binoPrice',
        ],
        ['a', 'They should last decades. How are they performing?'],
        [
          'u',
          'Took them out to Longman Point yesterday and saw a long-tailed duck so crisply I nearly wept. Then I turned my knee on the rocks coming back.',
          'knee',
        ],
        [
          'a',
          "Sorry to hear about your knee. Any swelling or locking? As a GP you'll know the drill, but is it weight-bearing?",
        ],
        [
          'u',
          "Weight-bearing, swollen, medial side. I've diagnosed myself with 'being fifty-two' and prescribed ibuprofen and sulking.",
        ],
        [
          'a',
          "Sounds like a possible MCL sprain. Rest, ice and a physio assessment if it's not settling in a week or two.",
        ],
        [
          'u',
          "Yes doctor. I'll give it a week. I had to drive the Volvo with my left leg doing most of the work, which in an automatic is at least possible.",
          'volvo2',
        ],
        ['a', "Good thing it's an automatic. Please don't push it if braking feels uncomfortable."],
        [
          'u',
          'Can you give me a quick recipe for something warming that requires minimal standing? Soup, ideally.',
        ],
        [
          'a',
          'Cullen skink: smoked haddock poached in milk, onions sweated in butter, diced potato, simmer 15 minutes, mash a little for thickness. About 30 minutes, mostly sitting.',
        ],
        ['u', "Cullen skink is a very good answer. You're learning."],
        ['a', 'Thank you. Do you have smoked haddock in?'],
        ['u', "I have a freezer drawer entirely of fish. It's the only organised drawer in the house."],
        ['a', "Then you're set. Add a bay leaf to the milk if you have one."],
        ['u', 'Mungo is now sitting on my bad leg like a hot water bottle with claws. Possibly therapeutic.'],
        ['a', "Cats do provide a surprising amount of warmth. Just don't let him knead it."],
        ['u', 'Too late.'],
      ],
    },
    {
      start: '2024-04-08 18:05',
      lines: [
        [
          'u',
          'Good news: I saw the first osprey back at Loch Garten this morning. Took the day off specifically, which tells you where my priorities lie.',
          'osprey',
        ],
        ['a', 'Wonderful! Was it one of the known birds?'],
        [
          'u',
          'The RSPB folk think it was the usual male. He looked jetlagged, having flown from West Africa. I sympathised.',
        ],
        ['a', "That's quite a journey. Did you manage to get any photos?"],
        [
          'u',
          "Blurry ones. I'm a watcher, not a photographer. The phone through the binoculars trick works about one time in twelve.",
        ],
        ['a', 'Digiscoping adapters can make that much easier if you ever want to try.'],
        [
          'u',
          "Maybe. On the knee: it didn't settle so I saw a physio at last. A lovely young man called Ruaridh at the clinic on Academy Street, who tutted at me a lot.",
          'physio',
        ],
        ['a', 'What did he recommend?'],
        [
          'u',
          'Strengthening exercises, no hill walking for six weeks, and he suggested Pilates. I laughed and then realised he meant it.',
        ],
        ['a', "Pilates is genuinely good for knee stability. Many studios run beginners' or rehab classes."],
        [
          'u',
          "Gaelic is going slowly by the way. I can now say 'the cat is on the chair' which is honestly the most useful sentence in my house.",
          'gaelic2',
        ],
        [
          'a',
          "That's a genuinely practical phrase for you. 'Tha an cat air an t-sèathar.' How is the Tuesday class?",
        ],
        [
          'u',
          "The teacher's nice but the Gaelic class is mostly retired Americans looking for their clan. I feel like the youngest person there, which is a rare treat.",
          'gaelic3',
        ],
        ['a', 'That does sound like a pleasant novelty. Keeping it up?'],
        [
          'u',
          "For now. Can you help me draft a short note to the practice partners asking to swap my Thursday afternoon for a Wednesday in May? The osprey cam won't watch itself.",
        ],
        [
          'a',
          "Draft: 'Hi all, would anyone be willing to swap their Wednesday afternoon session with my Thursday in May? Happy to return the favour later in the summer.'",
        ],
        ['u', 'Leave out the osprey bit then. Good.'],
      ],
    },
    {
      start: '2024-05-02 20:20',
      lines: [
        [
          'u',
          "I'm planning a week on Shetland in early June — Sumburgh Head puffins, maybe Fetlar for the red-necked phalaropes. How should I get there?",
        ],
        [
          'a',
          'Two main options: A) the NorthLink overnight ferry from Aberdeen to Lerwick (about 12.5 hours, you can take the car, cabin recommended), or B) a Loganair flight from Inverness to Sumburgh (around an hour) and hire a car there.',
        ],
        [
          'u',
          'Option A, the ferry. I can take my own scope and all my rubbish, and I like the idea of waking up in Lerwick with seabirds out the porthole.',
          'ferryPick',
        ],
        [
          'a',
          'Lovely choice. Book a cabin early — they fill up in summer. Would you like a rough itinerary?',
        ],
        [
          'u',
          "Yes please. Seven days. Unst at some point, and I'd like one day that is purely for doing nothing with a flask.",
        ],
        [
          'a',
          'Day 1 Lerwick and Bressay; Day 2 Sumburgh Head and Jarlshof; Day 3 Mousa at dusk for storm petrels; Day 4 Fetlar; Day 5 Unst and Hermaness; Day 6 flask day; Day 7 Noss then the evening ferry.',
        ],
        ['u', "Mousa at dusk for storm petrels. Yes. You've clearly been reading my diary."],
        ['a', "It's one of the great wildlife experiences in Britain. Book the boat in advance."],
        [
          'u',
          "Catriona's coming up from Edinburgh for the weekend before I go. She says she's 'fine' about her PhD, which in our family means the opposite.",
          'catEdin2',
        ],
        ['a', 'Maybe a weekend with no pressure will help her open up. Anything planned?'],
        ['u', "I'll feed her. That's the Scottish mother's entire emotional toolkit."],
        ['a', 'A good meal is a strong start. Would you like ideas?'],
        ['u', "Something with lamb. She's not vegetarian this year, that was last year."],
        [
          'a',
          'Slow-roast lamb shoulder with garlic and rosemary, 4 hours at 160°C, with crushed new potatoes and a salsa verde. Low effort, big impact.',
        ],
        [
          'u',
          "Done. The knee's much better, by the way. Three Pilates classes in and I can almost stand on one leg without looking like a newborn giraffe.",
        ],
        ['a', 'Great progress. Is it the rehab class Ruaridh recommended?'],
        ['u', 'Yes, Monday lunchtimes near the surgery. I nip out between clinics and come back smug.'],
      ],
    },
    {
      start: '2024-06-12 21:00',
      lines: [
        [
          'u',
          "Just back from Shetland. Storm petrels at Mousa were everything I'd hoped. Hundreds of them, chirring out of the broch wall like it was haunted.",
          'shetlandTrip',
        ],
        ['a', 'That sounds magical. How was the rest of the week?'],
        [
          'u',
          'Wet, windy, perfect. Saw a red-necked phalarope on Fetlar and a man in Unst told me his life story for forty minutes. I now know a great deal about his septic tank.',
        ],
        ['a', 'The social side of island life. Did the ferry go smoothly?'],
        [
          'u',
          "The NorthLink ferry was fine, cabin and all. The Volvo, however, died at the Lerwick terminal on the way back. Alternator. It's dead, Jim.",
          'ferry2',
        ],
        ['a', 'Oh no — how did you get home?'],
        [
          'u',
          'Got it towed and fixed enough to limp home, then admitted defeat. I bought a car yesterday: a 2019 Subaru Forester, dark green, with a proper boot for the scope. Farewell Volvo, you served with honour.',
          'subaru',
        ],
        [
          'a',
          'A Forester is a great choice for Highland roads and birding trips. Four-wheel drive will help in winter too.',
        ],
        [
          'u',
          "Also good for the single-track to Strathdearn. The salesman called it 'a lifestyle vehicle'. I said my lifestyle is mostly lay-bys.",
        ],
        ['a', "The most honest thing anyone's ever said in a car dealership."],
        ['u', "Can you tell me how often a Forester needs servicing? I'd like to not kill this one."],
        [
          'a',
          'Generally every 12 months or 12,500 miles, whichever first. Check the handbook for your model, and keep an eye on oil level between services.',
        ],
        [
          'u',
          "Noted. Also I've decided I'm sick of the NHS pension forms and I'm going to ask the accountant about going down to fewer sessions next year. Just thinking aloud.",
        ],
        [
          'a',
          "That's a big decision. It might help to model the pension impact first. Want a list of questions for your accountant?",
        ],
        ['u', "Yes, please. Short ones. He charges by the minute and I suspect he's slow on purpose."],
        [
          'a',
          "1) How does reducing sessions affect my NHS pension accrual? 2) What's the tax impact? 3) Can I draw any pension early? 4) What's my break-even age if I go part-time now?",
        ],
        ['u', 'Lovely. Sending that to him on Monday.'],
      ],
    },
    {
      start: '2024-07-06 09:10',
      lines: [
        [
          'u',
          "Catriona's news: she's left Edinburgh. Got a research post at UCL and has moved to London — a flat share in Walthamstow with two other academics and a tortoise.",
          'catLondon',
        ],
        ['a', "That's a big move! Is she excited?"],
        [
          'u',
          'Excited and broke. London rents are a crime. I sent her £200 and a tin of shortbread, to cover both kinds of emergency.',
          'catRent',
        ],
        ['a', 'Very practical. Is she still finishing the PhD remotely?'],
        [
          'u',
          'Submitting in autumn, then she starts properly. Her girlfriend Priya is a doctor at the Royal London, which is partly why she went. I approve of Priya, she argues with me.',
          'catPartner',
        ],
        ['a', 'A partner who can hold her own with you sounds ideal.'],
        [
          'u',
          "Exactly. Right, Isla wants help with her wedding guest list and I've been asked to produce 'Mum's side'. Can you make me a simple table template?",
        ],
        [
          'a',
          'Sure: columns for Name, Relationship, Plus-one (Y/N), Address, Dietary needs, RSVP status. Want it in a spreadsheet format?',
        ],
        ['u', "Yes. And a column for 'will drink too much', for planning purposes."],
        ['a', "Added: 'Risk assessment'. Colour-coding optional."],
        [
          'u',
          "Ha. Also I've spoken to the accountant and the partners. From September I'm going to three days a week instead of four. Mondays off, permanently.",
        ],
        ['a', "That's a great change. Any plans for the extra day?"],
        [
          'u',
          "Birds, mostly. And learning to do absolutely nothing without feeling guilty. That'll take therapy.",
        ],
        ['a', 'Sounds like a worthwhile project. A regular Monday birding route might help make it a habit.'],
        ['u', 'Do you know any good spots near Inverness for autumn migration?'],
        [
          'a',
          'Chanonry Point, Udale Bay on the Black Isle, Loch Fleet further north, and the Findhorn Valley for raptors.',
        ],
        ['u', 'Udale Bay for the geese. Mondays in October are sorted.'],
      ],
    },
    {
      start: '2024-08-13 22:15',
      lines: [
        [
          'u',
          "Confession. I've given up on the Gaelic. Twenty weeks in and my brain simply refuses to do lenition.",
        ],
        [
          'a',
          "That's a shame, but it's perfectly fine to stop something that isn't working for you. Any regrets?",
        ],
        [
          'u',
          "My granny would be spinning. But I've signed up for a watercolour class instead — Tuesday evenings at the Eastgate arts centre. Started last night. Painted a puffin that looked like a disappointed potato.",
          'watercolour',
        ],
        ['a', "Everyone's first puffin looks like a potato. What did you think of the class?"],
        ['u', 'Loved it. Quiet, nobody asked me about their bowels, and there were biscuits.'],
        ['a', 'Those are very high standards. Do you need any supplies?'],
        [
          'u',
          "Yes. The teacher gave a list. What's the difference between student grade and artist grade paints?",
        ],
        [
          'a',
          'Artist grade has more pigment and less filler, so colours are richer and mix more cleanly. Student grade is cheaper and fine to start; you could get a few artist-grade tubes for key colours.',
        ],
        ['u', "I'll start with student grade. I'm not paying Zeiss money for paint."],
        ['a', 'Sensible. Cotman by Winsor & Newton is a good student range.'],
        [
          'u',
          'Also the Subaru passed its first Highland pothole test on the road to Glen Affric. Nothing fell off, including me.',
          'subaru2',
        ],
        ['a', 'Great. Did you spot anything in Glen Affric?'],
        [
          'u',
          'A crested tit and a very tired-looking golden eagle. Also a crested tit is the kind of bird that makes you feel personally chosen.',
        ],
        ['a', "They're special birds — Scotland's only in the UK. Great sighting."],
        [
          'u',
          'Can you suggest a simple dinner for one that uses up courgettes? My neighbour Hamish keeps leaving them on my doorstep like a cat with mice.',
        ],
        [
          'a',
          'Courgette and feta fritters: grate two courgettes, squeeze out moisture, mix with an egg, feta, flour, mint and pepper, fry spoonfuls 3 minutes a side.',
        ],
        ['u', "Hamish's surplus is solved. Until tomorrow."],
      ],
    },
    {
      start: '2024-09-01 15:30',
      lines: [
        [
          'u',
          "Bought a tripod for the scope finally, a Manfrotto with a fluid head. £180, which the man in the shop said was 'entry level' in a tone I didn't care for.",
          'tripodPrice',
        ],
        ['a', 'A fluid head makes tracking birds so much smoother. Good buy.'],
        [
          'u',
          "I also want to redo the kitchen. It's 1990s pine and makes me feel like I'm in a rural B&B. Any idea what a modest refit costs?",
        ],
        [
          'a',
          'In the Highlands, a modest refit often runs £8,000–15,000 depending on units, worktops and whether any plumbing or electrics move.',
        ],
        [
          'u',
          "Gulp. I've had three quotes: MacKinnon Joinery at £12,500, a big firm called Highland Kitchen Co at £14,800, and a one-man band called Dougie at £9,000 who can't start till February.",
        ],
        [
          'a',
          'Some thoughts: MacKinnon sits mid-range and is local; Highland Kitchen Co may have a showroom and warranty; Dougie is cheapest but the wait is long. Do you have references for each?',
        ],
        [
          'u',
          "MacKinnon did my friend Fiona's kitchen and it's beautiful. I'll go with them, the mid-priced one. Waiting till February for Dougie would kill me.",
          'builderPick',
        ],
        ['a', 'Good choice — personal recommendation counts for a lot. When are they starting?'],
        [
          'u',
          'November, in theory. In Highland builder time that means any point before the heat death of the universe.',
        ],
        ['a', 'Plan for some takeaways and a temporary microwave set-up.'],
        [
          'u',
          'Mondays off has started. I spent the first one at Udale Bay in the Subaru eating a pie with the heater on. Bliss.',
          'subaru3',
        ],
        ['a', 'That sounds like an ideal first Monday. Any geese yet?'],
        ['u', 'A few early pinkfeet. The big numbers come later in the month.'],
        ['a', "You'll have a good vantage for it. Anything else on this week?"],
        [
          'u',
          "Isla and Euan are coming up next weekend to look at a venue near Beauly. I'm under strict instructions to be 'normal'.",
        ],
        ['a', 'Whatever normal means. Good luck!'],
        ['u', "Normal for me is binoculars round my neck at all times. They'll cope."],
      ],
    },
    {
      start: '2024-09-22 11:45',
      lines: [
        [
          'u',
          "Venue's booked — a converted steading near Beauly, June next year. Euan cried a bit, which I found very endearing.",
        ],
        ['a', 'Congratulations to them! Are you involved in planning?'],
        [
          'u',
          "I'm in charge of the ceilidh band, apparently. Can you write me a short enquiry message to send to a band?",
        ],
        [
          'a',
          "Draft: 'Hello, I'm enquiring on behalf of my daughter's wedding on [date] near Beauly. Could you let me know your availability, fees and set length? Thanks, Rosalind.'",
        ],
        ['u', "Good. I'll add 'no Highland Cathedral on the bagpipes unless someone has died.'"],
        ['a', "A clear brief. They'll appreciate it."],
        [
          'u',
          'Catriona phoned from London. The tortoise in her flat is called Gerald and is apparently the most stable resident.',
          'catLondon2',
        ],
        ['a', "Gerald sounds like a calming influence. How's she finding it?"],
        [
          'u',
          "Good, she says. She cycles in along the canal and Priya cooks for her. I'm relieved someone does.",
        ],
        ['a', "It sounds like she's settling in nicely."],
        [
          'u',
          'Me, less so. I had a patient shout at me this week about waiting times and I went home and ate crisps in the bath. Not a recommended coping strategy.',
        ],
        [
          'a',
          'That sounds like a hard week. It happens even to the most experienced GPs. Is there anything that usually helps you decompress?',
        ],
        ['u', 'A long walk on the beach at Nairn and a flask of tea. Or painting badly.'],
        ['a', 'Both sound better than crisps in the bath, but crisps have their place.'],
        [
          'u',
          "They do. Right, what's a good beginner's subject for watercolour? The puffins are defeating me.",
          'watercolour1b',
        ],
        [
          'a',
          'Try loose landscapes — skies and water are forgiving and teach wet-on-wet technique. A firth at dusk would be perfect.',
        ],
        ['u', "A firth at dusk. I've looked at enough of them."],
      ],
    },
    {
      start: '2024-10-12 19:50',
      lines: [
        [
          'u',
          "Painting update: the watercolour teacher said my Beauly Firth sunset was 'promising', which from her is practically a Turner prize.",
          'watercolour2',
        ],
        ['a', "That's great encouragement! Will you keep going into the winter term?"],
        ['u', "Yes, I've signed up for the next block. Tuesdays are now sacred.", 'watercolour3'],
        ['a', "Lovely to have something regular. Anything else you're looking forward to?"],
        [
          'u',
          'Pinkfeet at Udale are up to several thousand. The noise at dawn is like a football crowd of very small angry men.',
        ],
        ['a', "That's one of the great sounds of a Scottish autumn."],
        [
          'u',
          "It is. Unrelated: can you help me write a card for my colleague Dr Anand who's retiring after thirty years?",
        ],
        [
          'a',
          "Sure. Something like: 'Raj — thirty years of patience, humour and excellent handwriting (for a doctor). The practice won't be the same. Enjoy every minute.'",
        ],
        ['u', "Add 'and your biscuits will be missed more than you are'. He'll like that."],
        ['a', 'Added. A perfect dry touch.'],
        [
          'u',
          "Also what's the best way to keep a cat off a kitchen worktop? The builders are coming soon and Mungo thinks every surface is his throne.",
          'cat2',
        ],
        [
          'a',
          'Double-sided tape, foil or citrus-scented sprays can deter cats. Giving him a high perch nearby as an alternative helps too.',
        ],
        ['u', 'He already has four high perches. He prefers the forbidden one.'],
        ['a', 'Classic cat behaviour. Consistency is the key.'],
        [
          'u',
          'Consistency is not a word Mungo recognises. Anyway, I need a pre-Christmas service booked for the car. Any tips for getting the best from a Subaru dealer?',
          'subaru4',
        ],
        [
          'a',
          'Book early, ask for a fixed-price menu service, and check whether any recalls or software updates apply to your model year.',
        ],
        ['u', 'Will do. Off to soak the brushes.'],
      ],
    },
    {
      start: '2024-10-30 20:30',
      lines: [
        [
          'u',
          "Builders arrive Monday. I've boxed up the kitchen and I'm living off a microwave and a kettle in the dining room, like a student but with better wine.",
        ],
        ['a', "Sounds like you've prepared well. Do you need microwave meal ideas?"],
        ['u', 'Please. Nothing beige.'],
        [
          'a',
          'Microwave jacket sweet potato with black beans and salsa; steamed salmon with ginger and soy; spiced lentil soup from a pouch with spinach stirred through; a quick shakshuka in a deep bowl.',
        ],
        ['u', 'Salmon with ginger and soy. Yes. Can you give me timings?'],
        [
          'a',
          'Salmon fillet in a covered dish with soy, grated ginger and a splash of water: 3–4 minutes on full power, rest 1 minute. Serve with microwave rice.',
        ],
        [
          'u',
          "Easy. My daughters are both coming home for Christmas. First time in three years we'll all be in one room, which will be lovely for about forty-eight hours.",
        ],
        ['a', "That's wonderful. Will the kitchen be done by then?"],
        ['u', "MacKinnon says 'definitely'. I've stopped listening to that word from tradesmen.", 'builder2'],
        ['a', 'A backup plan for Christmas dinner might be wise.'],
        [
          'u',
          "I'll book a table at a hotel as a fallback. Suggest a couple of places in Inverness that do a decent Christmas lunch?",
        ],
        [
          'a',
          "I'd suggest checking recent reviews, but larger hotels by the river and country-house hotels just outside town often do set Christmas menus. Book soon — they fill quickly.",
        ],
        [
          'u',
          "Fine, I'll ring round. Last thing: the long-range forecast says cold and clear in November. Good for waxwings?",
        ],
        [
          'a',
          'Waxwing irruptions depend on the Scandinavian berry crop, but cold, clear weather and a poor crop there can push them over. Keep an eye on rowans in town.',
        ],
        ['u', 'Supermarket car parks, rowans, waxwings. The glamour of my life.'],
      ],
    },
  ],
  questions: [
    ['single-hop', "What's the name of my cat?", ['cat', 'cat2']],
    ['single-hop', 'Which pair of binoculars did I settle on in the end?', ['binoPick', 'binoPrice']],
    ['single-hop', 'Who was the physio who treated my knee?', ['physio']],
    ['single-hop', 'How did I decide to travel up to Shetland?', ['ferryPick', 'ferry2']],
    ['single-hop', 'Which firm did I choose to refit my kitchen?', ['builderPick', 'builder2']],
    [
      'multi-hop',
      'How much have I spent in total on my new optics kit — the binoculars plus the tripod?',
      ['binoPrice', 'tripodPrice'],
    ],
    ['multi-hop', "Who are my two daughters' partners?", ['islaFiance', 'catPartner']],
    [
      'temporal',
      'How long have I been going to the painting class?',
      ['watercolour'],
      { askedAt: '2024-11-10 10:00' },
    ],
    [
      'temporal',
      'Which happened first this year: the osprey sighting at Loch Garten or my week among the storm petrels?',
      ['osprey', 'shetlandTrip'],
      { askedAt: '2024-11-10 10:05' },
    ],
    [
      'updated',
      'What car am I driving these days?',
      ['subaru', 'subaru2', 'subaru3', 'subaru4'],
      { stale: ['volvo1', 'volvo2'] },
    ],
    [
      'updated',
      'What do I do on Tuesday evenings at the moment?',
      ['watercolour', 'watercolour1b', 'watercolour2', 'watercolour3'],
      { stale: ['gaelic1', 'gaelic2', 'gaelic3'] },
    ],
    [
      'updated',
      'Which city is my younger daughter based in now?',
      ['catLondon', 'catRent', 'catPartner', 'catLondon2'],
      { stale: ['catEdin', 'catEdin2'] },
    ],
    ['off-topic', 'How do ocean tides actually work?', []],
    ['off-topic', "What's the best way to descale a kettle?", []],
    ['off-topic', 'Who invented the telephone?', []],
  ],
});

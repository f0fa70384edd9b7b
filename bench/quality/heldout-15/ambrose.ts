import { definePersona } from '../author.ts';

export const ambrose = definePersona({
  user_id: 'h15-ambrose',
  name: 'Ambrose',
  summary:
    "Ambrose, 58, restores old canal boats near Oxford, lives aboard his own narrowboat and keeps bees on a friend's allotment; he writes slowly and digressively, wandering off into stories about the cut, his cat and his family.",
  language: 'en',
  sessions: [
    {
      start: '2024-03-09 10:15',
      lines: [
        [
          'u',
          "Morning. Bit of a slow start here, kettle's on the stove and the cut is all misty, you can't see the far bank. I wonder if you could help me write a note to a client — I'm restoring an old working boat for him, Perseverance, built 1936 up at Yarwoods, and he likes progress reports, bless him.",
          'amb_persev1',
        ],
        [
          'a',
          "Happy to help. What would you like the update to cover — what's been done so far and what's coming next?",
        ],
        [
          'u',
          "Well, the bottom plates are done, and we've had new elm rubbing strakes put on, which smelt wonderful, elm does when you cut it — I digress. Tell him the hull is sound and the engine is next. It's a Gardner 2LW, the original one would you believe, seized solid when I first tried turning it over with a bar.",
          'amb_engine',
        ],
        [
          'a',
          "Here's a draft:\n\nDear Gerald,\nA quick update on Perseverance. The bottom plates are complete and the new elm rubbing strakes are fitted, so the hull is now sound. Next I'll turn to the original Gardner 2LW, which is currently seized; I'll report once I've had it apart.\nBest wishes,\nAmbrose",
        ],
        [
          'u',
          "That's lovely, only a touch formal for Gerald, he signs his emails 'G'. Could you soften it a bit?",
        ],
        [
          'a',
          "Of course:\n\nHi Gerald,\nGood news on Perseverance — the bottom's all plated and the new elm strakes are on, so she's sound as a bell. The old Gardner is next on the list; it's stuck fast at the moment but I'm hopeful. More soon.\nAmbrose",
        ],
        [
          'u',
          "Perfect. Sorry, I'm rambling at you now — I live aboard my own boat, Kestrel, she's a 57 foot trad, moored up at Thrupp just north of Kidlington. Been aboard eleven years this spring.",
          'amb_moor1',
        ],
        ['a', 'Eleven years aboard is quite something. Thrupp sounds like a lovely spot to be moored.'],
        [
          'u',
          "It is, mostly. Except February when the water tank freezes. My cat Nettle doesn't mind in the slightest, she sleeps on the stove lid in the back cabin like a little loaf.",
          'amb_cat',
        ],
        ['a', 'Nettle clearly knows where the warmest spot on the boat is.'],
        [
          'u',
          "I've three hives on my pal Derek's allotment in Kidlington too, which I must check now the pussy willow is coming out. For the bees I mean, not for Derek. They'll be flying properly soon.",
          'amb_hives1',
        ],
        ['a', 'Willow pollen is a great early boost. Are the colonies looking healthy after the winter?'],
        [
          'u',
          'Mostly. Do you know anything about feeding fondant in March? One colony felt terribly light when I hefted it.',
        ],
        [
          'a',
          "Fondant is a good choice in early spring when it's too cold for syrup. Put a block directly over the cluster, under the crownboard, and check it every week or so until they're bringing in nectar.",
        ],
        ['u', "Right you are. I'll pop some on tomorrow if it's above ten degrees."],
        ['a', 'Sounds sensible — a quick, calm inspection on a mild day is ideal.'],
        ['u', "Anyway, best get on, the mist's lifting. Thank you for the email."],
        ['a', "You're welcome, Ambrose. Enjoy the morning on the cut."],
      ],
    },
    {
      start: '2024-04-02 19:40',
      lines: [
        [
          'u',
          "Evening. I've been down to the chandlery at Lower Heyford today and treated Kestrel to a new brass tiller pin, a swan, £45, which is silly money for a bit of brass but she deserves it.",
          'amb_pin',
        ],
        ['a', "A swan tiller pin is a classic touch. She'll look very smart."],
        [
          'u',
          'Question for you while I think of it, is Brasso all right on a lacquered finish? I suspect not.',
        ],
        [
          'a',
          "You're right to be suspicious — Brasso is abrasive and will strip lacquer. For lacquered brass, a soft cloth and warm soapy water is usually all it needs.",
        ],
        [
          'u',
          'Thought as much. My old dad polished everything with Brasso, door handles, cap badges, the lot. He was a lock-keeper at Somerton for years, which is how I ended up in all this, sitting on lock beams as a boy.',
        ],
        ['a', "That's a lovely way to come into the trade. Do you still go past Somerton much?"],
        [
          'u',
          "Now and then. Perseverance is coming along, slowly. I've got the Gardner apart on the bench in the workshop, and the injectors are shot, as I feared.",
          'amb_persev2',
        ],
        [
          'a',
          'Injectors can often be reconditioned by a specialist rather than replaced, which might save you some money.',
        ],
        [
          'u',
          "My son Tobias rang last night. He's in Bristol, does the sound for theatres, the Old Vic mostly. He's thinking of coming up at Easter but you know how it is with young people and plans.",
          'amb_son',
        ],
        ['a', 'It would be lovely if he makes it. Theatre sound sounds like demanding work.'],
        [
          'u',
          "He's gone vegetarian, which I've nothing against, but I haven't a clue what to cook him on a two-ring hob. Any ideas?",
        ],
        [
          'a',
          'A few that work on two rings:\n1. Mushroom and ale stew with crusty bread\n2. Chickpea and spinach curry, all in one pot\n3. A big lemony pea risotto',
        ],
        [
          'u',
          "The curry I think, the second one. I've a good heavy pot for that and Nettle won't try to pinch chickpeas the way she would mushrooms.",
          'amb_curry',
        ],
        [
          'a',
          'Good choice. Soften an onion, garlic and ginger, add curry powder, a tin of chopped tomatoes, a tin of chickpeas and a splash of water; simmer 15 minutes, stir in spinach until wilted, finish with lemon. Serve with rice or naan.',
        ],
        [
          'u',
          "Grand. I'll copy it out by hand onto a card, my phone screen's cracked from when I dropped it in the engine hole.",
        ],
        ['a', 'A handwritten recipe card is a fine thing to keep in the galley anyway.'],
        ['u', 'Oh, and the fondant worked, the light colony is building up nicely now.'],
        ['a', "That's great news — sounds like you caught them just in time."],
      ],
    },
    {
      start: '2024-05-14 08:05',
      lines: [
        [
          'u',
          'Swarm season is upon us. Caught one off the hawthorn by the lift bridge yesterday, in a cardboard box, like an old fool, no veil.',
        ],
        [
          'a',
          "Brave! Swarms are usually docile since they're full of honey, but a veil is still a good idea.",
        ],
        [
          'u',
          "Also did a split from the strongest colony, the Buckfast lot, so that's four hives now on Derek's plot. He's muttering about it but he likes the honey.",
          'amb_hives2',
        ],
        ['a', 'A split is a good way to manage a strong colony. What happened to the swarm you caught?'],
        [
          'u',
          'The swarm went to Ruth at the beekeeping association, she lost a colony over winter and was rather down about it.',
        ],
        ['a', "That's a kind thing to do — she'll be pleased."],
        [
          'u',
          "What I really wanted to ask you — Derek's grandson wants to know why bees make hexagons. Explain it like I'm telling a nine-year-old, would you?",
        ],
        [
          'a',
          'Bees want to store as much honey as possible using as little wax as possible, because wax is hard work to make. Hexagons fit together with no gaps, like floor tiles, and use less wax than squares or triangles would. So bees are clever builders saving effort!',
        ],
        ['u', "Ha, good. He'll like the bit about wax being hard work, he's a lazy little beggar himself."],
        ['a', "Then he'll understand the bees perfectly."],
        [
          'u',
          "Unrelated, my knee's playing up again. The left one. Kneeling in bilges for forty years'll do that to you. The doctor in Kidlington says it's arthritis and I should do the exercises.",
          'amb_knee',
        ],
        ['a', 'Sorry to hear that. Exercises really can help with knee arthritis.'],
        ['u', 'I will do them. Probably. What are the usual ones?'],
        [
          'a',
          'Common ones are straight leg raises, seated knee extensions, gentle mini-squats holding onto something, and step-ups. Little and often is better than a big session. Your doctor or a physio can tailor them.',
        ],
        ['u', "Right. I'll do them while the kettle boils, that's a good habit to hang them on."],
        ['a', "That's a great trick — linking a new habit to an existing one makes it stick."],
        [
          'u',
          "Kestrel's still at Thrupp, by the way, though the moorings chap says my lease is up in October, so I may have to think about that eventually.",
          'amb_moor2',
        ],
        ['a', 'Worth starting to look early — good moorings around Oxford can be hard to find.'],
      ],
    },
    {
      start: '2024-06-01 14:20',
      lines: [
        [
          'u',
          "Afternoon. I've just had Kestrel out at Tooley's dry dock in Banbury, four days, blacking the hull. She looks like a new penny now, or a new lump of coal rather.",
          'amb_drydock',
        ],
        ['a', 'Four days in dry dock is a proper job. How was the hull?'],
        [
          'u',
          "Pitting wasn't bad, considering her age. The surveyor chap said there's 6mm still on the base plate.",
        ],
        ['a', "That's a healthy thickness — she's got plenty of life left."],
        [
          'u',
          "I ordered a new chimney while I was up there too, a tall one with brass bands, £68. I'll tell myself it's an investment.",
          'amb_chimney',
        ],
        ['a', "It'll look handsome with the new tiller pin."],
        [
          'u',
          "The Braunston rally is at the end of the month, the historic boats one. I'd hoped to take Perseverance but she won't be ready, not with the engine still in bits.",
          'amb_persev3',
        ],
        ['a', "A shame, but there's always next year. Will you go along anyway?"],
        [
          'u',
          "I will, by train and bus, which is a faff. Can you work out how I'd get from Oxford to Braunston without a car?",
        ],
        [
          'a',
          'A few options:\n1. Train Oxford to Banbury, then a bus towards Daventry and a walk\n2. Train via Birmingham to Rugby, then a taxi (about 20 minutes)\n3. Train to Long Buckby and walk along the towpath, roughly two hours',
        ],
        [
          'u',
          "The Rugby one sounds least painful. Then a taxi, I'm not walking two hours on this knee.",
          'amb_route',
        ],
        ['a', "Sensible. Booking the taxi ahead on rally day would be wise, they'll be busy."],
        [
          'u',
          "I don't drive, never have. Gave up trying in 1987 after the third test, the examiner looked quite pale.",
        ],
        ['a', 'Well, a boat only needs a tiller, not a driving licence.'],
        [
          'u',
          "Ha, yes. Anyway, Nettle caught a water vole this morning and I'm furious with her, they're protected, and there aren't many left round here.",
        ],
        ['a', 'Oh no. Did it survive?'],
        ['u', "It ran off, I think it's fine. Little thing, went straight into the reeds."],
        ['a', "Good — hopefully it's none the worse for the adventure."],
      ],
    },
    {
      start: '2024-06-30 21:10',
      lines: [
        [
          'u',
          "Well, I went to Braunston yesterday. Glorious. Must have been eighty old working boats in the marina, I saw a Star class I'd not seen since the nineties and I nearly wept into my pint.",
          'amb_braunston',
        ],
        ['a', 'That sounds wonderful — the rally must be quite a sight.'],
        [
          'u',
          "I met a fellow called Ivor who's got a 1950s tug, Dabchick, ex-British Waterways, wants her restoring. I said I'd have a look once Perseverance is off my hands.",
          'amb_persev4',
        ],
        ['a', 'Sounds like your next project might have found you.'],
        [
          'u',
          "Harvested the summer honey this morning too, early before the heat. 38 jars from the four hives, which is decent, lime and bramble mostly I'd say from the colour.",
          'amb_honey1',
        ],
        ['a', '38 jars is a good harvest! Lime honey is lovely.'],
        ['u', 'I want to sell some at the boatyard. Help me with a label name? Something not too twee.'],
        ['a', 'Some ideas:\n1. Towpath Gold\n2. Cut & Comb\n3. Thrupp Wharf Honey'],
        ['u', "Cut & Comb. That's the one, makes me laugh.", 'amb_labelpick'],
        ['a', "It's got a nice canal pun to it. People will remember it."],
        [
          'u',
          'What should I charge for a 340g jar, do you think? Round here people pay silly money at the farm shop.',
        ],
        ['a', 'Local raw honey in a 340g jar often sells for £6 to £8. Seven pounds would be a fair middle.'],
        ['u', "Seven pound it is then. Derek gets his for free, it's rent for the plot."],
        ['a', 'That sounds like a fair arrangement.'],
        [
          'u',
          "Tobias didn't make it at Easter in the end, but he says August maybe. He's got a new girlfriend, Priya, who's a vet, and he sounds happy, which is all a father wants really.",
          'amb_priya',
        ],
        ['a', "That's lovely to hear. I hope August works out."],
        ['u', 'Right, bed. The swifts have been screaming round the boat all evening, I do love them.'],
        ['a', "Goodnight, Ambrose. Enjoy the swifts while they're here."],
      ],
    },
    {
      start: '2024-08-12 17:45',
      lines: [
        [
          'u',
          'Back from Whitby. I went up to see my sister Margaret for five days. Long old train, York and then the Esk Valley line, but worth every minute.',
          'amb_whitby',
        ],
        ['a', 'Welcome back! The Esk Valley line is a beautiful journey.'],
        ['u', "She's 63 and still swims in the sea every morning, the mad woman. Even in the rain."],
        ['a', "That's impressive dedication. The North Sea is not warm!"],
        [
          'u',
          "We ate kippers from Fortune's every single day. Have you any idea how to cook a kipper on a boat without the whole cut knowing about it?",
        ],
        [
          'a',
          'Try the jug method: put the kipper head-down in a tall jug, pour over boiling water, cover and leave for five minutes. Much less smell than grilling or frying.',
        ],
        ['u', "The jug method, I like it. I'll try it Sunday."],
        ['a', 'Enjoy — a knob of butter and brown bread is all it needs.'],
        ['u', "Derek fed Nettle while I was away and she's now decided she lives with him. Traitor."],
        ['a', "Cats do have flexible loyalties. She'll come round once you're back in routine."],
        [
          'u',
          "Also while I was away the moorings chap confirmed that Thrupp won't renew my spot, they're turning it into visitor moorings. So I'm still there until October and then, well, bother.",
          'amb_moor3',
        ],
        ['a', "That's frustrating. Do you have any alternatives in mind?"],
        [
          'u',
          "A few. There's a spot at a farm at Lower Heyford, one at Enslow, or the marina at Aynho, which I'd hate, marinas feel like car parks.",
        ],
        [
          'a',
          "Lower Heyford is handy for the station; Enslow is close to Kidlington and your hives; Aynho has facilities but you'd lose the quiet. Which matters most to you?",
        ],
        [
          'u',
          "I think Lower Heyford. It's cheaper, the farmer's a decent sort, and it's near the station for when Tobias visits.",
          'amb_moorpick',
        ],
        ['a', 'That sounds like a good fit. Worth getting it in writing soon.'],
        [
          'u',
          "Tobias and Priya are coming the last weekend in August. I'll make the curry again, it went down well with Derek.",
        ],
        ['a', 'Lovely — a good chance to meet Priya.'],
      ],
    },
    {
      start: '2024-09-20 11:00',
      lines: [
        [
          'u',
          "Morning. Big day last Saturday — Gerald came to collect Perseverance. Eighteen months of my life, gone off down the Oxford towards Napton with a man who signs his emails 'G'.",
          'amb_persevdone',
        ],
        ['a', 'Congratulations on finishing her! That must feel bittersweet.'],
        ['u', 'The Gardner ran like a sewing machine, I nearly cried, honestly.'],
        ['a', 'After seeing it seized solid, that must have been a wonderful sound.'],
        [
          'u',
          "Took the last of the honey off this week, the autumn lot, ivy's coming in now so I left them plenty for winter. 22 jars.",
          'amb_honey2',
        ],
        ['a', 'Sensible to leave them plenty. 22 more jars is a nice bonus.'],
        ['u', 'Can ivy honey set hard in the jar? Someone at the association said it goes like concrete.'],
        [
          'a',
          'Yes, ivy honey crystallises very quickly, sometimes within days, and sets very firm. Some people like it as a spread; otherwise sell it soon or warm it gently.',
        ],
        ['u', "I'll sell it quick then. Ha."],
        ['a', 'Good plan!'],
        [
          'u',
          "Ivor rang about Dabchick. I've said yes, I start on her Monday week. She's already in the yard at Lower Heyford, which is handy given where I'm headed.",
          'amb_dabchick1',
        ],
        ['a', 'That works out neatly. What state is she in?'],
        [
          'u',
          "She's a 1950s BCN tug, riveted, with a Lister HA2 that's been sat in water for who knows how long. A lovely mess.",
        ],
        ['a', 'Sounds like a proper challenge — right up your street.'],
        [
          'u',
          'I need to write Ivor a quote. Can you help me lay one out — hull work, engine, cabin refit, paint?',
        ],
        [
          'a',
          "Certainly. I'd suggest a header with your details and his, then a line for each section with a description, estimated days and materials, and a total at the bottom with payment terms. How do you usually charge?",
        ],
        ['u', 'Day rates, £220 a day, and materials at cost plus ten percent.'],
        [
          'a',
          "Got it — I'll set each section as days × £220 plus materials + 10%, with a note that engine work may change once the Lister is stripped.",
        ],
        [
          'u',
          "Good. Make it print-ready, I'll take it to the library to print, they're very patient with me there.",
        ],
        ['a', 'Here it is, laid out on a single page for printing.'],
      ],
    },
    {
      start: '2024-10-19 16:30',
      lines: [
        [
          'u',
          "Well, it's done. I moved Kestrel down to Lower Heyford on Thursday, took me most of the day with the locks and a stiff wind. The new mooring's at the bottom of the farmer's field, just past the lift bridge.",
          'amb_moor4',
        ],
        ['a', "Congratulations on the move! How's the new spot?"],
        ['u', 'Nettle hated every minute of the journey. She sat in the engine room and swore at me.'],
        ['a', "Poor Nettle. She'll settle in once she finds a new warm spot."],
        [
          'u',
          "It's better though — I can walk to the yard where Dabchick is, five minutes along the towpath. No more buses for work.",
          'amb_dabchick2',
        ],
        ['a', 'A five-minute commute along the towpath is hard to beat.'],
        [
          'u',
          "The hives are staying on Derek's plot for now, all four of them, I'll bike up once a week to check on them.",
          'amb_hives3',
        ],
        ['a', "That's a manageable routine."],
        ['u', "Bike, yes, an old Raleigh. The knee doesn't mind cycling as much as walking, oddly."],
        ['a', "That's common — cycling is low-impact on the knee joint."],
        [
          'u',
          'I need to change my address with the bank and the doctor. Boaters are a nightmare for post. Can you draft a short letter?',
        ],
        ['a', 'Of course. Where should post go now?'],
        ['u', "Use care of the farm, Heyford Mill Farm. They've said they'll take post for me."],
        [
          'a',
          "Here's a short letter: 'Please update my correspondence address to: Ambrose, c/o Heyford Mill Farm, Lower Heyford, Oxfordshire. I live aboard a narrowboat and the farm has kindly agreed to receive post on my behalf.'",
        ],
        [
          'u',
          "Lovely. Sorry, I've been rambling for an hour. It's the quiet here, it's a different sort of quiet from Thrupp.",
        ],
        ['a', 'No need to apologise. Different how?'],
        ['u', 'Fewer boats going by. More owls.'],
        ['a', 'That sounds rather peaceful.'],
      ],
    },
    {
      start: '2024-11-10 20:00',
      lines: [
        [
          'u',
          "Evening. Cold now. I'm lining Dabchick's cabin and Ivor wants my opinion on insulation. What are the options for a steel boat, honestly?",
        ],
        [
          'a',
          "The main choices:\n1. Spray foam — excellent coverage, needs professionals\n2. Sheep's wool batts — breathable, DIY-friendly, pricier\n3. PIR or polystyrene boards — cheap, but gaps can cause condensation",
        ],
        [
          'u',
          'Wool. The second one. It breathes, and I can fit it myself without a respirator.',
          'amb_insul',
        ],
        ['a', 'Good choice for a DIY job. Make sure the steel is well primed first.'],
        ['u', "Ivor will grumble at the cost but he's the one who wants to live on her eventually."],
        ['a', 'Comfort and less condensation should win him over.'],
        [
          'u',
          "Speaking of cold, I've switched the stove from coal to those compressed heat logs. Kinder on the chimney, and the new brass one deserves kindness.",
        ],
        ['a', 'Heat logs burn cleanly and are easy to store aboard.'],
        ['u', 'Bonfire night on the cut was lovely, fireworks over the fields from Steeple Aston.'],
        ['a', 'Sounds magical from the water.'],
        [
          'u',
          "I had the knee looked at properly — a physio at the John Radcliffe. She's given me new exercises and says swimming would help. Margaret will be delighted.",
        ],
        ['a', 'Swimming is excellent for arthritic knees. Where will you go?'],
        ['u', 'No, not in the canal, before you ask. The Kidlington pool.'],
        ['a', 'Much warmer choice!'],
        ['u', "Has anyone ever told you that you're a patient listener? Probably, yes."],
        ['a', "Thank you, Ambrose — it's a pleasure."],
        [
          'u',
          "Right, last thing: a Christmas present for Priya. She's a vet, likes walking. Under thirty pound.",
        ],
        [
          'a',
          'Some ideas:\n1. A pocket field guide to British birds\n2. A good pair of merino walking socks\n3. An Ordnance Survey map of somewhere she loves',
        ],
        ['u', 'The bird book, perfect. She can look up all the herons I keep going on about.'],
        ['a', "Lovely choice — she'll get plenty of use out of it."],
      ],
    },
    {
      start: '2024-12-08 09:30',
      lines: [
        [
          'u',
          "Morning. Frost on the roof, the towpath's all crunchy. I went up to check the hives yesterday, all four still humming when I put my ear to them.",
          'amb_hives4',
        ],
        ['a', "That's reassuring. A steady hum in winter is a good sign."],
        [
          'u',
          "I want to make beeswax candles from this year's cappings for Christmas presents. How do I do it on a boat stove without setting fire to myself?",
        ],
        [
          'a',
          'Melt the wax gently in a double boiler, never directly over heat. Strain through muslin, then pour into moulds or dip wicks repeatedly. Keep a lid nearby to smother any flare-up.',
        ],
        [
          'u',
          "Double boiler, yes. I have a Le Creuset that's older than Tobias, that'll do for the bottom part.",
        ],
        ['a', "Perfect — just use a separate tin for the wax itself; it's hard to clean off."],
        ['u', 'Sold most of the Cut & Comb jars at the boatyard. And the ivy set like a brick, as promised.'],
        ['a', 'Well done on the sales!'],
        [
          'u',
          "Dabchick's engine is out now, I've got the Lister on the bench. Needs a new crank, if I can find one.",
          'amb_dabchick3',
        ],
        ['a', 'Lister parts are out there — vintage engine specialists are a good place to start.'],
        ['u', "Yes, there's a man in Shropshire who has everything. He doesn't have email though."],
        ['a', 'A letter or a phone call, then.'],
        ['u', "I'll write to him. Letters are nicer anyway."],
        ['a', "They are — and he'll probably appreciate it."],
        [
          'u',
          "Christmas I'm going to Bristol, Tobias and Priya have a flat in Bedminster now. First Christmas off the boat in years.",
          'amb_xmas',
        ],
        ['a', "That sounds lovely. Who'll keep an eye on Kestrel?"],
        ['u', "Derek will have Nettle. She'll be thrilled, the traitor."],
        ['a', "Ha — she'll enjoy being spoilt."],
      ],
    },
    {
      start: '2025-01-04 15:10',
      lines: [
        [
          'u',
          'Happy New Year. Back on Kestrel now, the stove took an age to get going. Bristol was lovely, if noisy.',
        ],
        ['a', 'Happy New Year, Ambrose! Glad you had a good Christmas.'],
        [
          'u',
          "Big news — Tobias and Priya are expecting, due in July. I'm going to be a grandad, can you believe it.",
          'amb_grandad',
        ],
        ['a', "Congratulations! That's wonderful news."],
        [
          'u',
          "I want to make something for the baby. I'm thinking a little wooden boat, painted with roses and castles. Too much?",
        ],
        [
          'a',
          'Not at all — a hand-painted roses-and-castles boat would be a treasured keepsake. Just use child-safe paint.',
        ],
        ['u', "Good. I've some offcuts of the elm left over from Perseverance, that'd be a nice touch."],
        ['a', "That's a lovely connection to your work."],
        [
          'u',
          'Resolutions: do the knee exercises, write to Margaret every month, and not buy any more brass for the boat.',
        ],
        ['a', 'Those sound achievable — well, the first two at least.'],
        ['u', 'The brass one will fail by February, I know myself.'],
        ['a', "At least you're honest about it!"],
        [
          'u',
          "What's a good way to keep track of the bees' winter feed? I always forget which hive I gave fondant to.",
        ],
        [
          'a',
          'Keep a small notebook or a card in each hive roof noting the date and what you gave. Or number the hives and keep a log in your diary.',
        ],
        ['u', "A card in each roof, good idea. I'll pencil them."],
        ['a', 'Pencil survives damp better than pen, too.'],
        ['u', "Off to the pub for a pint with the farmer, he's buying, which is rare."],
        ['a', 'Enjoy it!'],
      ],
    },
    {
      start: '2025-01-25 10:00',
      lines: [
        [
          'u',
          "Morning. Quiet Saturday. The water's high here at Lower Heyford, the Cherwell section's on red boards so nothing's moving, not that I was going anywhere.",
          'amb_moor5',
        ],
        ['a', "Best to stay put when the river's up. Is Kestrel secure?"],
        [
          'u',
          "Dabchick has her crank — the Shropshire man came through, wrote back in pencil. I'll have the tug running by Easter, I reckon.",
          'amb_dabchick4',
        ],
        ['a', 'Great news. Ivor will be pleased.'],
        [
          'u',
          "Can you help me draft a short piece for the beekeeping association newsletter about catching a swarm in a cardboard box? They've asked members for stories.",
        ],
        [
          'a',
          "Of course. Here's a start: 'It was a warm May morning when I spotted the swarm hanging from the hawthorn by the lift bridge...'",
        ],
        ['u', 'Make it more me, you know. A bit of rambling.'],
        [
          'a',
          "Here's a more meandering version, with a detour about your dad's lock at Somerton and Nettle supervising from the roof.",
        ],
        ['u', "That's lovely. Put at the end that I've honey for sale at the yard."],
        ['a', "Added: 'Cut & Comb honey available from the boatyard while stocks last.'"],
        ['u', "Ruth's swarm survived the winter, she told me. Good."],
        ['a', "That's a nice ending to the story."],
        ['u', "Nettle's back with me, having forgiven me for Christmas."],
        ['a', 'Glad to hear it.'],
        [
          'u',
          "Thinking of doing a short course in sign-writing this spring, traditional boat lettering. There's one at the Canal Museum at Stoke Bruerne.",
        ],
        ['a', 'That sounds like a natural fit with your restoration work.'],
        ['u', "I'll look into it. Thank you, as always."],
        ['a', 'Any time, Ambrose.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What make and model of engine did the 1930s boat I was restoring have?', ['amb_engine']],
    ['single-hop', "What's the name of my cat?", ['amb_cat']],
    ['single-hop', 'Which name did I settle on for my honey jars?', ['amb_labelpick']],
    ['single-hop', "What did I choose to insulate the cabin of Ivor's tug with?", ['amb_insul']],
    ['single-hop', 'What does my son do for a living?', ['amb_son']],
    [
      'multi-hop',
      'How many jars of honey did I take off in total this year across both harvests?',
      ['amb_honey1', 'amb_honey2'],
    ],
    [
      'multi-hop',
      'How much did I spend altogether on the brass tiller ornament and the new stove pipe for my boat?',
      ['amb_pin', 'amb_chimney'],
    ],
    [
      'temporal',
      'How long ago did I have my boat out of the water to get her hull blacked?',
      ['amb_drydock'],
      { askedAt: '2025-02-10 11:00' },
    ],
    [
      'temporal',
      'Which came first last year: visiting my sister up north, or going to the historic boat gathering at Braunston?',
      ['amb_braunston', 'amb_whitby'],
      { askedAt: '2025-02-10 11:05' },
    ],
    [
      'updated',
      'Where is Kestrel tied up these days?',
      ['amb_moor4', 'amb_moor5'],
      { stale: ['amb_moor1', 'amb_moor2', 'amb_moor3'] },
    ],
    [
      'updated',
      'How many colonies of bees am I keeping at the moment?',
      ['amb_hives2', 'amb_honey1', 'amb_hives3', 'amb_hives4'],
      { stale: ['amb_hives1'] },
    ],
    [
      'updated',
      'Which boat am I working on restoring right now?',
      ['amb_dabchick1', 'amb_dabchick2', 'amb_dabchick3', 'amb_dabchick4'],
      { stale: ['amb_persev1', 'amb_engine', 'amb_persev2', 'amb_persev3', 'amb_persev4'] },
    ],
    ['off-topic', "What does 'honeypot' mean in computer security?", []],
    ['off-topic', 'How many players are on a rugby union team?', []],
    ['off-topic', 'What is the capital city of Mongolia?', []],
  ],
});

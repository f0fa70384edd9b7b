import { definePersona } from '../author.ts';

export const lazarus = definePersona({
  user_id: 'h18-lazarus',
  name: 'Lazarus',
  summary:
    'Lazarus is a 44-year-old Greek-Australian chef who runs a taverna in Northcote, Melbourne, surfs whenever he can and is dad to nine-year-old twins. He writes loud, warm, typo-filled messages full of "mate", Greek words and exclamation marks.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-04 09:40',
      lines: [
        [
          'u',
          'Morning mate!! Lazarus here. I run a little taverna called Thalassa on High St in Northcote and I need a hand rewriting my autumn specials board, my spelling is RUBBISH haha',
        ],
        ['a', "Morning Lazarus! Happy to help. What's going on the board?"],
        [
          'u',
          "ok so: slow cooked lamb kleftiko, grilled octopus with fava, spanakopita, and my yiayia's galaktoboureko for dessert",
        ],
        ['a', 'Lovely line-up. Short punchy descriptions or longer ones?'],
        [
          'u',
          'short and punchy, people read it while they wait for a table. and make the octopus sound sexy lol',
        ],
        [
          'a',
          "Chargrilled octopus, silky fava, lemon and wild oregano — straight off the boat. Lamb kleftiko, slow-cooked in paper until it falls apart. Spanakopita, crisp filo, spinach and feta. Yiayia's galaktoboureko — custard, syrup, no regrets.",
        ],
        ['u', 'HAHA straight off the boat, love it, my dad says that about himself. perfect mate'],
        ['a', 'Glad it works! Anything else for the front of house?'],
        [
          'u',
          "yeah a sign for the door too. we're shut Mondays, open Tuesday to Sunday from 5, plus lunch Fri to Sun",
          'closed-mon-1',
        ],
        [
          'a',
          "How about: 'Thalassa — open Tue–Sun from 5pm, lunch Fri–Sun. Closed Mondays (the chef's gone surfing).'",
        ],
        ['u', 'lol Sophie will kill me but yes keep the surfing bit'],
        ['a', "It's true though, isn't it?"],
        [
          'u',
          "Dimitri my sous chef wants us to do a set menu for groups too. he basically runs the pass when I'm not there, great bloke",
          'dimitri-1',
        ],
        ['a', 'A banquet-style set menu works well for groups. Maybe three tiers at different prices?'],
        ['u', "3 tiers yeah. $65, $85 and $110 a head. I'll sort the dishes with him tomorrow"],
        ['a', 'Sounds like a plan. Want me to draft a layout for it when you have the dishes?'],
        [
          'u',
          'yes please, later. gotta run, twins have swimming at 4 and I gotta grab them in the HiLux which is full of lemon crates haha',
          'hilux-1',
        ],
        ['a', 'Go go! Enjoy the swim run.'],
        [
          'u',
          'Nikos and Eleni, 9 years old and they already boss me around like their yiayia. cheers mate!!',
          'twins-age',
        ],
        ['a', 'Ha, sounds about right. Have a good one!'],
      ],
    },
    {
      start: '2024-03-19 21:15',
      lines: [
        ['u', 'mate what a morning. Torquay was pumping, 4 foot and glassy, I was out at 6 before the prep'],
        ['a', 'That sounds perfect! Good session?'],
        [
          'u',
          "unreal until I dinged my old board on the rocks. she's done, 15 years old that thing. time for a new one",
        ],
        ['a', "Sorry about the old girl. What kind of surfing do you mostly do, and what's your budget?"],
        [
          'u',
          'mostly mellow point breaks, Torquay, Winki on a good day. I weigh about 95 kilos haha too much souvlaki. budget around 1000',
        ],
        [
          'a',
          'For your size and those waves, three options: 1) a 7\'6" funboard — easy paddling, forgiving; 2) a 9\'0" longboard — glide and noseriding, a bit heavy to carry; 3) a 6\'8" fish with extra volume — fast, loose and fun in small to medium waves.',
        ],
        [
          'u',
          "the fish!!! 6'8 with volume, that's the one. I'm not ready to be an old longboard guy yet lol",
          'board-pick',
        ],
        [
          'a',
          'Great choice. Look for around 45–50 litres at your weight. Want a list of questions to ask the shop?',
        ],
        ['u', 'nah I know the boys at the shop in Torquay, they look after me'],
        ['a', 'Perfect. Anything else tonight?'],
        [
          'u',
          "actually yeah, Sophie's birthday dinner Saturday, I'm cooking at home for once. she's allergic to shellfish so no prawns no mussels nothing, not even the stock",
          'sophie-allergy',
        ],
        [
          'a',
          'Noted — no shellfish at all. How about a whole baked snapper with lemon potatoes, a big horiatiki and a chocolate-orange cake?',
        ],
        ['u', 'snapper yes. cake no, she loves my baklava cheesecake, I do it every year'],
        ['a', 'Tradition wins. Snapper, lemon potatoes, horiatiki and baklava cheesecake then.'],
        ['u', 'beautiful. what wine with the snapper? something Greek if poss'],
        ['a', 'An Assyrtiko from Santorini would be lovely — crisp, salty, great with fish.'],
        ['u', 'yesss got a couple in the cellar at work. ok goodnight mate, back on the tools tomorrow'],
        ['a', 'Goodnight Lazarus!'],
        [
          'u',
          "oh wait one more, the twins want to make her a card, any easy idea? they're not very artsy lol",
        ],
        [
          'a',
          'A photo collage card: print a few family photos, glue them on, and each twin writes one thing they love about her.',
        ],
        ['u', 'cute. she will cry. ok NOW goodnight'],
        ['a', 'Ha, goodnight!'],
      ],
    },
    {
      start: '2024-04-08 15:30',
      lines: [
        [
          'u',
          "Yia sou! Easter is coming (ours, the proper one, 5th May this year haha) and I'm doing the big lamb on the spit at my brother's place in Reservoir",
        ],
        ['a', 'Opa! How many people and how big a lamb?'],
        [
          'u',
          'like 40 people lol. whole lamb about 18 kilos. I always get it from Con at Preston Market, he knows exactly how I like it',
          'butcher',
        ],
        [
          'a',
          'An 18 kg lamb feeds 40 well with sides. Plan on about 5–6 hours over charcoal, low and slow. Want a timeline for the day?',
        ],
        ['u', 'yes please, backwards from lunch at 1pm'],
        [
          'a',
          'Light the coals at 6:30, lamb on by 7:30, baste every 30 minutes with lemon, oil and oregano, check the temperature from noon, rest 20 minutes, carve at 1.',
        ],
        [
          'u',
          'legend. Dimitri is running Thalassa that weekend so I can actually enjoy it for once',
          'dimitri-2',
        ],
        ['a', "Good to have someone you trust on the pass. We're still closed on Monday after Easter?"],
        [
          'u',
          'yep Mondays always shut, that never changes, the Easter Monday is just a bonus hangover day haha',
          'closed-mon-2',
        ],
        ['a', 'Ha, well earned. Anything else on the list?'],
        [
          'u',
          "oh the twins' birthday is in August and Nikos already told me he wants a skateboard. a proper one, not a Kmart one he says, 9 years old and a snob lol",
          'nikos-gift',
        ],
        ['a', 'He knows what he wants! A complete from a skate shop runs about $150–200. Helmet too.'],
        ['u', 'helmet for sure, his mother will insist. ok thanks mate'],
        ['a', 'No worries. And the board — did you get the fish?'],
        [
          'u',
          "YES picked her up Saturday in Torquay! 6'8 blue and white like the Greek flag, she flies mate",
          'board-got',
        ],
        ['a', 'Perfect colours. Enjoy her!'],
        ['u', 'first wave I nearly cried haha ok back to the kitchen'],
      ],
    },
    {
      start: '2024-05-06 11:05',
      lines: [
        [
          'u',
          "Christos anesti mate!! Easter was massive, lamb was perfect, my uncle cried, my brother's lawn is destroyed haha",
        ],
        ['a', 'Alithos anesti! Sounds like a proper success.'],
        [
          'u',
          "AND you won't believe it, the review in The Age came out today!! 'the best kleftiko north of the Yarra' I'm framing it",
          'review',
        ],
        [
          'a',
          "Congratulations! That's huge for a neighbourhood taverna. Want help with a social post about it?",
        ],
        ['u', 'yes something humble but not too humble lol'],
        [
          'a',
          "'We're blushing. Thank you to The Age and to every one of you who's sat at our tables. Come taste the kleftiko that started it all — booking link in bio.'",
        ],
        [
          'u',
          'perfect. also tag it so my cousins in Kalamata can see it, they think I just fry chips over here haha',
        ],
        ['a', 'Ha. You could add a Greek line too: "Ευχαριστούμε πολύ!"'],
        [
          'u',
          'nice. ok different thing, the HiLux is making this grinding noise when I brake. 2011 model, 280k on it, is it worth fixing?',
          'hilux-2',
        ],
        [
          'a',
          'Grinding on braking is usually worn pads or rotors — a few hundred dollars, worth doing for safety. Whether to keep it long-term depends on the rest: rust, gearbox, timing.',
        ],
        [
          'u',
          "the rest is ok I think. she carries everything, produce, boards, kids. I'll get the brakes done at Tony's",
        ],
        ['a', "Good call, don't leave that one."],
        [
          'u',
          "also bookings are going nuts since this morning, the phone hasn't stopped. good problem to have",
        ],
        ['a', 'Best kind of problem! Maybe set up a waitlist for weekend nights?'],
        ['u', 'good idea. Sophie can set it up, she does all the computer stuff, I just cook and yell haha'],
        ['a', 'Sounds like a good team.'],
        ['u', 'we are. 15 years married in October, can you believe she still puts up with me'],
        ['a', 'Congratulations in advance! Any plans for the anniversary?'],
        ['u', "not yet, something without a kitchen in it haha. I'll ask you closer to the time"],
        ['a', 'Deal.'],
      ],
    },
    {
      start: '2024-05-27 20:40',
      lines: [
        [
          'u',
          'mate my knee is killing me. right knee, swollen after surfing and then 12 hours standing in the kitchen',
        ],
        [
          'a',
          'Sorry to hear. Has it been checked? Swelling plus pain after twisting could be the meniscus — worth seeing a GP or physio.',
        ],
        [
          'u',
          'went to the GP today, she thinks meniscus yeah, sent me for an MRI next week. no surfing for a bit she says. TORTURE',
        ],
        ['a', 'Hopefully the MRI gives a clear answer. Ice, elevation and some rest in the meantime.'],
        [
          'u',
          "rest lol I'm a chef. anyway. big news at work too, Dimitri told me he's leaving in July to open his own place in Brunswick. my sous chef of 6 years!! proud but I'm panicking",
          'dimitri-3',
        ],
        [
          'a',
          "That's big. Proud and scary at the same time. Do you want help writing a job ad for a new sous chef?",
        ],
        [
          'u',
          "yes please. someone who can run a busy pass, knows Greek food or wants to learn, not a screamer. I'm the only screamer allowed haha",
        ],
        [
          'a',
          "Draft: 'Sous Chef — Thalassa Taverna, Northcote. Busy, family-run Greek kitchen seeking a calm, organised sous chef to run the pass alongside the head chef. Love of Greek and Mediterranean food essential; we'll teach you the rest. Full time, 4 days. Apply with CV to…'",
        ],
        ['u', "love it. 'we'll teach you the rest' is perfect"],
        ['a', 'Where do you want to post it?'],
        [
          'u',
          'the usual sites plus Instagram. ok other thing, Eleni says for her birthday she wants a telescope. to look at Saturn. my daughter is smarter than me lol',
          'eleni-gift',
        ],
        [
          'a',
          "Good taste! A beginner 70–90mm refractor or a small Dobsonian shows Saturn's rings nicely, around $200–400.",
        ],
        [
          'u',
          "ok I'll look. my mum will want to buy it actually, she spoils them. she's from a village in the Mani near Kalamata, there they think telescopes are for spying on neighbours haha",
          'mum-village',
        ],
        ['a', 'Ha! Then a telescope is a very Mani present.'],
        ['u', "also what's a good thing to eat for inflammation? Sophie says less red wine lol"],
        [
          'a',
          'Sophie has a point! Oily fish, olive oil, leafy greens, nuts and berries all help. Basically a traditional Greek diet, minus the extra wine.',
        ],
        ['u', 'so my yiayia was right all along. ok sardines for dinner'],
        ['a', 'Yiayia knows best.'],
        ['u', 'hahaha exactly. ok ice on the knee, goodnight mate'],
        ['a', 'Goodnight, look after that knee.'],
      ],
    },
    {
      start: '2024-06-17 10:20',
      lines: [
        [
          'u',
          "ok so winter is DEAD on Tuesdays. from this week we're closing Mondays AND Tuesdays, opening Wed to Sun only. gives me and the crew a proper weekend",
          'closed-change',
        ],
        ['a', 'Makes sense for winter. Want the door sign and Google hours updated?'],
        [
          'u',
          'yes sign please, same style as the old one, the surfing joke can stay even though my knee says no',
        ],
        [
          'a',
          "'Thalassa — open Wed–Sun from 5pm, lunch Fri–Sun. Closed Mondays & Tuesdays (the chef's resting his knee).'",
        ],
        [
          'u',
          "hahaha yes. and the other news: Priya started as my sous chef last week! Dimitri left early, he got the lease for his place sooner. Priya was at a big Lebanese place in the city, she's calm as anything",
          'priya-start',
        ],
        ['a', 'Great — sounds like a good fit. How is the first week going?'],
        [
          'u',
          "she fixed my prep lists on day 2. day 2!! I've been doing them wrong for 10 years apparently lol",
        ],
        ['a', "That's the sign of a good sous chef."],
        ['u', 'MRI came back, small meniscus tear, physio not surgery for now. 6 weeks no surfing'],
        [
          'a',
          "Good that it's physio rather than surgery. Want a simple daily routine to do between services?",
        ],
        ['u', 'yes but simple, I forget everything'],
        [
          'a',
          '1) Quad sets 3×10 holding 5 seconds. 2) Straight leg raises 3×10. 3) Heel slides 2×15. 4) Ice 15 minutes after service. Check with your physio first.',
        ],
        ['u', 'printing it and sticking it on the coolroom door haha'],
        ['a', 'Perfect spot — you visit it a hundred times a day.'],
        [
          'u',
          "one more. the kids' school wants me to do a cooking demo for their Greek day. 25 kids, 30 minutes, no knives lol. ideas?",
        ],
        [
          'a',
          'Make-your-own pita wraps: pre-cut fillings, tzatziki, and the kids roll them. Or decorating koulourakia biscuits.',
        ],
        ['u', 'koulourakia! they can twist the dough, messy and fun'],
        ['a', 'Perfect — bring aprons.'],
        ['u', 'exactly mate. ok thanks!!'],
      ],
    },
    {
      start: '2024-07-08 14:00',
      lines: [
        [
          'u',
          'BIG day. sold the HiLux!! and bought a 2019 VW Transporter van. white, long wheelbase, fits the boards AND a full catering load. Tony says the engine is mint',
          'van-buy',
        ],
        ['a', 'Congratulations! A Transporter is a great workhorse. Catering on the horizon?'],
        [
          'u',
          "yeah we're starting to do catering, christenings, engagements, that kind of thing. Greeks love a party lol",
        ],
        ['a', 'Endless market! Want help with a catering menu and pricing?'],
        [
          'u',
          "later for sure. right now it's the twins' party. 14th of August they turn 10, I booked the Fairfield Boathouse for the Sunday after, the 18th, the room upstairs by the river",
          'party-venue',
        ],
        ['a', 'Lovely spot. How many kids and are you cooking?'],
        ['u', 'about 30 kids plus parents, and of course I cook, it would be a scandal if I didnt haha'],
        [
          'a',
          'Of course! Do you want kid-friendly options? Mini souvlaki, cheese pies, fruit, something sweet?',
        ],
        ['u', "yeah give me a few ideas I'll decide later"],
        [
          'a',
          '1) Chicken souvlaki wraps, 2) mini spanakopita and tiropita, 3) loukoumades with honey and Nutella, 4) watermelon and feta cubes, 5) a big chocolate birthday cake.',
        ],
        ['u', 'loukoumades with nutella, the kids will go crazy. ok'],
        ['a', 'Definitely a crowd pleaser.'],
        [
          'u',
          "also the knee is better, physio says maybe surfing from August if I'm careful. I'll take the fish out first, she's lighter",
        ],
        ['a', 'Good news! Ease into it.'],
        ['u', 'oh and Sophie wants to know, how long do loukoumades keep? can I fry them the night before?'],
        [
          'a',
          "They're best fresh — within an hour. You can make the batter the night before and keep it in the fridge, then fry on the day.",
        ],
        ['u', 'ok batter at home, fry at the boathouse. they have a little kitchen'],
        ['a', 'Great plan.'],
        ['u', 'easy easy yes mum haha cheers'],
      ],
    },
    {
      start: '2024-08-19 09:30',
      lines: [
        ['u', "mate I'm destroyed. the party yesterday was chaos in the best way"],
        ['a', 'Ha, that sounds like success! How did the food go?'],
        [
          'u',
          'I did chicken souvlaki wraps and a mountain of loukoumades with nutella and honey, 30 kids, not one crumb left. one kid asked if he can live with us',
          'party-food',
        ],
        ['a', 'High praise from a 10-year-old! And the presents?'],
        [
          'u',
          'Nikos got his skateboard and already fell off it twice lol, Eleni got the telescope from my mum, we saw Saturn last night at 11pm, school night, dont tell anyone',
        ],
        ['a', 'Secret kept. Seeing Saturn for the first time is magic.'],
        [
          'u',
          "it really was. ok work stuff. Priya is running the kitchen tonight, I'm taking the afternoon off for once. she's honestly the best sous chef I've had",
          'priya-2',
        ],
        ['a', 'Enjoy the afternoon! Sounds like hiring her was a great decision.'],
        ['u', 'and can you help me with the catering price list? starting with the spit lamb package'],
        [
          'a',
          'Sure. For example: Spit Lamb Package — whole lamb on the spit, lemon potatoes, horiatiki, tzatziki and bread, chef on site 5 hours. From $45 per head, minimum 40 guests.',
        ],
        ['u', '$48, lamb prices went up, Con told me last week'],
        ['a', 'Updated to $48 per head.'],
        [
          'u',
          "good. and put at the bottom we're closed Mon and Tue so catering is best booked for those days, makes sense now",
          'closed-3',
        ],
        [
          'a',
          "Smart — you can use the quiet days for catering. Added: 'Mon & Tue events welcome — the taverna is closed, so the whole team is yours.'",
        ],
        ['u', 'perfect mate, you are a legend'],
      ],
    },
    {
      start: '2024-09-09 16:45',
      lines: [
        [
          'u',
          "ok we're doing it, Greece in January! first time back in 6 years. Sophie and the twins and me, 3 weeks",
        ],
        ['a', 'Amazing! Where are you thinking?'],
        [
          'u',
          'Athens a few days, then down to Kalamata to see the family, then maybe an island. we close the taverna for three weeks and the whole crew gets a holiday',
        ],
        [
          'a',
          'January is quiet in Greece, so Kalamata and Athens are great; islands will be sleepy with fewer ferries. Naxos or Crete stay livelier in winter.',
        ],
        ['u', 'Crete then, my wife has always wanted to see Chania'],
        ['a', 'Chania in winter is lovely. Want a rough itinerary?'],
        ['u', 'yes rough one. we fly out the 6th'],
        [
          'a',
          'Jan 7–10 Athens, Jan 10–17 Kalamata and the Mani, Jan 17–23 Chania, Jan 23–26 back in Athens, fly home the 26th or 27th.',
        ],
        [
          'u',
          'beautiful. my cousin Stavros in Kalamata will insist we stay with him, he has a house with 6 bedrooms and no guests ever haha',
        ],
        ['a', 'Free accommodation and home cooking — hard to beat.'],
        [
          'u',
          'today I drove the van down to Torquay with two boards in the back and a full esky. the knee held up, first proper surf in 3 months, I was SO happy',
          'van-2',
        ],
        ['a', 'Welcome back to the water! How did the knee feel?'],
        ['u', 'bit stiff but good. slow and easy like you said'],
        ['a', 'Perfect.'],
        ['u', 'flights are expensive tho. $2,300 each return to Athens, times 4. ouch'],
        [
          'a',
          'January is peak season from Australia. Booking soon usually helps, and a stopover in Singapore or Dubai can be cheaper.',
        ],
        ['u', "we'll do Dubai, the kids want to see the tall building. booking tonight"],
        ['a', 'The Burj Khalifa — good stopover!'],
      ],
    },
    {
      start: '2024-10-07 19:10',
      lines: [
        [
          'u',
          "mate tax time nightmare. my accountant Helen Papadakis sent me a list of receipts I don't have lol",
          'accountant',
        ],
        ['a', "Ugh. What's missing?"],
        [
          'u',
          'fuel receipts, equipment, the new chargrill we bought in March. I think I have them in a shoebox',
        ],
        [
          'a',
          'Classic. For next year, snapping a photo of each receipt into a folder or app saves pain. Want a simple system?',
        ],
        ['u', 'yes simple, I am a caveman with technology'],
        [
          'a',
          "Create a shared album on your phone called 'Receipts 2025'. Photo every receipt the day you get it. Once a month Sophie or Helen downloads the album.",
        ],
        [
          'u',
          'that I can do. ok different, can you write a thank you note for Priya? she did a double on Saturday when two cooks called in sick, 300 covers',
          'priya-3',
        ],
        [
          'a',
          "'Priya — Saturday was insane and you held the whole kitchen together. 300 covers, two down, not one plate late. Thalassa is lucky to have you. Dinner's on me — anywhere you want. — Laz'",
        ],
        ['u', "perfect, I'll put it with a bottle of the good Assyrtiko"],
        ['a', "She'll appreciate it."],
        [
          'u',
          'my sister Maria wants a cooking class for her work friends, 12 people, a Monday night at the taverna. is $95 a head ok?',
        ],
        [
          'a',
          'With you teaching, food and a glass of wine, $95–120 is fair in Melbourne. For family, $95 is very generous.',
        ],
        ['u', "family price haha she'll still complain"],
        ['a', 'Sisters!'],
        ['u', 'exactly. ok goodnight'],
      ],
    },
    {
      start: '2024-11-05 12:00',
      lines: [
        [
          'u',
          "Cup day! the whole city is at the races and we're doing a Melbourne Cup long lunch. 60 people booked, fancy hats everywhere",
        ],
        ['a', 'Sounds like fun! Picked a horse?'],
        [
          'u',
          "I let the twins pick, Eleni picked by the name, Nikos by the colours, I'm betting $10 each way on both lol",
        ],
        ['a', 'The classic strategy. Good luck!'],
        [
          'u',
          "ok real question, Christmas menu. we're open Christmas Eve, closed Christmas Day. need something Greek but christmassy",
        ],
        [
          'a',
          'Ideas: 1) Christopsomo (Christmas bread) on every table, 2) roast pork with quince, 3) avgolemono soup, 4) melomakarona and kourabiedes, 5) a seafood option.',
        ],
        [
          'u',
          "pork with quince yes, melomakarona yes, skip the seafood option it's a pain. Priya wants to do a vegetarian gemista too, she's in charge of the veg stuff now",
          'priya-4',
        ],
        ['a', 'Great — gemista is a perfect veg main. Want it all written up as a menu?'],
        ['u', 'yes please. 4 courses, $95'],
        [
          'a',
          'Christmas Eve at Thalassa — $95. Christopsomo and dips; avgolemono; roast pork with quince or gemista; melomakarona and kourabiedes with Greek coffee.',
        ],
        [
          'u',
          'beautiful. and on the website put that we still close Mondays and Tuesdays through December',
          'closed-4',
        ],
        ['a', "Noted — 'Open Wed–Sun through December; closed Mondays & Tuesdays.'"],
        [
          'u',
          "oh and Sophie and I's anniversary went great btw, we went to the Mornington Peninsula hot springs, no kitchen in sight haha",
        ],
        ['a', 'That sounds lovely and relaxing. Happy 15 years!'],
        ['u', 'cheers mate. ok gotta go, hats arriving'],
        ['a', 'Enjoy the long lunch!'],
      ],
    },
    {
      start: '2024-12-09 22:30',
      lines: [
        ['u', 'mate what a week. 4 catering jobs, a christening, 2 engagements and an office party'],
        ['a', "Wow, catering's really taken off! How are you holding up?"],
        [
          'u',
          'tired but happy. the van has done like 2000 km this month, lamb, spits, tables, everything. best thing I bought this year',
          'van-3',
        ],
        ['a', "It's paying for itself! Make sure it gets a service before your trip."],
        ['u', 'yeah Tony is doing it next week'],
        ['a', 'Good. How is the knee with all the lifting?'],
        [
          'u',
          'knee is fine, surfing twice a week again, Torquay Sunday mornings and sometimes Wednesday dawn',
        ],
        ['a', 'Great to hear.'],
        [
          'u',
          "can you help me write a message to my regulars? we're closed 5 Jan to 26 Jan for our trip, and reopening with a party",
        ],
        [
          'a',
          "'Dear friends — Thalassa is taking a little break! We're closed 5–26 January while our family visits Greece. We'll be back with a reopening night full of lamb, music and dancing. Thank you for a wonderful year. Love, Lazarus, Sophie and the whole team.'",
        ],
        ['u', "add 'Kali Chronia' at the end and that's perfect"],
        ['a', "Added: 'Kali Chronia!'"],
        ['u', 'also what can I bring my cousins from Melbourne? they have everything'],
        [
          'a',
          'Tim Tams, Vegemite as a joke, Australian wine, a footy jersey for the kids, and macadamia nuts.',
        ],
        ['u', "Tim Tams and a Collingwood jersey for Stavros's boy. done"],
        ['a', 'He will love it.'],
        ['u', 'goodnight mate, thanks for everything this year'],
      ],
    },
  ],
  questions: [
    ['single-hop', "Remind me what my wife can't eat because of her allergy?", ['sophie-allergy']],
    ['single-hop', 'Which style of surfboard did I decide to get when my old one broke?', ['board-pick']],
    ['single-hop', 'Who do I usually buy my whole lambs from?', ['butcher']],
    ['single-hop', "Where in Greece does my mum's family come from?", ['mum-village']],
    ['single-hop', "What's the name of the person who does my taxes?", ['accountant']],
    [
      'multi-hop',
      'What were the two kids each asking for as a birthday present this year?',
      ['nikos-gift', 'eleni-gift'],
    ],
    [
      'multi-hop',
      "Where did we throw the twins' tenth birthday and what food did I make for it?",
      ['party-venue', 'party-food'],
    ],
    [
      'temporal',
      'How long ago did the newspaper write up my taverna?',
      ['review'],
      { askedAt: '2025-01-30 10:00' },
    ],
    [
      'temporal',
      'Which happened first: getting my new board home or buying the van?',
      ['board-got', 'van-buy'],
      { askedAt: '2025-01-30 10:00' },
    ],
    [
      'updated',
      "Who's my second-in-charge in the kitchen these days?",
      ['priya-start', 'priya-2', 'priya-3', 'priya-4'],
      { stale: ['dimitri-1', 'dimitri-2', 'dimitri-3'] },
    ],
    [
      'updated',
      'What vehicle am I driving around for work at the moment?',
      ['van-buy', 'van-2', 'van-3'],
      { stale: ['hilux-1', 'hilux-2'] },
    ],
    [
      'updated',
      'Which days of the week is Thalassa shut right now?',
      ['closed-change', 'closed-3', 'closed-4'],
      { stale: ['closed-mon-1', 'closed-mon-2'] },
    ],
    ['off-topic', 'How do I stop a door hinge from squeaking?', []],
    ['off-topic', 'Who painted the ceiling of the Sistine Chapel?', []],
    ['off-topic', 'What is the difference between a virus and a bacterium?', []],
  ],
});

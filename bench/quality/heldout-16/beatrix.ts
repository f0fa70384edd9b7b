import { definePersona } from '../author.ts';

export const beatrix = definePersona({
  user_id: 'h16-beatrix',
  name: 'Beatrix',
  summary:
    'A 67-year-old retired Welsh primary-school teacher in Swansea, widowed, who keeps bees and an allotment; writes long, warm, chatty messages full of asides about her family, her dog and the weather.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-04 10:00',
      lines: [
        [
          'u',
          "Good morning! I hope you don't mind me rambling a bit, I've just come in from the garden with muddy boots and a cup of tea going cold. The bees are starting to fly again now that we've had a few milder days here in Mumbles, and I wanted to ask you when it's safe to do the first proper inspection of the year?",
        ],
        [
          'a',
          'Good morning! A common rule of thumb is to wait for a calm, sunny day of around 14–15°C, when plenty of bees are flying. Keep it quick so the brood does not chill.',
        ],
        [
          'u',
          "That's what my old mentor at the beekeeping association always said, fifteen degrees and no wind. I've only got my two hives at the bottom of the garden, nothing grand, but they were both heavy going into winter so I'm hopeful. One colony is very gentle and the other is a bit of a grumpy lot, bless them.",
          'hives_old1',
        ],
        [
          'a',
          'Two colonies is a lovely number to manage. If both felt heavy in autumn, they have a good chance of coming through well. Hefting the hives now will tell you roughly how much food is left.',
        ],
        [
          'u',
          'I hefted them last week and the gentle one is still quite heavy, the grumpy one less so. Should I give them fondant or is it too late for that?',
        ],
        [
          'a',
          'It is not too late. A block of fondant over the cluster is a safe emergency feed in early spring; switch to a 1:1 syrup once it is reliably warm and they start building up.',
        ],
        [
          'u',
          "Lovely, fondant it is then. I'll pop into the garden centre on the way back from walking Dai. He's my Jack Russell, nine years old and still thinks he can catch seagulls on the prom, the daft thing.",
          'dog',
        ],
        ['a', 'Jack Russells never give up on a dream! Does he come with you to the hives?'],
        [
          'u',
          "Oh goodness no, he got stung on the nose once when he was a pup and he's kept a respectful distance ever since. My late husband Gareth used to laugh himself silly about that. Gareth built the first hive stand for me, actually, the year before he retired.",
        ],
        ['a', 'What a lovely thing to still have in the garden. How long ago did you start beekeeping?'],
        [
          'u',
          "About twelve years now. Gareth worked at the steelworks in Port Talbot for thirty-five years, and when he finally retired he said we needed a hobby that didn't involve him under my feet all day, so we did a beginners' course together. He passed three years ago, in the spring, so this time of year always makes me think of him.",
          'husband_job',
        ],
        ['a', 'I am sorry for your loss. It sounds like the bees keep a bit of him close.'],
        [
          'u',
          "They do, cariad, they really do. Right, I'd better go and wash these boots before Dai trails mud through the kitchen. Diolch for the advice!",
        ],
        ['a', 'Croeso! Enjoy the sunshine and good luck with the inspection.'],
        [
          'u',
          "Oh, one more thing before I go, sorry! Is it true you shouldn't clear the dead bees out of the entrance in spring? Glenys's grandson told me to leave them, he watched something on YouTube.",
        ],
        [
          'a',
          'Clearing dead bees from the entrance is fine and helps ventilation; just do it gently and quickly. A small number of dead bees in spring is normal.',
        ],
        [
          'u',
          "That's what I thought. Young people and their YouTube, honestly. Though I must admit I watched a video on fixing my dripping kitchen tap last month and it worked a treat.",
        ],
        ['a', 'Well done! Videos can be great for small repairs.'],
        ['u', "Gareth did all that sort of thing, so I've had to learn. Right, boots, then Dai. Hwyl fawr!"],
        ['a', 'Hwyl fawr, Beatrix!'],
      ],
    },
    {
      start: '2024-03-21 14:00',
      lines: [
        [
          'u',
          "Hello again! I've got a little list today, I'm afraid, you'll have to bear with me. First thing: my Nissan Micra is due its MOT next month and the man at the garage on Newton Road mentioned the brake discs might need doing. Is it usual for a little car with only forty thousand miles to need discs already?",
          'car_old1',
        ],
        [
          'a',
          'It can be — discs wear by age and short trips as well as by mileage, and cars that sit a lot can get corroded discs. Ask them to show you the lip or the rust on the disc before you agree.',
        ],
        [
          'u',
          "That makes sense, I do mostly potter about, down to the allotment and Sainsbury's and back. Second thing, and this is the fun one: I'm planning this year's beds on my allotment. I've got plot 23 at the Blackpill allotments, full size, which is really too much for one woman but I won't give it up!",
          'plot',
        ],
        ['a', 'Good for you! What are you thinking of growing this year?'],
        [
          'u',
          "The usual suspects: runner beans, leeks for St David's Day next year, potatoes, onions, a few courgettes which always get out of hand, and I'd like to try sweetcorn again. Last time the badgers had every single cob the night before I was going to pick them.",
        ],
        [
          'a',
          'Badgers love sweetcorn. A low electric fence or a sturdy mesh cage around the block is the most reliable protection; some people also grow it in a tight block surrounded by squash.',
        ],
        [
          'u',
          'Ooh, the squash idea is clever, the Three Sisters, we used to do that with the Year 4s when we did the topic on the Americas. Which reminds me, third thing: I go to a Pilates class on Thursday mornings at the church hall and my knees are grumbling a bit on the floor work. Any gentle modifications I could ask the teacher about?',
          'ex_old1',
        ],
        [
          'a',
          'A thicker mat or a folded towel under the knees helps, and you can swap kneeling exercises for versions done lying on your back or side. Let the instructor know so she can offer alternatives.',
        ],
        [
          'u',
          "I will, she's a lovely girl, young enough to be my granddaughter. Oh and the last thing, do you know when to chit seed potatoes? I bought Charlotte and Maris Piper at the seed swap.",
        ],
        [
          'a',
          'Chit them now for 4–6 weeks in a cool, light place, eyes facing up, and plant out in April once the soil has warmed a little.',
        ],
        [
          'u',
          "Perfect, the egg boxes are already on the spare room windowsill. Thank you, you're a great help. I'll leave you in peace now, the rain has stopped so I'm off to the plot with my flask.",
        ],
        ['a', 'Enjoy your afternoon on the allotment!'],
        [
          'u',
          "I'm back, it was lovely down there, the robin followed me up and down the whole time I was forking over the bed. Do robins really follow gardeners for worms or is that just a story?",
        ],
        [
          'a',
          'It is true — robins evolved to follow large animals like wild boar that turn over soil, and gardeners do the same job today.',
        ],
        [
          'u',
          'Well I never. I shall call him Boar from now on. One more question about the Micra, sorry: the garage quoted £240 for the front discs and pads, does that sound about right for my little car?',
          'car_old3',
        ],
        [
          'a',
          'For front discs and pads on a Micra, £200–£280 is typical at an independent garage, so that sounds fair.',
        ],
        ['u', "Good, I'll let them go ahead then. Thank you, I always feel a bit of a fool with cars."],
        ['a', 'Not at all — asking is the smart thing to do.'],
      ],
    },
    {
      start: '2024-04-15 09:30',
      lines: [
        [
          'u',
          "Bore da! Big news in our house: my son Rhys is bringing my granddaughter Nia over from Cardiff on Saturday. She's six and she's their only one, so she gets spoiled rotten by everybody, especially her Mamgu.",
          'rhys_kid',
        ],
        ['a', 'How lovely! Do you have plans for the day?'],
        [
          'u',
          "I want to make Welsh cakes with her, she loves getting flour everywhere. I've made them a thousand times but I've lost my mother's card with the recipe on it. Could you give me a reliable one for about twenty cakes?",
        ],
        [
          'a',
          'Welsh cakes (about 20): 225 g self-raising flour, 110 g butter, 85 g caster sugar, a handful of currants, 1 egg, a pinch of mixed spice and a splash of milk. Rub in the butter, add the rest, roll to 5 mm, cut and cook on a bakestone on medium heat for 2–3 minutes a side.',
        ],
        [
          'u',
          "That's very close to Mam's, she used half lard and half butter, but I'll stick with butter these days for my cholesterol. I might take Nia to see the bees too, with the spare little bee suit. Do you think six is old enough?",
        ],
        [
          'a',
          'With a well-fitting suit, a calm day and your gentle colony, many children enjoy it at that age. Keep the visit short and let her watch from a distance first.',
        ],
        [
          'u',
          "I'll open the gentle one only. I've still just the two colonies, and the grumpy one would scare the life out of her. Did I tell you my daughter Siân lives in Vancouver? She's been out there eleven years now with her husband Matt.",
          'hives_old2',
        ],
        ['a', 'You had not mentioned it — that is a long way away. Do you get to see her often?'],
        [
          'u',
          "Not as often as I'd like. She's got two little ones, Elis who is eight and Mali who is four, and I video call them every Sunday evening, which is Sunday morning for them. I'm thinking of going out to visit in the autumn, it's been two years.",
          'sian_kids',
        ],
        [
          'a',
          'Autumn in Vancouver can be beautiful. Would you like help looking at flights nearer the time?',
        ],
        [
          'u',
          'Yes please, but not yet, I need to check with Siân when the children are off school. Anyway, back to Saturday: do you think Nia would enjoy a little pot of honey with her name on it? I have a few jars left from last year.',
        ],
        [
          'a',
          'She would probably love that — a hand-drawn label with her name and a bee would make it extra special.',
        ],
        [
          'u',
          "Oh she'll be over the moon. Right, I'd better find my bakestone, it's somewhere in the back of the cupboard behind the slow cooker. Diolch yn fawr!",
        ],
        ['a', 'Have a wonderful Saturday with Nia!'],
        [
          'u',
          'Sorry, one more, my mind is like a sieve. Nia has a mild nut allergy, so I need to make sure nothing on Saturday has nuts in. Are currants and mixed spice safe?',
        ],
        [
          'a',
          "Currants and mixed spice do not usually contain nuts, but check the packets for 'may contain' warnings, especially on the spice.",
        ],
        [
          'u',
          "I'll check the packets with my magnifying glass. And the honey is fine, I suppose, just bees and flowers!",
        ],
        ['a', 'Honey is nut-free, though it is not recommended for babies under one — Nia is fine at six.'],
        ['u', "Of course, I remember that from when Siân's two were small. Diolch eto!"],
        ['a', 'Croeso!'],
      ],
    },
    {
      start: '2024-05-10 11:00',
      lines: [
        [
          'u',
          "I wonder if you could help me with something a bit different today. An old colleague of mine, Mrs Pritchard, is retiring from the school in Sketty where I taught, and they've asked me to say a few words at her leaving do. I'm hopeless at writing about myself, but here goes: I was at that school for twenty-four years, mostly with Year 2 and Year 3.",
          'teach1',
        ],
        [
          'a',
          'What an honour to be asked. Tell me a bit about Mrs Pritchard and I can help you draft something.',
        ],
        [
          'u',
          "Margaret Pritchard joined two years after me, she taught Reception and she could calm a room of thirty crying four-year-olds just by starting to sing. Before Sketty I'd done eleven years at a little school up in Neath, so I'd seen a few head teachers come and go, but Margaret was the heart of that staffroom.",
          'teach2',
        ],
        [
          'a',
          'Draft opening: "When I first met Margaret, she was humming in the staffroom, and I soon learned that humming was her secret weapon..." Shall I carry on in that warm, gently funny tone?',
        ],
        [
          'u',
          "Oh yes, that's exactly right. Could you put in something about the Christmas nativity when the donkey costume fell apart and she just carried on narrating as if it was planned?",
        ],
        [
          'a',
          'Added: "...and who could forget the year the donkey came apart at the seams, and Margaret simply announced, \'And lo, the donkey rested,\' without missing a beat."',
        ],
        [
          'u',
          "Ha! That's perfect, she did say something very like that. The do is at a pub in Killay on a Friday evening, I'll have to drive the Micra there and stick to lemonade, which is no bad thing at my age.",
          'car_old2',
        ],
        [
          'a',
          'Sensible. Would you like the speech printed in large type so it is easy to read in a dim pub?',
        ],
        [
          'u',
          "Yes please, my eyes are not what they were. I'm actually on the list for a cataract operation on my left eye, the optician says the right will need doing eventually too. Which reminds me, I told the Pilates teacher about my knees and she's given me a cushion and side-lying versions, so Thursdays are much better now.",
          'ex_old2',
        ],
        [
          'a',
          'I am glad the Pilates is more comfortable. I will format the speech in 16-point with short lines and a gap between paragraphs.',
        ],
        [
          'u',
          "You're a star. Dai has just barked at the postman for the third time this week, so I'd better go and apologise to him. Diolch!",
        ],
        ['a', 'Good luck at the leaving do — I hope it goes wonderfully.'],
        [
          'u',
          'Oh before I forget, could you also suggest a little gift for Margaret? Something under thirty pounds.',
        ],
        [
          'a',
          'A few ideas: a potted rose, a nice notebook for her retirement plans, or a jar of your own honey with a pretty ribbon and a card.',
        ],
        [
          'u',
          "Honey with a ribbon, of course! Why didn't I think of that. I'll do a big jar and a little wax candle too.",
        ],
        ['a', 'She will love something homemade from you.'],
        [
          'u',
          "Margaret always said my honey was better than anything in the shops, so she'll be pleased. Right, off to the post office before it closes at half twelve.",
        ],
        ['a', 'Enjoy the rest of your day.'],
      ],
    },
    {
      start: '2024-05-30 16:00',
      lines: [
        [
          'u',
          "Well, you won't believe the afternoon I've had! I was weeding on the plot when Glenys from next door rang to say there was a swarm hanging off her apple tree like a great brown rugby ball. So I rushed home, got my spare box and a sheet, and I caught them! So I've got three hives now, heaven help me.",
          'hives_new',
        ],
        [
          'a',
          'Congratulations on catching your swarm! That is very exciting. Did they go into the box happily?',
        ],
        [
          'u',
          "Mostly, there were a few stragglers circling Glenys's washing line for an hour, she was not best pleased about her sheets. I've put them in a spare brood box on the old stand Gareth made. What should I do with them for the first week?",
        ],
        [
          'a',
          'Leave them alone for about a week so they settle, feed them a 1:1 syrup to help draw comb, and then check for a laying queen and eggs at your first inspection.',
        ],
        ['u', 'Right, syrup tonight then. Do I need to treat them for varroa, being a swarm and all?'],
        [
          'a',
          'A swarm is a good time to treat because there is no capped brood yet — an oxalic acid treatment in the first few days is very effective. Check the product instructions and any local association advice.',
        ],
        [
          'u',
          "I'll ring Huw at the association, he's got the vaporiser. Honestly, three colonies at sixty-seven, my son will say I've lost my marbles. He already thinks the allotment is too much for me.",
        ],
        ['a', 'It sounds like you are thriving on it! Perhaps Nia can help with the honey labels this year.'],
        [
          'u',
          "She would love that. I shall bake Glenys some bara brith as an apology for the sheets. I have my own recipe for that one, don't worry, I soak the fruit in cold tea overnight.",
        ],
        ['a', 'A slice of bara brith and butter would win anyone round.'],
        [
          'u',
          "Exactly my thinking! Right, off to make up the syrup. Dai is sulking because I haven't walked him yet, so he's lying by the door like a martyr.",
        ],
        ['a', 'Enjoy your evening, and congratulations again on the new colony!'],
        [
          'u',
          "Just to let you know, I've given them the syrup and they're taking it down already. There's a lovely hum coming from that box. Is it normal for a swarm to be so calm?",
        ],
        [
          'a',
          'Yes, swarms are often very docile because they are full of honey and have no brood or stores to defend yet.',
        ],
        [
          'u',
          "That makes sense. Glenys came round to look from a safe distance, she's decided she quite likes them now her sheets are washed.",
        ],
        ['a', 'That is a happy ending. A slice of bara brith will seal it.'],
        ['u', "It's cooling on the rack as we speak. Nos da!"],
        ['a', 'Nos da, Beatrix!'],
      ],
    },
    {
      start: '2024-06-20 10:00',
      lines: [
        [
          'u',
          "Hello! Writing this with one eye, so forgive any typos. I had my cataract done on Monday at Singleton Hospital, the left eye, and it's already so much brighter, the colours are incredible. I didn't realise how yellow everything had become.",
          'cataract',
        ],
        [
          'a',
          'That is wonderful to hear. Many people are amazed by the colours afterwards. Are you managing the eye drops all right?',
        ],
        [
          'u',
          "Four times a day, Glenys pops round at lunchtime to help me with them, she's a saint. I'm not allowed to swim or bend over the beds for a couple of weeks. Which brings me to my next bit of news: I've given up the Pilates. My knees just couldn't take the floor work, so once the eye has healed I'm going to aqua aerobics instead, Tuesday mornings at the LC by the marina.",
          'ex_new',
        ],
        [
          'a',
          'Aqua aerobics is excellent for knees — the water takes most of the weight. Make sure your surgeon is happy before you go back in the pool.',
        ],
        [
          'u',
          "Oh yes, they said two weeks at least. Now, the real reason I'm writing. The chapel is having its summer fair next month and I've been asked to run a honey stall. What should I charge per jar? They're the standard 340 gram jars.",
        ],
        [
          'a',
          'Three options: 1) £5 a jar to sell out quickly; 2) £6.50, which is about the going rate for local honey; 3) £8 as premium raw local honey, perhaps with a small discount for two.',
        ],
        [
          'u',
          'I think the middle one, six pound fifty. People round here will pay that for local, but eight feels a bit cheeky at a chapel fair.',
          'honey_price',
        ],
        ['a', 'That sounds fair. A little sign saying "Mumbles honey" and a tasting pot will help it sell.'],
        [
          'u',
          'A tasting pot is a good idea, with lolly sticks. Nia has drawn me a bee for the sign, it looks more like a stripy potato but I love it.',
        ],
        ['a', 'That will charm every customer at the fair.'],
        [
          'u',
          "Oh it will! Right, I must rest this eye, doctor's orders. Diolch, you're very patient with me.",
        ],
        ['a', 'Rest well and enjoy the new colours!'],
        [
          'u',
          "Oh, and I meant to ask — can I use my own wax to make little candles to sell alongside the honey? I've got a block of it from last year's cappings.",
        ],
        [
          'a',
          'Yes — filter it through a fine cloth, melt it in a double boiler, and pour it into moulds with a cotton wick sized for the candle.',
        ],
        [
          'u',
          "Lovely, I've got some old tea-light tins that would do. I'll ask Glenys to do the pouring until my eye is sorted.",
        ],
        ['a', 'Good idea — hot wax and one good eye is not an ideal mix.'],
        ['u', "Ha! Quite right. I'll stop now before Dai decides my lap is his bed."],
        ['a', 'Enjoy your rest!'],
      ],
    },
    {
      start: '2024-07-15 15:00',
      lines: [
        [
          'u',
          'The chapel fair was on Saturday and I sold every single jar, forty-two of them! The tasting pot was a triumph, and a gentleman from Oystermouth asked if he could order some wax for his furniture.',
          'fair',
        ],
        ['a', 'What a success! Congratulations. That is a lot of honey.'],
        [
          'u',
          "It was last year's plus a bit of the early spring crop. Now, another piece of news, and I'm a little sad about it: I sold the Micra on Wednesday. Since the eye operation I've been thinking, I hardly use it, the insurance went up again and parking in Mumbles in summer is a nightmare. So it's my bus pass and the number 2 bus from now on, and Rhys says he'll drive me when I need the big shop.",
          'transport_new',
        ],
        [
          'a',
          'That is a big decision, but it sounds like a practical one. The bus pass is free for you in Wales, which helps.',
        ],
        [
          'u',
          "Free travel, yes, and the drivers all know me already. The allotment is a bit of a walk from the stop but it's good for me. Can you help me write a little thank-you note to the chapel ladies who helped on the stall?",
        ],
        [
          'a',
          '"Dear all, thank you so much for your help at the summer fair. Thanks to your hard work (and the tasting pot!) we sold out of honey and raised a lovely sum for the chapel roof. With warm wishes, Beatrix"',
        ],
        [
          'u',
          "Lovely, but could you make it a little bit more Welsh and add that I'll bring Welsh cakes to the next coffee morning?",
        ],
        [
          'a',
          '"Annwyl bawb, diolch o galon for all your help at the summer fair... I will bring a plate of Welsh cakes to the next coffee morning as a small thank you. Cofion cynnes, Beatrix"',
        ],
        [
          'u',
          "Diolch o galon indeed, that's perfect. The runner beans are going mad on the plot by the way, I've got more than I know what to do with already.",
        ],
        [
          'a',
          'Runner beans freeze well if you blanch them for two minutes first, and they make a good chutney.',
        ],
        [
          'u',
          "Chutney! I haven't made runner bean chutney since Gareth was alive, he loved it with cheese. I'll dig out some jars. Thank you, cariad.",
        ],
        ['a', 'Enjoy the chutney-making!'],
        [
          'u',
          "What about courgettes? One of mine has turned into a marrow the size of Dai while I wasn't looking. Any ideas that aren't soup?",
        ],
        [
          'a',
          'Stuffed marrow with mince and tomato, marrow and ginger jam, or grated into a chocolate cake.',
        ],
        ['u', "Marrow and ginger jam! My Nan used to make that. I'll give it a go on Sunday."],
        ['a', 'It is a lovely old-fashioned preserve. Use plenty of lemon to help it set.'],
        ['u', "Lemon, noted. Right, I'll let you get on. Hwyl!"],
        ['a', 'Hwyl, Beatrix!'],
      ],
    },
    {
      start: '2024-08-12 10:30',
      lines: [
        [
          'u',
          "Right, I'm finally ready to book Vancouver! Siân says the children have a week off in mid-October, so I'd like to fly out on the 8th and come back around the 24th. I'd rather not go all the way to Heathrow if I can help it, it's such a trek. What are my choices?",
        ],
        [
          'a',
          'Three options: 1) direct British Airways from Heathrow (about 9.5 hours, coach to Heathrow first); 2) KLM from Cardiff via Amsterdam (one easy change at Schiphol); 3) Icelandair from Manchester via Reykjavik (cheapest but a long journey to Manchester).',
        ],
        [
          'u',
          "The second one, from Cardiff through Amsterdam. Rhys can run me to the airport, and Schiphol is easy, I changed there when we went to see Gareth's cousin in Norway.",
          'flight_pick',
        ],
        [
          'a',
          'Good choice. Consider booking special assistance at Schiphol if you would like help with the transfer, and choose an aisle seat for the long leg.',
        ],
        [
          'u',
          "An aisle seat, definitely, I'm up and down like a yo-yo on long journeys. Oh, and I did the honey harvest last week, all three hives gave me something, even the swarm, which is remarkable for a first year.",
          'hives_new2',
        ],
        ['a', 'That is impressive for a new colony. How much did you get in total?'],
        [
          'u',
          "About thirty-five pounds of honey, which I'm delighted with. The kitchen floor is still sticky, mind, and Dai keeps licking the lino.",
        ],
        ['a', 'A sticky floor is the sign of a good harvest! Store the jars somewhere cool and dark.'],
        [
          'u',
          "They're in the pantry under the stairs. I'll take a few jars to Siân, can I take honey in my hand luggage?",
        ],
        [
          'a',
          'Not in hand luggage if the jars are over 100 ml — pack them well wrapped in your checked suitcase. Canada allows honey for personal use, but declare it on arrival.',
        ],
        [
          'u',
          "Checked bag it is, wrapped in my socks. Thank you, I feel so much better with that sorted. Now to tell Dai he's going on his holidays to Glenys's.",
        ],
        ['a', 'I am sure Glenys will spoil him. Happy planning!'],
        [
          'u',
          "And how early should I be at Cardiff airport for an international flight? I don't want to be rushing about.",
        ],
        [
          'a',
          "Two to three hours before departure is typical for international flights; check your airline's check-in closing time too.",
        ],
        [
          'u',
          'Three hours then, Rhys will grumble but he can have a coffee. Do I need to print my boarding pass or is the phone thing all right?',
        ],
        ['a', 'A mobile boarding pass works, but many people like a printed copy as backup.'],
        ['u', "Printed copy for me, I don't trust my phone battery one bit. Diolch!"],
        ['a', 'Croeso!'],
      ],
    },
    {
      start: '2024-09-16 11:00',
      lines: [
        [
          'u',
          "Three weeks until Vancouver and I'm in a flap. Could you help me write a packing list? I'm going for just over two weeks, Siân says it'll be rainy and mild.",
        ],
        [
          'a',
          'Packing list: waterproof coat, a warm fleece, layers, comfortable walking shoes, pyjamas, toiletries, medication in hand luggage, passport, travel insurance documents, plug adaptor (Canada uses type A/B), reading glasses and your eye drops if still needed.',
        ],
        [
          'u',
          "Passport! I'd better check it hasn't expired, it was renewed the year Gareth died so I think I'm fine. I finished the eye drops months ago, thank goodness.",
        ],
        [
          'a',
          'Good to double-check anyway — and you will need an eTA to fly to Canada, which you can apply for online.',
        ],
        ['u', 'A what now? I had no idea. Is that like a visa?'],
        [
          'a',
          'An Electronic Travel Authorisation. It costs 7 Canadian dollars, is done on the official Canadian government website, and is usually approved within minutes.',
        ],
        [
          'u',
          "I'll do it this afternoon, on the proper website, not one of those rip-off ones. I'll miss my aqua aerobics while I'm away, it's become the highlight of my Tuesday mornings, there's a lovely gang of us who go for a coffee after.",
          'ex_new2',
        ],
        ['a', 'That sounds like a lovely group. They will want to hear all about Canada when you get back.'],
        [
          'u',
          'Oh they will, especially Pat who has a son in Toronto. What would be a nice present to take from Wales for the grandchildren?',
        ],
        [
          'a',
          'A couple of ideas: a Welsh-language picture book, little red dragon cuddly toys, a lovespoon for Siân, and of course your honey.',
        ],
        [
          'u',
          "A dragon each for Elis and Mali, and a lovespoon for Siân's kitchen. Matt can have the honey, he eats it by the spoon. That's the shopping sorted!",
        ],
        ['a', 'Perfect gifts. Have a wonderful trip!'],
        [
          'u',
          "Done! The eTA came through in ten minutes, I couldn't believe it. Now, do I need to tell my bank I'm going abroad?",
        ],
        [
          'a',
          "Many banks no longer require it, but it is worth checking your bank's app or website, and consider a card with no foreign transaction fees.",
        ],
        [
          'u',
          "I'll ring them, I like talking to a real person. And Siân says to bring my wellies for the beach walks, can you imagine, wellies on a plane.",
        ],
        ['a', 'Packing them with socks stuffed inside saves space!'],
        [
          'u',
          "Ha, socks and honey jars, my case is going to be a sight. Thank you, I'll let you know how it goes.",
        ],
        ['a', 'Safe travels, Beatrix!'],
      ],
    },
    {
      start: '2024-10-28 13:00',
      lines: [
        [
          'u',
          "I'm home! Landed in Cardiff on Friday and I'm still waking at four in the morning. Vancouver was wonderful, we went up Grouse Mountain and saw the bears, and Mali wouldn't let go of my hand the whole fortnight.",
          'vancouver_back',
        ],
        [
          'a',
          'Welcome home! That sounds like a very special trip. Jet lag eastbound can take a week or so to shake off.',
        ],
        [
          'u',
          'Any tips for getting over it? I fell asleep on the number 2 bus into town yesterday and almost missed my stop, the driver had to shout "Bea, you\'re here!"',
          'transport_new2',
        ],
        [
          'a',
          'Get outside in the morning daylight, avoid napping after mid-afternoon, keep meals at normal UK times and go to bed at your usual hour even if you are not sleepy.',
        ],
        [
          'u',
          'Morning walks with Dai, then. He was thrilled to see me, though Glenys has clearly been feeding him ham.',
        ],
        ['a', 'He may need a little diet after his holiday!'],
        [
          'u',
          "Another thing while I have you: my energy bill has gone up again and the letter says my fixed deal ends next month. How do I go about switching supplier? I've been with the same one since Gareth set it up.",
        ],
        [
          'a',
          "Use a comparison site or Ofgem's list of accredited sites, enter your usage from the latest bill, and compare fixed and variable tariffs. The new supplier handles the switch and your supply is not interrupted.",
        ],
        [
          'u',
          "And would I be better on a fixed or a variable one, do you think? I'm on my teacher's pension so I like to know where I am.",
        ],
        [
          'a',
          'If predictability matters most, a fixed tariff is usually the better fit, as long as the rate is close to or below the price cap.',
        ],
        [
          'u',
          "Fixed, then. I like to know what's coming out each month. I'll get Rhys to sit with me on the computer when he comes on Sunday.",
        ],
        ['a', 'Good plan. Have your latest bill to hand when you do it.'],
        [
          'u',
          "Oh, I forgot to tell you, Elis played me a tune on his recorder, he's learning at school. It took me right back to my classroom days, thirty recorders all squeaking at once.",
        ],
        ['a', 'That must have been a lovely moment — and a familiar sound!'],
        [
          'u',
          'Deafening, but wonderful. Siân is talking about coming home for a visit next summer, which would be the first time in three years.',
        ],
        ['a', 'Something lovely to look forward to.'],
        ['u', "It is. I've put it on the calendar already, in pencil, just in case. Hwyl am nawr!"],
        ['a', 'Hwyl, Beatrix!'],
      ],
    },
    {
      start: '2024-11-25 10:00',
      lines: [
        [
          'u',
          "Morning! Cold and frosty here, the prom was beautiful today. I've been getting the bees ready for winter. I've put mouse guards on all three hives and strapped them down, we had such a wind last week that one of the roofs nearly went.",
          'hives_new3',
        ],
        ['a', 'Mouse guards and straps are good winter jobs. Do they have enough stores?'],
        [
          'u',
          'The two old colonies are heavy but the swarm colony feels light. Should I put fondant on now or wait?',
        ],
        [
          'a',
          'If it feels light now, put fondant on over the cluster — it is better to give it early than have them starve in February.',
        ],
        [
          'u',
          "Fondant on Thursday then. Now, Christmas. Rhys and Lowri have invited me to Cardiff for Christmas Day, with Nia of course, and I'd like to bring a pudding. Can you give me a steamed pudding that uses honey instead of treacle?",
        ],
        [
          'a',
          'Honey sponge pudding: 115 g butter, 115 g caster sugar, 2 eggs, 115 g self-raising flour, 3 tbsp honey in the bottom of the basin. Cream, mix, pour over the honey, cover and steam for 1.5 hours.',
        ],
        [
          'u',
          "Oh that sounds grand, Nia will love the honey running down the sides. I'll do a test run next week, on a Sunday when I'm not doing anything.",
        ],
        ['a', 'A test run is wise. It also reheats well in the microwave.'],
        [
          'u',
          "It's Gareth's birthday next week, he would have been seventy-two. I always put flowers on his bench on the prom. Do you know any short Welsh poems I could put on a card with them?",
        ],
        [
          'a',
          'A simple line that is often used is "Gwyn eu byd y rhai sy\'n galaru" (blessed are those who mourn), or you could write a few words of your own — they often mean the most.',
        ],
        [
          'u',
          "I think I'll write my own, something about the bees. He'd like that better than anything formal. Thank you, cariad.",
        ],
        ['a', 'That sounds perfect. Thinking of you next week.'],
        [
          'u',
          'Oh and one practical thing, the outside tap at the allotment froze last winter and split. Should I be lagging it or turning it off?',
        ],
        [
          'a',
          'Ideally turn it off at the stopcock and drain it for winter; lagging helps too, but draining is the safest.',
        ],
        [
          'u',
          "I'll ask the committee who has the key to the stopcock, it's usually Huw. He knows everything.",
        ],
        ['a', 'Huw sounds indispensable!'],
        [
          'u',
          "He is, between the bees and the allotment I'd be lost without him. Right, pudding basin hunting. Ta-ra!",
        ],
        ['a', 'Ta-ra, good luck with the test run!'],
      ],
    },
    {
      start: '2025-01-13 14:00',
      lines: [
        [
          'u',
          "Blwyddyn newydd dda! Happy new year to you. Christmas in Cardiff was lovely, the pudding came out perfectly and Nia had seconds. Now it's January and I'm itching to plan the plot again.",
        ],
        ['a', 'Blwyddyn newydd dda! What are you planning for this year?'],
        [
          'u',
          "I'm going to try growing garlic properly this year, and maybe cut down the potato bed to make room for a little cut-flower patch. Sweet peas and cosmos. The bees would love it too.",
        ],
        [
          'a',
          'Lovely idea. Garlic can still go in during January in mild spells, and sweet peas can be sown in root trainers now.',
        ],
        [
          'u',
          'Root trainers, I\'ll ask for some at the allotment shop. Also, my book club has chosen "Lessons in Chemistry" for February, have you heard of it? Is it the sort of thing I\'d enjoy?',
        ],
        [
          'a',
          'It is a warm, funny novel about a chemist in 1960s America who ends up hosting a cooking show. Many readers who like strong female characters and gentle humour enjoy it.',
        ],
        [
          'u',
          'A cooking chemist, that sounds like my kind of woman. The book club meets at the library in Oystermouth, second Tuesday of the month, after aqua aerobics, so Tuesdays are my busy day now.',
          'ex_new3',
        ],
        ['a', 'A full Tuesday! It sounds like a lovely routine.'],
        [
          'u',
          "Also I need help with a birthday card for Nia, she turns seven next week. Something with a little rhyme about bees, she's become very interested in them since she came to see the hive.",
        ],
        [
          'a',
          '"Seven today, buzz buzz hooray! The bees and Mamgu send love your way. Sweet as honey, bright as the sun, have a birthday full of fun!"',
        ],
        [
          'u',
          "That's adorable, I'll copy it out in my best handwriting with a drawing of a bee, one that looks more like a bee than Nia's potato. Diolch, you've been a great friend this past year.",
        ],
        ['a', 'Croeso, Beatrix — it has been a pleasure. Happy birthday to Nia!'],
        [
          'u',
          'Oh, and Rhys keeps telling me to get one of those smart speakers so I can ask it the weather. Are they difficult to set up?',
        ],
        [
          'a',
          'Not very — you plug it in, download the app on your phone and follow the steps. Rhys could do it in ten minutes.',
        ],
        [
          'u',
          "Then I'll let him do it next time he's over. I'm not sure I want a gadget listening to me chatting to Dai all day though!",
        ],
        ['a', 'Most have a button to mute the microphone whenever you like.'],
        ['u', 'Good, because what I say to that dog is between us. Nos da!'],
        ['a', 'Nos da, Beatrix!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What kind of dog do I have and what is he called?', ['dog']],
    ['single-hop', 'Which number is my allotment plot?', ['plot']],
    ['single-hop', 'How much did I decide to charge per jar of honey at the chapel fair?', ['honey_price']],
    ['single-hop', 'Which way did I choose to fly to Canada?', ['flight_pick']],
    ['single-hop', 'Where did my husband work before he retired?', ['husband_job']],
    ['multi-hop', 'How many grandchildren do I have altogether?', ['rhys_kid', 'sian_kids']],
    ['multi-hop', 'How many years did I spend teaching in total?', ['teach1', 'teach2']],
    ['temporal', 'How long ago did I have my eye operation?', ['cataract'], { askedAt: '2025-02-03 10:00' }],
    [
      'temporal',
      'Which came first, the chapel summer fair or my trip to see Siân?',
      ['fair', 'vancouver_back'],
      { askedAt: '2025-02-03 10:05' },
    ],
    [
      'updated',
      'How many bee colonies am I looking after at the moment?',
      ['hives_new', 'hives_new2', 'hives_new3'],
      { stale: ['hives_old1', 'hives_old2'] },
    ],
    [
      'updated',
      'How do I usually get around town these days?',
      ['transport_new', 'transport_new2'],
      { stale: ['car_old1', 'car_old2', 'car_old3'] },
    ],
    [
      'updated',
      'What exercise class do I go to now?',
      ['ex_new', 'ex_new2', 'ex_new3'],
      { stale: ['ex_old1', 'ex_old2'] },
    ],
    ['off-topic', 'What causes the northern lights?', []],
    ['off-topic', 'Who painted Girl with a Pearl Earring?', []],
    ['off-topic', 'How do I convert a PDF into a Word document?', []],
  ],
});

import { definePersona } from '../author.ts';

export const ottoline = definePersona({
  user_id: 'h17-ottoline',
  name: 'Ottoline',
  summary:
    'An 81-year-old retired BBC radio drama producer living in a sea-view flat in Kemptown, Brighton; a wheelchair user with a razor-sharp memory, a daily cryptic-crossword habit and eleven grandchildren. Writes long, witty, slightly formal British sentences with the odd dry aside.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-04 09:40',
      lines: [
        [
          'u',
          "Good morning. My granddaughter insists you're handy with crosswords, so let's see. I do the Guardian cryptic every morning over my first pot of tea, and 9 down has me stumped: 'Bird's rent, oddly (4)'.",
          'o_guardian',
        ],
        [
          'a',
          "'Oddly' often signals an anagram. Rearrange RENT and you get TERN, the seabird. Does that fit your crossing letters?",
        ],
        ['u', 'TERN! Of course. Sixty years of cryptics and I still fall for the obvious ones before nine.'],
        [
          'a',
          'The obvious ones are often the hardest to see. Want a hand with any others, or would you rather struggle nobly?',
        ],
        [
          'u',
          "Struggle nobly, thank you, that's the whole point. Janice, my carer, comes at eight to get me up and dressed, and then I have a blissful hour at the window with the puzzle before the world starts ringing.",
          'o_janice1',
        ],
        ['a', 'That sounds like a lovely ritual. Is it a good window?'],
        [
          'u',
          "It looks straight out over the sea at Kemptown, which is why I refuse to leave this flat. I've been in a manual wheelchair since my spine packed up in 2019, so the view does a great deal of heavy lifting on grey days.",
          'o_manual1',
        ],
        ['a', 'A sea view is a real gift, especially then. Do you get out along the front much?'],
        [
          'u',
          "When someone's free to push me, yes. The seafront is flat, mercifully; it's the kerbs in town that are a disgrace.",
        ],
        [
          'a',
          'Dropped kerbs make an enormous difference. If you ever want to write to the council about particular spots, I can help draft it.',
        ],
        [
          'u',
          'I may take you up on that. I used to write stiff letters for a living, more or less. Producers at the BBC spend half their lives composing polite fury.',
        ],
        ['a', "Then you'll be a formidable correspondent. What sort of programmes did you produce?"],
        ['u', "Drama, mostly. Another day I'll bore you properly. Today I need a list made. Birthdays."],
        ['a', 'Happy to. Whose birthdays?'],
        [
          'u',
          "My grandchildren's. There are eleven of them, strung out between Leeds and Lisbon, and I've already missed one this year. Unforgivable.",
          'o_grandkids',
        ],
        [
          'a',
          "Eleven is a lot to keep track of! Give me names and dates and I'll put them in month order so you can stick it on the fridge.",
        ],
        [
          'u',
          "Bless you. Let's start with March: Rosie on the 11th, Theo on the 27th. I'll dig out my address book for the rest.",
        ],
        ['a', 'Got it. March: Rosie (11th), Theo (27th). Send the others whenever you find the book.'],
        ['u', 'The news is on in two minutes, I must go. Old habits die very hard indeed.'],
        ['a', 'Enjoy it. Speak soon.'],
      ],
    },
    {
      start: '2024-03-19 14:10',
      lines: [
        [
          'u',
          "Hello again. I've found the address book, but first a favour: an old colleague is organising a reunion lunch for the radio drama lot and I need to reply without sounding like a doddering relic.",
        ],
        ['a', "Of course. Who's it from, and do you want to accept or decline?"],
        [
          'u',
          "From Hilary Pask. We were production assistants together in 1968. Accept, enthusiastically, but warn her about the wheels and ask whether the venue's step-free.",
        ],
        [
          'a',
          "Draft: 'Dear Hilary, what a joy to hear from you. Count me in, with great enthusiasm. One practical note: I'm on wheels these days, so could you let me know whether the venue is step-free? With love, Ottoline.' Warmer or more formal?",
        ],
        [
          'u',
          'Warmer. Add that I still dream about the studio clock. I produced the Afternoon Play for nineteen years and I can hear that clock ticking whenever I shut my eyes.',
          'o_afternoonplay',
        ],
        [
          'a',
          "Lovely detail. Added: 'I still dream about the studio clock. Nineteen years of the Afternoon Play will do that to a person.'",
        ],
        ['u', 'Perfect. Hilary will laugh. She always said I ran that studio like a ship’s captain.'],
        ['a', 'It sounds like you were good at it. Did you miss it after retiring?'],
        [
          'u',
          "Terribly at first. Gerald, my husband, said I'd wander round the house at two o'clock looking for something to direct. He was a cellist with the Philharmonia, so he understood the itch for a live performance. He died in 2016.",
          'o_gerald',
        ],
        ['a', "I'm sorry about Gerald. He sounds like he knew you very well."],
        ['u', 'He did. Now, the address book. March was done, I believe.'],
        ['a', 'Yes: Rosie and Theo. Ready for April?'],
        [
          'u',
          'April: Hamish on the 4th, Clemmie on the 19th. May: nobody, thank God. June: Felix on the 2nd.',
        ],
        ['a', 'Noted. April: Hamish (4th), Clemmie (19th); June: Felix (2nd). Carry on when ready.'],
        [
          'u',
          "Hold on, Bunter is sitting on the address book. He's a ginger tom of enormous self-regard and believes anything I'm reading belongs to him.",
          'o_cat',
        ],
        ['a', 'Cats always know exactly what you need most at that moment. Shall we pause until he moves?'],
        ['u', "We shall finish the rest tomorrow. He's purring and I haven't the heart."],
        ['a', "Sensible. I'll keep the list safe until then."],
      ],
    },
    {
      start: '2024-04-08 11:05',
      lines: [
        [
          'u',
          "I have a hospital letter and I'd like help making sense of it. They've scheduled my cataract operation for the 25th of this month.",
        ],
        ['a', 'Happy to help. What does it say about preparation?'],
        [
          'u',
          'Eye drops from three days before, no make-up, someone to bring me and take me home. And a questionnaire about medications and allergies.',
        ],
        [
          'a',
          'All standard. For the questionnaire, list everything you take regularly and every allergy, even old ones.',
        ],
        [
          'u',
          'Penicillin is the big one. I came out in a terrifying rash in 1974 and nearly swelled shut, so I always write it in capitals.',
          'o_penicillin',
        ],
        ['a', 'Good. Definitely capitals, and mention the reaction. Anything else?'],
        ['u', "Just the blood pressure pills and a vitamin D. Amlodipine, I think. I'll check the box."],
        ['a', "Worth copying the exact name and dose from the box. Who's taking you in?"],
        [
          'u',
          'Janice has offered to come early that day and take me in a taxi, bless her. She has been my carer for six years now and treats me like a slightly unruly aunt.',
          'o_janice2',
        ],
        ['a', "That's kind of her. A familiar face will make it easier."],
        [
          'u',
          "It will. What should I expect afterwards? I'm told nothing 'strenuous', which at my age covers almost everything.",
        ],
        [
          'a',
          'Usually blurry vision for a day or two, a protective shield at night, and eye drops for a few weeks. Avoid rubbing the eye, bending low, or getting water in it.',
        ],
        [
          'u',
          "And reading? I'm not missing the Saturday Guardian prize puzzle for a bit of blurriness.",
          'o_guardian2',
        ],
        [
          'a',
          'Many people can read within a few days, but go gently. Perhaps have someone read the clues to you the first weekend.',
        ],
        [
          'u',
          "Hmm. My grandson Theo can read them aloud over FaceTime. He'll pronounce everything wrong but it will be entertaining.",
        ],
        ['a', 'That sounds like a lovely compromise.'],
        [
          'u',
          "I'm nervous, I'll admit that only to you. Eyes are rather important to an old woman who lives on puzzles and a view.",
        ],
        [
          'a',
          "That's completely understandable. It's one of the most common operations and usually very successful. Lots of people say colours look brighter afterwards.",
        ],
        ['u', "Brighter colours. I'll hold you to that."],
        ['a', 'I hope it goes smoothly. Let me know how you get on.'],
      ],
    },
    {
      start: '2024-04-26 16:30',
      lines: [
        [
          'u',
          'Well. I had the cataract operation on my left eye yesterday, and you were right, the colours are absurd. The sea looks as if someone has repainted it.',
          'o_cataract',
        ],
        ['a', "That's wonderful to hear! How are you feeling otherwise?"],
        ['u', 'A bit gritty, and the shield at night makes me look like a pirate. Bunter is offended by it.'],
        ['a', 'A pirate with a disapproving cat is a fine look. Keep up the drops and try not to rub it.'],
        [
          'u',
          "I'm being very good. Now, a distraction please. Felix rang this morning and I want to send him a parcel.",
        ],
        ['a', "Lovely. What's the occasion?"],
        [
          'u',
          "He's finishing his second year at Edinburgh. Geology, of all things; he spends his weekends hitting rocks with a small hammer on Arthur's Seat. I want to send him something to see him through the exams.",
          'o_felix',
        ],
        [
          'a',
          'How fun. Ideas: a good hand lens, a field notebook, a box of proper shortbread, or a care package with snacks and a card.',
        ],
        ['u', 'Snacks, definitely. Students are perpetually starving. What travels well in the post?'],
        [
          'a',
          'Flapjacks, shortbread, tins of biscuits, dried fruit, chocolate that will not melt, and tea bags. Avoid anything soft.',
        ],
        ['u', "I'll order online, I can't get to the shops until the eye settles. Can you draft a card?"],
        ['a', 'Happy to. What tone?'],
        ['u', "Something like 'Rocks are patient, exams are not, eat these and revise.' But better."],
        [
          'a',
          "'Dear Felix, the rocks have waited millions of years; they'll wait a few more weeks. Eat these, revise hard, and come back to me victorious. Love, Granny O.'",
        ],
        ['u', "Granny O, yes, that's what they all call me. Very good. He'll pretend not to be touched."],
        ['a', 'The best kind of touched. Anything else today?'],
        [
          'u',
          "Only a grumble. Nobody is free to push me along the front this week, and my arms aren't up to propelling this old manual chair up the slope from Madeira Drive. I feel like a parcel waiting to be collected.",
          'o_manual2',
        ],
        [
          'a',
          'That sounds frustrating. Have you ever been assessed for a powered wheelchair? The NHS wheelchair service might help.',
        ],
        ['u', 'Years ago I said no, out of vanity. Perhaps it is time I swallowed it.'],
        ['a', 'It could give you a lot more freedom. I can help you find out how to get a referral.'],
      ],
    },
    {
      start: '2024-05-20 10:00',
      lines: [
        [
          'u',
          "I have decided to be brave. I'm going up to Edinburgh to see Felix. He's invited me for his birthday week.",
        ],
        ['a', 'How exciting! When are you thinking of going?'],
        [
          'u',
          'The 7th to the 11th of June. Train, because I refuse to fly anywhere that takes longer to get through the airport than the flight itself.',
        ],
        ['a', 'Sensible. LNER from King’s Cross is direct. Would you like help booking Passenger Assist?'],
        ['u', 'Yes please. What do I need to tell them?'],
        [
          'a',
          'Your dates and trains, what kind of wheelchair you use and whether you transfer to a seat, and whether you need help with luggage. Book at least a couple of days ahead.',
        ],
        [
          'u',
          "I stay in the chair for the journey. It's the ordinary folding manual sort, so they'll need the ramp at both ends. Luggage, yes, I can't manage so much as a handbag and the wheels.",
          'o_manual3',
        ],
        [
          'a',
          "Got it. I'll note: ramp at King's Cross and Waverley, a wheelchair space, help with one suitcase.",
        ],
        [
          'u',
          "Janice will come with me as far as King's Cross and Felix will meet me at Waverley. She's invaluable. I shall miss her dreadfully when she retires; she keeps threatening to in the summer.",
          'o_janice3',
        ],
        ['a', 'She sounds like a real support. Where will you stay in Edinburgh?'],
        [
          'u',
          'Give me some options. Accessible, near the Old Town but not on one of those vertical cobbled streets.',
        ],
        [
          'a',
          'Three ideas: 1) a big chain hotel near Haymarket with several accessible rooms; 2) a boutique hotel on the Grassmarket with a roll-in shower; 3) an accessible serviced apartment in the New Town with its own kitchen.',
        ],
        [
          'u',
          "The serviced apartment, the third one. Felix can cook for me; it'll be good for him.",
          'o_hotelpick',
        ],
        ['a', 'Good choice. I can look for ones with step-free entry and a wet room.'],
        [
          'u',
          'Yes, and tell me what to pack. Edinburgh in June may be anything from sunshine to a blizzard.',
        ],
        [
          'a',
          'Layers, a waterproof, a warm blanket for your knees, sunglasses (good for the new eye), and medications in your hand luggage.',
        ],
        ['u', 'Blanket, yes. Gerald bought me a tartan one on our honeymoon in Pitlochry. Full circle.'],
        ['a', "That's a lovely thing to bring back to Scotland."],
        ['u', "Right, I'll book the tickets this afternoon before I lose my nerve."],
        ['a', "Good luck. You'll have a wonderful time."],
      ],
    },
    {
      start: '2024-06-24 15:20',
      lines: [
        [
          'u',
          "I'm home. Got back from Edinburgh on the 11th and it has taken me nearly two weeks to recover, but it was glorious. Felix carried me up half the Royal Mile, or at least it felt that way.",
          'o_edinburgh_back',
        ],
        ['a', 'Welcome back! What were the highlights?'],
        [
          'u',
          "The Botanic Gardens, a ghastly student party at which I was the most popular guest, and Felix's face at his birthday dinner. He has grown up somehow when I wasn't looking.",
        ],
        ['a', 'That sounds perfect. Did the train assistance go smoothly?'],
        [
          'u',
          'Mostly. The ramp at Waverley failed to appear for twenty minutes and I sat on the train like a forgotten umbrella. I want to complain, nicely.',
        ],
        ['a', 'I can draft that. Do you have the train time and date?'],
        ['u', "The ten o'clock from King's Cross on the 7th. Don't make it too nice."],
        [
          'a',
          "Draft: 'On 7 June I travelled on the 10:00 King's Cross to Edinburgh service with booked assistance. On arrival at Waverley I waited twenty minutes on board for the ramp. Please tell me what went wrong and how you will prevent it.' Firm but polite.",
        ],
        ['u', "That'll do. Now, other news: a big change at home."],
        ['a', "Oh? What's happened?"],
        [
          'u',
          "Janice has finally retired (we had a tearful cake on Friday) and the agency have sent a new carer called Precious. She's Zimbabwean, about forty, sings hymns while she does my hair and is frankly terrifyingly efficient. She comes at eight, as Janice did.",
          'o_precious',
        ],
        ['a', 'A big change after six years. How are you finding Precious?'],
        [
          'u',
          'Early days, but I like her. She told me off for letting my tea go cold, which nobody has dared do since 1985.',
        ],
        ['a', 'Sounds like a good match. Anything else changing in the routine?'],
        [
          'u',
          "No, but I'm doing my accounts. Dorota still comes to clean every fortnight and I pay her £90 a month all told. Is that reasonable for Brighton?",
          'o_cleaner',
        ],
        [
          'a',
          'That seems in line. Brighton cleaners often charge £15 to £20 an hour, so two visits a month of a few hours each lands about there.',
        ],
        ['u', "Good. I was worried I was fleecing her. She'd never say."],
        ['a', 'It sounds fair. You could ask her next time if she is happy with the rate.'],
        ['u', "I will. Bunter sends his regards; he's lying on the accounts."],
        ['a', 'Of course he is. Say hello back.'],
      ],
    },
    {
      start: '2024-07-15 11:40',
      lines: [
        [
          'u',
          'The wheelchair service has been. A very nice occupational therapist called Arjun came round and measured me for a powered chair.',
        ],
        ['a', 'Great progress! How did it go?'],
        [
          'u',
          "He put me in a demonstration model for ten minutes and I drove it straight into the hall table. For now I'm still in the old manual one until they order mine. Eight to ten weeks, he thinks.",
          'o_manual4',
        ],
        ['a', 'Driving into furniture is a rite of passage. Did he talk about models?'],
        [
          'u',
          "He mentioned several. I've no idea what the differences are. Mid-wheel drive? Front-wheel drive? It's like buying a car.",
        ],
        [
          'a',
          'Quite like it! Mid-wheel drive turns in a tight circle, good for small flats. Front-wheel drive handles kerbs and rough ground better. Rear-wheel drive is fastest and most stable at speed but needs more room to turn.',
        ],
        ['u', 'Small flat and a seafront. Mid-wheel, I should think. Arjun agreed.'],
        ['a', 'Sounds sensible. Do you have somewhere to charge and store it?'],
        ['u', "The hallway, once Bunter's bed is moved. He will protest."],
        ['a', "He'll adjust. Anything else on your mind?"],
        [
          'u',
          "A recipe, actually. Rosie is coming with her little ones on Saturday and I want to make something with them that doesn't need me standing.",
        ],
        [
          'a',
          'How about no-bake chocolate crispy cakes, or decorating shop-bought biscuits with icing? Both can be done at the kitchen table.',
        ],
        [
          'u',
          "Crispy cakes. Rosie's youngest will eat more chocolate than goes in the cases, but that's the tradition.",
        ],
        [
          'a',
          "That's half the fun. You'll need 200g chocolate, 3 tbsp golden syrup, 50g butter, 100g cornflakes or puffed rice, and paper cases.",
        ],
        ['u', "Precious will get the shopping in. She's already bossing me about the list.", 'o_precious2'],
        ['a', 'Sounds like she has settled in well.'],
        ['u', 'She has. Right, I must find the paper cases before Saturday.'],
        ['a', 'Have fun with the little ones!'],
      ],
    },
    {
      start: '2024-08-19 10:20',
      lines: [
        [
          'u',
          "It's arrived, weeks earlier than promised! My powered wheelchair came on Tuesday: mid-wheel drive, dark blue, and capable of a frankly reckless four miles an hour.",
          'o_powered',
        ],
        ['a', "Wonderful! How's the driving going?"],
        [
          'u',
          "I've taken a chunk out of the skirting board and terrified Bunter, but yesterday I went along the front to the pier by myself. By myself! First time in five years.",
        ],
        ['a', 'That is a huge moment. How did it feel?'],
        [
          'u',
          'Like being let out of prison. I bought a 99 with a flake and ate it looking at the sea like a teenager.',
        ],
        ['a', 'Perfect. Any practical things to sort out? Insurance, charging, a rain cover?'],
        ['u', 'Insurance, yes. Do I need it? Arjun mentioned it.'],
        [
          'a',
          "It isn't legally required for a class 2 chair, but it's wise: it covers damage, theft, breakdown recovery and third-party liability if you bump into someone.",
        ],
        ['u', 'Third party. I may need that. I nearly took out a man walking a spaniel on Marine Parade.'],
        ['a', 'Then definitely worth it! Shall I list what to compare?'],
        ['u', "In a bit. First, Imogen's wedding invitation has arrived."],
        ['a', 'How lovely! When is it?'],
        [
          'u',
          "The 12th of October, in a barn in Sussex. A barn! I'll need to know whether my wheels can manage straw.",
        ],
        [
          'a',
          'Worth asking the venue about the floor and access. Many wedding barns have level concrete or wooden floors and accessible loos these days.',
        ],
        [
          'u',
          "I'll get Precious to ring them. She's better on the telephone than I am now; my hearing aids whistle.",
          'o_precious3',
        ],
        ['a', 'Good idea. Would you like help choosing an outfit that works sitting down?'],
        ['u', 'Yes, but another day. The sea is calling and my battery is at a hundred per cent.'],
        ['a', 'Go and enjoy it!'],
      ],
    },
    {
      start: '2024-09-16 09:15',
      lines: [
        [
          'u',
          "Confession: I've defected. The Guardian's puzzles have gone soft, so I've switched to the Times cryptic. The paper boy must think I've joined the Conservatives.",
          'o_times',
        ],
        ['a', 'A bold move! How are you finding the Times style?'],
        [
          'u',
          "Drier. Fewer jokes, more Latin. Today's 1 across took me until ten o'clock and I still don't love the answer.",
        ],
        ['a', 'That sounds like a proper test. Want to talk it through?'],
        [
          'u',
          "Other news first: I'm a great-grandmother twice over now. Hamish's wife had a boy last week, Arlo, and there's little Freya in Lisbon who turned one in June.",
          'o_greatgrand',
        ],
        ['a', 'Congratulations! That is wonderful.'],
        [
          'u',
          "I feel about a hundred and twelve. I want to knit something for Arlo but my hands won't have it. What can I send instead?",
        ],
        [
          'a',
          'A personalised book, a soft blanket, a wooden name puzzle, or a letter for him to read when he is older.',
        ],
        [
          'u',
          'A letter. I shall tell him about his great-grandfather and the cello. Radio producers are nothing if not sentimental.',
        ],
        ['a', "That'll be treasured."],
        [
          'u',
          'Now the wedding outfit. Imogen gets married next month in the barn and I want to look like a respectable matriarch, not a tea cosy.',
        ],
        [
          'a',
          "Seated outfits work best with soft structure: a wrap dress, or a tunic with wide trousers, a jacket that isn't long at the back, and a bold scarf or brooch for colour.",
        ],
        ['u', "Wide trousers and a jacket. And Gerald's brooch, the silver hare."],
        ['a', 'Elegant. Emerald or navy would suit a barn in October.'],
        ['u', "Emerald. Decided. The barn, by the way, has a concrete floor and a ramp. I've checked."],
        ['a', 'Perfect.'],
        ['u', 'Right, back to 1 across. It has been nagging at me this whole conversation.'],
        ['a', 'Good luck!'],
      ],
    },
    {
      start: '2024-10-14 17:00',
      lines: [
        [
          'u',
          "Imogen's wedding was on Saturday and it was the happiest day I've had in years. The barn was full of fairy lights and I cried through the vows like a leaking tap.",
          'o_wedding',
        ],
        ['a', 'That sounds beautiful! How was the day for you?'],
        [
          'u',
          "I did wheel-spins on the dance floor in my electric chair with the groom's grandfather, who is ninety-one. We were the hit of the evening.",
          'o_powered2',
        ],
        ['a', 'What a picture! Did it cope with the barn?'],
        ['u', 'Perfectly. Concrete, as promised. The only casualty was a bridesmaid’s toe.'],
        ['a', 'Ouch. Hopefully she forgave you!'],
        ['u', "She's seventeen, she'll dine out on it. Now, a tedious matter. My feet."],
        ['a', "What's going on with them?"],
        [
          'u',
          'Nothing dramatic, just old. A chiropodist, Mr Okafor, now comes to the flat once a month and charges £38 a visit. I want to add it to my accounts spreadsheet; can you tell me how?',
          'o_chiropodist',
        ],
        [
          'a',
          "Add a row called 'Chiropodist', put £38 in each month's column, and make sure the SUM formula in your total row includes the new row.",
        ],
        ['u', "Which I'm sure I'll manage with only a little swearing."],
        ['a', 'Swearing is a recognised spreadsheet technique.'],
        [
          'u',
          "Hilary's reunion lunch has been postponed to the spring, by the way. Half of the old drama department has had flu.",
        ],
        ['a', 'Sorry to hear it. Hopefully the spring suits everyone better.'],
        ['u', "It gives me time to finish Arlo's letter, which is now eight pages long."],
        ['a', "Eight pages! He'll have a real treasure."],
        ['u', "Or he'll line a hamster cage with it. Either way, it's written."],
        ['a', "I think it'll be kept."],
      ],
    },
    {
      start: '2024-11-18 13:30',
      lines: [
        [
          'u',
          'My birthday is on the 3rd of December and the family are insisting on a lunch. Eighty-two. Help me pick somewhere.',
        ],
        ['a', 'Happy almost-birthday! How many people, and any needs besides step-free access?'],
        [
          'u',
          "About twenty, children included. Step-free, an accessible loo, and not so loud that I can't hear through my hearing aids.",
        ],
        [
          'a',
          'Three options: 1) The Pebble Room in Hove: private dining room, very quiet, set menu; 2) Harbour & Vine on the seafront: level access from the promenade, a big sea-view table, family-friendly; 3) a private room at an Italian in the Lanes: cheapest, but the Lanes are cobbled and busy.',
        ],
        [
          'u',
          'Harbour & Vine, the second. I want to see the sea on my birthday, and the children can run onto the beach between courses.',
          'o_lunchpick',
        ],
        ['a', 'Lovely choice. Shall I draft a booking message?'],
        [
          'u',
          'Yes. Twenty people on Sunday the 1st, half past twelve, wheelchair space at the head of the table, naturally.',
        ],
        [
          'a',
          "Draft: 'Hello, I'd like to book lunch for 20, including children, on Sunday 1 December at 12:30. I use a wheelchair; could we have space at the head of the table? Many thanks, Ottoline.'",
        ],
        ['u', "Lovely. I'll ring them rather than email, I like to hear a human voice."],
        ['a', 'Good luck!'],
        [
          'u',
          "Precious says I should have a cake with 82 candles and she'll bring the fire extinguisher. She has a wicked sense of humour underneath the hymns.",
          'o_precious4',
        ],
        ['a', 'She sounds like a gem.'],
        ['u', 'She is. Now, presents. People keep asking what I want. I want nothing. What do I tell them?'],
        [
          'a',
          'You could suggest experiences: an outing together, an audiobook subscription, or a donation to a charity you care about.',
        ],
        [
          'u',
          'Audiobooks! My eyes tire by evening even with the new lens. A subscription, then, and I shall start with Wolf Hall read by someone with a proper voice.',
        ],
        ['a', 'Great idea. Most audiobook services offer gift subscriptions.'],
        ['u', "I used to cast voices for a living. I'll be merciless about the narrator."],
        ['a', "I'd expect nothing less."],
      ],
    },
    {
      start: '2025-01-06 10:10',
      lines: [
        ['u', "Happy New Year. I survived the birthday, Christmas and a grandson's drum kit."],
        ['a', 'Happy New Year! How was the birthday lunch?'],
        [
          'u',
          'Magnificent. The sea was silver, the children ran on the beach, and Felix gave a speech that made his mother cry.',
        ],
        ['a', 'That sounds wonderful.'],
        [
          'u',
          'My resolution for the year: finish the Times crossword every day before my second cup of tea. I managed it twice last week.',
          'o_times2',
        ],
        ['a', 'Ambitious! Any clues I can help with, or is that cheating?'],
        [
          'u',
          "Cheating. But I'll share one I loved: 'Flower in Kent (6)'. MEDWAY. A river is a flower, a thing that flows. Took me an hour to see it.",
        ],
        ['a', "A classic cryptic trick: 'flower' and 'banker' often mean river. Nice solve."],
        [
          'u',
          "Second resolution: go along the front in the electric chair every day it isn't raining sideways. The little display says I've done over 300 miles on it since August.",
          'o_powered3',
        ],
        ['a', "That's a great resolution, and impressive mileage!"],
        [
          'u',
          "Precious has put a waterproof cover on it for me. She's been with me six months now and I can't imagine my mornings without her.",
          'o_precious5',
        ],
        ['a', 'It sounds like she has become a real part of your life.'],
        [
          'u',
          'Now, the council letter you offered back in the spring. Time to write it. The kerb by St James’s Street is a menace.',
        ],
        ['a', "Let's do it. Where exactly are the problem kerbs?"],
        [
          'u',
          "The corner of St James's Street and Upper Rock Gardens, and outside the post office. No dropped kerb at all, so I have to go into the road.",
        ],
        [
          'a',
          "Draft: 'Dear Highways Team, I am a wheelchair user in Kemptown. There is no dropped kerb at the corner of St James's Street and Upper Rock Gardens, nor outside the post office, which forces me into the road. Please could these be assessed? Yours faithfully, Ottoline.'",
        ],
        ['u', "Add 'at the age of eighty-two'. It shames them more effectively."],
        ['a', "Added: 'At the age of eighty-two, I would rather not play chicken with the buses.'"],
        [
          'u',
          'Perfect. Gerald would have approved. He always said I could write a complaint that made people apologise for the weather.',
        ],
        ['a', 'He sounds like he admired your pen. Good luck with it.'],
      ],
    },
  ],
  questions: [
    [
      'single-hop',
      'Which radio programme was I in charge of producing for all those years?',
      ['o_afternoonplay'],
    ],
    ['single-hop', 'Which antibiotic should I warn the doctors I react badly to?', ['o_penicillin']],
    ['single-hop', "What's my cat's name?", ['o_cat']],
    ['single-hop', 'Where did I decide to hold my 82nd birthday lunch?', ['o_lunchpick']],
    ['single-hop', 'What subject is my grandson Felix reading at university?', ['o_felix']],
    [
      'multi-hop',
      'How many grandchildren and great-grandchildren do I have between them?',
      ['o_grandkids', 'o_greatgrand'],
    ],
    [
      'multi-hop',
      'Together, how much do my cleaning and my foot-care visits cost me each month?',
      ['o_cleaner', 'o_chiropodist'],
    ],
    [
      'temporal',
      'How long ago did I have my eye operation?',
      ['o_cataract'],
      { askedAt: '2025-01-20 10:00' },
    ],
    [
      'temporal',
      "Which came first: my trip up to Scotland or Imogen's wedding?",
      ['o_edinburgh_back', 'o_wedding'],
      { askedAt: '2025-01-20 10:05' },
    ],
    [
      'updated',
      'Who helps me get up and dressed in the mornings these days?',
      ['o_precious', 'o_precious2', 'o_precious3', 'o_precious4', 'o_precious5'],
      { stale: ['o_janice1', 'o_janice2', 'o_janice3'] },
    ],
    [
      'updated',
      'What kind of wheelchair am I getting around in at the moment?',
      ['o_powered', 'o_powered2', 'o_powered3'],
      { stale: ['o_manual1', 'o_manual2', 'o_manual3', 'o_manual4'] },
    ],
    [
      'updated',
      "Which newspaper's cryptic do I solve each morning now?",
      ['o_times', 'o_times2'],
      { stale: ['o_guardian', 'o_guardian2'] },
    ],
    ['off-topic', 'What is the tallest mountain in Africa?', []],
    ['off-topic', 'How do solar panels turn sunlight into electricity?', []],
    ['off-topic', 'How many players are on a rugby union team?', []],
  ],
});

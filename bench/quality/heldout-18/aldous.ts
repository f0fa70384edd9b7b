import { definePersona } from '../author.ts';

export const aldous = definePersona({
  user_id: 'h18-aldous',
  name: 'Aldous',
  summary:
    'Aldous is a 67-year-old retired English teacher and widower in Norwich who spends his days birdwatching and tending his allotment; he writes long, courteous, slightly rambling messages.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-04 10:15',
      lines: [
        [
          'u',
          "Good morning. I hope you don't mind my asking a few questions. My grandson set this up for me at Christmas and assured me you wouldn't get cross if I rambled. I'm Aldous, I'm 67, and I live in Norwich.",
        ],
        ['a', "Good morning, Aldous! Ramble away, I'm happy to help with whatever you need."],
        [
          'u',
          "Splendid. I have an allotment over at the Bluebell Road site, plot 14, which I've worked since 2009. I'm trying to decide when to get my seed potatoes in this year, given how miserably wet February was.",
          'plot',
        ],
        [
          'a',
          "In Norfolk, first earlies usually go in from late March to mid-April, once the soil has dried enough that it doesn't stick to your boots. It's better to wait a week than to plant into cold mud.",
        ],
        [
          'u',
          "They're chitting on the spare-room windowsill as we speak. This year I've gone for Charlotte as my salad potato and Pink Fir Apple, which my late wife Margaret adored despite their ridiculous knobbly shapes.",
          'potatoes',
        ],
        [
          'a',
          'Both lovely choices. Pink Fir Apple is a late maincrop, so it can go in a little after the Charlottes.',
        ],
        [
          'u',
          'Margaret passed away three years ago this May, so the allotment has rather become my company. That and Hector, of course.',
          'wife',
        ],
        [
          'a',
          "I'm very sorry for your loss. It sounds as though the plot means a great deal to you. Who is Hector?",
        ],
        [
          'u',
          "Hector is my springer spaniel. He's eleven and still convinced he can catch pheasants. He comes down to the plot with me and sleeps under the bench in the shed while I dig.",
          'dog',
        ],
        ['a', 'He sounds like an excellent allotment companion.'],
        [
          'u',
          'One practical question, if I may. I drive an old Volvo estate, a V70 with far too many miles on the clock, and I haul manure in the back in feed sacks. Is there anything that stops the smell lingering in the car?',
          'volvo1',
        ],
        [
          'a',
          'A rubber boot liner helps a great deal, and an open tub of bicarbonate of soda left in the boot overnight absorbs odours. Airing the car with the tailgate up on a dry day also works wonders.',
        ],
        [
          'u',
          "A boot liner is a sensible thought. I'll look at the garden centre out on the ring road on Thursday.",
        ],
        ['a', 'Good idea. Measure the boot floor first so you get one that fits snugly.'],
        [
          'u',
          "Lastly, would you help me think about what to sow in my cold frame this month? I've already got broad beans in from the autumn.",
        ],
        [
          'a',
          'March is good for lettuce, spring onions, radish, early peas in guttering and brassica seedlings for transplanting later.',
        ],
        [
          'u',
          'Lettuce and peas in guttering it is. I used to do the guttering trick with my Year 7s, actually, when we had a school garden.',
        ],
        ['a', "That's a lovely memory. Peas started that way transplant beautifully."],
        [
          'u',
          'Thank you so much. This has been most useful, and far more patient than the man at the garden centre.',
        ],
        ['a', "You're very welcome, Aldous. Good luck with the planting."],
      ],
    },
    {
      start: '2024-03-21 19:30',
      lines: [
        [
          'u',
          'Good evening. I wonder if you could help me compose an email to our allotment committee secretary, a Mrs Pauline Ashworth. The water trough nearest my plot has been cracked since January and nothing has been done about it.',
        ],
        [
          'a',
          "Of course. Here's a draft: 'Dear Mrs Ashworth, I am writing about the cracked water trough near plots 12 to 16, which has been out of use since January. As the growing season begins, this is becoming a real difficulty. Could you let me know when a repair might be arranged? Kind regards, Aldous.'",
        ],
        [
          'u',
          "That's very good, though perhaps a touch severe. Pauline is a volunteer and does her best. Could you soften it a little?",
        ],
        [
          'a',
          "Certainly: 'Dear Pauline, I hope you're well. I wanted to mention the water trough near plots 12 to 16, which cracked in January. I know the committee has a great deal on, but now that sowing has started it would be a real help to have it mended. Many thanks for all you do. Warm regards, Aldous.'",
        ],
        [
          'u',
          'Perfect. Pauline likes things in writing with dates, so could you add that I first reported it on the 12th of January?',
        ],
        [
          'a',
          "Added: 'I first mentioned it on the 12th of January.' It fits naturally after the first sentence.",
        ],
        [
          'u',
          "My plot neighbour Derek has been carrying watering cans from the far trough, and he's 78, so it does rather matter.",
        ],
        ['a', "That's a fair point to include if you wish, gently, as it shows the practical impact."],
        [
          'u',
          'On a happier note, my daughter Clare rang this afternoon. She lives up in Leeds with her husband Mark, in a terraced house in Headingley, and she teaches piano from home.',
          'clare-leeds',
        ],
        ['a', 'How lovely to hear from her. Do they have children?'],
        [
          'u',
          'Two, my grandchildren Poppy and Sam. Poppy is nine, very bookish, and Sam is six and only interested in dinosaurs and things that are beige to eat.',
          'grandkids1',
        ],
        ['a', 'They sound delightful. Nine and six are wonderful ages.'],
        [
          'u',
          'Poppy has asked for a bird book for her birthday in April. Could you recommend something suitable for a nine-year-old?',
        ],
        [
          'a',
          "A few options: 1) the RSPB First Book of Birds, simple and well illustrated; 2) the Collins Bird Guide, the gold standard but dense for a child; 3) a spotter's sticker book, fun but slight.",
        ],
        [
          'u',
          "The first one sounds right for her. I'll order it from Jarrold's in town, I prefer to keep the shop going.",
          'book-pick',
        ],
        ['a', 'A lovely choice, and good for her to have a book that grows with her.'],
        [
          'u',
          "My son Tom is in Edinburgh, he's an architect with a practice there. He rarely rings, but that's sons for you.",
          'tom-edinburgh',
        ],
        ['a', 'Perhaps a short message now and then would keep the line open without pressure.'],
        [
          'u',
          "Thank you for the email. I'll send it in the morning once I've slept on it. Margaret always said never send anything after nine o'clock at night.",
        ],
        ['a', 'Wise advice. Good night, Aldous.'],
      ],
    },
    {
      start: '2024-04-15 08:40',
      lines: [
        [
          'u',
          "Good morning! I've just come back from an early walk at Strumpshaw Fen with Hector. The marsh harriers were displaying over the reedbed, tumbling about like paper kites.",
        ],
        ['a', 'What a sight to start the day. Spring displays there are famous.'],
        [
          'u',
          "I keep a year list, as many birders do, and I'm on 112 species so far, which is respectable for mid-April in Norfolk.",
        ],
        ['a', "That's a very good tally. The spring migrants should push it up quickly now."],
        [
          'u',
          'My old colleague Geoffrey, who taught geography down the corridor from me, is the one who got me into birding properly after I retired.',
        ],
        ['a', "It's lovely when a friendship carries on into a shared hobby."],
        [
          'u',
          'I taught English at the City of Norwich School for thirty-one years, the last twelve as head of department. I still dream about moderating coursework.',
          'school',
        ],
        ['a', 'Thirty-one years is a remarkable career. I imagine many former pupils remember you.'],
        [
          'u',
          'Geoffrey and I are thinking about a trip up to the Farne Islands in June to see the puffins. Is June a good time for them?',
        ],
        [
          'a',
          'June is ideal. The puffins are feeding chicks and flying in with beaks full of sand eels, and the terns are nesting too, so bring a hat.',
        ],
        [
          'u',
          'My GP has put me on amlodipine for my blood pressure, 5mg each morning. She mentioned my ankles might swell. Is that common?',
          'bp',
        ],
        [
          'a',
          "Ankle swelling is one of the more common side effects of amlodipine. It's worth mentioning to your GP if it's bothersome, as the dose or medicine can be adjusted.",
        ],
        [
          'u',
          "Well, I shall keep an eye on them. Margaret always said I'd ignore a broken leg if there were a rare warbler about.",
        ],
        ['a', 'She sounds like she knew you well! Do keep an eye on it though.'],
        [
          'u',
          "Could you suggest a simple way to log my sightings that isn't a computer program? I prefer a notebook and a pencil.",
        ],
        [
          'a',
          'A simple approach: one page per outing with date, site, weather and time at the top, then columns for species, count and notes. Keep a separate running year list at the back.',
        ],
        [
          'u',
          "The columns idea is good, and the running list at the back is exactly what I'd have told a pupil to do. Thank you.",
        ],
        ['a', "You're welcome. Happy birding!"],
      ],
    },
    {
      start: '2024-05-09 18:05',
      lines: [
        [
          'u',
          'I must tell someone. This morning at Strumpshaw I finally saw a bittern. Not just heard it booming, actually saw it, flying low and heavy over the reeds. Forty years of trying!',
          'bittern',
        ],
        ['a', "Congratulations, Aldous! That's a bird many people wait a lifetime for."],
        ['u', 'Hector was remarkably well behaved, for once. He sat and watched it with me as if he knew.'],
        ['a', 'A dog with a sense of occasion.'],
        [
          'u',
          "Now, I'd like to plan a week on the Isles of Scilly for the autumn migration, late September perhaps. I'd base myself on St Mary's. Could you suggest some places to stay?",
        ],
        [
          'a',
          'Here are three: 1) The Atlantic Inn in Hugh Town, rooms above a lively pub; 2) Harbour Lights, a small family-run B&B overlooking the harbour, about £95 a night; 3) a self-catering cottage at Old Town, about £780 for the week.',
        ],
        [
          'u',
          "Oh, the second one, I think. I'm too old for pub noise at midnight and I don't fancy cooking for myself on holiday.",
          'scilly-pick',
        ],
        ['a', 'A good choice. Small B&Bs on Scilly fill up fast for October, so booking soon would be wise.'],
        ['u', "How does one get there from Norwich? I've heard the Scillonian ferry can be rough."],
        [
          'a',
          "The usual route is train to Penzance, then either the Scillonian ferry (about 2 hours 45) or the Skybus from Land's End. The crossing can be lively in autumn.",
        ],
        ['u', "I'll take the ferry. Margaret was seasick on it in 1988, but I have a cast-iron stomach."],
        ['a', "Then you'll likely enjoy it. Seabirds are often seen on the crossing."],
        [
          'u',
          "Hector will stay with my neighbour Brenda while I'm away. She adores him and spoils him terribly with sausages.",
        ],
        ['a', "It's reassuring to have someone he knows and likes."],
        [
          'u',
          "On the allotment, the Charlottes are up and I've earthed them once. Derek says a frost is forecast for the weekend.",
        ],
        [
          'a',
          'Worth covering them with horticultural fleece, or drawing extra soil over the shoots, on any night a frost is forecast.',
        ],
        [
          'u',
          "Fleece it is. Thank you, as ever. I shall go and pour myself a small sherry in the bittern's honour.",
        ],
        ['a', 'Well deserved. Cheers, Aldous!'],
      ],
    },
    {
      start: '2024-06-12 20:10',
      lines: [
        [
          'u',
          "Good evening. Geoffrey and I are back from Northumberland. We drove up in my Volvo, six hours with a stop at Wetherby, and the old girl didn't miss a beat.",
          'volvo2',
        ],
        ['a', 'Welcome back! How were the Farnes?'],
        [
          'u',
          "Extraordinary. Thousands of puffins on Inner Farne, and the Arctic terns dive-bombed our heads exactly as promised. Puffin was a new bird for my year list, would you believe, I'd never seen one before.",
          'puffins',
        ],
        ['a', 'What a wonderful addition. The Farnes are one of the best places in Britain for them.'],
        [
          'u',
          'Geoffrey wore a tea cosy on his head for protection from the terns. I have photographs which I intend to use as blackmail.',
        ],
        ['a', 'Very wise. Both the tea cosy and the blackmail.'],
        [
          'u',
          'We stayed in Seahouses and ate rather too much fish and chips. My blood pressure will not thank me.',
        ],
        ['a', 'A few days of indulgence on holiday is usually fine, and the walking will have helped.'],
        [
          'u',
          'Could you help me write a short piece for our U3A newsletter about the trip? About 200 words, cheerful in tone.',
        ],
        [
          'a',
          "Here's a draft: 'In June, two retired teachers set out for the Farne Islands armed with binoculars, sandwiches and a certain optimism...' (and so on, describing the puffins, the terns and the boat trip from Seahouses).",
        ],
        [
          'u',
          "Lovely. Could you mention Geoffrey's tea cosy? He'll be mortified, which is rather the point.",
        ],
        [
          'a',
          "Added: 'Our geography correspondent protected himself from the terns with a knitted tea cosy, to the great amusement of the other passengers.'",
        ],
        [
          'u',
          "While I was away Derek watered my plot. The broad beans have blackfly, though. Is there a remedy that isn't chemical?",
        ],
        [
          'a',
          'Pinch out the tips where the blackfly cluster, and spray the rest with a weak solution of washing-up liquid in water. Ladybirds will help too.',
        ],
        ['u', "Washing-up liquid I have plenty of. I'll try that tomorrow morning before it gets hot."],
        ['a', 'Good plan. Early morning is best.'],
        ['u', 'By the way, the committee finally mended the trough. Pauline wrote me a very gracious note.'],
        ['a', 'The gentle email worked, then!'],
      ],
    },
    {
      start: '2024-07-08 16:20',
      lines: [
        [
          'u',
          'Good afternoon. I am drowning in courgettes. I planted four plants, which Derek warned me was three too many, and he was entirely right.',
        ],
        ['a', 'The classic allotment problem! They seem to double overnight.'],
        [
          'u',
          'Could you suggest a few things to do with them beyond giving them away? The neighbours have started hiding when they see me coming up the path.',
        ],
        [
          'a',
          'Three ideas: 1) courgette and lemon drizzle cake; 2) courgette chutney, which keeps for months; 3) grate and freeze them in portions for soups and sauces.',
        ],
        [
          'u',
          'The chutney, I think. It will make good Christmas presents and I have a cupboard full of jam jars Margaret never threw away.',
          'courgette-pick',
        ],
        [
          'a',
          'Lovely. A basic recipe: 1kg courgettes, 2 onions, 2 apples, 250g sultanas, 350g brown sugar, 500ml vinegar, mustard seed and ginger. Simmer for about 2 hours until thick.',
        ],
        ['u', 'Marvellous. I have cider vinegar, will that do instead of malt?'],
        ['a', 'Yes, cider vinegar works well and gives a slightly milder, fruitier chutney.'],
        [
          'u',
          "Some news: Tom rang on Sunday. He and his wife Fiona are expecting their first baby in the autumn. I'm delighted, and a little surprised he told me before anyone else.",
          'baby-news',
        ],
        ['a', "Congratulations, Grandad! That's wonderful news."],
        [
          'u',
          "They've invited me up to Edinburgh for Christmas to meet the baby. So that's where I'll be this year, at Tom and Fiona's flat in Morningside.",
          'xmas-edi1',
        ],
        ['a', 'What a lovely thing to look forward to.'],
        ['u', "I'll need to book the train well in advance. Is it usually cheaper to book early?"],
        [
          'a',
          'Yes. Advance tickets are released around 12 weeks ahead and are much cheaper. A Railcard for seniors takes a third off too.',
        ],
        [
          'u',
          "I have a Senior Railcard already, Clare bought it for me. She was a little put out about Christmas, as she'd hoped I'd go to them in Leeds, but Leeds is only a few hours away and I'll see them at half term.",
          'clare-leeds2',
        ],
        ['a', 'That sounds like a fair balance.'],
        ['u', 'Thank you. Now, back to my chutney. The kitchen will smell of vinegar for a week.'],
        ['a', 'A small price for a cupboard of Christmas presents. Enjoy!'],
      ],
    },
    {
      start: '2024-08-19 11:00',
      lines: [
        [
          'u',
          "Good morning. Some motoring news: the Volvo failed its MOT last week with a corroded subframe, and the garage said it wasn't worth repairing. So I've gone and bought a little Toyota Yaris hybrid, silver, three years old, from the dealer on Cromer Road. I collected it on Saturday.",
          'yaris1',
        ],
        ['a', "That's quite a change! How are you finding it?"],
        ['u', "It's very quiet. Disconcertingly so. I keep thinking it has stalled at the traffic lights."],
        [
          'a',
          "That's normal with a hybrid. At low speeds it runs on the electric motor, and the engine only starts when needed.",
        ],
        [
          'u',
          "The boot is much smaller, so the manure sacks will need rethinking. Perhaps I'll ask the farm at Taverham to deliver a load instead.",
        ],
        ['a', 'A delivered load is often cheaper per bag, and saves your back too.'],
        [
          'u',
          "Could you help me understand my insurance renewal? They've quoted £410, which seems a great deal for a small car.",
        ],
        [
          'a',
          "It's worth getting a couple of comparison quotes, checking your no-claims discount is applied, and asking whether a higher voluntary excess lowers the premium. Ringing to say you've had cheaper quotes often helps.",
        ],
        [
          'u',
          "I'll ring them and haggle. Margaret was always the haggler in our house. I used to leave the room.",
        ],
        ['a', 'Good luck! Be polite but firm, and have your comparison figures ready.'],
        ['u', "Hector approves of the new car. I suspect it's the heated seats."],
        ['a', 'A spaniel of taste.'],
        [
          'u',
          'On the allotment, the Pink Fir Apples are nearly ready. Any tips on storing them over winter?',
        ],
        [
          'a',
          'Lift them on a dry day, let the skins dry for a few hours, then store in hessian or paper sacks somewhere cool, dark and frost-free. Check them now and then for rot.',
        ],
        [
          'u',
          "The garage it is, then. It's cool and dark, and now there's no Volvo in it, there's plenty of room.",
        ],
        ['a', 'Perfect storage spot.'],
        [
          'u',
          "Oh, and I've started the chutney. The house smells of vinegar, and Brenda next door asked whether I'd taken up pickling professionally.",
        ],
        ['a', 'Perhaps a new career beckons!'],
      ],
    },
    {
      start: '2024-09-16 14:30',
      lines: [
        [
          'u',
          "Good afternoon. Forgive any typos, I had my cataract operation on the right eye last Thursday at the Norfolk and Norwich, and I'm still wearing the plastic shield at night.",
          'cataract',
        ],
        ['a', 'I hope it went smoothly. How is your vision?'],
        [
          'u',
          "Colours are astonishing. I hadn't realised how yellow the world had become. The goldfinches on my feeder look positively gaudy.",
        ],
        ['a', "That's a very common and delightful reaction after cataract surgery."],
        [
          'u',
          "I'm not allowed to drive for a little while, so Geoffrey has been ferrying me about in his enormous Land Rover.",
        ],
        ['a', "Good of him. Do follow the clinic's guidance on when it's safe to drive again."],
        [
          'u',
          'Family news: Clare and Mark have moved to Bristol. Mark got a post at the university there and they found a house in Bishopston. They moved in at the weekend, boxes everywhere.',
          'clare-bristol1',
        ],
        ['a', 'A big change for them! How are the children taking it?'],
        [
          'u',
          "It's further from Norwich than Leeds ever was, which is a shame, but the children seem thrilled. Sam has discovered there are dinosaur bones in the museum there.",
        ],
        ['a', 'That should help him settle in!'],
        [
          'u',
          'Would you help me write a card to welcome them into their new home? Something warm but not soppy.',
        ],
        [
          'a',
          "'Dear Clare, Mark, Poppy and Sam, welcome to your new home! I hope it fills quickly with happy noise. I can't wait to visit and be shown round properly. All my love, Dad and Grandad.'",
        ],
        [
          'u',
          'Very nice. Could you add a line for Poppy about the birds she might see in Bristol? The peregrines on the gorge, perhaps?',
        ],
        [
          'a',
          "Added: 'Poppy, keep your eyes open by the Avon Gorge. Peregrine falcons nest there, the fastest birds in the world.'",
        ],
        [
          'u',
          'Am I still all right to travel to Scilly on the 28th after the operation? The surgeon said two weeks for most things.',
        ],
        [
          'a',
          "It's best to confirm with the clinic, but two weeks is often enough for travel. Avoid getting water or dust in the eye and take your drops with you.",
        ],
        ['u', "I'll ring the clinic tomorrow to confirm. Thank you."],
        ['a', "You're welcome. I hope you're cleared in time."],
      ],
    },
    {
      start: '2024-10-07 09:50',
      lines: [
        [
          'u',
          "Good morning! I'm back from a week on St Mary's. Harbour Lights was every bit as lovely as I'd hoped, and Mrs Trescothick cooked the best breakfasts I've had in years.",
          'scilly-back',
        ],
        ['a', 'Welcome back! How was the birding?'],
        [
          'u',
          'The highlight was a hoopoe on the golf course at Porthloo, strutting about like a little pink-and-black peacock. Another first for me, and Geoffrey will be green with envy.',
          'hoopoe',
        ],
        ['a', 'A hoopoe! What a wonderful bird to see.'],
        [
          'u',
          "And even better news: Tom and Fiona's baby arrived on the 30th of September while I was on the island. A little girl, Isla Margaret, named partly for her grandmother, which made me weep into my kippers in the B&B dining room.",
          'isla',
        ],
        ['a', 'Oh, congratulations, Aldous. What a beautiful name and a beautiful tribute.'],
        [
          'u',
          'In the end I drove the Yaris down to Penzance rather than taking the train. I broke the journey at Exeter, and it did nearly sixty miles to the gallon, which the old car never dreamt of.',
          'yaris2',
        ],
        ['a', "That's excellent economy. Hybrids really shine on long runs like that."],
        [
          'u',
          "The eye is much improved. I could read the rings on a gull's leg through Geoffrey's telescope.",
        ],
        ['a', "That's a good test of sharp vision!"],
        [
          'u',
          "Could you help me tidy my Scilly sightings into a list for the county bird recorder? I'll give you the names.",
        ],
        ['a', 'Of course. Send them over with dates and places if you have them.'],
        [
          'u',
          'Red-breasted flycatcher at Holy Vale, three yellow-browed warblers in Lower Moors, a rose-coloured starling at Old Town, and of course the hoopoe.',
        ],
        [
          'a',
          "Here's a tidy list: species, count, site, and date columns, ready to send. Each rarity may need a short description if the recorder asks for one.",
        ],
        ['u', 'Splendid. My year list now stands at 201, a personal best.'],
        ['a', 'Congratulations! Two hundred in a year is a fine achievement.'],
        ['u', 'I owe it mostly to good company and a new eye.'],
        ['a', 'A winning combination.'],
      ],
    },
    {
      start: '2024-11-04 19:45',
      lines: [
        [
          'u',
          "Good evening. I've booked my train for Christmas: up to Edinburgh on the 21st and back on the 28th. Tom says the spare room is mine, though Isla may have opinions about sleep.",
          'xmas-edi2',
        ],
        ['a', 'That sounds lovely. Your first Christmas with your new granddaughter!'],
        ['u', "Could you suggest a Christmas present for a baby of three months that isn't plastic tat?"],
        [
          'a',
          'Some ideas: a soft cloth book, a wooden rattle, a knitted blanket, or a first board book to read aloud.',
        ],
        ['u', "A board book, I think. I'll find one about birds, naturally."],
        ['a', 'Start her young!'],
        [
          'u',
          "For Clare's family I'll post parcels down to Bristol. Poppy wants binoculars of her own. What would be a decent pair for a ten-year-old?",
          'clare-bristol2',
        ],
        [
          'a',
          'A compact 8x21 or 8x25 pair is light and easy for small hands. Opticron and Hawke both make good ones for under £60.',
        ],
        ['u', 'The Opticron sounds right. Not too dear, and Geoffrey swears by the brand.'],
        ['a', 'A great first pair.'],
        [
          'u',
          "The allotment is mostly put to bed. I've dug in the manure, which the farm delivered, as the Yaris boot simply isn't up to it.",
          'yaris3',
        ],
        ['a', 'Very sensible. The worms will do the rest over winter.'],
        [
          'u',
          "Derek has given me a crown of his rhubarb to plant. He says it's descended from his father's plants in the 1950s.",
        ],
        [
          'a',
          "What a lovely heirloom. Plant it now with the crown just at soil level in well-manured ground, and don't pull any stalks in the first year.",
        ],
        ['u', 'My blood pressure was 128 over 80 at my last check. The GP was pleased, and so was I.'],
        ['a', "That's a good reading. Well done."],
        ['u', 'Thank you. Now I must write my Christmas cards before I forget who I owe one to.'],
        ['a', 'Good luck with the list!'],
      ],
    },
    {
      start: '2024-12-02 10:30',
      lines: [
        [
          'u',
          "Good morning. Change of plan for Christmas. Tom rang: Isla has had a rotten cold and Fiona is exhausted, so rather than me travelling up, they're all coming down to me in Norwich. And Clare's lot are coming too! I'm hosting Christmas at home for the first time since Margaret died.",
          'xmas-home1',
        ],
        ['a', 'What a lovely turn of events, though quite a responsibility! How are you feeling about it?'],
        [
          'u',
          "Delighted and terrified in roughly equal measure. First, I'll need to cancel my train tickets. Can I get a refund?",
        ],
        [
          'a',
          'Advance tickets can now usually be refunded for a small fee or changed. Check with the retailer you booked through, as rules depend on the ticket type.',
        ],
        [
          'u',
          'Now the real terror: cooking Christmas dinner for eight. Margaret always did it. Could you help me plan?',
        ],
        [
          'a',
          'Of course. For the main, you could do: 1) a turkey crown with all the trimmings; 2) a roast goose; 3) a glazed ham with a smaller bird alongside.',
        ],
        [
          'u',
          "Let's go with the turkey crown. Goose is too rich, and Sam only eats things that are beige.",
          'dinner-pick',
        ],
        [
          'a',
          "A crown is easier to manage than a whole bird too. I'll put together a timetable working back from lunch at 2pm.",
        ],
        [
          'u',
          "Where shall I put everyone? I've three bedrooms. Tom's family can have the back bedroom, Clare and Mark the front, and the children camp beds in the study.",
        ],
        ['a', 'That sounds workable. A small nightlight in the study would help the children settle.'],
        ['u', 'Brenda next door has offered her spare room as well. Bless her.'],
        ['a', 'Kind neighbours are worth their weight in gold at Christmas.'],
        [
          'u',
          'The Yaris will be useful for collecting everyone from the station, though it will take two trips with all their luggage.',
          'yaris4',
        ],
        ['a', 'Two trips it is. Perhaps one for people and one for presents!'],
        [
          'u',
          "I'll put the courgette chutney out with the cheese board. Finally a purpose for all those jars.",
        ],
        ['a', 'Perfect. Homemade chutney always goes down well.'],
        ['u', 'Thank you. I feel almost calm.'],
        ['a', "You'll do wonderfully."],
      ],
    },
    {
      start: '2024-12-18 15:10',
      lines: [
        [
          'u',
          "Good afternoon. One week until the house fills up. I've ordered the turkey crown from the butcher on Earlham Road.",
        ],
        ['a', 'Excellent, one big job done.'],
        [
          'u',
          "Could you help me write a little note to pin on the fridge for my visitors? Where things are, the Wi-Fi password, and Hector's rules.",
        ],
        ['a', "Certainly. What are Hector's rules?"],
        [
          'u',
          "No feeding him from the table, no letting him into the study, and his walk is at seven sharp. He's twelve now and very set in his ways.",
        ],
        [
          'a',
          "Here's a note: 'Welcome! Towels are in the airing cupboard, tea and coffee in the left cupboard, Wi-Fi details below. Hector's rules: no table scraps, no study, walk at 7am sharp. Enjoy your stay!'",
        ],
        [
          'u',
          "Everyone arrives on the 23rd: Tom, Fiona and Isla on the train from Edinburgh, and Clare's lot driving up from Bristol. It will be the first Christmas the whole family has spent under my roof since 2020.",
          'xmas-home2',
        ],
        ['a', "That's going to be very special."],
        [
          'u',
          "Hector went to the vet this morning for his arthritis. She's put him on a joint supplement. £48, ouch.",
        ],
        ['a', 'Joint supplements can make a real difference for older dogs. I hope it helps him.'],
        ['u', 'Could you recommend a festive non-alcoholic drink for Clare, who will be driving?'],
        [
          'a',
          'A mulled apple punch: apple juice warmed with cinnamon, cloves, orange slices and a little ginger. Or a cranberry and lime spritzer.',
        ],
        [
          'u',
          "The mulled apple sounds ideal. I'll make a big pan of it and the house will smell of cinnamon instead of vinegar for once.",
        ],
        ['a', 'A definite improvement!'],
        ['u', 'Geoffrey is coming for Boxing Day lunch too. I hope he brings his tea cosy.'],
        ['a', 'It would complete the occasion.'],
        [
          'u',
          "Thank you for all your help this year. You've been a patient companion for a rambling old man.",
        ],
        ['a', "It's been a pleasure, Aldous. Have a wonderful Christmas."],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What number is my allotment plot?', ['plot']],
    ['single-hop', 'Where did I teach before I retired?', ['school']],
    ['single-hop', "Where did I stay on St Mary's?", ['scilly-pick', 'scilly-back']],
    ['single-hop', 'What did I decide to do with my glut of courgettes?', ['courgette-pick']],
    ['single-hop', 'What breed is Hector?', ['dog']],
    ['multi-hop', 'How many grandchildren have I got now, and what are they called?', ['grandkids1', 'isla']],
    [
      'multi-hop',
      'Which birds did I see for the very first time on my trips away from Norfolk this year?',
      ['puffins', 'hoopoe'],
    ],
    [
      'temporal',
      'How many months ago did I at last get a proper sighting of a bittern?',
      ['bittern'],
      { askedAt: '2025-01-10 10:00' },
    ],
    [
      'temporal',
      'Which came first, my eye surgery or my holiday on Scilly?',
      ['cataract', 'scilly-back'],
      { askedAt: '2025-01-10 10:05' },
    ],
    [
      'updated',
      'What car am I driving at the moment?',
      ['yaris1', 'yaris2', 'yaris3', 'yaris4'],
      { stale: ['volvo1', 'volvo2'] },
    ],
    [
      'updated',
      'Which city does my daughter live in?',
      ['clare-bristol1', 'clare-bristol2', 'xmas-home2'],
      { stale: ['clare-leeds', 'clare-leeds2'] },
    ],
    [
      'updated',
      'Where am I spending Christmas?',
      ['xmas-home1', 'xmas-home2'],
      { stale: ['xmas-edi1', 'xmas-edi2'] },
    ],
    ['off-topic', 'Who composed the opera Carmen?', []],
    ['off-topic', 'How do they assemble those enormous tower cranes on building sites?', []],
    ['off-topic', 'What is the best way to get a red wine stain out of a carpet?', []],
  ],
});

import { definePersona } from '../author.ts';

export const marguerite = definePersona({
  user_id: 'h14-marguerite',
  name: 'Marguerite',
  summary:
    'Marguerite is a 61-year-old French-Canadian reference librarian in Quebec City who birdwatches and looks after her elderly mother; she writes gentle, polite English sprinkled with French words.',
  language: 'en',
  sessions: [
    {
      start: '2024-09-08 10:15',
      lines: [
        [
          'u',
          "Bonjour! I hope you can help me with a small email. I'm a reference librarian at the Monique-Corriveau library in Sainte-Foy, and I'm putting together a little display on fall migration for September.",
          'job',
        ],
        ['a', "Bonjour! I'd be glad to help. Who is the email for, and what would you like it to say?"],
        [
          'u',
          "It's for my colleagues on the floor. I'd like them to send patrons to me if they have questions about birds, and to please not move the binoculars I put in the display case, haha.",
        ],
        [
          'a',
          "Here's a draft:\n\nSubject: Fall migration display\n\nHi everyone, the new display near the entrance is all about fall migration. If patrons ask about birds, please send them my way at the reference desk. One small request: please leave the binoculars in the case where they are. Thank you! — Marguerite",
        ],
        [
          'u',
          "That's lovely, merci. Maybe a little less formal? We're a small team, only seven of us, we all know each other very well.",
        ],
        [
          'a',
          "Of course: « Hi all! The migration display is up by the entrance. If anyone asks about birds, send them to me at the desk. And please don't move the binoculars in the case, they're placed just so! Merci — M. »",
        ],
        ['u', "Parfait, that sounds like me. I'll send it tomorrow morning before the doors open."],
        ['a', 'Sounds like a good plan.'],
        [
          'u',
          'May I ask you something else? My mother is 88 and she still lives alone in her apartment in Limoilou. I go over every evening after work to make her supper. Her doctor wants her under 1500 mg of sodium a day. Do you have ideas for simple low-salt soups?',
          'mom_home_1',
        ],
        [
          'a',
          'Certainly. A few ideas:\n1. Red lentil and carrot soup with cumin and lemon\n2. Chicken and barley soup with lots of herbs instead of salt\n3. Roasted squash soup with ginger\nAll three work with a no-salt-added broth.',
        ],
        [
          'u',
          'The lentil one, I think. She adores lentils, she used to make them all the time when I was little. Does it freeze well?',
          'soup_pick',
        ],
        [
          'a',
          'Yes, it freezes very well for up to three months. Freeze it in single portions so you can thaw just what she needs.',
        ],
        ['u', "Wonderful. I'll make a big pot on Sunday and fill the little containers."],
        ['a', 'That will save you a lot of evenings.'],
        ['u', 'Pruneau will be disappointed, he always gets a bit of chicken when I make the other soup 😊'],
        ['a', 'Is Pruneau your cat?'],
        [
          'u',
          "Yes, my big grey tabby. He's eleven and terribly spoiled, he sleeps on my reading chair and I sit on the sofa.",
          'cat',
        ],
        ['a', "Sounds like he's trained you well!"],
        [
          'u',
          "Ha, c'est vrai. Okay, I must go, the snow geese are starting to come back to Cap Tourmente and I want to see them this afternoon.",
        ],
        ['a', 'Enjoy the geese!'],
      ],
    },
    {
      start: '2024-09-29 19:40',
      lines: [
        [
          'u',
          'Good evening. I run a book club for adults at the library and I need to choose our November book. Could you suggest a few novels by Quebec authors that are good for discussion?',
        ],
        [
          'a',
          'Some options:\n1. Kukum by Michel Jean\n2. La femme qui fuit by Anaïs Barbeau-Lavalette\n3. Le plongeur by Stéphane Larue\n4. Ru by Kim Thúy',
        ],
        [
          'u',
          'We read Ru two years ago, everyone loved it. I think Kukum would be perfect, and there are several copies in the network.',
          'book_pick',
        ],
        [
          'a',
          'Kukum is a great choice, there is a lot to talk about: family memory, the land, the changes in Innu life.',
        ],
        [
          'u',
          'We meet on Tuesday evenings at 6:30 in the small room on the second floor. Usually about twelve people, mostly retired ladies and one very opinionated gentleman, Monsieur Fortin 😄',
          'club_1',
        ],
        ['a', 'Every club needs one! Would you like some discussion questions for Kukum?'],
        ['u', 'Yes please, maybe five or six.'],
        [
          'a',
          '1. What does the title mean to you by the end?\n2. How does Almanda change after joining the Innu family?\n3. What is lost when the forest is opened up?\n4. How does the author mix history and fiction?\n5. Which scene stayed with you the most?\n6. Does the book change how you see the region?',
        ],
        ['u', "Merci, these are very good. I'll print them on Monday."],
        ['a', "You're welcome!"],
        [
          'u',
          "Also, I'm starting to think seriously about retirement. I'd like to stop at the end of June next year, when I'll have 34 years at the library.",
          'ret_1',
        ],
        [
          'a',
          'That is a big milestone. Is there anything you want to plan for: the pension, the timing, the paperwork?',
        ],
        [
          'u',
          "Mostly the pension. I have a defined benefit plan through work, but the letter they sent me is full of words I don't understand. What does 'bridge benefit' mean?",
        ],
        [
          'a',
          'A bridge benefit is a temporary extra amount paid from the day you retire until 65, when your government pensions (QPP and Old Age Security) are expected to start. It "bridges" the gap, then stops.',
        ],
        ['u', "Ah, that makes sense. I'm 61, so I would get it for a few years then."],
        ['a', 'Exactly. The letter should show the amount with and without it.'],
        [
          'u',
          'My brother Jacques retired last year in Montreal and he says he has never been so busy lol. He volunteers at the Biodôme now.',
          'brother',
        ],
        ['a', "That's a very common story! Retirees often find their calendars fill up fast."],
        [
          'u',
          "I'd like to do the same kind of thing, maybe with a bird banding station. Bon, I'll let you go, I still have to call Maman before she goes to bed.",
        ],
        ['a', 'Good night, Marguerite!'],
      ],
    },
    {
      start: '2024-10-20 14:05',
      lines: [
        [
          'u',
          "Hello. It's been a difficult week. Maman fell in her kitchen on Thursday evening, just before I arrived. She waited on the floor for almost twenty minutes.",
          'fall',
        ],
        ['a', "I'm so sorry. Is she alright?"],
        [
          'u',
          'She has a bad bruise on her hip but nothing broken, thank God. The doctor at Enfant-Jésus said she was lucky.',
        ],
        ['a', "That's a relief. Falls are frightening, for her and for you."],
        [
          'u',
          "The problem is the apartment. It's on the third floor with no elevator, and she insists on climbing the stairs with her groceries. I worry all day at work now.",
          'mom_home_2',
        ],
        [
          'a',
          'That is understandable. A few things could help: a medical alert pendant, a home care assessment from the CLSC, and grocery delivery so she carries less.',
        ],
        ['u', 'I think the alert pendant first. Which kind is good?'],
        [
          'a',
          'Look for one with automatic fall detection, a waterproof button she can wear in the shower, and a monitoring centre that answers in French.',
        ],
        [
          'u',
          "I'll ask the CLSC too, a social worker is supposed to call me this week. Mme Bouchard, I think.",
        ],
        ['a', 'Good idea, they can also tell you what services she is entitled to.'],
        [
          'u',
          'On a happier note, my son Olivier called, he sends photos of the girls every Sunday. Léa just turned six and Romy is three.',
          'grand_a',
        ],
        ['a', 'How lovely! Where does Olivier live?'],
        [
          'u',
          "In Vancouver, for twelve years now. He's an engineer for the port there. I miss him, but I visit every summer.",
          'son',
        ],
        ['a', "That's a long way, but the Sunday photos must help."],
        [
          'u',
          "Can you help me write a short card for Léa's birthday? In French, simple words, she's learning to read in both languages.",
        ],
        [
          'a',
          "Bien sûr: « Bonne fête ma belle Léa! Six ans, c'est grand! Je t'envoie plein de bisous de Québec. Je t'aime fort. Grand-maman Marguerite »",
        ],
        [
          'u',
          "Oh c'est mignon. Maybe add something about the birds, she loves the chickadees I showed her last summer.",
        ],
        ['a', '« … Les mésanges de ma cour te disent bonjour aussi! »'],
        ['u', "Perfect. Merci, you're a great help."],
        ['a', 'Take care of yourself too this week.'],
      ],
    },
    {
      start: '2024-11-10 09:30',
      lines: [
        [
          'u',
          'Good morning! I started physiotherapy for my knee on Wednesday. The left one has been clicking and aching on the stairs since the summer.',
          'physio',
        ],
        ['a', 'Good that you are having it looked at. What did the physiotherapist say?'],
        [
          'u',
          'She thinks it is early arthritis. I have exercises every morning: straight leg raises, little squats against the wall, and the stationary bicycle.',
        ],
        [
          'a',
          'Those are classic and they work well if you keep at them. Go gently and stop if there is sharp pain.',
        ],
        ['u', 'Could you make me a little schedule to put on the fridge? I do better with lists.'],
        [
          'a',
          'Morning routine:\n- 5 min bicycle warm-up\n- Straight leg raises: 3 x 10 each leg\n- Wall squats: 3 x 8, shallow\n- 5 min bicycle cool-down\nTick a box each day!',
        ],
        [
          'u',
          'My colleague Hélène surprised me this week with the second edition of the Sibley guide. She found it in a used bookstore on rue Saint-Jean, for no reason, just because. I almost cried.',
          'sibley',
        ],
        ['a', 'What a thoughtful gift!'],
        ['u', "She's like that. We've shared the reference desk for twenty years."],
        ['a', 'Twenty years! That is a real friendship.'],
        [
          'u',
          "I'll try the guide this afternoon at the Domaine de Maizerets if my knee lets me. My old Bushnell binoculars are getting foggy inside though, I've had them since 1998.",
        ],
        [
          'a',
          'Fogging on the inside usually means the seals have failed, which is hard to fix on older models.',
        ],
        [
          'u',
          'Maybe I will treat myself for Christmas. What should I look for, for an older lady who wears glasses?',
        ],
        [
          'a',
          'An 8x42 is a good all-round choice. Look for long eye relief (15 mm or more), twist-up eyecups, waterproofing and a weight under 700 g.',
        ],
        ['u', 'Eye relief, I never knew there was a word for it. Thank you.'],
        ['a', "You're welcome. A shop will let you try them with your glasses on."],
        [
          'u',
          'Maman got her alert pendant, by the way. She wears it on a cord, grumbling the whole time, but she wears it.',
        ],
        ['a', "That's the most important part!"],
        ['u', 'Bon, to my exercises. Have a nice Sunday.'],
        ['a', 'You too!'],
      ],
    },
    {
      start: '2024-12-01 16:20',
      lines: [
        [
          'u',
          "Hello! Can you help me with my tourtière? I make my grandmother's recipe every year but this year I want a version with less salt for Maman.",
        ],
        ['a', 'Sure. What goes into your usual recipe?'],
        [
          'u',
          'Pork and veal, cinnamon, clove and a bit of savory. Usually a lot of salt and some salted pork fat.',
        ],
        [
          'a',
          'Try skipping the salt pork, adding more onion and garlic, some sage, and a splash of apple cider to keep it moist. A little mustard also gives flavour without much salt.',
        ],
        ['u', "Apple cider, interesting. I'll try that."],
        ['a', 'Let me know how it turns out!'],
        [
          'u',
          "The Christmas bird count for our circle is on December 14th. I've done it every year since 2006, I have the sector along the Saint-Charles river.",
          'cbc',
        ],
        ['a', 'What a tradition! Eighteen years of data from the same sector is valuable.'],
        [
          'u',
          'It is usually very cold, minus twenty sometimes. What should I wear so my fingers do not freeze when I write?',
        ],
        [
          'a',
          'Thin liner gloves under mittens you can flip open, chemical hand warmers in your pockets, and a pencil instead of a pen.',
        ],
        ['u', 'Pencil, yes, pens freeze, I learned that the hard way!'],
        ['a', 'A classic lesson!'],
        [
          'u',
          "Book club is going well, Kukum was a success. Our last Tuesday before the holidays is the 17th, I'm bringing sucre à la crème.",
          'club_2',
        ],
        ['a', 'That will be popular.'],
        [
          'u',
          "And I told my director that I'm leaving at the end of June. It felt strange saying it out loud.",
          'ret_2',
        ],
        ['a', "That's a big step. How did she take it?"],
        ['u', 'She asked me to think about a small party. I said maybe, if there is no speech lol.'],
        ['a', 'A party without speeches sounds perfect.'],
        ['u', "Okay, I'll go get the pork. Merci!"],
        ['a', 'Bonne cuisine!'],
      ],
    },
    {
      start: '2024-12-22 11:00',
      lines: [
        [
          'u',
          'Joyeuses fêtes! The bird count was last Saturday, very cold but beautiful. We had a flock of Bohemian waxwings in the mountain ash trees, over 200!',
        ],
        ['a', 'Over 200 waxwings! What a sight.'],
        [
          'u',
          "And I did it: I bought new binoculars. Nikon Monarch M7 8x42, $420 at the shop on boulevard Hamel. They're so bright, I can see everything.",
          'bino_price',
        ],
        ['a', "Congratulations! That's a very good model."],
        ['u', 'The salesman said they are good with glasses, which was the most important thing for me.'],
        ['a', 'Yes, the eye relief on the M7 is generous.'],
        [
          'u',
          'Big news too: Olivier and his wife Priya are expecting a third baby! Due at the beginning of April.',
          'preg',
        ],
        ['a', 'Félicitations, grand-maman!'],
        [
          'u',
          "I want to knit a blanket. Can you suggest an easy pattern for someone who hasn't knit since 1990?",
        ],
        [
          'a',
          'Three easy options:\n1. Plain garter stitch, knit every row\n2. Basketweave, alternating blocks of knit and purl\n3. Simple chevron stripes',
        ],
        ['u', "The garter stitch one, I can't count well anymore in the evening lol", 'knit_pick'],
        ['a', 'Garter stitch is relaxing and very soft for a baby.'],
        [
          'u',
          'Maman is spending Christmas with me this year. She will sleep in my guest room for a week and the CLSC nurse will come here instead.',
        ],
        ['a', 'That will be a nice time together.'],
        [
          'u',
          "I'm a bit tired, honestly. Between work, Maman and the house, I don't have much time for myself.",
        ],
        [
          'a',
          'Caregiving is exhausting. There are caregiver support groups and respite services that could give you some time.',
        ],
        ['u', "Maybe L'Appui has something for caregivers. I'll look after the holidays."],
        ['a', 'Good idea, they list local services.'],
        ['u', 'Thank you for listening. Joyeux Noël!'],
        ['a', 'Joyeux Noël, Marguerite!'],
      ],
    },
    {
      start: '2025-01-19 08:50',
      lines: [
        [
          'u',
          'I saw a snowy owl this morning!! In the fields near the airport, sitting on a fence post like a little snowman. My first one this winter.',
          'owl',
        ],
        ['a', 'How wonderful!'],
        [
          'u',
          'With the new binoculars I could see the dark bars on her feathers, so I think a young female.',
        ],
        ['a', 'Heavily barred birds are usually females or young ones, good eye!'],
        [
          'u',
          'The neck strap was hurting though, so I ordered a harness, the kind that goes over both shoulders. $38 on the Vortex website, it fits all brands.',
          'harness',
        ],
        ['a', 'Harnesses make a big difference on long walks.'],
        [
          'u',
          "Maman and I had a serious talk this week. She's thinking of moving to a seniors' residence. She says herself that the stairs at her place are too much now.",
          'mom_consider',
        ],
        ['a', "That's a big decision, and it's good it comes from her."],
        [
          'u',
          'We visited two places: one in Charlesbourg near the Trait-Carré, and one in Beauport. Can you help me compare? I wrote down the prices.',
        ],
        ['a', 'Of course, tell me what you noted.'],
        [
          'u',
          'Charlesbourg: $2,850 a month, three meals, a nurse on site 24 hours, small balcony. Beauport: $2,400, two meals only, a nurse during the day, but closer to my house.',
        ],
        [
          'a',
          'Beauport is cheaper and closer, but Charlesbourg offers round-the-clock nursing, which matters after a fall. The extra meal also adds up if she cooks less.',
        ],
        [
          'u',
          "Maman liked Charlesbourg better because of the garden and the little chapel. I think we'll go with that one.",
          'res_pick',
        ],
        ['a', 'Sounds like a good choice for her.'],
        ['u', 'There is a waiting list, but the lady said a room might open in February.'],
        ['a', 'Fingers crossed.'],
        ['u', 'I feel guilty, you know. She took care of me all my life.'],
        ['a', 'That feeling is very normal. Helping her find a safe place is also taking care of her.'],
        ['u', "Merci. I'll go warm up, my toes are still frozen from the owl expedition 😊"],
        ['a', 'Enjoy a hot tea!'],
      ],
    },
    {
      start: '2025-02-09 13:15',
      lines: [
        [
          'u',
          "Well, it's done. Maman moved into her room at Les Jardins du Trait-Carré in Charlesbourg last Saturday. My brother came from Montreal to help with the boxes.",
          'mom_home_new',
        ],
        ['a', 'What a big week. How is she settling in?'],
        [
          'u',
          'She has a view of the garden and she already made a friend, a lady from Saint-Sauveur who also plays cards.',
        ],
        ['a', "That's a very good start."],
        ['u', 'Now I have to give away a lot of furniture. What is a good way to do that here?'],
        [
          'a',
          'Options: Facebook Marketplace, a donation to Renaissance or the Saint-Vincent-de-Paul society, or a local buy-nothing group.',
        ],
        ['u', 'Renaissance, I think, they pick up. And it is a good cause.'],
        ['a', 'Good choice, book the pickup a week ahead.'],
        [
          'u',
          'Another change: the book club moves to Wednesday evenings starting this month. The knitting circle took our Tuesday room, and honestly they were there first lol.',
          'club_new',
        ],
        ['a', 'Fair enough! Do you need to tell the members?'],
        [
          'u',
          'Yes, could you help me write a note? Same time, 6:30, same room, only the day changes to Wednesday.',
          'club_new_b',
        ],
        [
          'a',
          'Chers membres, à partir de février, notre club de lecture se réunira le mercredi soir, toujours à 18 h 30, dans la même salle au 2e étage. Au plaisir de vous voir! — Marguerite',
        ],
        ['u', "Good, I'll add that Monsieur Fortin is not allowed to choose the March book 😄"],
        ['a', 'Ha, he will love that.'],
        [
          'u',
          'My knee is much better by the way, the physio says I can stop in March if I keep doing the exercises.',
        ],
        ['a', "That's great progress."],
        [
          'u',
          "Without the evening visits, I have my evenings back. It's strange. I made myself a real supper last night, salmon and rice.",
        ],
        ['a', 'You deserve some evenings for yourself.'],
        ['u', "Yes. I think I'll go to the winter market this afternoon. À bientôt!"],
        ['a', 'À bientôt!'],
      ],
    },
    {
      start: '2025-03-09 10:40',
      lines: [
        [
          'u',
          'Hello! I want to plan a birding trip in mid-May for the warbler migration. I have about a week. What would you suggest that I can reach by car from Quebec City?',
        ],
        [
          'a',
          'Three ideas:\n1. Point Pelee National Park, Ontario: about 11 hours, famous for warbler fallouts\n2. Magee Marsh, Ohio: about 13 hours, the boardwalk and the Biggest Week festival\n3. Tadoussac and the Côte-Nord: 3 hours, seabirds, dunes and whales',
        ],
        [
          'u',
          "Tadoussac I've done many times. I think the first one. I've dreamed of it for years and I can stop in Kingston to see my friend Lise on the way.",
          'trip_pick',
        ],
        ['a', 'Great choice. Mid-May is the peak there.'],
        ['u', 'Can you help me find a place to stay in Leamington? Something quiet, not too expensive.'],
        [
          'a',
          'In Leamington you could look at a small B&B near the park road, a motel on the main street, or a cottage rental on the lake for the week.',
        ],
        ['u', "The B&B sounds nice, I'll look tonight."],
        ['a', 'Book soon, May fills up with birders.'],
        [
          'u',
          "Also, a change for retirement. My director asked me to stay until December to train the person who will replace me, because they can't post the job before the fall. So now I'm leaving at the end of December instead.",
          'ret_new',
        ],
        ['a', 'That is a big change. How do you feel about it?'],
        ['u', "I said yes, I'm not really in a hurry. And a few more months of salary won't hurt lol."],
        ['a', "That's a healthy way to see it."],
        ['u', 'Do you think it changes the bridge benefit we talked about?'],
        [
          'a',
          'Probably only slightly, since it depends on your age and years of service at retirement. The pension office can give you exact numbers.',
        ],
        ['u', "I'll call them. And Pruneau has to go to the vet on Thursday, he's not eating much."],
        ['a', 'I hope it is nothing serious.'],
        ['u', "Probably his teeth, he's getting old. Merci beaucoup for your help with everything."],
        ['a', 'Anytime!'],
      ],
    },
    {
      start: '2025-04-06 15:30',
      lines: [
        [
          'u',
          "He's here! Olivier's baby was born on Thursday night, a little boy, Émile, 7 pounds 3 ounces.",
          'grand_b',
        ],
        ['a', 'Congratulations! Welcome, Émile!'],
        ['u', 'The girls are very proud, Olivier sent a video of them holding him.'],
        ['a', 'That must be adorable.'],
        ['u', "I'm finishing the blanket just in time lol. I'll mail it tomorrow."],
        ['a', 'It will be a lovely gift.'],
        ['u', 'I went to tell Maman at her residence in Charlesbourg, she cried with joy.', 'mom_home_new2'],
        ['a', 'What a beautiful moment.'],
        [
          'u',
          "Pruneau's news is better too: it was a bad tooth, they removed it and he's eating like a little pig again.",
        ],
        ['a', "I'm glad he is better!"],
        [
          'u',
          "Book club is this Wednesday and we're reading Le Survenant, an old classic. Can you give me a few lines to introduce it?",
          'club_new2',
        ],
        [
          'a',
          'Le Survenant (1945), by Germaine Guèvremont, tells of a mysterious stranger who arrives one autumn at a farm in Chenal du Moine. He works hard, charms some and disturbs others, and his restlessness shakes up a closed rural world.',
        ],
        ['u', 'Very good. I will add that it was on TV when we were children, everyone will remember.'],
        ['a', 'That will start the conversation nicely.'],
        [
          'u',
          'Oh, and I booked the B&B in Leamington for May 11 to 17. It has a garden with feeders!',
          'bnb',
        ],
        ['a', 'Perfect for a birder!'],
        ['u', 'I need to find someone for Pruneau while I am away. My neighbour Mme Gagnon might do it.'],
        ['a', 'Ask her early, she will appreciate it.'],
      ],
    },
    {
      start: '2025-05-04 09:10',
      lines: [
        [
          'u',
          "One week before Point Pelee! Can you help me make a packing list? I'm driving, stopping one night in Kingston.",
          'trip_2',
        ],
        [
          'a',
          'Packing list:\n- Binoculars and harness\n- Field guide\n- Layers, hat, rain jacket\n- Waterproof walking shoes\n- Sunscreen and bug spray\n- Snacks and a water bottle\n- Notebook and pencil',
        ],
        ['u', "Add my knee brace, in case there's a lot of walking on the trails."],
        ['a', 'Added!'],
        ['u', 'And the forecast looks wet. Are my new binoculars waterproof? I never asked.'],
        ['a', 'Yes, the Monarch M7 is waterproof and nitrogen-filled, so it will not fog up in the rain.'],
        ['u', "Good. Mme Gagnon said yes for Pruneau, she'll come twice a day. I want to leave her a list."],
        ['a', 'Would you like me to write it?'],
        [
          'u',
          'Yes please. Half a can in the morning, dry food at night, fresh water, no medicine now. The vet number is on the fridge.',
        ],
        [
          'a',
          'For Mme Gagnon:\n- Morning: half a can of wet food\n- Evening: dry food\n- Fresh water twice a day\n- No medication\n- Vet number: on the fridge\nMerci mille fois!',
        ],
        ['u', 'Lovely. Maman is a bit worried about me driving so far alone.'],
        ['a', 'Maybe you could call her each evening from the B&B.'],
        [
          'u',
          'The warblers I most want to see are the Cerulean and the Prothonotary. Are they common there?',
        ],
        [
          'a',
          'Prothonotary warblers are seen most years in May near the tip and the marsh; Cerulean is rarer, so it takes some luck.',
        ],
        ['u', "I'll be patient then. Thank you for everything, I'll tell you what I saw!"],
        ['a', 'Have a wonderful trip!'],
      ],
    },
    {
      start: '2025-06-01 18:45',
      lines: [
        [
          'u',
          "I'm back! Point Pelee was magical. 27 species of warblers in five days, including a Prothonotary right at the tip.",
          'trip_3',
        ],
        ['a', "27 species! That's incredible."],
        ['u', "No Cerulean, but that's a reason to go back lol."],
        ['a', 'Always leave one for next time!'],
        [
          'u',
          'Can you help me write a thank you note to Lise in Kingston? She fed me and let me sleep in her sewing room.',
        ],
        [
          'a',
          "Chère Lise, merci mille fois pour ton accueil! Ton souper, ton lit douillet et nos bavardages ont été le plus beau début de voyage. J'ai hâte de te rendre la pareille à Québec. Je t'embrasse, Marguerite",
        ],
        [
          'u',
          "Merci. Back at work, we started interviewing for my replacement. I still can't believe that by Christmas I'll be done, after 34 years.",
          'ret_new2',
        ],
        ['a', "It's a big chapter closing."],
        ['u', 'The candidates are all so young! One of them asked if we still have a card catalogue, haha.'],
        ['a', 'Ha! Maybe in a drawer somewhere?'],
        [
          'u',
          "I want to leave good notes for whoever gets the job. What's a good way to organize a handover document?",
        ],
        [
          'a',
          'Sections: 1. Daily tasks, 2. Collections and where things are, 3. Key contacts, 4. Recurring events and deadlines, 5. Tips and unwritten rules.',
        ],
        [
          'u',
          'Good idea, I will start with the local history collection, nobody else knows where anything is.',
        ],
        ['a', 'That will be invaluable.'],
        [
          'u',
          'Maman is doing well at the residence, she even joined the choir. So all is good. Bonne soirée!',
          'mom_home_new3',
        ],
        ['a', 'Bonne soirée, Marguerite!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'How old is my cat?', ['cat']],
    [
      'single-hop',
      'Which soup did I decide to cook for my mother when she had to cut back on salt?',
      ['soup_pick'],
    ],
    ['single-hop', 'Which coworker surprised me with a bird book?', ['sibley']],
    ['single-hop', 'What does my son do for a living?', ['son']],
    ['single-hop', 'Where did I choose to go for my spring warbler trip?', ['trip_pick', 'trip_2', 'trip_3']],
    [
      'multi-hop',
      'How much did I spend altogether on my new birding optics and the thing I bought to carry them comfortably?',
      ['bino_price', 'harness'],
    ],
    ['multi-hop', 'What are the names of all my grandchildren?', ['grand_a', 'grand_b']],
    ['temporal', 'How long ago did I spot the snowy owl?', ['owl'], { askedAt: '2025-06-20 10:00' }],
    [
      'temporal',
      'Did my mother have her accident at home before or after I began treatment for my knee?',
      ['fall', 'physio'],
      { askedAt: '2025-06-20 10:05' },
    ],
    [
      'updated',
      'Where is my mother living these days?',
      ['mom_home_new', 'mom_home_new2', 'mom_home_new3'],
      { stale: ['mom_home_1', 'mom_home_2', 'mom_consider'] },
    ],
    ['updated', 'When am I planning to retire?', ['ret_new', 'ret_new2'], { stale: ['ret_1', 'ret_2'] }],
    [
      'updated',
      'What evening does my library reading group meet on?',
      ['club_new', 'club_new_b', 'club_new2'],
      { stale: ['club_1', 'club_2'] },
    ],
    ['off-topic', 'How do I turn a Word document into a PDF?', []],
    ['off-topic', 'What is the tallest mountain in Africa?', []],
    ['off-topic', 'How can I get candle wax out of a tablecloth?', []],
  ],
});

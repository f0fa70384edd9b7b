import { definePersona } from '../author.ts';

export const dulcie = definePersona({
  user_id: 'h15-dulcie',
  name: 'Dulcie',
  summary:
    'Dulcie, 52, is the principal of a primary school in Hobart, sings alto in a community choir and looks after her elderly father; she writes warm, organised, chatty messages with Aussie slang.',
  language: 'en',
  sessions: [
    {
      start: '2024-02-03 09:15',
      lines: [
        [
          'u',
          'Morning! First staff day is Monday and I am only just getting to the welcome newsletter. Can you help me draft something warm but not too long?',
        ],
        ['a', 'Of course! What would you like in it: key dates, new staff, a message from you?'],
        [
          'u',
          'Key dates, our two new teachers (Priya in grade 2 and Tom doing PE), and a bit about the kitchen garden. We are Lenah Valley Primary, about 340 kids.',
          'school',
        ],
        [
          'a',
          'Lovely. Here is a draft: "Welcome back to a brand new year at Lenah Valley Primary! We are delighted to welcome Priya and Tom to our team..."',
        ],
        [
          'u',
          'That is gorgeous, maybe trim the second paragraph a bit. Sixth year in the job and I still get first-day butterflies, ha',
        ],
        [
          'a',
          'Trimmed version: "Welcome back! This year we welcome Priya (Grade 2) and Tom (PE). Our kitchen garden is bursting with tomatoes..." Butterflies just mean you care!',
        ],
        ['u', 'Perfect, copying that in now.'],
        ['a', 'Great. Anything else for the newsletter, like a reminder about hats or the first assembly?'],
        ['u', 'Oh yes hats, no hat no play. Sun is brutal this year. Add a line?'],
        ['a', 'Added: "A friendly reminder that our No Hat, No Play rule is back in force all of Term 1."'],
        [
          'u',
          'Done. Now a personal one. Any tips for getting a kelpie to stop barking at the bin truck? Biscuit goes absolutely feral every Thursday morning',
          'dog',
        ],
        [
          'a',
          'Kelpies are very alert working dogs. Try pairing the truck sound with treats, giving her a job (a mat to go to), and plenty of exercise before bin day.',
        ],
        ['u', 'The treat thing might work, she is extremely food motivated. Steals toast off plates.'],
        ['a', 'Then she will learn fast! Keep the treats high value, like little bits of cheese.'],
        [
          'u',
          "Also popping over to Dad's after this. He's still in his own place in New Town, the old weatherboard I grew up in, and won't hear of moving",
          'dad-home1',
        ],
        ['a', 'That can be a tricky balance. How is he managing on his own?'],
        [
          'u',
          'Mostly ok. Carers come Monday, Wednesday and Friday and I do his shopping on weekends. He is 84, sharp as a tack some days, foggy on others.',
        ],
        [
          'a',
          'That is a lot on your plate alongside a school. Make sure you get some time for yourself too.',
        ],
        [
          'u',
          "It is, but he's my dad, you know? Right, off to Salamanca market for berries first. Thanks love!",
        ],
        ['a', 'Enjoy the market, and good luck on Monday!'],
      ],
    },
    {
      start: '2024-02-20 21:40',
      lines: [
        [
          'u',
          "Just got home from choir, first rehearsal of the year! Southern Voices is back every Tuesday night at St David's hall",
          'choir-tue1',
        ],
        ['a', 'Welcome back! What are you working on this season?'],
        [
          'u',
          'Fauré Requiem for the winter concert. I sing alto, we always get the boring middle lines lol but I love it',
          'alto',
        ],
        ['a', 'The altos hold the harmony together, nothing boring about that! The Fauré is beautiful.'],
        [
          'u',
          'Can you help with Latin pronunciation? "Pie Jesu Domine, dona eis requiem". Our director wants Italianate style',
        ],
        [
          'a',
          'In Italianate (church) Latin: "PEE-eh YAY-zoo DOH-mee-neh, DOH-nah EH-ees REH-kwee-em". J is like Y, and "c" before e or i is "ch".',
        ],
        ['u', 'Ahh so that is why she keeps saying "ch" in the Agnus Dei. Makes sense now.'],
        ['a', 'Exactly, "Agnus Dei" keeps a hard g-n as "AH-nyoos" in that style too.'],
        [
          'u',
          'Different topic. Dad had his memory clinic appointment this morning. They have started him on donepezil, 5mg once a day',
          'med1',
        ],
        [
          'a',
          'Donepezil is commonly used for early dementia. Common side effects include nausea, vivid dreams and trouble sleeping; worth noting any changes for his GP.',
        ],
        [
          'u',
          'He already says he had a dream about his old footy team. Apparently he kicked the winning goal, ha',
        ],
        [
          'a',
          'Ha, at least it sounds like a good dream! If the dreams get disturbing, the doctor may suggest taking it in the morning.',
        ],
        ['u', 'Good to know. What is a quick dinner I can do tomorrow? School council meeting goes till 7'],
        [
          'a',
          'A few ideas: 1) fried rice with leftover veg and egg, 2) a tray bake of sausages and vegies, 3) pasta with tuna, lemon and peas.',
        ],
        ['u', 'The fried rice, I have heaps of leftover rice in the fridge.'],
        ['a', 'Perfect, cold rice makes the best fried rice. Add some frozen peas and a splash of soy.'],
        [
          'u',
          'Thanks. Bed now, my voice is shot from covering the top notes when half the sopranos were away',
        ],
        ['a', 'Rest that voice! Warm honey and lemon helps. Goodnight.'],
      ],
    },
    {
      start: '2024-03-14 16:30',
      lines: [
        [
          'u',
          'Need to book the staff end-of-term dinner for Friday 12 April, around 28 people. Can you suggest some spots in Hobart that do groups?',
        ],
        [
          'a',
          'Here are three types to look at: 1) Waterline Kitchen on the pier, elegant set menu, around $95 a head; 2) The Salamanca Larder, pub-style function room with shared platters, about $55 a head; 3) Casa Verde, Latin share plates, group menu about $75.',
        ],
        [
          'u',
          'The second one I think. Budget is tight and the teachers just want a relaxed night with a drink',
          'pick-dinner',
        ],
        [
          'a',
          'Good choice, a function room also means you can do a few speeches. Want help with an enquiry email?',
        ],
        ['u', 'Yes please, short and friendly, asking about the function room and a platter menu.'],
        [
          'a',
          'Draft: "Hi there, I am hoping to book your function room for a staff dinner of around 28 on Friday 12 April from 6pm. Could you send through your platter options and pricing? Many thanks, Dulcie."',
        ],
        ['u', 'Lovely, sending now.'],
        ['a', 'Fingers crossed they have the date free!'],
        [
          'u',
          "Ugh and the Forester is making a grinding noise when I brake. She's 14 years old, I keep saying one more year",
          'car-old1',
        ],
        [
          'a',
          'Grinding when braking usually means the pads are worn down to the metal. Worth getting it checked soon, it can damage the rotors.',
        ],
        ['u', 'Graham reckons it is the pads too. Booked in at the mechanic Monday morning.'],
        ['a', 'Good, better to sort it quickly.'],
        [
          'u',
          'Also a new family asked me about asthma action plans at school. What does a school generally need from them?',
        ],
        [
          'a',
          "Usually a written asthma action plan signed by their doctor, their reliever puffer and spacer labelled with the child's name, and updated details each year. Check your Department policy for the exact forms.",
        ],
        ['u', "Thanks, I'll check with the Department too."],
        ['a', 'Sounds good.'],
        ['u', 'Oh no. Biscuit just pinched a whole sausage off the bench. Gotta go deal with that lol'],
        ['a', 'Ha, the food motivation strikes again! Good luck.'],
      ],
    },
    {
      start: '2024-04-09 12:10',
      lines: [
        [
          'u',
          "Quick one on my lunch break. Finally had the MRI on my left knee this morning. It's been clicking since I tripped on the netball court at the athletics carnival",
          'knee-mri',
        ],
        ['a', 'Hope it is nothing serious. When do you get the results?'],
        ['u', "Next week with the sports physio. Meanwhile I'm hobbling round on yard duty like a pirate"],
        ['a', 'Ice it in the evenings and try not to do too many stairs until you know more.'],
        ['u', 'Choir tonight too, Tuesday as usual, at least I can sit down for most of it', 'choir-tue2'],
        [
          'a',
          'Singing seated is fine, just sit forward on the chair with your back straight so you can breathe well.',
        ],
        [
          'u',
          'Good tip. Can you help me reply to a parent complaining about our new no-phones policy? Firm but kind',
        ],
        [
          'a',
          'Draft: "Thank you for sharing your concerns. Our decision to keep phones away during the school day is about helping children focus and connect with each other..."',
        ],
        [
          'u',
          'Good. Maybe add that phones can be handed in at the office in the morning and collected at 3.',
        ],
        [
          'a',
          'Added: "Children who need a phone for travel can hand it in at the front office each morning and collect it at 3pm."',
        ],
        [
          'u',
          "Perfect. Isla rang last night, she's in second year nursing at Deakin in Melbourne and her first hospital placement is coming up",
          'isla',
        ],
        ['a', 'How exciting for her! Does she know where she will be placed?'],
        ['u', 'A big hospital in the city, she is nervous about the night shifts.'],
        [
          'a',
          'Tips for her: eat a proper meal before the shift, small snacks through the night, blackout curtains and a set sleep time after.',
        ],
        ['u', "I'll pass that on. She never listens to her mother but she might listen to you lol"],
        ['a', 'Ha, happy to be the neutral party!'],
        ['u', "Right, bell's about to go. Back to the chaos."],
        ['a', 'Good luck with the afternoon!'],
      ],
    },
    {
      start: '2024-04-27 10:05',
      lines: [
        [
          'u',
          'Rough week. Dad had a fall in the bathroom on Wednesday night and was on the floor till the carer came in the morning. No broken bones thank god',
          'dad-fall',
        ],
        ['a', 'I am so sorry, that must have been frightening for you both. Is he okay now?'],
        [
          'u',
          'Bruised and grumpy. We have ordered one of those pendant alarms. He says it makes him look like an old man. You ARE an old man Dad!',
        ],
        [
          'a',
          'Ha, sounds like his spirit is intact. Pendant alarms really do help with exactly this kind of situation.',
        ],
        [
          'u',
          'He still insists on staying in the New Town house though. Neil and I are going to have to have The Conversation with him soon',
          'dad-home2',
        ],
        [
          'a',
          'Those conversations are hard. It can help to focus on what he wants to keep doing, and to involve his GP or an aged care assessment team.',
        ],
        ['u', "Neil is my brother, he's up in Launceston, so most of the day to day falls to me."],
        [
          'a',
          'That is a lot to carry. Could Neil take on some tasks remotely, like paperwork or phone calls?',
        ],
        [
          'u',
          'Good idea, he is great with forms. The GP checked Dad over after the fall and added a blood pressure tablet, amlodipine, on top of the donepezil',
          'med2',
        ],
        [
          'a',
          'Amlodipine can occasionally cause dizziness or ankle swelling, especially at first. Worth keeping an eye on.',
        ],
        ['u', "Hmm, I'll ask whether dizziness could be why he fell in the first place."],
        ['a', 'Good question to raise; blood pressure drops on standing are a common cause of falls.'],
        [
          'u',
          'Knee news at least: the physio says the MRI shows a small meniscus tear. No surgery, just strengthening exercises for 8 weeks',
          'knee-result',
        ],
        ['a', 'That is good news! Have they given you a program?'],
        ['u', 'Yes but any simple ones I could do at my desk?'],
        [
          'a',
          'Try seated leg raises, quad squeezes with a rolled towel under the knee, and a gentle wall sit when you have a break.',
        ],
        ['u', 'The wall sit will kill me but ok. Might do them during staff meetings lol'],
        ['a', 'Multitasking at its finest!'],
      ],
    },
    {
      start: '2024-05-18 20:30',
      lines: [
        [
          'u',
          'Booked flights to Melbourne for the July holidays! Graham and me, Hobart to Tullamarine return, $380 all up for the two of us on Jetstar',
          'flights',
        ],
        ['a', 'That is a great price! What are the dates?'],
        [
          'u',
          'The 6th to the 10th of July, to see Isla. She has promised to take us to her favourite dumpling place',
        ],
        ['a', 'Lovely! Melbourne has amazing dumplings.'],
        [
          'u',
          'Can you suggest things to do in Melbourne in winter that are not just shopping? Graham gets bored in shops',
        ],
        [
          'a',
          'Some ideas: the NGV, an MCG tour, the Polly Woodside tall ship at South Wharf, Queen Victoria Market, or a day trip to the Yarra Valley.',
        ],
        [
          'u',
          'The tall ship! Graham will be in heaven. He builds wooden boats for a living, has his own workshop down at Cygnet',
          'husband-job',
        ],
        [
          'a',
          'Perfect match then. The Polly Woodside is a restored 1885 iron barque, he could spend hours there.',
        ],
        ['u', "Ha, he'll want to inspect every plank. Even though it's iron."],
        ['a', 'He will find the rigging and timber decks plenty interesting!'],
        [
          'u',
          'Work is full on. The Department wants our school improvement plan by end of May. Help me word a goal about reading?',
        ],
        [
          'a',
          'Draft: "By the end of 2024, increase the percentage of students reading at or above the expected level by 10%, measured through PAT Reading and teacher running records."',
        ],
        ['u', 'Really good. Can you make it about Years 3 to 6 specifically?'],
        [
          'a',
          'Revised: "By the end of 2024, increase the percentage of Year 3 to 6 students reading at or above the expected level by 10%..."',
        ],
        ['u', 'Brilliant, that is going straight in.'],
        ['a', 'Glad it helps. Anything else for the plan?'],
        ['u', "Not tonight. Biscuit is asleep on my feet and I'm not moving."],
        ['a', 'Sounds like the right decision. Enjoy the cosy evening!'],
      ],
    },
    {
      start: '2024-06-15 14:00',
      lines: [
        [
          'u',
          "Found an Airbnb in Fitzroy for the Melbourne trip, 4 nights for $540, walking distance to Isla's share house",
          'airbnb',
        ],
        ['a', 'Nice, Fitzroy is a great area with lots of cafes.'],
        [
          'u',
          "Choir news: we've had to shift rehearsals to Wednesday nights, the hall got booked out on Tuesdays by a tai chi group. Honestly Wednesday suits me better anyway",
          'choir-wed1',
        ],
        ['a', 'A change that works out, even better!'],
        [
          'u',
          'Winter concert is on the 29th. Can you help me write a short blurb for the program about the Fauré?',
        ],
        [
          'a',
          'Draft: "Gabriel Fauré called his Requiem a lullaby of death. Written in the late 1880s, it trades the terror of judgement for gentleness and peace..."',
        ],
        ['u', 'Ooh lovely. I will send it to our director, Marguerite, she does the programs.'],
        ['a', 'I hope she likes it!'],
        [
          'u',
          'What should I pack to keep warm in Melbourne? I know it is not Hobart cold but that wind is something else',
        ],
        [
          'a',
          'Layers: thermal top, a warm jumper, a windproof jacket, scarf and comfortable waterproof shoes. An umbrella that will not flip inside out!',
        ],
        ['u', "Ha, I'll bring the puffer and the big scarf Isla knitted me."],
        ['a', 'Perfect, and she will love seeing you wear it.'],
        ['u', 'And we start reports this week. 340 of them to read and sign. Send coffee'],
        [
          'a',
          'Batch them, maybe 30 a day, by class, and keep a list of common fixes for teachers so you are not writing the same comment over and over.',
        ],
        ['u', "Good idea, I'll do a class a night."],
        ['a', 'That will get you through in a couple of weeks.'],
        [
          'u',
          'The garden club kids picked the last of the broad beans today too. Any ideas what to cook with them?',
        ],
        ['a', 'Broad bean and mint smash on toast, or a simple pasta with lemon, garlic and parmesan.'],
        ['u', 'Smash on toast it is for the staffroom morning tea.'],
        ['a', 'The staff will love it!'],
      ],
    },
    {
      start: '2024-07-08 21:15',
      lines: [
        [
          'u',
          "Greetings from Melbourne! Isla's dumpling place was incredible, we ate about 40 between the three of us",
        ],
        ['a', 'Ha, that is impressive! Sounds like a fun trip so far.'],
        ['u', 'Graham spent two and a half hours on the tall ship, as predicted'],
        ['a', 'Of course he did! Did he find any timber to admire?'],
        ['u', 'He chatted to one of the volunteers for ages about caulking. I went and had a coffee.'],
        ['a', 'Sounds like a perfect arrangement.'],
        [
          'u',
          'The choir concert last weekend went beautifully btw, Marguerite cried at the end of the Pie Jesu',
        ],
        ['a', 'That is wonderful, all those months of rehearsal paying off.'],
        ['u', 'Neil came down from Launceston to keep an eye on Dad while we are away, bless him'],
        ['a', 'That is lovely of him, and it means you can actually relax.'],
        ['u', 'Isla asked if she can bring her boyfriend Sam home for Christmas. Of course I said yes'],
        ['a', 'How nice! Have you met Sam yet?'],
        [
          'u',
          'Tonight! He seems like a sweetheart. Where should we go for a nice last dinner tomorrow, maybe Greek?',
        ],
        [
          'a',
          "Lonsdale Street in the city is Melbourne's Greek precinct, with a good mix of tavernas and casual spots.",
        ],
        ['u', 'Lonsdale St it is then.'],
        ['a', 'Enjoy! Order the saganaki.'],
        [
          'u',
          'Flying home Wednesday, back to reality and term 3. Can you jot down a to-do list for my first week back?',
        ],
        [
          'a',
          'Draft: 1) staff meeting agenda, 2) check term 3 calendar, 3) review reading data, 4) follow up enrolments, 5) parent newsletter.',
        ],
        ['u', 'Add "Book Week parade planning" to that please, it sneaks up every year'],
        ['a', 'Added as number 6!'],
      ],
    },
    {
      start: '2024-08-11 18:00',
      lines: [
        [
          'u',
          "Big week. We moved Dad into Glenara Lodge in Lindisfarne last weekend. He's got a room looking out over the river and he is actually... ok?",
          'dad-move',
        ],
        ['a', 'That is a huge step, and it sounds like it went better than you feared. How are you feeling?'],
        ['u', 'He had one teary night but the staff were lovely. I cried more than he did honestly.'],
        ['a', 'That is completely normal. It is a big change for you too.'],
        [
          'u',
          'Can you explain how the refundable accommodation deposit works for aged care in Australia? The brochure is a nightmare',
        ],
        [
          'a',
          'In short: you can pay a lump sum (RAD) which is refunded when you leave, a daily payment (DAP) instead, or a mix. The DAP is interest charged on any unpaid part of the RAD.',
        ],
        ['u', 'That is clearer than three brochures, thanks. Neil is doing the forms.'],
        ['a', 'Great use of his form skills!'],
        ['u', 'Book Week is the week after next. I am going as the Very Hungry Caterpillar. Again.'],
        ['a', 'A classic! The kids will love it.'],
        ['u', 'Quick green costume idea that is not just a green jumper?'],
        [
          'a',
          'Try green pool noodles cut into rings and strung together as a body, a red headband with pipe cleaner antennae, and a felt "apple" with a hole through it.',
        ],
        ['u', 'Pool noodles! Genius. Tom the PE teacher has a whole shed of them.'],
        ['a', 'Perfect, sorted.'],
        [
          'u',
          "Also the poor old Forester didn't start twice this week. I think her time has come",
          'car-old2',
        ],
        ['a', 'After 14 years she has done well. Are you thinking new or used?'],
        [
          'u',
          "Graham says look at hybrids. What's the difference between a hybrid and a plug-in hybrid again?",
        ],
        [
          'a',
          'A regular hybrid charges its small battery from the engine and braking, no plugging in. A plug-in hybrid has a bigger battery you charge from the wall, so you can do short trips on electric only.',
        ],
        ['u', "We don't have a garage with power so probably a regular one."],
        ['a', 'That makes sense, a regular hybrid will still save a lot of fuel around town.'],
      ],
    },
    {
      start: '2024-09-14 10:30',
      lines: [
        [
          'u',
          'Well I did it! Traded in the old girl and picked up a RAV4 hybrid on Thursday, silver. Feels like driving a spaceship',
          'car-new1',
        ],
        ['a', 'Congratulations! How are you finding it?'],
        ['u', 'So quiet at the lights I keep thinking it has stalled lol'],
        ['a', 'Ha, that is the electric motor. You will get used to it.'],
        ['u', 'Biscuit has already claimed the back seat, there is red dog hair everywhere'],
        ['a', 'A seat cover might save your upholstery!'],
        [
          'u',
          "Choir's back for the spring term, still Wednesday nights at St David's. And we are doing Christmas carols already. In September!",
          'choir-wed2',
        ],
        ['a', 'Ha, it takes a while to get those harmonies right!'],
        [
          'u',
          'Can you suggest some arrangements of O Holy Night that suit a community choir with decent altos?',
        ],
        [
          'a',
          "John Rutter has a popular SATB arrangement, and there are good ones by Dan Forrest and Mack Wilberg, though Wilberg's is more demanding.",
        ],
        ['u', "I'll suggest the Rutter to Marguerite, she loves him."],
        ['a', 'Good choice, very singable.'],
        ['u', 'Also need to write to parents about head lice in grade 1. Ugh. Every single year'],
        [
          'a',
          'Draft: "Dear families, we have had some cases of head lice in Grade 1. Please check your child\'s hair this week and treat if needed. Tying long hair back helps..."',
        ],
        ['u', 'Good, much less gross than my version.'],
        ['a', 'Ha, the gentle approach usually works best.'],
        ['u', 'Dad turns 85 next month. Gift ideas for someone in aged care?'],
        [
          'a',
          'A photo book of family memories, a soft cardigan, large-print puzzles, or a digital photo frame the family can add photos to.',
        ],
        ['u', "The photo book is a lovely idea, I'll dig out Mum's old albums"],
        ['a', 'He will treasure it.'],
      ],
    },
    {
      start: '2024-10-19 15:45',
      lines: [
        [
          'u',
          "Just back from Glenara, we did Dad's 85th there with a cake and the photo book, and half his corridor joined in",
          'dad-new2',
        ],
        ['a', 'What a lovely way to celebrate! Did he like the book?'],
        ['u', 'He pointed at every photo and told the nurses a story. Half of them were even true'],
        ['a', 'Ha, that is the best kind of storytelling.'],
        ['u', 'The RAV4 has been brilliant on fuel btw, only filled it twice since I got it', 'car-new2'],
        ['a', 'That is the hybrid advantage, especially in town driving.'],
        [
          'u',
          "Next week is the state principals' conference in Launceston. I'm presenting on our kitchen garden program. Can you give me a couple of opening lines?",
        ],
        [
          'a',
          'Options: 1) "Three years ago our school grew nothing but weeds." 2) "Nothing teaches patience like a six-year-old waiting for a carrot." 3) "Our best teacher this year was a worm farm."',
        ],
        ['u', 'The carrot one made me laugh, going with that', 'pick-opening'],
        ['a', 'Great choice, it sets a warm tone.'],
        ['u', "Staying with Neil while I'm up there, saves on a hotel and I get to see my nephews"],
        ['a', 'Win-win!'],
        [
          'u',
          'Can you give me a simple pumpkin soup recipe? The garden gave us three massive Queensland Blues',
        ],
        [
          'a',
          'Roast cubed pumpkin with an onion and garlic, then simmer with stock for 15 minutes, blend, and finish with a dash of cream and nutmeg.',
        ],
        ['u', "Legend. I'll freeze half for the busy weeks."],
        ['a', 'Freezes really well. Enjoy!'],
        ['u', 'Do you think I should do a slideshow or just talk? I hate fiddling with clickers'],
        [
          'a',
          'A few big photos of the kids in the garden would carry the talk. Keep it to 10 slides and you barely need the clicker.',
        ],
        ['u', 'Ok ten photos max. Thanks!'],
        ['a', 'Good luck, you will be great.'],
      ],
    },
    {
      start: '2024-11-23 11:00',
      lines: [
        [
          'u',
          'Last few weeks of term! End of year assembly is 12 December, can you help me write a farewell speech for our retiring deputy, Helen?',
        ],
        ['a', 'Of course. Tell me a bit about Helen.'],
        ['u', "She's been at the school 22 years, longer than me. Loves gardening and terrible puns."],
        [
          'a',
          'Draft: "Twenty-two years ago Helen walked through our gates, and she has been planting seeds ever since, in the garden and in every child she has taught..."',
        ],
        ['u', 'Can you add a pun about leaving? She would love that'],
        [
          'a',
          'Added: "We know you are leaving, Helen, but we are rooting for you, and we hope retirement lets you turn over a new leaf."',
        ],
        [
          'u',
          "Perfect, she will groan. Choir's Christmas concert is 15 December, we rehearse Wednesdays as usual plus an extra Saturday one before it",
          'choir-wed3',
        ],
        ['a', 'A busy December! How are the carols sounding?'],
        ['u', 'The Rutter O Holy Night is coming along, the altos finally nailed our bit'],
        ['a', 'Wonderful!'],
        [
          'u',
          "Glenara are doing a Christmas lunch for families on the 21st so we'll do that with Dad, then Christmas Day at ours with Isla and Sam",
          'dad-new3',
        ],
        ['a', 'That sounds like a lovely plan for everyone.'],
        ['u', "What is a good vegetarian main for Christmas? Sam doesn't eat meat"],
        [
          'a',
          'Some ideas: a mushroom and chestnut Wellington, a stuffed roast pumpkin, or a spinach and ricotta lasagne.',
        ],
        ['u', "The Wellington sounds fancy, I'll do a practice run next weekend."],
        ['a', 'Good plan. Use puff pastry and chill it well before baking.'],
        [
          'u',
          "And I need to work out the roster for feeding Biscuit while we're at the lunch. Honestly. Roll on the summer holidays",
        ],
        ['a', 'Nearly there! You have earned a good break.'],
      ],
    },
  ],
  questions: [
    ['single-hop', "Which place did I settle on for the teachers' end-of-term night out?", ['pick-dinner']],
    ['single-hop', 'What does Graham do for work?', ['husband-job']],
    ['single-hop', 'What breed is my dog?', ['dog']],
    ['single-hop', 'What did the scan show was wrong with my knee?', ['knee-result']],
    ['single-hop', 'What is my daughter studying, and where?', ['isla']],
    ['multi-hop', 'Which tablets is Dad on at the moment?', ['med1', 'med2']],
    [
      'multi-hop',
      'How much did the July visit to Isla cost us for getting there and a place to stay, combined?',
      ['flights', 'airbnb'],
    ],
    [
      'temporal',
      'How long ago did I get the imaging done on my knee?',
      ['knee-mri'],
      { askedAt: '2024-12-05 19:00' },
    ],
    [
      'temporal',
      "Which happened first: Dad's fall at home or me booking our trip to Melbourne?",
      ['dad-fall', 'flights'],
      { askedAt: '2024-12-05 19:05' },
    ],
    [
      'updated',
      'Where is Dad living at the moment?',
      ['dad-move', 'dad-new2', 'dad-new3'],
      { stale: ['dad-home1', 'dad-home2'] },
    ],
    [
      'updated',
      'What car am I driving these days?',
      ['car-new1', 'car-new2'],
      { stale: ['car-old1', 'car-old2'] },
    ],
    [
      'updated',
      'Which night of the week is my choir practice?',
      ['choir-wed1', 'choir-wed2', 'choir-wed3'],
      { stale: ['choir-tue1', 'choir-tue2'] },
    ],
    ['off-topic', 'How do you get candle wax out of a tablecloth?', []],
    ['off-topic', 'What is the tallest mountain in South America?', []],
    ['off-topic', 'How many bones are there in the human hand?', []],
  ],
});

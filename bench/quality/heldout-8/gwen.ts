import { definePersona } from '../author.ts';

export const gwen = definePersona({
  user_id: 'h8-gwen',
  name: 'Gwen',
  summary:
    'Gwen Pritchard, 69, a Welsh-born retired primary school headteacher who has lived in Hobart, Tasmania for forty years. Widowed, writes long, warm, slightly old-fashioned messages. Daughter and grandchildren in Melbourne, son in London, a border terrier. In 2026 she takes a cruise, has a knee replacement, swaps her car, sells the family home and downsizes.',
  language: 'en',
  sessions: [
    {
      start: '2026-01-07 10:30',
      lines: [
        [
          'u',
          'Hello there. My son Rhys gave me an iPad for Christmas and set this up for me before he flew back to London, so please forgive me if I do things the wrong way round.',
        ],
        ['a', 'Hello! You are doing perfectly well. What would you like to chat about or get help with?'],
        [
          'u',
          'Well, to begin with, it is terribly hot here in Hobart this week and my garden is suffering. I have lived in the same old weatherboard house in Sandy Bay for forty years and the roses have never looked so sorry.',
          'home-sandybay',
        ],
        [
          'a',
          'Heat waves are hard on roses. Water deeply in the early morning, mulch well, and give them some afternoon shade cloth if you can.',
        ],
        [
          'u',
          'Mulch I have plenty of. Alan, my late husband, always did the roses, so I am still learning after five years on my own.',
        ],
        ['a', 'I am sorry for your loss. It sounds like you are carrying on his garden beautifully.'],
        [
          'u',
          'That is kind. My little companion now is Mabel, a border terrier, who digs up everything I plant, so it is a team effort of sorts.',
          'dog',
        ],
        [
          'a',
          'Terriers are born diggers! A designated digging pit with buried toys can sometimes save the flower beds.',
        ],
        [
          'u',
          'What a clever idea. I shall try that. Now, a practical question: how do I make the writing bigger on this iPad? My eyes are not what they were.',
        ],
        [
          'a',
          'Go to Settings, then Display & Brightness, then Text Size, and drag the slider to the right. You can also turn on Bold Text there.',
        ],
        ['u', 'Oh, that is much better already. Thank you, dear.'],
        ['a', 'You are welcome! Anything else?'],
        [
          'u',
          'Only that I must go; it is Wednesday and I play lawn bowls at the Sandy Bay club every Wednesday afternoon. The ladies will be waiting.',
          'bowls',
        ],
        ['a', 'Enjoy your game, and keep a hat on in this heat!'],
        ['u', 'I certainly will. Cheerio for now.'],
        ['a', 'Cheerio, Gwen!'],
        [
          'u',
          'Oh wait, one more thing before I dash. Is there a way to stop the screen going dark so quickly?',
        ],
        ['a', 'Yes: Settings, Display & Brightness, Auto-Lock, and choose a longer time such as 5 minutes.'],
        ['u', 'Five minutes, done. Rhys would be proud of me.'],
        ['a', 'He would! You are a quick learner.'],
      ],
    },
    {
      start: '2026-01-28 15:00',
      lines: [
        [
          'u',
          'Good afternoon. I have decided to treat myself to a cruise to New Zealand in March, something Alan and I always talked about. Could you help me choose a cabin?',
        ],
        [
          'a',
          'How wonderful! Typical choices on a 12-night New Zealand cruise from Australia are: 1) an inside cabin, cheapest, no window; 2) a balcony cabin midship, more expensive but with fresh air and less motion; 3) an ocean-view cabin with a fixed window, in between.',
        ],
        [
          'u',
          'I think the balcony one, midship. At my age I deserve fresh air, and my sister always said midship is best for seasickness.',
          'cabin-pick',
        ],
        ['a', 'A great choice, especially for Fiordland. Midship does move the least in rough seas.'],
        [
          'u',
          'We sail from Sydney on the 3rd of March and come back on the 15th. I shall fly up to Sydney the day before.',
          'cruise-dates',
        ],
        ['a', 'Flying a day early is wise in case of delays. Would you like a packing list?'],
        [
          'u',
          'Yes please, and do bear in mind my knees. The left one in particular is dreadful on stairs these days.',
          'knee',
        ],
        [
          'a',
          'Pack: layers and a warm jacket for Fiordland, comfortable supportive shoes, a walking stick if you use one, medications in hand luggage, seasickness tablets, binoculars, and a small day bag. Ask for cabin proximity to the lifts.',
        ],
        ['u', 'Binoculars, yes. I do love watching birds, I hope to see albatrosses.'],
        ['a', 'You have a good chance of seeing albatrosses in the Tasman Sea and around Dunedin.'],
        ['u', 'Splendid. My daughter Siân thinks I am mad to travel alone, but I think it will do me good.'],
        [
          'a',
          'Many people cruise solo and enjoy it very much. There are often solo traveller meet-ups on board.',
        ],
        ['u', 'Oh, I shall look out for those. Thank you for your help.'],
        ['a', 'My pleasure. It is going to be a lovely trip.'],
        ['u', 'One more question: should I take travel insurance even for a cruise?'],
        [
          'a',
          'Yes, definitely, and make sure it includes cruise cover: medical treatment and evacuation at sea, and missed port departures.',
        ],
        ['u', 'I shall. With my knee I would rather be safe than sorry.'],
        ['a', 'Very wise. Declare the knee when you buy the policy.'],
      ],
    },
    {
      start: '2026-02-18 19:30',
      lines: [
        [
          'u',
          'Good evening. My book club meets on Thursday and I have only read half of the book. Could you give me a few discussion questions so I sound clever?',
        ],
        ['a', 'Of course! Which book is it?'],
        [
          'u',
          'This month it is "The Narrow Road to the Deep North" by Richard Flanagan, chosen because he is a Tasmanian. Heavy going, I must say.',
          'book',
        ],
        [
          'a',
          'It is a powerful but demanding novel. Questions: How does memory shape Dorrigo’s life? What does the novel say about heroism? How does the structure, moving between times, affect the story?',
        ],
        ['u', 'Those are very good. I shall sound positively academic.'],
        ['a', 'You will! You might also ask how the Tasmanian setting connects to the rest of the book.'],
        [
          'u',
          'Now, a less cheerful subject. My GP has finally referred me to an orthopaedic surgeon about the knee. She says it is bone on bone.',
        ],
        ['a', 'That must be a relief in one way, to have a plan. Do you know who you will see?'],
        [
          'u',
          'A Dr Anand Kapoor at Hobart Private. The first appointment is not until April, which is just as well with the cruise.',
          'surgeon',
        ],
        [
          'a',
          'That timing works well. Write down your questions beforehand: recovery time, physiotherapy, driving, and help at home.',
        ],
        [
          'u',
          'Driving is a good point. My car is a 2009 Corolla and it is so low that getting in is a struggle already.',
          'car-corolla',
        ],
        [
          'a',
          'After a knee replacement, a higher seat is usually easier. That is something to think about for later.',
        ],
        ['u', 'I suppose it is. Well, I had better go and read another hundred pages.'],
        ['a', 'Good luck, and enjoy the book club.'],
        [
          'u',
          'Oh, I nearly forgot. Margaret wants a suggestion for the next book, something lighter, please.',
        ],
        [
          'a',
          "Lighter options: 'The Thursday Murder Club' by Richard Osman, 'The Rosie Project' by Graeme Simsion, or 'A Man Called Ove' by Fredrik Backman.",
        ],
        ['u', 'The Thursday Murder Club sounds just right for a group of retired ladies.'],
        ['a', 'It is a perfect match. They may recognise themselves in it!'],
      ],
    },
    {
      start: '2026-03-20 11:15',
      lines: [
        [
          'u',
          'Hello again! I am home from the cruise, we docked in Sydney on Sunday the 15th, and I have not stopped talking about it since.',
          'cruise-back',
        ],
        ['a', 'Welcome back! What were the highlights?'],
        [
          'u',
          'Milford Sound in the mist was the most beautiful thing I have ever seen. And yes, I saw an albatross from my own little balcony!',
        ],
        ['a', 'How marvellous! That balcony was a good decision.'],
        [
          'u',
          'It was. I also made friends with two widows from Perth, we are going to keep in touch by email.',
        ],
        ['a', 'Lovely. Would you like help setting up email contacts on your iPad?'],
        ['u', 'Yes please. How do I save someone’s email address so I don’t have to type it every time?'],
        [
          'a',
          'Open the Contacts app, tap the plus sign, type their name and email, and tap Done. Mail will then suggest the address as you type.',
        ],
        ['u', 'Done it! Goodness, I am becoming quite modern.'],
        ['a', 'You certainly are.'],
        [
          'u',
          'I brought back little gifts for the grandchildren too. Tilly is seven and absolutely mad about dinosaurs, so I found her a kiwi-bird fossil book.',
          'tilly-dinos',
        ],
        ['a', 'What a thoughtful gift. And the other grandchild?'],
        [
          'u',
          'Oscar is four, and it is all trains with him, Thomas and every other engine. I bought him a little wooden New Zealand train.',
          'oscar-trains',
        ],
        ['a', 'He will love it. Are they in Hobart?'],
        [
          'u',
          'No, they live in Melbourne with Siân and her husband, so I shall post them. It is not the same as seeing them, though.',
        ],
        ['a', 'Perhaps a video call when the parcels arrive, so you can see their faces.'],
        ['u', 'I also took nearly four hundred photographs. How do I make an album of just the cruise ones?'],
        [
          'a',
          'In Photos, tap Albums, then the plus sign and New Album. Name it, select the cruise photos and tap Add.',
        ],
        ['u', 'That worked! I have called it Gwen at Sea.'],
        ['a', 'A perfect name.'],
      ],
    },
    {
      start: '2026-04-11 09:45',
      lines: [
        [
          'u',
          'Good morning. I saw Dr Kapoor yesterday. He says I need a total knee replacement on the left side, and soon.',
        ],
        ['a', 'That is a big piece of news. How are you feeling about it?'],
        [
          'u',
          'Nervous, but relieved. He was very kind and explained everything with a plastic model of a knee.',
        ],
        ['a', 'A good surgeon who explains things makes a big difference. Did he say when?'],
        [
          'u',
          'Hopefully June. He also asked who would be at home with me, which made me think about the house.',
        ],
        ['a', 'That is an important question. Is your home easy to manage?'],
        [
          'u',
          'Not really. It is on three levels with steep steps down to the garden. Siân has been saying for years that I should downsize.',
        ],
        [
          'a',
          'Many people find that a single-level home makes life much easier after joint surgery. Is it something you would consider?',
        ],
        [
          'u',
          'I think it is time. I would like a small unit with a little courtyard, somewhere for Mabel, perhaps in Kingston where my friend Margaret lives.',
        ],
        ['a', 'Kingston is a good choice: flat streets, shops nearby, and close to the beach for dog walks.'],
        ['u', 'Leaving the house where the children grew up will be hard, though.'],
        [
          'a',
          'It will be emotional. Some people take photos of each room, or keep a cutting from the garden to plant in the new place.',
        ],
        ['u', 'Oh, a cutting from Alan’s roses. That is a lovely idea, I might cry.'],
        ['a', 'It would be a way to take a piece of the garden with you.'],
        ['u', 'Dr Kapoor also told me to lose a few kilos before the operation. Any gentle suggestions?'],
        [
          'a',
          'Smaller portions, more vegetables, fewer biscuits with tea, and gentle exercise such as water walking, which is kind to knees.',
        ],
        ['u', 'Fewer biscuits with tea. You drive a hard bargain.'],
        ['a', 'One biscuit is still allowed!'],
      ],
    },
    {
      start: '2026-05-09 16:20',
      lines: [
        [
          'u',
          'The date is set! My knee operation will be on Tuesday the 9th of June at Hobart Private.',
          'surgery-date',
        ],
        ['a', 'Good to have a date. Is there a pre-operative appointment first?'],
        [
          'u',
          'Yes, on the 26th of May, bloods and a heart check. They also gave me exercises to strengthen my thigh before the operation.',
        ],
        ['a', 'Those "prehab" exercises really help recovery. Try to do them every day.'],
        [
          'u',
          'I shall. Sadly it also means I have had to give up bowls. I told the club this week, after eighteen years. The bending is simply too much now.',
          'quit-bowls',
        ],
        ['a', 'That must have been hard after so long. Perhaps you can still go for the social side.'],
        ['u', 'They have said I must still come to the Christmas lunch, which was sweet of them.'],
        ['a', 'That is lovely. Would you like to find a gentler hobby for the recovery months?'],
        [
          'u',
          'Perhaps. I used to paint a little when I was teaching, I always enjoyed it with the children.',
        ],
        ['a', 'Painting is a wonderful seated hobby. Watercolour classes are often run by U3A in Hobart.'],
        [
          'u',
          'I shall look into it. It is Mother’s Day tomorrow, and Siân has sent flowers already. Rhys will ring from London.',
        ],
        ['a', 'How lovely. Happy Mother’s Day for tomorrow!'],
        ['u', 'Thank you, dear. Now, what should I prepare at home before the operation?'],
        [
          'a',
          'Remove loose rugs, set up a chair with arms, put everyday items at waist height, get a shower chair and raised toilet seat, and prepare some frozen meals.',
        ],
        ['u', 'That is a long list, but I shall start tomorrow. My neighbour has offered to help.'],
        ['a', 'Good neighbours are treasures. Good luck with the preparations.'],
        ['u', 'Should I pack anything in particular for the hospital?'],
        [
          'a',
          'Loose comfortable clothes, slip-on shoes with a back, your medication list, glasses, your phone and iPad chargers, and a long charging cable.',
        ],
        ['u', 'A long cable, what a clever thought. Those hospital sockets are always behind the bed.'],
        ['a', 'Exactly, it is the most useful item nobody remembers.'],
      ],
    },
    {
      start: '2026-06-27 13:00',
      lines: [
        [
          'u',
          'Hello! I am home and typing with my leg up on a cushion. The operation went well on the 9th and I was home after five days.',
          'surgery-done',
        ],
        ['a', 'That is wonderful news! How is the pain?'],
        [
          'u',
          'Manageable with the tablets. The physio is the hard part, she has me bending the knee further every day and I use language I would never have allowed in my classroom.',
        ],
        [
          'a',
          'Ha! Physio after knee replacement is tough, but the bending is the most important part of recovery.',
        ],
        [
          'u',
          'Mabel has been staying with my neighbour Joyce next door, who spoils her terribly. She is coming home tomorrow.',
          'joyce-mabel',
        ],
        ['a', 'That is kind of Joyce. Be careful Mabel does not jump on your knee or trip you.'],
        ['u', 'Joyce says she is much fatter too. Too many sausages.'],
        ['a', 'A few weeks of normal food will sort that out!'],
        [
          'u',
          'Siân flew down for the first week, which was a great help. She also nagged me again about selling the house.',
        ],
        ['a', 'It sounds like she cares very much. Have you talked to an agent yet?'],
        [
          'u',
          'Not yet, but I shall in July. I have decided, really. The stairs after this operation have been dreadful.',
        ],
        ['a', 'That is a sensible decision. Would you like a checklist for getting the house ready to sell?'],
        ['u', 'Yes, but not today, I am very tired. Thank you, dear.'],
        ['a', 'Of course. Rest well, Gwen.'],
        [
          'u',
          'Oh, before I nap: the long charging cable was a triumph. The nurses asked where I got the idea.',
        ],
        ['a', 'Ha, I am glad it helped!'],
        ['u', 'I told them it came from my clever friend in the iPad.'],
        ['a', 'Very kind of you.'],
      ],
    },
    {
      start: '2026-07-18 10:00',
      lines: [
        [
          'u',
          'Good morning. I have an agent now and the house is going on the market next weekend. They think it will sell for around a million.',
        ],
        ['a', 'That is exciting. Sandy Bay is a sought-after area. Would you like that checklist now?'],
        ['u', 'Yes, please.'],
        [
          'a',
          'Declutter each room, tidy the garden, fix small repairs, clean windows, neutral linen, fresh flowers, and take Mabel out during inspections.',
        ],
        [
          'u',
          'Joyce will take Mabel for the open homes. Another thing: I am not allowed to drive for six weeks, and then I must decide about the Corolla.',
        ],
        [
          'a',
          'A higher car would make getting in and out much easier with the new knee. What is your budget?',
        ],
        ['u', 'Around thirty thousand. Something small, I don’t want to drive a tank.'],
        [
          'a',
          'Good small SUVs with higher seats: 1) Toyota Yaris Cross hybrid, economical; 2) Mazda CX-3, comfortable with a good driving position; 3) Hyundai Venue, simple and affordable.',
        ],
        ['u', 'Margaret has a Mazda and loves it. I shall test drive the second one when I can drive again.'],
        ['a', 'That sounds like a plan. Check how easy it is to get in and out with the new knee.'],
        [
          'u',
          'Yes, the in and out is everything now. Also, the physio is pleased: I can bend to 100 degrees!',
        ],
        ['a', 'That is excellent progress at this stage!'],
        ['u', 'I feel very proud of myself, though the exercise bike is my enemy.'],
        ['a', 'It is a friend in disguise. Keep going!'],
        ['u', 'For the open homes, should I be there or is it better to stay away?'],
        [
          'a',
          'It is usually better to be out, so buyers feel free to look around and talk openly. The agent will report back.',
        ],
        ['u', 'Then Joyce, Mabel and I will sit in her garden and pretend not to watch.'],
        ['a', 'A lovely way to pass the time.'],
      ],
    },
    {
      start: '2026-08-15 14:30',
      lines: [
        [
          'u',
          'What a month! The house sold at auction last Saturday for one million one hundred and fifty thousand. I could hardly believe it.',
          'house-sold',
        ],
        ['a', 'Congratulations! That is a great result. How do you feel?'],
        [
          'u',
          'Happy and sad at once. A young family bought it, with two small children, which pleases me. The garden will have children in it again.',
        ],
        ['a', 'That is a lovely thought.'],
        [
          'u',
          'And I have bought a two-bedroom unit in Kingston, single level, with a courtyard for Mabel. It cost seven hundred and twenty thousand.',
          'unit-price',
        ],
        ['a', 'That sounds perfect for you and Mabel. When do you move?'],
        [
          'u',
          'Settlement is in mid-September. Also, I sold the old Corolla to a student and bought a white Mazda CX-3, a year old. The seat is exactly the right height!',
          'car-cx3',
        ],
        ['a', 'What a busy month! The CX-3 will be much kinder to your knee.'],
        ['u', 'I drove it to Margaret’s yesterday and felt like a queen.'],
        ['a', 'Ha, wonderful.'],
        ['u', 'Now, I will have some money left after all this. Should I talk to a financial adviser?'],
        [
          'a',
          'Yes, it is a good idea with a large amount. Also check how it affects any pension or concession card you have before deciding.',
        ],
        ['u', 'I will ask Rhys to help me find someone reputable. He is very good with money.'],
        ['a', 'Good idea. A fee-only adviser is usually the most independent.'],
        ['u', 'Oh, and the unit has a courtyard but no garden beds. What grows well in pots down there?'],
        [
          'a',
          'Rosemary, thyme, lavender, geraniums, a dwarf Meyer lemon, and roses in large pots if they get enough sun.',
        ],
        ['u', 'Roses in pots, I shall remember that.'],
        ['a', 'Use a big pot and good potting mix, and they will do well.'],
      ],
    },
    {
      start: '2026-09-05 11:00',
      lines: [
        [
          'u',
          'Hello dear. I have joined a watercolour class with U3A. It is on Wednesday mornings now, so my Wednesdays are taken again.',
          'watercolour',
        ],
        ['a', 'How lovely! How was the first class?'],
        [
          'u',
          'We painted a simple landscape and mine looked like a soggy pancake. The tutor, a retired art teacher, said it had "energy".',
        ],
        [
          'a',
          'Tutors are very diplomatic! Washes are tricky at first. Try letting the first layer dry completely before adding more.',
        ],
        ['u', 'Patience has never been my strong point, as my husband used to say.'],
        ['a', 'Watercolour will teach it to you whether you like it or not!'],
        [
          'u',
          'Rhys and his partner Tom are coming from London in October, for two weeks. I am so excited. They will be my first guests in the new unit.',
        ],
        ['a', 'How wonderful. Would you like help planning things to do with them?'],
        [
          'u',
          'Yes. Tom has never been to Tasmania. I thought of Bruny Island, but I cannot walk too far yet.',
        ],
        [
          'a',
          'Bruny Island works well: the cheese and oyster tastings, the lighthouse by car, and The Neck lookout has a boardwalk with a short section of stairs you could skip.',
        ],
        ['u', 'That sounds perfect. And perhaps MONA, Tom likes modern art.'],
        ['a', 'MONA is a must. You could take the ferry from the city, it has good seating.'],
        ['u', 'Lovely. I shall write it all down in my notebook.'],
        ['a', 'Enjoy the planning!'],
        ['u', 'Should I book the Bruny Island ferry in advance?'],
        [
          'a',
          "Check the ferry operator's website for tickets and timetables, and on weekends go early to avoid the queues.",
        ],
        ['u', 'Good, Rhys can do that, he loves a timetable.'],
        ['a', 'Then he is in charge of logistics!'],
      ],
    },
    {
      start: '2026-09-26 17:45',
      lines: [
        [
          'u',
          'Well, I am writing from my new home! I moved into the Kingston unit on Monday the 21st. Boxes everywhere, but it is all on one level and I love it.',
          'home-kingston',
        ],
        ['a', 'Congratulations on the move! How is Mabel settling in?'],
        ['u', 'She has already dug a hole in the courtyard, so she must like it.'],
        ['a', 'A sure sign of approval from a terrier!'],
        [
          'u',
          'I planted the rose cutting from Alan’s garden in a big pot by the door. It has two new leaves already.',
        ],
        ['a', 'That is so special. Keep it watered and it should establish well.'],
        ['u', 'Could you help me with a list of people I need to tell about my new address?'],
        [
          'a',
          'Centrelink or your pension fund, Medicare, your bank, Transport Tasmania for your licence and car registration, your GP and Hobart Private, the electoral roll, insurance companies, and Australia Post mail redirection.',
        ],
        ['u', 'Goodness, what a list. I had forgotten the electoral roll entirely.'],
        ['a', 'It is easy to forget. You can update it online in a few minutes.'],
        [
          'u',
          'The neighbours seem friendly. A retired couple on one side who have a cat, which Mabel finds very offensive.',
        ],
        ['a', 'Ha, Mabel will learn to live with it. Keep them separated through the fence at first.'],
        ['u', 'I will. I must say I miss Joyce, though. She promised to visit.'],
        ['a', 'Kingston is not far. A regular coffee date might be a lovely tradition.'],
        [
          'u',
          'Also, the kitchen bench here is lower than my old one. Is it silly to be so pleased about that?',
        ],
        ['a', 'Not silly at all! Comfortable heights make a big difference every day.'],
        ['u', 'I can reach every cupboard without a step stool. No more climbing for me.'],
        ['a', 'Safer for the knee too.'],
      ],
    },
    {
      start: '2026-10-17 09:30',
      lines: [
        [
          'u',
          'Good morning. Rhys and Tom arrived on Wednesday and we are having a wonderful time. Bruny Island yesterday was a triumph.',
        ],
        ['a', 'How lovely! Did you manage the walking?'],
        [
          'u',
          'Yes, I even managed the first part of The Neck stairs. The knee is doing beautifully, four months on.',
        ],
        ['a', 'That is wonderful progress.'],
        ['u', 'Rhys helped me find a financial adviser in Hobart and we have an appointment next week.'],
        [
          'a',
          'Great. Bring a summary of your income, savings, and what you would like the money to do for you.',
        ],
        [
          'u',
          'I would like to help Siân with the children’s schooling, and keep enough for travel. Perhaps another cruise one day.',
        ],
        [
          'a',
          'Both good goals. An adviser can help you balance helping family with keeping enough for yourself.',
        ],
        [
          'u',
          'I am also going to Melbourne for Christmas to see Siân and the grandchildren, three weeks. My first long trip since the knee.',
        ],
        ['a', 'How lovely! Book an aisle seat so you can stretch your leg on the flight.'],
        ['u', 'Good thinking. I must also think about Christmas presents. I have not a clue this year.'],
        ['a', 'Happy to help whenever you are ready. We can go through everyone on your list.'],
        [
          'u',
          'Tom wants to take me to MONA tomorrow. I am told there is a machine that makes poo, which I find hard to believe.',
        ],
        ['a', 'It is true! It is an artwork called Cloaca. Quite an experience.'],
        ['u', 'Heavens. Well, I taught six-year-olds for thirty years, I have seen worse.'],
        ['a', 'Then you are fully prepared. Enjoy it!'],
        ['u', 'Rhys says I should start a little blog about my year. Is that something people my age do?'],
        [
          'a',
          'Absolutely, many people do. A simple free blogging site would suit you, and Rhys could set it up while he is here.',
        ],
        ['u', 'Perhaps. I shall think about it over a cup of tea.'],
        ['a', 'A very good way to decide most things.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What is the name of the surgeon who did my knee?', ['surgeon']],
    ['single-hop', 'Which kind of cabin did I book on the ship?', ['cabin-pick']],
    ['single-hop', 'Who looked after my dog while I was in hospital?', ['joyce-mabel']],
    ['single-hop', 'What breed is my dog?', ['dog']],
    ['single-hop', 'Which novel was my reading group doing back in February?', ['book']],
    [
      'multi-hop',
      'I am flying to see the grandchildren at Christmas. What presents would suit each of them?',
      ['tilly-dinos', 'oscar-trains'],
    ],
    [
      'multi-hop',
      'After selling the old place and buying the new one, roughly how much money do I have left over?',
      ['house-sold', 'unit-price'],
    ],
    [
      'temporal',
      'On what date was my knee operation?',
      ['surgery-date', 'surgery-done'],
      { askedAt: '2026-10-28 10:00' },
    ],
    [
      'temporal',
      'Did I go to New Zealand before or after my operation?',
      ['cruise-back', 'cruise-dates', 'surgery-done'],
      { askedAt: '2026-10-28 10:05' },
    ],
    ['updated', 'Where am I living these days?', ['home-kingston'], { stale: ['home-sandybay'] }],
    ['updated', 'What car am I driving now?', ['car-cx3'], { stale: ['car-corolla'] }],
    ['updated', 'What do I do on Wednesdays now?', ['watercolour'], { stale: ['bowls'] }],
    ['off-topic', 'How do I write a simple loop in Python?', []],
    ['off-topic', 'What is the rule for castling in chess?', []],
    ['off-topic', 'How many moons does Jupiter have?', []],
  ],
});

import { definePersona } from '../author.ts';

export const samira = definePersona({
  user_id: 'h3-samira',
  name: 'Samira Haddad',
  summary:
    'Samira, 36, marketing manager from Beirut who relocates to Dubai with her husband Karim and son Adam; Adam starts school, she learns to swim as an adult, buys a new car, keeps a halal diet.',
  language: 'en',
  sessions: [
    {
      start: '2025-03-10 21:30',
      lines: [
        [
          'u',
          "Good evening! I finally have a quiet moment after iftar and I wanted to think through a few things with you, if that's alright.",
        ],
        ['a', "Of course, good evening and Ramadan Kareem. What's on your mind?"],
        [
          'u',
          "Work first. I'm the marketing manager at Nahla Cosmetics here in Beirut, and our Ramadan campaign went live last week, so my days are completely packed.",
          'sa-job-nahla',
        ],
        ['a', 'Launch weeks are intense. How is the campaign performing so far?'],
        [
          'u',
          'Engagement is good on Instagram, weaker on TikTok. Could you suggest three ways to make short videos feel less like ads?',
        ],
        [
          'a',
          "1) Use real customers or staff instead of models, 2) show a quick routine or 'get ready for suhoor' moment rather than the product alone, 3) open with a question or a relatable problem in the first two seconds.",
        ],
        ['u', "The 'get ready with me' angle is lovely, I'll pitch it to the team tomorrow."],
        ['a', 'It usually works well for beauty brands. What else is happening?'],
        [
          'u',
          'The bigger news: my husband Karim, who is a civil engineer, has received an offer from a construction firm in Dubai, and we are seriously considering it.',
          'sa-karim-offer',
        ],
        ['a', "That's a big decision. How do you feel about it?"],
        [
          'u',
          'Excited and terrified. Our son Adam is five, he turns six in October, and he would start proper school wherever we end up.',
          'sa-adam-age',
        ],
        ['a', 'Timing a move with the start of school can actually make the transition easier for him.'],
        [
          'u',
          "That's what Karim says. Also, my poor old Kia Picanto would not survive a Dubai summer, I drive it everywhere here but the air conditioning is barely alive.",
          'sa-picanto',
        ],
        ['a', "Ha, a car decision can wait until you're there. Anything I can help with tonight?"],
        [
          'u',
          'Yes, please suggest a simple iftar menu for eight people on Friday. We only eat halal, so please keep the meat dishes halal-friendly.',
          'sa-halal',
        ],
        [
          'a',
          'Lentil soup, fattoush, halal chicken freekeh, kibbeh bil saniyeh with halal lamb, and mouhalabieh for dessert, plus dates and jallab.',
        ],
        ['u', 'Perfect, my mother will insist on making the kibbeh herself anyway. Thank you!'],
        ['a', 'Enjoy the gathering!'],
      ],
    },
    {
      start: '2025-04-15 20:00',
      lines: [
        ['u', "We've decided: we are moving to Dubai this summer. Karim accepted the offer this morning."],
        ['a', "Congratulations! That's a huge step. Where would you like to start?"],
        [
          'u',
          "With Adam's school, honestly, because everything else depends on it. Could you give me a few options in the areas near Karim's office?",
        ],
        [
          'a',
          'Three common paths: 1) a British-curriculum school, e.g. Greenfield British School in Al Barsha; 2) an IB school in Jumeirah with a PYP programme; 3) the French Lycée, which would keep his French strong.',
        ],
        [
          'u',
          "I think we will go for the first one. The British system is what my cousins' children follow and the location is practical.",
          'sa-school-choice',
        ],
        [
          'a',
          "Good choice. British schools in Dubai call the first full year 'Year 1'. Shall I list the documents they usually ask for?",
        ],
        ['u', 'Yes please, in a short list.'],
        [
          'a',
          'Birth certificate, passport copies, Emirates ID (later), vaccination record, previous nursery report, photos, and the application fee.',
        ],
        [
          'u',
          "The fees are AED 52,000 a year, which is painful but it's the one we really liked.",
          'sa-fees',
        ],
        ['a', "That's in the normal range for a good British school there. Do you have help with the move?"],
        [
          'u',
          'My sister Rania lived in Dubai for three years, she is my unofficial guide. She has already sent me a list of fifty things, most of them about sunscreen.',
        ],
        ['a', 'Rania sounds invaluable. What about your own job?'],
        [
          'u',
          'That is my next worry. I would like to keep working, ideally still in marketing but maybe outside cosmetics. Could we work on my CV next time?',
        ],
        ['a', 'Absolutely. Bring your current CV and a couple of roles you like.'],
        ['u', 'Wonderful. Goodnight for now.'],
      ],
    },
    {
      start: '2025-05-20 19:15',
      lines: [
        [
          'u',
          'Hello again! As promised, CV time. I have an interview next week with Azure Hospitality Group for a senior marketing role.',
        ],
        ['a', "Great news! What's the role focused on?"],
        [
          'u',
          'Brand and digital for their hotels across the Gulf. Can you help me reframe my cosmetics experience for hospitality?',
        ],
        [
          'a',
          'Focus on transferable results: launches, seasonal campaigns like Ramadan, influencer partnerships, CRM and loyalty, and revenue numbers. Hotels care about direct bookings, so connect your e-commerce results to that.',
        ],
        [
          'u',
          "That's very useful. Our online sales grew 40% after the loyalty programme I designed, I'll make that the headline.",
        ],
        ['a', 'Excellent headline. Quantified and relevant.'],
        [
          'u',
          'Unrelated, but Rania keeps sending me photos of the beach in Dubai and I have to confess something: I never learned to swim.',
        ],
        ['a', "That's more common than you'd think. Is there a reason you never learned?"],
        [
          'u',
          "I nearly drowned at Ramlet al-Baida when I was seven, a wave knocked me over, and I've been frightened of deep water ever since.",
          'sa-cant-swim',
        ],
        [
          'a',
          "That's a frightening experience for a child. Many adults learn later with a patient instructor, and it can help a lot with that fear.",
        ],
        ['u', "Maybe in Dubai I'll finally try. Adam should learn too, I don't want him to inherit my fear."],
        ['a', 'A good goal for both of you. Back to the interview: want to do some practice questions?'],
        ['u', 'Yes, ask me the hardest one you can think of.'],
        ['a', "'Tell me about a campaign that failed and what you changed afterwards.'"],
        [
          'u',
          "Oh, I have a good story for that: a Valentine's campaign in 2022 that nobody understood. Let me think about how to tell it and come back to you.",
        ],
        ['a', 'Take your time; structure it as situation, action, result, lesson.'],
        ['u', "Situation, action, result, lesson. I'm writing that on a sticky note on my laptop right now."],
        ['a', 'Perfect. Good luck next week!'],
        ['u', "Thank you, I'll let you know how it goes."],
      ],
    },
    {
      start: '2025-06-24 22:00',
      lines: [
        [
          'u',
          "I got it! I'm going to be Senior Marketing Manager at Azure Hospitality Group in Dubai, starting on the 18th of August.",
          'sa-job-azure',
        ],
        ['a', "Congratulations, Samira! That's a well-deserved step up."],
        ['u', 'Thank you! I resigned from Nahla today. My director cried a little, which made me cry too.'],
        ['a', 'That says a lot about the relationship you built there.'],
        [
          'u',
          "And we sold the Picanto to my cousin Fadi, he's a student and he's thrilled, air conditioning or not.",
          'sa-sold-picanto',
        ],
        ['a', 'A good home for it. How is packing going?'],
        [
          'u',
          "Chaotic. Could you give me a packing order so I don't lose my mind? We're shipping some boxes and flying with the rest.",
        ],
        [
          'a',
          '1) Documents and valuables in carry-on, 2) a first-week suitcase per person, 3) ship books, winter clothes and decorations, 4) sell or donate furniture, 5) pack the kitchen last.',
        ],
        [
          'u',
          'The first-week suitcase idea is brilliant. Adam insists on packing his own, so far it contains three dinosaurs and one sock.',
        ],
        ['a', 'Priorities! Maybe add a few more socks.'],
        [
          'u',
          "Also my Samsung Galaxy S22 battery dies by lunchtime now, I'll need a new phone eventually but it can wait until Dubai.",
          'sa-phone-samsung',
        ],
        ['a', 'Keep a power bank in your bag for the move at least.'],
        [
          'u',
          'Good idea. My mother keeps asking when she can visit, I told her November once we are settled.',
        ],
        ['a', 'November weather in Dubai is lovely, good timing.'],
        ['u', "That's exactly what Rania said. Alright, back to the boxes."],
      ],
    },
    {
      start: '2025-07-30 18:45',
      lines: [
        [
          'u',
          "We made it! We landed in Dubai on the 27th of July, three days ago, and I'm still a bit jet-lagged even though it's only a short flight.",
          'sa-landed',
        ],
        ['a', 'Welcome to Dubai! How is everyone settling in?'],
        [
          'u',
          'Adam loves the building pool, which I watch from a sunbed with great anxiety. We rented a two-bedroom in JLT, Cluster D, with a view of the lake.',
          'sa-flat-jlt',
        ],
        ['a', 'JLT is a nice area with lots of families. How do you find the heat?'],
        [
          'u',
          'Honestly, stepping outside at noon feels like opening an oven. The rent is AED 115,000 a year, paid in two cheques, which still shocks me.',
          'sa-rent',
        ],
        ['a', 'Two cheques is a relatively good arrangement there. Do you have a car yet?'],
        [
          'u',
          'Just a rental Nissan Sunny for a month while we decide. Could you remind me what we need for a UAE driving licence with a Lebanese one?',
        ],
        [
          'a',
          "Lebanese licences usually can't be directly converted, so you'd typically need driving school classes and a test; check the RTA website for the current rules for your nationality.",
        ],
        [
          'u',
          "Ugh, that's annoying. Karim has a British licence from his years in London, so he can convert his directly.",
        ],
        ['a', 'Then he can drive the family while you do the lessons.'],
        ['u', "Fine by me, I'd rather not drive on Sheikh Zayed Road yet anyway."],
        ['a', "Understandable, it's a busy road. Anything else?"],
        [
          'u',
          'Next question: where can I find good halal Lebanese bakeries nearby? Adam is already asking for manakish.',
          'sa-halal-bakery',
        ],
        [
          'a',
          'JLT and Barsha have several Lebanese bakeries; look for zaatar manakish places around the lake clusters. Nearly all meat in the UAE is halal, so that part is easy.',
        ],
        ['u', "That's a relief, one less thing to check on every label."],
        ['a', 'Indeed. Anything else?'],
        ['u', 'Just tell me how to keep a flat cool without the electricity bill exploding.'],
        [
          'a',
          'Set the AC to 24–25°C, use blackout curtains on the sun-facing side, close unused rooms, and service the AC filters.',
        ],
        [
          'u',
          'Blackout curtains are going on the shopping list tomorrow, along with about a litre of sunscreen.',
        ],
      ],
    },
    {
      start: '2025-08-26 20:30',
      lines: [
        [
          'u',
          'First week at Azure done! The team is lovely, although I now have fourteen unread Teams chats at any given moment.',
        ],
        ['a', "Sounds like a good start. What's the first big project?"],
        [
          'u',
          'A winter campaign for our resorts in Ras Al Khaimah. But first: the car. The rental runs out on Sunday and we need something for the family.',
        ],
        [
          'a',
          'Three sensible family options: 1) Toyota RAV4 Hybrid, great on fuel and reliable; 2) Nissan X-Trail, seven seats optional; 3) Hyundai Tucson, good value with lots of features.',
        ],
        [
          'u',
          "Let's do the first one, the hybrid. Karim compared them all weekend and we just ordered a white RAV4.",
          'sa-car-rav4',
        ],
        ['a', 'Excellent choice for Dubai driving. White also helps a bit with the heat.'],
        [
          'u',
          "Now the school asked me to fill in a medical form for Adam. He's allergic to sesame, which is absurd for a Lebanese child, no tahini, no zaatar with sesame seeds, no halawa.",
          'sa-adam-sesame',
        ],
        ['a', 'That must be tricky in Lebanese cuisine. Is the allergy severe?'],
        [
          'u',
          "He had one reaction at three with hives and swelling, so we carry an EpiPen. I'll give the school one as well.",
        ],
        ['a', 'Good idea. Make sure the nurse and his class teacher both know how to use it.'],
        ['u', 'Could you help me write a short note for his teacher explaining it?'],
        [
          'a',
          "'Dear Ms ___, Adam has a sesame allergy. Please make sure he doesn't eat food containing sesame, tahini or seeds. An EpiPen is in his bag and with the nurse. Thank you!'",
        ],
        ['u', "Perfect, short and clear. I'll add my number."],
        ['a', "Great. How's Adam feeling about school?"],
        [
          'u',
          'He keeps asking whether his teacher will speak Arabic. I told him a little, which I hope is true.',
        ],
        ['a', "Most Dubai schools teach Arabic as a subject, so he'll hear it at least."],
        ['u', 'That will reassure him. Thank you, goodnight!'],
      ],
    },
    {
      start: '2025-09-09 21:00',
      lines: [
        [
          'u',
          'Adam started school yesterday, Monday the 8th of September! He came out smiling, with paint on his face and a new best friend called Omar.',
          'sa-school-start',
        ],
        ['a', "That's wonderful! A best friend on day one is a great sign."],
        ['u', 'I cried in the car park, obviously. Karim pretended not to.'],
        ['a', 'Totally normal! How was the morning routine?'],
        [
          'u',
          'School starts at 7:40, so we leave at 7:10. Can you suggest quick breakfasts he can eat in ten minutes?',
        ],
        [
          'a',
          'Labneh wraps, oats with banana, cheese and cucumber on toast, a boiled egg with fruit, or a smoothie. Watch for sesame in any bread.',
        ],
        ['u', 'Labneh wraps are a hit already. Now, about me: I signed up for adult swimming lessons!'],
        ['a', 'Brave and exciting! Tell me more.'],
        [
          'u',
          "It's a ladies-only class at a pool in Al Barsha, on Saturday mornings at 8. Rania found it for me.",
          'sa-swim-signup',
        ],
        ['a', 'Ladies-only with a morning slot sounds comfortable for a start.'],
        ['u', "I'm nervous. What should I bring to the first lesson?"],
        [
          'a',
          'A modest swimsuit or burkini if you prefer, goggles, a swim cap, a towel, flip-flops, water and something to snack on after.',
        ],
        [
          'u',
          "I'll wear my burkini. I bought a lilac one, which feels very optimistic for someone who can't swim.",
        ],
        ['a', 'Optimism is the right attitude!'],
        ['u', "Ha, we'll see. Wish me luck."],
        ['a', 'Good luck! Take it one step at a time.'],
        ['u', "I'll report back after Saturday."],
      ],
    },
    {
      start: '2025-10-14 19:30',
      lines: [
        [
          'u',
          'Update from the pool: after four lessons I can float on my back without panicking, which is a small miracle.',
        ],
        ['a', "That's a huge breakthrough, floating is often the hardest part for fearful swimmers."],
        [
          'u',
          'My instructor, Olga, is Ukrainian and extremely patient. She counts with me while I breathe out underwater.',
          'sa-coach',
        ],
        ['a', 'A good coach makes all the difference. How does it feel?'],
        [
          'u',
          "Still scary in the deep end, but I'm proud. Also, work gave me a new phone: an iPhone 16 Pro, so I finally retired the dying Samsung.",
          'sa-phone-iphone',
        ],
        ['a', 'Nice upgrade! Do you need help moving your data over?'],
        ['u', "Yes please, mainly WhatsApp chats, which I'm terrified of losing."],
        [
          'a',
          "Use Apple's 'Move to iOS' app during iPhone setup and choose to transfer WhatsApp; keep both phones charged and on the same Wi-Fi.",
        ],
        [
          'u',
          "Done, it worked. And Adam's sixth birthday is on Saturday, we're doing a small party at the building's party room.",
        ],
        ['a', 'Fun! Do you have a theme?'],
        [
          'u',
          "Dinosaurs, naturally. Could you suggest a cake that doesn't involve sesame or nuts for safety?",
        ],
        [
          'a',
          'A chocolate sponge with buttercream and a dinosaur topper, made at home or at a bakery that confirms no sesame/nuts. Or a vanilla cake shaped like a volcano.',
        ],
        ['u', 'The volcano one! He will lose his mind.'],
        ['a', 'Add some red jelly for lava.'],
        ['u', 'Brilliant. The campaign is also going well, we hit our October booking target.'],
        ['a', 'A great month all round, then!'],
        ['u', "It really has been. I feel like we're finally settling in."],
      ],
    },
    {
      start: '2025-11-19 17:00',
      lines: [
        [
          'u',
          "My mother Nawal arrived on Sunday, she's staying for two weeks and has already rearranged my kitchen.",
        ],
        ['a', 'Mothers! How is she enjoying Dubai?'],
        [
          'u',
          'She loves the malls and hates the traffic. Where can I take her for a nice halal dinner, somewhere with a view, not Lebanese because she says no one cooks it like she does?',
        ],
        [
          'a',
          'Consider a Turkish grill on the Palm, a Persian restaurant in Jumeirah, or an Emirati restaurant near the creek for something local.',
        ],
        ['u', "The Emirati one sounds like an adventure for her. I'll book for Friday."],
        ['a', "Good choice, she'll get to try machboos and luqaimat."],
        [
          'u',
          'Adam has joined a football academy, Saturdays at 10 at Dubai Sports City, so Saturday is now swimming for me at 8 and football for him at 10.',
          'sa-football',
        ],
        ['a', 'Busy Saturdays! Is he enjoying it?'],
        ['u', 'He scored once, against his own team, and celebrated anyway.'],
        ['a', 'Enthusiasm is what counts at six!'],
        [
          'u',
          "Could you also help me plan my mother's last weekend? Something outdoors now that it's cooler.",
        ],
        [
          'a',
          'Options: a morning at Al Qudra lakes, a walk at Dubai Miracle Garden, or an abra ride and souk visit in old Dubai.',
        ],
        ['u', 'The old Dubai one, she loves markets and bargaining.'],
        ['a', "She'll be in her element."],
        ['u', 'She definitely will. Thank you!'],
      ],
    },
    {
      start: '2025-12-17 20:15',
      lines: [
        [
          'u',
          'Big news from the pool: on Saturday I swam a full 25 metres of freestyle, without stopping, with Olga walking alongside.',
          'sa-swim-25m',
        ],
        ['a', "Samira, that's incredible progress from floating in October!"],
        ['u', 'I nearly cried in my goggles. Karim filmed it and sent it to the entire family group.'],
        ['a', "A moment worth sharing. What's next?"],
        ['u', 'Olga wants me to move up to the intermediate group in January. Scary!'],
        ['a', "That's a compliment. You're clearly ready."],
        [
          'u',
          "At work we're finishing the year-end campaign, and in January I have to fly to London to present to our investors.",
        ],
        ['a', 'Exciting. Have you been to London before?'],
        [
          'u',
          'Only once, fifteen years ago, as a student. Could you suggest what to pack for London in January?',
        ],
        [
          'a',
          "A warm wool coat, waterproof boots, scarf, gloves, a compact umbrella, and layers; it's usually 3–8°C and damp.",
        ],
        ['u', "I don't own a single warm coat. Dubai has ruined me already."],
        ['a', 'A good excuse to shop before you go.'],
        [
          'u',
          "Also we booked our summer trip to Beirut for July, four weeks at my parents'. Adam wants to show his grandfather his football skills.",
        ],
        ['a', 'That sounds lovely. Remember the EpiPen for the trip.'],
        ['u', 'Always. It goes everywhere with us.'],
        ['a', 'Good. Enjoy the rest of December!'],
        ['u', 'Thank you, you too!'],
      ],
    },
    {
      start: '2026-01-21 21:40',
      lines: [
        [
          'u',
          'Back from London! The presentation went well, my boss said the investors asked for the deck afterwards.',
        ],
        ['a', "That's a great sign. Congratulations!"],
        ['u', 'It snowed on my last day, I stood in Hyde Park like a child.'],
        ['a', 'Lovely memory. Was the food easy to manage?'],
        [
          'u',
          "Mostly, I found a few halal places around Edgware Road. Next time I'll plan better.",
          'sa-halal-london',
        ],
        ['a', 'Good idea, apps and certification lists can help.'],
        [
          'u',
          "Swimming news: I moved up to the intermediate group, and it's on Wednesday evenings at 7 now instead of Saturdays.",
          'sa-swim-wed',
        ],
        ['a', 'Congratulations on moving up! Does the evening slot work with Adam?'],
        [
          'u',
          "Karim does bedtime on Wednesdays, it's his special night with Adam. They build Lego and eat too much popcorn.",
        ],
        ['a', 'Sounds like a fun tradition.'],
        [
          'u',
          'Also I now have four direct reports, we hired two new people this month. Any tips for running a good weekly one-to-one?',
        ],
        [
          'a',
          'Keep it 30 minutes, let them set half the agenda, ask about blockers and wellbeing, and note agreed actions at the end.',
        ],
        ['u', "Letting them set half the agenda is a nice touch. I'll start that on Monday."],
        ['a', "They'll appreciate it."],
        [
          'u',
          "Oh, one more thing: is it normal that my shoulders ache after swimming? I'm using muscles I didn't know existed.",
        ],
        [
          'a',
          'Very normal when you start a more demanding class. Stretch your shoulders and chest afterwards and it should ease within a few weeks.',
        ],
        ['u', "Good to know. Thank you, that's all for today."],
      ],
    },
    {
      start: '2026-02-24 22:30',
      lines: [
        [
          'u',
          'Ramadan Kareem! The first week of fasting in Dubai has been surprisingly easy, the shorter working hours help a lot.',
        ],
        ['a', "Ramadan Kareem, Samira! Glad it's going smoothly."],
        ['u', "I'm organising a team iftar for twelve people next Thursday. Could you suggest a format?"],
        [
          'a',
          'Options: 1) a hotel iftar buffet, 2) a private dining room at a restaurant with a set menu, 3) home-style catering at the office.',
        ],
        [
          'u',
          "The second one feels more personal. I'll book at one of our own hotels, I get a staff discount.",
        ],
        ['a', 'Nice perk. Make sure there are vegetarian dishes too.'],
        ['u', 'Good point, one of the new designers is vegetarian.'],
        ['a', "Great. How's Adam?"],
        [
          'u',
          "His first report card arrived, the teacher says he's very sociable, which is a polite way of saying he talks all the time.",
        ],
        ['a', 'Ha! Sociable is a good trait.'],
        ['u', "His reading is strong though, in English and Arabic. I'm very proud."],
        ['a', "Wonderful. Anything you'd like to work on with him?"],
        ['u', 'Maybe some simple maths games at home, something fun for ten minutes a day.'],
        [
          'a',
          'Try counting dinosaurs, a dice addition game, shopping role-play with coins, and pattern puzzles.',
        ],
        ['u', 'The coin shopping game will be perfect, he loves pretending to run a shop.'],
        ['a', 'Enjoy it together!'],
        [
          'u',
          "And the RAV4 has its first service on Saturday, I'm finally driving it myself now that I passed my test last month.",
          'sa-rav4-service',
        ],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which school did we pick for Adam?', ['sa-school-choice']],
    ['single-hop', "What's the name of the lady who teaches me swimming?", ['sa-coach']],
    ['single-hop', 'Why am I scared of deep water again?', ['sa-cant-swim']],
    ['single-hop', 'What does Karim do for a living?', ['sa-karim-offer']],
    [
      'single-hop',
      "I'm hosting clients at a steakhouse on my next London trip, is there anything I should check with the restaurant beforehand?",
      ['sa-halal', 'sa-halal-london', 'sa-halal-bakery'],
    ],
    [
      'multi-hop',
      "How much do the flat and Adam's school cost us per year, in total?",
      ['sa-rent', 'sa-fees'],
    ],
    [
      'multi-hop',
      "I'm filling in the registration for Adam's football club: which day and time is his training, and what medical issue do I need to declare?",
      ['sa-football', 'sa-adam-sesame'],
    ],
    ['temporal', 'On what date did we arrive in Dubai?', ['sa-landed'], { askedAt: '2026-03-05 20:00' }],
    [
      'temporal',
      "When was Adam's first day of school?",
      ['sa-school-start'],
      { askedAt: '2026-03-05 20:05' },
    ],
    ['updated', 'Which company am I working for these days?', ['sa-job-azure'], { stale: ['sa-job-nahla'] }],
    ['updated', 'What car do I have now?', ['sa-car-rav4', 'sa-rav4-service'], { stale: ['sa-picanto'] }],
    [
      'updated',
      'When are my swimming lessons nowadays?',
      ['sa-swim-wed'],
      { stale: ['sa-swim-signup', 'sa-football'] },
    ],
    ['off-topic', 'How do I tune an acoustic guitar by ear?', []],
    ['off-topic', "What's a good way to fix a squeaky door hinge?", []],
    ['off-topic', 'Can you summarise the plot of Moby-Dick?', []],
  ],
});

import { definePersona } from '../author.ts';

export const nathaniel = definePersona({
  user_id: 'h16-nathaniel',
  name: 'Nathaniel',
  summary:
    'A 47-year-old Jamaican-Canadian high-school chemistry teacher in Toronto who coaches the sprint group in track and manages type 2 diabetes; a careful planner who writes tidy, polite, full-sentence messages with the odd bit of patois.',
  language: 'en',
  sessions: [
    {
      start: '2023-08-27 20:00',
      lines: [
        [
          'u',
          'Good evening. School starts on September 5th and I like to have my first two weeks mapped out before Labour Day. Can you help me build a planning checklist?',
        ],
        [
          'a',
          'Of course. Typical items: course outlines, seating plans, a lab safety lesson, the first unit plan, supply list, a note to parents, and extracurricular schedules. What do you teach?',
        ],
        [
          'u',
          'Grade 11 and Grade 12 chemistry at Kingsview Secondary in Scarborough. This will be my fourteenth year there.',
          'job-school',
        ],
        ['a', 'Fourteen years, so you know the drill. Anything new this year?'],
        [
          'u',
          "I'm coaching the sprint group for track again. Practice is Tuesdays and Thursdays, 3:30 to 5:00, on the back field.",
          'practice-tt-1',
        ],
        [
          'a',
          'Good. Shall I add track items to the checklist, like consent forms and an athlete contact list?',
        ],
        [
          'u',
          "Yes please. Also add a reminder to pack glucose tabs and a snack in my coaching bag. I'm a type 2 diabetic and I have gone low on that field before.",
          'diabetes',
        ],
        ['a', "Added a 'coaching bag' item: glucose tabs, a snack, water and your meter. Safety first."],
        [
          'u',
          "Thank you. My wife Claudette checks that bag anyway. She's a pharmacist at the Shoppers Drug Mart on Lawrence Avenue, so she is stricter than my doctor.",
          'wife-job',
        ],
        ['a', 'Having a pharmacist at home is a good backup!'],
        [
          'u',
          'It is. Our daughter Simone turns 16 next month and wants driving lessons from me, which frightens me more than any lab.',
          'simone-age',
        ],
        ['a', 'Teaching a teen to drive is a rite of passage. She can get her G1 at 16 in Ontario.'],
        [
          'u',
          "Yes, she's already reading the handbook. One more thing: I walk 5 km every morning at 5:30 around Thomson Park before school. Please build the plan around that.",
          'walk-1',
        ],
        ['a', "Noted. I'll put prep blocks after 6:30 a.m. and after school on non-practice days."],
        ['u', "Perfect. Mi appreciate it. I'll print this and put it in my planner."],
        ['a', 'Glad to help. Good luck with the start of the year!'],
        ['u', "One last thing: what's a quick low-carb breakfast I can eat after the walk?"],
        [
          'a',
          'Greek yogurt with berries and nuts, eggs with spinach, or cottage cheese with cucumber and seasoning.',
        ],
        ['u', "Eggs with spinach and a little scotch bonnet sauce. That's me."],
        ['a', 'A fine choice.'],
      ],
    },
    {
      start: '2023-09-16 09:00',
      lines: [
        [
          'u',
          "Good morning. The first two weeks went smoothly. I'd like to plan a lab for my Grade 11s in early October. Can you suggest some options that work in a basic lab?",
        ],
        [
          'a',
          'Sure: 1) a vinegar titration with NaOH, 2) flame tests with metal chloride salts, 3) a limiting-reactant lab with baking soda, vinegar and balloons, 4) paper chromatography of markers.',
        ],
        [
          'u',
          'The flame tests, option 2. Students love the colours, and it fits the atomic structure unit perfectly.',
          'lab-pick',
        ],
        [
          'a',
          'Great choice. Use wooden splints soaked in solution or nichrome loops: lithium red, sodium orange, potassium lilac, copper green, calcium orange-red.',
        ],
        ['u', 'Please draft a safety briefing I can read to them, short and clear.'],
        [
          'a',
          "'Goggles on the entire time. Hair tied back, sleeves secured. Hold splints only by the dry end. Never lean over the burner. Used splints go in the water beaker. Report any burn immediately.'",
        ],
        [
          'u',
          "Excellent. On a personal note, I'm testing my blood sugar by finger prick about four times a day now, and my fingertips are sore. Any tips?",
          'finger-1',
        ],
        [
          'a',
          'Rotate fingers, use the sides of the fingertips rather than the pads, use a fresh lancet and warm your hands first. You could also ask your doctor about a continuous glucose monitor.',
        ],
        [
          'u',
          'I will bring it up with Dr. Okafor. I keep all my readings in my paper planner, a Leuchtturm weekly, with a column for each day.',
          'planner-paper',
        ],
        ['a', 'Very organized. Your doctor will appreciate the log.'],
        [
          'u',
          "Simone ran the 800 m at her school's first meet yesterday, 2:19. She's at Agincourt, not my school, so thankfully I don't have to coach my own child.",
          'simone-800',
        ],
        ['a', '2:19 is a strong time at her age! Nice that you can just be a dad at her meets.'],
        ['u', 'Exactly. I just cheer and take notes. Old habits.'],
        ['a', 'Naturally.'],
        [
          'u',
          'Could you recommend a good book on the history of chemistry? Something I could quote in class.',
        ],
        ['a', "Try 'The Disappearing Spoon' by Sam Kean: stories about the periodic table, very quotable."],
        ['u', "I'll pick it up at the library this week."],
        ['a', 'Enjoy it!'],
      ],
    },
    {
      start: '2023-10-07 14:30',
      lines: [
        [
          'u',
          "Happy Thanksgiving weekend. We're hosting on Monday and I have a small problem: my mother wants curry goat on the table alongside the turkey.",
        ],
        ['a', 'Two mains, ambitious! How many people?'],
        [
          'u',
          'Fourteen. My brother Desmond is bringing beef patties from his shop, Irie Bites in Brampton, so at least that part is covered.',
          'brother-shop',
        ],
        ['a', 'Handy! Want a cooking timeline for the goat and the turkey?'],
        ['u', 'Yes. The turkey is 14 lbs. The curry goat I usually start the night before.'],
        [
          'a',
          'Sunday evening: marinate and brown the goat, simmer 2 hours, refrigerate. Monday: turkey in at 11 a.m. at 325°F for about 3.5 to 4 hours; reheat the goat on the stovetop 45 minutes before dinner; rest the turkey 30 minutes.',
        ],
        [
          'u',
          'Perfect. My mother is only here for two weeks. She lives in Mandeville, Jamaica, and we plan to visit her next summer for her 80th.',
          'mom-mandeville',
        ],
        ['a', 'A lovely milestone. Would you like help planning that trip closer to the time?'],
        ['u', "Yes, definitely. Around December I'll start looking at flights."],
        ['a', 'Good timing. July flights often get pricier after the new year.'],
        [
          'u',
          'Track update: still Tuesday and Thursday practices, and my 4x100 boys ran 44.8 at the invitational. Proud of them.',
          'practice-tt-2',
        ],
        ['a', '44.8 is quick for high school! Well done, coach.'],
        [
          'u',
          "Thank you. Now, with my diabetes, how should I approach a big holiday meal? I don't want to be the one who skips dessert entirely.",
        ],
        [
          'a',
          'Fill half the plate with vegetables, go easy on the starches, walk after the meal and have a small slice of dessert. Check your sugar two hours later.',
        ],
        ['u', 'A walk after dinner with Desmond is a tradition anyway. He talks, I listen.'],
        ['a', 'A perfect built-in activity.'],
        [
          'u',
          'Can you settle something: are pumpkin pie spice and allspice the same thing? My mother insists they are.',
        ],
        [
          'a',
          'No. Allspice is a single berry, pimento, which is very Jamaican. Pumpkin pie spice is a blend of cinnamon, ginger, nutmeg, cloves and sometimes allspice.',
        ],
        ['u', "I'll tell her gently. Pimento comes from Jamaica, so she will claim victory anyway."],
        ['a', 'Ha, she probably will.'],
      ],
    },
    {
      start: '2023-11-09 21:00',
      lines: [
        [
          'u',
          'Long day. Parent-teacher interviews were last night until 8:30, and then I marked lab reports until midnight.',
          'pti',
        ],
        ['a', "That's a marathon. How did the interviews go?"],
        [
          'u',
          'Mostly good. A few parents want more practice before the unit test. Could you write 10 stoichiometry practice questions?',
        ],
        [
          'a',
          'Sure. 1) How many moles of O2 are needed to burn 2.0 mol of CH4? ... ten questions in rising difficulty, including limiting reactant and percent yield.',
        ],
        ['u', 'Very good. Please add an answer key with full working. I post it after the test.'],
        ['a', 'Answer key added with step-by-step solutions.'],
        [
          'u',
          "Also, I'm still walking at 5:30 every morning, but it's dark and cold now, and my knee has started to complain on the hills.",
          'walk-2',
        ],
        [
          'a',
          'A reflective vest and a headlamp would help, and flatter routes. If the knee persists, see a physiotherapist.',
        ],
        [
          'u',
          "Noted. Marcus needs a science fair idea as well. He's 12, in Grade 7, and he wants to 'blow something up', which is a no.",
          'marcus-age',
        ],
        [
          'a',
          'Safer exciting ideas: 1) which antacid neutralizes acid fastest, 2) a fruit battery, 3) growing crystals with different sugars, 4) how temperature affects glow stick brightness.',
        ],
        [
          'u',
          "The glow stick one. It glows, it's chemistry, and nothing explodes. Marcus will accept it.",
          'marcus-fair-pick',
        ],
        [
          'a',
          'He can test sticks in ice water, room temperature and warm water and measure brightness with a phone light-meter app.',
        ],
        ['u', "Good idea with the phone app. I'll set him up a notebook with a proper data table."],
        ['a', "He'll learn good habits early."],
        [
          'u',
          'One more: the Remembrance Day assembly is Friday and I need a two-minute introduction. Simple and respectful.',
        ],
        [
          'a',
          "Draft: 'Good morning. Today we pause to remember those who served, and those who gave their lives...' about 250 words.",
        ],
        ['u', "That's fine. Thank you, good night."],
        ['a', 'Good night.'],
      ],
    },
    {
      start: '2023-12-02 10:00',
      lines: [
        [
          'u',
          "Good morning. As promised, it's flight time. We need Toronto to Jamaica from July 10 to July 24, four people.",
        ],
        [
          'a',
          'Options: 1) Air Canada direct YYZ to Kingston, about $980 per person, 2) WestJet direct YYZ to Montego Bay, about $820, 3) Sunwing to Montego Bay, about $700 but with limited baggage.',
        ],
        [
          'u',
          "Let's take the Air Canada one into Kingston. My cousin Winston can pick us up at the airport there.",
          'flight-pick',
        ],
        ['a', 'Good plan. Pay for seat selection so the four of you sit together.'],
        ['u', 'Done and booked, confirmation saved. $3,920 total, which I had budgeted at $4,000.'],
        ['a', 'Under budget, nicely done.'],
        [
          'u',
          'Related to health: my finger-prick readings have been erratic, high in the mornings, around 9 or 10 mmol/L. Should I worry?',
          'finger-2',
        ],
        [
          'a',
          'Morning highs can be the dawn phenomenon. Log them and discuss with Dr. Okafor; the timing of your metformin or evening snack may matter.',
        ],
        ['u', "I'm seeing her in January. I'll bring my log."],
        ['a', 'Good.'],
        [
          'u',
          'Also, Christmas. Claudette wants a stand mixer. Which is better, the KitchenAid Artisan or the Cuisinart?',
        ],
        [
          'a',
          'KitchenAid Artisan: iconic, lots of attachments, holds its value. Cuisinart 5.5 qt: more power for the money and a bigger bowl. Both are fine for regular baking.',
        ],
        ['u', 'KitchenAid, in red. She has been hinting for two years.'],
        ['a', 'Red is a classic. Boxing Day sales might save you something if you can wait.'],
        [
          'u',
          "I cannot wait, she would notice. Also, Simone keeps putting off booking her G1 test. She says she isn't ready.",
        ],
        ['a', 'Flashcards on the demerit point and fine questions might help her feel ready.'],
        ['u', "I'll make her some this weekend. Thank you."],
        ['a', "You're welcome!"],
      ],
    },
    {
      start: '2024-01-21 19:00',
      lines: [
        [
          'u',
          'We surprised Claudette for her 50th birthday yesterday at a restaurant on the Danforth. She cried, which means it worked.',
          'claudette-bday',
        ],
        ['a', 'Happy 50th to her! Which restaurant?'],
        [
          'u',
          'Mezes, the Greek place. Twenty-two guests, and Desmond gave a speech that went on far too long.',
        ],
        ['a', 'The classic brother speech.'],
        [
          'u',
          "New year, new system: I've moved my whole planning system into Notion. One database for lessons, one for track, one for health logs.",
          'planner-notion',
        ],
        ['a', 'A big switch from paper! Want help with templates?'],
        ['u', 'Yes, a weekly lesson template please. Columns: course, unit, lesson, lab needed, status.'],
        [
          'a',
          'A database with Course (select), Unit (select), Lesson (title), Date, Lab needed (checkbox), Status (Not started / Prepped / Taught), plus a calendar view.',
        ],
        ['u', 'Perfect, exactly what I had in mind.'],
        ['a', 'Great.'],
        [
          'u',
          'Semester exams start next week. I need a five-day study schedule for Grade 12: organic chemistry and equilibrium.',
        ],
        [
          'a',
          'Day 1 functional groups and naming; Day 2 reactions; Day 3 the equilibrium constant; Day 4 Le Chatelier and Ksp; Day 5 a full practice exam.',
        ],
        ['u', 'Thank you. Also, my appointment with Dr. Okafor was moved to February 15th.'],
        ['a', 'Noted. Keep logging those morning readings.'],
        ['u', 'I will. The snow has been terrible this week, I shovelled twice this morning.'],
        ['a', 'Lift with your legs, and check your sugar after heavy shovelling since it can drop.'],
        ['u', 'Good reminder. Claudette says the same.'],
        ['a', "She's right!"],
      ],
    },
    {
      start: '2024-02-18 16:00',
      lines: [
        [
          'u',
          "Big news on the health front. Dr. Okafor referred me to an endocrinologist, and as of this week I'm wearing a FreeStyle Libre 3 sensor. No more finger pricks!",
          'libre-change',
        ],
        ['a', "That's great! How are you finding it?"],
        [
          'u',
          "It sits on the back of my arm and sends a reading to my phone every minute. I've discovered my sugar spikes after my morning oatmeal. Who knew.",
        ],
        ['a', 'CGMs reveal surprises like that. Maybe swap the oatmeal for something higher in protein?'],
        [
          'u',
          "Already back to eggs. Coverage was a problem, but Claudette sorted out the insurance paperwork through my teachers' plan.",
        ],
        ['a', "Nice. Teachers' benefit plans often cover CGMs."],
        [
          'u',
          "Indeed. Now, it's Family Day tomorrow. We want an activity for the four of us that isn't a screen.",
        ],
        [
          'a',
          'Ideas: 1) skating at Nathan Phillips Square, 2) the ROM, 3) the Ontario Science Centre, 4) a board game café.',
        ],
        ['u', 'The Science Centre, obviously. Marcus wants to see the lightning demonstration.'],
        ['a', 'Great pick, the electricity show is a classic.'],
        [
          'u',
          'Also, Marcus won second place at the school science fair with the glow sticks!',
          'marcus-fair-2',
        ],
        ['a', 'Congratulations to Marcus!'],
        ['u', "He's insufferable now. Can you help me write a thank-you email to his teacher, Ms. Bertrand?"],
        [
          'a',
          "Draft: 'Dear Ms. Bertrand, thank you for encouraging Marcus throughout the science fair. He came home beaming...'",
        ],
        ['u', 'Good. Send-ready.'],
        ['a', 'Glad it works.'],
        [
          'u',
          "Finally, I need to plan the spring track season, but the athletic director says field time might change. I'll know in a few weeks.",
        ],
        ['a', "Want to draft both possible schedules now so you're ready?"],
        ['u', "Let's wait. I prefer to plan once, with the correct information."],
        ['a', 'Fair enough.'],
      ],
    },
    {
      start: '2024-03-13 11:00',
      lines: [
        [
          'u',
          'March Break. I finally saw a physiotherapist about my knee. Patellofemoral pain, she says. No more hill walks for now.',
        ],
        ['a', 'Sorry to hear it. Did she suggest alternatives?'],
        [
          'u',
          "Swimming. So as of this week I've swapped the 5:30 walk for lane swimming at 6:00 at the Scarborough Village pool. Thirty lengths.",
          'swim-change',
        ],
        ['a', 'A great low-impact choice. How did the first swim feel?'],
        [
          'u',
          'Humbling. I swam all the time as a boy in Jamaica, but the technique has gone. Can you give me some freestyle drills?',
        ],
        [
          'a',
          '1) kick with a board, 2) catch-up drill, 3) side-kick breathing, 4) fingertip drag. Do 4 x 25 m of each.',
        ],
        ['u', 'And I must watch my sugar when swimming, yes? The sensor helps there.'],
        [
          'a',
          'Yes. Check before you get in and keep fast carbs at the poolside; swimming can drop glucose quickly.',
        ],
        [
          'u',
          'Understood. Claudette and I are also thinking about turning the basement into a rental unit. Can you list the steps?',
        ],
        [
          'a',
          "1) Check Toronto's secondary suite rules, 2) get a building permit, 3) hire a designer and contractor, 4) fire separation and egress windows, 5) a separate entrance, 6) inspections.",
        ],
        ['u', 'Budget estimate?'],
        ['a', 'Roughly $80,000 to $150,000, depending on finishes and whether you need underpinning.'],
        ['u', "Oof. We will think about it. Simone asked if she could have it as her 'studio' instead. No."],
        ['a', 'A classic negotiation.'],
        [
          'u',
          'Also, Desmond is opening a second Irie Bites in Mississauga in May. Any ideas for a grand opening promotion?',
          'brother-shop-2',
        ],
        [
          'a',
          '1) a free patty for the first 100 customers, 2) a patty-eating contest, 3) a local DJ, 4) launch loyalty punch cards.',
        ],
        ['u', "Free patties for the first hundred. He'll like that."],
        ['a', 'Good luck to him!'],
        ['u', "Thank you. I'm enjoying the quiet this week, no marking at all."],
        ['a', 'Enjoy the break.'],
      ],
    },
    {
      start: '2024-04-06 08:30',
      lines: [
        [
          'u',
          'Spring track is here and I finally have the field schedule. The athletic director moved us: from now on practice is Monday, Wednesday and Friday, 3:15 to 4:45.',
          'practice-mwf-change',
        ],
        ['a', 'Three days a week, more time with the team. Want a weekly training plan?'],
        ['u', 'Yes. Sprint group, 18 athletes, 100 m to 400 m. Early season.'],
        [
          'a',
          'Mon: acceleration and block starts; Wed: speed endurance, e.g. 3 x 150 m; Fri: relay exchanges and tempo runs. Warm-up drills every day.',
        ],
        ['u', "Excellent. I'll put it into Notion tonight."],
        ['a', 'Perfect.'],
        [
          'u',
          "About the trip in July: what should we bring for my mother's 80th? She likes practical gifts.",
        ],
        [
          'a',
          'Ideas: a good blood pressure monitor, a light cordless vacuum, a family photo book, or comfortable orthopaedic sandals.',
        ],
        [
          'u',
          'The photo book, with pictures from all her grandchildren. Claudette will design it.',
          'mom-gift',
        ],
        ['a', 'A beautiful idea.'],
        [
          'u',
          "The unit I'm teaching now is electrochemistry. Can you explain a galvanic cell in a way sixteen-year-olds will remember?",
        ],
        [
          'a',
          "Think of a water slide: electrons slide from the anode, where oxidation happens ('An Ox'), to the cathode ('Red Cat'), and the salt bridge keeps the pool balanced.",
        ],
        ['u', "An Ox, Red Cat I already use, but the water slide is new. I'll steal it."],
        ['a', 'Happy to be stolen from.'],
        [
          'u',
          "This weekend is quieter. Marcus has a chess club tournament at the library and I'm the designated driver.",
        ],
        ['a', 'Good luck to him!'],
      ],
    },
    {
      start: '2024-05-04 15:00',
      lines: [
        [
          'u',
          'Simone passed her G1 test yesterday! Eight months of procrastination, done in twenty minutes.',
          'simone-g1',
        ],
        ['a', 'Congratulations to her! Now the real lessons begin.'],
        [
          'u',
          "Yes. I've made her a lesson plan: empty parking lots for two weeks, then residential streets. She says I'm 'too much'.",
        ],
        ['a', "That's a good progression. 'Too much' is the right amount."],
        [
          'u',
          'Also, my latest A1C came back at 6.6, down from 7.5 in the fall. Dr. Okafor was very pleased.',
          'a1c',
        ],
        ['a', "That's a big improvement!"],
        [
          'u',
          "I credit the Libre. I glance at my phone after every meal now and adjust. It's like getting lab results in real time.",
          'libre-2',
        ],
        ['a', "A chemist's dream."],
        ['u', 'Ha. Track: we had our first meet, and my 4x100 girls qualified for regionals.'],
        ['a', "Fantastic. When's regionals?"],
        ['u', 'May 15th at Birchmount Stadium. I need to plan the bus and the permission forms.'],
        [
          'a',
          'Checklist: book the bus two weeks ahead, forms out by Monday, emergency contact list, first aid kit, snack plan.',
        ],
        ['u', 'Thank you. Add my own snack and glucose tabs too, please.'],
        ['a', 'Added.'],
        ['u', "We've also decided against the basement rental. Too expensive for now, maybe in five years."],
        ['a', 'A sensible call.'],
      ],
    },
    {
      start: '2024-06-01 10:30',
      lines: [
        [
          'u',
          'Last month of school. Exams, report cards and the track banquet. My Notion board is very full.',
        ],
        ['a', "A busy finish. What's first?"],
        ['u', 'The banquet is June 12. I need short award speeches for six athletes.'],
        ['a', "Give me a name and a highlight for each and I'll draft three or four sentences."],
        [
          'u',
          "Let's start with Kwame: he dropped his 200 m from 24.1 to 22.9 this season and never missed a single Monday, Wednesday or Friday session.",
          'practice-mwf-2',
        ],
        [
          'a',
          "'Kwame is the definition of consistency. He never missed a practice, and he turned that work into a 1.2-second drop in the 200 m...'",
        ],
        [
          'u',
          "Good. I'll send the others later. Also, Desmond's Mississauga shop opened, and the free patty promotion had a line around the block.",
        ],
        ['a', 'Great success!'],
        ['u', "And the swimming is going very well. I'm up to 40 lengths and the knee is quiet.", 'swim-2'],
        ['a', "That's great progress."],
        [
          'u',
          "We're packing for Jamaica already, because Claudette wants a list. Two weeks, hot weather, a birthday party and church on Sunday.",
        ],
        [
          'a',
          'Per person: 7 light outfits, a dressy outfit for the party, church clothes, swimwear, sandals, sneakers, a hat, sunscreen, bug repellent, and medication with extra supply.',
        ],
        ['u', 'Extra Libre sensors in my carry-on. Claudette already ordered two spares.', 'libre-3'],
        ['a', 'Smart, and take a letter from your doctor for airport security.'],
        ['u', "Good point, I'll ask Dr. Okafor for one."],
        ['a', 'Great.'],
      ],
    },
    {
      start: '2024-06-29 17:00',
      lines: [
        ['u', 'School is done. Report cards submitted on time, as always.'],
        ['a', 'Congratulations on finishing the year!'],
        [
          'u',
          'Now the summer plan. I like structure even on vacation. Can you help me set a light routine for Jamaica?',
        ],
        [
          'a',
          'Sure: a morning swim or walk, family time, one outing a day, an afternoon rest, and evening meals together.',
        ],
        [
          'u',
          "Morning swim, yes. There's a pool at my cousin's place, and I don't want to lose my lane swimming progress.",
          'swim-3',
        ],
        ['a', 'Perfect.'],
        [
          'u',
          "I also want to prepare for next year. I'm taking on a Grade 12 enrichment class. Any good summer reading?",
        ],
        [
          'a',
          "Try 'Napoleon's Buttons', about molecules that changed history, and 'Uncle Tungsten' by Oliver Sacks.",
        ],
        ['u', "Napoleon's Buttons, then. I read The Disappearing Spoon this year and enjoyed it."],
        ['a', "You'll like it, similar style."],
        ['u', 'And Marcus wants to go to a science camp in August. Options?'],
        [
          'a',
          '1) a University of Toronto science camp, week-long, 2) a museum summer camp, 3) an online Youth Science Canada camp.',
        ],
        ['u', "U of T, the week of August 12. He'll love the lab sessions.", 'camp-pick'],
        ['a', 'Great choice.'],
        [
          'u',
          "Simone is practising driving in the church parking lot every Sunday. Claudette refuses to be in the car, so it's me.",
        ],
        ['a', 'The brave parent!'],
        ['u', 'Thank you for all your help this year. We leave on the 10th.'],
        ['a', 'Have a wonderful trip!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Where does my wife work again?', ['wife-job']],
    ['single-hop', "What's the name of my brother's business?", ['brother-shop', 'brother-shop-2']],
    ['single-hop', 'What was my most recent A1C result?', ['a1c']],
    ['single-hop', 'Which experiment did I choose to run with my Grade 11 class in the fall?', ['lab-pick']],
    [
      'single-hop',
      'What project did my son end up doing for the science fair?',
      ['marcus-fair-pick', 'marcus-fair-2'],
    ],
    [
      'multi-hop',
      'Which airport are we flying into this summer, and what town does my mom live in?',
      ['flight-pick', 'mom-mandeville'],
    ],
    ['multi-hop', 'How old are my son and my daughter?', ['simone-age', 'marcus-age']],
    [
      'temporal',
      'How long ago did my daughter pass her learner’s permit test?',
      ['simone-g1'],
      { askedAt: '2024-07-15 09:00' },
    ],
    [
      'temporal',
      "Which happened first: the parent-teacher interview night or my wife's surprise 50th?",
      ['pti', 'claudette-bday'],
      { askedAt: '2024-07-15 09:00' },
    ],
    [
      'updated',
      'How do I keep track of my blood sugar nowadays?',
      ['libre-change', 'libre-2', 'libre-3'],
      { stale: ['finger-1', 'finger-2'] },
    ],
    [
      'updated',
      'Which afternoons does my sprint group train now?',
      ['practice-mwf-change', 'practice-mwf-2'],
      { stale: ['practice-tt-1', 'practice-tt-2'] },
    ],
    [
      'updated',
      'What do I do for exercise in the mornings these days?',
      ['swim-change', 'swim-2', 'swim-3'],
      { stale: ['walk-1', 'walk-2'] },
    ],
    ['off-topic', 'How do I get a red wine stain out of a carpet?', []],
    ['off-topic', 'How many moons does Jupiter have?', []],
    ['off-topic', 'Who painted the ceiling of the Sistine Chapel?', []],
  ],
});

import { definePersona } from '../author.ts';

export const thaddeus = definePersona({
  user_id: 'h14-thaddeus',
  name: 'Thaddeus',
  summary:
    'Thaddeus is a 47-year-old high-school chemistry teacher in Cleveland who coaches cross-country and manages type 2 diabetes; he writes methodically, with numbered points, units and precise details.',
  language: 'en',
  sessions: [
    {
      start: '2024-08-11 07:45',
      lines: [
        [
          'u',
          "Good morning. Cross-country season starts tomorrow and I'd like to organize the first two weeks of practice. I'm the assistant coach under Coach Barnes; I handle the distance group.",
          'role_1',
        ],
        ['a', 'Good morning! Happy to help. How many runners, and what are your practice times?'],
        [
          'u',
          'Context: 34 runners, roughly half new. Practice is 3:15 to 5:00 p.m. Heat is a concern; the forecast is upper 80s.',
        ],
        [
          'a',
          'Week 1: easy runs of 20-30 minutes, dynamic warm-ups, strides, and a team talk on hydration. Week 2: add one fartlek session and a time trial on Wednesday. Keep the hardest efforts early, before peak heat.',
        ],
        [
          'u',
          'Two adjustments: (1) move the time trial to Friday of week 2, (2) add a hydration check at the 30-minute mark.',
        ],
        [
          'a',
          'Done. Week 2: Monday easy, Tuesday fartlek, Wednesday easy plus strides, Thursday rest or cross-train, Friday 2-mile time trial. Water check at 30 minutes every day.',
        ],
        [
          'u',
          'Our top returning runner, Priya Raman, ran 18:42 for 5K last fall. What is a realistic goal for her this season?',
          'runner',
        ],
        [
          'a',
          'With a good summer base, 30 to 45 seconds faster is realistic: somewhere around 18:00 to 18:15.',
        ],
        ['u', "Agreed. I'll discuss it with her on Tuesday."],
        ['a', 'Sounds good.'],
        [
          'u',
          "Separate topic. I have type 2 diabetes and take metformin 500 mg twice daily, with breakfast and dinner. Practice ends right when I'd normally eat. Any guidance on snack timing?",
          'med_1',
        ],
        [
          'a',
          'A small snack with 15-20 g of carbs and some protein around 2:30 p.m. can help, then dinner as soon as practice ends. Check your glucose before and after practice for a couple of weeks to see your pattern.',
        ],
        ['u', 'My last A1C, in July, was 7.4. My doctor wants it under 7.', 'a1c_1'],
        ['a', 'That is a reachable goal, especially with the activity of coaching season.'],
        [
          'u',
          'I log my fingersticks in a spreadsheet. Columns: date, time, reading, meal. Anything you would add?',
        ],
        [
          'a',
          'Add exercise minutes, medication timing, sleep hours and a notes column for stress or illness.',
        ],
        ['u', "Good suggestions. Adding 'exercise minutes' and 'notes'. Thank you."],
        ['a', "You're welcome. Good luck with the first practice!"],
      ],
    },
    {
      start: '2024-08-25 20:00',
      lines: [
        [
          'u',
          'School starts Wednesday. I teach chemistry at Brookside Heights High School: two sections of AP Chem and three of Honors Chem. Could you help me draft a lab safety email to parents?',
          'job',
        ],
        [
          'a',
          'Dear families, welcome to chemistry! Safety is our first priority in the lab. Students will review safety rules in the first week and sign a safety contract, which I ask you to read and sign as well. Please reach out with any questions.',
        ],
        ['u', 'Add the goggle requirement and the closed-toe shoes rule. Be specific: no sandals, no Crocs.'],
        [
          'a',
          'Added: "Chemical splash goggles must be worn at all times during labs. Closed-toe shoes are required on lab days: no sandals, slides or Crocs."',
        ],
        ['u', 'Good. One more item: long hair must be tied back.'],
        ['a', 'Added.'],
        [
          'u',
          'Next: my wife Denise asked me to plan the week of dinners. She works twelve-hour shifts in the ICU at MetroHealth, Monday, Tuesday and Friday this week.',
          'wife',
        ],
        ['a', 'I can do that. Any constraints?'],
        [
          'u',
          'Keep total carbohydrates per dinner around 45 to 60 grams, for my sake. The kids eat whatever we eat, more or less.',
        ],
        [
          'a',
          'Mon: slow-cooker chicken chili. Tue: leftovers. Wed: baked salmon, roasted broccoli, brown rice. Thu: turkey tacos on small tortillas. Fri: sheet-pan sausage and vegetables. Sat: burgers, side salad. Sun: pork tenderloin and sweet potato.',
        ],
        ['u', "Wednesday swap: Tessa won't eat salmon. Replace with chicken."],
        ['a', 'Wednesday: baked chicken thighs, roasted broccoli and brown rice.'],
        [
          'u',
          'Also, I drive my own 2013 Honda Odyssey to meets when the bus is full; it fits seven runners. What should I check before the first meet?',
          'car_1',
        ],
        [
          'a',
          'Check tire pressure and tread, oil level, brakes, wipers and washer fluid, and that all seat belts work. Also confirm the district policy on driving students.',
        ],
        ['u', 'Policy: I need a signed form from each parent. Adding that to the list.'],
        ['a', 'Good idea.'],
        ['u', 'Tire pressure is also on the list. Thank you.'],
        ['a', 'Have a great first week!'],
      ],
    },
    {
      start: '2024-09-15 19:30',
      lines: [
        [
          'u',
          'My son Marcus passed his driving test yesterday. He is 16 and very pleased with himself.',
          'license',
        ],
        ['a', 'Congratulations to Marcus!'],
        [
          'u',
          'We agreed on three rules: (1) no passengers for six months, (2) home by 10 p.m., (3) phone in the glove box. Did I miss anything obvious?',
        ],
        [
          'a',
          'You might add rules about bad weather (no driving in heavy snow at first) and about telling you where he is going.',
        ],
        ['u', 'Good point on weather. Added as rule 4.'],
        ['a', 'Great.'],
        ['u', 'The insurance went up $94 a month with him on our policy. Is that typical in Ohio?'],
        [
          'a',
          'Yes, that is in the normal range for a new 16-year-old driver. Ask about a good student discount.',
        ],
        ['u', 'He has a 3.6 GPA, so I will ask.'],
        ['a', 'That should qualify.'],
        [
          'u',
          "Unit 2 in AP Chem is atomic structure. Could you suggest a way to teach photoelectron spectroscopy? It's abstract for them.",
        ],
        [
          'a',
          'Use a stadium analogy: electrons sit in seats at different levels; the energy needed to remove them depends on how close they are to the field. Each peak in the spectrum is a section of seats, and the peak height is the number of fans in that section.',
        ],
        ['u', "The stadium analogy is good. I'll use that on Tuesday."],
        ['a', 'Let me know how it lands.'],
        ['u', 'Also, Priya won the Lakeland Invitational yesterday in 18:21. Personal best.'],
        ['a', 'Huge improvement already!'],
        [
          'u',
          'Any recommendation for a simple shared family calendar? We have four people and three schedules that conflict weekly.',
        ],
        ['a', 'Google Calendar with a shared family calendar is simple and free. Give each person a color.'],
      ],
    },
    {
      start: '2024-10-06 16:10',
      lines: [
        [
          'u',
          "I'd like to improve my school lunches. Currently it's a turkey sandwich and chips most days. Suggestions under 40 g carbohydrates that keep well in a lunch bag?",
        ],
        [
          'a',
          'Options:\n1. Cauliflower rice chicken stir-fry\n2. Tuna salad lettuce wraps\n3. Greek yogurt bowl with nuts and berries\n4. Turkey and bean chili',
        ],
        ['u', 'Option 1. I can batch it on Sunday and portion five containers.', 'lunch_pick'],
        [
          'a',
          'Sauté 1.5 lb diced chicken, add 2 bags riced cauliflower, frozen stir-fry vegetables, 2 eggs, low-sodium soy sauce, garlic and ginger. Divide into five.',
        ],
        ['u', 'Approximate macros per portion?'],
        ['a', 'About 350 kcal, 35 g protein, 12-15 g carbohydrates, 15 g fat per portion.'],
        [
          'u',
          'Second question: the metformin has been giving me stomach trouble in the afternoons. Still 500 mg twice a day. Is this common?',
          'med_2',
        ],
        [
          'a',
          'Yes, GI side effects are the most common with metformin. Taking it with food helps, and an extended-release version is often easier on the stomach. Ask your doctor.',
        ],
        ['u', "I'll call Dr. Okafor's office on Monday."],
        ['a', 'Good plan.'],
        ['u', 'Practice report: 31 of 34 at the hill workout. Three out with shin splints.'],
        ['a', 'Shin splints are common in new runners ramping up.'],
        [
          'u',
          'Could you write a one-page shin splints prevention handout? Plain language, for 14-year-olds.',
        ],
        [
          'a',
          'Shin Splints: How to Avoid Them\n1. Build up slowly: no more than 10% more per week.\n2. Run on soft surfaces when you can.\n3. Replace shoes every 300-400 miles.\n4. Do calf raises and toe walks daily.\n5. Tell a coach at the first sign of pain.',
        ],
        ['u', 'Add a section on icing: 15 minutes, towel between the ice and the skin.'],
        ['a', 'Added as point 6.'],
        ['u', 'Good. Printing 40 copies.'],
        ['a', 'Great!'],
      ],
    },
    {
      start: '2024-10-27 09:20',
      lines: [
        [
          'u',
          "Regional meet was yesterday at Boston Mills. Girls' team placed 4th, boys 7th. Priya qualified for state in 18:05.",
          'regional',
        ],
        ['a', 'Congratulations to the team and to Priya!'],
        [
          'u',
          'State is next Saturday. I need a travel plan: departure time, meal timing for the runners, warm-up schedule.',
        ],
        ['a', 'When is the race?'],
        ['u', 'Race at 11:30 a.m. The bus leaves at 6:45.'],
        [
          'a',
          'Breakfast at 6:00 (toast, banana, peanut butter), a small snack around 9:00, arrive by 9:30, course walk at 10:00, warm-up jog at 10:45, strides at 11:10, on the line at 11:20.',
        ],
        [
          'u',
          'Blood sugar note: meet days are hard for me. I went low at regionals around 1 p.m., 62 mg/dL. Glucose tabs fixed it.',
        ],
        [
          'a',
          'Plan your own meal times like the runners, and keep fast sugar in your pocket, not in the bus.',
        ],
        ['u', "I'll pack a labeled kit: tabs, a granola bar, my meter."],
        ['a', 'A good system.'],
        [
          'u',
          "Also, my daughter Tessa is 12 and wants to be 'the periodic table' for Halloween. I'm more excited than she is.",
          'kid_b',
        ],
        ['a', "A chemistry teacher's dream!"],
        ['u', 'Element squares on a black T-shirt. She picked her 20 favorite elements.'],
        [
          'a',
          'Use felt squares with fabric glue, and add the atomic number in the corner. Glow-in-the-dark paint for phosphorus would be a fun touch.',
        ],
        ['u', 'Glow-in-the-dark phosphorus. Excellent. Ha.'],
        ['a', 'She will be the best-dressed element.'],
        ['u', 'Last item: which element would you pick for a dad costume?'],
        ['a', 'Helium: it keeps things light.'],
      ],
    },
    {
      start: '2024-11-17 15:00',
      lines: [
        [
          'u',
          "Season is over. Coach Barnes told the staff he's retiring after 28 years, and he wants me, as his assistant, to apply for head coach.",
          'role_2',
        ],
        ['a', 'That is a great vote of confidence. Will you apply?'],
        [
          'u',
          'Yes. Please help me structure the application. The AD wants a one-page letter and a coaching philosophy.',
        ],
        [
          'a',
          'Letter: 1. Why you are applying, 2. Your experience with the program, 3. Your goals, 4. Closing. Philosophy: three or four core principles with one example each.',
        ],
        [
          'u',
          'Three pillars: (1) long-term development, (2) injury prevention, (3) academic accountability. Please write a draft with those.',
        ],
        [
          'a',
          'Draft: "I believe cross-country builds people who finish what they start. My coaching rests on three pillars: long-term development over short-term wins, injury prevention through smart progression, and academic accountability, because students come first."',
        ],
        ['u', 'Good. Shorten the second paragraph by about a third.'],
        ['a', 'Done. It now reads in about 90 words.'],
        [
          'u',
          "Unrelated: the Odyssey's transmission is slipping between 2nd and 3rd. It has 181,000 miles. Repair quote is $3,800.",
          'car_2',
        ],
        ['a', 'That is a big repair for a car with that mileage.'],
        [
          'u',
          'My inclination is to replace it. Criteria: AWD, at least five seats, under $28,000, good reliability record.',
        ],
        [
          'a',
          'Consider:\n1. Subaru Outback (AWD standard, lots of cargo space)\n2. Toyota RAV4 (strong reliability)\n3. Honda CR-V AWD (comfortable, efficient)',
        ],
        ['u', "I'll research the first two and test drive over winter break."],
        ['a', 'Good plan. Look for certified pre-owned.'],
        ['u', 'Stoichiometry question for Honors: a good real-world limiting reagent example?'],
        [
          'a',
          "Making s'mores: 2 graham crackers, 1 marshmallow, 1 chocolate piece. Whatever runs out first is the limiting reagent.",
        ],
        ['u', "S'mores. I'll bring the supplies. They'll remember it."],
        ['a', 'They definitely will.'],
      ],
    },
    {
      start: '2024-12-15 18:40',
      lines: [
        [
          'u',
          "Update from Dr. Okafor on Friday: she's keeping the metformin but switching me to extended-release, 1000 mg once a day with dinner, and adding Jardiance 10 mg in the morning. The stomach issues should improve.",
          'med_new',
        ],
        ['a', 'That is a common combination. How do you feel about it?'],
        ['u', 'Fine. What should I know about Jardiance? Specifics: side effects, what to watch for.'],
        [
          'a',
          'Jardiance makes you pass extra sugar in your urine. Watch for: more frequent urination, dehydration, genital yeast infections, and rarely ketoacidosis (nausea, vomiting, stomach pain). Stay hydrated and tell your doctor if you are sick and not eating.',
        ],
        ['u', 'Hydration I can manage; I coach runners. I will keep a 32 oz bottle on my desk.'],
        ['a', 'Perfect.'],
        [
          'u',
          "She's also prescribing a continuous glucose monitor, the FreeStyle Libre 3. Insurance approval is pending.",
        ],
        ['a', 'You will get much more detailed data than fingersticks.'],
        [
          'u',
          'Chemistry question: a student asked why ice floats. I want an AP-level explanation in three sentences.',
        ],
        [
          'a',
          'In ice, hydrogen bonds hold water molecules in an open hexagonal lattice. This structure takes more space than liquid water, where molecules are closer together. So ice is less dense than liquid water and floats.',
        ],
        ['u', 'Good. Also a quick demo?'],
        [
          'a',
          'Compare ice cubes in water and in vegetable oil: ice floats in water but sinks in oil, because oil is less dense than ice.',
        ],
        [
          'u',
          'Final exams are on the 18th and 19th. My AP exam has 40 multiple choice and 4 free response. Grading plan: done by the 23rd.',
        ],
        ['a', 'Ambitious but doable. Grade the free response by question, not by student.'],
        ['u', "Christmas plans: Denise's family in Columbus on the 25th, my mother in Parma on the 26th."],
        ['a', 'A busy but happy schedule!'],
        [
          'u',
          'My mother asks every year what I want for Christmas. Suggest something practical I could ask for, under $50.',
        ],
        [
          'a',
          'A good insulated water bottle, a running headlamp for winter mornings, or a quality stopwatch for practice.',
        ],
      ],
    },
    {
      start: '2025-01-12 10:15',
      lines: [
        [
          'u',
          'The Libre 3 arrived. I applied the first sensor on Thursday, back of my left arm. Painless.',
          'cgm',
        ],
        ['a', 'Great! How is it going?'],
        ['u', 'Interesting data already: I spike to 190 after the cafeteria pizza on Fridays. Noted.'],
        ['a', 'That is the kind of insight a CGM is for.'],
        [
          'u',
          'Also: we bought the car. 2022 Subaru Outback, 31,000 miles, $26,400 from a dealer in Bedford. Traded in the Odyssey for $2,100.',
          'car_new',
        ],
        ['a', 'Congratulations! Good price.'],
        ['u', 'Marcus is already asking to drive it. Answer: no.'],
        ['a', 'Ha, a reasonable policy.'],
        ['u', 'For the CGM, what alert thresholds do you recommend for low and high?'],
        [
          'a',
          'Many people start with a low alert at 70 mg/dL and a high alert between 180 and 250. Confirm with your doctor.',
        ],
        ['u', "I'll set low at 70 and high at 200 for now, and review with Dr. Okafor."],
        ['a', 'Sounds sensible.'],
        [
          'u',
          'Semester 2 starts tomorrow. Unit 5 in AP is kinetics. I want a reaction-rate lab with household items.',
        ],
        [
          'a',
          'Alka-Seltzer tablets in water at different temperatures (cold, room, hot) and with crushed vs whole tablets. Students time how long the fizzing lasts.',
        ],
        [
          'u',
          'Excellent. Two variables, temperature and surface area. Students will graph rate against both.',
        ],
        ['a', 'A classic, clean lab.'],
        [
          'u',
          'Safety note for myself: goggles on, and I will pour the hot water from the kettle personally. Students do not handle it.',
        ],
        ['a', 'Sensible. Use mugs or heat-safe beakers and keep the kettle on your bench.'],
      ],
    },
    {
      start: '2025-02-09 17:30',
      lines: [
        ['u', 'Lab results: my A1C is 6.6. Dr. Okafor is pleased.', 'a1c_2'],
        ['a', 'That is excellent progress!'],
        [
          'u',
          'The combination seems to work: extended-release metformin at dinner and Jardiance every morning. No stomach issues since January.',
          'med_new2',
        ],
        ['a', 'Very good news.'],
        ['u', 'I signed up for the Cleveland Half Marathon on May 18. Goal: under 2:10.', 'half'],
        ['a', 'Great goal! That is about a 9:55 per mile pace.'],
        [
          'u',
          'Please build a 14-week plan. Three runs a week plus one cross-training day. I can run with the team in spring.',
        ],
        [
          'a',
          'Weeks 1-4: 3 easy runs (3-4 mi), long run 5-6 mi. Weeks 5-9: add tempo, long run 7-10 mi. Weeks 10-12: long run up to 12 mi. Weeks 13-14: taper. Cross-train on Wednesdays.',
        ],
        ['u', "Long runs on Saturdays. And I'll check the CGM before and after each long run."],
        ['a', 'Good idea, note the results in your spreadsheet.'],
        ['u', 'Should I carry glucose gels on runs over 60 minutes?'],
        [
          'a',
          'Yes, one gel every 40-45 minutes after the first hour is common. Practice it in training first.',
        ],
        [
          'u',
          "Tessa's science fair project is on electrolytes in sports drinks. She's testing conductivity with a cheap multimeter. Proud parent.",
        ],
        ['a', 'What a great project!'],
        ['u', 'Could you suggest a clean way to present the data for a 7th grader?'],
        [
          'a',
          'A bar chart with one bar per drink, conductivity on the y-axis, and a short sentence under it explaining which drink has the most electrolytes.',
        ],
        ['u', 'She wants to add coconut water as a fifth sample. Approved.'],
        ['a', 'Good addition, it has a lot of potassium.'],
      ],
    },
    {
      start: '2025-03-16 14:00',
      lines: [
        [
          'u',
          'News: the AD named me head cross-country coach starting this fall. Coach Barnes will stay on as a volunteer.',
          'role_new',
        ],
        ['a', 'Congratulations, Coach!'],
        [
          'u',
          'First task: choose an assistant coach. Two candidates: Ms. Alvarez (math teacher, ran at Kent State) and Mr. Doyle (parent, former marathoner). Pros and cons?',
        ],
        [
          'a',
          'Ms. Alvarez: in the building every day, knows the students, college racing experience. Mr. Doyle: deep endurance knowledge, but availability may depend on his job and he has a child on the team.',
        ],
        ['u', "Ms. Alvarez. She's in the building every day, which matters.", 'asst_pick'],
        ['a', 'A solid choice.'],
        [
          'u',
          'Next: a summer training plan for the team, June through mid-August. Mileage ramp, two time trials.',
        ],
        [
          'a',
          'June: base building, 15-25 mi/week. July: add one workout a week, 25-35 mi. Time trial 1 in early July, time trial 2 in mid-August.',
        ],
        ['u', 'Good. Limit new runners to 20 miles a week maximum in June.'],
        ['a', 'Added.'],
        ['u', 'Personal note: week 5 of the half plan done. Long run was 8 miles at 11:40 pace.'],
        ['a', 'Right on track.'],
        ['u', 'The CGM showed a flat line during the 8-miler: 110 to 135 the whole way.'],
        ['a', 'That is a great result.'],
        [
          'u',
          'I also need a letter to parents introducing myself as the new head coach of the program.',
          'role_new1b',
        ],
        [
          'a',
          'Dear families, I am honored to step in as head coach of Brookside Heights cross-country this fall. Many of you know me from my years as assistant coach. Summer training details will follow in May. I look forward to a great season!',
        ],
        ['u', 'Good. Add a line thanking Coach Barnes for 28 years.'],
        ['a', 'Added: "We owe Coach Barnes a huge thank-you for 28 years of building this program."'],
      ],
    },
    {
      start: '2025-04-20 19:00',
      lines: [
        [
          'u',
          "Planning the family summer trip: Great Smoky Mountains, July 7 to 12. I'd like a cabin. Requirements: 3 bedrooms, near Gatlinburg or Townsend, under $250 a night.",
        ],
        [
          'a',
          'Options:\n1. Gatlinburg cabin with hot tub and mountain view, $240/night\n2. Townsend cabin, quieter, creek access, $215/night\n3. Pigeon Forge chalet with game room, $230/night',
        ],
        ['u', 'The second. Townsend is closer to Cades Cove and quieter. Denise agrees.', 'cabin_pick'],
        ['a', 'A lovely choice. Book soon for July.'],
        [
          'u',
          'The drive is about 8.5 hours from Cleveland. The Outback should be fine on the mountain roads, I assume?',
          'car_new2',
        ],
        [
          'a',
          'Yes, with AWD and good tires it will handle the roads easily. Use lower gears on long descents.',
        ],
        ['u', 'Hiking plan: Tessa can do 5 miles, Marcus wants Mount LeConte. Compromise options?'],
        [
          'a',
          'Alum Cave Trail to the Alum Cave Bluffs is about 4.6 miles round trip and goes partway up LeConte. Marcus could continue with you another day.',
        ],
        ['u', 'Alum Cave to the bluffs. Good.'],
        ['a', 'The views are excellent.'],
        ['u', 'Also: the AP Chemistry exam is May 6. I want a two-week review calendar.'],
        [
          'a',
          'Week 1: Units 1-2 Mon, 3-4 Tue, 5 Wed, 6 Thu, 7 Fri. Week 2: 8 Mon, 9 Tue, full practice exam Wed, review Thu, rest Fri.',
        ],
        [
          'u',
          'Marcus is looking at colleges. He wants engineering. We have a 529; I should check the balance this week.',
        ],
        ['a', 'Good idea. Also look at merit scholarships at Ohio public universities.'],
        ['u', 'Case Western is his first choice, so I expect we will need the scholarships.'],
        ['a', 'Case has good merit aid, worth applying early.'],
        ['u', 'One more trip item: Tessa gets carsick. Tips for an 8.5-hour drive?'],
        [
          'a',
          'Front-facing seat with a view of the horizon, stops every 90 minutes, light snacks like crackers, no reading or screens, and ask your pharmacist about motion sickness tablets.',
        ],
      ],
    },
    {
      start: '2025-06-01 12:30',
      lines: [
        ['u', 'Update: I finished the Cleveland Half in 2:07:43. Under goal.'],
        ['a', 'Congratulations!'],
        [
          'u',
          'CGM data during the race: started at 145, low point 98 at mile 10. One gel at mile 6 and one at mile 9.',
        ],
        ['a', 'A textbook race for glucose control.'],
        [
          'u',
          'School ends Thursday. Summer training for the team starts June 16: my first practice as head coach.',
          'role_new2',
        ],
        ['a', 'Exciting!'],
        [
          'u',
          'Please draft a welcome message for the team group chat. Include: date, 7:00 a.m., meeting at the track, what to bring.',
        ],
        [
          'a',
          'Welcome back, runners! Summer training starts Monday, June 16, at 7:00 a.m. Meet at the track. Bring running shoes, a water bottle and a hat. See you there!',
        ],
        ['u', "Add 'sunscreen' and 'a positive attitude'. They'll roll their eyes, but it's tradition."],
        ['a', 'Added both.'],
        [
          'u',
          'Also the Outback needs its 36,000-mile service before the Smokies trip. A checklist of what to ask the dealer?',
          'car_new3',
        ],
        [
          'a',
          'Ask about: oil and filter, tire rotation, brake inspection, cabin and engine air filters, CVT fluid check, coolant, wiper blades and battery test.',
        ],
        ['u', 'Thank you. Printed and on the fridge.'],
        ['a', 'Very organized!'],
        ['u', "It's been a good year. A1C down and a half marathon done."],
        ['a', 'A great year. Enjoy the summer!'],
        ['u', 'Summer reading for myself: recommend two books on coaching distance runners.'],
        [
          'a',
          "Try 'Daniels' Running Formula' by Jack Daniels and 'Running with the Buffaloes' by Chris Lear.",
        ],
      ],
    },
  ],
  questions: [
    ['single-hop', "What was my best runner's 5K time last fall?", ['runner']],
    ['single-hop', 'Which cabin are we staying in for the Smokies vacation?', ['cabin_pick']],
    ['single-hop', 'What did I decide to bring for lunch at school?', ['lunch_pick']],
    ['single-hop', 'Where does my wife work?', ['wife']],
    ['single-hop', 'What finishing time was I aiming for in the half marathon?', ['half']],
    ['multi-hop', 'How old are my two kids?', ['license', 'kid_b']],
    [
      'multi-hop',
      'By how much has my A1C come down between the two results I mentioned?',
      ['a1c_1', 'a1c_2'],
    ],
    [
      'temporal',
      'How long ago did I start wearing the glucose sensor?',
      ['cgm'],
      { askedAt: '2025-06-15 08:00' },
    ],
    [
      'temporal',
      "Which happened first, my son getting his driver's license or the regional meet?",
      ['license', 'regional'],
      { askedAt: '2025-06-15 08:05' },
    ],
    [
      'updated',
      'What medications am I taking for my diabetes?',
      ['med_new', 'med_new2'],
      { stale: ['med_1', 'med_2'] },
    ],
    ['updated', 'What car do I drive?', ['car_new', 'car_new2', 'car_new3'], { stale: ['car_1', 'car_2'] }],
    [
      'updated',
      'What is my role on the cross-country coaching staff?',
      ['role_new', 'role_new1b', 'role_new2'],
      { stale: ['role_1', 'role_2'] },
    ],
    ['off-topic', 'How do I unclog a bathroom sink?', []],
    ['off-topic', 'What year did the Berlin Wall fall?', []],
    ['off-topic', "How do you say 'thank you' in Japanese?", []],
  ],
});

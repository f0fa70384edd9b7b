import { definePersona } from '../author.ts';

export const marisol = definePersona({
  user_id: 'h9-marisol',
  name: 'Marisol',
  summary:
    'Mexican-American pediatric nurse in her early forties in San Antonio, chatty and warm, married to Ray with two kids and her mother at home; half-marathon runner until a knee injury, quilter, moves from NICU nights to a clinic day job, swaps minivans.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-11 08:20',
      lines: [
        [
          'u',
          "Okay so I just got home from my shift and I can't sleep yet, my brain is still going a hundred miles an hour 😅",
        ],
        ['a', 'That post-shift buzz is real! Long night?'],
        [
          'u',
          "So long. I'm a NICU nurse at University Hospital, I do three 12-hour nights a week, 7pm to 7am, and last night we had two admissions back to back. Tiny babies, big drama.",
          'm_job1',
        ],
        ['a', 'That is intense work. Do you have a wind-down routine that helps you sleep after nights?'],
        [
          'u',
          "Not really, honestly. I usually scroll on my phone until I pass out, which I KNOW is bad, I'm a nurse, I tell parents this stuff all day lol",
        ],
        [
          'a',
          'Ha, the classic. Blackout curtains, a cool room, a quick shower, and no screens for 20 minutes can help a lot. Some people also wear sunglasses on the drive home to cut the morning light.',
        ],
        [
          'u',
          "The sunglasses thing is smart. My husband Ray already put blackout curtains up, he's handy like that, he's an HVAC technician so he's basically always fixing something at someone's house.",
          'm_ray',
        ],
        ['a', 'A handy husband is a good asset! Is there anything else on your mind this morning?'],
        [
          'u',
          "Yes actually! New year's resolution: I signed up for the Rock 'n' Roll San Antonio half marathon in November. I run about 15 miles a week right now. Can you make me a training plan that works with night shifts?",
          'm_run1',
        ],
        [
          'a',
          'Love it! A simple structure: 3 to 4 runs a week, one long run on a day off, one easy run, one with some tempo or intervals, building the long run by about a mile every 1 to 2 weeks. Avoid hard runs right after a night shift.',
        ],
        [
          'u',
          'So long run on my first full day off, and easy runs the evening before shifts? Would that work?',
        ],
        [
          'a',
          'Exactly. Easy runs before a shift are fine if they are truly easy. Keep the long run for when you have slept properly.',
        ],
        ['u', "Perfect. Okay, I'm going to try the sunglasses-and-no-phone thing right now. Wish me luck!"],
        ['a', 'Good luck, sleep well!'],
        [
          'u',
          'Okay I lied, one more question before I sleep. Is it bad to drink a big glass of iced tea at the end of a night shift? I always do at like 5am.',
        ],
        [
          'a',
          'The caffeine in iced tea can stay in your system for 5 to 6 hours, so at 5am it may be keeping you awake at 8am. Try switching to water or herbal tea after about 2 or 3am.',
        ],
        ['u', 'Ugh, that explains a LOT. Okay, water after 3am. Goodnight for real 😴'],
      ],
    },
    {
      start: '2025-02-01 15:05',
      lines: [
        [
          'u',
          "Hi! I need help with meal prep for the week. I'm feeding five people: me, Ray, the kids, and my mom who lives with us.",
        ],
        ['a', 'Happy to help! How old are the kids, and are there any food restrictions?'],
        [
          'u',
          'Sofia is 12 and Mateo is 7. And this is a big one: Sofia is allergic to shellfish. Shrimp, crab, lobster, all of it. She had a bad reaction when she was 5 and we carry an EpiPen everywhere.',
          'm_sofia_allergy',
        ],
        ['a', 'Thanks for telling me, I will keep shellfish completely out. Any preferences for your mom?'],
        [
          'u',
          "Mom (she's Lupe, everyone calls her Abuela Lupe) likes traditional stuff and nothing too spicy anymore, her stomach can't handle it.",
        ],
        [
          'a',
          'Here is a plan: Sunday: chicken tinga (mild for Abuela, add chipotle at the table); Monday: picadillo with rice; Tuesday: sheet-pan fajitas; Wednesday: caldo de pollo; Thursday: turkey meatballs and pasta; Friday: fish tacos with tilapia.',
        ],
        [
          'u',
          "Oh that's good, I love that the chipotle is optional. Mateo would eat pasta every single day if I let him.",
        ],
        ['a', 'Thursday pasta will make him happy. Want a shopping list grouped by store section?'],
        ['u', 'Yes please! I shop at H-E-B on Sundays, usually around 8am before the crowds.'],
        [
          'a',
          'Produce: onions, garlic, tomatoes, bell peppers, limes, cilantro, avocados, cabbage, carrots, potatoes, zucchini. Meat: chicken thighs, ground beef, ground turkey, tilapia. Pantry: rice, pasta, chipotles in adobo, tortillas, broth, tomato sauce.',
        ],
        ['u', 'You are a lifesaver. I always forget the limes and then I have to send Ray back out lol'],
        ['a', 'Limes are now at the top of the list in bold!'],
        [
          'u',
          "Haha thank you. One more: how long does cooked chicken tinga last in the fridge? I'd like to make it Sunday for Monday lunches too.",
        ],
        [
          'a',
          'Cooked chicken keeps 3 to 4 days in the fridge in an airtight container. Freeze portions if you want them later in the week.',
        ],
        ['u', 'Great. And can I freeze the caldo too? Abuela likes to have some on her bad-stomach days.'],
        [
          'a',
          'Yes, caldo freezes very well for up to 3 months. Freeze it in single portions so she can heat just one.',
        ],
        [
          'u',
          "Single portions, yes! I have those little deli containers. Okay I'm set for the week, thank you!",
        ],
      ],
    },
    {
      start: '2025-02-22 19:40',
      lines: [
        [
          'u',
          "Mateo's spring soccer season starts next week and he's decided he wants to be goalie!! He's so proud of himself 😂",
          'm_goalie',
        ],
        ['a', 'That is adorable! Goalie is a brave choice at seven. Does he have gloves yet?'],
        ['u', 'No, that is what I need help with. What should I get him?'],
        [
          'a',
          'Options for a 7-year-old: 1) Nike Match goalkeeper gloves, basic and cheap, around $20; 2) adidas Predator Training gloves with better grip, about $35; 3) Reusch Attrakt Junior with finger protection, around $45.',
        ],
        [
          'u',
          "The finger protection ones sound good but he'll probably grow out of them by fall. I'll go with the adidas ones.",
        ],
        [
          'a',
          'Good balance of grip and price. Size 5 or 6 is usual for that age; have him try them on if you can.',
        ],
        [
          'u',
          "Games are every Saturday at 9am at Comanche Lookout Park, so I'll pick them up Friday after sleeping off my shift.",
          'm_soccer_sat',
        ],
        ['a', 'That works. Will you be able to make the Saturday games with your shift schedule?'],
        ['u', 'Most weeks! I try to not schedule Friday nights. Ray does the games when I cannot.'],
        [
          'a',
          'Good teamwork. Bring a folding chair and a big water jug, those park games can get hot even in spring.',
        ],
        [
          'u',
          "Oh we have the whole setup, the Odyssey is basically a mobile soccer-mom station lol. It's a 2014 with 160k miles but it's hanging in there.",
          'm_car1',
        ],
        ['a', 'The classic soccer-mom van! 160k is a lot, but Odysseys can go far with good maintenance.'],
        ['u', 'Ray keeps saying the transmission is going to die. I keep saying not this year, Ray.'],
        ['a', 'Maybe start a small car fund just in case. Even $100 a month adds up.'],
        ['u', "That's fair. I'll bring it up at our budget night, we do one every first Sunday."],
        ['a', 'A monthly budget night is a great habit. It keeps surprises smaller.'],
        [
          'u',
          'Also is there anything I should know as a goalie parent? Like, is he going to get hurt diving around?',
        ],
        [
          'a',
          'At this age the ball is soft and the play is slow, so injuries are rare. Padded goalie shorts or pants help on hard ground, and teach him to dive onto his side, not his stomach.',
        ],
        ['u', 'Padded pants, adding to the list. He is going to look like a tiny hockey player lol'],
      ],
    },
    {
      start: '2025-03-22 13:15',
      lines: [
        [
          'u',
          "Okay fun project time! My mom turns 70 in September and I'm making her a quilt. I've quilted for about ten years but this is the biggest one I've tried.",
        ],
        ['a', 'What a meaningful gift! Have you picked a pattern?'],
        [
          'u',
          'Yes, a Lone Star. Queen size. My grandma made one when I was little and it burned in a house fire in 1998, so this is kind of me giving it back to her.',
          'm_quilt',
        ],
        [
          'a',
          'That is beautiful. A Lone Star is tricky with all the diamonds, but so striking. What colors are you thinking?',
        ],
        [
          'u',
          "Mom loves turquoise and coral. I'm thinking a gradient from deep turquoise in the center out to coral at the points, on a cream background.",
        ],
        [
          'a',
          'That sounds gorgeous. You would need about 6 to 8 fabrics for a smooth gradient. Starch the strips well; bias edges on the diamonds stretch easily.',
        ],
        ['u', 'Starch, yes, I learned that lesson the hard way on a table runner lol'],
        ['a', 'Everyone learns that one once! Do you want a rough timeline to finish by September?'],
        ['u', 'Yes please, I only have maybe 6 hours a week for sewing.'],
        [
          'a',
          'March-April: fabric and cutting strips. May-June: strip sets and diamonds. July: assemble the star and background. August: quilting and binding. Early September: label and wash.',
        ],
        ['u', "Doable if I don't fall behind. I'll hide it in the sewing closet so she doesn't see it."],
        ['a', 'A secret quilt! That is going to make her cry, in the best way.'],
        ['u', "Oh she'll cry for sure. Everyone in my family cries, it's genetic 😂"],
        ['a', 'Then tissues on the gift table too!'],
        [
          'u',
          "How much fabric should I buy for the background on a queen? I don't want to run short halfway.",
        ],
        [
          'a',
          'For a queen Lone Star, plan roughly 3 to 3.5 yards for the background and 8 to 9 yards for the backing, plus about 3/4 yard for binding. Buy a little extra, dye lots vary.',
        ],
        ['u', "Thank you! Jo-Ann has a sale this weekend so I'll grab it all at once."],
      ],
    },
    {
      start: '2025-04-19 11:30',
      lines: [
        ['u', 'Ugh. I need to vent a little.'],
        ['a', 'Of course, what happened?'],
        [
          'u',
          "Last Sunday (the 13th) I was on my 9-mile long run on the Mission Reach trail and I stepped wrong on a root and twisted my left knee. I heard a pop. It's been swollen all week.",
          'm_kneehurt',
        ],
        [
          'a',
          'I am so sorry. A pop with swelling that lasts a week should really be checked by a doctor, even if you can walk on it.',
        ],
        [
          'u',
          "I know, I know. Nurse brain says go see ortho. Runner brain says maybe it's fine. I made an appointment for May 6th, that was the earliest.",
        ],
        [
          'a',
          'Good, I am glad it is booked. Until then: rest, ice 15 to 20 minutes a few times a day, compression, elevation, and no running.',
        ],
        ['u', 'No running. That hurts my soul.'],
        [
          'a',
          'I understand. Walking on flat ground or gentle cycling may be okay if it does not hurt, but ask the doctor first.',
        ],
        ['u', 'The worst part is I was doing SO well with training. I was up to 22 miles a week.'],
        [
          'a',
          'That is real progress, and it does not disappear in a few weeks. Your fitness will come back faster than you think.',
        ],
        [
          'u',
          "Thank you, I needed that. Ray is being sweet about it, he's doing the H-E-B run tomorrow for me.",
        ],
        ['a', 'Sounds like a good partner. Remind him about the limes!'],
        ['u', 'LOL you remembered. Yes. Limes.'],
        ['a', 'Of course! I hope the knee settles down soon.'],
        ['u', 'Should I be taking ibuprofen for it? I have some at home.'],
        [
          'a',
          'Ibuprofen can help with pain and swelling short term if you have no contraindications, taken with food and not beyond the label dose. Since you have the ortho appointment, mention how much you have used.',
        ],
        ['u', "I'll keep it to the minimum. I see too many people at work who overdo it."],
      ],
    },
    {
      start: '2025-05-10 20:00',
      lines: [
        ['u', 'Update on the knee. Ortho saw me Tuesday and the MRI came back.'],
        ['a', 'What did they find?'],
        [
          'u',
          "A medial meniscus tear in my left knee, not too big, and they don't want to do surgery for now.",
          'm_knee',
        ],
        ['a', 'That is good news that surgery is not needed right away. What is the treatment plan?'],
        [
          'u',
          'Physical therapy twice a week, Tuesdays and Thursdays at a PT place near the medical center, for at least 8 weeks. And no running until the PT says so.',
          'm_pt',
        ],
        [
          'a',
          'That is a common and effective plan. PT for meniscus tears often works well without surgery. How do you feel about the race?',
        ],
        [
          'u',
          "I withdrew from the November half. I cried in my car for like ten minutes. Then I got tacos, so it's fine.",
        ],
        ['a', 'That was a hard but smart decision. And tacos are valid therapy.'],
        [
          'u',
          'Can you give me ideas for staying active that are gentle on the knee? I go crazy without exercise.',
        ],
        [
          'a',
          'Swimming (flutter kick, avoid breaststroke kick), stationary bike with low resistance, upper-body strength work, and the home exercises your PT gives you. Check each with the therapist first.',
        ],
        ['u', "Swimming could be nice. I haven't swum laps since high school."],
        [
          'a',
          'It can be a great full-body workout. Many YMCAs have adult lap swim times in the early morning and evening.',
        ],
        ['u', "I'll look into it once PT gives me the green light."],
        ['a', 'Sounds like a plan. Take care of that knee!'],
        [
          'u',
          "Oh, and the PT gave me a knee brace for longer walks. I walk with Abuela around Woodlawn Lake in the evenings when I'm off, is it okay to wear it for that?",
        ],
        [
          'a',
          "Yes, a brace for longer walks sounds sensible, especially on uneven paths. Follow the PT's guidance on how long to wear it each day.",
        ],
      ],
    },
    {
      start: '2025-06-07 21:10',
      lines: [
        [
          'u',
          'Vacation planning!! We have a week off in late July and we want to get out of the Texas heat. Somewhere cool, driveable-ish, good for kids and Abuela.',
        ],
        [
          'a',
          'Some ideas: 1) Ruidoso, New Mexico, a cabin in the pines, about 8 hours away; 2) a cabin near Estes Park, Colorado, right by Rocky Mountain National Park, about 14 hours or a short flight to Denver; 3) Santa Fe, with museums and mild hikes, about 10 hours.',
        ],
        [
          'u',
          "Ooh, the second one. Estes Park! Sofia has been obsessed with seeing elk since a school project, and we can fly to Denver and rent a car so Abuela doesn't have to sit 14 hours.",
          'm_vacation',
        ],
        [
          'a',
          'Great choice. Estes Park in July is usually 70s during the day. Elk are often seen right in town and in Moraine Park. Book the Rocky Mountain timed-entry permit in advance.',
        ],
        [
          'u',
          'Timed entry, noted! Also, Abuela uses a cane now, so we need a cabin without a ton of stairs.',
        ],
        [
          'a',
          'Filter for single-level cabins or ground-floor bedrooms, and ask the host about steps from parking to the door. The altitude can also tire older people, so plan easy first days.',
        ],
        ['u', 'Good point about altitude. I should make everyone drink a lot of water.'],
        [
          'a',
          'Yes, hydrate and go easy on day one. Bear Lake and Sprague Lake have short, mostly flat trails that are great for kids and grandparents.',
        ],
        [
          'u',
          "Also, random but I'm adding this to the family calendar: Sofia starts violin lessons this summer, every Saturday at 1pm at the music school on Broadway. Soccer in the morning, violin after lunch, my Saturdays are GONE lol",
          'm_violin',
        ],
        ['a', 'That is a full Saturday! At least the timing works back to back.'],
        ['u', "Ray calls me the logistics manager. I don't hate it."],
        ['a', 'It suits you! Want a packing list for the Colorado trip too?'],
        [
          'u',
          'Yes please, but later, I need to go put Mateo to bed, he is doing goalie dives on the couch 🙄',
        ],
        ['a', 'Ha, good luck! I will be here when you want the packing list.'],
      ],
    },
    {
      start: '2025-07-12 14:25',
      lines: [
        ['u', 'So... I had a job interview yesterday! 😬'],
        ['a', 'Oh exciting! For what?'],
        [
          'u',
          "A pediatric nurse position at an outpatient clinic, Northside Pediatrics. Days only, no nights, no weekends. I love the NICU but the nights are wrecking me, especially with the knee and the kids' schedules.",
        ],
        ['a', 'That makes a lot of sense. How did it go?'],
        [
          'u',
          "Really well, I think. The nurse manager, Denise, was so nice. They said they'll call by Wednesday.",
        ],
        [
          'a',
          'Fingers crossed! Anything you want to prepare in case they make an offer, like salary questions?',
        ],
        [
          'u',
          "Yes! What should I ask about? It's probably a small pay cut since I lose the night differential.",
        ],
        [
          'a',
          'Ask about base hourly rate, PTO, health insurance costs, CE reimbursement, and whether there is any on-call. Compare the total, not only the hourly rate.',
        ],
        ['u', 'Good list. Ray says even with a pay cut, having me home at night is worth it.'],
        ['a', 'That counts for a lot. Did PT clear you for swimming yet, by the way?'],
        ['u', 'Not yet, next week maybe. The knee is much better though, I can do stairs without wincing.'],
        ['a', 'That is real progress!'],
        ['u', 'Okay, now the Colorado packing list please! We fly out July 26th.'],
        [
          'a',
          "Layers (fleece, rain jacket), hiking shoes, hats and sunscreen (the sun is strong at altitude), reusable water bottles, Sofia's EpiPen x2, Abuela's meds and cane, binoculars for elk, snacks, and a small first-aid kit.",
        ],
        ['u', 'Binoculars! Sofia is going to lose her mind.'],
        ['a', 'She will have the best elk sightings in the family!'],
        ['u', "Last thing, how do I deal with Sofia's EpiPen on the plane? Does it go in carry-on?"],
        [
          'a',
          'Yes, keep EpiPens in carry-on, never in checked bags. TSA allows them; having them in the original labeled box or with a note from her doctor makes screening smoother.',
        ],
        ['u', "Original box, got it. I'll put a copy of her allergy action plan in there too."],
      ],
    },
    {
      start: '2025-08-16 17:50',
      lines: [
        ['u', "We're back from Colorado and I GOT THE JOB! 🎉"],
        ['a', 'Congratulations on both! Tell me everything.'],
        [
          'u',
          'Colorado was magical. We saw like forty elk in Moraine Park, Sofia cried (genetic, told you). Abuela handled the altitude fine. The cabin was perfect.',
        ],
        ['a', 'That sounds wonderful. And the job?'],
        [
          'u',
          'Monday, August 11th was my first day at Northside Pediatrics! I gave my notice at the NICU in July and they threw me a little goodbye party.',
          'm_start',
        ],
        ['a', 'That is a big change. How did the first week feel?'],
        [
          'u',
          'So different! Vaccines, well-child checks, ear infections, lots of worried parents. Way less adrenaline than the NICU, but I actually see daylight now.',
        ],
        ['a', 'Daylight is underrated! Are you sleeping better?'],
        ['u', "SO much better. I've slept at night six nights in a row. I forgot what that felt like."],
        ['a', 'That will make a huge difference for your health and your knee recovery.'],
        [
          'u',
          'Also the quilt is nearly done! I finished the star in Colorado, I brought the pieces to hand-sew in the cabin.',
        ],
        ['a', 'Amazing, you are right on schedule. Just the quilting and binding left?'],
        ['u', "Yep. I'm sending it to a longarm quilter this week so it's done in time. Worth the $200."],
        ['a', 'Definitely worth it for a queen-size Lone Star.'],
        [
          'u',
          "Now I need to figure out the party. Mom's 70th is Saturday September 13th. We're thinking our backyard, maybe 40 people?",
        ],
        [
          'a',
          'A backyard party for 40 is very doable. A taquero or a fajita caterer saves you a lot of cooking, plus a rented canopy and a few fans for the September heat.',
        ],
        ['u', "A taquero is perfect, Abuela loves al pastor. I'll tell him mild salsa on the side for her."],
      ],
    },
    {
      start: '2025-09-20 10:45',
      lines: [
        [
          'u',
          "Mom's 70th was last weekend and she LOVED the quilt. She cried so hard my tía had to hold her up 😭",
        ],
        ['a', "Oh, that is so special. Did she recognize it as a Lone Star like her mother's?"],
        ['u', "Immediately. She said 'es la estrella de mi mamá.' I lost it too."],
        ['a', 'What a beautiful moment. That quilt will be treasured for generations.'],
        [
          'u',
          'In other news, PT finally cleared me, so now I swim laps at the YMCA on Babcock three mornings a week before work. Running is officially on hold, swimming is my thing now.',
          'm_swim',
        ],
        ['a', 'That is great news! How does the knee feel in the water?'],
        ['u', "No pain at all. I'm slow but I did 1,500 yards on Thursday."],
        [
          'a',
          'That is a very solid distance for a returner. Want some simple swim workouts to keep it interesting?',
        ],
        ['u', 'Yes please, I get bored just going back and forth.'],
        [
          'a',
          'Try: 200 easy warm-up, 6 x 100 with 20 seconds rest, 4 x 50 kick with a board (flutter only), 200 pull with a buoy, 100 easy. About 1,300 yards.',
        ],
        ['u', 'Ooh I like the pull buoy part, my arms need work anyway.'],
        ['a', 'It is great for upper body and gives your legs a rest too.'],
        [
          'u',
          "Sofia wants to join me on Saturdays now. Between her violin, Mateo's soccer and the pool we will live in the car lol",
        ],
        ['a', 'The minivan life continues!'],
        [
          'u',
          "Speaking of which, the Odyssey made a horrible noise on the way home. Ray was right. Don't tell him.",
        ],
      ],
    },
    {
      start: '2025-10-25 16:00',
      lines: [
        ['u', 'Well. The transmission died. Ray is being insufferable about being right.'],
        ['a', 'Oh no! What are you going to do?'],
        [
          'u',
          'We went car shopping. It was between a Honda Odyssey 2022, a Toyota Sienna hybrid 2023, and a Kia Carnival.',
        ],
        [
          'a',
          'All good choices. The Sienna hybrid gets much better mileage, the Odyssey is very comfortable, and the Carnival is a great value. What did you decide?',
        ],
        [
          'u',
          "We traded in the old Odyssey and got the Sienna hybrid, silver, 2023 with 28k miles. It gets like 35 mpg, I'm going to save so much on gas with all the driving.",
          'm_car2',
        ],
        ['a', 'Congratulations! With your weekend schedule, the mileage will really pay off.'],
        ['u', 'The car fund helped a lot for the down payment. Thank you for that idea back in February!'],
        ['a', 'I am so glad it helped. Anything else going on?'],
        [
          'u',
          "Halloween costumes, help! Mateo wants to be a goalkeeper (of course) and Sofia says she's 'too old' but secretly wants to dress up.",
        ],
        [
          'a',
          'For Mateo: his jersey and gloves plus eye black, easy. For Sofia: something a bit cool, like a group costume with friends, or an elk (a nod to Colorado), or a 1920s flapper.',
        ],
        ['u', "An elk!!! She will pretend to hate it and then love it. That's so her."],
        ['a', 'A brown hoodie, felt antlers on a headband and a little face paint, done.'],
        ['u', 'I can make the antlers with my quilting scraps. Perfect.'],
        ['a', "A quilter's elk, even better!"],
        [
          'u',
          'Also I need to figure out car seats, Mateo is almost 8, does he still need a booster in Texas?',
        ],
        [
          'a',
          'In Texas, children under 8 need a car seat or booster unless they are at least 4 feet 9 inches tall. Most kids fit an adult belt properly around 10 to 12, so keeping the booster a bit longer is safer.',
        ],
        ['u', "He's way under 4'9. Booster stays, whether he likes it or not lol"],
      ],
    },
    {
      start: '2025-12-06 12:30',
      lines: [
        [
          'u',
          'Okay, tamalada planning! We make tamales every December with my tías, this year at our house.',
        ],
        ['a', 'Fun tradition! How many people and how many tamales?'],
        [
          'u',
          'About 14 people and we usually make 12 dozen. Pork, chicken with green salsa, and sweet ones with raisins.',
        ],
        [
          'a',
          "For 12 dozen, plan roughly 10 to 12 pounds of masa and about 6 to 7 pounds of meat total, plus 2 to 3 packs of corn husks. Some tías also do shrimp tamales, but with Sofia's allergy I would skip those entirely.",
        ],
        ['u', 'Oh 100%, no shrimp in this house. My tía Carmen tried once and I almost fought her lol'],
        ['a', 'Good for you. Keep the kitchen a shellfish-free zone.'],
        [
          'u',
          "And the best part: for the first time in like eight years I'm not working Christmas Eve! The clinic is Monday to Friday, 8 to 4:30, and we're closed on holidays and weekends. I still can't believe it.",
          'm_job2',
        ],
        ['a', 'That is a huge change from NICU nights. You get a real holiday this year!'],
        [
          'u',
          'I really do. Ray and I are going to take the kids to see the lights at the Zoo one weeknight too.',
        ],
        ['a', 'The zoo lights are lovely. Go early in the week to avoid crowds.'],
        [
          'u',
          'Noted. Also my knee is still good with swimming, the PT says I might be able to try short runs in spring. But honestly? I love the pool now.',
        ],
        ['a', 'Sometimes the injury leads you to something you enjoy even more.'],
        ['u', 'Exactly. Okay, can you write me a quick message to send to the tías about who brings what?'],
        [
          'a',
          '"¡Hola tías! Tamalada is Saturday the 20th at 10am at our house. Carmen: masa. Rosa: husks and salsa verde. Lety: pork. I have chicken and the sweet ones. No shrimp please! Bring your aprons and your chisme ❤️"',
        ],
        ['u', 'PERFECT. The chisme part is the most important. Thank you!!'],
        ['a', 'Ha, of course it is. Have a wonderful tamalada!'],
        ['u', 'Wait, how long do tamales keep in the freezer? We always end up with way too many.'],
        [
          'a',
          'Wrapped tightly in their husks and sealed in freezer bags, tamales keep well for about 6 months. Steam them straight from frozen for 20 to 25 minutes.',
        ],
        ['u', "6 months! So we'll have tamales until Easter, which is honestly the dream 😂"],
      ],
    },
  ],
  questions: [
    [
      'single-hop',
      "We're thinking of doing a crawfish boil for a neighborhood party. Is there anything I should keep in mind for my family?",
      ['m_sofia_allergy'],
    ],
    ['single-hop', 'What position does my son play on his soccer team?', ['m_goalie']],
    ['single-hop', 'Where did we end up going for our July vacation?', ['m_vacation']],
    ['single-hop', 'Which pattern did I use for the quilt I made for my mom?', ['m_quilt']],
    ['single-hop', "What's my husband's line of work?", ['m_ray']],
    [
      'multi-hop',
      "What do my kids have going on on Saturdays? I'm trying to plan a birthday party.",
      ['m_soccer_sat', 'm_violin'],
    ],
    [
      'multi-hop',
      "Remind me what's going on with my knee and what the treatment plan was.",
      ['m_knee', 'm_pt'],
    ],
    ['temporal', 'When did I hurt my knee?', ['m_kneehurt'], { askedAt: '2026-01-20 19:00' }],
    ['temporal', 'When did I start at the clinic?', ['m_start'], { askedAt: '2026-01-20 19:05' }],
    ['updated', 'What are my work hours like these days?', ['m_job2'], { stale: ['m_job1'] }],
    ['updated', "What's my main form of exercise right now?", ['m_swim'], { stale: ['m_run1'] }],
    ['updated', 'Which minivan are we driving now?', ['m_car2'], { stale: ['m_car1'] }],
    ['off-topic', 'How do I descale an espresso machine?', []],
    ['off-topic', 'How are capital gains on stocks taxed in the US?', []],
    ['off-topic', "What's the easiest way to learn guitar chords as an adult beginner?", []],
  ],
});

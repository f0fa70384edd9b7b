import { definePersona } from '../author.ts';

export const isabel = definePersona({
  user_id: 'h3-isabel',
  name: 'Isabel Moreno',
  summary:
    'Isabel Moreno, 39, an architect in Seville, married to Álvaro, mother of seven-year-old twins. Pescatarian, takes flamenco guitar lessons, her studio moves office, the family replaces its old car. Writes long, warm messages.',
  language: 'en',
  sessions: [
    {
      start: '2025-03-04 22:10',
      lines: [
        [
          'u',
          "Good evening! The twins are finally asleep and I have a quiet hour, so I thought I would ask you to help me plan the week's dinners, because I am completely out of ideas.",
        ],
        ['a', 'Happy to help! Tell me a bit about who is eating and any preferences.'],
        [
          'u',
          'So, I have been pescatarian for about three years now, no meat but fish and seafood are fine, while my husband Álvaro eats absolutely everything, he would eat a shoe if you put pimentón on it.',
          'i-pescatarian',
        ],
        ['a', 'Ha! Then fish-based dinners with optional meat sides for him could work well.'],
        [
          'u',
          "And the twins, Lucía and Mateo, are seven and unfortunately very picky, Mateo only wants pasta and Lucía only wants rice, it's a daily negotiation.",
          'i-twins-names',
        ],
        [
          'a',
          'A classic. Dishes where pasta or rice is the base and the topping varies might keep both happy.',
        ],
        [
          'u',
          'One more thing, Lucía is lactose intolerant, so I have to be careful with cheese and cream sauces, although she can handle a bit of hard cheese like manchego.',
          'i-lucia-lactose',
        ],
        ['a', "Good to know. I'll avoid cream sauces and use olive oil and tomato bases instead."],
        ['u', 'Perfect, could you give me five dinners from Monday to Friday?'],
        [
          'a',
          'Monday: pasta with tuna and tomato. Tuesday: arroz a la marinera. Wednesday: baked hake with potatoes. Thursday: tortilla de patatas with salad. Friday: prawn and vegetable fideuá.',
        ],
        [
          'u',
          "Thursday is ideal because that's my guitar lesson night and I get home late, so something Álvaro can make easily is a blessing. My teacher Manolo holds the lessons every Thursday at a peña in Triana.",
          'i-manolo-thursday',
        ],
        ['a', 'A tortilla is very forgiving, Álvaro can make it ahead. How long have you been playing?'],
        [
          'u',
          'Only a year and a half! I started flamenco guitar at 37 as a gift to myself, and I am still fighting with the rasgueado, my fingers simply refuse to cooperate.',
        ],
        ['a', 'Rasgueado takes years to get clean, so you are right on schedule.'],
        [
          'u',
          'Thank you, that is reassuring. Our studio is in Calle Betis, right by the river, so on Thursdays I just walk over to the peña after work.',
          'i-office-betis',
        ],
        ['a', 'That sounds like a lovely routine, by the Guadalquivir.'],
        ['u', "It is, when it isn't 40 degrees. Goodnight and thank you!"],
        ['a', 'Goodnight, Isabel!'],
      ],
    },
    {
      start: '2025-03-27 13:30',
      lines: [
        [
          'u',
          'Hello again. I need help with something for work: we are entering a competition for a new public library in Huelva and the deadline is 30 April.',
          'i-huelva',
        ],
        ['a', 'Exciting! What do you need help with?'],
        [
          'u',
          "The written part, the memoria. Carmen Vera, who founded our studio and still runs it, wants me to lead the text because she says I write 'like a poet'.",
          'i-boss-carmen',
        ],
        ['a', 'A compliment and a responsibility! What is the core idea of the design?'],
        [
          'u',
          'The concept is a building that behaves like a shaded courtyard, a patio, with a reading room around a central void full of trees and a lattice of ceramic screens facing the west sun.',
        ],
        [
          'a',
          'Beautiful. I would open the memoria with the climate: the patio as the traditional Andalusian answer to heat, reinterpreted as public space.',
        ],
        ['u', 'Yes! Could you draft an opening paragraph in that spirit? Maybe around 120 words.'],
        [
          'a',
          'Draft: "In Huelva, shade is a public good. This library begins where the Andalusian house has always begun: with a patio..." Shall I continue?',
        ],
        [
          'u',
          'I like it, but could you offer me two or three alternative tones? The jury is half architects and half local politicians.',
        ],
        [
          'a',
          'Option 1: poetic and atmospheric. Option 2: technical and data-led, about energy and passive cooling. Option 3: civic, focused on the neighbourhood and who will use the library.',
        ],
        [
          'u',
          'The third one, definitely, the politicians will want to hear about the neighbourhood and the children doing homework there.',
          'i-memoria-civic',
        ],
        [
          'a',
          'Great, I will rewrite the opening around the families, students and elderly readers of the neighbourhood.',
        ],
        [
          'u',
          'Wonderful. I am working late every night this month, so thank goodness my mother is visiting from Cádiz to help with the twins.',
          'i-mother-cadiz',
        ],
        ['a', 'That is a big help. Try to protect some sleep during the final weeks.'],
        ['u', 'I will try, no promises!'],
        ['a', 'Good luck with the submission!'],
        [
          'u',
          'Oh, and do you know a good free tool to check the word count limits per section? The rules say 3,000 words maximum in total.',
        ],
        [
          'a',
          'Any word processor works; I would keep a small table per section with a target count so you can balance them as you write.',
        ],
      ],
    },
    {
      start: '2025-04-22 21:00',
      lines: [
        [
          'u',
          'The Feria de Abril is coming, the twins are so excited. Lucía insists on a red flamenco dress with white polka dots, and Mateo wants a traje corto like his grandfather.',
        ],
        ['a', 'How lovely! Are you renting or buying the outfits?'],
        [
          'u',
          'Buying second-hand, the children grow too fast. Is about 80 euros per outfit a reasonable price for used ones?',
        ],
        [
          'a',
          "Yes, for good quality second-hand children's outfits that is fair; new ones can cost 150 or more.",
        ],
        ['u', 'Also I submitted the Huelva library last week! Exhausted but proud.'],
        ['a', 'Congratulations on getting it in! When will the results come out?'],
        [
          'u',
          "Sometime in June they say. Meanwhile I'm back at guitar: Manolo has me learning a soleá, which is lovely but very slow and sad.",
        ],
        ['a', 'Soleá is a wonderful palo to learn compás, with its 12-beat cycle.'],
        [
          'u',
          'My right wrist has been aching after lessons and after long days at the drawing table. Any stretches I could do?',
        ],
        [
          'a',
          'Try gentle wrist flexor and extensor stretches, holding 20 to 30 seconds each, and take short breaks every 30 minutes. If the pain persists, see a physiotherapist.',
        ],
        [
          'u',
          "I will. My physio is Nuria, she already treats my lower back, so I'll mention the wrist too.",
          'i-physio-nuria',
        ],
        ['a', 'Good idea, she knows your history.'],
        ['u', 'Thank you. Now, a lighter question, which sherry goes best with pescaíto frito at the Feria?'],
        ['a', 'A cold manzanilla from Sanlúcar, or a fino, is the classic choice.'],
        ['u', 'Manzanilla it is, Álvaro will be happy.'],
        ['a', 'Enjoy the Feria!'],
        ['u', 'We will! The twins want to ride the cacharritos all night, I am already preparing my wallet.'],
        ['a', "The Calle del Infierno is a dangerous place for parents' wallets!"],
      ],
    },
    {
      start: '2025-05-18 10:00',
      lines: [
        [
          'u',
          "Good morning! We are planning our summer holiday. This year we want green and cool, so we're thinking of Asturias in early August, for ten days.",
        ],
        [
          'a',
          'Asturias in August is a great escape from the Sevillian heat. Where would you like to be based?',
        ],
        [
          'u',
          'Somewhere near the Picos de Europa, with space for the children to run. Can you suggest some places to stay?',
        ],
        [
          'a',
          'Option 1: an apartment in Llanes, close to beaches. Option 2: a casona rural (restored stone manor) near Cangas de Onís, with a garden, about 120 euros a night. Option 3: a hotel in Ribadesella with a pool, more expensive.',
        ],
        [
          'u',
          "The second one sounds perfect, a garden for the twins and close to Covadonga. Let's book that one.",
          'i-asturias-choice',
        ],
        ['a', 'Lovely choice. Book soon, August fills fast.'],
        [
          'u',
          "Done, booked! Now the drive worries me: it's about nine hours and our car is an old 2012 Seat León with 240,000 km.",
          'i-seat-leon',
        ],
        [
          'a',
          'That is a long trip for an older car. I would get it serviced before: tyres, brakes, coolant and the timing belt if it is due.',
        ],
        ['u', "Álvaro says it is indestructible, I am less convinced. We'll do the service in June."],
        ['a', 'Good compromise. Splitting the drive with a night in Salamanca or León also helps with kids.'],
        [
          'u',
          'Oh, a night in León is a nice idea, the twins could see the cathedral and the Gaudí building.',
        ],
        ['a', 'Exactly, the Casa Botines. It breaks the trip nicely.'],
        ['u', "What about food in Asturias as a pescatarian? I know it's the land of fabada."],
        [
          'a',
          'You will eat very well: hake, sea bass, merluza a la sidra, and the fish markets in the coastal towns. Fabada usually has meat, but there are versions with clams, fabes con almejas.',
        ],
        ['u', 'Fabes con almejas, I am already dreaming of it.'],
        ['a', 'It is wonderful with a glass of cider.'],
        [
          'u',
          'Álvaro will insist on learning how to pour the cider from above his head, I can already see the mess.',
        ],
        ['a', 'Escanciar takes practice; the sidrerías will happily show him.'],
      ],
    },
    {
      start: '2025-06-12 19:00',
      lines: [
        [
          'u',
          'News! We were shortlisted for the Huelva library, one of five finalists. The final interview is in July.',
          'i-shortlisted',
        ],
        ['a', 'Fantastic news! Congratulations to the whole studio.'],
        [
          'u',
          'Thank you! And more news: our lease on Calle Betis ends, so the studio is moving in September to a bigger space on the Alameda de Hércules.',
        ],
        ['a', 'A big change. Do you need help planning the move?'],
        [
          'u',
          "Yes, I'm in charge of the archive, we have twenty years of physical models and drawings. How would you organise packing them?",
        ],
        [
          'a',
          'Inventory first, photograph each model, decide what to keep, donate or digitise, then pack fragile models in custom boxes with foam and label by project and year.',
        ],
        [
          'u',
          'Carmen will cry if we throw out any model, she is very sentimental. Maybe we can offer some to the School of Architecture?',
        ],
        ['a', 'That is a generous idea; the school might even exhibit them.'],
        [
          'u',
          'I will write to them. Also, the new office will be closer to home, we live in the Macarena district, so I could cycle in ten minutes.',
          'i-home-macarena',
        ],
        ['a', 'Cycling to work sounds great, Seville has a good network of bike lanes.'],
        ['u', 'It does. Could you prepare a checklist for the move weekend for a team of eight people?'],
        [
          'a',
          'Checklist: assign zones, label boxes by room, back up the server, disconnect and pack IT the day before, book a removal van, and set up internet in the new office a week ahead.',
        ],
        ['u', 'Internet a week ahead, very good point, last time it took a month.'],
        ['a', 'Telecoms always take longer than expected!'],
        ['u', 'Thank you, you are a treasure.'],
        ['a', 'Always happy to help.'],
        ['u', 'One last question, should we hire professional movers for the models or do it ourselves?'],
        [
          'a',
          'For fragile models I would hire movers used to art or museum transport, at least for the most valuable pieces.',
        ],
      ],
    },
    {
      start: '2025-07-10 09:00',
      lines: [
        [
          'u',
          'Disaster: the Seat León broke down on the ring road yesterday, the clutch is gone and the mechanic says the repair is more than the car is worth.',
          'i-car-broke',
        ],
        ['a', 'Oh no, what bad timing with the Asturias trip coming up. Are you all okay?'],
        [
          'u',
          "Yes, just a lot of heat and a tow truck. So we need another car before August. Budget about 25,000 euros, we need a big boot for the twins' things.",
        ],
        [
          'a',
          'Options: 1) a Toyota Corolla Touring Sports hybrid, 2) a Skoda Octavia Combi petrol, 3) a Kia Niro hybrid SUV. All have good boots and fit the budget new or nearly new.',
        ],
        ['u', 'Which one uses the least fuel in the city?'],
        ['a', 'The Corolla hybrid: around 4.5 litres per 100 km in town, and it is known for reliability.'],
        ['u', 'Then the Corolla, the estate version. Álvaro likes it too, it feels solid.'],
        ['a', 'A very sensible choice.'],
        [
          'u',
          'We picked it up today: a grey Toyota Corolla Touring Sports hybrid, one year old, 23,500 euros. Goodbye Seat!',
          'i-corolla',
        ],
        ['a', 'Congratulations! Perfect for the long drive north.'],
        ['u', 'Also the final interview for Huelva is next week, any tips for presenting to a mixed jury?'],
        [
          'a',
          'Tell one clear story, use images more than text, anticipate budget questions, and let each team member speak briefly.',
        ],
        ['u', "Carmen will speak about the budget, I'll present the concept."],
        ['a', 'A good division: the vision and the numbers.'],
        ['u', "Should I memorise my part or speak with notes? I tend to improvise when I'm nervous."],
        [
          'a',
          'Memorise the first and last minute, and keep a few keywords for the middle. It keeps you natural but safe.',
        ],
        ['u', 'Fingers crossed, thank you!'],
        ['a', 'Good luck!'],
      ],
    },
    {
      start: '2025-08-06 18:00',
      lines: [
        [
          'u',
          "Greetings from Asturias! It's 22 degrees and raining softly, I'm in heaven. The casona is even more beautiful than the photos.",
        ],
        ['a', 'How wonderful! How is the family enjoying it?'],
        [
          'u',
          'The twins loved Covadonga and the lakes, Mateo fed a cow and is now talking about becoming a farmer.',
        ],
        ['a', 'Ha, a farmer architect perhaps. Any plans for the coming days?'],
        ['u', 'We want one beach day and one good seafood dinner. Can you recommend a town?'],
        [
          'a',
          'Lastres or Tazones are charming fishing villages with good seafood restaurants; Tazones is famous for its harbour front.',
        ],
        ['u', 'Tazones then! Is it worth trying the percebes, the goose barnacles? They are very expensive.'],
        [
          'a',
          'They are a delicacy in Asturias and Galicia; if you love seafood, share a small portion to try them.',
        ],
        [
          'u',
          'And the Huelva result arrived: we came second. Second! Carmen says second is the most painful position.',
          'i-huelva-second',
        ],
        ['a', 'I am sorry, but second out of many entries is a great result for the studio.'],
        ['u', "True. I'm trying not to think about it while we are here."],
        ['a', 'The right approach, enjoy the holidays.'],
        ['u', 'Also the Corolla did the nine hours without a single complaint, I love this car.'],
        ['a', 'Great to hear. A hybrid in mountain roads does well too.'],
        [
          'u',
          "Tomorrow we're going to the Jurassic Museum in Colunga, Lucía is beside herself. Is it good for eight-year-olds?",
        ],
        [
          'a',
          'Yes, the MUJA is fantastic for children, with life-size dinosaur replicas and real footprints on the coast nearby.',
        ],
        ['u', 'Time for cider, speak soon!'],
        ['a', 'Enjoy!'],
      ],
    },
    {
      start: '2025-09-15 08:30',
      lines: [
        [
          'u',
          'Good morning! First week in the new office on the Alameda de Hércules, the move went very smoothly and the light here is wonderful.',
          'i-office-alameda',
        ],
        ['a', 'Congratulations! How is the new commute?'],
        ['u', 'I cycle every morning now, ten minutes along the Macarena walls. I arrive happier.'],
        ['a', 'That is a great start to the day.'],
        [
          'u',
          'The twins also started second grade this week, in the same class with a new teacher called Señora Ortega.',
        ],
        ['a', 'Big week for everyone! Are they happy with the new teacher?'],
        ['u', "Lucía adores her, Mateo says she is 'too serious'. We'll see."],
        ['a', 'Give it a few weeks, serious teachers are often the ones children remember.'],
        [
          'u',
          'And some sad news about guitar: Manolo is moving to Jerez to be near his daughter, so no more Thursdays with him.',
        ],
        ['a', 'Oh no, that is a loss. Will you keep studying?'],
        [
          'u',
          'Yes! The peña found me a new teacher, Rocío Campos, a wonderful young guitarist. My lessons are now on Monday evenings with her.',
          'i-rocio',
        ],
        ['a', 'Wonderful. A new teacher often brings a fresh perspective.'],
        ['u', 'She wants me to move from soleá to alegrías, which is much happier and more my personality.'],
        ['a', 'Alegrías are bright and joyful, from Cádiz, your mother will approve!'],
        ['u', 'Do you know a good metronome app? Rocío wants me to practise with one every day, 15 minutes.'],
        [
          'a',
          'Pro Metronome or Soundbrenner are good; there are also flamenco compás apps with palmas patterns for alegrías.',
        ],
        ['u', 'Ha, she will! Thank you, have a nice day.'],
        ['a', 'You too, Isabel.'],
      ],
    },
    {
      start: '2025-10-09 20:00',
      lines: [
        [
          'u',
          "The twins turn eight on 14 October and we're throwing a party at home for twelve children. I need help planning!",
          'i-twins-bday',
        ],
        ['a', 'Eight already! What theme are they asking for?'],
        [
          'u',
          'They could not agree: Lucía wants dinosaurs, Mateo wants space. Can you help me combine them?',
        ],
        [
          'a',
          'A "space dinosaurs" theme: dinosaurs on planets, an astronaut-dinosaur cake, a fossil dig game and glow-in-the-dark stars.',
        ],
        [
          'u',
          'Genius, they will both be happy! For food, I want to avoid meat, of course, and remember Lucía and her issue with milk.',
        ],
        [
          'a',
          'Ideas: mini tortillas, tuna empanadillas, pizza with lactose-free cheese, fruit skewers, and a cake made with olive oil instead of butter.',
        ],
        [
          'u',
          'An olive oil cake, my grandmother made those. And for the games, we have a small patio, not a garden.',
        ],
        [
          'a',
          'Fossil dig in a sand tray, a treasure hunt with clues around the house, and a "pin the tail on the T-rex" game.',
        ],
        ['u', 'Perfect. How much should I budget for party bags for twelve children?'],
        ['a', 'Around 3 to 5 euros per bag: a small dinosaur figure, stickers and a glow star.'],
        [
          'u',
          'Lovely. Álvaro is in charge of music, he will certainly play flamenco and the children will want reggaeton.',
        ],
        ['a', 'A shared playlist might be the real compromise of the day!'],
        ['u', "How early should I send the invitations? Everyone's calendar is full with autumn activities."],
        [
          'a',
          'Two to three weeks ahead is ideal; a message in the class WhatsApp group with an RSVP date works well.',
        ],
        ['u', "The class WhatsApp group, of course, it's the centre of the universe for parents."],
        ['a', 'It really is!'],
        ['u', 'Ha! Thank you.'],
        ['a', 'Happy birthday to the twins!'],
      ],
    },
    {
      start: '2025-11-20 21:30',
      lines: [
        [
          'u',
          "I've been so tired lately, and my blood test came back: my ferritin is low, 11, and the doctor wants me to take iron supplements for three months.",
          'i-ferritin',
        ],
        ['a', 'Low ferritin explains the tiredness. Iron supplements usually help within a few weeks.'],
        [
          'u',
          'She asked if my pescatarian diet is the cause. What foods should I eat to raise iron without meat?',
        ],
        [
          'a',
          'Clams, mussels and sardines are rich in iron; also lentils, chickpeas, spinach and tofu. Pair them with vitamin C and avoid tea or coffee with meals.',
        ],
        ['u', 'Clams! I could make fabes con almejas again, like in Asturias.'],
        ['a', 'A perfect iron-rich dinner, with a squeeze of lemon on the side.'],
        ['u', 'And coffee, can I keep my morning café con leche?'],
        ['a', 'Yes, just take the iron tablet at least an hour apart from coffee and milk.'],
        [
          'u',
          "Also my mother fell in her kitchen in Cádiz last week, nothing broken thankfully, but she's 71 and lives alone.",
        ],
        ['a', "I'm glad she is okay. Some simple changes can make her home safer."],
        ['u', 'What could we install to make her flat safer?'],
        [
          'a',
          'Grab bars in the bathroom, non-slip mats, good night lighting, removing loose rugs, and a personal alarm pendant like the Cruz Roja teleasistencia service.',
        ],
        [
          'u',
          "The teleasistencia is a great idea, I think the Junta de Andalucía offers it. I'll ask my brother to apply with her.",
          'i-brother',
        ],
        ['a', 'Yes, it is available through social services in Andalusia.'],
        [
          'u',
          'My brother lives only twenty minutes from her in San Fernando, so he can check on her more easily than I can.',
        ],
        ['a', 'That is reassuring; maybe you can share visits between you, and call her daily.'],
        ['u', 'Thank you, I feel calmer.'],
        ['a', 'Take care of yourself too, Isabel.'],
      ],
    },
    {
      start: '2025-12-17 22:00',
      lines: [
        [
          'u',
          "We're spending Christmas Eve in Cádiz with my mother and my brother Javier's family, so I'm cooking for eleven people. Help!",
        ],
        ['a', 'A big Nochebuena! What do you usually serve?'],
        [
          'u',
          'Always fish on Christmas Eve: I want to do a baked sea bream and a seafood starter. The twins will want something simple.',
        ],
        [
          'a',
          'Baked sea bream a la sal or a la espalda, a cold prawn and avocado starter, and a simple pasta or rice for the children.',
        ],
        ['u', 'How big a sea bream for eleven adults and kids?'],
        ['a', 'Plan about 350 to 400 grams of whole fish per adult, so three or four large breams.'],
        ['u', 'And dessert without milk for Lucía? I know, always her.'],
        [
          'a',
          'Turrón de almendra (the hard kind) is usually dairy free, and polvorones made with olive oil exist too. Check labels.',
        ],
        [
          'u',
          'Perfect. Gifts now: what can I give Álvaro? He teaches history at a secondary school and loves old maps.',
          'i-alvaro-job',
        ],
        [
          'a',
          'A framed reproduction of an old map of Seville, a historical atlas, or a visit to the Archivo de Indias with a guided tour.',
        ],
        ['u', 'The framed map of Seville, he will adore it.'],
        ['a', 'You can find beautiful reproductions in the antique shops near the cathedral.'],
        ['u', "And for the twins, something that isn't a screen? They are obsessed with the tablet lately."],
        [
          'a',
          'A beginner science kit, a big LEGO set to build together, or a telescope, since Mateo loves space.',
        ],
        ['u', 'A telescope for Mateo, and maybe a dinosaur excavation kit for Lucía.'],
        ['a', 'Perfect, both match their favourite worlds.'],
        ['u', 'And maybe you can give me a short Christmas toast for my mother? She had a difficult year.'],
        [
          'a',
          '"To Mamá, who taught us that a table full of people is the best medicine..." Want me to continue?',
        ],
        ['u', 'Yes, that is lovely, continue.'],
        [
          'a',
          '"...this year you scared us, and now we raise our glasses to your strength and to many more Christmases together."',
        ],
      ],
    },
    {
      start: '2026-02-10 20:30',
      lines: [
        [
          'u',
          "Big news: Carmen has offered me a partnership in the studio! From March I'll be an associate partner.",
          'i-partner',
        ],
        ['a', 'Congratulations, Isabel! That is a huge recognition.'],
        [
          'u',
          'Thank you! I need to buy into the company though, about 30,000 euros over three years. Is that normal?',
        ],
        [
          'a',
          'It is common for partnerships; ask a lawyer or gestor to review the agreement and the studio finances first.',
        ],
        ['u', "Our gestor is reviewing it. I'm nervous but excited."],
        ['a', 'That is natural. It is a big step.'],
        [
          'u',
          "Also, Rocío says I'm ready to play in public! There's a small recital at the peña on 21 March and I'll play alegrías.",
        ],
        ['a', 'How exciting! How do you feel about performing?'],
        ['u', 'Terrified. Any tips for stage nerves?'],
        [
          'a',
          'Slow breathing before you go on, practise in front of family, and focus on the compás rather than on the audience.',
        ],
        ['u', 'I will practise in front of the twins, they are the harshest critics.'],
        ['a', 'If you can play for two eight-year-olds, you can play for anyone!'],
        [
          'u',
          'Lastly, we want a long weekend in Lisbon at Easter. Can you suggest a family-friendly neighbourhood to stay?',
        ],
        [
          'a',
          'Options: Alfama (charming but steep), Chiado (central and walkable), or Parque das Nações (modern, near the Oceanário).',
        ],
        ['u', 'Parque das Nações, the twins will want the aquarium every day anyway.', 'i-lisbon-choice'],
        ['a', 'The Oceanário is one of the best in Europe, a great choice.'],
        ['u', "Thank you, as always. I'll tell you how the recital goes!"],
        ['a', 'Please do, mucha suerte, Isabel!'],
      ],
    },
  ],
  questions: [
    [
      'single-hop',
      'Which place did we end up staying at for our summer trip up north?',
      ['i-asturias-choice'],
    ],
    [
      'single-hop',
      "I'm baking something for the twins' class, what do I need to watch out for with my daughter?",
      ['i-lucia-lactose'],
    ],
    ['single-hop', 'Who is the head of the studio where I work?', ['i-boss-carmen']],
    ['single-hop', 'What did my last blood test show?', ['i-ferritin']],
    ['single-hop', 'How did we do in that library competition in the end?', ['i-huelva-second']],
    ['multi-hop', "What are my kids called and when's their birthday?", ['i-twins-names', 'i-twins-bday']],
    [
      'multi-hop',
      "I'm cooking one meal for the whole family on Sunday, what dietary needs do I have to cover?",
      ['i-pescatarian', 'i-lucia-lactose'],
    ],
    [
      'temporal',
      'When did we settle into the new office?',
      ['i-office-alameda'],
      { askedAt: '2026-03-01 10:00' },
    ],
    [
      'temporal',
      'Which happened first, our old car breaking down or getting onto the shortlist for Huelva?',
      ['i-shortlisted', 'i-car-broke'],
      { askedAt: '2026-03-01 10:05' },
    ],
    ['updated', 'Where is my office these days?', ['i-office-alameda'], { stale: ['i-office-betis'] }],
    [
      'updated',
      'Who teaches me guitar now, and on which evening?',
      ['i-rocio'],
      { stale: ['i-manolo-thursday'] },
    ],
    ['updated', 'What car do we have at the moment?', ['i-corolla'], { stale: ['i-seat-leon'] }],
    ['off-topic', 'How do I repot an orchid without killing it?', []],
    ['off-topic', "What's the difference between a Roth IRA and a traditional IRA?", []],
    ['off-topic', 'How do I set up a Python virtual environment?', []],
  ],
});

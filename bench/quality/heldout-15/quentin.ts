import { definePersona } from '../author.ts';

export const quentin = definePersona({
  user_id: 'h15-quentin',
  name: 'Quentin',
  summary:
    'Quentin, 36, is a French sommelier in Lyon who cycles, is preparing a sommelier examination and becomes a father during these months with his partner Camille. He writes in careful, slightly formal English with the occasional French turn of phrase.',
  language: 'en',
  sessions: [
    {
      start: '2024-11-05 14:30',
      lines: [
        [
          'u',
          'Good afternoon. I would be grateful for some help with the English descriptions on our wine list. Many of our guests are foreign and my English is correct but, how do you say, a little stiff.',
        ],
        ['a', 'Good afternoon! I would be glad to help. Could you send me a few of the descriptions?'],
        [
          'u',
          'Certainly. I am the head sommelier at La Table des Traboules, a restaurant in the Croix-Rousse, and we have about 300 references on the list.',
          'q_job_old1',
        ],
        ['a', "That is a serious list. Let's start with a few and find a tone you like."],
        [
          'u',
          'Here is one: "Saint-Joseph 2020, Domaine Gonon. Red of syrah, notes of black olive and violet, tannins of good grain, long finish."',
        ],
        [
          'a',
          'A more natural version: "Saint-Joseph 2020, Domaine Gonon. A Syrah with notes of black olive and violets, fine-grained tannins and a long finish."',
        ],
        ['u', 'Ah, "fine-grained", yes, that is the expression I was searching for. Thank you.'],
        ['a', "You're welcome. Would you like me to go through more of them?"],
        [
          'u',
          'Later, if you permit. Today I am a little distracted. My partner Camille expects our first child in the middle of December.',
          'q_camille',
        ],
        ['a', 'Congratulations! That is wonderful news. How are you both feeling?'],
        [
          'u',
          'Camille is tired and very calm. I am not tired and not at all calm. I have read four books on babies and understood perhaps half.',
        ],
        [
          'a',
          'That sounds completely normal for a first-time parent. Is there anything practical I can help with?',
        ],
        [
          'u',
          'Perhaps a list of what one must bring to the maternity hospital. I would like to prepare the bag this weekend.',
        ],
        [
          'a',
          'For Camille: documents, comfortable clothes, nightwear that opens at the front, toiletries, slippers, snacks. For the baby: a few bodysuits, pyjamas, a hat, socks, a blanket and a car seat. For you: charger, snacks, a change of clothes.',
        ],
        [
          'u',
          "Very useful. And I shall ride my bicycle to the hospital if the car will not start, naturally. My old steel Peugeot from the 1980s, which was my father's, has never failed me.",
          'q_peugeot1',
        ],
        ['a', 'Perhaps a taxi would be safer for Camille, but the Peugeot sounds reliable!'],
        [
          'u',
          'You are right, of course. Camille will have the taxi, I will follow on the Peugeot.',
          'q_peugeot1b',
        ],
        ['a', 'A good plan.'],
      ],
    },
    {
      start: '2024-12-17 10:00',
      lines: [
        [
          'u',
          'Good morning. I must share the news: our daughter Élise was born on Saturday, the 14th of December, at ten past three in the morning.',
          'q_birth',
        ],
        ['a', 'Congratulations, Quentin! Welcome to the world, Élise! How are Camille and the baby?'],
        [
          'u',
          'Both are well. Élise weighed 3.2 kilograms and measured 49 centimetres. The midwife said she has a strong voice, which we have since confirmed many times.',
          'q_weight',
        ],
        ['a', 'A healthy size and a healthy voice. How are you coping with the nights?'],
        [
          'u',
          'I have slept perhaps nine hours in three days. I did not know that one could be so tired and so happy at the same moment.',
        ],
        ['a', 'Many new parents describe exactly that. Try to sleep when she sleeps, even in short naps.'],
        [
          'u',
          'I have my paternity leave now, twenty-five days. The restaurant managed without me at Christmas, which is both a relief and a small offence.',
          'q_job_old_s2',
        ],
        ['a', 'They will be very glad to see you back, I am sure.'],
        ['u', 'A practical question: how warm should the bedroom be for a newborn?'],
        [
          'a',
          'About 18 to 20°C is usually recommended. Dress her in a sleeping bag appropriate to the temperature, no loose blankets or pillows.',
        ],
        ['u', 'Our apartment is old and the heating has its own opinions. I shall buy a thermometer.'],
        ['a', 'A simple room thermometer will give you peace of mind.'],
        [
          'u',
          'And how often should she eat? Camille is breastfeeding and we are not sure whether it is enough.',
        ],
        [
          'a',
          'Newborns usually feed 8 to 12 times in 24 hours. Good signs are several wet nappies a day and regular weight gain. The midwife or paediatrician can check.',
        ],
        [
          'u',
          'Thank you. I will note all of this. Forgive me if my sentences are strange, my brain is a soup today.',
        ],
        ['a', 'Your sentences are perfectly clear. Enjoy these days!'],
        [
          'u',
          'Camille asks me to request a recipe for a good bouillon, for her recovery. Her grandmother swore by it.',
        ],
        [
          'a',
          'A simple one: a chicken carcass or wings, carrot, leek, onion with a clove, celery, bay leaf and thyme, covered with cold water and simmered gently for three hours. Strain, season, and keep portions in the freezer.',
        ],
      ],
    },
    {
      start: '2024-12-28 16:00',
      lines: [
        [
          'u',
          'Good afternoon. We had a small Christmas dinner at home with my parents, who drove from their little vineyard near Mâcon to meet Élise.',
          'q_parents',
        ],
        ['a', 'How lovely that they could meet their granddaughter at Christmas. How was the dinner?'],
        [
          'u',
          'Simple but good. For the foie gras I opened a Jurançon moelleux from Domaine Cauhapé, which my mother adores.',
          'q_xmas_foie',
        ],
        ['a', 'A classic pairing, the acidity of Jurançon is perfect with foie gras.'],
        [
          'u',
          'With the capon I served a Morgon Côte du Py 2019 from a friend of mine, Julien, who makes it in very small quantities.',
          'q_xmas_capon',
        ],
        ['a', 'A beautiful choice. Côte du Py has real structure for poultry.'],
        [
          'u',
          'My father, who makes mostly white wine, declared it "acceptable for a red", which from him is a great compliment.',
        ],
        ['a', 'High praise indeed!'],
        [
          'u',
          'Élise slept through the entire dinner and then screamed through the entire night. She has a sense of timing.',
        ],
        ['a', 'Babies are experts at that. Are you getting any rest?'],
        ['u', 'A little. Camille and I take turns. I take the night until three, she takes the morning.'],
        ['a', 'A sensible system. It helps to know who is "on duty".'],
        [
          'u',
          'Could you suggest something easy for me to cook in the evenings? Something that does not require attention, because I have none left.',
        ],
        [
          'a',
          'Options: 1) a slow-cooked beef and carrot stew, 2) a tray of roasted chicken thighs with vegetables, 3) a big pot of lentil soup that lasts three days.',
        ],
        ['u', 'The lentils. They will forgive me if I forget them on the stove for a moment.'],
        ['a', 'Lentils are very forgiving. Add a bay leaf and some smoked sausage if you like.'],
        ['u', 'Saucisse de Morteau, then. Thank you.'],
        ['a', 'An excellent choice. Bon appétit!'],
      ],
    },
    {
      start: '2025-01-21 22:45',
      lines: [
        [
          'u',
          'Good evening. I returned to work at La Table des Traboules last week. Service finishes around midnight and then Élise wakes at two. I am not certain this arrangement is sustainable.',
          'q_job_old2',
        ],
        [
          'a',
          'That is very demanding. Are there ways to adjust your hours, or share the nights differently with Camille?',
        ],
        ['u', 'We are thinking about it. For the moment, coffee is doing most of the work.'],
        [
          'a',
          'Be careful with coffee too late in the day, it can make the little sleep you get less restful.',
        ],
        ['u', 'I know. I tell my guests the same about wine. Nobody listens to good advice.'],
        ['a', 'Very true.'],
        [
          'u',
          'On a happier subject, we finished the nursery on Sunday. We painted it a pale sage green, Camille chose the colour.',
          'q_nursery',
        ],
        ['a', 'Sage green is lovely and calming for a nursery.'],
        [
          'u',
          'It was meant to be finished before the birth, but the paint was still in the cellar. Such is life.',
        ],
        ['a', 'Better late than never!'],
        [
          'u',
          'I still ride the Peugeot to the restaurant every day, even in this cold. The climb up the Croix-Rousse hill keeps me awake.',
          'q_peugeot2',
        ],
        ['a', 'That is a serious climb. Do you have good lights for the ride home at midnight?'],
        ['u', 'Only a small light at the front. What would you recommend?'],
        [
          'a',
          'A bright rear light with a steady and a flashing mode, a front light of at least 400 lumens, and something reflective on your clothing or bag.',
        ],
        ['u', 'Reflective. Camille will be delighted, she has been asking for months.'],
        ['a', 'Then everybody wins.'],
        ['u', 'Good night, and thank you.'],
        ['a', 'Good night, Quentin.'],
      ],
    },
    {
      start: '2025-02-18 11:15',
      lines: [
        [
          'u',
          "Good morning. Camille's birthday is on the 2nd of March and I would like to give her something for herself, not for the baby.",
        ],
        [
          'a',
          'A thoughtful idea. Some options: 1) a weekend for two in Annecy, 2) a day at a spa, 3) a cooking class she would enjoy.',
        ],
        [
          'u',
          'The spa day, I think. A weekend away is too ambitious with Élise so small, and Camille has cooked enough for everybody.',
          'q_pick_spa',
        ],
        ['a', 'A spa day is perfect. Would you like help finding one in Lyon?'],
        ['u', "Yes please, something near the Presqu'île, so she can take the metro."],
        [
          'a',
          "There are several spas with day packages in the Presqu'île and the 6th arrondissement. Look for a package with a massage, access to the pool and hammam, and lunch.",
        ],
        ['u', 'Very good. I shall look this week. A separate matter: the paediatrician saw Élise yesterday.'],
        ['a', 'How is she doing?'],
        [
          'u',
          'She has a small reflux. The paediatrician said it is common, and that we should keep her upright for twenty minutes after each feeding and not to worry unless she stops gaining weight.',
          'q_reflux',
        ],
        [
          'a',
          'That is very common and usually improves by six months. Keeping her upright is a good approach.',
        ],
        ['u', 'I have many shirts with small white spots now. A new fashion.'],
        ['a', "Every parent's signature look."],
        [
          'u',
          'My brother Arnaud is coming from Marseille this weekend to meet his niece. He says he is already preparing to be the amusing uncle.',
          'q_brother',
        ],
        ['a', 'Every child needs an amusing uncle. Are you planning anything?'],
        [
          'u',
          'A simple lunch. He asked me to choose a wine he can bring back to Marseille as well. He likes rosé, but I wish to educate him.',
        ],
        [
          'a',
          'Perhaps a serious rosé, like a Bandol or a Tavel, as a bridge between what he likes and something more structured.',
        ],
        ['u', 'A Tavel. Excellent, a rosé with ambitions. Like my brother.'],
        ['a', 'Ha! A perfect match.'],
      ],
    },
    {
      start: '2025-03-15 09:30',
      lines: [
        [
          'u',
          'Good morning. I have been preparing for the Advanced examination of the Court of Master Sommeliers, which will take place in London in June. I would like to practise the theory in English with you.',
        ],
        ['a', 'Happy to help! Would you like me to ask you questions on a region?'],
        ['u', 'Yes, let us begin with Germany. The Prädikat system, please.'],
        ['a', 'In order of must weight, what are the six Prädikat levels?'],
        ['u', 'Kabinett, Spätlese, Auslese, Beerenauslese, Eiswein, Trockenbeerenauslese.'],
        [
          'a',
          'Nearly! Eiswein is a separate category with the same minimum must weight as Beerenauslese, so the usual order is Kabinett, Spätlese, Auslese, Beerenauslese, Trockenbeerenauslese, with Eiswein alongside.',
        ],
        ['u', 'Ah yes, I always place Eiswein wrongly. I shall write it fifty times, like a schoolboy.'],
        ['a', 'Repetition works! Shall we do another question?'],
        [
          'u',
          'In a moment. First I must tell you some news of the bicycle: I have bought a new gravel bike, a Canyon Grizl, and the old Peugeot now hangs on the wall of the cellar as a relic.',
          'q_gravel',
        ],
        ['a', 'Congratulations! The Grizl is a great bike. What made you change?'],
        [
          'u',
          "The Peugeot is beautiful but it does not forgive bad roads, and I would like to ride on the chemins in the Monts d'Or on my mornings off.",
        ],
        ['a', 'A gravel bike is ideal for that. Have you tried it yet?'],
        [
          'u',
          'Twice. I came back covered in mud and smiling like a child. Camille took a photograph for the family group.',
        ],
        ['a', 'That sounds like a successful purchase.'],
        ['u', 'Now, another question, please. Something about Spain.'],
        ['a', 'Which grape is the main variety of Rías Baixas, and what is the typical style?'],
        ['u', 'Albariño. Fresh, saline, with stone fruit and citrus. Usually no oak.'],
        ['a', 'Perfect answer.'],
      ],
    },
    {
      start: '2025-04-08 20:00',
      lines: [
        [
          'u',
          'Good evening. Camille returned to her work at the architecture office this week, and her mother Monique now looks after Élise during the day, from Monday to Friday.',
          'q_monique1',
        ],
        ['a', 'That is a great help. How is Élise adapting?'],
        [
          'u',
          'Very well. Monique sings old songs and Élise watches her as if she were a concert. I believe she prefers her grandmother to us.',
        ],
        ['a', 'Babies love a good singer. How is Camille finding the return to work?'],
        ['u', 'She says it is strange to drink a coffee while it is still hot.'],
        ['a', 'A small luxury!'],
        [
          'u',
          'I would like to ride a cyclosportive in the Beaujolais at the end of June. There are three routes. Could you help me choose?',
        ],
        [
          'a',
          'Sure. Typical options would be: 1) a 78 km route with about 1,100 m of climbing, 2) a 120 km route with about 1,900 m, 3) a 165 km route with about 2,800 m. How much are you riding each week?',
        ],
        [
          'u',
          'About 150 kilometres a week, when the baby allows. I think the middle one, the 120. The long route would cost me my marriage.',
          'q_pick_route',
        ],
        ['a', 'A wise choice. With ten weeks of training you will be well prepared.'],
        [
          'u',
          'Could you give me a simple training plan? I have two morning rides a week and one longer ride on Monday, my day off.',
        ],
        [
          'a',
          'Weeks 1–4: two rides of 1.5 hours with some climbing, one long ride of 3 hours. Weeks 5–8: add intervals on a climb, long ride up to 4 hours. Weeks 9–10: reduce volume, keep some intensity, rest well before the event.',
        ],
        ['u', 'Perfect. I shall print it and put it on the refrigerator, next to the feeding schedule.'],
        ['a', 'The family command centre!'],
        ['u', 'Exactly. Thank you.'],
        ['a', 'Good luck with the training!'],
        [
          'u',
          'Ah, one more thing. Monique asks whether she may begin giving Élise a little carrot purée. She is nearly four months old.',
        ],
        [
          'a',
          'In France, diversification usually starts between four and six months. It is best to ask the paediatrician first, then start with a spoonful of a single vegetable.',
        ],
      ],
    },
    {
      start: '2025-05-06 15:00',
      lines: [
        [
          'u',
          "Good afternoon. I have made a big decision. I have handed in my notice at the restaurant, and from the 2nd of June I will be the wine buyer at Cave Bellecour, a wine merchant in the Presqu'île. Daytime hours, and Sundays free.",
          'q_job_new',
        ],
        ['a', 'Congratulations! That is a big change. How do you feel about it?'],
        [
          'u',
          'Sad and relieved at the same time. Eleven years of restaurant service. But I would like to see my daughter awake sometimes.',
        ],
        ['a', 'That is a very good reason. You will still be working with wine every day.'],
        [
          'u',
          'Yes, and I will taste with the producers, which I love. Could you help me write a short farewell message for the team?',
        ],
        [
          'a',
          '"Dear all, after many wonderful years together, I am leaving at the end of May. Thank you for every service, every laugh and every broken glass. I will miss you, and I will come back as a guest, to judge you severely. With affection, Quentin."',
        ],
        [
          'u',
          '"To judge you severely", that is perfect, the chef will laugh. I will add that the cellar keys are in the usual drawer.',
        ],
        ['a', 'Practical to the end!'],
        [
          'u',
          'Monique continues to look after Élise every weekday, she says it is the best job she has ever had.',
          'q_monique2',
        ],
        ['a', 'Lovely for both of them.'],
        [
          'u',
          'We have also put Élise on the waiting list for a crèche, for when Monique needs her freedom back. The list is long, there are no promises.',
        ],
        ['a', 'Crèche places in big cities are often difficult. Fingers crossed.'],
        [
          'u',
          'One more question: what is a polite way in English to refuse a producer who sends samples that I do not wish to buy?',
        ],
        [
          'a',
          '"Thank you very much for the samples. I enjoyed tasting them, but they do not fit our range at the moment. I will keep your details for the future."',
        ],
        ['u', 'Diplomatic. I will need this often, I suspect.'],
        ['a', "It is the buyer's most-used sentence!"],
        [
          'u',
          'The chef has already found someone to take my place, a young woman from Bordeaux. Very talented, which is slightly annoying.',
        ],
        ['a', 'At least you leave the cellar in good hands.'],
      ],
    },
    {
      start: '2025-06-10 19:30',
      lines: [
        [
          'u',
          'Good evening. I came back from London yesterday. The Advanced examination took place from the 5th to the 7th of June: theory, tasting and service.',
          'q_exam',
        ],
        ['a', 'Welcome back! How did it go?'],
        [
          'u',
          'The tasting went well, I think. The service was nerve-racking; the examiner asked me to decant a wine while he asked about Madeira.',
        ],
        ['a', 'A classic way to test composure. When will you get the results?'],
        ['u', 'In about two weeks. Until then, I try not to think about it, and I fail.'],
        ['a', 'Perfectly understandable.'],
        [
          'u',
          'And I have now finished my first week at Cave Bellecour. It is quieter than a restaurant, and I had lunch at a normal hour for the first time in ten years.',
          'q_job_new2',
        ],
        ['a', 'That must feel strange and nice. How are the colleagues?'],
        [
          'u',
          'Very kind. The owner, Mme Faure, has forty years of experience and a remarkable nose. I will learn a lot.',
        ],
        ['a', 'A great mentor to have.'],
        ['u', 'The Beaujolais sportive is in two weeks. My legs are ready; my sleep is not.'],
        ['a', 'Try to get a few early nights in the last week, if Élise permits.'],
        [
          'u',
          'Élise permits nothing. She has discovered her feet and is very excited about them at five in the morning.',
        ],
        ['a', 'A very important discovery!'],
        [
          'u',
          'What should I eat the evening before a long ride? I usually have pasta but I wonder if it is a cliché.',
        ],
        [
          'a',
          'Pasta is a cliché because it works: carbohydrates, not too much fat or fibre, and plenty of water. Rice or potatoes are fine too.',
        ],
        ['u', 'Pasta it is, then. Thank you.'],
        ['a', 'Good luck with the ride!'],
      ],
    },
    {
      start: '2025-07-01 12:30',
      lines: [
        [
          'u',
          'Good afternoon. Two pieces of news. First, I completed the Beaujolais ride on Saturday on the Grizl, in 4 hours and 50 minutes. The climb to Mont Brouilly was magnificent.',
          'q_gravel2',
        ],
        ['a', 'Congratulations! That is a strong time for 120 km with that climbing.'],
        [
          'u',
          'Second, the results of the examination. I passed the theory and the tasting, but not the service. I must retake only that part next year.',
        ],
        ['a', 'Passing two of three parts is a big achievement. How do you feel?'],
        [
          'u',
          'Disappointed for one day, proud for the rest of the week. Camille made a cake with "2/3" written on it.',
        ],
        ['a', 'That is a wonderful way to celebrate.'],
        [
          'u',
          'Could you help me prepare for the service part? I think my weakness is speaking English calmly while doing three things.',
        ],
        [
          'a',
          'We could do role plays: I play a difficult guest, you recommend and serve wine, answering questions at the same time. Shall we try one?',
        ],
        [
          'u',
          'Yes, but next week. Today I must buy a larger car seat. Élise has grown out of the first one.',
        ],
        [
          'a',
          'They grow so fast. Look for an i-Size seat suitable for her height, rear-facing for as long as possible.',
        ],
        ['u', 'Rear-facing, yes, the shop told me the same. She will complain regardless.'],
        ['a', 'That is also part of the design.'],
        [
          'u',
          "We are going to the Ardèche for ten days in August, to a gîte near Vallon-Pont-d'Arc. Is it reasonable to take a baby of eight months in a canoe?",
        ],
        [
          'a',
          'Many families do calm sections with babies in proper infant life jackets, but the Ardèche gorges can have rapids. A short, calm stretch or a guided family trip would be safer.',
        ],
        ['u', 'Then I will canoe and Camille and Élise will watch from the beach, and we will alternate.'],
        ['a', 'A fair system.'],
        ['u', 'And next week, the role play for the service. I shall wear a white shirt to feel serious.'],
        ['a', 'Excellent. I will prepare a very demanding table of four.'],
      ],
    },
    {
      start: '2025-08-19 18:00',
      lines: [
        [
          'u',
          'Good evening. Wonderful news: a place has opened at the crèche Les Petits Canuts, two streets from our apartment. Élise starts there on the 1st of September, and Monique can finally have her weekdays back.',
          'q_creche',
        ],
        ['a', 'That is wonderful news! How is Monique taking it?'],
        [
          'u',
          'She pretends to be relieved, but I think she will miss Élise enormously. She has already asked if she can collect her on Fridays.',
        ],
        ['a', 'A lovely compromise, if the crèche allows it.'],
        ['u', 'The crèche has an adaptation period of one week. What can we do to make it easier for Élise?'],
        [
          'a',
          'Bring a familiar comforter, keep goodbyes short and warm, stick to the same routine, and stay calm yourselves, as babies feel your emotions.',
        ],
        ['u', 'Stay calm. Camille will be calm. I will be the one crying in the corridor.'],
        ['a', 'Many parents do. It gets easier quickly.'],
        [
          'u',
          'The Ardèche was beautiful, by the way. Élise tried her first apricot and made a face of great betrayal.',
        ],
        ['a', 'The first taste of something sour is always dramatic.'],
        ['u', "A true sommelier's daughter: she is already critical."],
        ['a', 'She will be very good at tasting notes one day.'],
        [
          'u',
          'At Cave Bellecour we are preparing the autumn wine fair. Could you suggest a theme for the tasting evening?',
          'q_job_fair',
        ],
        [
          'a',
          'Some ideas: 1) "Beaujolais beyond Nouveau", the ten crus, 2) "Growers of the Rhône", 3) "Wines under 15 euros that taste like 30".',
        ],
        [
          'u',
          'The first one. Nobody in Lyon respects the Beaujolais enough, and I know every climb there now.',
          'q_pick_fair',
        ],
        ['a', 'An excellent theme, and a very personal one.'],
        ['u', 'And I will invite Julien with his Morgon. It will be a reunion of friends.'],
        ['a', 'That will make a lovely evening.'],
      ],
    },
    {
      start: '2025-09-23 08:15',
      lines: [
        [
          'u',
          'Good morning. Élise has been at the crèche for three weeks now and she already has her second cold. Is this normal?',
          'q_creche2',
        ],
        [
          'a',
          'Very normal, unfortunately. Children in their first year at crèche often catch eight to ten colds. Their immune systems are learning.',
        ],
        [
          'u',
          'Her immune system is learning, and mine is also learning, because I have caught everything she brings home.',
        ],
        ['a', 'Parents often get a "crèche year" too. Rest and plenty of fluids.'],
        [
          'u',
          'I ride to work on the Grizl every morning after dropping her, and I must confess the fresh air helps.',
          'q_gravel3',
        ],
        ['a', 'A good routine. Is the shop far from the crèche?'],
        [
          'u',
          'Cave Bellecour is about fifteen minutes by bicycle, along the Saône. It is the best part of my day, apart from the evenings with Élise.',
          'q_job_new3',
        ],
        ['a', 'That sounds like a lovely commute.'],
        [
          'u',
          "The harvest is finishing at my parents' vineyard this week. My father says 2025 will be a good year for the whites, but he says that every year.",
        ],
        ['a', 'Optimism is important in farming.'],
        [
          'u',
          'Could you help me write the English invitation for the Beaujolais evening? For our foreign customers.',
        ],
        [
          'a',
          '"Join us on Thursday 16 October for an evening dedicated to the ten crus of Beaujolais, in the presence of their winemakers. Tasting from 6 to 9 p.m. at Cave Bellecour. Free entry, reservation recommended."',
        ],
        ['u', 'Perfect. Perhaps add "Beyond Nouveau" as a title, with a capital letter.'],
        ['a', 'Title added: "Beaujolais: Beyond Nouveau".'],
        [
          'u',
          'Thank you. And in November I will begin again with the service practice for the examination. Will you play the difficult guest?',
        ],
        ['a', 'With pleasure. I will be very difficult.'],
        ['u', 'I count on it. Have a good day.'],
        ['a', 'You too, Quentin!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'How heavy was Élise when she was born?', ['q_weight']],
    ['single-hop', 'Which route length did I choose for the sportive in the Beaujolais?', ['q_pick_route']],
    ['single-hop', 'What did I decide to give Camille for her birthday?', ['q_pick_spa']],
    ['single-hop', 'What did the paediatrician advise about Élise spitting up?', ['q_reflux']],
    ['single-hop', "What colour did we paint the baby's room?", ['q_nursery']],
    [
      'multi-hop',
      'Which wines did I open with the foie gras and with the capon on Christmas?',
      ['q_xmas_foie', 'q_xmas_capon'],
    ],
    ['multi-hop', 'Where do my parents and my brother live?', ['q_parents', 'q_brother']],
    ['temporal', 'How many months old is my daughter now?', ['q_birth'], { askedAt: '2025-10-20 09:00' }],
    [
      'temporal',
      'How long ago did I sit the Advanced exam in London?',
      ['q_exam'],
      { askedAt: '2025-10-20 09:05' },
    ],
    [
      'updated',
      'Where am I working these days?',
      ['q_job_new', 'q_job_new2', 'q_job_fair', 'q_job_new3'],
      { stale: ['q_job_old1', 'q_job_old_s2', 'q_job_old2'] },
    ],
    [
      'updated',
      'Which bicycle do I ride at the moment?',
      ['q_gravel', 'q_gravel2', 'q_gravel3'],
      { stale: ['q_peugeot1', 'q_peugeot1b', 'q_peugeot2'] },
    ],
    [
      'updated',
      'Who looks after Élise during the day now?',
      ['q_creche', 'q_creche2'],
      { stale: ['q_monique1', 'q_monique2'] },
    ],
    ['off-topic', 'How do noise-cancelling headphones work?', []],
    ['off-topic', 'Which planet in our solar system has the most moons?', []],
    ['off-topic', 'How do I remove rust from garden tools?', []],
  ],
});

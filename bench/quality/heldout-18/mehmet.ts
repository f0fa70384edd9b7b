import { definePersona } from '../author.ts';

export const mehmet = definePersona({
  user_id: 'h18-mehmet',
  name: 'Mehmet',
  summary:
    'Mehmet is a 37-year-old Turkish civil engineer living in Rotterdam with his wife Elif; he plays the saz and is learning Dutch. He writes careful, polite, slightly formal English with the occasional Turkish word.',
  language: 'en',
  sessions: [
    {
      start: '2024-02-05 20:10',
      lines: [
        [
          'u',
          'Good evening. I would like to ask for your help with a work email, if possible. English is my second language, and sometimes my sentences are too direct.',
        ],
        ['a', 'Good evening, Mehmet! Of course. What is the email about?'],
        [
          'u',
          'I am a civil engineer at Van Dijk Ingenieurs here in Rotterdam. We are inspecting an old quay wall in the port, and I must tell a contractor that their report is incomplete.',
          'job-1',
        ],
        ['a', 'Understood. Do you want it firm but friendly?'],
        [
          'u',
          'Yes, exactly. Firm but friendly. The missing parts are the corrosion measurements of the sheet piles and the photos of section C.',
        ],
        [
          'a',
          "Draft: 'Dear Mr. de Graaf, thank you for the inspection report. Before we can approve it, we still need the corrosion measurements of the sheet piles and the photo documentation for section C. Could you send these by Friday? Kind regards, Mehmet Yıldız.'",
        ],
        ['u', 'This is very good, thank you. Perhaps "by Friday 16 February" to be precise.'],
        ['a', 'Good idea — precise deadlines help. Updated.'],
        [
          'u',
          'Thank you. May I ask another thing? It has been raining for nine days. I cycle every day from our apartment in Delfshaven to the office and I arrive completely wet.',
          'home-1',
        ],
        [
          'a',
          'Rotterdam winters! Good rain gear helps: a proper rain jacket, rain trousers and overshoes. Many Dutch commuters also use a rain poncho that covers the handlebars.',
        ],
        [
          'u',
          'A poncho. My wife will laugh at me, but I think it is practical. Which brand do people use here?',
        ],
        [
          'a',
          'Brands like Rainkiss, AGU and Basil are common in the Netherlands and sold in most bike shops.',
        ],
        ['u', 'I will look at the bike shop in our street on Saturday. Thank you very much.'],
        ['a', "You're welcome. Stay dry!"],
        [
          'u',
          'One small question before I go. Is it correct to write "Kind regards" or "Best regards" to a contractor? I am never sure.',
        ],
        [
          'a',
          "Both are fine. 'Kind regards' is slightly more formal and very common in Dutch business English.",
        ],
        ['u', 'Then I keep "Kind regards". I will try to stay dry. Iyi geceler, good night.'],
        ['a', 'Iyi geceler, Mehmet!'],
      ],
    },
    {
      start: '2024-02-22 19:30',
      lines: [
        [
          'u',
          'Hello again. Today I have a question about the Dutch language. I am following an A2 course at the Volksuniversiteit on Tuesday evenings, and the teacher used the word "gezellig". What exactly does it mean?',
          'dutch-1',
        ],
        [
          'a',
          "'Gezellig' is famous for being hard to translate — it means cosy, pleasant, sociable; the warm feeling of being with nice people in a nice place.",
        ],
        ['u', 'So it is similar to what we say in Turkish, "keyifli", or maybe "samimi". Interesting.'],
        ['a', 'Yes, those are close. Dutch people use it for places, evenings, people, even conversations.'],
        [
          'u',
          'Thank you. Also, I find the word order in subordinate clauses very difficult. The verb goes to the end, like in Turkish, but only sometimes.',
        ],
        [
          'a',
          "Exactly: in subordinate clauses ('omdat', 'dat', 'als') the verb goes to the end: 'Ik blijf thuis omdat het regent.' In main clauses it's in second position.",
        ],
        ['u', 'Ah, "omdat het regent". This is a useful sentence for Rotterdam.'],
        ['a', 'Ha, you will use it often!'],
        [
          'u',
          'On another subject: I play the saz, since I was fourteen. Every Sunday morning I have an online lesson with my teacher Cemal Hoca, who lives in Izmir.',
          'saz-teacher',
        ],
        ['a', 'That is lovely. What are you working on with him?'],
        [
          'u',
          'At the moment he teaches me the bağlama technique "şelpe", which means playing with the fingers instead of the pick. It is very difficult for my right hand.',
        ],
        [
          'a',
          'Şelpe sounds beautiful but demanding. Slow practice with a metronome usually helps the finger independence.',
        ],
        [
          'u',
          'Yes, Cemal Hoca says the same. Patience, patience. Thank you for the explanation about Dutch.',
        ],
        ['a', 'You are welcome. Veel succes met je cursus!'],
        [
          'u',
          'Dank je wel! One last question: how many hours per week do you think I should practise Dutch outside the class?',
        ],
        [
          'a',
          'Even 20–30 minutes a day makes a big difference — for example vocabulary on the metro and one short conversation at the shop.',
        ],
        ['u', 'Then I will speak Dutch at the bakery, even when they answer me in English.'],
        ['a', 'A very good strategy. Persist!'],
      ],
    },
    {
      start: '2024-03-14 21:00',
      lines: [
        [
          'u',
          'Good evening. I am very happy today: the new saz that I ordered from a luthier in Istanbul has arrived. It took two months, but it is beautiful, made of mulberry wood.',
          'saz-arrive',
        ],
        ['a', 'Congratulations! Mulberry gives such a warm sound. How does it play?'],
        [
          'u',
          'The sound is deep and clear. I played for two hours and my neighbours did not complain, which is a good sign.',
        ],
        ['a', 'A very good sign indeed.'],
        [
          'u',
          'However, our apartment in Delfshaven is really too small now. Two rooms, and my saz collection, and the books of my wife. We are starting to think about buying a house.',
          'home-2',
        ],
        ['a', "That's a big step. Are you thinking of staying in Rotterdam or looking at towns around it?"],
        [
          'u',
          'We do not know yet. Prices in Rotterdam are high. My wife Elif works as a pharmacist in a pharmacy in Kralingen, so we need good public transport for her too.',
          'wife-job',
        ],
        [
          'a',
          'Makes sense. Places like Schiedam, Capelle aan den IJssel or Barendrecht are often cheaper with good connections. Do you want a checklist for viewing houses?',
        ],
        ['u', 'Yes, please. A short checklist.'],
        [
          'a',
          '1) Energy label and insulation. 2) Foundation — very important in this region (wooden piles?). 3) Ground lease (erfpacht). 4) VvE costs if apartment. 5) Commute times. 6) Noise and parking.',
        ],
        [
          'u',
          'As an engineer, I like that the foundation is number two. Many people here forget that old houses stand on wooden piles.',
        ],
        ['a', "You'll be a very well-informed buyer!"],
        [
          'u',
          'Also, next week is the birthday of Elif. I bought her a silver bracelet with a small turquoise stone, from a jeweller on the Nieuwe Binnenweg.',
          'gift-elif',
        ],
        ['a', 'That sounds lovely, and turquoise is a nice touch. Want help with a card?'],
        ['u', 'Thank you, but I will write the card in Turkish myself. That is more sincere.'],
        ['a', 'Of course. I hope she loves it.'],
        [
          'u',
          'One more question about the saz, a technical one. How should I store it, with the humidity here? The luthier warned me about cracks.',
        ],
        [
          'a',
          'Keep it in its case away from radiators and windows, ideally at 45–55% humidity. A small case humidifier helps in winter when the heating dries the air.',
        ],
        ['u', 'I will buy a hygrometer for the case. An engineer needs measurements.'],
        ['a', 'Naturally!'],
      ],
    },
    {
      start: '2024-04-18 18:45',
      lines: [
        [
          'u',
          'Hello. I need a suggestion. On 4 May it is our wedding anniversary, eight years. I would like to take Elif to a good restaurant in Rotterdam.',
        ],
        [
          'a',
          'Congratulations! Here are three ideas: 1) a modern Dutch tasting menu in Kop van Zuid with a view of the Erasmus Bridge; 2) an Indonesian rijsttafel in the city centre — many small dishes, very festive; 3) a refined Turkish meze restaurant on the West-Kruiskade.',
        ],
        [
          'u',
          'I think the second option is the best. Elif loves spicy food and we have never tried a real rijsttafel. Turkish food we eat at home every day.',
          'anniv-pick',
        ],
        ['a', 'Excellent choice. Book early — Saturday evenings fill up fast.'],
        [
          'u',
          'I will book tonight. Could you also explain what a rijsttafel usually includes, so I know what to expect?',
        ],
        [
          'a',
          'Rice with a dozen or more small dishes: rendang (spiced beef), sateh, sambal goreng, gado-gado, atjar, kroepoek and more. It was developed in colonial times and is now a Dutch classic.',
        ],
        ['u', 'Rendang. I have read about it. Good. Now a work question, if you permit.'],
        ['a', 'Of course.'],
        [
          'u',
          'At Van Dijk we have a deadline for the quay wall design at the end of May, and my manager asks me to present the results to the port authority. My presentation must be twelve minutes.',
          'job-2',
        ],
        [
          'a',
          'Twelve minutes is tight. A structure could be: 1) problem and current state (2 min), 2) inspection findings (3 min), 3) design options (4 min), 4) recommendation and costs (2 min), 5) questions (1 min).',
        ],
        ['u', 'This is a clear structure. I usually put too many numbers on the slides.'],
        ['a', 'Keep one key number per slide and put the details in an appendix.'],
        [
          'u',
          'One key number per slide. I will write this on a sticky note. Also, my parents come from Ankara next month to visit us for three weeks. They have never been to the Netherlands.',
        ],
        ['a', 'How nice! Do you want ideas for things to do with them?'],
        ['u', 'Yes, but they are in their seventies, so nothing too tiring.'],
        [
          'a',
          'A boat tour of the Rotterdam harbour, the windmills at Kinderdijk (by water bus), Delft old town, the Keukenhof if still open, and a relaxed day in The Hague and Scheveningen.',
        ],
        ['u', 'Kinderdijk by water bus is perfect. My father likes anything with water engineering.'],
        ['a', 'Like father, like son!'],
        [
          'u',
          'He was a hydraulic engineer at the State Water Works in Ankara for thirty years. So he will ask many questions about the Delta Works too.',
        ],
        [
          'a',
          'Then a day trip to the Maeslantkering storm barrier near Hoek van Holland would make him very happy.',
        ],
        ['u', 'Excellent idea. I will add it to the plan.'],
        ['a', 'Enjoy the visit!'],
      ],
    },
    {
      start: '2024-05-16 20:20',
      lines: [
        [
          'u',
          'Good evening. My parents arrived yesterday from Ankara. My mother already reorganised our kitchen in the first hour.',
          'parents-arrive',
        ],
        ['a', 'Ha! Welcome to them. How was their trip?'],
        ['u', 'Long, but fine. My father is very impressed by the bicycles. He counted them at the station.'],
        ['a', 'There are a lot to count!'],
        [
          'u',
          'Unfortunately I must miss my Dutch A2 class next Tuesday, because we go to Kinderdijk. Is it possible to write a short polite message to my teacher in Dutch?',
          'dutch-2',
        ],
        [
          'a',
          "'Beste Annelies, volgende dinsdag kan ik helaas niet naar de les komen, omdat mijn ouders op bezoek zijn. Kunt u mij het huiswerk sturen? Met vriendelijke groet, Mehmet.'",
        ],
        ['u', 'Very good, and I see "omdat" with the verb at the end. I understand it now.'],
        ['a', 'Exactly right!'],
        [
          'u',
          'Another matter. I went to the huisarts for a general check-up, and the blood test showed that my vitamin D is very low. She prescribed supplements for three months.',
          'bloodtest',
        ],
        [
          'a',
          'Very common in the Netherlands, with the grey winters. Taking it with a meal containing fat helps absorption.',
        ],
        [
          'u',
          'I did not know about the fat. I will take it with breakfast, we always have olives and cheese.',
        ],
        ['a', 'A Turkish breakfast is perfect for that.'],
        [
          'u',
          'Also, we received an invitation: my cousin Selin is getting married in Bursa in August. The whole family will be there, perhaps four hundred people.',
          'wedding-where',
        ],
        ['a', 'A big Turkish wedding! Will you travel for it?'],
        ['u', 'Yes, certainly. Elif and I will fly to Istanbul and then take the ferry to Bursa.'],
        ['a', 'That is a lovely route across the Marmara.'],
        [
          'u',
          'Could you suggest a restaurant for my parents where they can eat fish? My father does not trust Dutch fish, but I want to change his mind.',
        ],
        [
          'a',
          "Try a fish restaurant in Scheveningen by the harbour, or have fresh 'kibbeling' and herring at a market stall — very Dutch and simple.",
        ],
        ['u', 'Raw herring with onions. I think my father will refuse, but I will film his face.'],
        ['a', 'That video will be a family treasure.'],
      ],
    },
    {
      start: '2024-06-20 21:40',
      lines: [
        [
          'u',
          'Hello. Tonight I am a little tired, because I watched football until late. I have supported Beşiktaş since I was a child, and this season was difficult for us.',
          'team',
        ],
        ['a', "Sorry to hear! There's always next season."],
        [
          'u',
          "That is what every Beşiktaş supporter says every year. But now, something more important. At Selin's henna night in Bursa, my aunt asked me to play the saz.",
        ],
        ['a', 'What an honour. Have you chosen a piece?'],
        [
          'u',
          'I have decided to play "Uzun İnce Bir Yoldayım" by Âşık Veysel. It is a bit melancholic for a henna night, but my grandmother loved it and she passed away last year.',
          'wedding-song',
        ],
        ['a', "That's a beautiful and meaningful choice. It will be very moving for the family."],
        ['u', 'Thank you. Cemal Hoca helps me with the arrangement in our Sunday lessons.', 'saz-teacher-2'],
        ['a', 'Good. How is the new saz sounding by now?'],
        ['u', 'It is opening up, as they say. The wood becomes warmer with playing.'],
        ['a', 'Lovely.'],
        [
          'u',
          'Also some good news: our offer on a house was accepted! We will receive the keys at the beginning of August. I am excited but also nervous about the mortgage.',
        ],
        ['a', "Congratulations! That's a big milestone. Want a moving checklist later?"],
        [
          'u',
          'Yes, later, please. And one more thing: I have a job interview next week with the municipality, for the bridges department. Please do not tell my manager, haha.',
        ],
        ['a', 'Your secret is safe. Want to practise some interview questions?'],
        ['u', 'Yes. Please give me three difficult ones.'],
        [
          'a',
          '1) Tell us about a technical decision you made that turned out wrong. 2) How would you prioritise maintenance across 300 bridges with a limited budget? 3) How do you explain a structural risk to a non-technical alderman?',
        ],
        ['u', 'The second one is a very good question. I will prepare an answer with risk matrices.'],
        ['a', 'That will impress them. Good luck!'],
        [
          'u',
          'Thank you. Should I wear a suit for an interview at a Dutch municipality? In Turkey it would be obligatory.',
        ],
        [
          'a',
          'Usually not — smart casual is normal here: a shirt, chinos or dark trousers, maybe a blazer. A tie would look quite formal.',
        ],
        ['u', 'A blazer without a tie. It feels strange, but I will follow the local customs.'],
        ['a', 'You will fit right in.'],
      ],
    },
    {
      start: '2024-08-26 19:00',
      lines: [
        [
          'u',
          'Good evening. We returned from Bursa yesterday. The wedding was beautiful, and when I played at the henna night, my aunt cried, and then everybody cried.',
          'bursa-trip',
        ],
        ['a', "That sounds incredibly moving. I'm glad it went so well."],
        ['u', 'It was. And Bursa food — İskender kebab at the original place. I ate too much for one week.'],
        ['a', 'Well deserved!'],
        [
          'u',
          'Also, I did not tell you yet: we have moved! We got the keys on 1 August and moved into our new house in Schiedam before we flew to Turkey. It is a terraced house near the old windmills.',
          'home-change',
        ],
        ['a', 'Congratulations! Schiedam is lovely. How does it feel?'],
        [
          'u',
          'It feels very spacious after two rooms. Now I have a separate small room for my saz and my books.',
        ],
        ['a', 'A music room of your own. Wonderful.'],
        ['u', 'But there are still forty boxes in the living room. Could you suggest an order to unpack?'],
        [
          'a',
          '1) Kitchen essentials and bedroom first. 2) Bathroom. 3) Work things. 4) Living room. 5) Books and decorations last — they can wait.',
        ],
        ['u', 'Books last. Elif will not agree, but it is logical.'],
        ['a', 'Maybe one box of favourite books as a compromise?'],
        ['u', 'A diplomatic solution. Thank you.'],
        ['a', 'You are welcome!'],
        [
          'u',
          'One more thing: my back hurts after carrying all these boxes. Lower back, on the left side. Is it better to use heat or cold?',
        ],
        [
          'a',
          "For a simple muscle strain, cold in the first 48 hours, then heat. Keep moving gently. If it doesn't improve in a week or you feel numbness, see your GP.",
        ],
        ['u', 'Understood. Elif gave me a paracetamol and a lecture about lifting with the knees.'],
        ['a', 'Both well deserved, it seems.'],
      ],
    },
    {
      start: '2024-09-16 20:30',
      lines: [
        [
          'u',
          'Hello. I have news: I accepted the job at the municipality. I have now worked two weeks at Gemeente Rotterdam as a structural engineer in the bridges department. I left Van Dijk at the end of August.',
          'job-change',
        ],
        ['a', 'Congratulations, Mehmet! How are the first weeks?'],
        [
          'u',
          'Many introductions, many systems, many passwords. But the work is interesting. We manage more than four hundred bridges and tunnels in the city.',
        ],
        ['a', "That's a big portfolio. What will your first project be?"],
        [
          'u',
          'I will work on the maintenance plan of several movable bridges. Movable bridges are my favourite, because there is mechanics and structure together.',
        ],
        ['a', 'Nice fit for you.'],
        [
          'u',
          'Also the commute is better. From our house in Schiedam I take the metro to the city centre, twenty minutes, and I can read on the way.',
          'home-3',
        ],
        ['a', 'No more arriving soaked!'],
        [
          'u',
          'Exactly. The poncho is retired. Could you help me write a short introduction email to my new colleagues?',
        ],
        [
          'a',
          "'Dear colleagues, my name is Mehmet Yıldız and I joined the Bridges team two weeks ago as a structural engineer. Before this I worked nine years in port infrastructure. I look forward to working with you — my door (and my bag of Turkish delight) is always open.'",
        ],
        ['u', 'The Turkish delight is a good idea. I will bring lokum from the Turkish shop tomorrow.'],
        ['a', 'They will love it.'],
        [
          'u',
          "Thank you. One more question: is it normal in Dutch offices that everyone eats a sandwich at their desk at twelve o'clock?",
        ],
        [
          'a',
          "Yes, very normal! A quick 'boterham' with cheese and a glass of milk or buttermilk is a Dutch classic. Long warm lunches are rare.",
        ],
        [
          'u',
          'In Turkey we would find this very sad. But I will adapt. Perhaps. I will bring leftovers from dinner in a lunchbox instead.',
        ],
        ['a', 'Your colleagues may be jealous of your lunch.'],
        ['u', 'Then I must bring more lokum to keep the peace.'],
        ['a', 'Perhaps with some lokum on the side.'],
      ],
    },
    {
      start: '2024-10-03 21:15',
      lines: [
        [
          'u',
          'Good evening. I passed my A2 exam in the summer, and last week I started the B1 course. It is now on Wednesday evenings, at a language school in Schiedam, closer to home.',
          'dutch-change',
        ],
        ['a', 'Gefeliciteerd! How is B1 so far?'],
        ['u', 'Faster, and the teacher speaks only Dutch. I understand maybe seventy percent.'],
        ['a', "That's a good start. Listening to Dutch podcasts or the radio on the metro could help."],
        ['u', 'Can you recommend a podcast for learners?'],
        [
          'a',
          "A few options: 1) 'Zeg het in het Nederlands' — slow, clear news. 2) 'Echt Gebeurd' — real stories by native speakers, harder. 3) 'Dutch Today' — short everyday topics.",
        ],
        [
          'u',
          'I will start with the first one, the slow news. Then maybe the real stories later.',
          'podcast-pick',
        ],
        ['a', 'Good progression.'],
        [
          'u',
          'Another topic. We want to paint the walls of the new house. The current colour is a strange yellow. What colour is good for a small north-facing living room?',
        ],
        [
          'a',
          'Warm whites or light warm greys make a north room brighter. Avoid cool greys and blues, which feel cold with northern light.',
        ],
        ['u', 'Elif wants a soft green. Is that possible?'],
        ['a', 'Yes — a soft sage green with warm undertones works well and feels calm.'],
        [
          'u',
          'Sage green. I think we have an agreement. Which type of paint is best for walls that will be touched often, near the stairs?',
        ],
        [
          'a',
          'A washable satin or eggshell finish (zijdeglans in Dutch shops) is easier to clean than matt.',
        ],
        ['u', 'Zijdeglans. Another new Dutch word for my collection. Thank you.'],
        ['a', 'Enjoy the painting weekend!'],
      ],
    },
    {
      start: '2024-10-24 20:00',
      lines: [
        [
          'u',
          'Hello. Yesterday was my birthday, thirty-eight years. Elif gave me very good noise-cancelling headphones, so I can listen to Dutch podcasts in the metro.',
          'gift-me',
        ],
        ['a', 'Happy birthday, Mehmet! A thoughtful and practical gift.'],
        ['u', 'She is a practical woman. A pharmacist, after all.', 'wife-job-2'],
        ['a', 'Ha, of course.'],
        [
          'u',
          'Today I was on the Van Brienenoordbrug with the inspection team from the municipality. Standing inside a big steel box girder is a special experience for an engineer.',
          'job-3',
        ],
        ['a', 'That must have been impressive. What were you checking?'],
        ['u', 'Fatigue cracks in the welds of the deck. It is an old problem with orthotropic steel decks.'],
        ['a', 'A well-known issue with those decks. Did you find much?'],
        [
          'u',
          'I cannot say details, but the bridge is safe. Could you explain in simple words what "fatigue" means in steel, so I can tell my father? He asked me.',
        ],
        [
          'a',
          'Like bending a paperclip back and forth: each bend is small, but after many times a crack starts and grows. In a bridge, every passing truck is a small bend.',
        ],
        ['u', 'The paperclip. My father will understand this immediately. Thank you.'],
        ['a', 'You are welcome.'],
        [
          'u',
          'We also will celebrate my birthday on Saturday with friends. I will make mantı myself, my mother taught me on the phone.',
        ],
        ['a', 'Handmade mantı for a crowd is a real labour of love!'],
        ['u', 'Yes, three hours of folding. Elif will help. Good night.'],
        ['a', 'Good night, and happy birthday again!'],
      ],
    },
    {
      start: '2024-11-21 19:45',
      lines: [
        [
          'u',
          'Good evening. A question about Dutch culture. My B1 teacher said that we will talk about Sinterklaas next Wednesday, and we must write a small poem. What is this tradition?',
          'dutch-3',
        ],
        [
          'a',
          "Around 5 December, people exchange gifts with a funny rhyming poem ('gedicht') that teases the receiver kindly. The poem is often more important than the gift.",
        ],
        ['u', 'A poem that teases. That is very Dutch, I think. Direct but friendly.'],
        ['a', 'Exactly! Want help with a short example?'],
        [
          'u',
          'Yes, please, but in simple Dutch. About my colleague who always forgets his coffee on the printer.',
        ],
        [
          'a',
          "'Sint zag Jeroen, elke dag weer, / zijn koffie vergeten, keer op keer. / Op de printer staat hij koud, / misschien wordt Jeroen nog honderd jaar oud!'",
        ],
        ['u', 'Haha, this is wonderful. I will change it a little so it is my own work.'],
        ['a', 'Good — your teacher will appreciate that.'],
        [
          'u',
          'Also, here in Schiedam the windmills near our street are lit at night now. It is really gezellig when I walk home from the metro.',
          'home-4',
        ],
        ['a', "You've got the word down perfectly!"],
        [
          'u',
          "Thank you. One more: we are invited to dinner at a Dutch colleague's home. What should we bring?",
        ],
        [
          'a',
          'Flowers or a bottle of wine are classic. Arrive on time — Dutch dinners often start at 6 or 6:30.',
        ],
        [
          'u',
          "Six o'clock dinner. In Ankara we would still be drinking tea at work. Can we bring baklava instead of wine? Elif and I do not drink alcohol.",
        ],
        ['a', 'Absolutely — homemade or good-quality baklava is a lovely, thoughtful gift.'],
        ['u', 'Good. There is an excellent Turkish bakery on the Nieuwe Binnenweg. Thank you.'],
        ['a', 'Enjoy the dinner!'],
      ],
    },
    {
      start: '2024-12-12 20:50',
      lines: [
        [
          'u',
          'Good evening. The year is almost finished. At the municipality we have a team dinner next week, and I am asked to play the saz after dinner. My new colleagues heard about the wedding.',
          'job-4',
        ],
        ['a', 'How lovely! What will you play?'],
        ['u', 'Something cheerful this time. Perhaps a Black Sea melody, they are fast and people can clap.'],
        ['a', 'Sounds perfect for a party.'],
        [
          'u',
          'For the holidays, Elif and I want to go somewhere warm for one week in January. Not Turkey this time, we were there in summer. Do you have ideas with a short flight from Rotterdam or Amsterdam?',
        ],
        [
          'a',
          '1) Tenerife — warm all winter, about 4.5 hours. 2) Madeira — mild, green, great walks. 3) Morocco, Marrakech — sunny but cooler at night. 4) Malta — mild, history, short flight.',
        ],
        [
          'u',
          'Madeira, I think. Elif likes walking and I like the levadas, the old water channels. Engineering again, she will say.',
          'holiday-pick',
        ],
        ['a', 'The levadas are stunning — a perfect trip for both of you.'],
        ['u', 'Yes. Could you make a small list of things to pack for walking in January?'],
        [
          'a',
          'Light rain jacket, warm layer, good walking shoes, head torch for tunnels, sunscreen, water bottle, and a small backpack.',
        ],
        ['u', 'A head torch for the tunnels. I would have forgotten this.'],
        ['a', "That's what lists are for."],
        [
          'u',
          'Also, the vitamin D supplements are finished now. I feel much more energetic than in spring. Should I continue in winter?',
        ],
        [
          'a',
          'Many Dutch GPs advise a low daily dose in winter for adults. Check with your huisarts — a quick follow-up blood test is sensible.',
        ],
        ['u', 'I will make an appointment in January, after Madeira. With some sun, maybe I do not need it.'],
        ['a', 'Ha, Madeira as medicine.'],
        ['u', 'Thank you for all your help this year. Dank je wel, en fijne feestdagen.'],
        ['a', 'Graag gedaan, Mehmet! Fijne feestdagen to you and Elif.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Who teaches me the saz?', ['saz-teacher', 'saz-teacher-2']],
    ['single-hop', "What is my wife's profession?", ['wife-job', 'wife-job-2']],
    [
      'single-hop',
      'Which kind of restaurant did I go with for our eighth anniversary dinner?',
      ['anniv-pick'],
    ],
    ['single-hop', 'What did the doctor find when my blood was tested?', ['bloodtest']],
    ['single-hop', 'Which football club do I follow?', ['team']],
    [
      'multi-hop',
      'What presents did Elif and I give each other for our birthdays this year?',
      ['gift-elif', 'gift-me'],
    ],
    [
      'multi-hop',
      "In which city was Selin's wedding, and what piece did I perform for it?",
      ['wedding-where', 'wedding-song'],
    ],
    [
      'temporal',
      'How long ago was my handmade saz delivered?',
      ['saz-arrive'],
      { askedAt: '2025-01-20 19:00' },
    ],
    [
      'temporal',
      'Which came first: my parents visiting the Netherlands or our trip to the wedding in Turkey?',
      ['parents-arrive', 'bursa-trip'],
      { askedAt: '2025-01-20 19:00' },
    ],
    [
      'updated',
      'Where are Elif and I living at the moment?',
      ['home-change', 'home-3', 'dutch-change', 'home-4'],
      { stale: ['home-1', 'home-2'] },
    ],
    ['updated', 'Who is my employer now?', ['job-change', 'job-3', 'job-4'], { stale: ['job-1', 'job-2'] }],
    [
      'updated',
      'What level of Dutch class am I currently taking?',
      ['dutch-change', 'dutch-3'],
      { stale: ['dutch-1', 'dutch-2'] },
    ],
    ['off-topic', 'At what temperature does water boil at the top of Mount Everest?', []],
    ['off-topic', 'Who is the author of Don Quixote?', []],
    ['off-topic', 'How can I get candle wax out of a tablecloth?', []],
  ],
});

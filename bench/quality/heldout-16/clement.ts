import { definePersona } from '../author.ts';

export const clement = definePersona({
  user_id: 'h16-clement',
  name: 'Clement',
  summary:
    'A 41-year-old Ghanaian-British accountant in Leeds, married with twin boys, who sings tenor in his church choir; writes methodical, polite, well-punctuated messages, often in numbered points.',
  language: 'en',
  sessions: [
    {
      start: '2024-02-05 20:30',
      lines: [
        [
          'u',
          'Good evening. I would appreciate some help drafting an email to a client, if you have a moment.',
        ],
        ['a', 'Good evening! Of course. What is the email about?'],
        [
          'u',
          'I am a senior audit manager at Harrow & Pike, a mid-sized accountancy firm on Park Row in Leeds. One of our clients has missed two deadlines for their year-end documents and I need to chase them firmly but politely.',
          'job_old1',
        ],
        [
          'a',
          'Draft: "Dear Mr Hartley, I hope you are well. I am writing to follow up on the outstanding year-end documents, which we had expected by 26 January and 2 February. To keep the audit on schedule, could you please send them by Friday 9 February? Kind regards, Clement"',
        ],
        [
          'u',
          'Thank you, that is a good start. Could you add a line explaining that further delay may affect the filing date, without sounding threatening?',
        ],
        [
          'a',
          'Added: "Please note that any further delay may put the Companies House filing deadline at risk, which we would very much like to avoid for you."',
        ],
        [
          'u',
          'That is exactly the tone I wanted. Busy season is always like this, I must say. I am 41 and I have been doing audits for nearly twenty years, and January to April has never once been calm.',
          'age',
        ],
        ['a', 'It sounds like a demanding stretch. How do you usually manage the workload at home?'],
        [
          'u',
          'My wife Abena is very understanding. We have twin boys, Kofi and Kwame, who are eight, so evenings are homework, bath and bed, and then I often open the laptop again after nine.',
          'twins',
        ],
        ['a', 'That is a full day. Is there anything I can help with to make the evenings easier?'],
        [
          'u',
          'Perhaps you could suggest a simple weekly meal plan that can be prepared on Sundays? Nothing elaborate, please. The boys are not adventurous eaters.',
        ],
        [
          'a',
          'Sunday batch plan: 1) chicken and vegetable pasta bake, 2) beef chilli with rice, 3) mild chicken curry, 4) turkey meatballs in tomato sauce, plus two nights of quick fish fingers or wraps.',
        ],
        [
          'u',
          'Very practical. The pasta bake and the meatballs will certainly be accepted. The curry may need to be very mild indeed.',
        ],
        ['a', 'You could make it mild and add chilli to the adult portions separately.'],
        ['u', 'A sensible compromise. Thank you very much for your help this evening.'],
        ['a', 'You are welcome. Good luck with the client!'],
        ['u', 'Before I go, do you know when Pancake Day is this year? The boys keep asking.'],
        ['a', 'Shrove Tuesday is on 13 February this year.'],
        ['u', 'Thank you. They will want chocolate spread on theirs, which I shall allow just this once.'],
        ['a', 'A reasonable exception!'],
      ],
    },
    {
      start: '2024-02-22 19:45',
      lines: [
        [
          'u',
          'Good evening. I am trying to put our household budget into a spreadsheet and would welcome some advice on categories.',
        ],
        [
          'a',
          'Happy to help. A common structure is: housing, utilities, transport, food, children, giving, savings, insurance and personal spending.',
        ],
        [
          'u',
          "That is helpful. Under children, I have the boys' football. They both play for Horsforth Juniors in the under-9s, and the subs are £20 per month for each boy.",
          'club',
        ],
        ['a', "So £40 a month for football. Are there other regular children's costs?"],
        [
          'u',
          'There will be swimming, but they have not started yet. Under transport, our Vauxhall Zafira costs us a fair amount. It is a 2015 model and it is due a service next month.',
          'car_old1',
        ],
        [
          'a',
          'It may help to put a monthly amount aside for servicing, MOT and repairs, so the yearly costs do not come as a surprise.',
        ],
        [
          'u',
          'Good idea. I will set aside £60 per month for the car. Under giving, we tithe at church, which I would like to show as its own line.',
        ],
        [
          'a',
          'That is a good approach — listing giving separately makes it visible and protected in the budget.',
        ],
        [
          'u',
          'Under food, I have been told by my wife that my tea habit should be its own category. I drink about five cups a day, with two sugars each, which she finds alarming.',
          'tea_old1',
        ],
        [
          'a',
          'Five cups with two sugars is about ten teaspoons of sugar a day from tea alone. It might be worth cutting down gradually, but I will leave that discussion to you and Abena!',
        ],
        ['u', 'Very diplomatic of you. Could you show me a formula that totals each category by month?'],
        [
          'a',
          'If the category is in column B, the month in column C and the amount in column D: =SUMIFS(D:D, B:B, "Food", C:C, "Feb").',
        ],
        ['u', 'Excellent. SUMIFS it is. Thank you.'],
        ['a', 'You are welcome. Good luck with the budget!'],
        ['u', 'One last question: should I include the Junior ISAs under savings or children?'],
        ['a', 'Savings is usually clearer, with a sub-line for each Junior ISA.'],
        ['u', 'Savings, then. We put in £50 per month for each boy. Good night.'],
      ],
    },
    {
      start: '2024-04-03 21:00',
      lines: [
        [
          'u',
          "Good evening. Easter was wonderful. I sang the tenor solo in our choir's anthem on Easter Sunday, and I managed not to crack on the high note.",
          'solo',
        ],
        ['a', 'Congratulations! That must have been a special moment.'],
        [
          'u',
          'Thank you. Our choir director, Mrs Owusu, was very pleased. Now I am back to the audits at Harrow & Pike, with two large clients still to sign off before the end of April.',
          'job_old2',
        ],
        ['a', 'A busy few weeks ahead. Is there anything I can help you with?'],
        [
          'u',
          'Yes, a personal matter. Abena turns 39 on the 19th of this month and I would like to plan something thoughtful.',
          'wife_age',
        ],
        ['a', 'Lovely. What does she enjoy?'],
        [
          'u',
          'She is a pharmacist at Leeds General Infirmary and works long shifts, so she values rest. She likes spa days, good food and Ghanaian highlife music.',
          'wife_job',
        ],
        [
          'a',
          'Options: 1) a spa day at a hotel near Harrogate; 2) dinner at a nice restaurant in Leeds with a babysitter for the boys; 3) tickets to a highlife or Afrobeats concert in Manchester.',
        ],
        ['u', 'I think the spa day is the most suitable. She has mentioned wanting one several times.'],
        [
          'a',
          'Good choice. Many spas offer a day package with a treatment and lunch. Booking a weekday might be quieter.',
        ],
        [
          'u',
          'She works on Saturdays, so a Wednesday would work. My mother-in-law can collect the boys from school.',
        ],
        ['a', 'That sounds well organised. Would you like help writing a card?'],
        ['u', 'Please. Something warm, not too sentimental. We have been married for twelve years.'],
        [
          'a',
          '"To Abena, on your 39th: twelve years of laughter, patience and far too many cups of tea. Today is yours to rest. With all my love, Clement"',
        ],
        ['u', 'She will appreciate the tea reference. Thank you very much.'],
        ['a', 'You are welcome. I hope she has a lovely birthday.'],
        [
          'u',
          'One more thing, if I may. Kofi has asked whether he can join the junior choir. Is eight too young to sing in a church choir?',
        ],
        ['a', 'Not at all — many junior choirs welcome children from seven or eight.'],
        ['u', 'Then I will speak to Mrs Owusu at our Thursday evening rehearsal.', 'choir_day0'],
        ['a', 'I hope he enjoys it.'],
      ],
    },
    {
      start: '2024-04-25 20:00',
      lines: [
        [
          'u',
          'Good evening. Two matters tonight, if I may. First, we are considering a loft conversion to give the boys a room each. We have three quotes and I would value a second opinion.',
        ],
        ['a', 'Of course. What are the quotes?'],
        [
          'u',
          'Quote A is £42,000 from a large firm, eight weeks. Quote B is £36,500 from a local builder recommended by a church member, ten weeks. Quote C is £31,000 with no references and a vague timeline.',
        ],
        [
          'a',
          'Quote C is risky without references. Between A and B, B offers good value with a personal recommendation; ask for a fixed price, a payment schedule tied to stages and confirmation of building control sign-off.',
        ],
        [
          'u',
          'I agree. We will go with the local builder, quote B, provided he can confirm a fixed price in writing.',
          'loft_pick',
        ],
        [
          'a',
          'Sensible. Also check his insurance and whether the quote includes the staircase and fire doors.',
        ],
        [
          'u',
          "Noted. Second matter: I am finding it difficult to concentrate in the afternoons at Harrow & Pike. I usually have a sandwich at my desk and a tea with two sugars around three o'clock to keep going.",
          'job_old3',
        ],
        [
          'a',
          'A sugary drink can cause an energy dip an hour or so later. A short walk, water and a protein snack may help more.',
        ],
        [
          'u',
          'Abena says the same. I will try a walk around City Square after lunch. Two sugars is a hard habit to break, I must admit.',
          'tea_old2',
        ],
        ['a', 'You might try reducing to one sugar for a couple of weeks and then half.'],
        [
          'u',
          'A gradual approach may work. Also, I may be late to reply on Thursdays, as that is choir practice at church from half past seven.',
          'choir_day',
        ],
        ['a', 'No problem at all. Enjoy the practice.'],
        [
          'u',
          'Thank you. We are starting a new setting of the Magnificat, which is very demanding for the tenors.',
        ],
        ['a', 'That sounds like a rewarding challenge.'],
        ['u', 'It is. Good night, and thank you for the advice on the quotes.'],
        ['a', 'Good night, Clement.'],
        [
          'u',
          'Actually, one brief addition: could you recommend a breathing exercise for long tenor phrases?',
        ],
        [
          'a',
          'Try breathing in for four counts, then hissing out slowly on an "s" for as long as you can while keeping the ribs expanded; build up the count gradually.',
        ],
        [
          'u',
          'I will practise it quietly on the train in the mornings. The other passengers may wonder about the hissing.',
        ],
        ['a', 'They will just think there is a puncture somewhere!'],
      ],
    },
    {
      start: '2024-05-20 19:30',
      lines: [
        [
          'u',
          'Good evening. I had some blood test results back from the GP today and I would like to understand them better.',
        ],
        ['a', 'Of course. What did the results show?'],
        [
          'u',
          'My HbA1c was 44 mmol/mol. The GP said this is in the prediabetes range and suggested lifestyle changes.',
          'hba1c',
        ],
        [
          'a',
          'An HbA1c of 42–47 mmol/mol is classed as prediabetes in the UK. It means a higher risk of type 2 diabetes, but it can often be brought down with diet, activity and weight changes.',
        ],
        [
          'u',
          'I see. I have decided to stop taking sugar in my tea altogether, from today. Abena is delighted, and I am in mourning.',
          'tea_new',
        ],
        ['a', 'That is a meaningful change. Most people find their taste adjusts within two or three weeks.'],
        [
          'u',
          'I shall hold you to that. I would also like to become more active. Would a Couch to 5K programme be suitable for someone who has not run since school?',
        ],
        [
          'a',
          'Yes — it is designed for complete beginners: three runs a week over nine weeks, starting with short intervals of running and walking.',
        ],
        [
          'u',
          'Then I will begin on Wednesday. I will need proper trainers. The boys have started swimming lessons at Aireborough Leisure Centre on Saturdays, so I can go to the sports shop while they are in the pool.',
        ],
        ['a', 'Good plan. A running shop with gait analysis can help you choose the right shoes.'],
        [
          'u',
          'The lessons are £32 per month for both boys together, which I have added to the budget under children.',
          'swim_cost',
        ],
        ['a', 'Sensible. Your children category is getting quite full!'],
        [
          'u',
          'Indeed. Fortunately the Zafira has room for two boys, two swimming bags and two football kits.',
          'car_old2',
        ],
        ['a', 'The people carrier earns its keep.'],
        ['u', 'It does. Thank you for explaining the results so clearly.'],
        ['a', 'You are welcome. Good luck with Couch to 5K.'],
        ['u', 'Could you also suggest some low-sugar snacks I could keep at my desk?'],
        [
          'a',
          'Oatcakes with cheese, a handful of unsalted nuts, boiled eggs, hummus with carrot sticks, or plain yoghurt.',
        ],
        ['u', 'Oatcakes and cheese sound good. I will stop buying the biscuit multipacks.'],
        ['a', 'A good swap.'],
      ],
    },
    {
      start: '2024-06-14 20:15',
      lines: [
        [
          'u',
          'Good evening. I have some significant news. I have accepted an offer to become Head of Finance at Aire Valley Homes, a housing association in Bradford, and I handed in my notice at Harrow & Pike this afternoon.',
          'notice',
        ],
        ['a', 'Congratulations! That is a big step. How are you feeling about it?'],
        [
          'u',
          'Relieved, mostly. No more busy seasons in the same way, and I want to work somewhere with a social purpose. I would like to write a gracious letter to the partners.',
        ],
        [
          'a',
          'Draft: "Dear partners, please accept this letter as formal notice of my resignation. I am grateful for the opportunities and support I have had over the past eleven years..."',
        ],
        [
          'u',
          'It is actually nine years. Could you also mention that I will do everything I can to hand over my portfolio smoothly?',
        ],
        [
          'a',
          'Updated: "...over the past nine years. During my notice period I will do everything I can to ensure a smooth handover of my clients and team."',
        ],
        [
          'u',
          'Thank you. My notice period is four weeks, so I start in Bradford on the 8th of July.',
          'start_date',
        ],
        ['a', 'That is soon. Will your commute change much?'],
        [
          'u',
          'Considerably. At present I take the train from Horsforth into Leeds. Bradford will be more practical by car, so we are thinking about the vehicle situation.',
        ],
        ['a', 'Would you like to compare options for a more economical car for commuting?'],
        [
          'u',
          'Yes, but next time perhaps. Also, Couch to 5K is going well. I am in week four and I can now run for five minutes without stopping.',
        ],
        ['a', 'Well done! Week four is a real milestone.'],
        ['u', 'Thank you. The boys think it is hilarious to watch me run down the street. Good night.'],
        ['a', 'Good night, and congratulations again.'],
        [
          'u',
          'I forgot to mention: the boys turned nine last month, and they have requested a joint party at the trampoline park.',
        ],
        ['a', 'Fun! How many guests?'],
        ['u', 'Twenty-two children have accepted. I am exhausted already.'],
        ['a', 'Bring earplugs and plenty of squash!'],
      ],
    },
    {
      start: '2024-07-08 19:00',
      lines: [
        [
          'u',
          'Good evening. Today was my first day as Head of Finance at Aire Valley Homes. The team is small but very welcoming.',
          'job_new2',
        ],
        ['a', 'Congratulations on your first day! How did it go?'],
        [
          'u',
          'Very well. I spent most of the day meeting people and reviewing the management accounts. The systems are rather dated, which I expected.',
        ],
        ['a', 'That is common in the sector. Would you like help planning your first 90 days?'],
        ['u', 'Yes, please. I would like a simple structure.'],
        [
          'a',
          '1) Days 1–30: listen, meet stakeholders, understand the month-end process. 2) Days 31–60: identify quick wins and risks. 3) Days 61–90: propose a plan for systems and reporting.',
        ],
        [
          'u',
          'That is clear and sensible. On the commute: we sold the Zafira last weekend and bought a 2022 Toyota Corolla Touring Sports hybrid. It is still big enough for the boys and their kit.',
          'car_new',
        ],
        [
          'a',
          'A good choice for a Leeds–Bradford commute; the hybrid system is especially efficient in traffic.',
        ],
        ['u', 'That was my reasoning. The drive is about thirty-five minutes each way.'],
        ['a', 'Not bad at all. Podcasts or audiobooks can make it pleasant.'],
        [
          'u',
          'I have been listening to a Twi language podcast so I can speak to my mother properly at Christmas. My Twi is rather rusty.',
        ],
        ['a', 'What a lovely idea. Is your mother in Ghana?'],
        [
          'u',
          'Yes, my parents moved back to Kumasi in 2019. We are hoping to visit them for Christmas this year, as my mother turns seventy on the 28th of December.',
          'parents',
        ],
        ['a', 'A milestone birthday — a wonderful reason to go.'],
        ['u', "It is. Thank you for your help. I must prepare the boys' lunches for tomorrow."],
        ['a', 'Good night, and well done on the first day.'],
        [
          'u',
          'One more thing: my new colleagues do a charity 10K in the spring and have asked me to join. Do you think that is realistic after Couch to 5K?',
        ],
        [
          'a',
          'Very realistic — a 10K plan of 8–10 weeks starting in the new year would get you there comfortably.',
        ],
      ],
    },
    {
      start: '2024-07-27 11:30',
      lines: [
        [
          'u',
          'Good morning. I ran my first parkrun this morning at Woodhouse Moor. 5 kilometres in 34 minutes and 12 seconds.',
          'parkrun1',
        ],
        ['a', 'Congratulations! That is a great first time, especially so soon after Couch to 5K.'],
        ['u', 'Thank you. I finished just behind a man pushing a double buggy, which was humbling.'],
        ['a', 'Buggy runners are often very fast — it is no shame at all!'],
        [
          'u',
          'Abena and the boys came to cheer. Afterwards we went to a café and I had a tea with no sugar. I must report that I no longer miss it.',
          'tea_new2',
        ],
        ['a', 'That is wonderful progress. Your taste has adjusted as expected.'],
        ['u', 'You were right. Could you suggest a healthy breakfast for after a run?'],
        [
          'a',
          'Porridge with berries and a spoon of nut butter, eggs on wholemeal toast, or Greek yoghurt with fruit and seeds.',
        ],
        ['u', 'Eggs on wholemeal toast would suit me. Abena prefers porridge.'],
        ['a', 'Both good choices for steady energy.'],
        ['u', 'The boys would like to try the junior parkrun on Sundays. Do you know how far that is?'],
        ['a', 'Junior parkrun is 2 km, for children aged 4 to 14, held on Sunday mornings.'],
        [
          'u',
          'Two kilometres is ideal for them. I suspect they will beat my time per kilometre very quickly.',
        ],
        ['a', 'Quite possibly! It is great to make it a family activity.'],
        ['u', 'Indeed. Thank you, and have a pleasant weekend.'],
      ],
    },
    {
      start: '2024-09-09 20:00',
      lines: [
        [
          'u',
          'Good evening. I would like to book flights to Ghana for Christmas for the four of us. We would fly around the 20th of December and return around the 4th of January.',
        ],
        [
          'a',
          'Three options: 1) British Airways direct from Heathrow to Accra, about 6.5 hours; 2) KLM from Leeds Bradford via Amsterdam to Accra; 3) Turkish Airlines from Manchester via Istanbul, usually the cheapest but with a long layover.',
        ],
        [
          'u',
          'With two nine-year-olds, I would prefer to avoid connections. We will take the first option, the direct flight from Heathrow, even though it costs more.',
          'flight_pick',
        ],
        [
          'a',
          'Understandable. The train from Leeds to London and then to Heathrow takes about three hours, or you could stay at an airport hotel the night before.',
        ],
        [
          'u',
          'An airport hotel the night before would be less stressful. From Accra we will take a domestic flight to Kumasi.',
        ],
        ['a', 'That is a short flight, about 45 minutes.'],
        [
          'u',
          "Could you help me plan a surprise for my mother's seventieth? My sisters in London and I are organising it together.",
        ],
        [
          'a',
          'Ideas: a thanksgiving service at her church followed by a lunch; a photo book of her life; matching family cloth for everyone to wear.',
        ],
        [
          'u',
          'The matching cloth is very traditional and she would love it. My sister Akua will arrange the fabric with a seamstress in Kumasi.',
        ],
        ['a', 'That will make beautiful photographs too.'],
        ['u', 'It will. I should also ask about vaccinations for the boys. Do they need anything for Ghana?'],
        [
          'a',
          'Yellow fever vaccination is required for entry to Ghana, and malaria tablets are recommended. Book a travel clinic appointment at least 6–8 weeks before travel.',
        ],
        ['u', 'Thank you. I will book the travel clinic tomorrow.'],
        ['a', 'You are welcome.'],
        [
          'u',
          'I should add that my sisters Akua and Efua will also fly out from London, so perhaps we could all travel together.',
        ],
        [
          'a',
          'That would be lovely. If they book the same flight, you can ask the airline to link the bookings so you sit near each other.',
        ],
        ['u', 'I will coordinate with them this weekend. Thank you.'],
        ['a', 'Good luck with the planning!'],
      ],
    },
    {
      start: '2024-10-07 19:30',
      lines: [
        [
          'u',
          'Good evening. Our church is holding a harvest lunch after the service on Sunday and I have volunteered to cook jollof rice for about forty people.',
        ],
        ['a', 'What a generous offer! Would you like a scaled-up recipe?'],
        ['u', 'Yes, please. My usual recipe serves six.'],
        [
          'a',
          'For 40: about 3.5 kg long-grain rice, 3 kg tomatoes, 1.2 kg red peppers, 8 onions, 4 scotch bonnets, 8 tbsp tomato purée, 3 litres of stock, and seasoning to taste. Cook in two or three large pots rather than one.',
        ],
        ['u', "Two large pots is wise. I will reduce the scotch bonnets for the congregation's sake."],
        ['a', 'Good idea — you can serve a pepper sauce on the side for those who like it hot.'],
        [
          'u',
          'Month-end at Aire Valley Homes kept me late last week, so I will have to cook on Saturday evening.',
          'job_new3',
        ],
        ['a', 'Jollof often tastes better the next day anyway.'],
        [
          'u',
          'That is very true. I will transport the pots in the boot of the Corolla, wrapped in towels. I hope the new car survives.',
          'car_new2',
        ],
        ['a', 'Putting the pots in a sturdy box or crate will stop them sliding around.'],
        [
          'u',
          'A laundry basket will do nicely. The choir is also singing at the harvest service, so I will be rushing from the kitchen to the choir stalls.',
        ],
        ['a', 'A busy Sunday! Perhaps someone can keep an eye on the pots during the service.'],
        ['u', 'Mrs Owusu has volunteered her husband. He is very reliable. Thank you for the quantities.'],
        ['a', 'You are welcome. Enjoy the harvest lunch!'],
        ['u', 'Sorry, one further question: roughly what should the ingredients cost for forty people?'],
        ['a', 'Around £60–£80, depending on where you shop and whether you add chicken.'],
        ['u', 'I will go to the African grocer on Harehills Lane. Their rice is very reasonably priced.'],
        ['a', 'Buying the rice in a large sack will help.'],
      ],
    },
    {
      start: '2024-11-11 20:00',
      lines: [
        [
          'u',
          'Good evening. Five weeks until Ghana. The boys have had their yellow fever vaccinations and were very brave, although Kwame cried a little afterwards.',
        ],
        ['a', 'Well done to both of them. Have you started thinking about packing?'],
        ['u', 'Yes, I would like a packing list for a family of four for two weeks in a hot climate.'],
        [
          'a',
          'Light cotton clothing, one smart outfit each for church, sandals and trainers, sun hats, sunscreen, insect repellent with DEET, malaria tablets, a basic first-aid kit, plug adaptors (Ghana uses type G, like the UK) and copies of passports.',
        ],
        [
          'u',
          'Good news about the plugs. My mother will insist on making me tea with three sugars, as she did when I was a boy. I will have to explain politely that I take it without sugar now.',
          'tea_new3',
        ],
        ['a', "She may be surprised, but you can tell her it is on doctor's advice."],
        [
          'u',
          "A doctor's instructions carry great weight with my mother. I should also mention that my latest HbA1c came back at 40, which is back in the normal range.",
        ],
        ['a', 'That is excellent news — a real result of your changes.'],
        ['u', 'Thank you. The running and the tea have both helped. I am running three times a week now.'],
        ['a', 'That consistency is what makes the difference.'],
        [
          'u',
          'Our choir has the carol service on the 15th of December, just before we travel. I have a verse of "O Holy Night" to sing.',
        ],
        ['a', 'A beautiful piece for a tenor. Good luck!'],
        ['u', 'Thank you. The top note at "O night divine" still worries me. Good night.'],
        ['a', 'Good night — you will be wonderful.'],
        ['u', 'One more question from Abena: should we take cash or cards to Ghana?'],
        [
          'a',
          'Cards work in larger hotels and shops, but cash in cedis is essential for markets and taxis, and mobile money is very widely used. Bank ATMs on arrival are usually the simplest way to get cedis.',
        ],
        ['u', 'My cousin has offered to set us up with mobile money, so we will do that. Thank you.'],
        ['a', 'That will make things much easier.'],
      ],
    },
    {
      start: '2024-12-09 20:30',
      lines: [
        [
          'u',
          'Good evening. My last week at work before the holidays. I have prepared a handover note for my team at Aire Valley Homes so they can manage while I am in Ghana.',
          'job_new4',
        ],
        ['a', 'Very organised. Would you like me to review the structure?'],
        [
          'u',
          'Please. It covers: 1) payroll dates, 2) supplier payments, 3) the December board report, 4) who to contact in an emergency.',
        ],
        [
          'a',
          'That is comprehensive. You might add where key files are stored and which decisions can wait until January.',
        ],
        ['u', 'Good point. I will add a section on decisions that can wait.'],
        ['a', 'That will give the team confidence.'],
        [
          'u',
          'Now, gifts. I would like to bring small gifts from Leeds for my cousins in Kumasi. There are about a dozen of them.',
        ],
        ['a', 'Ideas: Yorkshire tea, Leeds United scarves, Yorkshire parkin, or chocolate in a cool bag.'],
        [
          'u',
          'Yorkshire tea is perfect. Chocolate would not survive the heat. Leeds United scarves for the younger cousins would be appreciated.',
        ],
        ['a', 'Good choices — light to pack too.'],
        [
          'u',
          'The loft conversion was finished last week, by the way. The boys have a room each and, for now, there is peace in the house.',
        ],
        ['a', 'Congratulations! That is a big project completed.'],
        [
          'u',
          'The builder was excellent. Thank you for your help throughout this year. I will write again after Christmas.',
        ],
        ['a', 'Safe travels, and happy birthday to your mother!'],
        [
          'u',
          'One last thing: the parkrun on the 14th will be my last before we travel, and I am hoping to finish under thirty minutes.',
        ],
        ['a', 'Good luck! Do you think it is within reach?'],
        ['u', 'My best so far is 30 minutes 41 seconds, so I believe it is.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What does my wife do for work?', ['wife_job']],
    ['single-hop', 'Which evening of the week do I have choir rehearsals?', ['choir_day0', 'choir_day']],
    ['single-hop', 'Which flight option did we settle on for Christmas in Ghana?', ['flight_pick']],
    ['single-hop', 'Which team do my sons play football for?', ['club']],
    ['single-hop', 'What was my HbA1c result when the GP first flagged it?', ['hba1c']],
    ['multi-hop', 'How many years older am I than my wife?', ['age', 'wife_age']],
    [
      'multi-hop',
      "How much do the boys' football and swimming cost us each month combined?",
      ['club', 'swim_cost'],
    ],
    ['temporal', 'How long ago did I do my first parkrun?', ['parkrun1'], { askedAt: '2025-01-15 20:00' }],
    [
      'temporal',
      'Did I sing my Easter solo before or after I resigned from my accountancy firm?',
      ['solo', 'notice'],
      { askedAt: '2025-01-15 20:05' },
    ],
    [
      'updated',
      'Where am I employed at the moment?',
      ['notice', 'start_date', 'job_new2', 'job_new3', 'job_new4'],
      { stale: ['job_old1', 'job_old2', 'job_old3'] },
    ],
    [
      'updated',
      'How do I take my tea these days?',
      ['tea_new', 'tea_new2', 'tea_new3'],
      { stale: ['tea_old1', 'tea_old2'] },
    ],
    ['updated', 'What is our family car now?', ['car_new', 'car_new2'], { stale: ['car_old1', 'car_old2'] }],
    ['off-topic', 'What is the longest river in South America?', []],
    ['off-topic', 'How do solar panels generate electricity?', []],
    ['off-topic', 'How do I get rid of fruit flies in my kitchen?', []],
  ],
});

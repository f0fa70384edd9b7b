import { definePersona } from '../author.ts';

export const esra = definePersona({
  user_id: 'h8-esra',
  name: 'Esra',
  summary:
    'Esra Yılmaz, 47, Turkish-born secondary school chemistry teacher in Leeds. Writes in full, polite, British-spelled sentences. Married to Kerem, mother of fifteen-year-old twins; her widowed mother moves over from Izmir. Over the year she changes blood pressure tablets, replaces her phone and moves to a new school as assistant head.',
  language: 'en',
  sessions: [
    {
      start: '2025-04-12 09:00',
      lines: [
        [
          'u',
          'Good morning. It is the Easter holidays and I am finally catching up on planning. Could you help me design a practical lesson on electrolysis for Year 10?',
        ],
        [
          'a',
          'Good morning! Certainly. A classic is electrolysis of copper sulfate with carbon electrodes, followed by brine with indicator. How long is the lesson?',
        ],
        [
          'u',
          'One hour, with a class of twenty-eight. I am head of science at Parkside Academy, so I also want it to work as a model lesson for my newer teachers.',
          'job-parkside',
        ],
        [
          'a',
          'Then a clear structure helps: a five-minute recall starter, a demonstration, a twenty-five minute paired practical, and a plenary with exam-style questions.',
        ],
        ['u', 'That is very sensible. Could you write three exam-style questions for the plenary, please?'],
        [
          'a',
          '1) Explain why copper forms at the cathode. 2) Write the half equation at the anode. 3) Predict the products of electrolysing aqueous sodium chloride, with a reason.',
        ],
        [
          'u',
          'Lovely, thank you. It is quiet at home for once. Kerem has taken our twins, Deniz and Aylin, to see his cousin in Bradford, so it is just me and the marking.',
          'household',
        ],
        ['a', 'A quiet house is precious during marking season. How old are the twins?'],
        [
          'u',
          'They are fifteen, in Year 10 themselves, though thankfully at a different school from mine. Being taught chemistry by your mother would be a nightmare for them.',
        ],
        ['a', 'Very wise! Separate schools save everyone some embarrassment.'],
        [
          'u',
          'Indeed. My husband is a civil engineer at Yorkshire Water, so at dinner we have two scientists and two teenagers rolling their eyes.',
          'kerem-job',
        ],
        [
          'a',
          'That sounds like lively dinners. Would you like a risk assessment template for the practical as well?',
        ],
        ['u', 'Yes, please. A short one will do, our technician is very experienced.'],
        [
          'a',
          'Hazards: copper sulfate (irritant), chlorine gas from brine (use small volumes, ventilation), low-voltage supply. Controls: goggles, under 6V, short run times, teacher demonstration for the brine.',
        ],
        ['u', 'Perfect. Thank you very much, that has saved me an hour.'],
        ['a', 'You are welcome. Enjoy the rest of the holiday!'],
        [
          'u',
          'Actually, one last question. Is there a way to make marking less painful? I have ninety mock papers.',
        ],
        [
          'a',
          'Mark one question across all papers at a time rather than paper by paper; it is faster and more consistent. A timer helps too.',
        ],
        ['u', 'Question by question. I shall try that this afternoon with a large pot of tea.'],
        ['a', 'Good luck \u2014 and a biscuit or two is allowed.'],
      ],
    },
    {
      start: '2025-05-03 20:15',
      lines: [
        [
          'u',
          'Good evening. I had a rather unwelcome surprise at the GP this week: my blood pressure was 156 over 98, three readings in a row.',
        ],
        ['a', 'I am sorry to hear that. Did the GP suggest treatment or further monitoring?'],
        [
          'u',
          'She started me on amlodipine, 5 mg once a day, and told me to cut down on salt and to walk more.',
          'med-amlodipine',
        ],
        [
          'a',
          'Amlodipine is a common first-line tablet. Reducing salt can make a real difference too. Would you like help with lower-salt cooking?',
        ],
        [
          'u',
          'Yes, that would be useful. Turkish food is not exactly low in salt, between the white cheese, olives and pickles.',
        ],
        [
          'a',
          'True, but many dishes adapt well: use lemon, sumac, mint, garlic and pul biber for flavour, rinse brined cheese, and cook beans from dry rather than tinned.',
        ],
        ['u', 'Sumac is a good idea. Could you suggest a week of dinners that the family will still eat?'],
        [
          'a',
          'Monday: chicken şiş with sumac onions. Tuesday: red lentil soup with lemon. Wednesday: baked sea bass with herbs. Thursday: imam bayıldı. Friday: homemade lahmacun with less salt in the dough.',
        ],
        ['u', 'Aylin will complain about the imam bayıldı, she refuses aubergine, but the rest is fine.'],
        ['a', 'Swap Thursday for stuffed peppers with rice and mince, then.'],
        ['u', 'Good. Should I buy a home blood pressure monitor?'],
        [
          'a',
          'Yes, it is recommended. Choose a validated upper-arm monitor; the British and Irish Hypertension Society keeps a list. Measure twice, morning and evening, for a week before reviews.',
        ],
        ['u', 'I shall order one tonight. Thank you for being so practical.'],
        ['a', 'You are welcome. Take care of yourself.'],
        ['u', 'One more question: is it safe to keep drinking Turkish coffee on these tablets?'],
        [
          'a',
          'Moderate coffee is generally fine with amlodipine. Large amounts of grapefruit juice are the thing to avoid.',
        ],
        ['u', 'Good, because I would not give up my afternoon coffee for anything.'],
        ['a', 'No need to. Just keep an eye on your readings.'],
      ],
    },
    {
      start: '2025-05-31 17:30',
      lines: [
        [
          'u',
          'Hello. Our broadband contract ends next month and the twins say the internet is "unusable" upstairs. Could you compare a few options for me?',
        ],
        [
          'a',
          'Of course. In Leeds typical options are: 1) a full-fibre 500 Mb package at about £28 a month; 2) a 900 Mb package with mesh Wi-Fi for about £42; 3) a 1 Gb gaming bundle at £55.',
        ],
        [
          'u',
          'I think the cheaper one will do. The 500 Mb at £28, and I will buy a separate mesh system if upstairs is still poor.',
          'broadband-pick',
        ],
        [
          'a',
          'Sensible. 500 Mb is plenty for four people streaming and video calls. A two-unit mesh system costs around £100.',
        ],
        ['u', 'Kerem works from home on Fridays, so it needs to be reliable.'],
        [
          'a',
          'Full fibre is generally very reliable. Put the router somewhere central and not behind the television.',
        ],
        [
          'u',
          'Noted. On another subject, the twins have very different tastes. Deniz has joined the robotics club and spends every evening programming a little robot arm.',
          'deniz-robotics',
        ],
        ['a', 'That is a wonderful hobby. Is he using Arduino or something like LEGO Mindstorms?'],
        [
          'u',
          "Arduino, I believe, and some Python. Aylin is the opposite: she plays centre midfield for a girls' football team in Headingley and trains three times a week.",
          'aylin-football',
        ],
        ['a', 'Two very committed teenagers! Does that mean a lot of driving for you and Kerem?'],
        ['u', 'Endless driving. Every Saturday morning is a match somewhere in West Yorkshire.'],
        ['a', 'A car-share rota with other parents could save you some weekends.'],
        ['u', 'That is a good idea, I will suggest it on the team WhatsApp.'],
        ['a', 'Good luck, parent WhatsApp groups can be a world of their own!'],
        ['u', 'Also, could you recommend a mesh system around \u00a3100?'],
        [
          'a',
          'Two-pack systems such as the TP-Link Deco X20 are around that price and easy to set up from an app.',
        ],
        ['u', 'The Deco it is. Deniz will no doubt volunteer to set it up.'],
        ['a', 'Let him \u2014 good practice for a robotics enthusiast.'],
      ],
    },
    {
      start: '2025-06-21 14:00',
      lines: [
        [
          'u',
          'Good afternoon. We are going to Izmir for most of August to stay with my mother, and I need to get organised.',
        ],
        ['a', 'How lovely. What would you like help with first: flights, packing, or insurance?'],
        [
          'u',
          'Insurance first. My mother is seventy-four and her knees are getting worse, so we will not be travelling far from her house in Karşıyaka.',
          'mum-karsiyaka',
        ],
        [
          'a',
          'Understood. For the four of you, a family annual policy may be cheaper than a single trip. Declare any medical conditions, including your blood pressure.',
        ],
        [
          'u',
          'I will. I must also mention that Aylin is allergic to penicillin. She had a terrible rash when she was six.',
          'aylin-penicillin',
        ],
        [
          'a',
          'Important to note. Pack a card in Turkish and English stating the allergy, and tell any doctor or pharmacist there.',
        ],
        ['u', 'Could you write that card for me? "Penisilin alerjisi var" is all I remember.'],
        [
          'a',
          "English: 'Aylin Yılmaz is allergic to penicillin and related antibiotics.' Turkish: 'Aylin Yılmaz'ın penisilin ve benzeri antibiyotiklere alerjisi vardır.'",
        ],
        [
          'u',
          'Perfect, thank you. For flights, we usually fly from Manchester. Any tips to keep costs down for four people in August?',
        ],
        [
          'a',
          'Book soon, fly midweek, compare direct flights with connections through Istanbul, and consider a Tuesday departure.',
        ],
        ['u', 'We shall leave on 2 August and return on the 27th, before the new term starts.'],
        ['a', 'Good timing. That gives you a few days to recover before school.'],
        [
          'u',
          'Mother keeps saying the house is too big for her alone since my father passed. I worry about her.',
        ],
        [
          'a',
          'That is a natural worry. The visit might be a good chance to talk with her about what she would like.',
        ],
        ['u', 'I will. Finally, what should I pack for a month in the Izmir heat?'],
        [
          'a',
          'Light cotton and linen, a wide-brimmed hat, high-SPF sunscreen, a refillable bottle, and your tablets and blood pressure monitor in hand luggage.',
        ],
        [
          'u',
          'Good point about the tablets. Kerem always forgets his reading glasses, so I will add those to the list too.',
        ],
        ['a', 'A shared family checklist may save the day.'],
      ],
    },
    {
      start: '2025-08-09 10:00',
      lines: [
        [
          'u',
          'Greetings from Izmir! It is 38 degrees and I am hiding indoors with a fan and a crochet project.',
        ],
        ['a', 'That is hot! What are you crocheting?'],
        [
          'u',
          'A granny-square blanket for the sofa in Leeds. I am using a 4 mm hook and cotton yarn, much nicer in this heat than wool.',
        ],
        ['a', 'Cotton is perfect for summer. How many squares do you need?'],
        [
          'u',
          'Forty-two. I have done eleven. My mother says I crochet like my grandmother, which I take as a compliment.',
        ],
        ['a', 'It certainly sounds like one. Have you had a chance to talk with her about her plans?'],
        [
          'u',
          'Yes. It was emotional. She has agreed in principle to come and live with us in Leeds. We would apply for her visa this autumn.',
        ],
        [
          'a',
          'That is a big decision for everyone. A family visa for an adult dependent relative is complex, so an immigration adviser may be worth it.',
        ],
        ['u', 'We will ask one. We have a spare room downstairs, which suits her knees.'],
        ['a', 'A downstairs room is ideal. Grab rails in the bathroom could help too.'],
        ['u', 'Good idea. Also, my ankles have been quite puffy since we arrived. I assumed it is the heat.'],
        [
          'a',
          'Heat can cause it, but ankle swelling is also a known side effect of amlodipine. It is worth mentioning to your GP when you are back.',
        ],
        ['u', 'Oh, I did not know that. I will make an appointment when we return.'],
        ['a', 'Good plan. Elevate your feet and stay hydrated in the meantime.'],
        [
          'u',
          'The twins are having the time of their lives, by the way. Aylin goes to the beach with her cousins every day and Deniz has found an electronics shop to hide in.',
        ],
        ['a', 'It sounds like everyone has found their happy place.'],
        [
          'u',
          'And Kerem has discovered boyoz pastries for breakfast. I fear he will come home five kilos heavier.',
        ],
        ['a', 'Holidays are for boyoz. The evening walks can balance it out.'],
      ],
    },
    {
      start: '2025-09-06 19:00',
      lines: [
        [
          'u',
          'Good evening. I saw the GP about my ankles. She agreed it was the amlodipine, so she has switched me to losartan, 50 mg a day.',
          'med-losartan',
        ],
        [
          'a',
          'That is a common switch. Did she arrange a blood test? Losartan usually needs kidney function and potassium checked after a couple of weeks.',
        ],
        ['u', 'Yes, a blood test in two weeks. Are there foods I should avoid with losartan?'],
        [
          'a',
          'Avoid potassium-based salt substitutes like LoSalt, and do not overdo very high-potassium foods. Otherwise a normal healthy diet is fine.',
        ],
        ['u', 'I actually bought LoSalt after our last conversation about salt! I will stop using it.'],
        ['a', 'Good catch. Lemon and herbs are the safer way to add flavour.'],
        [
          'u',
          'School started on Wednesday. I have two new teachers in my department and a new timetable that is frankly a puzzle.',
        ],
        [
          'a',
          'The first weeks of term are always intense. Is there anything I can help with for the new teachers?',
        ],
        ['u', 'A short induction checklist for science staff would be helpful.'],
        [
          'a',
          'Lab rules and CLEAPSS access, technician request process, behaviour policy, schemes of work, assessment calendar, safeguarding contacts, and a buddy from the department.',
        ],
        ['u', 'Excellent. I will add the fire evacuation route from the labs as well.'],
        ['a', 'Very important. Good luck with the start of term!'],
        ['u', 'Thank you. One more thing: the choir starts again next week and I am looking forward to it.'],
        ['a', 'How lovely! Which choir do you sing with?'],
        [
          'u',
          'The Leeds Community Choir. I sing alto, I have never had the range for soprano.',
          'choir-alto',
        ],
        ['a', 'Altos hold the harmony together. Enjoy the first rehearsal!'],
        [
          'u',
          'I would also like something relaxing on Sunday evenings. Perhaps I should simply finish the blanket.',
        ],
        ['a', 'Finishing the granny-square blanket sounds like a perfect Sunday ritual.'],
        ['u', 'Twenty-three squares to go. I will join them with a white border.'],
        ['a', 'A white border will make the colours stand out beautifully.'],
      ],
    },
    {
      start: '2025-09-27 21:00',
      lines: [
        [
          'u',
          'My phone has finally died. It was a Samsung Galaxy S20, five years old, and the battery would not last until lunch.',
          'phone-samsung',
        ],
        ['a', 'Five years is a good innings. What matters most to you in a new one?'],
        [
          'u',
          "A good camera for the twins' matches and concerts, a long battery life, and not much more than £500.",
        ],
        [
          'a',
          'Good options are: 1) Samsung Galaxy A56, about £400; 2) Google Pixel 9a, about £450, excellent camera; 3) iPhone 16e, about £600.',
        ],
        [
          'u',
          'The second one, please. Deniz says the Pixel camera is the best for the price, and he knows everything.',
          'phone-pick',
        ],
        [
          'a',
          'He is right about the camera. Moving from Samsung to Pixel is easy since both are Android; use the cable transfer during setup.',
        ],
        ['u', 'Speaking of the twins, their birthday is on 3 October. They will be sixteen. I need ideas.'],
        ['a', 'Sixteen is a milestone! Do you want separate gifts for each of them?'],
        ['u', 'Definitely separate. They would be offended by matching presents.'],
        [
          'a',
          'Then I would suggest something for their own hobbies. Let me know a budget and I can narrow it down.',
        ],
        ['u', 'About £100 each. I will think about it and come back to you.'],
        ['a', 'Of course, take your time.'],
        [
          'u',
          'Also, the choir has announced the winter concert: Saturday 13 December at Leeds Minster.',
          'concert-date',
        ],
        ['a', 'A wonderful venue for a choir. Put it in the family calendar!'],
        ['u', 'I have. Kerem has been warned he is attending.'],
        ['a', 'Excellent planning.'],
        ['u', 'Regarding the new phone, should I get a case and screen protector straight away?'],
        ['a', 'Yes, a simple case and a tempered-glass protector are worth it, around \u00a320 together.'],
        ['u', 'Done. I have ordered a navy blue case.'],
        ['a', 'A classic choice.'],
      ],
    },
    {
      start: '2025-10-18 11:30',
      lines: [
        [
          'u',
          'Big news: my mother arrived in Leeds on Friday the 10th! Her visa came through faster than we expected.',
          'mum-arrived',
        ],
        ['a', 'That is wonderful news! How is she settling in?'],
        [
          'u',
          'She finds the weather appalling and the bread disappointing, but she is happy to be with the grandchildren.',
        ],
        ['a', 'Two very understandable complaints. A Turkish bakery in Leeds might solve one of them.'],
        [
          'u',
          'We found one on Harehills Lane, she approved. Now I need to register her with our GP. What does she need?',
        ],
        [
          'a',
          'Usually proof of address and ID, and her visa or BRP details. Most practices let you register online; she may also need an NHS number assigned.',
        ],
        ['u', 'Her English is limited. Can she ask for an interpreter at appointments?'],
        [
          'a',
          'Yes, NHS practices must provide interpreters free of charge. Ask for a Turkish interpreter when booking.',
        ],
        [
          'u',
          'That is reassuring. The twins had a lovely birthday, by the way. They were thrilled with their presents.',
        ],
        ['a', 'I am glad! Sixteen, and a grandmother moving in, what a month for them.'],
        ['u', 'Yes, and the house is suddenly full. Five of us and one bathroom in the mornings.'],
        ['a', 'A bathroom rota might keep the peace.'],
        ['u', 'Ha, I will draw one up like a school timetable.'],
        ['a', 'The head of science approach to family life!'],
        [
          'u',
          'One more thing: is there a Turkish-speaking social group for older women in Leeds? She will need friends.',
        ],
        [
          'a',
          "Community centres in Harehills and Chapeltown sometimes run women's groups, and Turkish community associations in Leeds hold events too.",
        ],
        ['u', 'I will ask at the bakery, they seem to know everyone.'],
        ['a', 'Local bakeries are often the best community noticeboards.'],
      ],
    },
    {
      start: '2025-11-15 16:00',
      lines: [
        [
          'u',
          'I have decided to apply for an assistant headteacher post at Roundhay High School. It is a big step.',
        ],
        ['a', 'That is exciting. What does the role focus on?'],
        [
          'u',
          'Teaching and learning across the school, and staff development. I have been doing that informally in my department for years.',
        ],
        ['a', 'Then you already have strong evidence. Shall we work on your application letter?'],
        [
          'u',
          'Yes please. I want to mention that I raised the chemistry GCSE pass rate from 68 to 81 percent in three years.',
        ],
        [
          'a',
          "Strong opening: 'As head of science at Parkside Academy, I led improvements that raised GCSE chemistry outcomes from 68% to 81% over three years, through coaching, shared planning and data-informed intervention.'",
        ],
        ['u', 'That is good. Could you also give me three likely interview questions?'],
        [
          'a',
          '1) How would you improve teaching quality across departments that are not your specialism? 2) Describe a time you managed resistance to change. 3) How do you use data without overloading teachers?',
        ],
        [
          'u',
          'The second one worries me. I once had a very difficult colleague who refused to use the shared schemes of work.',
        ],
        [
          'a',
          'That can be a good example: explain how you listened, found a compromise, and what the result was.',
        ],
        ['u', 'In the end he co-wrote the new unit on rates of reaction, so it ended well.'],
        ['a', 'That is an ideal story. It shows you turned resistance into ownership.'],
        ['u', 'Thank you. The interview is on 2 December. I am nervous but determined.'],
        ['a', 'You sound well prepared. Good luck!'],
        ['u', 'Should I tell my current head that I am applying?'],
        ['a', 'Yes, it is courteous, and she will likely be asked for a reference anyway.'],
        ['u', 'You are right. I will speak to her on Monday.'],
        ['a', 'That shows professionalism. Good luck with the conversation.'],
      ],
    },
    {
      start: '2025-12-14 20:30',
      lines: [
        [
          'u',
          'What a week. First, the choir concert was last night at the Minster and it went beautifully. My mother cried through the whole second half.',
          'concert-done',
        ],
        ['a', 'How moving! What did you sing?'],
        [
          'u',
          "Rutter, some carols, and a Turkish folk song arranged for choir, Üsküdar'a Gider İken. I suggested it and the conductor agreed.",
        ],
        ['a', 'What a lovely touch, and especially meaningful with your mother in the audience.'],
        [
          'u',
          'Second news: I got the job! I will be assistant headteacher at Roundhay High from January.',
          'job-roundhay',
        ],
        ['a', 'Congratulations, Esra! That is a huge achievement. How do you feel about leaving Parkside?'],
        [
          'u',
          'Sad, honestly. I have been at Parkside for eleven years. My department gave me a card that made me cry too. It was a week of crying.',
        ],
        [
          'a',
          'It shows how much you meant to them. Do you want help with a handover plan for your successor?',
        ],
        ['u', 'Yes, that would be helpful. Something simple with the key documents and deadlines.'],
        [
          'a',
          'Include: schemes of work location, assessment calendar, exam entries deadline, technician orders, staff development plans, and open safeguarding or SEN notes.',
        ],
        ['u', "Thank you. Now I am going to put my feet up and eat some of my mother's baklava."],
        ['a', 'Well deserved. Enjoy it!'],
        [
          'u',
          'Oh, and my blood pressure readings have been lovely on the new tablets. 128 over 82 this morning.',
        ],
        ['a', 'That is a big improvement. Keep recording them for your review.'],
        [
          'u',
          'My mother has already asked whether I will have a bigger office. I had to explain that assistant heads usually share.',
        ],
        ['a', 'Ha, a very proud mother!'],
        ['u', 'She has told all the neighbours. Even the bakery knows.'],
        ['a', 'Then it must be official.'],
      ],
    },
    {
      start: '2026-01-24 18:45',
      lines: [
        [
          'u',
          'I have now done three weeks at Roundhay. It is exhausting but I am enjoying it more than I expected.',
        ],
        ['a', 'That is great to hear. What has been the biggest surprise?'],
        [
          'u',
          'How many meetings there are! I used to spend my days in a lab and now I spend them in a meeting room with lukewarm coffee.',
        ],
        ['a', 'It is a common adjustment for new senior leaders. Are you still teaching at all?'],
        ['u', 'Six lessons a week of Year 12 chemistry, which keeps me sane.'],
        ['a', 'That is a nice balance. It also keeps your credibility with staff.'],
        [
          'u',
          'At home, Kerem had a cholesterol check and it was high, so we are going to eat vegetarian on weekdays.',
        ],
        [
          'a',
          'That should help. Turkish cuisine has lots of vegetarian dishes: mercimek köftesi, kuru fasulye, zeytinyağlı dishes, menemen.',
        ],
        [
          'u',
          'My mother is delighted, she says she can finally cook "real food" for us. She makes the best zeytinyağlı fasulye.',
        ],
        ['a', 'Having a master cook at home makes the switch much easier!'],
        [
          'u',
          "Deniz's robotics team qualified for a regional competition in March, by the way. He is unbearable with pride.",
        ],
        ['a', 'Rightly so! Do you know where the competition is?'],
        ['u', 'In Sheffield. We will all go, including my mother in her thick winter coat.'],
        ['a', 'A family outing. Good luck to the team!'],
        ['u', 'On the subject of meetings, could you suggest a way to run shorter ones?'],
        [
          'a',
          'Send the agenda the day before, give each item a clear purpose, appoint a timekeeper, record decisions and actions, and make 30 minutes the default.',
        ],
        ['u', 'A 30-minute default is radical. I will propose it to the leadership team.'],
        ['a', 'Many teams find it works once someone models it.'],
      ],
    },
    {
      start: '2026-03-07 13:00',
      lines: [
        [
          'u',
          'Hello. Ramadan started a couple of weeks ago and my mother wants to host an iftar for the neighbours next Saturday. Could you help me plan it?',
        ],
        ['a', 'What a lovely idea. How many guests, and will you keep to the weekday vegetarian plan?'],
        [
          'u',
          'About twelve people. It is a weekend, so we can have meat, but I would like a couple of vegetarian dishes for balance.',
        ],
        [
          'a',
          'Menu idea: dates and water, lentil soup, a fresh salad, lamb and vegetable güveç, stuffed vine leaves with rice, bulgur pilaf, and güllaç for dessert.',
        ],
        ['u', 'Güllaç, yes! My mother will insist on making it herself.'],
        ['a', 'Let her take charge of dessert then. Would you like a shopping list and prep timeline?'],
        [
          'u',
          'A timeline would be wonderful. I am not fasting fully this year because of my tablets, so I can cook during the day.',
        ],
        [
          'a',
          'Friday: soak vine leaves, make güllaç. Saturday morning: prepare soup and salad, güveç in the oven from 3 pm, pilaf at 5 pm, serve at sunset.',
        ],
        [
          'u',
          'That is perfect. Also, we are thinking about summer: perhaps the Lake District instead of Turkey this time, since my mother is here now.',
        ],
        ['a', 'The Lakes are lovely in summer. Would you like somewhere step-free for your mother?'],
        ['u', 'Yes, a cottage on one level, near a lake, for five people.'],
        [
          'a',
          'Look around Keswick or Windermere; several self-catering sites list accessibility features and ground-floor bedrooms.',
        ],
        ['u', 'Thank you, I will look this evening.'],
        ['a', 'Enjoy the planning, and Ramazan mübarek olsun!'],
        [
          'u',
          'Oh, and the twins have their mock GCSE results. Deniz did well, but Aylin needs support in maths.',
        ],
        ['a', "Congratulations to both. Would you like some ideas for Aylin's maths revision?"],
        ['u', 'Yes, but she refuses anything that feels like homework.'],
        [
          'a',
          'Short daily practice on Corbettmaths or a similar site, with a reward she cares about such as new football boots, might work.',
        ],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which internet deal did we go for in the end?', ['broadband-pick']],
    ['single-hop', 'What voice part do I sing in?', ['choir-alto']],
    [
      'single-hop',
      'My daughter has an ear infection, is there any antibiotic I should warn the doctor about?',
      ['aylin-penicillin'],
    ],
    ['single-hop', "Which part of Izmir is my mum's house in?", ['mum-karsiyaka']],
    ['single-hop', 'What does my husband do for a living?', ['kerem-job']],
    [
      'multi-hop',
      'Can you suggest separate birthday presents for the twins that each of them would actually like?',
      ['deniz-robotics', 'aylin-football'],
    ],
    ['multi-hop', 'How many people live in our house at the moment?', ['household', 'mum-arrived']],
    ['temporal', 'When did my mother arrive in the UK?', ['mum-arrived'], { askedAt: '2026-03-20 09:00' }],
    [
      'temporal',
      'When was the Christmas concert with the choir?',
      ['concert-date', 'concert-done'],
      { askedAt: '2026-03-20 09:05' },
    ],
    [
      'updated',
      'Which blood pressure tablet am I taking at the moment?',
      ['med-losartan'],
      { stale: ['med-amlodipine'] },
    ],
    ['updated', 'Where do I work these days?', ['job-roundhay'], { stale: ['job-parkside'] }],
    ['updated', 'What phone am I using now?', ['phone-pick'], { stale: ['phone-samsung'] }],
    ['off-topic', 'How do I fix a puncture on a bicycle tyre?', []],
    ['off-topic', 'Why are there two high tides a day?', []],
    ['off-topic', 'What is a good way to teach myself to juggle three balls?', []],
  ],
});

import { definePersona } from '../author.ts';

export const hamid = definePersona({
  user_id: 'h8-hamid',
  name: 'Hamid',
  summary:
    'Hamid Rahimi, 47, Iranian-born pharmacist in Stockport/Manchester; wife Laleh, kids Arman and Sara; allotment, backgammon, Man City; changes job, car and his son switches sport.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-08 19:30',
      lines: [
        ['u', 'Good evening. I need a little help writing a polite message to our rota manager, please.'],
        ['a', 'Of course. What is the message about, and how formal should it be?'],
        [
          'u',
          'I am a pharmacist at the Boots branch in Stockport town centre, and they keep giving me three Saturdays in a row. I want to ask for alternate weekends.',
          'job1',
        ],
        [
          'a',
          'Understood. Something like: "Hi Karen, I wanted to ask whether we could move to alternate Saturdays for me from March, as three in a row is becoming hard for family commitments." Would you like it warmer or shorter?',
        ],
        [
          'u',
          'That is good, but her name is Deborah, not Karen. And maybe mention I can cover a late shift midweek instead.',
        ],
        [
          'a',
          'Sure: "Hi Deborah, could we look at alternate Saturdays for me from March? I am happy to pick up an extra late shift midweek in return." Short and fair.',
        ],
        [
          'u',
          'Perfect. The weekends matter because my son Arman is 15 and plays football on Saturday mornings for Heaton Mersey juniors, and I never see his matches.',
          'sport1',
        ],
        [
          'a',
          'That is a good reason to give her, if you want to add it. Fifteen is a busy age for football.',
        ],
        [
          'u',
          'Yes, and my wife Laleh teaches Year 4 at a primary school, so she is exhausted by Friday. Saturdays are our only family time.',
          'wife',
        ],
        ['a', 'Teaching Year 4 is a lot of energy. Hopefully Deborah can make it work.'],
        [
          'u',
          'One more thing. My car, an old Vauxhall Astra from 2011, is making a grinding noise when I brake. Is that dangerous?',
          'car1',
        ],
        [
          'a',
          'Grinding while braking often means the pads are worn down to the metal. It is worth getting it checked this week, because it can damage the discs and reduce braking.',
        ],
        ['u', 'I thought so. I will book it in at the garage on Monday. Thank you.'],
        ['a', 'Good plan. Good luck with the rota request.'],
        ['u', 'Actually, one last question. Sara wants to start piano lessons. Is 12 too late to begin?'],
        [
          'a',
          'Not at all. Twelve-year-olds often progress quickly because they can practise with more focus than young children.',
        ],
        ['u', 'Good, I will tell her. Thanks, goodnight.'],
      ],
    },
    {
      start: '2025-03-02 10:15',
      lines: [
        [
          'u',
          'Morning! Spring is coming and I am planning the allotment. Which tomatoes grow well outdoors in Manchester?',
        ],
        [
          'a',
          "Good outdoor choices for a cool, wet climate: 1) Gardener's Delight, a reliable cherry; 2) Sungold, very sweet orange cherry, early; 3) Moneymaker, a classic larger tomato but more blight-prone.",
        ],
        [
          'u',
          'I will go with the second one. The kids love sweet ones and they eat them straight off the plant.',
          'tomato-pick',
        ],
        [
          'a',
          'Sungold is a great choice for that. Start the seeds indoors in mid-March and plant out in late May.',
        ],
        ['u', 'My allotment is plot 14 at the Reddish Vale site. Last year the slugs destroyed my lettuce.'],
        [
          'a',
          'Beer traps, copper tape and watering in the morning rather than evening all help against slugs.',
        ],
        ['u', 'Beer traps, ha. I do not drink, but I can buy one can for the slugs I suppose.'],
        ['a', 'The cheapest lager works perfectly. The slugs are not fussy.'],
        [
          'u',
          'Also Nowruz is on the 20th. My mother-in-law is flying from Shiraz to stay with us for three weeks, so I need to get the house ready.',
          'nowruz',
        ],
        ['a', 'Happy early Nowruz! Are you setting up a haft-sin table?'],
        [
          'u',
          'Of course. Laleh does the sabzeh, the wheatgrass, already. I am responsible for the goldfish, which the kids always name.',
        ],
        ['a', 'That is a lovely tradition. Any names chosen yet?'],
        [
          'u',
          'Sara wants to call it Haaland because City is my team. I told her the fish would be insulted.',
        ],
        ['a', 'A fish named Haaland will at least be fast. Enjoy the preparations!'],
        [
          'u',
          'Do you know if goldfish are okay in a bowl for a few weeks? After Nowruz we usually move it to a tank.',
        ],
        [
          'a',
          'A bowl is only okay very briefly. A small filtered tank of at least 40 litres is much kinder, even from the start.',
        ],
        ['u', 'Then I will buy the tank first this year. Thank you, I will.'],
      ],
    },
    {
      start: '2025-04-12 13:40',
      lines: [
        ['u', 'Not great news today. My GP did a blood test and said I am pre-diabetic.'],
        ['a', 'I am sorry to hear that. Did they give you a number or any advice?'],
        [
          'u',
          'My HbA1c came back at 44. She said anything from 42 to 47 is the pre-diabetes range.',
          'hba1c1',
        ],
        [
          'a',
          'Yes, that is right in the UK ranges. The good news is that at this stage diet, activity and weight changes can often bring it back down.',
        ],
        [
          'u',
          'So I have decided: no more sugar cubes with my tea. I used to have three glasses a day with a cube in my mouth, the Persian way. That is finished.',
          'diet1',
        ],
        ['a', 'That is a meaningful change. Over a day that is quite a lot of sugar cut out.'],
        [
          'u',
          'Can you give me some lower-carb dinner ideas? I still want Persian flavours. I cannot live without tahdig but I will eat less of it.',
        ],
        [
          'a',
          'Some ideas: kuku sabzi (herb frittata), chicken joojeh kebab with a big shirazi salad, ghormeh sabzi with a small portion of rice, or mirza ghasemi with eggs.',
        ],
        [
          'u',
          'Kuku sabzi is a very good idea. Laleh makes the best one. And joojeh on the barbecue when it is warm.',
        ],
        ['a', 'Both are great. Pairing them with a yoghurt dip and salad keeps the carbs low.'],
        ['u', 'She also booked me for a re-test in six months. I want to show the doctor a better number.'],
        ['a', 'That is a good target. Regular walking after meals can help blood sugar too.'],
        ['u', 'I will try. The pharmacy keeps me on my feet anyway, but that is not the same as walking.'],
        ['a', 'True, steady brisk walking is different. Even 20 minutes a day makes a difference.'],
        ['u', 'Is dates with tea also a problem? My father always had dates instead of sugar.'],
        [
          'a',
          'Dates are still quite sugary, though they come with fibre. One or two is fine, a handful is a lot.',
        ],
        ['u', 'Okay. Thank you for being positive about it.'],
      ],
    },
    {
      start: '2025-05-18 20:05',
      lines: [
        [
          'u',
          'Hello again. I need help planning a summer holiday in the UK for the four of us, one week in August.',
        ],
        ['a', 'Happy to help. Do you prefer coast, mountains or lakes? And what is your rough budget?'],
        ['u', 'The kids want hills and water. Budget is tight this year because of the car repairs.'],
        [
          'a',
          'Three options for a week in August: 1) a cottage near Keswick in the Lake District, around £780; 2) a house near St Ives in Cornwall, around £1,150; 3) a cabin near Betws-y-Coed in Snowdonia, around £690.',
        ],
        ['u', 'Let us do the cheaper one. Wales is also closer, so less driving.', 'trip-pick'],
        ['a', 'Snowdonia it is. Betws-y-Coed has easy walks, waterfalls and Zip World nearby for the kids.'],
        ['u', 'Arman will love the zip line. Sara is more careful, she will want the waterfalls.'],
        ['a', 'Swallow Falls is right there, an easy walk from the village.'],
        [
          'u',
          'Another thing. I joined a backgammon club. We meet every Thursday night at a café in Levenshulme.',
          'backgammon',
        ],
        ['a', 'Nice! Is it mostly casual games, or do they play tournaments?'],
        [
          'u',
          'Mostly casual, many Iranians, Turks and a few Greeks. The Greeks are the most dangerous players, honestly.',
        ],
        ['a', 'Backgammon is a big tradition in Greece too, so that makes sense.'],
        ['u', 'Last week I lost five games in a row to an old man called Yiannis. I will get him next time.'],
        ['a', 'Revenge in backgammon is a noble goal. Good luck on Thursday.'],
        [
          'u',
          'Should I buy a proper backgammon board? I have been using a cheap folding one from Tehran bazaar.',
        ],
        [
          'a',
          'A wooden inlaid board is lovely if you play weekly. Many players also keep a travel board for cafés.',
        ],
        ['u', 'Maybe for my birthday then. Thank you!'],
      ],
    },
    {
      start: '2025-06-22 11:20',
      lines: [
        [
          'u',
          'Bad news, the Astra finally died on the M60. The garage says the gearbox is gone and it is not worth fixing.',
        ],
        ['a', 'Sorry to hear that. Are you looking for a replacement? New or used?'],
        ['u', "Used, maybe up to £11,000. We need a big boot for the allotment tools and the kids' bags."],
        [
          'a',
          'Good used estates around that price: a) Skoda Octavia Estate 2019, huge boot, economical; b) Toyota Corolla Touring Sports hybrid 2019, very reliable but a bit more expensive; c) Kia Ceed Sportswagon 2020, long warranty.',
        ],
        ['u', 'Option A. My colleague has one and it swallows everything.'],
        [
          'a',
          'The Octavia estate is a sensible choice. Check the service history and DSG gearbox if it is an automatic.',
        ],
        [
          'u',
          'Done! We picked up a silver 2019 Skoda Octavia estate yesterday from a dealer in Cheadle, manual, £10,400. And the Astra went for scrap, £250.',
          'car2',
        ],
        ['a', 'Congratulations on the new car! That is a fair price for a 2019 Octavia.'],
        ['u', 'Laleh says it feels like a taxi. I said good, I can drive her around like a taxi then.'],
        ['a', 'Ha, the Octavia is indeed a taxi favourite. That is a compliment to its reliability.'],
        ['u', 'Can you remind me what I need to do when I change cars, like insurance and the DVLA?'],
        [
          'a',
          'Tell the DVLA the Astra was scrapped (the scrapyard usually does it, keep the certificate), tax the Octavia before driving it, and switch your insurance to the new car from the collection date.',
        ],
        ['u', 'Great, the insurance is done. I will tax it now.'],
        ['a', 'You can do it online in a few minutes with the V5C reference number.'],
        ['u', 'What is the best way to keep the boot clean with muddy allotment tools?'],
        ['a', 'A rubber boot liner or a large plastic tray works well, and you can just hose it down.'],
        ['u', 'A tray, good idea. Thanks.'],
      ],
    },
    {
      start: '2025-07-27 18:50',
      lines: [
        ['u', 'We are back from Wales. It rained four days out of seven, but the kids loved it.'],
        ['a', 'Welcome back! Wales in August, rain is almost guaranteed. Did Arman do the zip line?'],
        ['u', 'He did, twice. He screamed the whole way. Sara stayed with me and we did Swallow Falls.'],
        ['a', 'Sounds like everyone got their perfect day.'],
        [
          'u',
          'Now I need packed lunch ideas. Sara is 12 and going on a school trip next week. She has a sesame allergy, so no hummus, no tahini, and careful with bread with seeds.',
          'sara-allergy',
        ],
        [
          'a',
          'Some sesame-safe ideas: a chicken and cucumber wrap in a plain tortilla (check the label), cheese and crackers that are labelled sesame-free, fruit, carrot sticks with a yoghurt dip, and a homemade flapjack.',
        ],
        ['u', 'Good. She likes wraps. I always read the labels twice because "may contain" is everywhere.'],
        ['a', 'Does she carry an adrenaline pen on trips?'],
        ['u', 'Yes, two EpiPens, and the teacher has a copy of her allergy plan.'],
        [
          'a',
          'That is wise. Some supermarket breads are made on lines with sesame, so the "may contain" warning matters.',
        ],
        ['u', 'The Sungold tomatoes are producing a lot now too. I can put some in the lunch box.'],
        ['a', 'Perfect, fresh from the plot. Cherry tomatoes travel well in lunch boxes.'],
        [
          'u',
          'Also I have a job interview next month. An independent pharmacy in Didsbury wants a pharmacy manager.',
        ],
        ['a', 'That is exciting! Would you like help preparing for the interview?'],
        ['u', 'Yes, but next time. Tonight I am too tired from unpacking.'],
        ['a', 'Understood. Did you bring anything back from Wales?'],
        ['u', 'Welsh cakes from a bakery in Betws-y-Coed. I ate only one, Laleh is watching me.'],
        ['a', 'Of course. Rest well and we can prepare whenever you are ready.'],
      ],
    },
    {
      start: '2025-08-24 21:00',
      lines: [
        ['u', 'Okay, the interview is on Thursday. Can we prepare now?'],
        ['a', 'Absolutely. What do you know about the pharmacy and the role?'],
        [
          'u',
          "It is called Kellett's Pharmacy, family owned, on Barlow Moor Road. They do a lot of NHS Pharmacy First consultations.",
        ],
        [
          'a',
          'Then expect questions about Pharmacy First, managing staff, stock control and handling complaints. Do you have examples of leading a team?',
        ],
        [
          'u',
          'At Boots I trained four pre-registration pharmacists. And I set up the flu clinic last winter, we did 900 jabs.',
        ],
        [
          'a',
          'Excellent examples. Use the STAR structure: situation, task, action, result. The 900 vaccinations is a strong result.',
        ],
        ['u', 'What about salary? They said the range is 52 to 58 thousand.'],
        [
          'a',
          'With your experience, it is reasonable to aim for the upper half. You can say you are looking for around £56,000 given the management responsibility.',
        ],
        ['u', 'Okay, I will say 56. Also what should I ask them at the end?'],
        [
          'a',
          'Good questions: how the team is structured, what the biggest challenge for the pharmacy is right now, and how they measure success for the manager in the first six months.',
        ],
        ['u', 'The challenge one is good. I will write these down.'],
        ['a', 'Good luck on Thursday, you sound well prepared.'],
        ['u', 'Should I wear a suit? It is a small family pharmacy.'],
        [
          'a',
          'Smart trousers and a shirt, maybe a blazer, is usually right for an independent pharmacy. A full suit is not wrong either.',
        ],
        ['u', 'Blazer then. Thank you, I will tell you how it goes.'],
      ],
    },
    {
      start: '2025-09-21 09:45',
      lines: [
        [
          'u',
          "Good news, I got the job! I started as pharmacy manager at Kellett's in Didsbury last Monday, the 15th. I handed in my notice at Boots in August.",
          'job2',
        ],
        ['a', 'Congratulations, Hamid! How has the first week been?'],
        [
          'u',
          'Busy, but the team is lovely. Two pharmacists, three dispensers and a delivery driver, Tomasz.',
        ],
        ['a', 'A nice size team. Is there anything you want to sort out early?'],
        [
          'u',
          'Yes, the rota is a mess. It is on paper on the wall. Can you help me design a simple spreadsheet rota?',
        ],
        [
          'a',
          'Sure. Columns for each day, rows for each staff member, a colour for each shift type, and a totals column that counts hours per week. I can write out formulas if you like.',
        ],
        ['u', 'Yes please, the totals formula would be useful.'],
        [
          'a',
          'If shift hours are in C2:I2, use =SUM(C2:I2) in J2, and conditional formatting to highlight anyone over 40 hours.',
        ],
        [
          'u',
          'Simple. And the commute is now twenty minutes instead of forty, I can even cycle when it is dry.',
        ],
        ['a', 'That is a nice bonus, and the cycling will help with the blood sugar goal too.'],
        [
          'u',
          'Other news: Arman has stopped football. He says the coach shouts too much. He joined Stockport Metro swimming club instead, training three mornings a week.',
          'sport2',
        ],
        ['a', 'Swimming is a great sport, though early mornings are tough. Who drives him?'],
        ['u', 'Me, at 6 am. So much for sleeping better with the new job.'],
        ['a', 'At least the Octavia has a good heater for those mornings.'],
        ['u', 'Ha, true. Do swimmers need to eat before 6 am training?'],
        ['a', 'A small snack like a banana or toast helps, then a proper breakfast after the session.'],
        ['u', 'He eats like a horse after, I can tell you.'],
      ],
    },
    {
      start: '2025-10-19 16:30',
      lines: [
        [
          'u',
          "I want to start saving properly for the kids' university. What is the difference between a Junior ISA and just putting money in my own ISA?",
        ],
        [
          'a',
          'A Junior ISA belongs to the child and they get control at 18; up to £9,000 a year, tax-free. Your own ISA stays yours, so you decide when and how to give it to them. Your allowance is £20,000 a year.',
        ],
        ['u', 'I prefer to keep control. Arman is sensible but at 18 I was not sensible at all.'],
        [
          'a',
          'That is a common reason. A stocks and shares ISA in your name, earmarked for them, gives you flexibility.',
        ],
        ['u', 'Then I will put £200 a month into a stocks and shares ISA. The new salary helps.'],
        ['a', 'A global index fund with low fees is a simple choice for a 5 to 10 year horizon.'],
        ['u', "Okay. Different topic: Laleh's birthday is on 3 November. I have no ideas this year."],
        [
          'a',
          'Some ideas: 1) a hand-printed silk scarf; 2) a weekend pottery workshop for two; 3) a spa day at a hotel in Cheshire.',
        ],
        [
          'u',
          'The pottery class. She always says she wants to make her own bowls for the pistachios.',
          'gift-pick',
        ],
        [
          'a',
          'Lovely, and it is something you can do together. Many studios in Manchester run weekend taster courses.',
        ],
        ['u', 'I found one in Ancoats, Saturday 8 November. Booked it.'],
        ['a', 'Perfect timing, just after her birthday.'],
        ['u', 'Should I tell her in advance or keep it a surprise?'],
        [
          'a',
          'You could give her a card on the 3rd with the booking inside, so it is a surprise on the day and she can look forward to it.',
        ],
        ['u', 'The card idea is good. Thank you, you saved me again.'],
      ],
    },
    {
      start: '2025-11-16 12:10',
      lines: [
        ['u', 'I have good news from the doctor!'],
        ['a', 'Tell me!'],
        ['u', 'The re-test came back and my HbA1c is now 39. Out of the pre-diabetes range.', 'hba1c2'],
        ['a', 'That is a fantastic result. You must have worked hard for that.'],
        [
          'u',
          'No sugar in the tea, smaller rice portions, and I walk 30 minutes every evening after dinner around Reddish Vale.',
          'walking',
        ],
        ['a', 'Those habits clearly work. Keeping them going is the key now.'],
        ['u', 'I lost six kilos as well. My trousers are too big.'],
        ['a', 'Congratulations. Perhaps a trip to get new trousers is in order.'],
        ['u', 'Laleh says it is an excuse to shop. She is right.'],
        ['a', 'A well-earned excuse.'],
        ['u', 'The backgammon club had a small tournament. I came third. Yiannis won again, of course.'],
        ['a', 'Third is a good result! Yiannis sounds like the club champion.'],
        ['u', 'He is 78 and has played since he was six. I have no chance, but one day.'],
        ['a', 'Seventy years of practice is hard to beat. Third place is progress.'],
        ['u', 'Also the allotment is finished for the year. I put garlic in for next summer.'],
        ['a', 'Autumn garlic is perfect timing. It needs the cold to form good bulbs.'],
        ['u', 'Thanks for listening, I just wanted to share the good news.'],
      ],
    },
    {
      start: '2025-12-20 19:15',
      lines: [
        ['u', 'Tomorrow is Yalda night, the longest night. We are having about fifteen people at home.'],
        ['a', 'Shab-e Yalda! Pomegranates, watermelon and Hafez. What are you cooking?'],
        ['u', 'Laleh is making fesenjan and I am making the ash reshteh. Fifteen people, I need a huge pot.'],
        ['a', 'Ash reshteh for fifteen, you may need to borrow a pot. Remember the kashk on top.'],
        [
          'u',
          'And the watermelon, very hard to find a good one in December in England. Lidl had some, we will see.',
        ],
        ['a', 'Winter watermelons are a gamble, but it is the tradition that counts.'],
        ['u', 'Can you suggest a short Hafez verse I could read? Something about hope, in English.'],
        [
          'a',
          'A popular one: "Even after all this time, the sun never says to the earth, you owe me. Look what happens with a love like that, it lights the whole sky." Note that this is a loose modern rendering, not a literal translation.',
        ],
        [
          'u',
          'That is Ladinsky, I know it, not really Hafez. But the guests will like it. I will also read one in Farsi from the Divan.',
        ],
        [
          'a',
          'The perfect combination: the real Divan for the elders, and the popular one for the English speakers.',
        ],
        ['u', 'I also have to cover Christmas Eve at the pharmacy. The manager always covers, they said.'],
        ['a', 'That is the price of being manager. Hopefully it is a quiet shift.'],
        ['u', 'It is never quiet on Christmas Eve. Everyone forgets their prescriptions.'],
        ['a', 'True. Enjoy Yalda with your family first.'],
        ['u', 'How do I choose a good pomegranate? Half of them last year were dry inside.'],
        ['a', 'Pick heavy ones with tight, slightly angular skin. Heavy for their size usually means juicy.'],
        ['u', 'Heavy and angular, noted. Thank you, I will.'],
        ['a', 'Have a wonderful Yalda night.'],
        ['u', 'Shab-e Yalda mobarak to you too, if an assistant can have one!'],
      ],
    },
    {
      start: '2026-01-17 10:30',
      lines: [
        ['u', 'I am planning to visit my mother in Shiraz in April, alone this time, for two weeks.'],
        ['a', 'That sounds meaningful. How are you thinking of flying?'],
        [
          'u',
          'Probably Manchester to Istanbul with Turkish, then Istanbul to Shiraz. There is no direct flight of course.',
        ],
        [
          'a',
          'That is the usual route. Turkish often has good connections to Shiraz. Is your passport in order?',
        ],
        ['u', 'My British passport expires in June. Is that a problem?'],
        [
          'a',
          'Many countries want at least six months of validity on arrival. Renew it now to be safe, the standard online renewal takes around three weeks.',
        ],
        [
          'u',
          'I will do it this week. I also use my Iranian passport to enter Iran, that one is valid until 2028.',
          'iran-trip',
        ],
        ['a', 'Good, then the British one matters mostly for Istanbul and coming back to the UK.'],
        ['u', 'Can you make me a short checklist for the trip?'],
        [
          'a',
          'Checklist: renew British passport; check Iranian passport; book flights; arrange pharmacy cover for two weeks; cash in euros or dollars since UK cards do not work in Iran; gifts for family; medicine list; travel insurance.',
        ],
        [
          'u',
          'Good point about the cash, I always forget. My mother wants English tea and Cadbury, every time.',
        ],
        ['a', 'Classic gifts. A few boxes of Yorkshire Tea and some chocolate will make her happy.'],
        [
          'u',
          'And I need to find someone to look after the allotment while I am gone, in April the seedlings need water.',
        ],
        ['a', 'Perhaps a neighbour on the allotment site could water in exchange for some of your harvest.'],
        ['u', 'Good idea, I will ask the man on plot 15.'],
        ['a', 'He will probably be glad of the Sungold tomatoes in return.'],
        ['u', 'Ha, he already steals a few every August. Now it will be official.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which of those tomato varieties did I end up going for?', ['tomato-pick']],
    ['single-hop', 'What does my wife do for a living again?', ['wife']],
    ['single-hop', 'Can you suggest a picnic menu that is safe for my daughter?', ['sara-allergy']],
    ['single-hop', 'Which evening of the week is my board game club?', ['backgammon']],
    ['single-hop', 'What did I decide to give Laleh for her birthday?', ['gift-pick']],
    [
      'multi-hop',
      'How did my blood sugar result change between the first test and the follow-up?',
      ['hba1c1', 'hba1c2'],
    ],
    [
      'multi-hop',
      'What were the lifestyle changes I made after being told I was pre-diabetic?',
      ['diet1', 'walking'],
    ],
    ['temporal', 'When did I start in my current pharmacy job?', ['job2'], { askedAt: '2026-02-01 09:00' }],
    [
      'temporal',
      'Which happened first: getting the new car or my son giving up football?',
      ['car2', 'sport2'],
      { askedAt: '2026-02-01 09:00' },
    ],
    ['updated', 'Where am I working these days?', ['job2'], { stale: ['job1'] }],
    ['updated', 'What car are we driving at the moment?', ['car2'], { stale: ['car1'] }],
    ['updated', 'What sport is Arman doing now?', ['sport2'], { stale: ['sport1'] }],
    ['off-topic', 'How do I get candle wax out of a cotton tablecloth?', []],
    ['off-topic', 'What is the difference between a crocodile and an alligator?', []],
    ['off-topic', 'Why does my laptop fan get so loud when I watch videos?', []],
  ],
});

import { definePersona } from '../author.ts';

export const teodor = definePersona({
  user_id: 'h13-teodor',
  name: 'Teodor',
  summary:
    'A 47-year-old Romanian truck driver based in Rotterdam whose wife and two children live back in Romania; he is learning to cook and writes in short, simple English with typos and the odd Romanian word.',
  language: 'en',
  sessions: [
    {
      start: '2024-02-10 21:15',
      lines: [
        [
          'u',
          'hello. my english is not perfect sorry. I am truck driver, Romanian, I work for company in Rotterdam. I drive long distance, Rotterdam to Milano and back, ten days, twelve days on the road every time.',
          'haul1',
        ],
        ['a', "Hello! Your English is fine. That's a long route. How can I help you today?"],
        [
          'u',
          'I want learn to cook. 25 years I eat only sandwich, kebab, gas station food. My stomach is angry with me now lol',
        ],
        [
          'a',
          "It's never too late to learn! Do you want to start with simple recipes you can make at home, or things you can make on the road?",
        ],
        [
          'u',
          'at home first. but home is small. I have one room in apartment in Charlois, I share the flat with two other drivers, one Polish one Bulgarian. kitchen is very small and always dirty.',
          'room1',
        ],
        [
          'a',
          'A shared small kitchen is still enough. One-pot meals are perfect: you only need one pan and little space. Would you like a few ideas?',
        ],
        ['u', 'yes please. simple. I have only one pan and one pot'],
        [
          'a',
          '1) Pasta with tomato sauce and sausage. 2) Omelette with potatoes and onion. 3) Rice with chicken and vegetables in one pot. All take under 30 minutes.',
        ],
        ['u', 'omelette with potato, my mother make this. ok I try tomorow'],
        [
          'a',
          'Great choice! Slice potatoes thin, fry them soft first, then add onion and beaten eggs. Cook on low heat with a lid.',
        ],
        [
          'u',
          'thank you. also I smoke too much, one pack in the day, maybe more when I drive night. my wife is angry for this, not only my stomach haha',
          'smoke1',
        ],
        [
          'a',
          "That's a lot of cigarettes — cutting down would help your health. Would you like some tips when you're ready?",
        ],
        ['u', 'maybe later. not now. now I am tired, tomorow I go to Milano again', 'haul1b'],
        ['a', 'Drive safe! Good luck with the omelette.'],
        [
          'u',
          "my daughter Ioana say me 'tata, you need eat vegetable'. she is 17 and very smart, she want be doctor. ok good night",
          'ioana',
        ],
        ['a', 'Good night! Tell Ioana she gives good advice.'],
        ['u', "haha I tell her. she will say 'I know tata'. she always know"],
      ],
    },
    {
      start: '2024-03-02 19:40',
      lines: [
        [
          'u',
          'hi again. question about phone. I call my family in Romania every day, my card now is very expensive. which sim is good in Netherlands for call Romania?',
        ],
        [
          'a',
          'Some popular options for calling abroad: 1) Lebara — prepaid bundles with cheap calls to Romania, about €10–15 a month. 2) Lyca Mobile — similar international bundles and prices. 3) KPN or Vodafone — good network but international calls cost more unless you add an extra package.',
        ],
        [
          'u',
          'I take Lebara. my friend Marius use it and he say is good for call Romania and also roaming in Germany and Italy when I drive.',
          'simPick',
        ],
        [
          'a',
          'Good choice. Check their EU roaming allowance too, since you spend a lot of time driving across Europe.',
        ],
        [
          'u',
          'yes. next trip is long one, 2 weeks, Rotterdam to Spain, Valencia, oranges. then back with empty trailer. I dont like empty back, no money.',
          'haul2',
        ],
        [
          'a',
          "Empty return trips can be frustrating. Safe travels to Valencia — it's a long drive through France.",
        ],
        ['u', 'france the tolls are crazy. but company pay. I pay only my coffee haha'],
        ['a', "That's fair. Do you cook anything on the road?"],
        ['u', 'not yet. only sandwich. I want buy something for cook in the truck but I dont know what'],
        [
          'a',
          'Many drivers use a 12V lunch box heater, a 12V kettle, or a small gas camping stove (careful with ventilation). A 12V cooker is safest in the cab.',
        ],
        [
          'u',
          "ok I will look. my son Andrei he is 12, he say me 'tata buy a microwave for truck' lol. he think truck is a house",
          'andrei',
        ],
        ['a', 'Ha! Kids have great ideas. A small 12V microwave does exist, but it uses a lot of power.'],
        [
          'u',
          'at home we have also the dog Bobita, small white dog, very crazy. he bark when he hear my voice on the phone',
          'bobita',
        ],
        ['a', "That's sweet — he misses you too!"],
        ['u', 'yes. ok I go sleep. tomorow 5 oclock start. pa pa'],
        ['a', 'Sleep well and safe driving tomorrow.'],
        [
          'u',
          'one more thing, what is good coffee for thermos? gas station coffee is like water from the radiator',
        ],
      ],
    },
    {
      start: '2024-03-23 18:20',
      lines: [
        [
          'u',
          'hello friend. I buy a 12V cooking box for the truck, is like a small oven, name is HotLogic or something. 60 euro on Amazon. you put food inside and 2 hours later is hot',
          'cookbox',
        ],
        [
          'a',
          "That's a great buy! Those slow-heating lunch boxes are perfect for truckers. You can cook rice, chicken, even stews in them.",
        ],
        [
          'u',
          'yes. now I want learn soup. Romanian man need soup, ciorba. which soup is most easy for begin?',
        ],
        [
          'a',
          'Three good ones for beginners: 1) Ciorbă de perișoare (meatball soup) — tasty but takes some work. 2) Simple chicken soup with vegetables and noodles — easiest. 3) Lentil soup — cheap, filling, no meat needed.',
        ],
        [
          'u',
          'the chicken one. is more easy and my wife make this when I am sick. perisoare is for when I am more good cook',
          'soupPick',
        ],
        [
          'a',
          'Good plan! Boil chicken legs with onion, carrot, celery and a bay leaf for about an hour, take out the chicken, add noodles for 5 minutes, shred the chicken back in. Add lovage or parsley at the end.',
        ],
        ['u', 'leustean! yes. I find it in the Turkish shop maybe. or I ask my mother send me in packet lol'],
        ['a', 'A Turkish or Eastern European shop might have it. Dried lovage also works.'],
        [
          'u',
          'the flat is hard for cooking. the Bulgarian guy snore like a truck engine and the Polish guy eat my food from the fridge. I need my own place but is expensive in Rotterdam',
          'room2',
        ],
        [
          'a',
          'Sharing can be tough. Putting your name on your food or using a small lockable box might help for now. Are you looking for a place of your own?',
        ],
        ['u', 'maybe later this year. now I save money for my daughter university'],
        ['a', "That's a good priority. Which university does she want to go to?"],
        ['u', 'medicine in Iasi. is very hard to enter, she study every day. I am proud'],
        ['a', 'You should be! Medicine takes a lot of dedication.'],
        [
          'u',
          'also the doctor in Romania tell me at christmas my lungs are not good from smoking. I still smoke, one pack. I know I know',
          'smoke2',
        ],
        ['a', "That's honest! Is there anything that might help you cut down a little?"],
        [
          'u',
          'not now, I am not ready to stop the cigarettes. but I know you are right. my daughter also say this every week',
          'smoke3',
        ],
      ],
    },
    {
      start: '2024-04-20 20:00',
      lines: [
        [
          'u',
          'good news, I go home for Paste, easter. Romanian easter is 5 May this year. I book flight Wizz Air Eindhoven to Suceava, 140 euro return',
          'flightPrice',
        ],
        ['a', "How wonderful that you'll be home for Easter! How long will you stay?"],
        [
          'u',
          'one week. first time since Christmas. I want buy gift for my wife Mirela. she like perfume. what is good perfume for woman 45 years, not too sweet?',
        ],
        [
          'a',
          "Some elegant, not-too-sweet options: 1) Chanel Chance Eau Tendre (fresh, floral), 2) Jo Malone Wood Sage & Sea Salt (light, clean), 3) Lancôme Idôle (soft rose), 4) Dior J'adore (classic floral).",
        ],
        [
          'u',
          'Jo Malone I like the name salt, like the sea. I buy in the airport, they have it for 65 euro the small one',
          'giftPrice',
        ],
        ['a', "That's a thoughtful choice. It's fresh and light — a lot of people love it."],
        [
          'u',
          'I also bring for Andrei a shirt of Feyenoord. he play football in the school team, goalkeeper. he is so happy when I tell him',
          'andreiFootball',
        ],
        ['a', 'A Feyenoord shirt from Rotterdam is a perfect gift! Goalkeepers need lots of courage.'],
        [
          'u',
          'yes he is brave, not like me haha. ok question: how I make cozonac? my mother make it for easter but this year she has problem with hand',
        ],
        [
          'a',
          'Cozonac is a sweet bread: dough with flour, milk, yeast, eggs, sugar, butter and lemon zest; a filling of ground walnuts, sugar, cocoa and rum. It needs two risings and bakes about 45–50 minutes at 170°C.',
        ],
        [
          'u',
          'too hard for me. I buy from the bakery in Suceava and say I make it haha. no no I am joking. maybe I help my mother',
        ],
        ['a', 'Helping your mother sounds perfect — you can learn from her too.'],
        [
          'u',
          'yes. the soup was good by the way! I make it 3 times. the Polish guy eat half, again',
          'soupGood',
        ],
        ['a', 'That means it was really good! Maybe make a bigger pot next time.'],
        ['u', 'or I hide it in the truck lol. ok thank you, good night'],
        ['a', 'Good night! Enjoy Easter at home.'],
        [
          'u',
          "one question before, in Romania we say 'Hristos a inviat' for easter. how you say in english? 'Christ is rise'?",
        ],
      ],
    },
    {
      start: '2024-05-14 21:30',
      lines: [
        [
          'u',
          'hello, I am back in Rotterdam. the week at home was very good and very sad at same time. Mirela cry at the airport, Andrei also.',
        ],
        ['a', "That sounds very emotional. It's hard to be away from family. How are you feeling?"],
        [
          'u',
          "not good. Mirela say me 'Teo, you are never home, and when you are in Holland you are on the road in Italy or Spain'. she is right. I think about change something.",
          'haul4',
        ],
        [
          'a',
          "That's an important conversation. Would more local routes, so you're home in Rotterdam more often, or even working closer to Romania, be possible?",
        ],
        [
          'u',
          'maybe local routes. I ask my boss next month. but first, other big thing. I stop smoking! since Sunday, no cigarette. my daughter make me promise on easter',
          'quit1',
        ],
        [
          'a',
          "Congratulations — that's a huge step! The first two weeks are the hardest. Do you have a plan for cravings?",
        ],
        [
          'u',
          'no plan. only I am angry all day. in the truck is most hard, 10 hours alone and always I smoke when I drive',
        ],
        [
          'a',
          'Nicotine gum or patches can really help with cravings. Also try sunflower seeds, sugar-free gum, or a drink of water when a craving comes. Cravings usually pass in a few minutes.',
        ],
        ['u', 'seminte! sunflower seeds, all Romanians eat this. good idea, I buy a big bag'],
        ['a', "Perfect — it keeps your hands and mouth busy. Tell your daughter she'd be proud!"],
        [
          'u',
          "she is already. she call me every evening and ask 'tata, how many today?' and I say zero. like a police lol",
          'quit1b',
        ],
        ['a', "That's lovely support. Anything else I can help with tonight?"],
        ['u', 'recipe for tonight, I have potatoes, onion, 2 sausages and eggs. what I make?'],
        [
          'a',
          'A Romanian-style tochitură shortcut: fry sliced sausage with onion, add boiled potato cubes, paprika, and top with a fried egg. 20 minutes.',
        ],
        ['u', 'yes perfect. with a egg on top like a hat. going to cook now'],
        ['a', 'Enjoy your dinner!'],
        ['u', 'thank you. I think after I eat everything I sleep 10 hours haha'],
      ],
    },
    {
      start: '2024-06-08 19:10',
      lines: [
        [
          'u',
          'hi. I am in Germany now, parking near Munchen, going to Verona. is the long Italy trip again, 11 days. I am very tired of this.',
          'haul3',
        ],
        ['a', 'That sounds exhausting. Are you getting enough rest at the stops?'],
        [
          'u',
          'the parking is full always, I sleep bad. but good thing: 4 weeks no cigarettes! I eat sunflower seeds like a parrot lol',
          'quit2',
        ],
        ['a', 'Four weeks is a big milestone — well done! Your lungs are already recovering.'],
        [
          'u',
          'I use the cooking box every day. yesterday I make rice with chicken and paprika in it. was ok, a little dry',
        ],
        ['a', 'Add a bit more water or some tomato passata next time to keep it moist.'],
        [
          'u',
          'ok. I talk with the boss about local work. he say maybe in July there is place in container transport, port to Belgium and Germany border, home every night. I hope',
        ],
        ['a', 'That would be a big improvement for your family life. Fingers crossed!'],
        [
          'u',
          'yes. also I need write a email to the boss to say I want this job for sure. my english in email is bad, can you help?',
        ],
        [
          'a',
          "Of course. Draft: 'Dear Mr. Van Dijk, thank you for talking with me about the container routes starting in July. I would like to confirm that I am very interested in this position. I have 22 years of driving experience and a clean record. Kind regards, Teodor.'",
        ],
        ['u', 'very good but is 24 years experience, not 22. I start drive in 2000'],
        ['a', "Updated: 'I have 24 years of driving experience and a clean record.'"],
        ['u', 'perfect. I send now. thank you brother'],
        ['a', "You're welcome. Good luck!"],
        [
          'u',
          'Ioana finish her school year with 9.80 average. is very good in Romania. next year is the bacalaureat and then medicine exam',
        ],
        ['a', 'Amazing results! You must be very proud of her.'],
        ['u', 'yes very proud. she is more smart than me and her mother together lol'],
      ],
    },
    {
      start: '2024-07-06 20:45',
      lines: [
        [
          'u',
          'BIG NEWS. I start the new job this week! same company but now I drive containers from Maasvlakte port to Antwerp and Venlo, short trips. every night I sleep in Rotterdam, no more 2 weeks in Italy.',
          'local1',
        ],
        ['a', "Congratulations! That's a big change. How does it feel after the first week?"],
        [
          'u',
          'strange. I finish at 6 in the evening and I dont know what to do with my time lol. 24 years I am always on the road',
        ],
        [
          'a',
          "That's a big adjustment. Maybe it's a good time to cook more at home, walk, or join something in Rotterdam?",
        ],
        [
          'u',
          'yes cooking. now I have time. but the kitchen in the flat in Charlois is still terrible. I look for a studio only for me',
          'room3',
        ],
        ['a', 'A studio would give you your own space. Do you want help looking at prices or areas?'],
        ['u', 'yes, what is a good area not too expensive near Rotterdam, I have car also'],
        [
          'a',
          'Options that are usually cheaper than central Rotterdam: 1) Schiedam, 2) Vlaardingen, 3) Spijkenisse, 4) Rotterdam-Zuid areas like IJsselmonde. Schiedam is close to the port routes.',
        ],
        [
          'u',
          'Schiedam. my colleague Pieter live there, he say is quiet and near the A4 and A20 for the port. I look there',
          'schiedamPick',
        ],
        ['a', 'Good choice for your new routes. Check Pararius and Funda for listings.'],
        [
          'u',
          'Mirela is very happy. she say now maybe she visit me in Rotterdam in autumn, because I am not always away',
        ],
        ['a', 'That would be wonderful! Does she have time off work?'],
        ['u', 'she work in a pharmacy in Suceava, she can take one week in October maybe', 'mirelaJob'],
        ['a', 'That sounds like a great plan. Autumn in the Netherlands can be lovely.'],
        ['u', 'and rainy lol. ok I go make omelette, my speciality now'],
        ['a', 'Enjoy it! An omelette is a classic for a reason.'],
        [
          'u',
          'tomorow I try put cheese inside also. telemea cheese, I find in the Romanian shop in Rotterdam Zuid',
        ],
      ],
    },
    {
      start: '2024-07-27 18:30',
      lines: [
        [
          'u',
          'I move!! I have my own studio in Schiedam now, since Thursday. 28 square meter, small kitchen but only mine. 850 euro a month, is a lot but ok',
          'studio1',
        ],
        ['a', 'Congratulations on your own place! How does it feel?'],
        ['u', 'very quiet. no snoring Bulgarian. no Polish guy eating my soup. I sleep like a baby'],
        ['a', 'That sounds like a huge improvement. Is the kitchen good for cooking?'],
        [
          'u',
          'two electric plate and a small oven. for me is like a restaurant. what I need buy for kitchen? I have only one pan and one pot still lol',
        ],
        [
          'a',
          "Basics: a chef's knife, a cutting board, a wooden spoon, a spatula, a baking tray, a colander, a medium saucepan, and a few containers for leftovers.",
        ],
        ['u', 'ok I go to Action tomorow, everything is cheap there'],
        [
          'a',
          'Action is great for basics. Maybe invest a bit more in a good knife — it makes cooking easier and safer.',
        ],
        ['u', 'now I want make sarmale. is the most Romanian food. is very hard?'],
        [
          'a',
          "Sarmale take time but aren't hard: minced pork with rice, onion and spices rolled in pickled cabbage leaves, layered in a pot with smoked meat and tomato, cooked slowly for about 3 hours.",
        ],
        ['u', 'pickled cabbage I dont find here i think. maybe in the Polish shop?'],
        [
          'a',
          'Yes — Polish shops often sell whole pickled cabbage (kiszona kapusta) or you can use vine leaves instead.',
        ],
        [
          'u',
          'ok I try next weekend. the container job is good also, the traffic in Antwerp is terrible but I am home every evening',
          'local2',
        ],
        ['a', "That's what matters. Traffic is a small price for being home."],
        [
          'u',
          'yes. Andrei say he want come visit me in summer vacation next year, he want see Feyenoord stadium',
        ],
        ['a', "That would be great — he'll love De Kuip."],
        ['u', 'yes and he want eat the Dutch fries with mayonaise. he see on youtube lol'],
      ],
    },
    {
      start: '2024-08-24 17:50',
      lines: [
        [
          'u',
          'hello. I make the sarmale!! 3 hours, all the studio smell like Christmas. they are not beautiful but the taste is like my mother',
        ],
        ['a', "That's fantastic! Sarmale is a real achievement. How many did you make?"],
        [
          'u',
          "40. I give 10 to Pieter, he is Dutch and he say 'lekker'. I freeze the rest for dinner after work",
        ],
        ['a', 'Freezing is smart — they reheat well.'],
        [
          'u',
          'also, 3 months now without smoking. sometimes I still want, then I take the nicotine gum, the doctor here give me. much better',
          'quit3',
        ],
        ['a', 'Three months is excellent! Your risk of many problems is already going down.'],
        ['u', 'I have more money also. one pack is 10 euro here. 30 day is 300 euro. crazy'],
        ['a', "That's a big saving! You could put it towards your daughter's university."],
        ['u', 'yes exactly this I do. every month I put 300 euro in the account for Ioana'],
        ['a', "That's a wonderful way to use the money."],
        [
          'u',
          'question. my legs hurt after a day in the truck. now I drive Maasvlakte to Venlo and back twice in the day, many hours sitting. what exercise?',
          'local3',
        ],
        [
          'a',
          'Try calf raises, ankle circles and walking during breaks. In the evening, a 20–30 minute walk and some hamstring stretches help a lot.',
        ],
        ['u', 'there is a park near my studio in Schiedam, near the windmills. I can walk there', 'studio2'],
        ['a', "Perfect — Schiedam's windmills make a great walking route."],
        ['u', 'yes. ok I walk now. thank you'],
        ['a', 'Enjoy the walk!'],
        [
          'u',
          'I walk there already two times last week, the windmills are very big, more big than I think. I take a photo for Andrei, he like it',
        ],
      ],
    },
    {
      start: '2024-09-21 12:30',
      lines: [
        [
          'u',
          'Mirela come to visit in October! 12 to 19 October. I am so happy. what we can do in Rotterdam and around?',
        ],
        [
          'a',
          'Wonderful! Ideas: Markthal and the Cube Houses in Rotterdam, a boat tour of the port (Spido), Kinderdijk windmills, a day in Delft, and The Hague or Scheveningen beach.',
        ],
        ['u', 'she like flowers very much, is possible to see tulip in October?'],
        [
          'a',
          'Tulips bloom in spring, so not in October. But you could visit the Westland greenhouses, Keukenhof is closed, or take her to the flower market in Amsterdam (Bloemenmarkt).',
        ],
        [
          'u',
          'ok Amsterdam flower market and Kinderdijk. and the boat in the port, I show her where I work lol',
        ],
        ['a', "That's a lovely mix — and she'll see your daily life."],
        [
          'u',
          'I need cook for her something good. she is the good cook in family, I am scared. what I make?',
        ],
        [
          'a',
          'Options: 1) your sarmale — shows off your new skills; 2) a Dutch stamppot with smoked sausage — something new for her; 3) oven-baked chicken with potatoes and garlic — simple and reliable.',
        ],
        [
          'u',
          'the second. stamppot. she make sarmale better than me, I dont want competition haha. a Dutch food is new for her',
          'stamppotPick',
        ],
        [
          'a',
          'Smart! Boil potatoes with kale (boerenkool), mash with butter and a little milk, and serve with a hot rookworst. Add gravy if you like.',
        ],
        ['u', 'rookworst I buy at Hema, is famous. ok'],
        ['a', 'Exactly right. Simple and very Dutch.'],
        [
          'u',
          'also my phone is broken, screen is black. I buy new one, Samsung A55, 400 euro. the Lebara sim I put inside, works good',
          'phone',
        ],
        ['a', 'The A55 is a good mid-range phone. Make sure your photos and contacts are backed up.'],
        ['u', 'yes I lose some photos of Bobita and Andrei. sad. but Ioana send me again'],
        ['a', 'Sorry about the lost photos, but lucky Ioana had copies.'],
        ['u', 'yes the children are more organized than me with the phone, always'],
      ],
    },
    {
      start: '2024-10-26 19:00',
      lines: [
        [
          'u',
          "Mirela go home yesterday. was the best week of this year. she love the studio, she say 'is small but clean, I am surprise' lol",
          'studio3',
        ],
        ['a', "That's wonderful to hear! What did she enjoy most?"],
        [
          'u',
          'Kinderdijk and the flower market. and she like the stamppot! she ask me the recipe. me, giving recipe to Mirela, incredible',
        ],
        ['a', "That's a real cooking milestone!"],
        ['u', 'also she see I dont smoke. she look in all my pocket lol. nothing. only gum', 'quit4'],
        ['a', 'She must be very proud. How long has it been now?'],
        [
          'u',
          '5 months and half. I feel more good when I climb in the cabin, I dont breathe like old man anymore',
        ],
        ['a', "That's a great sign your lungs are healing."],
        [
          'u',
          'now I think for Christmas. I want drive home with my car, Rotterdam to Suceava, 2300 km. is crazy or ok?',
        ],
        [
          'a',
          "It's a long drive — about 24 hours of driving. Split it over two or three days, for example a stop in Germany and one in Hungary, and avoid driving tired.",
        ],
        ['u', 'I am professional driver lol but ok, I stop in Vienna and Budapest maybe'],
        [
          'a',
          "Good plan. Check winter tyres too — they're required in some countries like Austria in winter conditions.",
        ],
        ['u', 'yes good point. my car is old Skoda Octavia, I check the tyres next week'],
        ['a', 'Octavias are reliable. A quick service before the trip would be wise.'],
        [
          'u',
          'ok. the boss say I can take 2 weeks in December because on the container routes is more easy to change drivers. long trips this was not possible',
          'local4',
        ],
        ['a', 'Drive safe when the time comes!'],
        [
          'u',
          'thank you. also what is best to take in the car for long winter drive? blanket, water, what more?',
        ],
      ],
    },
    {
      start: '2024-11-16 16:20',
      lines: [
        [
          'u',
          "hello. today I cook ciorba de perisoare! the meatball soup. I am now 'more good cook' like I say before lol",
        ],
        ['a', "That's great progress! How did it turn out?"],
        [
          'u',
          'very good. the meatballs are a little big, like tennis ball. but taste good. I put leustean, the dry one from Turkish shop',
        ],
        [
          'a',
          "Sounds delicious. Smaller meatballs cook more evenly, but big ones are fine if they're cooked through.",
        ],
        [
          'u',
          'next week I buy gifts for Christmas. Ioana want a stethoscope, for the future doctor. is strange gift or ok?',
        ],
        [
          'a',
          "It's a meaningful gift for a future doctor! Littmann Classic III is popular with medical students, around €90–110.",
        ],
        ['u', 'ok Littmann. and Andrei want goalkeeper gloves. what is good brand?'],
        [
          'a',
          'Reusch, Uhlsport and adidas Predator are all good. For a 12-year-old, a mid-range pair around €30–50 is fine.',
        ],
        ['u', 'Reusch, I know it. ok'],
        ['a', 'Good choice. Anything for Mirela?'],
        [
          'u',
          'Mirela I think a cooking book in Dutch, for joke. and real gift is a weekend in Brasov for us two',
        ],
        ['a', 'A weekend in Brașov sounds romantic, especially at Christmas time.'],
        [
          'u',
          'yes. ok I must go, the washing machine in the studio finish, I hang the clothes. this is my life now, a domestic man lol',
          'studio4',
        ],
        ['a', 'A good life! Talk soon.'],
        ['u', 'pa pa. thank you for everything this year, you help me a lot'],
        ['a', "You're very welcome! It's been great to see your progress."],
        ['u', 'also happy holidays for you, if a computer have holidays lol. Craciun fericit!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which SIM card provider did I go with for calling home?', ['simPick', 'phone']],
    ['single-hop', 'What did I get so I could heat food in the truck cab?', ['cookbox']],
    ['single-hop', 'Which soup did I decide to learn first?', ['soupPick']],
    ['single-hop', 'What does my wife do for a living?', ['mirelaJob']],
    ['single-hop', 'What dish did I choose to cook when my wife came to visit?', ['stamppotPick']],
    ['multi-hop', 'What are the names of my two kids?', ['ioana', 'andrei']],
    [
      'multi-hop',
      'How much did I spend in total on the Easter flight and the perfume for my wife?',
      ['flightPrice', 'giftPrice'],
    ],
    ['temporal', 'How long ago did I give up cigarettes?', ['quit1'], { askedAt: '2024-12-01 10:00' }],
    [
      'temporal',
      'Which came first, switching to the short container runs or getting my own place?',
      ['local1', 'studio1'],
      { askedAt: '2024-12-01 10:05' },
    ],
    [
      'updated',
      'What kind of routes do I drive these days?',
      ['local1', 'local2', 'local3', 'local4'],
      { stale: ['haul1', 'haul1b', 'haul2', 'haul4', 'haul3'] },
    ],
    [
      'updated',
      'Where am I living in Holland now?',
      ['studio1', 'studio2', 'studio3', 'studio4'],
      { stale: ['room1', 'room2', 'room3'] },
    ],
    [
      'updated',
      'Am I still a smoker?',
      ['quit1', 'quit1b', 'quit2', 'quit3', 'quit4'],
      { stale: ['smoke1', 'smoke2', 'smoke3'] },
    ],
    ['off-topic', 'What is the tallest mountain in Africa?', []],
    ['off-topic', 'How do I change the language setting in Microsoft Word?', []],
    ['off-topic', 'What year did the Berlin Wall fall?', []],
  ],
});

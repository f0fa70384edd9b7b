import { definePersona } from '../author.ts';

export const joaquin = definePersona({
  user_id: 'h12-joaquin',
  name: 'Joaquin',
  summary:
    'Joaquin, 39, runs a Mexican taco truck in Los Angeles, married with three kids and crazy about soccer; he types like he is sending voice notes, long run-on messages with Spanish mixed in.',
  language: 'en',
  sessions: [
    {
      start: '2024-02-10 09:15',
      lines: [
        [
          'u',
          "ok so my cousin Rudy says you can help with writing stuff so here goes, I got a taco truck in LA called El Güero Loco and the instagram bio is from like 2019 and it's embarrassing lol",
          'truck_name',
        ],
        ['a', 'Happy to help! What do you serve, and where can people find the truck?'],
        [
          'u',
          'mostly al pastor, suadero, quesadillas, birria on the weekends, and right now we park every night on Whittier Blvd in East LA in the lot by the tire shop, like 5pm til midnight more or less',
          'spot_whittier',
        ],
        [
          'a',
          'Here are three drafts: 1) "Al pastor til midnight on Whittier" 2) "East LA tacos, hecho con amor 🌶️" 3) "Birria weekends, tacos every night".',
        ],
        [
          'u',
          "the second one is good but take out the little pepper emoji, my wife Marisol says it looks cheap and honestly she's the boss of the brand haha",
          'wife_name',
        ],
        ['a', 'Done: "East LA tacos, hecho con amor. Whittier Blvd, 5pm–midnight."'],
        [
          'u',
          'perfect perfect. man im tired tho, been up since 4 doing prep at the commissary in Vernon, every single day same thing, onions onions onions',
          'commissary',
        ],
        ['a', 'That is a long day. Do you get any rest between prep and service?'],
        [
          'u',
          "like a nap sometimes if the kids let me, 39 years old and running on Coca-Cola and cafe de olla basically, a coke every couple hours on the truck or I'm dead",
          'soda_old',
        ],
        ['a', 'That is a lot of sugar and caffeine. Maybe keep some water on the truck too?'],
        ['u', 'yeah yeah Marisol says the same thing, anyway'],
        ['a', 'Anything else for the Instagram?'],
        [
          'u',
          "nah that's it for now, gracias, I gotta go get the kids from school, Mateo's 12, Sofi's 9 and Diego's 5 so pickup is like a whole operation with three different doors",
          'kids_ages',
        ],
        ['a', 'Good luck with the pickup marathon!'],
        ['u', 'lol thanks'],
        ['a', 'Anytime. Want help with a menu board too?'],
        [
          'u',
          'maybe later, the menu board is chalk right now and Mateo writes it cause his letters are nicer than mine lol',
        ],
        ['a', 'Handwritten chalk boards have charm.'],
        [
          'u',
          'yeah people take pictures of it, ok one last thing how do you say in english when the salsa is like too watery, runny?',
        ],
        ['a', '"Runny" works, or "thin". For a thicker salsa, simmer it a bit or add a roasted tomato.'],
        ['u', 'runny, ok got it, bye for real now'],
      ],
    },
    {
      start: '2024-02-24 13:40',
      lines: [
        [
          'u',
          'hey quick one, I need to scale my carne asada marinade from 10 pounds to 35 pounds for a big Saturday, I do orange juice, lime, garlic, a little soy, cumin, chile guajillo blended',
          'marinade',
        ],
        [
          'a',
          'Multiply everything by 3.5. If you give me the amounts for 10 lb I can write the exact 35 lb version.',
        ],
        [
          'u',
          "ok for 10 pounds it's 2 cups orange juice, half cup lime, 8 garlic cloves, quarter cup soy, 1 tablespoon cumin and 4 guajillos",
        ],
        [
          'a',
          'For 35 lb: 7 cups orange juice, 1¾ cups lime, 28 garlic cloves, ⅞ cup soy, 3½ tbsp cumin, 14 guajillos.',
        ],
        ['u', "beautiful, that's going in my notebook, the one with grease all over it haha"],
        ['a', 'A classic chef notebook.'],
        [
          'u',
          "tomorrow I got my game too, Sunday league, I play goalie for Los Compas at Salazar Park, we're like 4th place but we got heart you know",
          'goalie',
        ],
        ['a', 'Goalkeeper! Good luck tomorrow. Anything you do to warm up?'],
        [
          'u',
          "honestly just stretch a little and yell at my defenders lol, my knees are not 25 anymore that's for sure",
        ],
        ['a', 'Some dynamic warm-ups could help protect the knees.'],
        [
          'u',
          "and I gotta take the Odyssey to the mechanic monday, our 2011 Honda minivan, it's making this clunk noise when I shift into drive, Marisol thinks it's the transmission and I'm praying it's not",
          'car_odyssey',
        ],
        ['a', 'A clunk when shifting can be motor mounts too, which is cheaper. Fingers crossed.'],
        ['u', 'from your mouth to God ears bro'],
        ['a', 'Anything else before the big Saturday?'],
        [
          'u',
          "what's a good side that's cheap and goes with carne asada for a big crowd, besides rice and beans",
        ],
        ['a', 'Grilled cebollitas, nopales salad, or elote cups are cheap and popular.'],
        [
          'u',
          'elote cups, I can do those in the big pot, Sofi can put the mayo and chile lol she loves that job',
        ],
        ['a', 'Great helper. Good luck Saturday!'],
        ['u', 'gracias, I need it'],
      ],
    },
    {
      start: '2024-03-16 22:50',
      lines: [
        [
          'u',
          "GUESS WHAT the health inspector came by tonight on Whittier and we got the A, 96 points, first time ever above 95, I'm so hyped I'm still on the truck",
          'a_grade',
        ],
        ['a', 'Congratulations! 96 is excellent. You should post it.'],
        [
          'u',
          'yes help me with a post but also I wanna launch a shrimp taco special, like gobernador style with cheese and poblano, what should I call it',
        ],
        ['a', 'Some names: 1) El Gobernador Loco 2) Taco Playa 3) The Shrimp Boss 4) El Camarón Feliz.'],
        [
          'u',
          'El Camarón Feliz for sure, the kids are gonna love saying it and Diego already draws a little shrimp on everything',
          'pick_special',
        ],
        ['a', 'Great pick. Want a launch caption for it too?'],
        ['u', 'yes something short, it starts next Friday, $4.50 each or 3 for $12'],
        [
          'a',
          '"Meet El Camarón Feliz 🦐 gobernador-style shrimp tacos, starting Friday. $4.50 or 3 for $12. Plus we just got our A!"',
        ],
        [
          'u',
          'love it. btw the Odyssey was the motor mounts like you said lol, $640, not great but better than a transmission',
          'car_odyssey2',
        ],
        ['a', 'Glad it was the cheaper fix!'],
        [
          'u',
          "and I'm on my third coke of the night so I'm wide awake haha, gonna clean the plancha and go home",
          'soda_again',
        ],
        ['a', 'Drive safe when you head home.'],
        ['u', 'oh and what time do you think I should post, night people or morning people?'],
        ['a', 'For a dinner truck, around 3–4pm works well, when people are planning dinner.'],
        ['u', 'ok 3pm friday it is, thanks boss'],
        ['a', 'Good luck with the launch!'],
      ],
    },
    {
      start: '2024-04-06 11:05',
      lines: [
        [
          'u',
          "man I messed up my knee yesterday at the game, went down for a low ball and the guy fell right on my leg, heard like a pop, it's swollen like a tamal today",
          'knee_injury',
        ],
        ['a', 'A pop and swelling need a doctor to check it, possibly an MRI. Please do not play on it.'],
        [
          'u',
          "yeah Marisol already made me an appointment at the clinic tuesday, I can't even stand right on the truck, my nephew Tony is covering the plancha tonight",
        ],
        ['a', 'Good that someone can cover. Ice, rest, compression and elevation until then.'],
        [
          'u',
          'can you write me a little message for my team group chat that I am out for a while, in spanglish cause thats how we talk',
        ],
        [
          'a',
          '"Compas, bad news, me chingué la rodilla. Out for a few weeks mínimo. Alguien que cubra la portería, y no dejen entrar goles, eh."',
        ],
        ['u', "jajaja perfect, that's exactly how I talk"],
        ['a', 'Glad it sounds like you. How is the business otherwise?'],
        [
          'u',
          'busy, the Camarón Feliz is killing it, we sold out two fridays in a row, I might make it permanent',
        ],
        ['a', 'That is a great sign. Making it permanent makes sense if you can keep shrimp costs steady.'],
        [
          'u',
          'yeah shrimp went up again at the restaurant depot tho, like $1.20 more a pound since january, ugh',
        ],
        ['a', 'You could nudge the price to $4.75 or buy in bigger frozen lots.'],
        ['u', "I'll think about it, gotta go put ice on this thing"],
        ['a', 'Take care of that knee.'],
        ['u', 'one more thing, what do I eat to help it heal, Marisol is already making caldo de hueso lol'],
        ['a', 'Bone broth is fine; protein, vegetables, and omega-3s like fish help. Mostly rest and PT.'],
        ['u', 'caldo and rest, I can do that'],
      ],
    },
    {
      start: '2024-04-27 15:30',
      lines: [
        [
          'u',
          "ok so big news, my cousin's friend is getting married in Pico Rivera on May 18 and they want us to do the taquiza for 150 people, I need to send them a quote email that looks professional",
          'wedding_ask',
        ],
        ['a', 'Congrats! What is your per-person price and what is included?'],
        [
          'u',
          'I was thinking $18 a head, three meats, rice, beans, salsas, tortillas made there on the comal, 3 hours service, plus $150 travel',
        ],
        [
          'a',
          'Here is a draft: "Dear Karla and Jesse, thank you for thinking of El Güero Loco for your wedding… Total for 150 guests: $2,850 including travel."',
        ],
        ['u', 'looks great, send me one more line about a deposit, like 30 percent to hold the date'],
        ['a', 'Added: "A 30% deposit ($855) secures your date; the balance is due on the day of the event."'],
        [
          'u',
          'perfect. also bad news, the generator on the truck died on wednesday in the middle of the rush, we lost like two hours of sales, the guy quoted me $2,300 for a new Honda inverter one installed',
          'gen_price',
        ],
        [
          'a',
          'Ouch. An inverter generator is quieter and more fuel-efficient, so it may pay back over time.',
        ],
        ['u', "yeah that's what he said, I'm gonna do it before the wedding for sure, can't risk it"],
        ['a', 'Smart to have it done before a big event.'],
        [
          'u',
          'knee update, MRI says partial tear of the meniscus, no surgery for now but physical therapy 2 times a week and no soccer for months, doctor was very clear lol',
          'knee_mri',
        ],
        ['a', 'Sorry to hear. PT usually helps a lot with partial tears. Be patient with it.'],
        ['u', 'patience is not my thing but ok'],
        ['a', 'Small steps. How are the kids?'],
        [
          'u',
          'good, Diego lost his first tooth and the tooth fairy gave him $5 which Mateo says is inflation lol, he only got a dollar',
        ],
        ['a', 'Ha! Mateo has a point.'],
        ['u', 'that kid is gonna be an accountant I swear'],
      ],
    },
    {
      start: '2024-05-20 10:20',
      lines: [
        [
          'u',
          "the wedding in Pico Rivera was saturday and bro it was amazing, they ate everything, the bride's grandma came to the comal to tell me the tortillas were like her town's, I almost cried",
          'wedding_done',
        ],
        ['a', 'That is the best review a taquero can get! Did you get photos?'],
        [
          'u',
          'yes Sofi took a bunch, she was helping Marisol with the aguas frescas, 9 years old and already bossing the cousins around lol',
        ],
        ['a', 'A future manager. Want help with a post thanking the couple?'],
        [
          'u',
          "later, first I need to talk about something else, I got blood work back and the doctor says I'm prediabetic, A1C 6.1, and she basically said the cokes have to go",
          'prediabetic',
        ],
        [
          'a',
          'That is a common wake-up call and very reversible. Cutting sugary drinks is one of the biggest changes you can make.',
        ],
        [
          'u',
          "so I already switched, no more Coca-Cola, I'm drinking Topo Chico now on the truck, I got a whole case under the counter, it's not the same but the bubbles help",
          'drink_topo',
        ],
        ['a', 'Good swap. Sparkling water gives the fizz without the sugar.'],
        [
          'u',
          'also I wanna do the truck wrap finally, new design with the Camarón Feliz on the side, the shop in Montebello quoted $3,800 for the full wrap',
          'wrap_price',
        ],
        ['a', 'A wrap is a strong marketing investment. Did they include design in that price?'],
        ['u', "yes design included, they need like 4 days with the truck so I gotta pick days we're closed"],
        ['a', 'Maybe Monday to Thursday if those are slower.'],
        ['u', 'yeah probably, ok now the thank you post pls, short and sweet'],
        [
          'a',
          '"Gracias Karla & Jesse for letting us be part of your big day! 150 happy guests, handmade tortillas and a lot of love. ¡Felicidades!"',
        ],
        [
          'u',
          'how do I deal with the sugar cravings at night tho, like after service I want pan dulce so bad',
        ],
        [
          'a',
          'Have a protein snack before closing, keep fruit at home, and brush your teeth right when you get in. Cravings fade after a few weeks.',
        ],
        ['u', "brush teeth trick, ok I'll try, thanks doc lol"],
        ['a', 'Good luck!'],
      ],
    },
    {
      start: '2024-06-15 20:10',
      lines: [
        [
          'u',
          "hey so Father's Day is tomorrow and the kids are planning something secret, I heard Diego telling Sofi don't tell papi about the cake lol, he's terrible at secrets",
        ],
        ['a', 'That is adorable. Any idea what cake?'],
        [
          'u',
          'no idea but it better not have peanuts, Diego is allergic to peanuts, we found out last year at a party and it was scary, we carry the EpiPen everywhere now',
          'diego_allergy',
        ],
        ['a', 'That sounds frightening. Good that you carry the EpiPen.'],
        [
          'u',
          'yeah, so also we wanna do a trip in July, the truck closes 10 days, we got like $3k, give me some ideas',
        ],
        [
          'a',
          'Options: 1) Road trip to Ensenada and Valle de Guadalupe 2) Fly to Guadalajara and visit family 3) San Diego with the zoo and beaches.',
        ],
        [
          'u',
          "the second one, Guadalajara, my mom lives in Tlaquepaque and she keeps saying the kids are gonna forget her face, so that's decided",
          'pick_trip',
        ],
        [
          'a',
          'Great choice. Flights from LAX to GDL are about 3.5 hours. Want tips for flying with three kids?',
        ],
        ['u', 'yes please, last time Diego threw up on the plane lol'],
        [
          'a',
          'Window seat, light snacks, ginger chews, and a change of clothes in the carry-on for everyone.',
        ],
        ['u', 'good idea. still no coke by the way, four weeks, my A1C better be going down'],
        ['a', 'Four weeks is great progress.'],
        ['u', 'and the wrap is done, the truck looks sick, the shrimp on the side has sunglasses lol'],
        ['a', 'Sounds fun and memorable!'],
        [
          'u',
          "what do I pack for my mom, she always says don't bring anything but then she gets sad if I don't lol",
        ],
        ['a', "See's Candies, a nice photo book of the kids, or something from LA she can show her friends."],
        ['u', "photo book of the kids, she's gonna show every neighbor in Tlaquepaque"],
        ['a', 'She will love it.'],
      ],
    },
    {
      start: '2024-07-29 09:45',
      lines: [
        [
          'u',
          "we're back from Guadalajara, the kids ate so much birria de chivo at my mom's, Mateo wants to move there now lol",
        ],
        ['a', 'Welcome back! Sounds like a great trip.'],
        [
          'u',
          'it was, but when we got back the Odyssey died for real, transmission this time, the mechanic said $4,500 and the thing is worth like $3k, so forget it',
        ],
        ['a', 'That is a tough one. Replacing might make more sense at that point.'],
        [
          'u',
          'yeah so we already did it, bought a used 2021 Kia Carnival on saturday from a dealer in Downey, gray, it has the sliding doors and the kids are fighting over the back row already',
          'car_kia',
        ],
        ['a', 'Congrats on the new ride! The Carnival has lots of room.'],
        [
          'u',
          "also since I can't play with the knee I said yes to coaching, I'm now the coach of my oldest's team, the U13 Eagles, practice tuesdays and thursdays at 6",
          'coach_team',
        ],
        ['a', 'That is a great way to stay in the game. How do you feel about coaching?'],
        [
          'u',
          'nervous honestly, these kids are fast and they talk back lol, give me a simple warm up I can do with them',
        ],
        ['a', '10 minutes: light jog, high knees, butt kicks, side shuffles, then rondo 5v2 for passing.'],
        [
          'u',
          "rondo, yes they love that. ok one more thing, the guy who owns the Whittier lot says he's selling the property end of summer, so I might need a new spot",
          'spot_whittier2',
        ],
        ['a', 'Worth starting to look now. Breweries and bars often like hosting food trucks.'],
        ['u', "yeah my buddy told me the same, I'll check some"],
        ['a', 'Good luck with the search.'],
        [
          'u',
          "also any tips for how to talk to the parents on the team, some of them yell from the sideline like it's the World Cup lol",
        ],
        [
          'a',
          'Hold a short parents meeting: cheer effort, let the coach coach, no yelling at refs. Put it in the group chat too.',
        ],
        ['u', 'parents meeting, good idea, I will do it thursday'],
      ],
    },
    {
      start: '2024-08-24 16:00',
      lines: [
        [
          'u',
          "ok update, we moved the truck, now we're on Figueroa in Highland Park outside Cervecería Sol, wednesday to sunday 5 to 11, the brewery guys love us, last night we did like 300 tacos",
          'spot_fig',
        ],
        ['a', 'That sounds like a great fit. Brewery crowds are hungry!'],
        [
          'u',
          "yes but it's a different crowd, more hipster, they want vegan options, what can I do that's not sad",
        ],
        [
          'a',
          'Ideas: 1) Mushroom al pastor 2) Jackfruit carnitas 3) Potato and rajas with crema on the side.',
        ],
        [
          'u',
          "the mushroom al pastor, I can do it on the trompo even, oyster mushrooms, that's gonna look cool",
          'pick_vegan',
        ],
        ['a', 'Oyster mushrooms crisp up nicely on a trompo. Marinate them in the same adobo.'],
        [
          'u',
          "and the generator is working perfect, the new one is so quiet the brewery didn't complain once",
        ],
        ['a', 'Great, that was a good investment.'],
        [
          'u',
          'the Eagles won their first game 3-1 btw, Mateo scored one, I almost cried again, I cry a lot this year lol',
        ],
        ['a', 'Congratulations coach! That is a big moment.'],
        [
          'u',
          'knee is better too, PT lady says maybe walking soccer in the spring but no goalie diving for a year',
        ],
        ['a', 'Progress! Walking soccer is a fun way back.'],
        ['u', 'yeah we will see'],
        ['a', 'Keep me posted.'],
        [
          'u',
          "oh and Mateo starts 7th grade next week, middle school, he's taller than Marisol now, how did that happen",
        ],
        ['a', 'They grow fast at that age! Any first-day plans?'],
        ['u', 'chilaquiles breakfast, family tradition, first day of school always chilaquiles'],
        ['a', 'Love that tradition.'],
        ['u', 'the kids too, they ask for it every year'],
      ],
    },
    {
      start: '2024-09-21 12:30',
      lines: [
        [
          'u',
          'bro I need to get my taxes and books organized, last year I did everything in a shoebox and it was a nightmare, what are my options',
        ],
        [
          'a',
          'Options: A) A local CPA, about $1,200–2,000 a year B) QuickBooks plus a monthly bookkeeper service around $200/month C) Do it yourself with TurboTax Self-Employed.',
        ],
        [
          'u',
          "option B, the bookkeeper thing, Marisol can upload the receipts and they do the rest, the CPA is too much money and I'm not doing turbotax myself no way",
          'pick_books',
        ],
        ['a', 'Good balance of cost and help. Want a list of what to gather for them?'],
        ['u', 'yes please'],
        [
          'a',
          'Bank and card statements, commissary invoices, fuel receipts, permit fees, payroll for helpers, equipment purchases like the generator.',
        ],
        [
          'u',
          "ok I'll send that to Marisol. also Sofi started folklórico classes at the community center, saturdays, she wants the jalisco dress with the ribbons, those things are like $200",
          'sofi_folk',
        ],
        ['a', 'Folklórico is beautiful. Maybe a used dress from older dancers?'],
        ['u', "good idea, I'll ask the teacher"],
        ['a', 'Sounds good.'],
        [
          'u',
          "Marisol's birthday is next week too, 37, I wanna do something nice but not expensive, she likes plants and that show with the baking",
        ],
        [
          'a',
          'Ideas: a plant workshop, a cooking class for two, or a day at the Huntington gardens with a picnic.',
        ],
        ['u', "the Huntington picnic, she's gonna love it, I'll make tortas", 'pick_bday'],
        ['a', 'Lovely plan.'],
        [
          'u',
          "oh and the new vegan customers keep asking if the tortillas have lard, they don't, can you write a little sign",
        ],
        ['a', '"Our tortillas are 100% corn, no lard. Mushroom al pastor is fully vegan."'],
        ['u', 'perfect, printing it tomorrow'],
        ['a', 'Great.'],
      ],
    },
    {
      start: '2024-10-19 23:40',
      lines: [
        [
          'u',
          "long night, Día de Muertos menu is coming, I'm thinking pan de muerto from my compadre's bakery and champurrado on the truck from oct 30 to nov 2",
        ],
        ['a', 'That sounds perfect for the season. Champurrado is great on cold nights.'],
        [
          'u',
          "yeah but I can't drink it lol, sugar. btw I stopped the Topo Chico, it was making me bloated all night, now I make a big jug of agua de jamaica without sugar every morning and sip that all shift",
          'drink_jamaica',
        ],
        ['a', 'Unsweetened hibiscus is a nice choice and good for blood pressure too.'],
        ['u', "the doctor said my A1C went to 5.8 so it's working, she was happy with me"],
        ['a', 'That is a real improvement. Well done!'],
        ['u', 'can you give me a simple recipe for champurrado for like 3 gallons'],
        [
          'a',
          '3 gallons: 2½ gallons milk + ½ gallon water, 3 cups masa harina, 4 discs Mexican chocolate, 2 piloncillo cones, 4 cinnamon sticks. Whisk masa into water first.',
        ],
        [
          'u',
          "gracias. the mushroom al pastor is selling like 40 a night, the hipsters love it, I'm shocked lol",
        ],
        ['a', 'Nice, that is a solid number.'],
        ['u', 'ok going to sleep, the Eagles have a game at 9am and I gotta be there with the cones'],
        ['a', 'Good luck at the game!'],
        ['u', "what's a good halftime talk when they're losing 2-0, last week they just gave up"],
        [
          'a',
          'Stay calm, praise one thing they did well, give one simple fix, and set a small goal like winning the next 10 minutes.',
        ],
        ['u', 'win the next 10 minutes, I like that, I will steal it'],
      ],
    },
    {
      start: '2024-11-16 14:15',
      lines: [
        [
          'u',
          'hey so Thanksgiving, a tech company in Pasadena wants us to cater their lunch for 80 people, they asked for turkey tacos lol, how do I make turkey not boring',
        ],
        ['a', 'Try turkey in mole poblano, or achiote-rubbed turkey thighs, shredded, with pickled onions.'],
        ['u', "mole turkey tacos!! my mom's recipe, perfect"],
        ['a', 'Sounds festive. Want a quote email like the wedding one?'],
        ['u', "yes same style, $20 a head this time, 80 people, no travel fee cause it's close"],
        [
          'a',
          'Draft: "Thank you for choosing El Güero Loco… 80 guests at $20 = $1,600. 30% deposit to confirm."',
        ],
        [
          'u',
          "perfect. and I'm thinking for 2025 maybe a second truck, Tony my nephew could run it, he's 24 and he's good on the plancha, but I'm scared of the money",
        ],
        ['a', 'A second truck is a big step. A business plan with realistic numbers would help decide.'],
        ['u', "yeah let's do that in january, after the holidays, when the bookkeeper has the real numbers"],
        ['a', 'Sounds wise.'],
        [
          'u',
          'the Carnival already has 6,000 miles on it lol, we drive everywhere, practice, folklórico, the commissary',
        ],
        ['a', 'Busy family!'],
        ['u', 'always. ok gracias, talk later'],
        ['a', 'Talk soon!'],
        ['u', 'wait last thing, how do I keep the mole from getting too thick when I reheat it on the truck'],
        ['a', 'Add warm chicken or turkey stock a splash at a time and stir on low heat.'],
        ['u', 'stock, ok, gracias again'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Where do I go every morning to do the food prep?', ['commissary']],
    ['single-hop', 'Which food does my youngest have to stay away from?', ['diego_allergy']],
    ['single-hop', 'What did I decide to name the shrimp taco special?', ['pick_special']],
    ['single-hop', 'Which summer trip option did we end up going with?', ['pick_trip']],
    ['single-hop', 'How did I decide to handle my bookkeeping and taxes?', ['pick_books']],
    [
      'multi-hop',
      'How much money altogether did the new generator and the truck wrap cost me?',
      ['gen_price', 'wrap_price'],
    ],
    ['multi-hop', 'What is the name of the kid whose soccer team I coach?', ['coach_team', 'kids_ages']],
    [
      'temporal',
      'How long ago did I get hurt playing soccer?',
      ['knee_injury'],
      { askedAt: '2024-12-02 10:00' },
    ],
    [
      'temporal',
      'Which happened first, the health inspection score or the wedding taquiza in Pico Rivera?',
      ['a_grade', 'wedding_done'],
      { askedAt: '2024-12-02 10:05' },
    ],
    [
      'updated',
      'Where is the truck parked these days?',
      ['spot_fig'],
      { stale: ['spot_whittier', 'a_grade', 'spot_whittier2'] },
    ],
    [
      'updated',
      'What am I drinking during my shifts now?',
      ['drink_jamaica'],
      { stale: ['soda_old', 'soda_again', 'drink_topo'] },
    ],
    [
      'updated',
      'What vehicle does the family get around in at the moment?',
      ['car_kia'],
      { stale: ['car_odyssey', 'car_odyssey2'] },
    ],
    ['off-topic', 'How do I get a red wine stain out of a carpet?', []],
    ['off-topic', 'Who painted Girl with a Pearl Earring?', []],
    ['off-topic', 'How many bones are in the human hand?', []],
  ],
});

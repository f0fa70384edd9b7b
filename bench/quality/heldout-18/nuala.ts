import { definePersona } from '../author.ts';

export const nuala = definePersona({
  user_id: 'h18-nuala',
  name: 'Nuala',
  summary:
    'Nuala is a 39-year-old radio producer in Galway, a year-round sea swimmer and single mum of an eight-year-old boy, Oisín. She writes chatty, funny, rambling messages full of Irish slang.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-11 08:30',
      lines: [
        [
          'u',
          "Morning!! Just out of the sea at Blackrock, the diving tower in Salthill, 9 degrees and I am ALIVE. Do this every morning at 7 before work, it's the only thing keeping me sane",
          'swim-spot',
        ],
        ['a', 'Morning Nuala! 9 degrees is brave. How long do you stay in?'],
        [
          'u',
          'about 10 mins in March, then I stand there shaking like a wet chihuahua trying to get my bra on under a towel. very glamorous',
        ],
        ['a', "The classic sea swimmer's struggle! What can I help with today?"],
        [
          'u',
          'right so. I produce The Morning Tide on Atlantic FM, the mid-morning talk show with Declan, and I need a guest brief for him for Thursday',
          'show-1',
        ],
        ['a', 'Sure. Who is the guest and what is the topic?'],
        [
          'u',
          "a local beekeeper who's giving out about pesticides. lovely woman, talks for Ireland, so Declan needs to be able to get a word in",
        ],
        [
          'a',
          "Brief: Guest — Máire Ní Fhlatharta, beekeeper, Moycullen. Topic: pesticide use and bee decline in Connacht. Key questions: 1) What has changed in your hives in 10 years? 2) What should gardeners stop using? 3) What's one thing listeners can do this spring? Tip: she speaks at length — use short closed questions to steer.",
        ],
        [
          'u',
          "'use short closed questions to steer' is going straight into Declan's brain with a hammer lol. perfect thanks",
        ],
        ['a', 'Ha, glad it helps.'],
        [
          'u',
          "now if only I could steer my car. the ancient Micra's windows fog up so bad I'm driving to work with my head out the window like a dog",
          'car-1',
        ],
        [
          'a',
          'Try the air-con on with heat — it dries the air. And clean the inside of the windscreen; a dirty screen fogs faster.',
        ],
        ['u', "the air con in a 2006 Micra? you're gas. I'll try the cleaning thing", 'car-1b'],
        ['a', 'Worth a go! A cheap anti-fog cloth can help too.'],
        ['u', 'grand, adding it to the list. right, off to the studio, talk later'],
        ['a', 'Have a good show!'],
        [
          'u',
          "oh wait, one more. Declan keeps saying 'at the end of the day' on air, like 40 times an hour. how do I tell him nicely",
        ],
        [
          'a',
          "Maybe make it a game: count them in one show and show him the tally with a laugh, then suggest a couple of alternatives like 'ultimately' or just pausing.",
        ],
        ['u', "a tally! he's competitive, he'll get it down to 5 just to spite me. brilliant"],
        ['a', "Reverse psychology, the producer's best friend."],
      ],
    },
    {
      start: '2024-03-27 21:00',
      lines: [
        [
          'u',
          'evening. finally got the small fella to bed. Oisín is 8 and has the energy of a small nuclear reactor',
        ],
        ['a', "Ha! What's been keeping him busy?"],
        [
          'u',
          "hurling mostly. he's with the Salthill-Knocknacarra under 9s, training Tuesdays and Thursdays, and he comes home covered in muck and thrilled with himself",
          'hurl-1',
        ],
        ['a', "That's great. Hurling is a brilliant sport for kids."],
        ['u', "it is, although I'm terrified every time a hurley goes near his head. helmet on at all times"],
        ['a', 'Helmets are mandatory, thankfully. Anything I can help with tonight?'],
        [
          'u',
          "yes! Easter. we're going to my mam's in Clifden for the long weekend and I want to do an egg hunt in her garden for him and his cousins",
          'mam',
        ],
        ['a', 'Lovely! How many kids and what ages?'],
        ['u', "4 kids, 5 to 10. and my mam's garden is basically a cliff with hydrangeas lol"],
        [
          'a',
          'Then a clue-based hunt could work: rhyming clues leading from one spot to the next, with a big prize at the end. Want some clues?',
        ],
        ['u', "yes please, simple ones, the 5 year old can't read so the big ones will have to help"],
        [
          'a',
          "1) 'Where Granny hangs the washing out, look underneath and have a shout.' 2) 'I'm blue and pink and very round, look under my flowers on the ground.' 3) 'Where the wellies sleep at night, look inside — hold on tight!' 4) 'Where Granny sits to drink her tea, the biggest egg is waiting for thee!'",
        ],
        ['u', "the hydrangea one is perfect, she'll be delighted her flowers are famous"],
        ['a', "She'll love it!"],
        ['u', 'ok bed for me too, swim at 7. night!'],
        ['a', 'Goodnight!'],
        [
          'u',
          "actually wait, what do I bring my mam? she says 'nothing' every year and then is offended when I bring nothing",
        ],
        [
          'a',
          'Classic! Something small but thoughtful: a nice plant for the garden, good tea, a framed photo of Oisín, or a voucher for a meal out together.',
        ],
        [
          'u',
          "framed photo of Oisín in his hurling gear, she'll put it beside the Pope. sorted",
          'hurl-photo',
        ],
        ['a', 'High honour!'],
        ['u', 'ok NOW night'],
        ['a', 'Night!'],
      ],
    },
    {
      start: '2024-04-15 13:00',
      lines: [
        [
          'u',
          "ok I need shopping advice. the swim gang are all in these fancy changing robes and I'm still shivering under a Penneys towel. what are my options",
        ],
        [
          'a',
          'Three options: 1) a Dryrobe Advance — the famous one, very warm, around €180; 2) a Decathlon (Tribord) changing robe — warm fleece lining, about €70; 3) a simple hooded towelling poncho — cheap, not windproof.',
        ],
        [
          'u',
          "the Decathlon one. I'm a single mum on a radio salary not a Dubai influencer lol",
          'robe-pick',
        ],
        ['a', "Sensible! It'll do the job in a Galway wind."],
        ['u', "what size tho, I'm 5'5 and built like a sturdy Connemara pony"],
        [
          'a',
          'M/L is usually roomy enough to change inside comfortably for your height. If between sizes, go up.',
        ],
        [
          'u',
          'up it is. ok work thing too. Declan wants to do a phone-in on The Morning Tide about the housing crisis in Galway. can you help me with a running order?',
          'show-2',
        ],
        [
          'a',
          'Sure: 10:05 intro and headline figures; 10:10 guest — a housing researcher from the university; 10:20 first callers (renters); 10:35 ad break; 10:40 landlord perspective; 10:50 councillor reply; 10:58 wrap.',
        ],
        ['u', 'ooh the landlord bit will be spicy. love a bit of spice on a Tuesday morning'],
        ['a', "Make sure you have a producer's buzzer ready."],
        [
          'u',
          "ha I AM the buzzer. right, also can you tell me if it's safe to swim when there's a yellow wind warning? asking for a friend (me)",
        ],
        [
          'a',
          'Generally no — strong winds mean rough water, rip currents and being pushed onto rocks. Check Met Éireann, swim with others, and skip it if it looks wild. Blackrock can get big waves against the wall.',
        ],
        ['u', "yeah fair. I'll have a nice cold shower and pretend"],
        ['a', 'Very wise.'],
        [
          'u',
          'random question, why does my face go bright red after a cold swim? I look like a boiled ham for an hour',
        ],
        [
          'a',
          "After the cold, your blood vessels open back up as you warm, sending a rush of blood to the skin — that's the flush. It's normal and fades.",
        ],
        ['u', "so I'm not dying, I'm just a ham. good to know"],
        ['a', 'A very healthy ham.'],
      ],
    },
    {
      start: '2024-05-13 22:00',
      lines: [
        [
          'u',
          "ugh what a day. Oisín broke his wrist falling off the trampoline at his pal's house on Saturday. 6 hours in A&E at UHG, I aged a decade",
          'wrist',
        ],
        ['a', 'Oh no, poor Oisín — and poor you! How is he?'],
        [
          'u',
          "he's grand, he has a bright green cast and all the kids signed it. but he's devastated he can't go to hurling for 6 weeks, that's the real tragedy for him",
          'hurl-2',
        ],
        ['a', 'Six weeks feels like forever at 8. Maybe he can still go and watch training?'],
        ['u', "yeah the coach said come and do the water bottles lol he'd love that"],
        ['a', "That's a nice way to keep him involved."],
        [
          'u',
          "and the dog is obsessed with the cast. Biscuit, our Jack Russell, keeps trying to lick it like it's a giant ice pop",
          'dog',
        ],
        ['a', "Ha! Keep the cast dry and away from the dog's teeth if you can."],
        ['u', 'trying! how do I wash him with a cast on, the child not the dog haha'],
        [
          'a',
          'A bath with the cast arm resting on the side, wrapped in a plastic bag sealed with tape, or a cast protector from the pharmacy.',
        ],
        [
          'u',
          "cast protector, grand. I'll pick one up tomorrow. also do kids need extra calcium for broken bones or is that a myth",
        ],
        [
          'a',
          'A normal balanced diet with milk, yoghurt, cheese and some vitamin D is enough — no need for supplements unless the doctor says so.',
        ],
        ['u', "so he can have his cheese toasties every day and call it medicine, he'll love that"],
        ['a', 'Doctor-approved toasties.'],
        [
          'u',
          "also my sister Clodagh is coming down from Dublin to help for a few days, she's a godsend. any easy dinner I can make for 4 with one hand basically",
        ],
        [
          'a',
          'A tray bake: chicken thighs, potatoes, peppers and onions with olive oil and paprika, 40 minutes in the oven. One tray, no fuss.',
        ],
        ['u', "tray bake it is. Clodagh will wash up, that's the deal"],
        ['a', 'Fair deal!'],
      ],
    },
    {
      start: '2024-06-03 19:30',
      lines: [
        [
          'u',
          "quick one. Oisín has an ear infection now on top of the wrist, the child is a walking health warning. and he's allergic to penicillin so the GP gave him something else",
          'allergy',
        ],
        [
          'a',
          'Poor lad. With a penicillin allergy, doctors often use alternatives like clarithromycin. Finish the full course.',
        ],
        ['u', "yes clarithro something. tastes like feet apparently, he's been very dramatic about it"],
        [
          'a',
          'It does have a bitter taste. Giving it with a bit of juice or chocolate milk afterwards helps.',
        ],
        [
          'u',
          'chocolate milk bribe, done. now the other disaster: the ancient Micra failed the NCT. brakes, emissions and something about the suspension I stopped listening to',
          'car-2',
        ],
        ['a', 'Ouch. Is it worth repairing, or time to look for another car?'],
        [
          'u',
          "mechanic says €1,200 to fix and it's worth about €300. so I think she's going to the great car park in the sky",
        ],
        ['a', 'Sounds like it. Want help thinking about a replacement?'],
        [
          'u',
          'yes but not tonight, I can only cope with one crisis per evening. GOOD news though: booked flights to Lisbon for me and Oisín for the end of August! €340 for the two of us from Shannon, I nearly fell off the chair',
          'flights',
        ],
        [
          'a',
          "That's a great price! Lisbon with an 8-year-old is fun — trams, the aquarium, beaches nearby.",
        ],
        ['u', 'he wants the aquarium and the yellow trams. I want pastéis de nata and a nap'],
        ['a', 'A perfect split of interests.'],
        ['u', 'ok ok bed. swim was so good this morning btw, 13 degrees, tropical'],
        ['a', 'Positively Caribbean! Goodnight.'],
        [
          'u',
          "lol. oh before I go, do I need anything for Oisín to travel to Portugal, like a letter? I'm travelling on my own with him",
        ],
        [
          'a',
          "It's a good idea for a parent travelling alone with a child to carry a consent letter from the other parent, plus his birth certificate, in case of questions at the border. Check the latest advice on the Irish government site.",
        ],
        ['u', "his dad is in Cork and is grand about it, I'll get him to sign something. thanks"],
        ['a', 'Sounds sorted.'],
      ],
    },
    {
      start: '2024-06-24 12:15',
      lines: [
        [
          'u',
          'update!! RIP Micra, I bought a 2019 Toyota Yaris hybrid on Saturday from a garage in Oranmore. silver, 60k on the clock, and it goes SILENT at traffic lights, I thought I broke it',
          'car-change',
        ],
        [
          'a',
          'Congratulations! The hybrid does that — the engine switches off when you stop. Much better for fuel too.',
        ],
        ['u', "I nearly rang the garage in a panic lol. Oisín thinks it's a spaceship"],
        ['a', 'Ha, it sort of is compared to a 2006 Micra.'],
        [
          'u',
          "also found our Lisbon apartment! a little place in Alfama with a balcony, €620 for the week. it's smaller than I wanted but it was that or a hotel near the airport",
          'apartment',
        ],
        ['a', 'Alfama is charming — hilly and full of character. Is it far up the hill?'],
        ['u', "it's up about a million steps. Oisín's wrist will be healed but my knees won't be lol"],
        ['a', 'Take tram 28 up and walk down!'],
        [
          'u',
          'genius. ok work question. can you help me write a funding application blurb for a documentary idea? 150 words, about the women who swim at Blackrock all year',
        ],
        [
          'a',
          "'Salt & Steel is a half-hour radio documentary about the women who swim at Blackrock, Salthill, every day of the year — through storms, heatwaves and grief. Through their voices, the wind and the waves, it explores community, resilience and why people in their sixties, forties and twenties keep walking into the Atlantic at 7am.'",
        ],
        ['u', "oh that's gorgeous. 'walking into the Atlantic at 7am' is exactly it"],
        ['a', 'Glad it fits. Good luck with the application.'],
        ['u', 'thanks, fingers crossed. gotta go pick up the spaceship from the car wash'],
        ['a', 'Ha, enjoy!'],
        ['u', 'and what do I do with the old Micra, can I sell it for scrap or something?'],
        [
          'a',
          'Yes — an authorised treatment facility will take it and give you a Certificate of Destruction, which you need for the motor tax office. Some pay a small amount for it.',
        ],
        ['u', "a certificate of destruction sounds very dramatic, I'll frame it"],
        ['a', 'A fitting farewell.'],
      ],
    },
    {
      start: '2024-07-22 20:45',
      lines: [
        [
          'u',
          'I DID IT. Galway Bay charity swim on Saturday, 2k, 1 hour 4 minutes, raised €1,150 for the hospice. I cried at the finish, my mam cried, a stranger cried',
          'bay-swim',
        ],
        ['a', "Congratulations! That's a huge achievement and a great cause."],
        [
          'u',
          'thank you!! my shoulders are wrecked but my heart is full. my legs felt like jelly getting out',
        ],
        ['a', 'Totally normal. Take a few easy days.'],
        [
          'u',
          "also big work news. last Friday was my last Morning Tide. I'm now producing the new weekend arts show, The Long Weekend, Saturday mornings 9 to 11 with Aoife Kenny presenting. we launch in September so it's all planning and panic",
          'show-change',
        ],
        ['a', "That's exciting — your own show from scratch! What's the format?"],
        [
          'u',
          "arts, books, a bit of comedy, live music in the studio. basically everything I'd listen to myself",
        ],
        ['a', 'Sounds brilliant. Do you want help with a segment list for the pilot?'],
        ['u', 'yes please, 2 hours, and we need a regular feature with a silly name'],
        [
          'a',
          "9:00 intro and what's on; 9:15 author interview; 9:35 'The Culture Cupboard' — listeners' forgotten treasures; 10:00 news; 10:05 live session; 10:30 comedy panel 'Giving Out'; 10:50 weekend picks.",
        ],
        ['u', "'Giving Out' as a comedy panel is so Galway it hurts. yes."],
        ['a', 'Ha, happy it works!'],
        ['u', "Declan will miss me though. he sent me a card saying 'who will shout at me now'"],
        ['a', "That's sweet."],
        ['u', "it was. ok also I need recovery food, I'm starving since Saturday"],
        [
          'a',
          'Totally normal after a long cold swim. Eggs, porridge, a big stew, plenty of carbs and protein.',
        ],
        ['u', "a big beef stew, my mam's recipe, tonight. and a Magnum"],
        ['a', 'A balanced recovery plan.'],
      ],
    },
    {
      start: '2024-09-02 21:30',
      lines: [
        [
          'u',
          "back from Lisbon! got home Thursday night. sunburnt, 3 kilos of pastéis de nata heavier, and Oisín has decided he's moving to Portugal",
          'lisbon-back',
        ],
        ['a', 'Welcome back! Highlight of the trip?'],
        [
          'u',
          'the aquarium for him, the sunset at the miradouro for me. and the tram 28 tip was a lifesaver',
        ],
        ['a', 'So glad it worked out!'],
        [
          'u',
          "and big news from himself: he's packed in the hurling. says it's 'not his vibe'. he's joined the youth drama group at the Town Hall Theatre instead, Saturday mornings",
          'act-change',
        ],
        ['a', "Sounds like he's found his thing! How does he like it?"],
        ['u', 'LOVES it. he came home doing an accent. no idea what accent. possibly Portuguese'],
        ['a', 'A natural performer!'],
        [
          'u',
          "the only issue is Saturdays are my new show day so my mam has to drive in from Clifden to bring him. she's thrilled, she gets to watch",
          'show-sat',
        ],
        ['a', 'Win-win. Your mam gets a front-row seat.'],
        [
          'u',
          "ok school starts tomorrow, help me with a lunchbox plan that isn't just ham sandwiches, he's fierce fussy",
        ],
        [
          'a',
          "Mon: wraps with chicken and cheese; Tue: pasta salad; Wed: mini pancakes with yoghurt; Thu: crackers, cheese and grapes ('Lunchables' DIY); Fri: pizza scrolls.",
        ],
        ['u', "pizza scrolls on a Friday, I'll be the best mam in the world. for a day"],
        ['a', 'One day is all it takes.'],
        [
          'u',
          'and Biscuit needs his booster vaccine, the vet sent a reminder. how often do dogs need those again',
        ],
        [
          'a',
          "Most vaccines for adult dogs are every 1–3 years depending on the vaccine; kennel cough and leptospirosis are usually yearly. Your vet's reminder will be right.",
        ],
        ['u', "grand, booked for Friday. he hates the vet, he'll sulk all weekend"],
        ['a', 'Poor Biscuit!'],
      ],
    },
    {
      start: '2024-09-23 14:10',
      lines: [
        [
          'u',
          "first episode of The Long Weekend went out on Saturday and NOTHING went wrong. well, one thing, the fiddle player's string snapped live but Aoife made it hilarious",
          'show-3',
        ],
        ['a', 'Congratulations on the launch! Sounds like live radio at its best.'],
        [
          'u',
          "the texts were lovely, someone said it's the first radio they've enjoyed since Gay Byrne. I'll take it",
        ],
        ['a', "That's high praise in Ireland!"],
        [
          'u',
          "drove out to Clifden on Sunday to celebrate with mam, the Yaris did the whole trip on about a quarter tank. I'm in love with this car",
          'car-3',
        ],
        ['a', 'Hybrids are great on those roads. Nice way to celebrate.'],
        ['u', "mam made a roast and then asked when I'm getting a man lol. the usual"],
        ['a', 'Ha, mams are consistent. How did you answer?'],
        [
          'u',
          'I said I have a Yaris, a Jack Russell and an 8 year old, my life is full enough thanks. she gave me the look',
          'car-3b',
        ],
        ['a', 'The look is universal.'],
        ['u', 'haha. ok can you help me with a thank you email to the fiddle player, he was mortified'],
        [
          'a',
          "'Hi Colm, thanks a million for Saturday — honestly the string going was the best moment of the show. The listeners loved you and so did we. We'd love to have you back in the new year. Nuala'",
        ],
        ['u', "perfect. 'thanks a million' is very me"],
        ['a', 'I picked up on that!'],
        [
          'u',
          'ha. also the doc for Salt & Steel got the funding!! €8,000 from the arts council scheme, recording in spring',
        ],
        ['a', "Congratulations! That's fantastic news."],
        ['u', 'the swim gang are already fighting over who gets interviewed first. divas in dryrobes'],
        ['a', "Ha, you'll need a rota!"],
      ],
    },
    {
      start: '2024-10-21 20:00',
      lines: [
        [
          'u',
          "Halloween emergency. Oisín wants to be 'a Shakespeare ghost' because they're doing a bit of Hamlet in drama on Saturdays now. what does that even look like",
          'act-2',
        ],
        [
          'a',
          "The ghost of Hamlet's father: a pale grey sheet or cloak, a cardboard crown or helmet, grey face paint and a spooky 'Remember me!' line.",
        ],
        ['u', "'remember me' haha he'll be saying that at every door. deadly, that's easy"],
        ['a', 'Very on-brand for trick-or-treating.'],
        [
          'u',
          "also I'm being super organised this year, I already bought his Christmas present!! the Lego Titanic, he's been begging for it since the summer",
          'xmas-buy',
        ],
        ['a', "Impressive! That's a big set — lots of building time over the holidays."],
        ['u', '9,000 pieces. I may have bought myself a present too without realising'],
        ['a', 'Ha, a family project.'],
        [
          'u',
          "health question, I've been sleeping terribly, waking at 4 every night. any tips that aren't 'stop looking at your phone'",
        ],
        [
          'a',
          'Keep a consistent wake time, get morning daylight (your swims help!), no caffeine after 2pm, cool dark room, and if you wake, get up for 15 minutes rather than lying there.',
        ],
        ['u', "no coffee after 2 is going to be a tough one in a radio station. I'll try"],
        ['a', 'Decaf in the afternoon could be a compromise.'],
        ['u', "decaf is the devil's drink but fine"],
        ['a', 'Ha!'],
        [
          'u',
          "one more, Oisín asked me why the clocks go back and I said 'for the farmers' and he said 'that's not an answer'. what IS the answer",
        ],
        [
          'a',
          'Daylight saving moves an hour of daylight from morning to evening in summer. In October we go back to standard time, so mornings are brighter in winter. It started mostly to save energy, not really for farmers.',
        ],
        ['u', "so I've been lying to him for years. great. I'll tell him it's for the radio schedules"],
        ['a', 'Ha, a producer-approved answer.'],
      ],
    },
    {
      start: '2024-11-18 21:20',
      lines: [
        [
          'u',
          "so the Lego Titanic box is the size of a small fridge and Oisín snoops EVERYWHERE, so I've hidden it in my neighbour Bríd's spare room next door",
          'xmas-hide',
        ],
        ['a', "Smart! A neighbour's house is the safest hiding place."],
        ['u', "Bríd is 78 and thinks it's the most exciting thing to happen on the road in years"],
        ['a', 'Ha, a very happy accomplice.'],
        [
          'u',
          "AND the drama group's Christmas show is on the 14th, he's playing the back end of a donkey in the nativity. he's taking it very seriously",
          'act-3',
        ],
        ['a', 'The back end of a donkey is a legendary role! Will he have lines?'],
        ['u', "one 'hee-haw'. he's been practising in the bath"],
        ['a', 'Method acting at its finest.'],
        [
          'u',
          'lol. also can you help me with a budget for Christmas? I want to not be broke in January for once',
        ],
        [
          'a',
          'Sure. List: presents, food, travel to Clifden, nights out, decorations. Set a number for each, and track it in a note on your phone. Want a template?',
        ],
        ['u', 'yes. roughly: presents €400, food €250, petrol €50, nights out €100, decorations €30'],
        [
          'a',
          "Total €830. Tip: put it aside now in a separate account so you can't 'accidentally' spend it.",
        ],
        ['u', 'a separate account, look at me being an adult'],
        ['a', 'Very grown up!'],
        [
          'u',
          'also should I get a real tree or a fake one this year? the real ones drop needles all over and Biscuit eats them',
        ],
        [
          'a',
          'Options: 1) a real Nordmann fir — drops fewer needles, smells lovely; 2) a good artificial tree — pricier upfront but lasts years; 3) a small potted tree you can plant in the garden after.',
        ],
        [
          'u',
          'the potted one! we can plant it in the garden and watch it grow with Oisín. very wholesome of me',
          'tree-pick',
        ],
        ['a', 'Lovely idea — keep it somewhere cool and water it well.'],
      ],
    },
    {
      start: '2024-12-16 09:10',
      lines: [
        [
          'u',
          'morning! just out of the water at Blackrock, 8 degrees, very festive with a Santa hat on the diving tower',
          'swim-spot-2',
        ],
        ['a', 'Ha, lovely! Are you doing the Christmas Day swim?'],
        ['u', 'of course, the whole gang, 11am Christmas morning, then home to the Lego Titanic chaos'],
        ['a', 'Sounds like a perfect Christmas morning.'],
        [
          'u',
          "work is mad, we're doing a Christmas special of The Long Weekend on the 21st, 3 hours instead of 2, choir in studio, Aoife wants to do a carol quiz",
          'show-4',
        ],
        ['a', 'Fun! Want some carol quiz questions?'],
        ['u', 'yes give me 5, medium hard'],
        [
          'a',
          "1) In which country did 'Silent Night' originate? (Austria) 2) How many gifts in total in The Twelve Days of Christmas? (364) 3) Who wrote 'Fairytale of New York' with Shane MacGowan? (Jem Finer) 4) 'Good King Wenceslas' was duke of where? (Bohemia) 5) What year was 'Last Christmas' released? (1984)",
        ],
        ['u', '364 gifts!! imagine the wrapping. perfect'],
        ['a', 'Ha, enough for a lifetime.'],
        [
          'u',
          'the Yaris was the only car on the road not frozen solid this morning, the little heat pump is a dream, so smug',
          'car-4',
        ],
        ['a', 'Smugness earned!'],
        ['u', "ok gotta run. happy Christmas if I don't talk to you before!"],
        ['a', 'Happy Christmas, Nuala!'],
        [
          'u',
          'oh and the little potted tree is up, decorated with shells from the beach. Biscuit has left it alone so far',
        ],
        ['a', 'That sounds beautiful — a very Galway tree.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Where do I usually go for my early swim?', ['swim-spot', 'swim-spot-2']],
    ['single-hop', 'Which swim robe did I go for in the end?', ['robe-pick']],
    ['single-hop', 'Which town does my mother live in?', ['mam']],
    ['single-hop', 'Which antibiotic group does Oisín react badly to?', ['allergy']],
    ['single-hop', 'What kind of dog have we got?', ['dog', 'car-3b']],
    [
      'multi-hop',
      'What did the Portugal holiday cost me for travel and accommodation combined?',
      ['flights', 'apartment'],
    ],
    ['multi-hop', 'What am I giving Oisín for Christmas and where is it hidden?', ['xmas-buy', 'xmas-hide']],
    [
      'temporal',
      'How long ago did I swim across the bay for charity?',
      ['bay-swim'],
      { askedAt: '2025-01-15 20:00' },
    ],
    [
      'temporal',
      'Did Oisín break his wrist before or after our trip to Lisbon?',
      ['wrist', 'lisbon-back'],
      { askedAt: '2025-01-15 20:00' },
    ],
    [
      'updated',
      'Which programme am I producing these days?',
      ['show-change', 'show-sat', 'show-3', 'show-4'],
      { stale: ['show-1', 'show-2'] },
    ],
    [
      'updated',
      "What's my son's main hobby at the moment?",
      ['act-change', 'act-2', 'act-3'],
      { stale: ['hurl-1', 'hurl-photo', 'hurl-2'] },
    ],
    [
      'updated',
      'What car do I have now?',
      ['car-change', 'car-3', 'car-3b', 'car-4'],
      { stale: ['car-1', 'car-1b', 'car-2'] },
    ],
    ['off-topic', 'How do I descale a kettle?', []],
    ['off-topic', 'What is the tallest mountain in Africa?', []],
    ['off-topic', 'How many players are on a rugby union team?', []],
  ],
});

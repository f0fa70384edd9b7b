import { definePersona } from '../author.ts';

export const dashiell = definePersona({
  user_id: 'h13-dashiell',
  name: 'Dashiell',
  summary:
    'A 44-year-old high-school football coach in small-town Ohio, married with three kids, who loves grilling and fishing; writes in a folksy, easygoing way with plenty of "ya know" and "dang".',
  language: 'en',
  sessions: [
    {
      start: '2025-01-11 20:10',
      lines: [
        [
          'u',
          "Hey there. Need a hand writing a letter to parents about our offseason lifting program. I'm the defensive coordinator over at Harlan Valley High and the head coach dumped this one on me, ha.",
          'dc1',
        ],
        ['a', 'Happy to help! What should the letter cover — schedule, expectations, transportation?'],
        [
          'u',
          'Yeah all that. Mondays, Wednesdays, Fridays at 6 am in the weight room, starts January 20th. Kids need to bring water and a good attitude, in that order.',
        ],
        [
          'a',
          "Here's a draft: 'Dear Harlan Valley Football Families, our offseason strength program begins Monday, January 20th, meeting Monday, Wednesday and Friday at 6:00 a.m. in the weight room. Please make sure your athlete brings a water bottle...'",
        ],
        [
          'u',
          "That's real good. Throw in a line that says if they need a ride they should talk to me, no shame in it.",
        ],
        [
          'a',
          "Added: 'If transportation is a challenge, please reach out to Coach directly — we'll figure it out together.'",
        ],
        [
          'u',
          "Perfect. My oldest, Brody, he's 16 now and he's gonna be in that weight room too, so I gotta make it sound official and not like his dad wrote it.",
          'brodyAge',
        ],
        ['a', "Ha, that's a fine line to walk. The formal tone should help."],
        [
          'u',
          'Different topic. It was 40 degrees today so naturally I grilled. Did burgers on the old Weber kettle out on the back patio while the snow melted around my boots.',
          'weber1',
        ],
        [
          'a',
          'A true grilling devotee! Charcoal in winter takes a bit longer to get up to temp — did it behave?',
        ],
        [
          'u',
          'Took a chimney and a half but she got there. Our beagle Biscuit sat right at my feet the whole time like he was gonna get a cut.',
          'dog',
        ],
        ['a', 'Beagles are nothing if not dedicated when food is involved. Did he get one?'],
        ['u', 'He got the one I dropped. Which I did not drop on purpose. Mostly.'],
        ['a', 'Accidents happen. Anything else I can help with tonight?'],
        ['u', "Nah, that's it. Gotta go scrape the ice off the F-150 so it's ready for the morning."],
        ['a', 'Sounds like a cold morning. Drive safe.'],
        ['u', 'Always do. Roads out by the school are a skating rink this time of year, I tell ya.'],
      ],
    },
    {
      start: '2025-02-01 19:30',
      lines: [
        [
          'u',
          "Well, big news around here. Coach Walt Pruitt is retiring after 31 years. Whole town's talkin' about it.",
        ],
        ['a', "That's a big change for the program. How are you feeling about it?"],
        [
          'u',
          "Mixed. Walt's been like a second dad to me. I've been his defensive coordinator nine years now and I dunno if I want the top job or not.",
          'dc2',
        ],
        ['a', "That's a real decision. What's pulling you each way?"],
        [
          'u',
          "More money and I'd get to run it my way. But more hours, more angry parents, and less time on the lake. And my daughter Kaylee is 12 and just made the travel softball team, so that's a lotta weekends.",
          'kayleeAge',
        ],
        ['a', 'Those are all real trade-offs. What position does she play?'],
        [
          'u',
          'Catcher. Tough as nails, that girl. Blocks everything in the dirt and talks trash to the batters.',
          'catcher',
        ],
        ['a', 'Sounds like she gets her competitive streak honestly.'],
        [
          'u',
          "From her mama, I'll tell ya that much. Hey, I'm doing ribs on the Weber tomorrow using the snake method. How long for baby backs?",
          'weber2',
        ],
        [
          'a',
          'With the snake method at around 250°F, baby backs usually take about 5 to 6 hours. Spritz every hour after the first two, and check for a nice bend when you lift the rack.',
        ],
        [
          'u',
          "Five to six, got it. I'll need a whole case of Mountain Dew to get through that. I drink about two cans before 8 am anyhow, it's my coffee.",
          'dew1',
        ],
        ['a', "That's quite a bit of sugar and caffeine. You might want to pace yourself across the day."],
        ['u', 'Yeah, yeah, you sound like my wife Tammy.'],
        ['a', 'She might be on to something! Good luck with the ribs.'],
        ['u', "Thanks. I'll report back if they fall off the bone or if I gotta feed 'em to Biscuit."],
        ['a', 'Good luck! Let me know how they turn out.'],
        [
          'u',
          "Will do. Oh and if you got any good coleslaw recipes, send 'em my way sometime, Tammy's sick of mine.",
        ],
      ],
    },
    {
      start: '2025-02-22 21:00',
      lines: [
        [
          'u',
          "So I put my name in for the head coaching job. Interview's next Thursday with the superintendent and the athletic director. Can you help me get ready?",
        ],
        [
          'a',
          "Absolutely. Common questions include your coaching philosophy, how you'd build the program, handling discipline, working with parents, and academic expectations. Want to practice some answers?",
        ],
        [
          'u',
          "Let's do philosophy. I wanna say something about building young men first and football players second, but not sound like a poster in a dentist office.",
        ],
        [
          'a',
          "Try: 'Football is the tool, not the goal. I want our kids to leave here knowing how to show up, work hard, and take care of each other. Wins come from that.'",
        ],
        [
          'u',
          "That's darn good. I like that. They'll ask about my record too. Our defense was top three in the conference four of the last five years while I was running it.",
          'dc3',
        ],
        [
          'a',
          "That's a strong stat to lead with. Consider tying it to how you develop players rather than just results.",
        ],
        [
          'u',
          "Good idea. Also my little guy Wyatt turned 7 yesterday and insisted on a dinosaur cake, so I'm running on frosting and nerves.",
          'wyattAge',
        ],
        ['a', 'Happy birthday to Wyatt! Dinosaur cakes are a serious business.'],
        ['u', "Tammy made a T-rex with green frosting that turned everybody's tongues green. Worth it."],
        ['a', 'Sounds like a memorable party. Are you feeling okay about the interview?'],
        [
          'u',
          "Nervous. I've been pounding Mountain Dew like it's a job. Probably why I can't sleep, huh.",
          'dew2',
        ],
        [
          'a',
          'Caffeine late in the day can definitely affect sleep. Cutting off by early afternoon might help before the big day.',
        ],
        [
          'u',
          "Fair. I'll try. Last thing, what's a good tie color for an interview? I own exactly two ties.",
        ],
        ['a', 'Navy or a deep red are classic and confident. What are your two?'],
        ['u', "One's navy, one's got fish on it. Navy it is."],
        ['a', 'Good luck at the interview!'],
        ['u', "Thanks. I'll need it. Walt says just be myself, which is either great advice or a trap."],
      ],
    },
    {
      start: '2025-03-15 18:45',
      lines: [
        [
          'u',
          "I GOT IT. They named me head football coach at Harlan Valley last night. Board voted 5-0. I'm still kinda in shock.",
          'hc1',
        ],
        ['a', "Congratulations, Coach! That's a huge accomplishment. How did the family react?"],
        [
          'u',
          "Tammy cried, Kaylee screamed, Wyatt asked if that means he gets a whistle. Brody just said 'cool' which is teenager for he's proud.",
        ],
        ['a', "That sounds like a perfect family reaction. What's first on your list?"],
        [
          'u',
          'Hiring a new defensive coordinator to replace, well, me. Then writing a letter to the team. Can you help with the letter?',
          'hc1b',
        ],
        [
          'a',
          "Sure. Draft: 'Men, I'm honored to lead this program. Coach Pruitt built something special and our job is to honor it by outworking everybody. Offseason expectations stay the same. My door is always open.'",
        ],
        [
          'u',
          "Add 'and my phone's always on, but don't call me during crappie season unless it's an emergency.' Kidding. Kinda.",
        ],
        ['a', 'Ha! Maybe save that one for the banquet speech.'],
        ['u', "Good call. Walt says he's gonna sit in the stands and heckle me, which I expect."],
        ['a', "Sounds like he'll be your biggest fan. Any ideas for your defensive coordinator?"],
        [
          'u',
          "I got a young guy, Marcus Hill, who played linebacker at Ohio U. He's sharp. I'm leaning toward him.",
        ],
        ['a', 'Promoting from within or bringing in someone you know can help keep continuity.'],
        [
          'u',
          "Yep. I'm grilling steaks to celebrate tonight. Ribeyes, nothing fancy, just salt and pepper and a hot fire.",
        ],
        ['a', 'A classic celebration. Enjoy it, Coach!'],
        ['u', 'Will do. Thanks for the help with the interview stuff, it paid off.'],
        ['a', "You've earned it."],
        ['u', "Tammy's making her mom's potato salad too. Best in the county, don't tell my mother."],
      ],
    },
    {
      start: '2025-04-12 13:20',
      lines: [
        [
          'u',
          "Got my yearly physical Tuesday and the doc wasn't thrilled. A1C's borderline and my blood pressure's up a bit.",
        ],
        ['a', 'Sorry to hear that. Did the doctor suggest changes?'],
        [
          'u',
          "Cut the sugar, move more. So that's it for me and the Mountain Dew. I switched to black coffee in the mornings, a big thermos of it, no sugar. Day four and I ain't dead yet.",
          'coffee1',
        ],
        [
          'a',
          "That's a big switch, good for you. Headaches are common the first week from less caffeine and sugar, so drink plenty of water.",
        ],
        [
          'u',
          "Yeah my head's been pounding. Tammy says it's the withdrawal. She'd know, she's an ER nurse at Genesis and she's seen it all.",
          'nurse',
        ],
        ['a', "She'd definitely know. ER nurses have seen every kind of withdrawal there is."],
        [
          'u',
          "She works nights three times a week so I'm doing a lotta solo bedtimes. Wyatt wants the same dinosaur book every night.",
        ],
        ['a', "Repetition is comforting for kids that age. You could try letting him 'read' it to you."],
        ['u', 'Good one. Also, walking. Doc wants 30 minutes a day. Any ideas for making it not boring?'],
        [
          'a',
          'Walk with Biscuit, listen to football podcasts, or walk the track at school while you plan practice in your head.',
        ],
        ['u', "Biscuit would love that. He's gotten a little round himself, like his daddy."],
        ['a', "It'll be good for you both then!"],
        [
          'u',
          "Spring practice starts in May, so I'll be on my feet plenty then. Head coach don't get to sit down much.",
          'hc1c',
        ],
        ['a', "That's true. Stay hydrated out there."],
        ['u', 'Will do. Thanks, pal.'],
        ['a', "You're welcome. Take care of yourself."],
        [
          'u',
          'Oh, one more — any good high-fiber snacks a guy can keep in his desk drawer at school? Doc mentioned fiber too.',
        ],
      ],
    },
    {
      start: '2025-05-10 16:00',
      lines: [
        [
          'u',
          "Well I did a thing. Bought myself a Traeger pellet grill with my first head coach paycheck bump. The Pro 575. The Weber's retired to the garage.",
          'traeger1',
        ],
        [
          'a',
          'Congrats on the new grill! Pellet grills make low-and-slow cooking really easy. How much did you end up paying?',
        ],
        [
          'u',
          '$899 at Tractor Supply, they threw in two bags of hickory pellets. Tammy raised an eyebrow but she likes brisket so.',
          'traegerPrice',
        ],
        ['a', 'A fair price, especially with pellets included. Planning a brisket first?'],
        ['u', 'Yep, Memorial Day. Need a good rub though. What you got?'],
        [
          'a',
          'Three options: 1) Classic Texas — coarse salt and black pepper, 50/50. 2) Coffee rub — ground coffee, brown sugar, chili powder, garlic, salt. 3) Sweet BBQ — paprika, brown sugar, onion powder, cumin, cayenne.',
        ],
        [
          'u',
          "I'll go with the coffee one. Seems right since coffee's my new best friend now, ha. Maybe easy on the brown sugar though, doc's orders.",
          'rubPick',
        ],
        [
          'a',
          "Good choice — you can halve the brown sugar and it'll still bark up nicely. Aim for 225–250°F and wrap around 165°F internal.",
        ],
        ['u', 'Wrap in foil or butcher paper?'],
        [
          'a',
          'Butcher paper keeps the bark firmer; foil speeds things up and keeps more moisture. Most folks on pellet grills go with butcher paper.',
        ],
        ['u', 'Butcher paper then. I feel like a real pitmaster now.'],
        ['a', "You're on your way! How's spring practice going?"],
        [
          'u',
          "Good. Kids are buying in. Marcus is doing a heck of a job with the D. Brody's throwing the ball better than I ever did.",
        ],
        ['a', "That's great to hear. Is Brody competing for the starting quarterback spot?"],
        [
          'u',
          "He is, and I'm staying out of it. Let the offensive coordinator decide. I ain't gonna be that dad.",
        ],
        ['a', "That's a good approach. Let the coaches handle it."],
        [
          'u',
          "Exactly. Dinner table's for talkin' about anything but football, that's the rule in our house.",
        ],
      ],
    },
    {
      start: '2025-06-07 20:30',
      lines: [
        [
          'u',
          'Me and my brother-in-law Dale want to do a walleye trip on Lake Erie end of June. Ever heard of the charters up there?',
        ],
        [
          'a',
          "Lake Erie is the walleye capital. A few options: 1) Reel Deal Charters out of Port Clinton, about $700 for up to four people half-day; 2) Captain Mike's out of Huron, $850 full day with cleaning included; 3) rent a boat yourself at Catawba Island for around $300, but you'd need your own gear and know-how.",
        ],
        [
          'u',
          "The Huron one, Captain Mike's. Full day and they clean the fish, that's worth every penny to me.",
          'charterPick',
        ],
        ['a', 'A great pick. Want me to draft a booking message?'],
        ['u', "Sure, for Saturday June 28th, two of us, maybe three if Dale's buddy comes."],
        [
          'a',
          "Draft: 'Hi Captain Mike, I'd like to book a full-day walleye charter on Saturday, June 28th for two to three people. Could you confirm availability and what we should bring? Thanks, Dashiell.'",
        ],
        [
          'u',
          "Sent. Also Brody passed his driving test yesterday! First try. I'm proud and terrified in equal measure.",
          'license',
        ],
        ['a', 'Congratulations to Brody! Are you letting him drive the F-150?'],
        ['u', "Heck no. He gets Tammy's old Corolla. The F-150 is mine till they bury me in it.", 'truck'],
        ['a', 'A Corolla is a solid first car. Good for insurance too.'],
        [
          'u',
          "That's what Tammy said. Anyway, summer camp starts Monday. First camp with me as head coach. Got 62 kids signed up, best number in years.",
          'hc2',
        ],
        ['a', "That's great turnout. What's your plan for the first day?"],
        [
          'u',
          "Conditioning, fundamentals, and a cookout at the end of the week. I'll smoke pulled pork on the Traeger for the whole team.",
          'traeger2',
        ],
        ['a', "That'll build some team spirit. Plan on about a third to half a pound of raw pork per kid."],
        ['u', "These are high school linemen. I'm gonna plan on a pound each."],
        ['a', "That's probably wise!"],
        [
          'u',
          "Ha. Also need a new rain jacket for the sideline before fall. Something that don't make me look like a tarp.",
        ],
      ],
    },
    {
      start: '2025-06-29 19:00',
      lines: [
        [
          'u',
          'Back from Erie yesterday and WOW. Limited out by 11 am. Me, Dale and his buddy came home with 18 walleye, cleaned and bagged.',
          'erieTrip',
        ],
        ['a', "That's a fantastic day! Was Captain Mike as good as promised?"],
        [
          'u',
          'Best money I spent all year. Knew every reef on the lake. Dale got sick once but he still caught the biggest one, which is just typical Dale.',
        ],
        ['a', 'Ha, the sick guy always gets the big fish. How are you going to cook them?'],
        [
          'u',
          'Thinking smoked walleye on the Traeger, or maybe a fish fry. Which is better for a crowd?',
          'traeger3',
        ],
        [
          'a',
          'A fish fry feeds a crowd fast and walleye fries beautifully. Smoking works better for a dip or appetizer. You could do both: fry some, smoke a few fillets for dip.',
        ],
        ['u', 'Both it is. Give me a simple beer batter?'],
        [
          'a',
          '1 cup flour, 1 teaspoon baking powder, salt, pepper, paprika, and about 1 cup cold beer. Whisk till just smooth, dip, fry at 375°F for 3–4 minutes.',
        ],
        ['u', "Easy. Fourth of July, we'll have the whole family over."],
        ['a', 'Sounds like a great holiday. Anything else you need for it?'],
        [
          'u',
          "Nah. Honestly I've been feeling better lately. Three months on the black coffee, walking Biscuit most nights. Dropped 11 pounds.",
          'coffee2',
        ],
        ['a', "That's great progress! Has your doctor rechecked your numbers?"],
        ['u', "Next month. Fingers crossed. Tammy's real proud, she keeps hiding the chips though."],
        ['a', "That's love, in its own way."],
        ['u', 'Ha, I guess so.'],
        ['a', 'Enjoy the fish fry!'],
        ['u', "Oh we will. Dale's bringing his famous hushpuppies, which are famous mostly for being burnt."],
      ],
    },
    {
      start: '2025-07-19 06:40',
      lines: [
        [
          'u',
          "Early morning out on Dillon Lake in the jon boat. Crappie are biting on minnows under a bobber, can't complain.",
        ],
        ['a', 'Sounds like a perfect morning! How many so far?'],
        [
          'u',
          'Seven keepers. Put a new trolling motor on the boat last week, a Minn Kota, $450. Quiet as a church mouse.',
          'motorPrice',
        ],
        ['a', 'A quiet trolling motor makes a big difference for crappie. Good investment.'],
        ['u', 'Yup. Gotta be back by 10 though. Two-a-days start Monday and I got a staff meeting.'],
        ['a', 'Busy season ahead. Need help with anything for the meeting?'],
        [
          'u',
          'Actually yes. Could you help me put together an agenda? Short one. My coaches hate long meetings, and so do I.',
        ],
        [
          'a',
          'Agenda: 1) Practice schedule for two-a-days, 2) Heat safety plan and water breaks, 3) Depth chart review, 4) Any equipment needs, 5) Questions. 30 minutes max.',
        ],
        [
          'u',
          "Heat safety's big. We had a kid go down a few years back. Can you give me the main warning signs for heat illness so I can remind everybody?",
        ],
        [
          'a',
          'Watch for heavy sweating or suddenly no sweating, dizziness, confusion, nausea, cramps, headache, and pale or flushed skin. Anyone confused or collapsing needs cooling immediately and 911.',
        ],
        [
          'u',
          "Good. I'll have Tammy run through it with the staff too, she's better at scaring people than me.",
        ],
        ['a', "An ER nurse's perspective will carry weight."],
        ['u', "Doc rechecked my bloodwork by the way. A1C's back in the normal range. I'm sticking with it."],
        ['a', 'Fantastic news! All that hard work is paying off.'],
        [
          'u',
          "Couldn't have done it without giving up that green soda. Okay, fish are biting again, gotta go.",
        ],
        ['a', 'Tight lines!'],
        ['u', "Thanks buddy. Got a nice slab crappie just now, 13 inches. Wyatt's gonna be jealous."],
      ],
    },
    {
      start: '2025-08-23 22:50',
      lines: [
        [
          'u',
          'We WON. First game as head coach and we beat Maple Creek 28-14. Walt was in the stands yelling at me the whole time, just like he promised.',
          'hc3',
        ],
        ['a', 'Congratulations, Coach! What a way to start. How did the team play?'],
        [
          'u',
          "Defense was nasty, Marcus had 'em flying around. Brody didn't start but got in the second half and threw a touchdown. I about lost it on the sideline.",
        ],
        ['a', "That's a special moment for both of you. Did you get to talk after?"],
        ['u', 'Gave him a hug at midfield, he let me, which was a miracle.'],
        ['a', "He'll remember that. What's next?"],
        ['u', "Week two we got Riverside. They're big up front. I need to review film tomorrow."],
        ['a', 'Want a quick checklist for your film review?'],
        ['u', 'Sure.'],
        [
          'a',
          '1) Their base defense and blitz tendencies, 2) Third-down calls, 3) Offensive line splits and tells, 4) Special teams alignment, 5) Their best player and how to neutralize him.',
        ],
        [
          'u',
          'Great. Tailgate before the game was a hit too. Did wings on the Traeger for the booster club, went through 20 pounds.',
          'traeger4',
        ],
        ['a', 'Wings on a pellet grill are a crowd-pleaser. Did you use a rub or sauce?'],
        ['u', 'The leftover coffee rub plus some buffalo sauce at the end. Folks went crazy.'],
        ['a', "That's a winning combination in more ways than one."],
        ['u', 'Ha! Okay, off to bed. Gotta be up early for film.'],
        ['a', 'Sleep well, Coach.'],
        ['u', "Night. Gonna dream about Riverside's left tackle, that boy's the size of a vending machine."],
      ],
    },
    {
      start: '2025-09-20 14:00',
      lines: [
        [
          'u',
          "Homecoming week is nuts. Parade, float, pep rally, and I'm supposed to give a speech. Can you help me write something short?",
        ],
        ['a', 'Sure. How long, and what tone?'],
        [
          'u',
          'Two minutes max. Funny but heartfelt. I wanna thank the community and the old-timers who built this program.',
        ],
        [
          'a',
          "Draft: 'Harlan Valley, thank you. Every Friday night you show up — rain, cold, or the Bengals losing on Sunday. Coach Pruitt and everyone who came before built something here. We're just trying not to mess it up. Go Bulldogs!'",
        ],
        ['u', 'Ha, the Bengals line is gold. Keep it.'],
        ['a', 'Glad you like it. Anything you want to add?'],
        [
          'u',
          'Yeah, a shout out to the band. They play in the rain with no complaints, those kids are tougher than my linemen.',
        ],
        [
          'a',
          "Added: 'And to our band — you play through rain and cold without complaint. You're the toughest unit on the field.'",
        ],
        [
          'u',
          "Good. Also Kaylee's fall ball team won their tournament last weekend. She threw out two girls trying to steal second.",
        ],
        ['a', "That's impressive! She must have a great arm."],
        ['u', "Cannon. We practice in the backyard and she's about taken my head off a few times."],
        ['a', "Sounds like you need a better catcher's mitt yourself!"],
        [
          'u',
          "Ha. Biscuit ate a whole burger off the counter yesterday while I was on the phone. Foil and all. Vet says he'll be fine but dang.",
          'dog2',
        ],
        ['a', "Glad he'll be okay. Keep an eye out for vomiting or lethargy over the next day or so."],
        ['u', "Will do. Gotta run, my black coffee's getting cold and I got film to watch.", 'coffee3'],
        ['a', 'Glad to help. Good luck with the speech!'],
        ['u', "Thanks. I'll practice it on Biscuit, he's a tough crowd but fair."],
      ],
    },
    {
      start: '2025-10-18 10:15',
      lines: [
        ['u', "Senior night was last night. We're 7-2 now and we locked up a playoff spot. Emotional night."],
        ['a', 'Congratulations on making the playoffs! Senior night is always special.'],
        ['u', 'It was. I need to write short letters to each of our 14 seniors. Can you give me a template?'],
        [
          'a',
          "Template: 'Dear [Name], four years ago you walked into our weight room as a kid. Now you lead. I'll always remember [specific moment]. Wherever you go next, you'll always be a Bulldog. — Coach'",
        ],
        ['u', "That's perfect. I'll fill in the moments myself, I got a story for every one of 'em."],
        ['a', 'That personal touch will mean a lot to them.'],
        [
          'u',
          "Deer season opens soon too. Bow season's already on but I won't have time till after playoffs.",
        ],
        ['a', 'Football first this time of year. Do you hunt locally?'],
        ['u', "My uncle's farm out in Coshocton County. Been hunting there since I was Wyatt's age."],
        ['a', "That's a great tradition. Will you take Wyatt this year?"],
        ['u', "Maybe just to sit in the blind with me. He can't sit still for five minutes, so we'll see."],
        ['a', 'Bring snacks. Lots of snacks.'],
        ['u', "Ha. One more thing, Tammy's birthday is next week and I never know what to get her. Ideas?"],
        [
          'a',
          'A spa day, a nice dinner out with no kids, or something for her night shifts like a good insulated tumbler or comfy shoes.',
        ],
        ['u', "Dinner out with no kids. Brody can babysit now that he's got wheels. Done."],
        ['a', 'Sounds like a great plan.'],
        ['u', "Thanks again for all the help this season. You're on the staff now, honorary."],
      ],
    },
  ],
  questions: [
    ['single-hop', "What's my dog's name?", ['dog', 'dog2']],
    ['single-hop', 'What position does my daughter play on her softball team?', ['catcher']],
    ['single-hop', 'Which charter did I pick for the walleye trip?', ['charterPick']],
    ['single-hop', 'Where does my wife work?', ['nurse']],
    ['single-hop', 'Which brisket seasoning did I decide to go with?', ['rubPick']],
    ['multi-hop', 'How old are my three kids?', ['brodyAge', 'kayleeAge', 'wyattAge']],
    [
      'multi-hop',
      'What did the pellet grill and the trolling motor come to together?',
      ['traegerPrice', 'motorPrice'],
    ],
    [
      'temporal',
      'How many months have I been running the program as the top guy?',
      ['hc1'],
      { askedAt: '2025-11-01 09:00' },
    ],
    [
      'temporal',
      "What came first, my son getting his driver's license or the Lake Erie fishing trip?",
      ['license', 'erieTrip'],
      { askedAt: '2025-11-01 09:05' },
    ],
    [
      'updated',
      "What's my job on the football staff at the moment?",
      ['hc1', 'hc1b', 'hc1c', 'traeger1', 'hc2', 'hc3'],
      { stale: ['dc1', 'dc2', 'dc3'] },
    ],
    [
      'updated',
      'What am I cooking on out back these days?',
      ['traeger1', 'traeger2', 'traeger3', 'traeger4'],
      { stale: ['weber1', 'weber2'] },
    ],
    [
      'updated',
      'What do I drink first thing in the morning now?',
      ['coffee1', 'rubPick', 'coffee2', 'coffee3'],
      { stale: ['dew1', 'dew2'] },
    ],
    ['off-topic', "What's the capital of Australia?", []],
    ['off-topic', 'How do I convert Celsius to Fahrenheit?', []],
    ['off-topic', 'Why is the sky blue?', []],
  ],
});

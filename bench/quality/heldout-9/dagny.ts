import { definePersona } from '../author.ts';

export const dagny = definePersona({
  user_id: 'h9-dagny',
  name: 'Dagny',
  summary:
    'Dagny Lindqvist, 68, retired high-school chemistry teacher and widow in Duluth, Minnesota; knits, feeds birds, has a daughter in Madison and a son in Seattle; writes long, polite messages.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-03 09:15',
      lines: [
        [
          'u',
          "Good morning! I'm hoping you can help me with a knitting project. My granddaughter Elsa turns eight in April and I would like to make her a sweater.",
        ],
        ['a', 'What a lovely idea. Do you have a pattern in mind, or would you like a few suggestions?'],
        ['u', "Suggestions, please. She's a skinny little thing and she runs hot, so nothing too heavy."],
        [
          'a',
          'Three options: 1) a fingering-weight merino raglan, 2) a DK-weight cotton-blend pullover with a simple lace yoke, 3) a worsted-weight chunky cardigan. For a warm child I would lean toward 1 or 2.',
        ],
        [
          'u',
          'I think the second one, the cotton blend. Cotton is easier to wash, and my daughter Kari does not hand-wash anything, bless her.',
          'yarn',
        ],
        ['a', 'Very sensible. A cotton blend will hold up to the washing machine much better than merino.'],
        [
          'u',
          'Kari lives down in Madison with her husband Tom and their two, Elsa and little Finn, who is four.',
          'kari',
        ],
        [
          'a',
          'So Elsa will be eight and Finn four. Are you planning something for Finn too, or is he too young to care about sweaters?',
        ],
        [
          'u',
          'Finn would rather have a hat with ears on it. Maybe a bear hat for next winter. For now the cat is supervising, as usual. Tycho thinks every ball of yarn is his personal property.',
          'cat',
        ],
        [
          'a',
          'Cats and yarn are a classic combination. Keep the working ball in a lidded bowl and he may leave it alone.',
        ],
        [
          'u',
          'He is a big orange tabby, eleven years old now. My late husband Arne named him after the astronomer Tycho Brahe.',
        ],
        ['a', 'That is a wonderful name for a cat. How many skeins were you thinking of buying?'],
        ['u', 'That was going to be my next question. How many would I need for a size 8?'],
        [
          'a',
          'For a size 8 pullover in DK, plan on roughly 600 to 700 yards, so about six skeins of 120 yards.',
        ],
        [
          'u',
          "I'll get six to be safe. The little yarn shop on Superior Street is forever running out of dye lots.",
        ],
        ['a', 'Good plan; buying all of one dye lot at once avoids stripes you did not intend.'],
        [
          'u',
          'Thank you, dear. This was very helpful. Now I must go scrape the front steps, we had another six inches overnight.',
        ],
        ['a', 'Be careful on the ice, and happy knitting!'],
        [
          'u',
          'Oh, I nearly forgot. Is it safe to put birdseed right by the steps, or will it attract mice into the garage?',
        ],
        [
          'a',
          'It can attract mice. Hang the feeder at least ten feet from the house and sweep up spilled seed now and then.',
        ],
      ],
    },
    {
      start: '2025-02-20 14:40',
      lines: [
        [
          'u',
          "I wonder if you can help me make sense of something. I've had a dry, tickly cough for about a month and it won't go away.",
        ],
        [
          'a',
          'I can try. Has anything changed recently, such as a new medication or a cold that started it?',
        ],
        [
          'u',
          'Well, Dr. Okafor started me on lisinopril for my blood pressure back in December. Ten milligrams in the morning.',
          'bp-lisinopril',
        ],
        [
          'a',
          'A persistent dry cough is a well-known side effect of ACE inhibitors like lisinopril. It is worth calling Dr. Okafor about it rather than just putting up with it.',
        ],
        [
          'u',
          'Oh, I had no idea. I thought I was just getting old and croaky. Dr. Okafor is my regular doctor at the clinic on Fourth Street, she is very good.',
          'doctor',
        ],
        [
          'a',
          'It sounds like she would want to know. There are other blood pressure medicines that do not cause that cough.',
        ],
        [
          'u',
          "I'll ring her office tomorrow. What should I write down before I call, so I don't forget anything?",
        ],
        [
          'a',
          'Note when the cough started, whether it is worse at night, any other symptoms, and your recent blood pressure readings if you take them at home.',
        ],
        [
          'u',
          'I do take them at home, on a cuff Peter gave me for Christmas. Mostly around 138 over 84 lately.',
        ],
        ['a', 'That is helpful information to bring. Write it down with the dates.'],
        [
          'u',
          "Peter is my son, by the way. He's an engineer out in Seattle and he worries about me from two thousand miles away.",
          'peter',
        ],
        ['a', 'That is sweet of him. Having a son who sends gadgets is not a bad thing.'],
        [
          'u',
          "No, it isn't. Now, a silly question: is it all right to drink honey and lemon tea for the cough in the meantime?",
        ],
        [
          'a',
          'Honey and lemon is perfectly fine and can soothe the throat, though it will not stop a medication cough.',
        ],
        ['u', 'Good. I have a jar of local honey from the farmers market. Thank you for the advice.'],
        ['a', 'You are welcome. I hope the call goes well.'],
        [
          'u',
          'One more thing, is it all right to take my vitamin D at the same time as the blood pressure pill?',
        ],
        [
          'a',
          'Generally yes, there is no common interaction between vitamin D and lisinopril, but your pharmacist can double-check your full list.',
        ],
      ],
    },
    {
      start: '2025-03-16 16:05',
      lines: [
        [
          'u',
          'Hello again. I need a bit of help with Easter planning. Kari and the children are driving up for the long weekend.',
        ],
        ['a', 'How nice. What would you like help with, the menu or activities?'],
        [
          'u',
          'The menu mostly. I need to be careful because Finn has a tree nut allergy. A bad one, they carry an EpiPen everywhere.',
          'finn-allergy',
        ],
        [
          'a',
          'Understood. We can plan around tree nuts completely. Would you like a traditional ham dinner?',
        ],
        [
          'u',
          "Yes, ham, and I always make my mother's cardamom bread. The recipe calls for almonds on top, though.",
        ],
        [
          'a',
          'You could top the cardamom bread with pearl sugar instead of almonds. It is traditional in Scandinavian baking anyway.',
        ],
        [
          'u',
          'Pearl sugar, of course! My mother would approve. She was from Trondheim and very particular about her baking.',
        ],
        [
          'a',
          'Then pearl sugar it is. For dessert, a lemon pie or rhubarb crumble would be nut-free and springlike.',
        ],
        [
          'u',
          'Rhubarb crumble. There is still frozen rhubarb from last summer in the chest freezer downstairs.',
        ],
        [
          'a',
          'Perfect. Check the oats you use are not processed in a facility with nuts if the allergy is severe.',
        ],
        [
          'u',
          "Good point. I will read the labels. Also I have choir on Thursday evenings at First Lutheran and we're singing for Easter Sunday, so the ham will have to go in before church.",
          'choir',
        ],
        ['a', 'A slow-cooked ham can go in the oven before you leave and be ready when you return.'],
        [
          'u',
          'That is exactly what I will do. Oh, and Dr. Okafor called me back. She wants to see me next month about the cough.',
        ],
        ['a', 'Good, I am glad she is following up.'],
        ['u', "Thank you. I feel much more organized now. I'll print this out, I still like paper."],
        ['a', 'Paper lists are hard to beat. Have a lovely Easter.'],
        [
          'u',
          'Do you think the children would enjoy dyeing eggs with onion skins, the way we did when I was little?',
        ],
        [
          'a',
          'They would probably love it. Onion skins give beautiful rust and gold colours, and it is all food-safe.',
        ],
      ],
    },
    {
      start: '2025-04-24 10:30',
      lines: [
        [
          'u',
          'Good morning! Spring migration is starting and I am so excited. I went up to Hawk Ridge yesterday and saw my first broad-winged hawks of the year.',
        ],
        ['a', 'That sounds wonderful. Hawk Ridge is famous for its raptor migration. How many did you see?'],
        [
          'u',
          'A few dozen, and one bald eagle going over very low. I keep a little notebook of every bird I see, I have done it since 1989.',
        ],
        ['a', 'A birding journal that long is a real treasure. Do you use any app as well, like eBird?'],
        [
          'u',
          'Peter set up eBird for me but I confess I still prefer the notebook. Speaking of doctors, I saw Dr. Okafor on Tuesday. She took me off the lisinopril and put me on amlodipine instead, five milligrams.',
          'bp-amlodipine',
        ],
        [
          'a',
          'That is a common switch. Amlodipine does not cause the ACE-inhibitor cough. Some people notice ankle swelling at first, so keep an eye on that.',
        ],
        ['u', 'She mentioned the ankles. I will watch them. The cough is already a little better, I think.'],
        ['a', 'It can take a few weeks to clear completely, but that is a good sign.'],
        [
          'u',
          "Elsa's birthday was last week and the sweater fit! She wore it all afternoon even though it was 70 degrees in Madison.",
        ],
        ['a', 'That is the best compliment a knitter can get. Congratulations.'],
        [
          'u',
          'Kari sent me a photo. Now I need a new project. Could you suggest something small I can take in my bag while birding?',
        ],
        [
          'a',
          'Socks are the classic portable project. A pair of plain vanilla socks in fingering weight would fit in any bag.',
        ],
        [
          'u',
          'Socks it is. I have not made socks since the nineties. Do you think two at a time on a long circular is too fussy for me?',
        ],
        [
          'a',
          'Not at all, though if you have not made socks in a while, starting with one at a time on double-pointed needles may feel more familiar.',
        ],
        ['u', 'I will start with one at a time then. Thank you, dear.'],
        ['a', 'Enjoy the migration and the socks.'],
        [
          'u',
          'I also meant to ask: what is that bird that sounds like a squeaky wheel? It has been in the spruce tree all week.',
        ],
        [
          'a',
          'In Duluth in spring, a squeaky-wheel song is often a black-and-white warbler, though a brown creeper is also possible. Try recording it with the Merlin app.',
        ],
      ],
    },
    {
      start: '2025-05-29 19:20',
      lines: [
        [
          'u',
          'I have big news. My sister Solveig and I have decided to go to Norway in September. We have talked about it for twenty years and we are finally doing it.',
        ],
        ['a', 'How exciting! Where in Norway are you planning to go?'],
        [
          'u',
          "Bergen first, for about five days, and then maybe the train to Oslo. Our grandparents emigrated from near Bergen. Solveig lives in Fargo, so we'll fly out of Minneapolis together.",
        ],
        ['a', 'That sounds like a wonderful trip. Would you like help finding a place to stay in Bergen?'],
        [
          'u',
          'Yes please. Something central, quiet, and with an elevator. My knees do not love stairs anymore.',
        ],
        [
          'a',
          'Three options: 1) Hotel Oleana, a modern hotel near the fish market, 2) Det Hanseatiske Hotel, historic and right on Bryggen with an elevator, 3) a Thon hotel near the bus station, cheaper but less charming.',
        ],
        [
          'u',
          "The second one, on Bryggen. If I'm going to Norway once in my life I want to look out at the old wharf.",
          'hotel',
        ],
        [
          'a',
          'A lovely choice. Bryggen is the heart of old Bergen. Would you like to look at the train to Oslo next?',
        ],
        ['u', 'Yes, what is the train journey like?'],
        [
          'a',
          'The Bergen Line takes about seven hours and goes over the mountain plateau. It is often called one of the most beautiful train rides in Europe.',
        ],
        [
          'u',
          'Seven hours sounds long, but with Solveig and a thermos of coffee it will go by quickly. We fly out on September 9th and come home on the 19th.',
          'norway-dates',
        ],
        ['a', 'Ten days is a good length. Remember to bring layers; Bergen is famous for its rain.'],
        ['u', 'I know all about rain, I live on Lake Superior. I will bring my good raincoat.'],
        ['a', 'You will fit right in. Anything else you would like help with for the trip?'],
        [
          'u',
          'Not tonight. I have to go feed Tycho before he knocks the plant off the windowsill to make a point.',
        ],
        ['a', 'Good luck with the negotiations. Goodnight!'],
        ['u', 'Oh, before I go: Solveig wants to know if we need any special plug adapters for Norway.'],
        [
          'a',
          'Norway uses the European type C and F plugs at 230 volts, so bring a couple of adapters; most phone chargers handle the voltage fine.',
        ],
      ],
    },
    {
      start: '2025-07-09 11:00',
      lines: [
        ['u', 'I have been thinking about something serious and I would like to talk it over with someone.'],
        ['a', 'Of course. What is on your mind?'],
        [
          'u',
          "The house is getting to be too much for me. It's a three-bedroom on Vermilion Road that Arne and I bought in 1984, with a big yard and a steep driveway.",
          'house',
        ],
        [
          'a',
          'That is a lot of house to keep up, especially in Duluth winters. Are you thinking about downsizing?',
        ],
        [
          'u',
          "Yes. There's a new condo building on London Road, near the lake, with an elevator and underground parking. Kari thinks I should do it.",
        ],
        [
          'a',
          'An elevator and underground parking would make winters a lot easier. What is holding you back?',
        ],
        [
          'u',
          "Forty years of memories, mostly. And the basement is full of Arne's woodworking tools I have never had the heart to sort.",
        ],
        [
          'a',
          'That is very understandable. Sometimes it helps to ask family to help sort, and to keep just a few pieces that mean the most.',
        ],
        [
          'u',
          'Peter is coming in August for a week. Maybe he can help with the tools. He always liked working in the shop with his dad.',
        ],
        ['a', 'That sounds like a meaningful way to do it together.'],
        [
          'u',
          'The other thing is the car. My 2011 Buick LaCrosse keeps having problems. The mechanic says the transmission is on its way out.',
          'car-buick',
        ],
        [
          'a',
          'A transmission repair can cost more than an older car is worth. Would you like to compare repairing it with replacing it?',
        ],
        ['u', 'Yes, roughly. He quoted me thirty-two hundred dollars.'],
        [
          'a',
          'For a 2011 car, that is likely close to its value. Many people in that situation choose to sell it as-is and put the money toward something newer, ideally with all-wheel drive for the winters.',
        ],
        [
          'u',
          "That's what I was afraid you'd say. All right, I will think about both the house and the car. One big decision at a time.",
        ],
        ['a', 'That is a wise approach. I am happy to help with either whenever you are ready.'],
        [
          'u',
          'In the meantime, it has been so hot. Is there anything I can do to keep the upstairs cooler without air conditioning?',
        ],
        [
          'a',
          'Close blinds on the sunny side during the day, open windows at night and use a box fan in a window to pull cool air through.',
        ],
      ],
    },
    {
      start: '2025-08-15 17:45',
      lines: [
        [
          'u',
          'Well, I did it. I sold the Buick yesterday to a young man from Cloquet who wants to fix it up himself.',
          'buick-sold',
        ],
        ['a', 'Congratulations on making the decision! Did you get a fair price?'],
        ['u', 'Eighteen hundred dollars, which is more than I expected with that transmission.'],
        ['a', 'That is a good result. Have you found a replacement yet?'],
        [
          'u',
          'Peter helped me pick one out while he was here. I bought a 2022 Subaru Forester, dark green, with all-wheel drive and heated seats.',
          'car-subaru',
        ],
        [
          'a',
          'The Forester is a great choice for Minnesota winters. Heated seats will be a luxury in January.',
        ],
        [
          'u',
          'The dealer showed me all the safety things, the lane warning and so on. It beeps at me a great deal.',
        ],
        [
          'a',
          'You can usually adjust or turn off some of the alerts in the settings if they get annoying. Would you like help finding those?',
        ],
        [
          'u',
          "Perhaps later. Peter and I also sorted the basement. He took his dad's lathe home to Seattle on a freight service, and I kept Arne's little carving knives.",
        ],
        ['a', 'That sounds like a good balance, and it must mean a lot to Peter.'],
        [
          'u',
          'It does. He cried a little, which he would never admit. I made him his favourite, meatballs with lingonberries, the last night.',
        ],
        ['a', 'A good send-off. Are you still thinking about the condo?'],
        [
          'u',
          'I put a deposit on a unit on the fourth floor last week. It faces the lake. The house goes on the market in September after I get back from Norway.',
        ],
        ['a', 'Big steps all around. It sounds like you are handling them with a clear head.'],
        ['u', 'Some days. Other days I just eat crackers and watch the ore boats. Thank you for listening.'],
        ['a', 'Both are perfectly reasonable. I am always here to listen.'],
        ['u', 'You are a good listener for a computer. Goodnight.'],
        ['a', 'Goodnight, Dagny. Enjoy the ore boats.'],
      ],
    },
    {
      start: '2025-09-24 13:10',
      lines: [
        ['u', 'I am home! We got back from Norway last Friday and I am still on Bergen time.'],
        ['a', 'Welcome back! How was the trip?'],
        [
          'u',
          "Oh, it was marvelous. It rained four of the five days in Bergen and I didn't care at all. The room at the hotel looked right over the harbour.",
        ],
        ['a', 'That sounds just as you hoped. Did you and Solveig find anything about your grandparents?'],
        [
          'u',
          'We did! We found the church in Os where our grandmother was baptized and the pastor let us see the old records.',
        ],
        ['a', 'What a special moment. Did you take the train to Oslo as well?'],
        [
          'u',
          'We did, and it was every bit as beautiful as you said. Solveig fell asleep for an hour and missed a glacier. I will never let her forget it.',
        ],
        ['a', 'That will be a story for years. Did you see many birds?'],
        [
          'u',
          'I added eleven new species to my notebook, including a white-throated dipper, which is the national bird of Norway.',
        ],
        ['a', 'A lovely souvenir. Now the house sale and the move, I suppose?'],
        [
          'u',
          'Yes, the realtor is coming Thursday to take photos. Could you help me with a list of what to do before the photos?',
        ],
        [
          'a',
          'Declutter surfaces, remove personal photos, open all curtains, fix small things like dripping taps, mow the lawn, and put out fresh flowers.',
        ],
        [
          'u',
          'Remove the personal photos... that will be hard, there are forty years of them. But I understand.',
        ],
        ['a', 'You can pack them carefully first, so they are ready for the new place.'],
        ['u', 'That is a nice way to think of it. Thank you.'],
        ['a', 'You are very welcome. Good luck on Thursday.'],
        [
          'u',
          'And I think I brought home a cold from the plane. Is it all right to take cold medicine with amlodipine?',
        ],
        [
          'a',
          'Decongestants like pseudoephedrine can raise blood pressure, so ask your pharmacist for a cold remedy without a decongestant.',
        ],
      ],
    },
    {
      start: '2025-10-27 15:30',
      lines: [
        [
          'u',
          'Hello from the fourth floor! I moved into the condo on London Road on Saturday. Boxes everywhere, but the view is worth it.',
          'condo',
        ],
        ['a', 'Congratulations on the move! How is Tycho taking it?'],
        [
          'u',
          'He hid under the bed for two days and now he sits in the window and watches the gulls. I think he approves.',
        ],
        ['a', 'Cats often take a few days. A window perch will make him very happy.'],
        [
          'u',
          "I have a bit of a confession. I've given up choir. With the move and my hearing getting worse, I just couldn't keep up with the altos anymore.",
        ],
        [
          'a',
          'That must have been hard after so long. Have you found something else to fill Thursday evenings?',
        ],
        [
          'u',
          "Actually yes! My neighbour across the hall, Marlene, dragged me to pickleball at the community center, and now I go every Tuesday and Thursday morning. I'm terrible and I love it.",
          'pickleball',
        ],
        [
          'a',
          'Pickleball is very popular and very social. Good for the heart, too, which Dr. Okafor will like.',
        ],
        ['u', 'She will! My blood pressure has been lower since the new pill anyway, around 128 over 80.'],
        ['a', 'That is a nice improvement. Are your ankles behaving?'],
        [
          'u',
          'A tiny bit puffy in the evenings, nothing worth complaining about. What shoes should I get for pickleball? I am wearing old walking shoes.',
        ],
        [
          'a',
          'Court shoes with lateral support are best, since pickleball involves a lot of side-to-side movement. Running shoes and walking shoes are designed for forward motion.',
        ],
        [
          'u',
          'Then I will buy proper court shoes. Marlene says the sporting goods store by the mall has a good selection.',
        ],
        [
          'a',
          'Try them on in the afternoon when your feet are a little larger, and bring the socks you play in.',
        ],
        ['u', 'Good advice. The house sale closes in two weeks too, so that is nearly behind me.'],
        ['a', 'You have had quite an autumn. Enjoy settling in.'],
        ['u', 'I will try. Now I have to find which box the coffee maker went into.'],
        ['a', 'The eternal moving-day mystery. Good luck!'],
      ],
    },
    {
      start: '2025-11-29 20:15',
      lines: [
        [
          'u',
          "I'm a grandmother again! Peter's wife Mei had a baby girl on Wednesday, right before Thanksgiving. Her name is Ingrid.",
          'ingrid',
        ],
        ['a', 'Congratulations! Ingrid is a beautiful name. How are Mei and the baby doing?'],
        [
          'u',
          'Both well. Seven pounds two ounces. Peter sent a video of her yawning and I must have watched it thirty times.',
        ],
        ['a', 'That is completely understandable. Are you planning to visit Seattle?'],
        [
          'u',
          'In January, once they have settled. I have never flown alone that far, but I did Norway, so I can do Seattle.',
        ],
        ['a', 'You certainly can. Would you like help with a gift for the baby?'],
        [
          'u',
          'I am knitting her a blanket, of course. But I want something for Peter and Mei too. What do new parents actually want?',
        ],
        [
          'a',
          'Practical things: a meal delivery gift card, a house-cleaning visit, or a nice thermos for coffee during night feeds.',
        ],
        [
          'u',
          'The meal delivery card is a very good idea. Mei is a wonderful cook but she will not have time.',
        ],
        ['a', 'A few weeks of meals can be a real gift in those first months.'],
        [
          'u',
          'Thanksgiving itself was quiet, Kari and Tom had his family in Madison this year, so Marlene and I cooked a small turkey breast together.',
        ],
        ['a', 'That sounds cosy. Did the condo oven cooperate?'],
        ['u', 'It runs hot, I burned the rolls. Next year I will know.'],
        ['a', 'Every new oven has its quirks. A cheap oven thermometer will tell you how far off it is.'],
        ['u', 'I will get one. Goodnight, and thank you for celebrating with me.'],
        ['a', 'Goodnight, and congratulations again, Grandma!'],
        ['u', 'Grandma of three now. Oh my.'],
        ['a', 'Three lucky grandchildren.'],
      ],
    },
    {
      start: '2025-12-17 10:50',
      lines: [
        [
          'u',
          'Christmas cookie time! I am making my usual batch for the family and for the pickleball ladies.',
        ],
        ['a', 'Lovely. Which cookies are on your list this year?'],
        [
          'u',
          'Krumkake, spritz, sandbakkels and gingersnaps. My sandbakkels recipe uses ground almonds, though, and the grandchildren are coming on the 23rd.',
        ],
        [
          'a',
          'You could make the sandbakkels with all flour and a bit of almond-free vanilla instead, or keep them in a separate tin clearly away from the others.',
        ],
        [
          'u',
          'I think I will make two batches, one safe version, and keep the other for the pickleball ladies.',
        ],
        ['a', 'That works, as long as you bake the safe ones first with clean equipment.'],
        [
          'u',
          'Good thinking. Now, the Subaru has a warning light on, a little orange symbol like a horseshoe with an exclamation mark.',
        ],
        [
          'a',
          'That is usually the tyre pressure warning. Cold weather lowers tyre pressure, so it often appears in December. Check the pressures and add air.',
        ],
        ['u', 'Ah, that makes sense. It was minus twelve this morning. I will stop at the gas station.'],
        ['a', 'The recommended pressure is on a sticker inside the driver door frame.'],
        [
          'u',
          'Found it, thank you. Also my flight to Seattle is booked for January 9th. I chose a window seat so I can see the mountains.',
        ],
        ['a', 'On a clear day you may see the Rockies and then Mount Rainier on approach. How exciting.'],
        ['u', 'I will bring my binoculars. Merry Christmas, if I do not talk to you before.'],
        ['a', 'Merry Christmas, Dagny!'],
        ['u', 'Wait, one more question. How long do krumkake keep in a tin?'],
        ['a', 'In an airtight tin at room temperature they stay crisp for about two weeks.'],
        ['u', 'Perfect, that takes me right through New Year.'],
        ['a', 'Enjoy them, and Merry Christmas again.'],
      ],
    },
    {
      start: '2026-01-26 18:30',
      lines: [
        [
          'u',
          'Back from Seattle. Little Ingrid is perfect and the blanket was a big hit. Peter has a hand-me-down lathe in his garage and he showed me the first bowl he made on it.',
        ],
        ['a', "What a meaningful trip. It must have been moving to see him using his father's lathe."],
        [
          'u',
          'It was. Now I need some help with something boring: taxes. I sold the house this year and I am not sure what I need to report.',
        ],
        [
          'a',
          'For a primary residence you owned and lived in for years, there is usually a large capital gains exclusion. You should still report the sale if you received a 1099-S form. A tax preparer can confirm the details.',
        ],
        [
          'u',
          'I did get the 1099-S. I think I will go to the same preparer as last year, a nice woman at the library who does volunteer tax help for seniors.',
        ],
        [
          'a',
          'That sounds like a good plan. Bring the closing statement, the 1099-S and your purchase records if you have them.',
        ],
        ['u', 'The purchase records from 1984 are in a shoebox somewhere. I will dig.'],
        ['a', 'Good luck with the shoebox. Anything else on your mind?'],
        [
          'u',
          "Pickleball is going well. Marlene and I won our first doubles game last week against two retired firemen. I've never been so smug.",
        ],
        ['a', 'You have earned the smugness! How are the court shoes?'],
        [
          'u',
          'Worth every penny. Also I joined a book club at the library. We are reading Kristin Lavransdatter, which seems fitting after Norway.',
        ],
        ['a', 'A wonderful and very long choice. Are you reading the new translation?'],
        ['u', 'The Tiina Nunnally one, yes. It is much easier going than the old one I tried in college.'],
        ['a', 'Many readers find it more natural. Enjoy it.'],
        ['u', 'I will. Thank you, dear. It is nice to have someone to report to.'],
        ['a', 'It is always a pleasure to hear from you.'],
        ['u', "Next week I will ask you about a pattern for Finn's bear hat. He reminded me on the phone."],
        ['a', 'I will be ready with some ideas. Four-year-olds never forget a promise.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What is my cat called again?', ['cat']],
    ['single-hop', 'Which hotel did I end up choosing for my stay in Bergen?', ['hotel']],
    [
      'single-hop',
      "I'm baking for the grandkids' next visit. Is there any ingredient I should leave out?",
      ['finn-allergy'],
    ],
    ['single-hop', 'Which of the sweater options did I go with for Elsa?', ['yarn']],
    ['single-hop', "What's the name of the doctor who looks after my blood pressure?", ['doctor']],
    ['multi-hop', 'How many grandchildren do I have now, and whose children are they?', ['kari', 'ingrid']],
    [
      'multi-hop',
      'I want to mail presents to both of my children. Which cities do they live in?',
      ['kari', 'peter'],
    ],
    ['temporal', 'When was I in Norway with my sister?', ['norway-dates'], { askedAt: '2026-02-10 10:00' }],
    [
      'temporal',
      'Did I get rid of my old car before or after I moved out of the house?',
      ['buick-sold', 'condo'],
      { askedAt: '2026-02-10 10:00' },
    ],
    [
      'updated',
      'Which blood pressure medicine am I taking these days?',
      ['bp-amlodipine'],
      { stale: ['bp-lisinopril'] },
    ],
    ['updated', 'What do I drive now?', ['car-subaru'], { stale: ['car-buick'] }],
    ['updated', 'What do I do with my Thursdays now?', ['pickleball'], { stale: ['choir'] }],
    ['off-topic', "What's a good way to get rid of aphids on rose bushes?", []],
    ['off-topic', 'Can you explain the offside rule in soccer?', []],
    ['off-topic', 'How do I patch a bicycle inner tube?', []],
  ],
});

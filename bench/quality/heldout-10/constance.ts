import { definePersona } from '../author.ts';

export const constance = definePersona({
  user_id: 'h10-constance',
  name: 'Constance',
  summary:
    'Retired primary-school teacher, 68 and widowed, living in rural Vermont; devoted gardener and grandmother who writes long, warm, chatty messages full of asides.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-17 09:15',
      lines: [
        [
          'u',
          "Good morning! My daughter Ellen told me I should try talking to one of these assistant programs, so here I am, sitting at the kitchen table with my coffee. I'm typing on the old desktop computer because my little flip phone certainly can't do anything like this, it barely does texting.",
          'phone-flip-1',
        ],
        [
          'a',
          "Good morning, and welcome! I'm happy to help with anything you like. What's on your mind today?",
        ],
        [
          'u',
          "Well, it's seed-starting time, or nearly. I live up in Peacham, Vermont, which is zone 4 (some years it feels like zone 3, honestly), and I always start my tomatoes indoors. This year I ordered Brandywine seeds from Johnny's, the big pink heirloom ones my late husband loved. When should I sow them?",
          'tomato-1',
        ],
        [
          'a',
          'For zone 4, your last frost is usually late May to early June. Start tomato seeds indoors about 6–8 weeks before that, so roughly the first week of April. Use a heat mat if your house is cool.',
        ],
        [
          'u',
          "The first week of April, that's what I thought but I like to double check. Walter always did the math on these things. He passed three years ago this May, and I still catch myself turning around to ask him. He was a dairy farmer for forty years and could tell you the frost date by smelling the air, I swear.",
          'husband',
        ],
        [
          'a',
          "I'm sorry about Walter. He sounds like a wonderful man, and it's lovely that you keep growing the tomatoes he loved.",
        ],
        [
          'u',
          'Thank you, dear. It helps to keep his garden going. Now, a practical question. I have an old golden retriever named Biscuit, eleven years old, and she has started to be stiff in the mornings. Is there anything I can do for her besides the vet?',
          'dog',
        ],
        [
          'a',
          'For older dogs with stiffness: keep her at a healthy weight, short gentle walks, a supportive orthopedic bed, and ask your vet about joint supplements (glucosamine, fish oil) or an anti-inflammatory. A rug on slippery floors helps too.',
        ],
        [
          'u',
          "Oh, the rug is a good idea, she slides on the kitchen linoleum like a hockey puck. I'll put the braided rug from the hallway down there.",
        ],
        ['a', "Perfect. She'll appreciate the grip."],
        [
          'u',
          "It's sugaring season here too, my neighbor Ruth and her son are boiling sap every evening and the whole road smells sweet. I've been bringing them pie and they pay me in syrup, which is the best trade in the world as far as I'm concerned.",
        ],
        ['a', 'That sounds like a wonderful arrangement. What kind of pie do you bring?'],
        [
          'u',
          "Apple mostly, from last fall's apples in the root cellar, though they're getting a bit soft by now. Do you have any ideas for using up soft apples that aren't pie? I'm getting tired of pie, if you can believe it.",
        ],
        [
          'a',
          'Soft apples are great for applesauce, apple butter, apple crisp, baked apples with oats and maple, or apple muffins. Apple butter uses a lot of them at once and keeps well.',
        ],
        [
          'u',
          "Apple butter with a little of Ruth's syrup, now that's an idea. Thank you, I'll try that this afternoon. You're very easy to talk to!",
        ],
        ['a', 'Thank you! Enjoy the apple butter, and say hi to Biscuit.'],
        [
          'u',
          "Oh, before I go, is it true that dogs shouldn't have grapes? Lily wanted to share hers with Biscuit at lunch and I stopped her just in case.",
        ],
        [
          'a',
          'Yes, grapes and raisins can cause kidney failure in dogs, even in small amounts. Good instinct.',
        ],
        ['u', "Goodness, I'm glad I stopped her. I'll tell Ellen so the children know too."],
        ['a', "That's a good idea."],
      ],
    },
    {
      start: '2024-04-14 14:30',
      lines: [
        [
          'u',
          'Hello again! The tomato seedlings are up, twenty-four little Brandywines under the shop light in the spare room. I feel like a proud grandmother all over again.',
        ],
        ['a', "Congratulations! Keep the light just a few inches above them so they don't get leggy."],
        [
          'u',
          'Speaking of grandmothers, my daughter Ellen came down from Burlington yesterday with her two, Owen who is nine and Lily who is six. Owen wanted to know how the computer could talk back to me, and Lily wanted to know if it could talk to Biscuit.',
          'grandkids-ellen',
        ],
        [
          'a',
          "Ha! Sadly Biscuit and I can't chat, but I'm glad Owen and Lily are curious. It sounds like a lovely visit.",
        ],
        [
          'u',
          "It was. Now, I'd like your help with something that's a bit embarrassing. My hearing isn't what it was, and my doctor says I should think about hearing aids. I don't even know where to start. Ellen says Costco, my friend Dot says a proper audiologist. What do you think?",
        ],
        [
          'a',
          "There are three main routes: 1) an audiologist with premium aids like Phonak or Oticon, around $4,000–6,000 a pair with lots of support; 2) Costco's hearing center, which does a full test and sells good aids (Jabra, Philips) for about $1,500 a pair, follow-ups included; 3) over-the-counter aids like Jabra Enhance, around $800, self-fitted and best for mild loss.",
        ],
        [
          'u',
          "Well, I'm a retired teacher on a teacher's pension, so four thousand dollars sounds like a new roof to me. I think I'll go with Costco. Ellen can take me to the one in Colchester when I visit her, and they do the testing right there.",
          'hearing-pick',
        ],
        [
          'a',
          'That sounds like a great balance of cost and care. Bring a list of situations where you struggle to hear, like restaurants or the phone.',
        ],
        [
          'u',
          "The phone is the worst, and church. Oh, and story hour! Every Wednesday morning I read to the little ones at the Peacham Library. Thirty-one years of teaching second grade and I still can't stop reading to children. The toddlers are loud though, and I miss half of what they say.",
          'volunteer-library-1',
        ],
        [
          'a',
          "That's a lovely way to keep teaching. Hearing aids should help a lot with those little voices.",
        ],
        [
          'u',
          "I hope so, they say the funniest things. Last week a little boy told me his grandpa has a tractor and a beard 'both green'. I'm still wondering about that one.",
        ],
        ['a', "Ha, that's a mystery worth solving!"],
        [
          'u',
          "Also, my sister Bev in Sarasota called and invited me to stay with her in Florida next January and February. She says I shouldn't spend another winter up here alone shoveling snow. She's right, but I've never left Vermont for more than a week!",
          'winter-florida-1',
        ],
        [
          'a',
          "Two months of warmth sounds wonderful. It's a long time to plan ahead, so you'll have plenty of time to arrange things.",
        ],
        [
          'u',
          "That's what I told her. We'll see, but I'm leaning yes. Biscuit would come with me, of course, Bev likes dogs.",
        ],
        ['a', 'Biscuit would enjoy the Florida sun.'],
        [
          'u',
          'One more thing, the heating oil bill this winter nearly gave me a heart attack. Is there any way to cut it next year without freezing in my own kitchen?',
        ],
        [
          'a',
          'A few ways: have the furnace serviced, seal drafts around windows and doors, add attic insulation, use a programmable thermostat, and ask your dealer about a pre-buy plan. Efficiency Vermont also offers weatherization rebates.',
        ],
        [
          'u',
          "Efficiency Vermont, I'll call them this week. Walter always meant to insulate the attic and never got around to it.",
        ],
        ['a', 'It could pay for itself in a few winters.'],
      ],
    },
    {
      start: '2024-05-12 16:00',
      lines: [
        [
          'u',
          "Happy Mother's Day to all the mothers out there, even if you're a computer program and don't have one! Ellen called this morning and the grandchildren sang to me on speaker. I cried, of course.",
        ],
        ['a', "Happy Mother's Day, Constance! That sounds like a sweet call."],
        [
          'u',
          "And I have news! My son Mark called too, from Denver. He and his wife Priya are expecting their first baby in August. My third grandchild! I've been floating all afternoon.",
          'mark-expecting',
        ],
        ['a', 'Congratulations! A new grandbaby is wonderful news.'],
        [
          'u',
          "I'm trying to figure out how I'll get out to Denver once the baby comes. But that's a problem for later. For now, I need to complain about deer. They ate every single tulip along the front walk. Every one! Is there anything that actually works?",
        ],
        [
          'a',
          'What works best: a fence at least 8 feet tall, or repellents like Liquid Fence or Bobbex reapplied after rain. Planting daffodils and alliums, which deer avoid, also helps.',
        ],
        [
          'u',
          "Daffodils they leave alone, that's true, and the allium is a good idea. An eight-foot fence I cannot do, the selectboard would have something to say about it, and so would my bank account.",
        ],
        ['a', 'Repellents plus deer-resistant bulbs might be the realistic combination.'],
        [
          'u',
          "Now, the other reason I'm writing. My flip phone. Mark sent me a photo of the ultrasound by text and my phone showed it as a tiny grey square. I could barely tell which end was the baby. I'm starting to think I'm too old-fashioned with this little phone.",
          'phone-flip-2',
        ],
        [
          'a',
          'A smartphone would show photos much better, and let you video call the family. There are simple ones designed to be easy to use.',
        ],
        [
          'u',
          "Owen keeps telling me the same thing. Let me think on it. Something simpler now: do you have a good zucchini bread recipe? I know it's early, but I like to have it ready for when the zucchini avalanche starts.",
        ],
        [
          'a',
          'Classic zucchini bread: 2 cups grated zucchini, 3 eggs, 1 cup sugar, 1/2 cup oil, 1/2 cup applesauce, 2 tsp vanilla, 2 cups flour, 1 tsp baking soda, 1/2 tsp baking powder, 1 tsp salt, 2 tsp cinnamon. Bake in a loaf pan at 350°F for 55–60 minutes.',
        ],
        [
          'u',
          "Applesauce in it! How clever, and I have jars of it from March. Thank you, I'm copying this onto a recipe card right now.",
        ],
        ['a', 'A recipe card is the best way to keep it.'],
        [
          'u',
          "Ruth and I have started walking together in the mornings, down to the covered bridge and back, about two miles. My doctor will be pleased, she's been after me about it for a year.",
        ],
        ['a', "That's a lovely habit, and good company makes it easier to keep."],
        ['u', "We solve all the town's problems on the way. The selectboard ought to hire us."],
        ['a', "Ha, they'd get a lot done!"],
      ],
    },
    {
      start: '2024-06-09 10:20',
      lines: [
        [
          'u',
          'Good morning! The garden is finally in. It was a late spring, we had frost on May 28th, but the tomatoes went out last Sunday and they look happy.',
        ],
        ['a', 'Wonderful! A late frost is so nerve-wracking.'],
        [
          'u',
          "I also picked up six Sungold seedlings at the farmers market in Danville on Saturday, those little orange cherry tomatoes. The grandchildren eat them straight off the vine like candy, so I'll have them and the big pink ones this year.",
          'tomato-2',
        ],
        ['a', "Sungolds are a great choice for kids. They're incredibly sweet."],
        [
          'u',
          'Now, the potato beetles are back, the little striped devils. I refuse to use anything nasty. Any ideas?',
        ],
        [
          'a',
          'Hand-pick adults and larvae into a bucket of soapy water every morning, squash the orange egg clusters on the undersides of leaves, use floating row covers early on, and consider spinosad, an organic option.',
        ],
        ['u', "Hand-picking it is, with my coffee every morning. It's oddly satisfying, I must admit."],
        ['a', 'Many gardeners find it therapeutic!'],
        [
          'u',
          "Summer reading starts next week at the library, so story hour on Wednesdays becomes a whole program, with crafts. I've been cutting out paper frogs all week for 'Frog and Toad' day.",
          'volunteer-library-2',
        ],
        ['a', 'Frog and Toad is a perfect choice. The children will love it.'],
        [
          'u',
          "And some health news. The eye doctor says I need cataract surgery, the right eye first. It's scheduled for the beginning of July. I'm a little nervous but everyone I know who's had it says it's like a miracle.",
        ],
        [
          'a',
          "Cataract surgery is very common and usually quick, about 15–20 minutes, and most people see better within days. You'll need someone to drive you home.",
        ],
        [
          'u',
          "Ruth's son will drive me. He's such a good boy, well, he's fifty, but still. Could you give me a little list of what I should have ready at home for afterward?",
        ],
        [
          'a',
          'Have ready: your prescribed eye drops, a protective eye shield for sleeping, sunglasses, easy meals for a couple of days, and a plan not to bend over or lift anything heavy for about a week. Avoid dusty garden work for a little while too.',
        ],
        ['u', "No garden work! Oh dear. Well, I'll have to let the weeds win for a week."],
        ['a', 'The weeds will wait for you, unfortunately.'],
        [
          'u',
          "The garden club meets at the Congregational church on the first Monday, and this month it's my turn to bring refreshments. What's something easy and summery for about fifteen people?",
        ],
        [
          'a',
          'Lemon bars, a strawberry rhubarb crisp in a big baking dish, or cucumber sandwiches with dill cream cheese would all be easy.',
        ],
        ['u', 'Strawberry rhubarb crisp, I have rhubarb coming out of my ears this year.'],
        ['a', 'Perfect use for it.'],
      ],
    },
    {
      start: '2024-07-07 11:05',
      lines: [
        [
          'u',
          "Well, I had my cataract surgery this past Tuesday, July 2nd, and oh my goodness. I can see the individual leaves on the maple trees across the road. I didn't realize how yellow and foggy everything had become.",
          'cataract',
        ],
        ['a', "That's wonderful! It's amazing how much clarity comes back."],
        [
          'u',
          'The colors! My kitchen curtains are white, not cream, who knew. The left eye gets done in the fall, and I can hardly wait.',
        ],
        ['a', 'Ha, the white curtain revelation is a classic. Glad it went so smoothly.'],
        [
          'u',
          "We had the Fourth of July parade in Peacham, which is about six tractors, the fire truck and the kids on decorated bicycles, and I sat on Ruth's porch with my sunglasses on like a movie star.",
        ],
        ['a', 'That sounds like a perfect small-town Fourth.'],
        [
          'u',
          "Now, the cucumbers have gone wild. I want to make bread and butter pickles the way my mother did, but I've lost her recipe card. Can you help?",
        ],
        [
          'a',
          'Bread and butter pickles: slice 4 lb cucumbers and 2 onions thin, toss with 1/3 cup pickling salt, cover with ice for 3 hours, drain. Bring 3 cups cider vinegar, 2 1/2 cups sugar, 2 tbsp mustard seed, 1 tsp celery seed and 1 tsp turmeric to a boil, add the vegetables, heat through, and pack into jars. Process 10 minutes in a water bath.',
        ],
        [
          'u',
          "Turmeric, that's the yellow! Mother always said it was 'the secret' and never told us what it was. Thank you, dear.",
        ],
        ['a', 'Now you know the family secret!'],
        [
          'u',
          "Biscuit has been wonderful through all this, she stays right by my chair. Since the rug went down in the kitchen she hasn't slipped once.",
        ],
        ['a', "Good girl, Biscuit. I'm glad the rug helped."],
        [
          'u',
          "I did go to Costco with Ellen in June, by the way, and I have the hearing aids now. I heard a bird I didn't know was in my yard. A whole bird, living right there all along!",
        ],
        ['a', "Between the eyes and the ears, it's been quite a summer of discovery!"],
        [
          'u',
          "Could you suggest an audiobook while I rest my eyes? Something cozy, I'm not one for murders.",
        ],
        [
          'a',
          "Try 'The Guernsey Literary and Potato Peel Pie Society', 'A Man Called Ove', or 'Anne of Green Gables' narrated by Rachel McAdams.",
        ],
        [
          'u',
          "Anne of Green Gables! I read that aloud to my second graders every spring for years. I'll start there.",
          'grade-2',
        ],
        ['a', 'A perfect homecoming of a book.'],
      ],
    },
    {
      start: '2024-08-11 19:45',
      lines: [
        [
          'u',
          "He's here!!! Theodore James, born Thursday the 8th at 3:12 in the morning, 7 pounds 9 ounces. They'll call him Theo. Priya is doing well and Mark sounds like he hasn't slept in a week, which he probably hasn't.",
          'theo-born',
        ],
        ['a', "Congratulations, Grandma! Welcome, Theo! That's wonderful news."],
        [
          'u',
          "I need to get to Denver. Mark says to come in early September when they've settled a bit. Could you look at ways for me to get there? I've only flown four or five times in my life and always with Walter.",
        ],
        [
          'a',
          'Options: A) fly from Burlington (BTV) with one connection through Chicago, about 7 hours total, around $450 round trip; B) drive to Boston and fly direct to Denver, about 4.5 hours of flying but a 3.5-hour drive; C) fly from Burlington through Washington Dulles, about 8 hours, around $400.',
        ],
        [
          'u',
          "Oh, I won't drive in Boston, not at my age and not with those drivers. And Chicago is easier than Washington, I think, I changed planes there once with Walter. Let's do the first one, through Chicago from Burlington.",
          'flight-pick',
        ],
        [
          'a',
          "Good choice. O'Hare is big but well signposted, and you can request wheelchair or cart assistance between gates if the connection feels rushed.",
        ],
        [
          'u',
          "I might do that, my knees aren't what they were. Ellen will drive me to the Burlington airport.",
        ],
        ['a', "That's perfect. Would you like a checklist for the trip?"],
        [
          'u',
          "Yes please, a short one. And I want to bring something for the baby. I'm knitting a blanket but I'm not sure I'll finish in three weeks.",
        ],
        [
          'a',
          'Checklist: ID, boarding passes printed, medications and eye drops in your carry-on, hearing aid batteries and charger, a sweater for the plane, snacks, phone charger. For the blanket, a smaller stroller-size blanket is very doable in three weeks.',
        ],
        [
          'u',
          'A stroller blanket, yes! In a soft yellow. I taught Ellen to knit when she was seven and Mark never had the patience, so this is my chance to make something for his boy.',
        ],
        ['a', "That's a lovely heirloom to bring."],
        [
          'u',
          'Who will watch Biscuit, I wonder. Ruth, probably. Biscuit adores her because Ruth sneaks her cheese.',
        ],
        ['a', 'Sounds like Biscuit will be well cared for, and well fed.'],
        ['u', "Is it warm in Denver in September? I don't want to pack all the wrong things."],
        [
          'a',
          'Early September in Denver is usually sunny and 75–85°F by day, cooler at night. Bring layers and sunscreen, the sun is strong at altitude.',
        ],
        ['u', 'Sunscreen because of the altitude, I never would have thought of that. Thank you.'],
        ['a', 'Have a wonderful trip!'],
      ],
    },
    {
      start: '2024-09-15 13:30',
      lines: [
        [
          'u',
          "I'm home from Denver! I flew back on Thursday after a week with Mark, Priya and little Theo. He has Walter's chin, I'm certain of it. I held him for two hours straight and my arms didn't even notice.",
          'denver-back',
        ],
        ['a', 'Welcome home! It sounds like a wonderful week.'],
        [
          'u',
          'The connection in Chicago was fine, the nice man with the cart drove me to the gate and told me about his grandchildren the whole way.',
        ],
        ['a', 'Airport kindness is the best. Did the blanket get finished?'],
        [
          'u',
          'Finished on the plane going out! The lady next to me was very impressed. Priya cried when I gave it to her.',
        ],
        ['a', 'What a lovely moment.'],
        [
          'u',
          "Now some not so nice news. The library trustees announced the building is closing for renovation from October until at least spring, new roof and an elevator. So no more story hour on Wednesdays for a good while. I'm happy for the building but sad for me and the little ones.",
          'library-closing',
        ],
        [
          'a',
          "That's a real loss for a few months. Perhaps there are other ways to keep reading with children in the meantime?",
        ],
        ['u', "I've been wondering the same. I'll ask around at school and church."],
        ['a', "With 31 years of teaching behind you, I'm sure someone would love your help."],
        [
          'u',
          'The Brandywines are coming in like crazy now, great lumpy pink things. I made a tomato pie last night and it made me miss Walter terribly, it was his favorite.',
        ],
        ['a', "Food carries so many memories. I'm glad you made it."],
        [
          'u',
          "Could you give me a simple recipe for freezing tomato sauce? I have far more than I can eat, and Ellen's family loves my sauce in February.",
        ],
        [
          'a',
          'Simple freezer sauce: core and quarter tomatoes, simmer with olive oil, garlic, onion and a little salt for about an hour until thick, then blend if you like. Cool completely and freeze in quart bags laid flat. It keeps 6–8 months.',
        ],
        ['u', "Laid flat, so they stack! That's the kind of trick I love. Thank you, dear."],
        ['a', "You're welcome. Enjoy the harvest!"],
        [
          'u',
          'Ruth and I are going to the orchard in Barnet on Saturday. Which apples hold their shape best in a pie?',
        ],
        [
          'a',
          'Northern Spy, Cortland, Honeycrisp and Granny Smith all hold up well. A mix of tart and sweet gives the best flavor.',
        ],
        ['u', "Northern Spy was my mother's choice, so that settles it."],
        ['a', 'A family tradition, then.'],
      ],
    },
    {
      start: '2024-10-13 15:10',
      lines: [
        [
          'u',
          "Hello from my brand new iPhone! Yes, really. Owen spent all of Saturday setting it up for me, he put giant letters on it and a picture of Biscuit as the background, and I can video call Theo now. I've retired the old flip phone to the junk drawer.",
          'phone-iphone',
        ],
        ['a', 'Welcome to the smartphone world, Constance! Owen sounds like an excellent tech teacher.'],
        [
          'u',
          'He was very patient with me, which is funny because I used to be the patient one with him. He showed me how to take a picture and I took forty of my own thumb.',
        ],
        ['a', "Everyone's first photos are mostly thumb. You'll get the hang of it."],
        [
          'u',
          "Yesterday I planted the garlic, sixty cloves of German White in the bed by the shed, then mulched it all with straw. It's my favorite fall job, planting something you won't see again until July.",
          'garlic',
        ],
        [
          'a',
          "That's a lovely way to think about it. Straw mulch will protect it well through a Vermont winter.",
        ],
        [
          'u',
          "And good news on the volunteering front! The principal at the Peacham School, who was one of my second graders years ago if you can believe it, asked if I'd come in on Tuesday mornings to help first graders with their reading. I start next week.",
          'tutor-start',
        ],
        ['a', 'What a full-circle moment! That sounds perfect for you.'],
        [
          'u',
          "I'm so pleased. One-on-one reading, with those little fingers following the words. That was always my favorite part of teaching.",
        ],
        ['a', 'Those are the moments that make a reader.'],
        [
          'u',
          "Bev called about the winter again. She's still expecting me in Sarasota from right after New Year's until the end of February. I've started a list of what to pack, mostly summer things I haven't worn since 1995.",
          'winter-florida-2',
        ],
        ['a', 'Ha, time to find those sandals! A list early on is smart.'],
        [
          'u',
          "Now, a question. The leaves are gorgeous this week but they're all going to end up on my lawn. Should I rake them or leave them?",
        ],
        [
          'a',
          "You can mow them into the lawn to shred them, which feeds the soil, or rake them onto garden beds as mulch. A thick mat of whole leaves on the grass can smother it, so don't leave them as they fall.",
        ],
        [
          'u',
          'Onto the garden beds then, Walter always said leaves were free fertilizer. He was a thrifty man.',
        ],
        ['a', 'He was right!'],
        [
          'u',
          "The left eye is scheduled for November 12th. After the first one I'm not a bit nervous this time.",
        ],
        ['a', "That's great. The second one usually feels easier since you know what to expect."],
      ],
    },
    {
      start: '2024-11-10 17:00',
      lines: [
        [
          'u',
          "Well, plans have changed, and I have quite a story. Bev slipped on a wet floor in her condo and broke her hip last week. She's all right, thank heavens, but she'll be in rehab and then using a walker for months, and her daughter is moving in to help. So Florida is off for me this winter.",
        ],
        [
          'a',
          "I'm so sorry to hear about Bev. I'm glad she's recovering. How are you feeling about the change?",
        ],
        [
          'u',
          "Disappointed, a little, but mostly worried about her. I'm sending a care package with crossword books and her favorite maple candy. Any other ideas for someone stuck recovering from a hip?",
        ],
        [
          'a',
          'Good ideas: a long-handled reacher grabber, a cozy throw, audiobooks, a subscription to a magazine she likes, and a handwritten letter. A gift card for a meal delivery helps whoever is caring for her too.',
        ],
        [
          'u',
          "A reacher grabber! She'll laugh, but she'll use it. I'll get one for myself too while I'm at it.",
        ],
        ['a', 'Practical and funny, the best kind of gift.'],
        [
          'u',
          'Ellen heard about all this and insisted I spend January and February with them in Burlington instead. They have a spare room over the garage, and she says the kids want Grandma for the winter. I said yes!',
          'winter-burlington',
        ],
        ['a', 'That sounds wonderful, lots of time with Owen and Lily. Will Biscuit come too?'],
        [
          'u',
          "Of course, she's part of the deal. Lily has already said Biscuit will sleep in her room, though I suspect Biscuit will have other opinions.",
        ],
        ['a', 'Biscuit will probably choose wherever the snacks are.'],
        [
          'u',
          "Thanksgiving is at Ellen's this year too. I'm in charge of the pies, as always. Three pies: apple, pumpkin, and a maple cream pie with Ruth's syrup.",
        ],
        ['a', 'A maple cream pie sounds fantastic. Would you like a recipe for it?'],
        [
          'u',
          "I have my own, thank you dear, but I wouldn't mind a trick for keeping the crust from getting soggy with the pumpkin.",
        ],
        [
          'a',
          'Blind-bake the crust for about 15 minutes with pie weights, brush it with beaten egg white, and bake a couple more minutes before adding the filling. It seals the bottom.',
        ],
        ['u', "Egg white! I'm learning new tricks at sixty-eight. Thank you."],
        ['a', 'Never too late for a new trick.'],
        [
          'u',
          "Bev called from rehab yesterday. She's already bossing the physical therapists around, so I know she'll be fine.",
        ],
        ['a', "That's a very good sign!"],
      ],
    },
    {
      start: '2024-12-08 10:40',
      lines: [
        [
          'u',
          "Good morning from a very snowy Peacham, we got fourteen inches overnight. Ruth's son already plowed my driveway before I even had my coffee. I'll make him a batch of molasses cookies.",
        ],
        ['a', "Fourteen inches! That's a good neighbor. Molasses cookies sound like the right payment."],
        [
          'u',
          "I'm so glad I said yes to the school, by the way. I've been helping the first graders read every Tuesday morning for about two months now, and there's a little boy named Jackson who couldn't read 'the' in October and read me a whole page on Tuesday. I nearly cried in the hallway.",
          'tutor-jackson',
        ],
        ['a', "That's the magic of one-on-one reading. Jackson is lucky to have you."],
        [
          'u',
          "The teacher says she'll keep me even after the library reopens, but I'll have to see how I do both. For now, Tuesdays are my favorite day of the week.",
        ],
        ['a', "It sounds like it's just as good for you as for them."],
        [
          'u',
          'Now I need gift ideas for the grandchildren for Christmas. Owen is nine and loves anything about space, Lily is six and obsessed with horses, and Theo is four months, so he mostly loves his own feet.',
        ],
        [
          'a',
          "Owen: a beginner telescope or a glow-in-the-dark star map. Lily: a horse-care play set or a riding-themed chapter book like 'Pony Scouts'. Theo: a soft board book or a set of stacking cups.",
        ],
        [
          'u',
          "A telescope for Owen would be wonderful, but I don't want to buy something cheap that frustrates him. What's a good one for a child?",
        ],
        [
          'a',
          'The Celestron FirstScope or the Orion StarBlast 4.5 are both well-regarded for beginners. The StarBlast is a bit more capable, around $250; the FirstScope is about $60.',
        ],
        [
          'u',
          "I'll get the little Celestron one, Ellen says his attention span is about a week for anything, so I won't spend more than I must.",
        ],
        ['a', 'Sensible. If he loves it, you can upgrade later.'],
        [
          'u',
          'Biscuit is slowing down more. The vet put her on a joint supplement and a low dose of something for the pain, and she seems perkier. She even chased a squirrel last week, for about four steps.',
        ],
        ['a', "Four steps of glory! I'm glad the medicine is helping."],
        [
          'u',
          "I've also started my Christmas cards, forty-two this year. Half of them go to former students, which still astonishes me.",
        ],
        ['a', 'That says a lot about the kind of teacher you were.'],
      ],
    },
    {
      start: '2024-12-29 14:15',
      lines: [
        [
          'u',
          'Christmas was a joy. Owen took the telescope out into the snow in his pajamas to look at the moon, and Lily made Biscuit a paper crown. Mark and Priya video called with Theo in a little reindeer outfit.',
        ],
        ['a', 'What a lovely Christmas. A reindeer outfit is hard to beat.'],
        [
          'u',
          "Now I'm packing for two months away. Could you help me make a list of things not to forget when I shut up the house for the winter? I've never left the farmhouse empty this long.",
        ],
        [
          'a',
          'Checklist: set the thermostat to about 55°F, shut off and drain outside hoses, ask a neighbor to check the house weekly, arrange plowing, forward or hold the mail, unplug small appliances, empty the fridge, leave a key and your contact info with Ruth, and tell your insurance company if required for long absences.',
        ],
        [
          'u',
          "The insurance one I never would have thought of. I'll call them tomorrow. Ruth's son will plow and Ruth will check the house every Sunday after church.",
        ],
        ['a', "That's a solid plan."],
        ['u', "Should I have the post office hold my mail for two months, or send it on to Ellen's?"],
        [
          'a',
          'For two months, forwarding is easier. You can set up temporary forwarding online with USPS and pick the start and end dates.',
        ],
        [
          'u',
          "For Biscuit I'll bring her bed, her pills, her food and her awful squeaky hedgehog that she loves more than me.",
        ],
        ['a', 'The hedgehog is essential. Familiar things will help her settle.'],
        [
          'u',
          "I'll also bring my seed catalogs. January is when I plan next year's garden, and I can do that from anywhere. Ellen has a sunny kitchen, maybe I'll start some onions there in February.",
        ],
        ['a', "A gardener's winter hobby travels well."],
        [
          'u',
          "One last thing, do you know if the roads from Peacham to Burlington are usually all right in early January? It's about an hour and a half.",
        ],
        [
          'a',
          'I-89 is generally well maintained, but check the Vermont 511 website or app before leaving and avoid driving during a storm. Leaving midday gives the plows time to clear.',
        ],
        [
          'u',
          "Ellen is coming to fetch me anyway, she doesn't trust my old Buick in the snow. Neither do I, to be honest.",
        ],
        ['a', "That's the safest plan. Happy New Year, Constance!"],
      ],
    },
    {
      start: '2025-01-19 20:30',
      lines: [
        [
          'u',
          "Hello from Burlington! I've been here at Ellen's for two weeks now, staying in the room over the garage for the rest of the winter, and it's been lovely. The house is noisy and full of life, which is just what I needed after three quiet winters.",
          'winter-now',
        ],
        ['a', 'That sounds wonderful. How are you all settling in?'],
        [
          'u',
          "Biscuit ignored Lily's bedroom plan entirely and sleeps on the heating vent in the kitchen. Lily was very offended.",
        ],
        ['a', 'Biscuit knows where the warmth is!'],
        [
          'u',
          "I help Owen with his homework in the afternoons. He's doing long division and I'm rediscovering that I was very good at teaching it and very bad at doing it quickly.",
        ],
        ['a', 'Teaching it well is the harder skill, honestly.'],
        [
          'u',
          "And I couldn't stay away from the little ones. Lily's elementary school here was short of reading volunteers, so now I spend my Tuesday mornings with first graders at her school in Burlington. Jackson's teacher back home says I'm welcome back when I return in March.",
          'tutor-now',
        ],
        ['a', "Of course you found a classroom! That's wonderful for those children."],
        [
          'u',
          "Ellen's husband Dan makes a wonderful chili on Fridays, and I've been teaching Lily to bake. We made the zucchini bread with frozen zucchini from my garden and she licked the bowl clean.",
        ],
        ['a', 'The next generation of bakers!'],
        [
          'u',
          "I've been going through the seed catalogs like I promised myself. I'd like to try a new pole bean next year. Any suggestions for a short season like mine?",
        ],
        [
          'a',
          "Good short-season pole beans: 'Fortex' (about 60 days, long and tender), 'Kentucky Wonder' (65 days, reliable), and 'Rattlesnake' (60–70 days, drought tolerant and pretty).",
        ],
        [
          'u',
          'Rattlesnake, for the name alone. Owen will love telling his friends Grandma grows rattlesnakes.',
        ],
        ['a', "Ha, that's reason enough!"],
        [
          'u',
          "Thank you for keeping an old lady company this year, dear. You've been a real help with everything from pickles to packing lists.",
        ],
        ['a', "It's been my pleasure, Constance. Enjoy the rest of your winter with the family."],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which hearing aid option did I go with?', ['hearing-pick']],
    ['single-hop', "What was my late husband's name, and what did he do?", ['husband']],
    ['single-hop', 'Which way did I decide to fly out to Colorado to see the baby?', ['flight-pick']],
    ['single-hop', 'What breed is my dog?', ['dog']],
    ['single-hop', 'Which grade did I teach before I retired?', ['volunteer-library-1', 'grade-2']],
    ['multi-hop', 'What are the names of all my grandchildren?', ['grandkids-ellen', 'theo-born']],
    ['multi-hop', 'Which kinds of tomatoes am I growing this year?', ['tomato-1', 'tomato-2']],
    ['temporal', 'How long ago was my first eye operation?', ['cataract'], { askedAt: '2025-02-12 09:00' }],
    [
      'temporal',
      "Which did I do first: get back from visiting my son's family or put the garlic in?",
      ['denver-back', 'garlic'],
      { askedAt: '2025-02-12 09:05' },
    ],
    [
      'updated',
      'What kind of phone do I have now?',
      ['phone-iphone'],
      { stale: ['phone-flip-1', 'phone-flip-2'] },
    ],
    [
      'updated',
      'Where am I volunteering with children these days?',
      ['tutor-now'],
      { stale: ['volunteer-library-1', 'volunteer-library-2', 'library-closing'] },
    ],
    [
      'updated',
      'Where am I spending this winter?',
      ['winter-now'],
      { stale: ['winter-florida-1', 'winter-florida-2'] },
    ],
    ['off-topic', "What's the difference between a hurricane and a typhoon?", []],
    ['off-topic', 'Who painted The Starry Night?', []],
    ['off-topic', 'What causes the northern lights?', []],
  ],
});

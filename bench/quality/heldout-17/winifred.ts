import { definePersona } from '../author.ts';

export const winifred = definePersona({
  user_id: 'h17-winifred',
  name: 'Winifred',
  summary:
    "Winifred is a 68-year-old widowed retired primary-school headteacher in Aberystwyth who keeps bees and sings with the ladies' auxiliary of the local male-voice choir. She writes long, wry, chatty messages sprinkled with Welsh words.",
  language: 'en',
  sessions: [
    {
      start: '2024-03-05 10:00',
      lines: [
        [
          'u',
          "Bore da! My granddaughter put you on this tablet for me, so you'll have to be patient with an old woman. Is it true you can help with letters?",
        ],
        ['a', 'Bore da! Yes, I can help draft letters, notes and emails. What do you need?'],
        [
          'u',
          "Thirty-one years of writing to parents, nineteen of them as head of Ysgol y Castell, and I still can't write a short letter. Occupational hazard of being a headteacher, I suppose.",
          'school',
        ],
        ['a', "That's a long career! Short letters are often the hardest. What is this one for?"],
        [
          'u',
          "It's for the Ladies' Auxiliary of the choir. We're running a raffle for the men's tour fund and I need a note asking members to bring prizes by the end of the month.",
        ],
        [
          'a',
          'Here\'s a draft: "Dear friends, the Auxiliary is holding a raffle to support the choir\'s tour fund. Please bring any prizes you can spare by 31 March…"',
        ],
        [
          'u',
          "Duw, that's very stiff, cariad. These are women I've known since 1975. Warmer please, and say Glenys is collecting the prizes.",
        ],
        [
          'a',
          'Of course: "Hello all! It\'s raffle time again for the tour fund. Dig out those unwanted bottles and bath sets and hand them to Glenys by the end of the month…"',
        ],
        [
          'u',
          'Much better. Put in that we rehearse Tuesday nights in the chapel vestry, so they can bring them then.',
          'rehearsal-tue',
        ],
        [
          'a',
          'Added: "Bring them along to Tuesday rehearsal in the chapel vestry and Glenys will take them off your hands."',
        ],
        [
          'u',
          "Gareth used to do all this. He was secretary of the choir for twenty-two years before he passed, and I'm still finding his minutes in the bureau.",
          'husband',
        ],
        ['a', "I'm sorry for your loss. It sounds like he gave a lot to the choir."],
        [
          'u',
          "He did. Anyway, enough of that. The bees were flying yesterday in the sunshine! I've three hives at the bottom of the garden and all three came through the winter, touch wood.",
          'hives-3',
        ],
        [
          'a',
          "That's great news, overwintering all three colonies is a good result. Are they still on fondant?",
        ],
        ['u', 'Yes, bit of fondant left on each. Should I keep feeding or leave them be now?'],
        [
          'a',
          "If they still have fondant and it's early March, leave it on until you see a strong flow from early forage like willow and dandelion. Heft the hives to check weight.",
        ],
        [
          'u',
          "Right you are. Mabli keeps nosing round the hives too, daft old collie. She's thirteen and still thinks she's a puppy.",
          'dog',
        ],
        ['a', 'Thirteen is a good age for a border collie! Hopefully the bees stay calm around her.'],
        [
          'u',
          "Must dash, the Panda's booked in for its MOT at eleven and that little red car won't drive itself.",
          'car-panda',
        ],
        ['a', 'Good luck with the MOT! Come back any time.'],
      ],
    },
    {
      start: '2024-03-21 15:30',
      lines: [
        [
          'u',
          'Helo again. Siân is coming up from Cardiff with the little one for Easter and I want to bake.',
          'daughter',
        ],
        ['a', 'How lovely! What would you like to bake?'],
        [
          'u',
          "Bara brith. Osian is seven and he'll eat anything as long as it's got currants in it.",
          'grandson',
        ],
        [
          'a',
          "I can give you two versions: 1) the traditional one where the fruit soaks overnight in cold tea, no yeast; 2) a quicker yeasted bara brith that's more like a bread. Which would you like?",
        ],
        [
          'u',
          "The first one, the overnight tea soak. That's how Mam did it and I'll not have anyone saying I've gone modern.",
          'brith-pick',
        ],
        [
          'a',
          'Traditional it is: soak 450g mixed fruit in 300ml strong cold tea overnight, then add 1 egg, 225g self-raising flour, 100g brown sugar and 1 tsp mixed spice. Bake at 160°C for about 1 hour 15.',
        ],
        ['u', "In ounces please, I'm sixty-eight, I don't do grams."],
        [
          'a',
          'Roughly: 1 lb fruit, half a pint of tea, 8 oz self-raising flour, 4 oz brown sugar, 1 egg, 1 tsp mixed spice. Gas mark 3, about an hour and a quarter.',
        ],
        [
          'u',
          'Lovely. And the Panda passed its MOT, by the way, though it wanted two new tyres and the man gave me that look mechanics give widows.',
          'panda-2',
        ],
        ['a', 'Glad it passed! Tyres are a fair thing to need at MOT time at least.'],
        [
          'u',
          "The knee's playing up again too. Physio on Thursday at Bronglais. They'll give me the same exercises and I'll do them for a week.",
        ],
        [
          'a',
          'Physio exercises do work best when kept up, even a few minutes a day. Fingers crossed Thursday helps.',
        ],
        ['u', 'Ha. You sound like me telling Year Six about spellings.'],
        ['a', "I'll take that as a compliment!"],
        [
          'u',
          "What do you do with a seven-year-old on a wet Easter Monday in Aber? Apart from the Cliff Railway, we've done that twice.",
        ],
        [
          'a',
          "Some ideas: the Vale of Rheidol steam railway to Devil's Bridge, the National Library's exhibitions, Ceredigion Museum, or an Easter egg hunt indoors.",
        ],
        ['u', "The steam train! He's mad on trains. Diolch, cariad."],
        ['a', "He'll love it. Have a wonderful Easter!"],
      ],
    },
    {
      start: '2024-04-11 20:15',
      lines: [
        [
          'u',
          "Now then, a job for you. Glenys and I are going to Brittany for a week in June. Her idea, she's had a brochure since Christmas.",
          'trip-glenys',
        ],
        ['a', 'Lovely! Brittany in June is beautiful. How would you like to get there?'],
        ['u', "That's the question. Neither of us likes flying much. What are the choices?"],
        [
          'a',
          'Main options: 1) Brittany Ferries overnight from Plymouth to Roscoff, taking the car; 2) fly Bristol to Brest and hire a car; 3) Portsmouth to St Malo, a longer crossing but closer to the east of Brittany.',
        ],
        ['u', "Plymouth to Roscoff. Glenys can drive down to Plymouth, she likes the motorway, I don't."],
        [
          'a',
          'Sensible. The overnight crossing gets you into Roscoff in the morning. Where would you like to stay?',
        ],
        ['u', 'Quimper, she says. Something central, not too dear, and with no stairs for my knee.'],
        [
          'a',
          'Three ideas: 1) Hôtel de la Cathédrale, central, a lift, around €120 a night; 2) Ty Gwenn, a small family guesthouse by the river Odet, ground-floor rooms, around €85; 3) an Ibis by the station, €75 but a walk from the old town.',
        ],
        [
          'u',
          "The second one, the little guesthouse by the river. Ground floor and cheaper, that'll do us nicely.",
          'hotel-pick',
        ],
        ['a', "Good choice. I'd book soon, small guesthouses fill up in June."],
        [
          'u',
          "Will do. Can you write me a few Breton words? Welsh and Breton are cousins, I'm told, I'd like to show off.",
        ],
        [
          'a',
          'Yes, they\'re both Brythonic! "Demat" is hello, "Trugarez" is thank you, "Kenavo" is goodbye.',
        ],
        ['u', 'Demat! Trugarez! Not so far from diolch then. Well, it is, but you know what I mean.'],
        [
          'a',
          'Ha, a bit further than cousins maybe! You\'ll spot plenty of familiar place-name words though, like "ker" for a settlement.',
        ],
        ['u', 'Money question. Should I take euros in cash or just use the card?'],
        [
          'a',
          'A mix is best: a card without foreign transaction fees for most things, plus €100–150 in cash for markets and small cafés.',
        ],
        ['u', "Right. I'll get some from the Post Office. My pension doesn't stretch to fees."],
        ['a', "Sounds like a plan. You'll have a lovely trip!"],
      ],
    },
    {
      start: '2024-05-06 09:40',
      lines: [
        [
          'u',
          "Swarm season is upon us and I'm run ragged. All three colonies are building up fast, queen cells everywhere.",
          'hives-3b',
        ],
        ['a', 'May is peak swarm time. Are you planning splits or an artificial swarm?'],
        [
          'u',
          'I did a Demaree on the strongest one last week, queen downstairs, brood up top. Remind me, when do I go back and check the top box?',
        ],
        [
          'a',
          'Go back after about seven days and destroy any queen cells in the top box, otherwise they may swarm from up there.',
        ],
        ['u', "Seven days. I'll write it on the calendar next to the hairdresser."],
        ['a', 'Good system!'],
        [
          'u',
          "I'm selling spring honey at the Saturday market by the castle, seven pounds a jar. Is that daft? Glenys says I undercharge.",
          'honey-price',
        ],
        [
          'a',
          'Local raw honey often sells for £7–£10 a jar depending on size. £7 for a 1lb jar is fair, perhaps on the modest side.',
        ],
        ['u', "I'll keep it at seven. People round here know me, I taught half of them."],
        ['a', "That's a lovely reason to keep it friendly."],
        [
          'u',
          'The Panda is making a terrible noise going up Penglais hill. Like a goose with a cold.',
          'panda-3',
        ],
        [
          'a',
          "That could be a few things: exhaust, wheel bearing, or the clutch. Best to get it checked before Brittany if you're taking it anywhere.",
        ],
        ['u', "No, Glenys is driving us, her car is newer. But I'll get it looked at."],
        ['a', 'Good idea, a wheel bearing is a cheap fix if caught early.'],
        [
          'u',
          "Also, my doctor says I've got the beginnings of cataracts. I'm to be referred. At least I won't see the dust.",
        ],
        [
          'a',
          'Cataract surgery is very common and usually quick. It can make a real difference to reading and driving.',
        ],
        ['u', "We'll see. The waiting list is longer than the Aber promenade."],
        ['a', 'Hopefully it moves quicker than you expect.'],
      ],
    },
    {
      start: '2024-05-27 18:05',
      lines: [
        [
          'u',
          "Guess what! A swarm landed in Mrs Pugh's hedge next door and I got it into a nuc box on the first try. So I've got four hives now, heaven help me.",
          'hives-4',
        ],
        [
          'a',
          'Congratulations! Catching a swarm on the first try is very satisfying. Will you hive it permanently?',
        ],
        [
          'u',
          "Yes, it's gone into a proper hive today. Mrs Pugh was stood on her patio in a tea towel like a beekeeper.",
        ],
        ['a', "Ha! Neighbours who'll help are worth their weight in honey."],
        [
          'u',
          "And the other news. I gave up on the Panda, the garage said the gearbox was on its way out. I've bought a secondhand silver Honda Jazz from the place in Llanbadarn.",
          'car-jazz',
        ],
        ['a', 'A Jazz is a great choice: reliable, easy to park, and a lot of space inside for a small car.'],
        [
          'u',
          "It's got a high seat, so getting in and out is kind on the knee. The back seats fold flat too, I can get two supers in there.",
          'car-jazz-b',
        ],
        ['a', 'Perfect for a beekeeper then! The "magic seats" are one of its best features.'],
        ['u', 'Can you help me write a thank-you card to Mrs Pugh? Something funny.'],
        [
          'a',
          'How about: "Dear Mrs Pugh, thank you for lending me your hedge and your tea towel. 10,000 new neighbours say diolch. A jar of their first honey is on its way!"',
        ],
        ['u', 'Ha! Perfect. I might send her a jar of the spring honey now and promise her another.'],
        ['a', "She'll love that."],
        [
          'u',
          "Two weeks till France. I've packed three times already. Glenys has packed once and says I'm neurotic.",
        ],
        ['a', 'A packing list can help stop the repacking! Want one for a week in Brittany?'],
        ['u', 'Go on then, short one.'],
        [
          'a',
          'Passport, EHIC/GHIC card, euros and card, ferry tickets, chargers, light raincoat, comfy shoes, swimsuit, medication, a cardigan for the evenings.',
        ],
        ['u', 'Swimsuit! At my age! Well, maybe. The cardigan is going in first.'],
        ['a', 'The cardigan is the most important item on any British holiday.'],
      ],
    },
    {
      start: '2024-06-19 11:20',
      lines: [
        [
          'u',
          "We got back from Quimper last night. Off the ferry at Plymouth and Glenys drove all the way home in one go, I don't know how.",
          'back-france',
        ],
        ['a', 'Welcome home! How was Brittany?'],
        [
          'u',
          'Wonderful. The guesthouse by the river was a treat, and I ate my weight in galettes and kouign-amann.',
        ],
        ['a', 'Kouign-amann is dangerous stuff! All that butter and sugar.'],
        [
          'u',
          'My cholesterol will want a word. Can you give me a recipe for galettes so I can do them at home?',
        ],
        [
          'a',
          'Buckwheat galettes: 250g buckwheat flour, 1 egg, a pinch of salt, about 600ml water. Rest the batter 2 hours, cook thin on a very hot buttered pan, fill with egg, ham and cheese.',
        ],
        ['u', 'Buckwheat flour. Do they sell that in Aber?'],
        [
          'a',
          'Health food shops often stock it, and most large supermarkets carry it in the free-from aisle.',
        ],
        [
          'u',
          "Right, I'll try Holland and Barrett. Bees were fine while I was gone, my friend Eirlys kept an eye. All four hives are still there and none swarmed off, which is a miracle.",
          'hives-4b',
        ],
        ['a', 'Good news. June can be busy, so worth keeping an eye on space in the supers.'],
        [
          'u',
          "They're filling up. The Jazz did well on the short run to Eirlys's to collect my key, I'm falling for that car.",
          'jazz-2',
        ],
        ['a', 'It sounds like a good fit for you.'],
        ['u', 'I brought Osian a little Breton flag and a stripy top. Siân says he wears it to bed.'],
        ['a', "That's adorable. A fellow Celtic nation in his wardrobe!"],
        ['u', "Exactly what I said. Anyway, I'm exhausted, I'm going to have a nap with Mabli."],
        ['a', "Rest well, you've earned it."],
        ['u', "Diolch. Oh, and we're going to try Galicia next year. Glenys has a new brochure already."],
        ['a', 'Another Celtic corner! That sounds wonderful.'],
      ],
    },
    {
      start: '2024-07-18 14:00',
      lines: [
        [
          'u',
          'Harvest day! I took off forty pounds of summer honey this week. My kitchen floor will never be unsticky again.',
          'harvest-1',
        ],
        ['a', 'Forty pounds is a great harvest! How did you extract it?'],
        ['u', "Borrowed the association's extractor. Hand cranked, my arms are like jelly."],
        ['a', "That's hard work. Did you filter it afterwards?"],
        [
          'u',
          'Through a double sieve, then it settles in the bucket for a few days before jarring. Tell me a quick way to get wax off a tiled floor?',
        ],
        [
          'a',
          'Let it harden, scrape gently with a plastic spatula, then put brown paper over any residue and warm it with an iron so the paper soaks up the wax.',
        ],
        ['u', "The iron trick! That's what we did with crayon in the infants' classroom."],
        ['a', 'Same principle exactly!'],
        [
          'u',
          "Choir news. The vestry is being turned into a food bank on Tuesdays, which is very good of them, so from September we'll rehearse on Thursday nights instead.",
          'rehearsal-thu',
        ],
        ['a', "That's a good cause. Does Thursday suit you?"],
        ['u', 'Better actually, Tuesday was my pilates. Not that I go to pilates. But I could.'],
        ['a', "Now you've got no excuse!"],
        ['u', 'Ha. Can you help me with the newsletter item about the change? Short and clear.'],
        [
          'a',
          '"From September, Auxiliary rehearsals move to Thursday evenings, 7pm, in the chapel vestry. The vestry will host the town food bank on Tuesdays. Please pass this on!"',
        ],
        ['u', 'Lovely. Add that donations for the food bank can be left at rehearsal too.'],
        ['a', 'Added: "Food bank donations are welcome at rehearsal as well."'],
        ['u', 'Good. Right, back to the sticky floor.'],
        ['a', 'Good luck, and enjoy the honey!'],
      ],
    },
    {
      start: '2024-08-12 19:45',
      lines: [
        [
          'u',
          "I've got Osian for the week while Siân is on a course. He's taken over the spare room and the biscuit tin.",
        ],
        ['a', 'A week with a seven-year-old! What are you planning?'],
        ['u', 'He wants to see the bees. Is it safe to take a small boy to the hives?'],
        [
          'a',
          'With a child-sized bee suit, gloves and a calm day, yes. Keep the visit short, stand to the side of the entrance, and use a bit of smoke.',
        ],
        ['u', "The association lends a little suit. He's going to be beside himself."],
        ['a', "He'll remember it forever."],
        [
          'u',
          'The letter came, the eye op is on the third of October at Bronglais. Left eye first.',
          'cataract-date',
        ],
        ['a', "That's sooner than you feared! It's usually a short day-case procedure."],
        ['u', 'Will I be able to drive after?'],
        [
          'a',
          "Not on the day. Most people are told to wait until the eye has settled and they meet the driving vision standard, often a few days to a couple of weeks. Follow the hospital's advice.",
        ],
        ['u', "I'll get Glenys to take me then. The Jazz can have a rest.", 'jazz-2b'],
        ['a', 'Good plan.'],
        ['u', "Osian wants to make pizza. What's a simple dough for a child to help with?"],
        [
          'a',
          '300g strong white flour, 1 tsp dried yeast, 1 tsp salt, 1 tbsp olive oil and about 200ml warm water. Knead 10 minutes, rise an hour. Kids love the kneading.',
        ],
        ['u', "Kneading for ten minutes will tire him out nicely. Teachers' trick."],
        ['a', 'The best kind of lesson plan!'],
        ['u', "And then honey on the crusts. I'm creating a monster."],
        ['a', 'A honey-loving monster, there are worse kinds.'],
      ],
    },
    {
      start: '2024-09-16 10:10',
      lines: [
        [
          'u',
          'I came second at the Ceredigion honey show on Saturday! Red rosette for my dark honey. First place went to a man from Tregaron, of course.',
          'honey-show',
        ],
        ['a', 'Congratulations! Second place is a real achievement at a county show.'],
        ['u', "I've hung the rosette on the kitchen dresser next to Gareth's choir medals."],
        ['a', 'That sounds like a lovely spot for it.'],
        [
          'u',
          "And I've done the last harvest. Twenty-eight pounds off the heather and late stuff, very dark.",
          'harvest-2',
        ],
        ['a', "Heather honey is wonderful. Did you press it? It's often too thick to extract."],
        [
          'u',
          'Yes, pressed, what a palaver. Now I need to get them ready for winter. Remind me the order of things?',
        ],
        [
          'a',
          'Typically: treat for varroa after the harvest, feed syrup if stores are light, fit mouse guards in October, and strap the hives against wind.',
        ],
        ['u', 'Strap them, yes, the wind off the sea in Aber would blow a hive to Ireland.'],
        ['a', 'Definitely strap them!'],
        [
          'u',
          "Thursday rehearsals have started and it's much better, we finish and go to the Llew Du for a half.",
          'thu-2',
        ],
        ['a', 'A half after rehearsal sounds like the best part.'],
        [
          'u',
          "It is, don't tell the conductor. We're doing Calon Lân and a new arrangement of Myfanwy for the Christmas concert.",
        ],
        ['a', 'Beautiful choices. Myfanwy always gets the audience.'],
        ['u', 'I cried at the first run-through. Gareth loved that one.'],
        ['a', 'That makes it extra special to sing.'],
        [
          'u',
          "It does. Right, I'm off to buy syrup sugar. Twenty kilos, the man at the cash and carry thinks I'm running a sweet shop.",
        ],
        ['a', 'Ha! Good luck with the feeding.'],
      ],
    },
    {
      start: '2024-10-10 16:30',
      lines: [
        [
          'u',
          'Reporting in. The eye operation was last Thursday and I can SEE. The colours! My kitchen is much dirtier than I thought.',
          'cataract',
        ],
        ['a', "That's wonderful, many people say the colours are the biggest surprise. How is it feeling?"],
        ['u', "A bit gritty. I've drops four times a day. Is it normal for it to water?"],
        [
          'a',
          'Some watering and grittiness is common in the first week or two. If you get pain, worsening vision or redness, contact the eye clinic straight away.',
        ],
        ['u', "No pain. I'll keep going with the drops."],
        ['a', "Good. Don't rub it and keep wearing the shield at night if they gave you one."],
        [
          'u',
          'Another trip! Menna and I are going up to Edinburgh on the train in November to see her brother and do the galleries.',
          'trip-menna',
        ],
        ['a', 'Edinburgh in November is lovely and atmospheric. How long for?'],
        [
          'u',
          'Four nights. The train from Aber is a long old haul, change at Shrewsbury and Crewe. What should we see?',
        ],
        [
          'a',
          'The National Gallery and Scottish National Portrait Gallery, a walk up the Royal Mile, Dean Village, and a show at the Festival Theatre if something is on.',
        ],
        ['u', 'The portrait gallery, Menna loves a face. Is the Royal Mile steep? The knee.'],
        [
          'a',
          'It slopes steadily down from the Castle to Holyrood. Start at the top and walk down, and there are buses back up.',
        ],
        ['u', 'Walk down, bus up. The story of my life now.'],
        ['a', 'A very sensible way to see a city!'],
        ['u', "Also the honey's selling like mad since the rosette. I've only a dozen jars left."],
        ['a', 'The rosette is good marketing! Will you save some for Christmas?'],
        ['u', 'Six for Christmas presents, six for the market. Strict rules.'],
        ['a', 'Very organised.'],
      ],
    },
    {
      start: '2024-11-21 12:00',
      lines: [
        [
          'u',
          "Home from Edinburgh. Cold as charity but we had a lovely time. Menna's brother made us haggis and I was very brave.",
        ],
        ['a', 'Welcome back! How was the haggis?'],
        ['u', 'Honestly, rather good. Like faggots with ideas above their station.'],
        ['a', "Ha! That's a great description."],
        [
          'u',
          'The bees are tucked up. All four hives went into winter heavy, I hefted them this morning and they felt like bags of cement.',
          'hives-4c',
        ],
        ['a', 'Heavy hives in November are exactly what you want.'],
        ['u', 'Mouse guards on, straps on. Mabli supervised from the back step.'],
        ['a', 'Every apiary needs a supervisor.'],
        [
          'u',
          "We had a bit of snow on the way back from the station and the Jazz was grand, didn't slip once.",
          'jazz-3',
        ],
        [
          'a',
          'Good to know it handles the weather. Worth keeping a blanket and scraper in the boot for winter.',
        ],
        ['u', "There's a blanket, a shovel and a tin of travel sweets in there. Emergency supplies."],
        ['a', 'The travel sweets are crucial.'],
        [
          'u',
          'Can you help me with a Christmas present list? Siân, her husband Rhodri, Osian, Glenys, Menna, Eirlys and Mrs Pugh. Budget is modest.',
        ],
        [
          'a',
          'Ideas: honey and a handmade beeswax candle for the neighbours and friends; a train book or Lego set for Osian; a nice scarf for Siân; a Welsh whisky miniature for Rhodri.',
        ],
        ['u', "Beeswax candles! I've got the wax from the cappings. How do I make them?"],
        [
          'a',
          'Melt clean wax in a double boiler, dip or pour into moulds with pre-waxed cotton wick, let cool slowly. Filter the wax through an old pair of tights first.',
        ],
        ['u', "I've plenty of old tights. This is the most useful conversation I've had all month."],
        ['a', 'Happy candle making!'],
      ],
    },
    {
      start: '2024-12-13 21:00',
      lines: [
        [
          'u',
          "The Christmas concert is Saturday in the Great Hall at the Arts Centre and I'm nervous as a kitten.",
        ],
        ['a', "You've rehearsed well, you'll be great. What are you most nervous about?"],
        ['u', "Myfanwy. If I cry I'll set the whole Auxiliary off."],
        [
          'a',
          'Take a few slow breaths before it and focus on the conductor. A little emotion usually makes the singing more moving, not less.',
        ],
        [
          'u',
          "We had our last Thursday rehearsal tonight and the conductor said it's the best the Auxiliary has sounded in years.",
          'thu-3',
        ],
        ['a', "That's high praise! A great sign before the concert."],
        [
          'u',
          'Siân, Rhodri and Osian are coming up for Christmas and staying till New Year. The house will be bedlam.',
        ],
        ['a', 'That sounds like a wonderful Christmas. Are you cooking the dinner?'],
        [
          'u',
          "Of course. Turkey crown, my knee won't stand for a whole bird. Can you give me a timing plan for a 2kg crown with all the trimmings, dinner at two?",
        ],
        [
          'a',
          'Crown in at 11:50 at 190°C (about 1h20), rest from 1:10. Roast potatoes in at 12:50, parsnips at 1:10, pigs in blankets at 1:20, veg on at 1:35, gravy at 1:40, carve at 1:50.',
        ],
        ['u', "Write it big, I'll print it for the fridge. Even with the new eye."],
        ['a', "I'll keep it short and bold for printing. Would you like it as a checklist?"],
        ['u', 'Yes, checklist. I was always a checklist head.'],
        [
          'a',
          'Here you go: ☐ 11:50 crown in ☐ 12:50 potatoes ☐ 1:10 crown out, parsnips in ☐ 1:20 pigs in blankets ☐ 1:35 veg ☐ 1:40 gravy ☐ 1:50 carve ☐ 2:00 eat!',
        ],
        ['u', 'Perfect. Mabli will be under the table for the whole meal, she knows Osian drops things.'],
        ['a', 'A smart dog knows where the best seat is!'],
        ['u', 'Nadolig llawen, cariad. Thank you for all the help this year.'],
        ['a', 'Nadolig llawen, Winifred! Good luck at the concert.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which school was I head of before I retired?', ['school']],
    ['single-hop', 'What breed is my dog and how old is she?', ['dog']],
    ['single-hop', 'Where did Glenys and I decide to stay in Quimper?', ['hotel-pick']],
    ['single-hop', 'Which bara brith method did I go for at Easter?', ['brith-pick']],
    ['single-hop', 'What job did my late husband do for the choir?', ['husband']],
    [
      'multi-hop',
      'What was my total honey crop from the harvests I told you about?',
      ['harvest-1', 'harvest-2'],
    ],
    ['multi-hop', "What do my dog's age and my grandson's age add up to?", ['dog', 'grandson']],
    [
      'temporal',
      'How long ago did I get home from the Brittany holiday?',
      ['back-france'],
      { askedAt: '2025-01-14 10:00' },
    ],
    [
      'temporal',
      'Which came first this autumn, my eye operation or the honey show?',
      ['honey-show', 'cataract', 'cataract-date'],
      { askedAt: '2025-01-14 10:05' },
    ],
    [
      'updated',
      'How many colonies am I keeping at the moment?',
      ['hives-4', 'hives-4b', 'hives-4c'],
      { stale: ['hives-3', 'hives-3b'] },
    ],
    [
      'updated',
      'What car am I driving these days?',
      ['car-jazz', 'car-jazz-b', 'jazz-2', 'jazz-2b', 'jazz-3'],
      { stale: ['car-panda', 'panda-2', 'panda-3'] },
    ],
    [
      'updated',
      'Which night of the week does the Auxiliary practise now?',
      ['rehearsal-thu', 'thu-2', 'thu-3'],
      { stale: ['rehearsal-tue'] },
    ],
    ['off-topic', 'How does the queen move in a game of chess?', []],
    ['off-topic', 'Why does water boil at a lower temperature up a mountain?', []],
    ['off-topic', 'What is the best way to get red wine out of a carpet?', []],
  ],
});

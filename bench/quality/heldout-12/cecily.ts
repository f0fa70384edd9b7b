import { definePersona } from '../author.ts';

export const cecily = definePersona({
  user_id: 'h12-cecily',
  name: 'Cecily',
  summary:
    "Cecily is a 58-year-old English literature lecturer in York whose husband Geoffrey has Parkinson's; she keeps an allotment, belongs to a book club and writes long, reflective, carefully punctuated messages.",
  language: 'en',
  sessions: [
    {
      start: '2024-01-14 16:20',
      lines: [
        [
          'u',
          "Good afternoon. I wonder if you could help me think through the reading list for my spring module. I teach full-time in the English department here in York, and this term I'm once again running the third-year option on the Victorian novel, which I have taught for nearly fifteen years now.",
          'fullTime1',
        ],
        ['a', 'I would be glad to help. Which novels are on the list at the moment?'],
        [
          'u',
          'Bleak House, Middlemarch, North and South and The Woman in White. I keep wondering whether four doorstoppers in ten weeks is simply cruel. The students are bright, but they are also working part-time jobs, and I remember what it was like.',
        ],
        [
          'a',
          'You could keep three long novels and swap one for a shorter text, such as Silas Marner or The Strange Case of Dr Jekyll and Mr Hyde, to give the term some breathing room.',
        ],
        [
          'u',
          "Silas Marner is rather lovely, and it would let me keep Eliot without asking them to climb Middlemarch and Bleak House in the same month. I think I'll drop The Woman in White this year, though it breaks my heart a little.",
        ],
        [
          'a',
          'That seems a humane balance. You could still mention Collins in a lecture on sensation fiction.',
        ],
        [
          'u',
          "Yes, exactly. On a quite different note, Geoffrey, my husband, has a neurology appointment on Thursday. He was diagnosed with Parkinson's in 2019 and the tremor in his right hand has been worse this winter.",
          'geoffrey',
        ],
        [
          'a',
          "I'm sorry to hear it has been a harder winter. It may help to write down specific examples to bring to the appointment.",
        ],
        [
          'u',
          "That is sensible. He is on co-careldopa, three times a day, and I suspect the doses are wearing off before the next one is due. I'll keep a little diary of when the shaking comes back.",
        ],
        [
          'a',
          'A symptom diary is exactly what neurologists find useful, particularly noting time since the last dose.',
        ],
        ['u', "Thank you. Writing things down is, after all, my profession. I'll let you know how it goes."],
        ['a', 'Best of luck on Thursday.'],
        [
          'u',
          "So how did Thursday's appointment go, you'll ask me next week, I expect. In the meantime, could you recommend a good, not too sentimental book about living with Parkinson's, for me rather than for him?",
        ],
        [
          'a',
          "Many carers appreciate memoirs such as Michael J. Fox's, or practical guides from Parkinson's UK.",
        ],
        [
          'u',
          "Parkinson's UK it is; I suspect I need practical more than lyrical at present. Our GP surgery has a leaflet rack I've been avoiding.",
        ],
        ['a', "Their website also has a good carers' section."],
        [
          'u',
          'It is snowing lightly over the Minster as I write, which always makes the city look like an illustration from a Victorian annual.',
        ],
        ['a', 'That sounds beautiful.'],
      ],
    },
    {
      start: '2024-01-27 10:05',
      lines: [
        [
          'u',
          "The appointment went reasonably well. The neurologist has added a slow-release co-careldopa tablet at night alongside his daytime doses, and we're to see how he sleeps. He was very kind to Geoffrey, which matters more than one might think.",
          'meds',
        ],
        [
          'a',
          "I'm glad it went well and that he felt respected. Adding a night-time dose often helps with early-morning stiffness.",
        ],
        [
          'u',
          "He also recommended exercise, and there is a Dance for Parkinson's class on Thursday afternoons at a church hall off Bishopthorpe Road. Geoffrey was sceptical, but he went yesterday and came home humming.",
          'dance1',
        ],
        ['a', 'That is wonderful. Music and rhythm can really help with movement.'],
        [
          'u',
          'It is the first time in months I have seen him look pleased with his own body, if that makes sense. He was a keen walker once, the whole of the Dales Way in his forties.',
        ],
        ['a', 'It makes complete sense. Rediscovering enjoyment in movement is a big thing.'],
        [
          'u',
          'Our cat, Bathsheba, is less impressed with the humming. She is a rather imperious tortoiseshell and prefers a quiet house.',
          'cat',
        ],
        ['a', 'A fitting name for an imperious cat. Far from the Madding Crowd?'],
        [
          'u',
          'Of course. We named her when our daughter was studying Hardy at A level, and it suited her instantly.',
        ],
        ['a', 'Lovely story.'],
        [
          'u',
          'Speaking of whom, Harriet rang last night. She lives in Edinburgh now, with her partner Callum, and she is expecting her first baby in May. I am trying not to knit anything too ambitious.',
          'harriet',
        ],
        [
          'a',
          'Congratulations on becoming a grandmother! A simple cardigan or blanket might be a safe start.',
        ],
        ['u', 'A blanket, I think. My knitting was always more enthusiastic than accurate.'],
        ['a', 'Blankets are very forgiving.'],
        [
          'u',
          "Do you think it is foolish to be this pleased about a dance class? I keep telling friends about it as though he'd won a prize.",
        ],
        ['a', 'Not foolish at all; it is a real win for him and for you.'],
        [
          'u',
          "Thank you. I've been swimming at Yearsley on Tuesday mornings to keep myself sane, forty lengths before the pool gets busy.",
        ],
        ['a', 'A lovely routine, and the old baths are beautiful.'],
        [
          'u',
          'The Edwardian tiles are half the pleasure. Anyway, I must go and make a start on the blanket before I lose my nerve.',
        ],
        ['a', 'Good luck with it!'],
      ],
    },
    {
      start: '2024-02-18 14:40',
      lines: [
        [
          'u',
          "It is the book club's turn to choose for March, and I've been asked to propose something. We meet on the first Tuesday of the month at the Pig and Pastry café on Bishy Road, eight of us, mostly retired teachers and one very fierce solicitor.",
          'bookClub1',
        ],
        ['a', 'Sounds like a lively group. What kind of book would suit them?'],
        [
          'u',
          'Something contemporary, ideally not too long, that will actually generate disagreement. Last month we did a very well-reviewed novel and all agreed it was lovely, which made for a dull evening.',
        ],
        [
          'a',
          'Some options: 1) Klara and the Sun by Kazuo Ishiguro, 2) Small Things Like These by Claire Keegan, 3) Demon Copperhead by Barbara Kingsolver.',
        ],
        [
          'u',
          "Demon Copperhead would make an interesting pairing with my Dickens, but it is enormous. Small Things Like These is perfect but too short to argue about. I'll put forward the Ishiguro, I think; the question of what Klara really understands should divide the room nicely.",
          'bookPick',
        ],
        ['a', 'Good choice. It tends to split readers on whether the ending is consoling or bleak.'],
        [
          'u',
          'Precisely the kind of argument I was hoping for. Could you suggest three or four discussion questions I might bring, without giving the ending away in the wording?',
        ],
        [
          'a',
          '1) How reliable is Klara as a narrator? 2) What does the novel suggest about love and replaceability? 3) How does the Sun function as a belief system? 4) Who, if anyone, is the villain?',
        ],
        [
          'u',
          'Those are very good. I might add one about the mother, who I suspect the solicitor will loathe.',
        ],
        ['a', 'That could be a lively one.'],
        [
          'u',
          'Thank you. Geoffrey is reading it too, on his tablet with the text enlarged, which I find rather touching. His handwriting has gone small and cramped, but his reading is as sharp as ever.',
        ],
        ['a', "That's lovely that you can share it."],
        [
          'u',
          "Do you think it would be presumptuous to suggest that we read Dickens's David Copperfield alongside the Kingsolver next year?",
        ],
        ['a', 'Not at all; paired reading could make for a rich discussion over two months.'],
        ['u', "I'll float it in the summer, when people are feeling ambitious and have long evenings."],
        ['a', 'Good timing.'],
        ['u', 'Geoffrey is calling me for tea; he has made scones, slightly flat, entirely delicious.'],
        ['a', 'Enjoy them!'],
      ],
    },
    {
      start: '2024-03-16 09:30',
      lines: [
        [
          'u',
          'The allotment season has begun in earnest. I have plot 14 at the Scarcroft allotments, a full-size plot which has been mine for eleven years, and this morning I finally dug over the far bed.',
          'plot1',
        ],
        ['a', 'Well done. Spring digging is satisfying work. What are you planting this year?'],
        [
          'u',
          "Broad beans are already in, sown in November, and I'll put in first early potatoes next week. Charlotte, as always; they are waxy and reliable and they taste of childhood.",
          'potatoes',
        ],
        ['a', 'Charlotte is a lovely salad potato. Chitting them first will give you a head start.'],
        [
          'u',
          'They are sitting on the spare-room windowsill in egg boxes as we speak. Geoffrey used to do most of the heavy digging, and it is strange to be doing it alone. I find I talk to the robin.',
        ],
        ['a', 'Robins make excellent allotment company. It is understandable that it feels different.'],
        [
          'u',
          "The rhubarb is coming up beautifully under its forcing pot. I'll make a crumble for the book club, which has become something of a tradition in March.",
        ],
        ['a', 'Forced rhubarb crumble is a perfect Yorkshire tradition.'],
        [
          'u',
          "Could you give me a ginger crumble topping that is not too sweet? The solicitor is diabetic, and I'd like her to be able to have a small piece.",
        ],
        [
          'a',
          'Try oats, wholemeal flour, ground almonds, cold butter, a little stem ginger and just two tablespoons of brown sugar; serve with plain Greek yoghurt.',
        ],
        ['u', "Lovely, I'll try that. The meeting is on the second of April this time because of Easter."],
        ['a', 'I hope it goes well.'],
        [
          'u',
          'Tell me, is it true that you should never water potatoes until the tubers start forming? My neighbour on plot 15 swears by it.',
        ],
        [
          'a',
          'Roughly: they need little water early on, but consistent moisture once flowering and tubers begin.',
        ],
        ['u', 'Then my neighbour is half right, which is about his usual average.'],
        ['a', 'Ha! A fair score for allotment wisdom.'],
        [
          'u',
          "I'm off to buy seed potatoes for the second earlies, though I always end up with more than I have room for.",
        ],
        ['a', 'The classic allotment problem!'],
      ],
    },
    {
      start: '2024-04-07 20:15',
      lines: [
        [
          'u',
          'The Ishiguro evening was a triumph, by which I mean there was very nearly a fight. The solicitor thought Klara was entirely deceived by the Sun and said so with some force, and two of the retired teachers nearly cried.',
        ],
        ['a', 'That sounds like exactly the discussion you hoped for!'],
        [
          'u',
          "It was. The crumble also vanished. However, there is a problem: the café is changing its opening hours and won't be open in the evenings after June, so we need to find another venue.",
        ],
        ['a', 'Could one of the members host, or is there a community room nearby?'],
        [
          'u',
          "Several of us have offered. I'd rather like to have it at ours, because it would mean I didn't have to arrange a sitter for Geoffrey, but I worry about the stairs for Margaret.",
        ],
        ['a', 'If your sitting room is on the ground floor, that might work well for everyone.'],
        [
          'u',
          "It is, happily. We'll decide at the May meeting. Meanwhile, I am on Easter break and attempting to mark thirty-two essays on the governess figure. Some are excellent; one confused Jane Eyre with Jane Austen throughout.",
        ],
        ['a', 'Marking season is always a mixed bag. Would you like help with feedback phrasing?'],
        [
          'u',
          'Yes, please. I want to tell that student, gently, that confident prose is not a substitute for knowing which Jane is which.',
        ],
        [
          'a',
          '"Your writing is fluent and assured; the next step is to ground your argument more precisely in the texts, as some details here conflate different novels."',
        ],
        ['u', 'That is kinder than what I had drafted, and probably more effective. Thank you.'],
        ['a', 'You are welcome.'],
        [
          'u',
          'Margaret, I should say, is in her eighties and uses a frame, and she is the sharpest reader among us.',
        ],
        ['a', 'Then a step-free venue really matters.'],
        ['u', 'Quite. I shall not choose a place that excludes the best reader in the room.'],
        ['a', 'That seems right.'],
        ['u', 'Now back to the essays; twenty-nine to go, and a pot of tea at my elbow.'],
        ['a', 'Good luck with the pile!'],
      ],
    },
    {
      start: '2024-05-12 07:45',
      lines: [
        [
          'u',
          'I am writing to you from a train to Edinburgh, because Harriet had her baby yesterday afternoon. A little boy, Arthur, seven pounds two ounces, and both of them are well.',
          'arthur',
        ],
        ['a', 'Congratulations, Grandma! What wonderful news.'],
        [
          'u',
          'I cried in Tesco when Callum phoned, which the woman at the next till found very moving. Geoffrey is staying at home with his brother for a few days, as the journey would be too much for him.',
        ],
        ['a', 'That sounds like the right decision. You will have lots of photos to take back to him.'],
        [
          'u',
          'I have promised to video call him the moment I hold Arthur. The blanket is finished, by the way, and only slightly lopsided.',
        ],
        ['a', 'A slightly lopsided blanket made by Grandma is perfect.'],
        [
          'u',
          'Harriet wants me to be a sort of calm presence, and I am not sure I have ever been calm about anything involving her. Have you any advice for a new grandmother visiting in the first week?',
        ],
        [
          'a',
          'Offer practical help - cooking, laundry, holding the baby while they sleep - and let them lead on advice. Keep visits short at first.',
        ],
        [
          'u',
          "Cooking I can do. I'll make a large shepherd's pie and a lentil soup for the freezer; Harriet has always loved my lentil soup.",
        ],
        ['a', 'That will be much appreciated.'],
        [
          'u',
          "We are just passing Berwick, and the sea is extraordinary this morning. I'll write again when I'm home.",
        ],
        ['a', 'Enjoy every moment with Arthur.'],
        [
          'u',
          'Is there anything I ought to know about safe sleep these days? Harriet tells me everything has changed since she was a baby.',
        ],
        [
          'a',
          "Babies sleep on their backs, in a clear cot with no pillows or bumpers, in the parents' room for the first six months.",
        ],
        ['u', 'We were told to put them on their fronts in 1992. How things change.'],
        ['a', 'Guidance has shifted a lot since then.'],
        ['u', "I'll keep my opinions to myself and follow instructions. Harriet will be astonished."],
        ['a', "She'll appreciate it!"],
      ],
    },
    {
      start: '2024-06-09 15:10',
      lines: [
        [
          'u',
          'I have been thinking a great deal since Edinburgh. Geoffrey had two falls in May, one in the garden and one on the stairs, and I have come to the conclusion that I cannot go on working full-time and caring for him properly.',
          'fullTime2',
        ],
        [
          'a',
          'That sounds like a difficult but thoughtful realisation. Have you spoken to your department about options?',
        ],
        [
          'u',
          'I have a meeting with my head of department on Tuesday. The university has a flexible working policy, and I would like to ask for a half-time contract from September. Could you help me set out my case clearly?',
        ],
        [
          'a',
          'Certainly: state your request and start date, explain the caring responsibilities briefly, propose how your teaching and duties could be covered, and offer a review after a term.',
        ],
        [
          'u',
          "That is helpful. I'd like to keep the Victorian novel module, because it is the thing I'd miss most, and give up most of my administrative roles.",
        ],
        ['a', 'That is a clear and reasonable proposal, and protecting your core teaching makes sense.'],
        [
          'u',
          'Geoffrey, meanwhile, has stopped going to the dance class. He found the new teacher too fast, and after the falls he lost his nerve.',
        ],
        ['a', "I'm sorry, that must be disappointing after he enjoyed it so much."],
        [
          'u',
          "It was. His physiotherapist has suggested a Parkinson's boxing class instead, which sounds absurd but apparently is very good for balance. We shall see.",
        ],
        [
          'a',
          "Non-contact boxing programmes are popular for Parkinson's and focus on balance, footwork and confidence.",
        ],
        [
          'u',
          'I am also having grab rails put in the bathroom and along the stairs next week, which feels like an admission of something, though I know it is only sensible.',
        ],
        ['a', 'It is a practical way to keep him safe and independent at home.'],
        [
          'u',
          'Would it be awful to admit that part of me is looking forward to having more time for my own reading?',
        ],
        ['a', 'Not at all; caring for yourself is part of caring for him.'],
        [
          'u',
          "I have had a half-finished study of George Eliot's letters in a drawer for ten years. Perhaps now.",
        ],
        ['a', 'This might be the right time for it.'],
        ['u', 'Thank you for letting me think aloud. It helps more than I expected.'],
        ['a', 'Any time.'],
      ],
    },
    {
      start: '2024-07-03 19:00',
      lines: [
        [
          'u',
          'Good news: my head of department has agreed to the half-time arrangement from the first of September, reviewed after a year. I felt oddly bereft walking out of her office, but also enormously relieved.',
        ],
        ['a', 'Congratulations on getting the arrangement you needed. Mixed feelings are natural.'],
        [
          'u',
          "And the book club has decided: from July we'll meet in my sitting room, still the first Tuesday, and people will bring a dish each. Margaret will be fine with the one step at the front.",
          'bookClubHome',
        ],
        ['a', 'That sounds like a warm solution, and it keeps Geoffrey close by.'],
        [
          'u',
          'He has said he will sit in for the discussion of The Remains of the Day next month, which pleases me very much, since it was the first novel we ever argued about, in 1989.',
        ],
        ['a', 'What a lovely connection.'],
        [
          'u',
          "Now, we badly need a holiday before term. I'd like a week in Northumberland in August, near the sea, somewhere level and accessible, with a downstairs bedroom for Geoffrey.",
        ],
        [
          'a',
          'Some options: 1) a single-storey cottage in Alnmouth near the estuary, 2) a converted farmhouse near Bamburgh with a ground-floor suite, 3) an accessible apartment in Seahouses near the harbour.',
        ],
        [
          'u',
          "Alnmouth, I think. Bamburgh is glorious, but the farmhouse sounds isolated, and Geoffrey loves watching the boats come in at Alnmouth. Let's go with the single-storey cottage.",
          'cottagePick',
        ],
        ['a', 'Lovely choice. Alnmouth is flat near the front and has a good café or two.'],
        [
          'u',
          'Could you draft a short enquiry for the owners about wheelchair access and grab rails? He uses a stick for now, but I like to be prepared.',
        ],
        [
          'a',
          '"Hello, we are interested in your cottage for a week in August. My husband has Parkinson\'s; could you tell us about step-free access, the bathroom, and whether grab rails could be fitted? Many thanks, Cecily."',
        ],
        [
          'u',
          "The owners replied within the hour; there is a level path from the car, a walk-in shower and they will fit a rail. I've booked it for the week of the twelfth of August.",
        ],
        ['a', 'Wonderful, that sounds ideal.'],
        [
          'u',
          "We'll drive up, with a stop at Durham for lunch; Geoffrey can't manage long stretches in the car.",
        ],
        ['a', 'Durham is a perfect halfway stop.'],
        ['u', "I'm already imagining the crab sandwiches."],
        ['a', 'Enjoy!'],
      ],
    },
    {
      start: '2024-08-24 17:30',
      lines: [
        [
          'u',
          'We are home from Alnmouth, sandy and sunburnt and happier than we have been in a year. Geoffrey sat on the bench by the estuary for hours, and we had crab sandwiches nearly every day.',
          'alnmouthBack',
        ],
        ['a', 'That sounds like exactly the break you both needed.'],
        [
          'u',
          'The allotment, however, has gone feral in my absence. The courgettes have become marrows and the bindweed has won several battles.',
        ],
        ['a', 'A week away in August will do that! Would a plan for catching up help?'],
        [
          'u',
          "It might. To be honest, I am thinking of giving up half the plot. The allotment society has a waiting list, and a young couple would happily take the far half. With less time I simply can't keep up with a full plot.",
        ],
        ['a', 'A half plot could make it a pleasure again instead of a chore.'],
        [
          'u',
          'That is what I keep telling myself. Meanwhile, could you suggest what to do with several enormous marrows?',
        ],
        ['a', 'Stuffed marrow with lentils and tomato, marrow and ginger jam, or a spiced marrow soup.'],
        [
          'u',
          'Marrow and ginger jam, absolutely. My mother made it every autumn, and I have her handwritten recipe somewhere in a biscuit tin.',
        ],
        ['a', 'What a lovely thing to recreate.'],
        [
          'u',
          'Term begins in three weeks, and I am preparing my Victorian novel lectures for the new, shorter week. Silas Marner is staying in.',
        ],
        ['a', 'Good luck with the new arrangement.'],
        [
          'u',
          'Could you help me work out the proportions for the jam? I have roughly three kilos of marrow once peeled and seeded.',
        ],
        [
          'a',
          'Use roughly equal weights of sugar, plus the juice of three lemons and about 50 g of fresh ginger.',
        ],
        ['u', "My mother's card agrees with you almost exactly, which is reassuring."],
        ['a', 'Great minds!'],
        ['u', "I'll set the marrow to stand in sugar overnight, as she did, and boil it tomorrow."],
        ['a', "That's the traditional method."],
      ],
    },
    {
      start: '2024-09-21 11:00',
      lines: [
        [
          'u',
          "My first three weeks on the half-time contract are over, and I am surprised at how different it feels. I teach Mondays and Tuesdays and the Wednesday morning, and the rest of the week is Geoffrey's, and mine.",
          'halfTime',
        ],
        ['a', 'That sounds like a much more sustainable rhythm.'],
        [
          'u',
          'It is. Though my colleagues have also asked me to take the second-year seminar on the Romantic poets for this term only, since someone is on research leave, so I am not quite as free as I had hoped.',
          'romantic',
        ],
        ['a', 'Two modules in a half-time week could be tight. Is the seminar load manageable?'],
        [
          'u',
          'It is one seminar a week, and Wordsworth is an old friend. I shall manage. The Victorian novel module has a wonderful group this year, too; one young man has already read all of Trollope.',
          'victorian2',
        ],
        ['a', 'A student who has read all of Trollope is a rare treasure.'],
        [
          'u',
          "Geoffrey's boxing class is on Wednesday afternoons at a gym in Clifton Moor, and he is becoming quite fond of it. He calls the instructor 'the sergeant major'.",
          'boxing1',
        ],
        ['a', 'It sounds as though it suits him, and he has found his humour in it.'],
        [
          'u',
          'He says it makes him feel like a fighter rather than a patient, which is perhaps the best thing anyone has said about this illness.',
        ],
        ['a', 'That is a powerful way for him to see it.'],
        [
          'u',
          "I'm going to ask the allotment society about the half plot at their October meeting. I've made my peace with it.",
        ],
        ['a', 'It sounds like the right decision.'],
        [
          'u',
          "Could you recommend one or two recent critical essays on Wordsworth's Prelude that second-years might manage?",
        ],
        [
          'a',
          "Try chapters in The Cambridge Companion to Wordsworth, and Stephen Gill's short introduction to the Prelude.",
        ],
        [
          'u',
          'Stephen Gill, yes; I was taught by someone who knew him. Second-years like a readable critic.',
        ],
        ['a', 'Readable and authoritative is a good combination.'],
        ['u', "Geoffrey is shouting at the rugby, so I'd better go and supervise his blood pressure."],
        ['a', 'Good luck!'],
      ],
    },
    {
      start: '2024-10-19 14:00',
      lines: [
        [
          'u',
          "It is done: the young couple, Priya and Sam, have taken the far half of plot 14, and I've kept the half with the rhubarb, the shed and the old apple tree. It is still my plot, just a more manageable one.",
          'halfPlot',
        ],
        ['a', 'That sounds like a happy arrangement, and you kept the best bits.'],
        [
          'u',
          'Sam has already asked me about companion planting, so I may have acquired a student as well as neighbours.',
        ],
        ['a', 'Once a teacher, always a teacher.'],
        [
          'u',
          "The marrow and ginger jam was a great success, incidentally; twelve jars, most given away at the book club. We're reading The Remains of the Day again for November because Geoffrey enjoyed the last discussion so much.",
        ],
        ['a', 'How nice that he has become a member in his own right.'],
        [
          'u',
          "Harriet is bringing Arthur down for half-term. He is five months old and apparently chews everything, including Callum's glasses.",
        ],
        ['a', 'You will have a lovely visit. Do you need ideas for baby-proofing?'],
        [
          'u',
          'Yes, please; our house has not been baby-proofed since about 1996, and Bathsheba will need somewhere to escape to.',
        ],
        [
          'a',
          'Cover sockets, move cables and plants, put a gate at the stairs, and give the cat a high, quiet room with her bed and litter tray.',
        ],
        [
          'u',
          'The stair gate will be handy, since we already have the rails; Geoffrey says the house is becoming a fortress.',
        ],
        ['a', 'A safe fortress, at least.'],
        [
          'u',
          "Do you have any suggestions for what a young couple might plant on a half plot over winter? I'd like to give them a head start.",
        ],
        ['a', 'Garlic, overwintering onions and broad beans can go in now.'],
        ['u', "I'll give them some of my Aquadulce broad bean seed, then; it has never let me down."],
        ['a', 'A lovely neighbourly gift.'],
        [
          'u',
          'Priya is a doctor at the hospital and Sam is a joiner, so between them they should manage the shed roof.',
        ],
        ['a', 'Ideal neighbours!'],
      ],
    },
    {
      start: '2024-11-16 10:30',
      lines: [
        [
          'u',
          'Half-term was wonderful and exhausting. Arthur adored Bathsheba, who did not return the favour, and Geoffrey held him for nearly an hour on the sofa while his hands were steady.',
        ],
        ['a', 'What a precious moment for them both.'],
        [
          'u',
          "I have a small request: I'm writing the book club's Christmas quiz, literary questions with a festive theme, and would like a few of medium difficulty.",
        ],
        [
          'a',
          'Sure: 1) Which Dickens character is visited by three spirits? 2) In Little Women, what do the March sisters give away on Christmas morning? 3) Which poet wrote "In the bleak midwinter"?',
        ],
        [
          'u',
          'Good, though the fierce solicitor will get all of those in seconds. Could you make one of them harder?',
        ],
        [
          'a',
          'Try: "In which Hardy novel does a Christmas party at Shaston feature?" or "Which Trollope novel opens with a Christmas gathering at Noningsby?"',
        ],
        ['u', 'The Trollope one, definitely; my student would get it, but the solicitor will not.'],
        ['a', 'Perfect.'],
        [
          'u',
          "We are still meeting at ours, of course, and everyone is bringing something festive. I'll do mince pies with the last of the apples.",
        ],
        ['a', 'That sounds delightful.'],
        [
          'u',
          "Geoffrey's boxing sergeant major has told him he has the best footwork in the group. He still goes every Wednesday and is insufferably proud.",
          'boxing2',
        ],
        ['a', 'He has every right to be!'],
        [
          'u',
          "I've just noticed it is almost a year since I began writing to you about reading lists. How quickly things change.",
        ],
        ['a', 'It has been quite a year for you.'],
        [
          'u',
          'It has. Fewer lectures, a smaller plot, a grandson and a husband who boxes. I would not have predicted any of it.',
        ],
        ['a', 'Life has a way of rewriting the plot.'],
        [
          'u',
          'As a reader of Victorian novels, I ought to have expected the twists. Thank you for keeping me company through them.',
        ],
        ['a', 'It has been a pleasure.'],
      ],
    },
  ],
  questions: [
    ['single-hop', "What is our cat's name?", ['cat']],
    ['single-hop', 'Where did I decide we would stay on the Northumberland holiday?', ['cottagePick']],
    ['single-hop', 'Which novel did I put forward for the book group in spring?', ['bookPick']],
    ['single-hop', 'Which variety of early potatoes do I always grow?', ['potatoes']],
    ['single-hop', "What did the neurologist change in Geoffrey's medication?", ['meds']],
    ['multi-hop', 'Which two courses am I teaching this autumn?', ['romantic', 'victorian2']],
    ['multi-hop', "Who is Arthur's mother and which city does she live in?", ['harriet', 'arthur']],
    ['temporal', 'How old is my grandson now?', ['arthur'], { askedAt: '2024-11-30 12:00' }],
    [
      'temporal',
      'Did I start my reduced contract before or after the seaside holiday?',
      ['alnmouthBack', 'halfTime'],
      { askedAt: '2024-11-30 12:05' },
    ],
    [
      'updated',
      'How much am I working at the university at the moment?',
      ['halfTime'],
      { stale: ['fullTime1', 'fullTime2'] },
    ],
    [
      'updated',
      'Where does my reading group get together these days?',
      ['bookClubHome'],
      { stale: ['bookClub1'] },
    ],
    ['updated', 'What exercise class does my husband go to now?', ['boxing2'], { stale: ['dance1'] }],
    ['off-topic', 'How does compound interest work?', []],
    ['off-topic', 'What is the tallest mountain in Africa?', []],
    ['off-topic', 'How do I reset my Wi-Fi router if I forget the password?', []],
  ],
});

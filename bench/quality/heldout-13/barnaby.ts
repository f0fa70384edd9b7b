import { definePersona } from '../author.ts';

export const barnaby = definePersona({
  user_id: 'h13-barnaby',
  name: 'Barnaby',
  summary:
    'Barnaby is a 67-year-old retired history teacher and widower living in Bath, a keen gardener and club bridge player; he writes long, careful, slightly formal sentences.',
  language: 'en',
  sessions: [
    {
      start: '2024-01-09 10:15',
      lines: [
        [
          'u',
          'Good morning. I am told by my daughter that you are rather good at lists, and as I am trying to get ahead of the gardening year before the spring rush, I wondered whether you might help me organise my seed orders.',
        ],
        [
          'a',
          'Good morning! I would be glad to help. What are you hoping to grow this year, and roughly how much space do you have?',
        ],
        [
          'u',
          'The garden itself is a modest walled plot behind a Georgian terrace on the north side of the city, perhaps forty feet by twenty, with roses along the south-facing wall that my late wife Margaret planted nearly thirty years ago and which I would not dream of disturbing.',
          'garden',
        ],
        [
          'a',
          'That sounds lovely, and those roses clearly matter. Shall we plan vegetables and annuals around them rather than replacing anything?',
        ],
        [
          'u',
          'Yes, precisely that. I should like runner beans, some salad leaves, sweet peas for cutting, and a few courgettes, though I confess the courgettes always get away from me by August.',
        ],
        [
          'a',
          'Here is a simple list: runner beans (sow April indoors), cut-and-come-again lettuce (sow March onwards), sweet peas (sow now under cover), and one or two courgette plants at most.',
        ],
        [
          'u',
          'One or two courgette plants at most is very wise counsel, and I shall try to heed it this year, which I have said every year since 2009.',
        ],
        ['a', "It is a very common gardener's resolution! Would you like sowing dates added to a calendar?"],
        [
          'u',
          'Perhaps later. I ought to mention that my diary is governed by two fixed points: bridge at the club on Tuesday evenings, where my partner of some eleven years, Geoffrey, and I have a standing table, and my Thursday mornings volunteering as a room steward at the Holburne Museum.',
          'bridgeGeoffrey1',
        ],
        [
          'a',
          'Noted: Tuesday evenings for bridge with Geoffrey and Thursday mornings at the Holburne. I will keep sowing tasks away from those.',
        ],
        [
          'u',
          'The Holburne is a great pleasure, I must say; I stand in the gallery with the Gainsboroughs and answer questions from visitors, and occasionally I am permitted to say something about the eighteenth century, which after forty years in a classroom is hard to resist.',
          'holburne1',
        ],
        ['a', 'It sounds like the perfect role for a retired history teacher.'],
        [
          'u',
          'Wellington disagrees, of course, because Thursday means he is left at home for the morning. He is a border terrier of nine and regards any departure as a personal betrayal.',
          'dog',
        ],
        [
          'a',
          'Border terriers are famously opinionated. Does he get a long walk afterwards by way of apology?',
        ],
        [
          'u',
          'He gets a turn around Victoria Park and a biscuit, which he considers barely adequate compensation.',
        ],
        ['a', 'A fair settlement, I would say. Shall I draft the seed order for you to check?'],
        [
          'u',
          'Yes please, and do keep it to one page; I intend to print it and pin it above the kitchen table.',
        ],
        ['a', 'Here is a one-page seed order grouped by supplier and sowing month.'],
      ],
    },
    {
      start: '2024-01-28 16:40',
      lines: [
        [
          'u',
          'I wonder if you could help me compose a letter to Bath and North East Somerset Council, as there is a pothole at the bottom of Lansdown Road that has now become something of a local landmark.',
        ],
        ['a', 'Certainly. Would you like it firm but polite, and should it mention any damage or danger?'],
        [
          'u',
          'Firm but polite is exactly my register. You might mention that I very nearly lost a hubcap to it last week in my old Volvo estate, which, at nineteen years of age, does not have hubcaps to spare.',
          'volvo1',
        ],
        [
          'a',
          'Here is a draft: "Dear Sir or Madam, I write to report a deep pothole at the foot of Lansdown Road, which last week nearly damaged my vehicle..."',
        ],
        [
          'u',
          'That is very good, though I would replace "nearly damaged my vehicle" with something a little more vivid; perhaps "came close to claiming a wheel trim".',
        ],
        [
          'a',
          'Done: "...which last week came close to claiming a wheel trim from my car." Anything else to add?',
        ],
        [
          'u',
          'No, that will do nicely. On a happier note, my grandson Oliver turned seven yesterday, and I drove up to Leeds on Friday for the party, which was a riot of balloons and a magician of uncertain ability.',
          'oliver',
        ],
        ['a', 'Happy birthday to Oliver! A long drive, but it sounds worth it.'],
        [
          'u',
          'It was. My daughter Clare lives there with her husband Imran, and they are very good about making me feel that I am not merely a visitor but part of the household.',
        ],
        ['a', 'That is a lovely thing to feel. Did Oliver enjoy the magician despite his uncertain ability?'],
        [
          'u',
          'He enjoyed watching the magician drop the cards far more than any trick, which seems to me a perfectly sound critical judgement.',
        ],
        ['a', 'Children are honest critics. What did you give him?'],
        [
          'u',
          "A children's atlas of the ancient world, naturally, and a bag of chocolate coins, which Clare rightly suspected was the more popular gift.",
        ],
        ['a', 'Both excellent choices. Would you like help with anything else today?'],
        [
          'u',
          'Only one small thing: could you remind me how one sends a letter to the council by email rather than by post? I have an instinct for stamps that I am trying to overcome.',
        ],
        [
          'a',
          'The council has a "Report a problem" page on its website, or you can email the highways team directly. I can paste the letter into an email format for you.',
        ],
        ['u', 'Please do, and thank you; I shall attempt to join the twenty-first century by teatime.'],
        ['a', 'Here it is formatted as an email, with a subject line: "Pothole report – Lansdown Road".'],
      ],
    },
    {
      start: '2024-02-20 11:05',
      lines: [
        [
          'u',
          'I have a bridge question that has been bothering me since last Tuesday, when Geoffrey and I had a rather heated post-mortem over a hand in which I failed to use Stayman.',
          'bridgeGeoffrey2',
        ],
        ['a', 'Happy to help. What was the auction and what did you hold?'],
        [
          'u',
          'He opened one no-trump, I held four hearts and four spades with eleven points, and I simply bid three no-trump, which went one off while four hearts was cold.',
        ],
        [
          'a',
          'With 4-4 in the majors and game values, two clubs (Stayman) is standard: you find a 4-4 fit if partner has one, and if not, you bid 3NT.',
        ],
        [
          'u',
          'Yes, that is what Geoffrey said, though at greater length and with a certain relish. I suppose I was being lazy.',
        ],
        ['a', 'It happens to everyone. Partners often remember these hands for years!'],
        [
          'u',
          'He remembers every hand since about 2013. Separately, my right knee has been grumbling since Christmas, particularly on the stairs, and the GP has referred me to a physiotherapist at the RUH.',
          'knee',
        ],
        [
          'a',
          'I am sorry to hear that. Stairs are a common trigger for knee pain. Do you know when the appointment is?',
        ],
        [
          'u',
          'Not for five weeks, and in the meantime I have been told to keep moving but to avoid kneeling in the garden, which is rather like asking a fish to avoid water.',
        ],
        [
          'a',
          'A kneeling pad or a low stool might help, or raised beds longer term. Would gentle strengthening exercises be useful until then?',
        ],
        ['u', 'Gentle ones, yes, and nothing that requires a gymnasium or Lycra.'],
        [
          'a',
          'Try: seated leg raises, 10 each side; sit-to-stand from a chair, 8 to 10 times; and straight-leg raises lying on the bed. Stop if anything causes sharp pain.',
        ],
        [
          'u',
          'Those seem manageable. I might do the seated ones at the Holburne on Thursday, between visitors, if no one is looking at the Gainsboroughs.',
          'holburne2',
        ],
        ['a', 'A very efficient use of quiet moments. Just avoid startling the visitors!'],
        [
          'u',
          'I shall be discreet. The visitors are mostly Americans on coach tours in any case, and they are charming and startle very little.',
        ],
        ['a', 'Sounds like a good crowd. Anything else today?'],
        ['u', 'No, that is all; thank you for being more patient about Stayman than Geoffrey was.'],
        ['a', 'Any time. Good luck next Tuesday!'],
      ],
    },
    {
      start: '2024-03-15 14:30',
      lines: [
        [
          'u',
          'I have done something impulsive, at least by my standards: I have ordered a greenhouse, an eight-by-six aluminium one from a firm in Gloucestershire, for six hundred and forty pounds including delivery.',
          'greenhouse',
        ],
        ['a', 'How exciting! That is a good size for tomatoes and seedlings. Where will it go?'],
        [
          'u',
          'Against the end wall, where the old compost bins were, which means I must first find somewhere else for the compost, and indeed someone to lay a proper base.',
        ],
        [
          'a',
          'A level base is important: paving slabs or a timber frame filled with gravel both work. Would you like advice on either?',
        ],
        [
          'u',
          'Later, perhaps. First, I must decide what to grow in it, and I had thought tomatoes, since Margaret always grew them and I have rather let that lapse.',
        ],
        [
          'a',
          "Here are three reliable tomato varieties for an unheated greenhouse: 1) Sungold, a very sweet orange cherry; 2) Gardener's Delight, a classic red cherry; 3) Shirley, a heavy-cropping medium tomato.",
        ],
        [
          'u',
          'I shall take the third, Shirley, which is what Margaret grew, so there is a certain rightness to it, and I recall it cropping very generously indeed.',
          'tomatoPick',
        ],
        [
          'a',
          'Shirley it is. Sow in late March indoors and move them to the greenhouse in late April or May.',
        ],
        [
          'u',
          'Splendid. On less pleasing matters, the Volvo failed its MOT on Wednesday on two tyres and a brake pipe, and the garage has hinted, in the way garages do, that it may be time to consider its future.',
          'volvo2',
        ],
        ['a', 'That is frustrating. Are the repairs expensive?'],
        [
          'u',
          "About three hundred pounds, which I have paid, though it feels rather like paying for an elderly relative's cruise.",
        ],
        ['a', 'An apt comparison! Are you thinking of replacing it soon?'],
        ['u', 'Not yet; I am fond of it, and Wellington considers the boot his private apartment.'],
        ['a', 'A strong argument for keeping it, then.'],
        [
          'u',
          'Incidentally, I have started taking a statin, atorvastatin at twenty milligrams, after my cholesterol came back a little high in January, and the pharmacist said I should take it in the evening.',
          'statin',
        ],
        [
          'a',
          'Yes, many people take statins in the evening. Let me know if you notice any muscle aches, which are the most common side effect.',
        ],
        [
          'u',
          'I shall. Thus far I have noticed nothing except a vague sense of being middle-aged, which at sixty-seven I find rather flattering.',
        ],
        ['a', 'That is one way to look at it!'],
      ],
    },
    {
      start: '2024-04-10 09:20',
      lines: [
        [
          'u',
          'The greenhouse is up, and I am delighted with it. Mr Pearce from two doors down laid the slab base last weekend, and charged me a hundred and eighty pounds, which I consider very fair for the labour and materials.',
          'greenhouseBase',
        ],
        [
          'a',
          'Wonderful! A neighbour with the right skills is worth a great deal. Are the Shirley seedlings ready to go in?',
        ],
        [
          'u',
          'They are on the windowsill, about four inches tall and leaning toward the light like schoolboys toward the door at the end of a lesson.',
        ],
        [
          'a',
          'Turning the pots daily will help them grow straight. They can go into the greenhouse once nights are reliably above about 8°C.',
        ],
        [
          'u',
          'I will turn them, thank you. I have a favour to ask of a different kind: I am writing a short booklet for the Bath local history society on the Georgian ice houses of the city, and I need help structuring it.',
          'booklet',
        ],
        ['a', 'What a fascinating subject. How long will it be, and who is the audience?'],
        [
          'u',
          'Perhaps forty pages, for society members and the occasional curious tourist, so it must be accurate without being dry, which was my constant battle in the classroom too.',
        ],
        [
          'a',
          'A possible structure: 1) What an ice house was for; 2) How ice was harvested and stored; 3) Surviving examples in and around Bath; 4) The people who worked them; 5) Decline with refrigeration. Each chapter could open with a short anecdote.',
        ],
        [
          'u',
          'That is a very sensible skeleton, and the anecdotes are an excellent idea; I have a marvellous one about an ice merchant fined for selling "spoiled ice" in 1791.',
        ],
        ['a', 'That would make a perfect opening for the chapter on the people who worked them.'],
        [
          'u',
          'Indeed. I ought also to say that my son Tom rang from Toronto on Sunday; he and his wife Priya have twins, Hattie and Jonah, who turned four in March, and I spoke to them at length about dinosaurs.',
          'twins',
        ],
        ['a', 'That sounds like a delightful call. Do you get to visit them often?'],
        [
          'u',
          'Not as often as I should like; the flight is long, and my knee does not enjoy eight hours in economy. They may come over at Christmas.',
        ],
        ['a', 'I hope they do. Has the physiotherapy started?'],
        [
          'u',
          'It has, and the physiotherapist, a brisk young woman called Siobhan, has told me that my knee is arthritic but not alarmingly so, and that I must do my exercises daily without exception.',
        ],
        [
          'a',
          'Consistency is the main thing with knee arthritis. Is she happy with the exercises you were doing?',
        ],
        [
          'u',
          'She approved of the sit-to-stands and added a step-up on the bottom stair, which I do while the kettle boils.',
        ],
        ['a', 'A good habit to attach to the kettle!'],
        [
          'u',
          "It does mean that I drink rather more tea than before, but one must make sacrifices for one's health.",
        ],
        ['a', 'A noble sacrifice indeed.'],
      ],
    },
    {
      start: '2024-05-07 19:10',
      lines: [
        [
          'u',
          'I have had some news that has unsettled me a little: Geoffrey is moving to Cornwall at the end of the month to be near his son, so after eleven years I am to have a new bridge partner, a retired pharmacist named Evelyn Marsh, with whom I start next Tuesday.',
          'bridgeEvelyn1',
        ],
        ['a', 'That is a big change after eleven years. Have you played with Evelyn before?'],
        [
          'u',
          'Only once, at a charity drive, and she was formidable; she plays a strong club system, and I shall need to learn it, which at my age is a little like learning Portuguese.',
        ],
        [
          'a',
          'It is very learnable, especially with a patient partner. I can give you a one-page summary of a strong club system if that helps.',
        ],
        [
          'u',
          'That would be kind. But there is a more pressing matter: the local history society is organising a trip to Normandy in early June for the D-Day anniversary, and I am expected to find my own hotel in Bayeux for three nights.',
        ],
        [
          'a',
          "Here are some options in Bayeux: 1) Hôtel Churchill, central and traditional; 2) Le Lion d'Or, an old coaching inn with a good restaurant; 3) a modern chain hotel near the ring road, cheaper but less charming.",
        ],
        [
          'u',
          "The second, the old coaching inn, appeals to me very much; I have always had a weakness for places where people have been arriving tired for three hundred years. Please help me book Le Lion d'Or from the fourth to the seventh.",
          'hotelPick',
        ],
        [
          'a',
          'Good choice. I cannot book directly, but here is a polite email in French and English requesting a single room for 4–7 June.',
        ],
        ['u', 'My French is serviceable, but I shall send your version as it is better than mine.'],
        ['a', 'Happy to help. Will you be visiting the tapestry as well as the beaches?'],
        [
          'u',
          'The tapestry, the cemetery at Colleville, and Arromanches; I taught the Normandy landings to fifteen-year-olds for thirty years and have never actually stood on Omaha Beach, which is a strange thing to confess.',
        ],
        ['a', 'It will be a memorable trip. Is Wellington going to be looked after?'],
        [
          'u',
          'Wellington is going to my neighbour Mr Pearce, who spoils him and thus is his favourite person in Bath.',
        ],
        ['a', 'Perfect. And how are the tomatoes?'],
        ['u', 'In the greenhouse and flourishing; I have had to tie them in twice already.'],
        ['a', 'That is a good sign. Remember to pinch out the side shoots.'],
        [
          'u',
          "I will. Do send me the summary of Evelyn's system; I should like to read it before Tuesday and make at least a show of competence.",
        ],
        [
          'a',
          'Here is a one-page summary of a strong club system, focusing on openings and the first response.',
        ],
      ],
    },
    {
      start: '2024-06-12 15:45',
      lines: [
        [
          'u',
          'I returned from Normandy on Saturday evening, and I must tell you that it was one of the most moving experiences of my life; standing at Omaha at low tide, I understood for the first time the sheer distance those men had to cross.',
          'normandy',
        ],
        ['a', "That sounds very powerful. How was Le Lion d'Or?"],
        [
          'u',
          'Charming, creaky and with a breakfast of such abundance that I did not need lunch on any day; I would return in a heartbeat.',
        ],
        ['a', 'That sounds ideal. Did the rest of the society enjoy the trip?'],
        [
          'u',
          'Very much, though one member insisted on correcting the guide at Arromanches, and I had to pretend I had never done the same thing myself.',
        ],
        ['a', 'A familiar temptation for a history teacher!'],
        [
          'u',
          'Quite. Now, I must also report a decision: I have finally parted with the Volvo, which the garage bought for a sum that would barely purchase a good dinner, and I now drive a second-hand Honda Jazz in a colour the brochure calls "Milano Red".',
          'jazz1',
        ],
        ['a', 'Congratulations on the new car! The Jazz is very practical. How do you find it?'],
        [
          'u',
          'It is surprisingly spacious inside, and the rear seats fold flat in a way that I am told is ingenious; Wellington, however, is yet to be persuaded.',
        ],
        ['a', 'Perhaps a familiar blanket from the old car would help him settle.'],
        ['u', 'An excellent notion; I shall put his old tartan rug in the back.'],
        ['a', 'That should help. Have you played with Evelyn yet?'],
        [
          'u',
          'Twice, and we have been middling, though she is forgiving of my errors in a way that makes me more determined not to commit them.',
        ],
        ['a', 'That is a good partnership dynamic. Are you getting to grips with the system?'],
        [
          'u',
          'Slowly. I keep opening one club with a genuine club suit out of sheer habit, and she raises an eyebrow over the table.',
        ],
        ['a', 'Old habits die hard. It will come with practice.'],
        [
          'u',
          "I am sure it will. Could you suggest a simple supper for one tonight? I have eggs, some asparagus from the farmers' market, and half a lemon.",
        ],
        [
          'a',
          'Try asparagus with soft-boiled eggs for dipping, a little lemon zest and butter. It takes ten minutes.',
        ],
        ['u', 'That sounds delightful, and it is within my culinary competence, which is saying something.'],
        ['a', 'Enjoy it!'],
      ],
    },
    {
      start: '2024-07-03 08:50',
      lines: [
        [
          'u',
          "You may congratulate Evelyn and me; we came second in the club's summer pairs last night, and I did not once open one club in the wrong manner.",
          'bridgeEvelyn2',
        ],
        ['a', 'Congratulations! That is a real achievement so soon into a new partnership.'],
        [
          'u',
          'Thank you. She is a far more aggressive bidder than I am used to, and I find that I enjoy it, rather like discovering a taste for chilli in old age.',
        ],
        ['a', 'What a nice way to put it. Is the heat affecting the garden?'],
        [
          'u',
          'Very much so; I am watering morning and evening, and the water butts are empty, so I am using the hose and feeling guilty about it.',
        ],
        [
          'a',
          'Watering deeply in the early morning is most efficient. Mulching beds also helps retain moisture.',
        ],
        [
          'u',
          "I shall mulch this weekend. I have also some news about my Thursdays: I have stepped down from the Holburne, sadly, because the standing was aggravating my knee, and instead I now go on Wednesday afternoons to help with the children's summer reading scheme at the Central Library.",
          'library1',
        ],
        ['a', 'That sounds like a lovely change, and easier on your knee. What do you do there?'],
        [
          'u',
          'I sit on a chair, which my knee applauds, and children read to me, and I give them stickers and ask what they thought of the story; it is the best part of the week.',
        ],
        ['a', 'That sounds wonderful. Children often love having a patient adult listener.'],
        [
          'u',
          'One small boy read me an entire book about sharks and then informed me that I looked like a walrus, which I have chosen to take as a compliment.',
        ],
        ['a', 'Walruses are very distinguished animals!'],
        [
          'u',
          'Precisely my view. Might I ask for help with the booklet? I need a short, engaging introduction of no more than two hundred words.',
        ],
        [
          'a',
          'Of course. Here is a draft: "Long before the refrigerator hummed in every kitchen, the citizens of Bath..."',
        ],
        ['u', 'That is very good, though "hummed" is a touch whimsical for the society; perhaps "stood"?'],
        ['a', 'Changed to "stood". Would you like me to trim it further?'],
        ['u', 'No, I think it is now about right. Thank you.'],
        ['a', 'My pleasure.'],
      ],
    },
    {
      start: '2024-08-01 18:25',
      lines: [
        [
          'u',
          'I am off to Edinburgh tomorrow for ten days to stay with my sister Rosalind during the festival; she has bought tickets to a great many things, some of which sound alarming.',
          'edinburghPlan',
        ],
        ['a', 'How lovely! Which shows is she taking you to?'],
        [
          'u',
          'A Shakespeare in a car park, a comedian whose name I cannot pronounce, and a concert of Baroque music in a church, which is the only one I am confident of enjoying.',
        ],
        ['a', 'A nicely varied programme. Are you driving up?'],
        [
          'u',
          "I shall drive the Jazz as far as my daughter's in Leeds, stay the night, and then take the train on to Edinburgh; the Jazz is marvellous on fuel, I must say, and the Volvo would have needed a second mortgage for the same journey.",
          'jazz2',
        ],
        ['a', 'That is a sensible plan and breaks up the journey nicely.'],
        [
          'u',
          'And it means I see Oliver, who has requested that I bring my stamp album, which I think means he wants to steal some of the stamps.',
        ],
        ['a', 'A budding collector, perhaps!'],
        ['u', 'Perhaps. Could you help me with a packing list? I tend to forget the one thing that matters.'],
        [
          'a',
          'Essentials: medication (including your atorvastatin), phone charger, reading glasses, a light waterproof, comfortable shoes, tickets and your railcard.',
        ],
        ['u', 'The railcard, yes; I would certainly have forgotten that. Thank you.'],
        ['a', 'You are welcome. Who is looking after the garden while you are away?'],
        [
          'u',
          'Mr Pearce again; he will water the greenhouse and collect the tomatoes, of which there are now so many that I suspect he will eat half of them.',
        ],
        ['a', 'A fair wage for his trouble. And Wellington?'],
        ['u', "He comes with me as far as Leeds, where Clare's children will exhaust him."],
        ['a', 'He will have a wonderful time. Have a great trip!'],
        ['u', 'Thank you; I shall report back.'],
        ['a', 'I look forward to it.'],
      ],
    },
    {
      start: '2024-08-29 10:00',
      lines: [
        [
          'u',
          'I am home from Edinburgh, and somewhat exhausted; Rosalind and I went to eleven shows in ten days, and the Shakespeare in the car park was, against all expectations, my favourite.',
          'edinburghBack',
        ],
        ['a', 'Welcome back! What made it so good?'],
        [
          'u',
          'The actors used the cars as part of the set, and Lear raged at the storm from the roof of a Ford Mondeo, which was absurd and yet strangely moving.',
        ],
        ['a', 'That does sound unforgettable.'],
        [
          'u',
          'It was. Now, I have some medical business: the optician has found cataracts in both eyes, the left worse than the right, and I am to have the left done at the RUH in September.',
        ],
        ['a', 'Cataract surgery is very common and usually quick. Do you have a date?'],
        [
          'u',
          "The seventeenth, and I am told it takes twenty minutes, which seems extraordinary for something involving one's eye.",
        ],
        [
          'a',
          'It is remarkable. You will need someone to drive you home, and you will have eye drops for a few weeks.',
        ],
        [
          'u',
          'Evelyn has offered to drive me, which is very kind, and she has added that she expects me to see my cards better afterwards and bid accordingly.',
          'bridgeEvelyn3',
        ],
        ['a', 'A partner with a sense of humour!'],
        [
          'u',
          'Indeed. Meanwhile the tomatoes have been prodigious; Mr Pearce has returned with a carrier bag of them, and I need something to do with about three kilos.',
        ],
        [
          'a',
          'Options: 1) a big batch of roasted tomato sauce to freeze; 2) green tomato chutney if some are unripe; 3) tomato soup in portions.',
        ],
        [
          'u',
          'The first, I think; roasted sauce in the freezer will bring the summer back in February.',
          'saucePick',
        ],
        [
          'a',
          'Roast halved tomatoes with garlic, olive oil and a little salt at 180°C for about an hour, then blend and freeze in portions.',
        ],
        ['u', 'Excellent. I shall start once I have unpacked, which may take until Christmas.'],
        ['a', 'One thing at a time!'],
        ['u', 'Quite right. Thank you, as ever.'],
        ['a', 'Always happy to help.'],
      ],
    },
    {
      start: '2024-09-18 17:30',
      lines: [
        [
          'u',
          'I had the cataract operation on my left eye yesterday afternoon, and it went smoothly; I am writing this with one eye behind a plastic shield, so forgive any typing errors.',
          'cataract',
        ],
        ['a', 'I am glad it went well. How is your vision?'],
        [
          'u',
          'Blurry at present, but already the colours seem brighter, as if someone has cleaned a window that I did not know was dirty.',
        ],
        ['a', 'That is a very common description. Remember the drops and avoid rubbing the eye.'],
        [
          'u',
          'I have a chart on the fridge for the drops, four times a day, and I am obeying it with the diligence of a new prefect.',
        ],
        ['a', 'Perfect. Do you need to avoid anything else?'],
        [
          'u',
          'No bending with my head below the waist for a week, which rules out gardening; the weeds will have their moment.',
        ],
        ['a', "They can wait. Is someone helping with Wellington's walks?"],
        [
          'u',
          "Mr Pearce's granddaughter is walking him, and he is treating her as a rival for my affection.",
        ],
        ['a', 'Dogs are wonderful at drama.'],
        [
          'u',
          "I ought to let the library know I shall miss this Wednesday's reading session; the children's autumn reading club has started, and I have become quite attached to my little group there.",
          'library2',
        ],
        ['a', 'Would you like help writing a short note to the librarian?'],
        [
          'u',
          'Yes, something brief, explaining the operation and saying I hope to be back the following week.',
        ],
        [
          'a',
          'Here: "Dear Janet, I had minor eye surgery yesterday and will miss this Wednesday\'s reading club. I hope to be back next week. With best wishes, Barnaby."',
        ],
        ['u', 'Perfect; thank you. I shall now rest my eye and listen to the cricket on the radio.'],
        ['a', 'Sounds like an ideal recovery.'],
      ],
    },
    {
      start: '2024-10-15 13:10',
      lines: [
        [
          'u',
          'My eye is entirely healed, the world is disconcertingly sharp, and I have noticed that my kitchen needs repainting, which is a side effect no one warned me about.',
        ],
        ['a', 'That is a classic post-cataract discovery! Are you planning to repaint?'],
        [
          'u',
          'Perhaps in the spring. For now, I am planting bulbs: two hundred tulips and some alliums in the borders, and I am wondering how deep the tulips should go.',
        ],
        [
          'a',
          'Tulips should be planted about three times their own depth, so around 15–20 cm, ideally in November to reduce tulip fire.',
        ],
        ['u', 'November, then; I shall restrain myself until the clocks change.'],
        ['a', 'Good idea. How is the booklet going?'],
        [
          'u',
          'The proofs arrived yesterday; the society is printing two hundred copies, and I have found only three typographical errors, one of which was in my own name.',
        ],
        ['a', 'An unfortunate place for an error! Is there a launch planned?'],
        [
          'u',
          'There is to be a small talk at the Guildhall in November, and I am to speak for twenty minutes, which for a former teacher is an absurdly short time.',
        ],
        ['a', 'Would you like help planning the talk?'],
        [
          'u',
          "Later, yes. I must also think about Christmas: Tom, Priya and the twins are definitely coming from Toronto, and Clare's family will come down from Leeds, so I shall have nine in the house.",
        ],
        ['a', 'A full house! Would you like help planning meals or sleeping arrangements?'],
        [
          'u',
          'Both, eventually, though my immediate concern is a turkey large enough for nine and an oven small enough to fit in a Georgian kitchen.',
        ],
        [
          'a',
          'A 5–6 kg turkey feeds nine comfortably and should fit most standard ovens. A crown is another option if space is tight.',
        ],
        ['u', 'A crown, I think, since the oven is roughly the size of a shoebox.'],
        ['a', 'A sensible choice. Shall I start a Christmas planning list?'],
        [
          'u',
          'Yes please, and thank you for a year of good help; I had not expected to become so reliant on a computer.',
        ],
        ['a', 'It has been a pleasure. Here is a first draft of your Christmas list.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What breed is my dog?', ['dog']],
    ['single-hop', 'Where did I decide to stay for the D-Day trip to France?', ['hotelPick']],
    ['single-hop', 'Which kind of tomato did I settle on for the new greenhouse?', ['tomatoPick']],
    ['single-hop', 'What is the subject of the history society booklet I have been writing?', ['booklet']],
    ['single-hop', 'What cholesterol medicine was I put on, and at what dose?', ['statin']],
    [
      'multi-hop',
      'Counting the frame and the base together, what did the greenhouse set me back?',
      ['greenhouse', 'greenhouseBase'],
    ],
    ['multi-hop', 'What are the names of all my grandchildren?', ['oliver', 'twins']],
    [
      'temporal',
      'Roughly how many weeks ago was my eye surgery?',
      ['cataract'],
      { askedAt: '2024-11-26 10:00' },
    ],
    [
      'temporal',
      'Which came first this year, my trip to the Normandy beaches or my stay with Rosalind at the festival?',
      ['normandy', 'edinburghPlan', 'edinburghBack'],
      { askedAt: '2024-11-26 10:05' },
    ],
    [
      'updated',
      'Who do I partner at the Tuesday bridge club nowadays?',
      ['bridgeEvelyn1', 'bridgeEvelyn2', 'bridgeEvelyn3'],
      { stale: ['bridgeGeoffrey1', 'bridgeGeoffrey2'] },
    ],
    ['updated', 'What car do I drive at the moment?', ['jazz1', 'jazz2'], { stale: ['volvo1', 'volvo2'] }],
    [
      'updated',
      'Where do I do my volunteering these days?',
      ['library1', 'library2'],
      { stale: ['bridgeGeoffrey1', 'holburne1', 'holburne2'] },
    ],
    ['off-topic', 'How do suspension bridges stop their cables from snapping in high winds?', []],
    ['off-topic', 'What is the quickest way to convert a PDF into an editable Word document?', []],
    ['off-topic', 'Why does the sky look red at sunset?', []],
  ],
});

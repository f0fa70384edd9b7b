import { definePersona } from '../author.ts';

export const percival = definePersona({
  user_id: 'h16-percival',
  name: 'Percival',
  summary:
    'A 62-year-old English barrister in Bristol, recently semi-retired, married to Harriet, who plays competitive croquet and is restoring a 1969 MGB. Writes in long, faintly pompous, well-punctuated sentences with legal asides, but is warm and kind.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-11 10:00',
      lines: [
        [
          'u',
          "Good morning. I find myself, after thirty-eight years at the Bar, with rather more time on my hands than I am accustomed to. As of the new year I'm down to two days a week in chambers, Tuesdays and Thursdays, and the clerks are being terribly gracious about it.",
          'work-old1',
        ],
        [
          'a',
          'Congratulations on the new chapter. Two days a week sounds like a sensible way to ease off without stopping abruptly. How are you planning to use the extra time?',
        ],
        [
          'u',
          'Harriet, my wife, says I must find a project or I shall drive her to distraction. Fortunately I have one. A 1969 MGB roadster, bought from a retired dairy farmer outside Shepton Mallet. She had been sat in his barn since roughly the Major government.',
        ],
        ['a', 'A barn find! That is a proper project. What state is she in?'],
        [
          'u',
          "Dire, frankly. The paintwork is, or was, Old English White, though you'd hardly know it under the moss and the chicken droppings. She'll be going back to that original white, naturally. I won't countenance anything flashier.",
          'mg-colour',
        ],
        ['a', 'Returning her to the factory colour is a nice touch, and it usually helps the value too.'],
        [
          'u',
          "Could you explain, in plain terms, what a 'sill' is on a car of that vintage? Len, the mechanic who has taken her on, keeps muttering about them and I nod along like a pupil in front of a difficult judge.",
          'mechanic',
        ],
        [
          'a',
          "The sills are the box sections running along the bottom of the car beneath the doors, between the front and rear wheels. On an MGB they carry a lot of the body's strength, and they're notorious for rusting from the inside out.",
        ],
        ['u', 'Ah. Hence the muttering. He wants to replace both and I shall grit my teeth and agree.'],
        [
          'a',
          "It's usually the right call on an MGB. Everything else depends on them being sound, so it's money well spent.",
        ],
        [
          'u',
          "Tell me honestly, is it foolish to want a car that old as a weekend runner? Harriet's phrase was 'a mid-life crisis fifteen years too late'.",
        ],
        [
          'a',
          'Not foolish at all. Plenty of people use MGBs regularly: parts are easy to get, the mechanics are simple, and there is a big owners club scene.',
        ],
        [
          'u',
          "The difficulty is storage. We live in a tall, thin Georgian terrace in Clifton without so much as a carport, so the old girl will be lodging at Len's workshop in Bedminster for the duration.",
          'home-old1',
        ],
        [
          'a',
          'That is probably for the best. A workshop is a better home for a restoration than the street anyway.',
        ],
        [
          'u',
          'Brandy, our elderly Labrador, is the only member of the household entirely untroubled by all this. He slept through the whole discussion of the purchase, snoring like a silk after a long lunch.',
          'dog',
        ],
        ['a', 'Sounds like Brandy has his priorities in order.'],
        ['u', 'Indeed. Well, thank you, you have been most illuminating. I shall report back on the sills.'],
        ['a', 'Please do. Good luck with the restoration!'],
      ],
    },
    {
      start: '2025-01-26 19:30',
      lines: [
        [
          'u',
          "Good evening. I wonder if you might help me with a kedgeree. I make one every Sunday morning; it is the only dish in this house that is unambiguously mine, and I've grown rather bored of my own version.",
          'kedgeree',
        ],
        [
          'a',
          'Happy to help! Do you want a classic smoked-haddock version with a twist, or something quite different?',
        ],
        [
          'u',
          'Classic, but with ambition. I use undyed smoked haddock and a soft-boiled egg. What would you add?',
        ],
        [
          'a',
          'Toast a few cardamom pods, a cinnamon stick and a bay leaf in butter before adding the rice, poach the haddock in milk and use some of that milk in the dish, then finish with parsley and coriander, lemon, and a spoonful of crème fraîche.',
        ],
        ['u', 'Crème fraîche! Harriet will accuse me of going continental. I shall try it regardless.'],
        ['a', 'It makes it silkier without being heavy. Go easy, a tablespoon or two is plenty.'],
        [
          'u',
          'On another matter entirely. The croquet season proper does not begin until April, but the club runs winter lawn days when it is dry. I went down this afternoon and was thoroughly humiliated by a man of eighty-four.',
        ],
        ['a', 'Ouch, croquet can be merciless. What level are you playing at?'],
        [
          'u',
          "I play off a handicap of 8 at present, which is respectable but hardly distinguished. The octogenarian plays off 1. He's called Nigel, and he is also my doubles partner, which is some consolation.",
          'hc-8a',
        ],
        [
          'a',
          'Eight is a solid handicap, and having a partner that strong is one of the best ways to improve.',
        ],
        [
          'u',
          'What is the best way to practise hoop-running over the winter? The lawns are waterlogged most weeks.',
        ],
        [
          'a',
          'Set a single hoop up somewhere flat, even on a short carpet, and practise approaches and runs from one to three yards. Work on a consistent stance and a smooth, straight swing rather than power.',
        ],
        [
          'u',
          'We have no garden to speak of, merely a courtyard the size of a snooker table. But it might accommodate a single hoop.',
        ],
        ['a', 'That is plenty for hoop practice. Even ten minutes a day will help.'],
        [
          'u',
          'And is there a decent book on croquet tactics that is not written in the manner of a tax statute?',
        ],
        [
          'a',
          "Two classics: 'Croquet: The Skills of the Game' by Bill Lamb, which is clear and friendly, or Keith Wylie's 'Expert Croquet Tactics', which is brilliant but very dense.",
        ],
        [
          'u',
          "I'll take the Lamb. The Wylie sounds like something I'd have been made to read in pupillage.",
          'book-pick',
        ],
        ['a', 'Good choice to start with. You can always graduate to Wylie later.'],
      ],
    },
    {
      start: '2025-02-14 09:00',
      lines: [
        [
          'u',
          "Valentine's Day, and I've booked a table at Casamia for this evening. Harriet and I will have been married thirty-four years in June, and she still pretends to be surprised every February.",
          'anniv',
        ],
        ['a', 'Lovely. Casamia is a special-occasion sort of place. Anything I can help with?'],
        [
          'u',
          'A card. I am rather good at closing speeches but hopeless at this sort of thing. Could you draft a few lines?',
        ],
        [
          'a',
          "How about: 'Thirty-four years, and you still make an ordinary Friday feel like an occasion. Thank you for everything, most of all your patience. All my love, P.'",
        ],
        [
          'u',
          'Far too gushing. Harriet would assume I had been replaced by an impostor. Something drier, please, ideally with a joke about my snoring.',
        ],
        [
          'a',
          "Try: 'Thirty-four years of putting up with my opinions and my snoring. The opinions I can't help, but I'm told the snoring is negotiable. Happy Valentine's, P.'",
        ],
        ['u', 'That is it exactly. Perfect.'],
        ['a', 'Glad it works. Have a wonderful evening.'],
        [
          'u',
          "Family news, too: our daughter Imogen rang last night. She's expecting in April. She is a GP up in Edinburgh, and we shall be grandparents for the first time.",
          'imogen',
        ],
        ['a', 'Congratulations! That is wonderful news for all of you.'],
        [
          'u',
          "I am rather overcome, if I'm honest. I have been practising saying 'Grandpa' in the shaving mirror. It sounds terribly old.",
        ],
        ['a', "It'll sound perfectly natural the first time someone small says it back to you."],
        [
          'u',
          'Now, something duller. Would you draft a note to our senior clerk, Malcolm, asking him to keep my Tuesdays clear of anything likely to run past four? I am still in chambers on Tuesdays and Thursdays, but I would like to be home before dark.',
          'work-old2',
        ],
        [
          'a',
          "Dear Malcolm, I hope you're well. Could I ask that, where possible, my Tuesday listings be kept to matters that will conclude by 4pm? I'd be very grateful. Many thanks, Percival.",
        ],
        [
          'u',
          'Admirable. Slightly less deferential, perhaps. Malcolm has been ordering barristers about since 1987 and responds best to firmness.',
        ],
        [
          'a',
          "Malcolm, from now on please don't list me for anything on a Tuesday that is likely to run beyond 4pm. Thanks very much, Percival.",
        ],
        ['u', 'Splendid. Between you and Malcolm I may yet survive semi-retirement.'],
        ['a', 'I have every confidence. Enjoy dinner tonight!'],
      ],
    },
    {
      start: '2025-03-08 11:00',
      lines: [
        [
          'u',
          'Progress on the MG: Len has finished both sills and she now has a floor one could actually stand on. I have ordered a new clutch kit from Moss, which came to £240 with the release bearing.',
          'clutch',
        ],
        [
          'a',
          'Great progress. A fresh clutch and release bearing is a sensible thing to do while everything is apart.',
        ],
        [
          'u',
          "Less cheerful news from the surgery. My GP describes my cholesterol as 'unambitious' and has started me on atorvastatin, 20mg at night.",
          'statin',
        ],
        [
          'a',
          "Atorvastatin is one of the most commonly prescribed statins. Taking it in the evening is fine; mention any unexplained muscle aches to your GP, and it's worth going easy on grapefruit juice.",
        ],
        [
          'u',
          'He also suggested I cut back on the port and the Stilton, which is frankly an assault on my civil liberties.',
        ],
        [
          'a',
          'Perhaps think of it as a reduction in sentence rather than abolition. A little, occasionally, is usually fine.',
        ],
        [
          'u',
          'I shall comply, under protest. Now, the summer. Harriet and I want a fortnight in the Dordogne in September; we have rented a house near Sarlat. What is the most civilised way of getting there?',
        ],
        [
          'a',
          "Three options: 1) Fly Bristol to Bergerac and hire a car, quickest but no dog; 2) Drive via the Eurotunnel from Folkestone, flexible but around 9 to 10 hours' driving in France; 3) The overnight Brittany Ferries crossing from Portsmouth to St Malo, then about six hours south. Relaxed, your own car, and the dog can come.",
        ],
        [
          'u',
          "The third, without question. A cabin, a decent dinner on board, and Brandy comes with us. Harriet won't put him in kennels for a fortnight, and quite right too.",
          'trip-pick',
        ],
        ['a', 'The overnight crossing it is. Book a pet-friendly cabin early, they go quickly in September.'],
        [
          'u',
          'Is it true that dogs now require a rabies jab and some sort of certificate, since we left the EU?',
        ],
        [
          'a',
          'Yes: a microchip, a rabies vaccination at least 21 days before travel, and an Animal Health Certificate issued by a vet no more than 10 days before you leave.',
        ],
        ['u', "Good grief. Brexit's gift to the Labrador. I'll make a note for the vet."],
        ['a', 'Worth booking the appointment well in advance, as vets get busy before holiday season.'],
        ['u', 'And a tapeworm treatment before the return journey, I assume, is the bit everyone forgets.'],
        ['a', 'Exactly. It must be given by a vet in France 1 to 5 days before you re-enter Great Britain.'],
        [
          'u',
          "Right, that's the housekeeping done. Thank you. I shall go and break the news about the Stilton to Harriet, who will be delighted.",
        ],
        ['a', 'Good luck. Enjoy the planning!'],
      ],
    },
    {
      start: '2025-04-12 08:30',
      lines: [
        [
          'u',
          'Forgive the early hour, but I must tell someone. Our granddaughter Florence was born at a quarter past six yesterday evening, seven pounds two ounces, and both she and Imogen are well.',
          'florence',
        ],
        ['a', 'Congratulations, Grandpa! What wonderful news.'],
        ['u', 'Seven pounds two. Is that a good weight? I have not the faintest idea about these things.'],
        ['a', 'A very healthy weight, right in the normal range for a full-term baby.'],
        [
          'u',
          'Harriet is already packing for the train north. I am under instruction to remain here and feed the dog, which I suspect is a verdict on my usefulness.',
        ],
        ['a', "Someone has to hold the fort! You'll get your turn soon."],
        ['u', 'What does one buy a newborn? I am told flowers are no longer permitted on maternity wards.'],
        [
          'a',
          'A few ideas: 1) An engraved silver spoon or christening cup, a traditional keepsake; 2) A Premium Bond in her name; 3) A starter library of classic picture books.',
        ],
        ['u', 'The engraved silver spoon appeals to my sense of tradition. I shall order that.', 'gift-pick'],
        ['a', 'Lovely choice. Her name and birth date on the back makes a nice keepsake.'],
        [
          'u',
          'Our son Rupert, meanwhile, messaged from Singapore at three in the morning his time. He works in marine insurance out there and is threatening to fly home for the christening.',
          'rupert',
        ],
        ['a', "That's a long way to come, but what a nice thing to do for his niece."],
        [
          'u',
          'The croquet season opened last weekend. I am still on 8, alas; the winter lawn days did nothing whatever for my hoop-running.',
          'hc-8b',
        ],
        ['a', "Early season is always rusty. A few weeks of proper lawns and it'll come back."],
        [
          'u',
          "Nigel says my problem is that I argue with the ball. He may have a point. I spent thirty-odd years persuading people and it's a hard habit to break.",
        ],
        [
          'a',
          'Croquet does reward letting go a little. A smooth, unhurried swing tends to beat a forceful one.',
        ],
        ['u', 'Right. I am going to walk Brandy round the Downs and attempt to look like a grandfather.'],
        ['a', 'Enjoy it. Congratulations again!'],
      ],
    },
    {
      start: '2025-05-03 14:00',
      lines: [
        [
          'u',
          'A question of property. Harriet and I are wondering whether to leave Clifton. Four storeys of Georgian stairs are becoming less charming every year, and my left knee has begun to file formal objections.',
          'home-old2',
        ],
        ['a', 'Very understandable. Are you thinking of somewhere nearby, or further out?'],
        [
          'u',
          'We have been looking at cottages in the Chew Valley and around Wrington. Somewhere with a garage for the MG and a lawn flat enough for a croquet hoop.',
        ],
        ['a', 'Lovely part of the world. What is drawing you to those villages in particular?'],
        [
          'u',
          "Proximity to Bristol for my chambers days, the pubs, and the fact that Harriet's sister lives in Blagdon. Could you give me a list of questions to ask at viewings? I can cross-examine anyone, but I tend to forget about drains.",
          'work-old4',
        ],
        [
          'a',
          'Ask about: the age of the roof and boiler, whether it is on mains drainage or a septic tank, any damp or flooding history, broadband speed, heating type and oil costs, listed status, and what is included in the sale.',
        ],
        [
          'u',
          "Excellent. 'When was the septic tank last emptied' is not a question I ever expected to put to anyone.",
        ],
        ['a', 'It is a very important one in the country, though!'],
        [
          'u',
          'MG news: the chrome bumpers arrived from Moss this week. £385 for the pair, which seems a great deal for something whose purpose is largely decorative.',
          'bumpers',
        ],
        ['a', 'Chrome is never cheap, but the bumpers make such a difference to how an MGB looks.'],
        [
          'u',
          'Len says the engine is next. He is sending the block to a specialist in Gloucester for a full rebuild.',
        ],
        ['a', 'Sensible, after thirty years in a barn. A proper rebuild will give you peace of mind.'],
        [
          'u',
          'And the croquet has improved, thank heavens. The handicapper has cut me to 6 after a good run of games at the club.',
          'hc-6',
        ],
        ['a', 'Excellent, that is a real improvement in a short time.'],
        [
          'u',
          'Nigel bought a round to celebrate, which at his age is a gesture of great generosity; he has been nursing the same tenner since decimalisation.',
        ],
        ['a', 'High praise indeed, then.'],
        [
          'u',
          'Do you suppose a knee like mine can cope with croquet for years yet, or will it go the way of the stairs?',
        ],
        [
          'a',
          "Croquet is gentle on joints compared with most sports. Good shoes and a bit of strengthening work should keep you going; ask your GP if it's getting worse.",
        ],
      ],
    },
    {
      start: '2025-06-07 10:00',
      lines: [
        [
          'u',
          'Splendid news: Len rang yesterday to say the rebuilt engine is back from Gloucester and installed. He started her up while holding the telephone to the engine bay, and I confess I became quite emotional.',
          'engine-done',
        ],
        ['a', 'What a milestone! Hearing her run for the first time in decades must have been something.'],
        [
          'u',
          'I need your help with something. My old pupil-master, Gerald Ashby, retires from the bench at the end of the month, and I have been asked to speak at his dinner. Five minutes, affectionate, not too indiscreet.',
          'gerald',
        ],
        ['a', 'Happy to help. Do you have a couple of stories or qualities you want to highlight?'],
        [
          'u',
          'He once adjourned a trial for twenty minutes because a pigeon had got into court. He also taught me everything I know about silence as a weapon.',
        ],
        [
          'a',
          "Draft opening: 'I first met Gerald when I was a terrified pupil and he was the calmest man in Bristol. He taught me that the most devastating thing you can say to a witness is nothing at all. He also taught me that justice must sometimes wait, for example for a pigeon...'",
        ],
        ['u', 'Rather good. Lose the line about his tie, though; his wife bought it.'],
        ['a', 'Done. The tie is gone without trace.'],
        [
          'u',
          'On a more domestic note, the hay fever season has arrived with a vengeance. Is there any difficulty taking antihistamines alongside my cholesterol tablets?',
        ],
        [
          'a',
          "The common non-drowsy antihistamines like loratadine, cetirizine or fexofenadine don't have a meaningful interaction with statins. A pharmacist can confirm in seconds.",
        ],
        ['u', 'Loratadine it is, then.'],
        ['a', 'Good choice. One a day, and it works best if you start it before the worst of the pollen.'],
        [
          'u',
          'I also require a new Panama. My old one was sat upon by a Circuit Judge at the Bath Festival in 2019 and has never recovered.',
        ],
        [
          'a',
          "Options: Lock & Co in St James's for the classic experience, Christys' for a good-quality hat at a more modest price, or a hand-woven Montecristi if you want to splash out.",
        ],
        [
          'u',
          "Christys'. Lock's are marvellous, but their prices have become positively litigious.",
          'hat-pick',
        ],
        ['a', 'Christys make a very good Panama. Try a few brim widths before you decide.'],
        [
          'u',
          "I'm in chambers on Thursday as usual, so I can pop into town afterwards and try some on.",
          'work-old3',
        ],
        ['a', 'Perfect timing for summer. Enjoy the shopping!'],
      ],
    },
    {
      start: '2025-07-05 17:00',
      lines: [
        [
          'u',
          'You may congratulate me. I won the club handicap singles tournament this afternoon, beating a retired anaesthetist in the final by a single hoop.',
          'tourney-won',
        ],
        ['a', 'Congratulations! A one-hoop final sounds nerve-wracking.'],
        ['u', 'There is a small silver cup. Harriet says it is going nowhere near the mantelpiece.'],
        ['a', 'Perhaps the study, then. Every trophy needs a home.'],
        [
          'u',
          'More news: we have had an offer accepted on a cottage in Wrington. Stone, low ceilings, a double garage, and a lawn a croquet player could love.',
          'offer',
        ],
        ['a', 'Wonderful! That sounds exactly like what you were looking for.'],
        [
          'u',
          'Until completion, though, we are still rattling about in the Clifton house surrounded by boxes. Could you give me a rough moving checklist? The last time I moved house, Mrs Thatcher was in Downing Street.',
          'home-old3',
        ],
        [
          'a',
          "Checklist: book removers early; notify your bank, pension providers, HMRC, the DVLA (licence and vehicle logbooks), your GP and the electoral roll; set up Royal Mail redirection; arrange utilities and broadband at the new place; and pack a 'first night' box.",
        ],
        ['u', 'The DVLA. I would never have thought of that, with the MG registered at this address.'],
        ['a', 'Easy to miss, and you can be fined for not updating it, so worth doing straight away.'],
        [
          'u',
          'What is the best way to move a piano? We have an old Broadwood upright that Harriet refuses to part with.',
        ],
        [
          'a',
          'Use specialist piano movers. They have the straps, trolleys and insurance, and an upright is heavier and more awkward than it looks. Have it tuned a few weeks after it arrives.',
        ],
        [
          'u',
          "Specialists it is. I am not having Rupert's old school friends carrying it down four flights.",
        ],
        ['a', 'Wise. Your back and the piano will both thank you.'],
        ['u', 'Brandy has taken to sleeping in the packing boxes. I believe he is registering a protest.'],
        ['a', 'Dogs often get unsettled by moves. Keep his bed and routine the same as long as you can.'],
        ['u', 'Right. I am off to hide the cup somewhere Harriet will not find it.'],
        ['a', 'Good luck, and congratulations again!'],
      ],
    },
    {
      start: '2025-08-16 10:30',
      lines: [
        [
          'u',
          'We completed on Friday and are now, after a great deal of swearing, installed in the cottage in Wrington. Brandy found the lawn within four minutes and has not come indoors since.',
          'moved',
        ],
        ['a', 'Congratulations on the move! It sounds like Brandy approves.'],
        ['u', 'The piano survived intact. The men from the specialist firm were magnificent.'],
        ['a', "Glad to hear it. That's always the nervous bit."],
        [
          'u',
          'I need advice on the garden. There is a rather sad lawn and two elderly apple trees. What should one be doing in late August?',
        ],
        [
          'a',
          'Keep mowing but not too short, water in dry spells, and hold off scarifying and feeding until September. For the apple trees, pick fruit as it ripens and leave pruning until winter.',
        ],
        [
          'u',
          'I shall leave the scarifying until September, then. And the MG finally has a garage of her own, though she is still at Len’s for the trim.',
        ],
        ['a', "She'll have a proper home when she's finished. Very exciting."],
        [
          'u',
          'Croquet news, lest you think I have been idle: after the tournament the handicapper cut me again, to 5. I am quite insufferable about it.',
          'hc-5',
        ],
        ['a', 'Well deserved. Going from 8 to 5 in a season is excellent.'],
        [
          'u',
          'Is Wrington too far out to keep playing at my club in Bristol? It is about forty minutes each way.',
          'wrington-far',
        ],
        [
          'a',
          'Plenty of people travel that far for a club they love. The friendships and level of play are often worth it.',
        ],
        ['u', 'A fair point. I shall keep the membership. Nigel would never forgive me.'],
        ['a', 'Loyalty to your doubles partner is important!'],
        [
          'u',
          'The Dordogne is three weeks away. What should I pack for the ferry cabin? We sail from Portsmouth on the 6th.',
        ],
        [
          'a',
          "For the cabin: a small overnight bag so you don't need the car, the dog's bed, bowl, lead, food and his health certificate, your passports, motion sickness tablets, and something warm for deck.",
        ],
        ['u', "Dog bowl, passports, Harriet's sleeping pills. Noted."],
        ['a', 'Sounds like you are well organised. Have a lovely trip!'],
      ],
    },
    {
      start: '2025-09-27 11:00',
      lines: [
        [
          'u',
          'We are back from France, brown and slightly heavier. The overnight crossing to St Malo was every bit as civilised as promised, and Brandy behaved impeccably in his pet cabin.',
          'trip-back',
        ],
        ['a', 'Welcome back! It sounds like the ferry was the right call.'],
        [
          'u',
          'The house near Sarlat had a walnut tree and a neighbour who sold us foie gras out of his garage. My GP need never know.',
        ],
        ['a', 'Your secret is safe with me.'],
        [
          'u',
          'Could you give me a recipe for a walnut tart? Harriet wants to recreate one we had at the Saturday market.',
        ],
        [
          'a',
          'Blind-bake a sweet pastry case. Mix 200g chopped walnuts with 100g brown sugar, 2 eggs, 80g melted butter, 3 tbsp honey and a splash of cream, pour in and bake at 180°C for about 25 minutes until just set.',
        ],
        ['u', 'Thank you. I shall attempt it on Sunday, after the kedgeree.', 'kedgeree2'],
        ['a', 'A very French-English Sunday. Good luck!'],
        [
          'u',
          'While we were away, Len finished the paint. She is back in Old English White, and standing in his workshop she looked exactly as she must have done in 1969.',
          'mg-colour2',
        ],
        ['a', 'What a transformation from that barn! You must be thrilled.'],
        [
          'u',
          "And a decision I have been circling all summer: I've told Malcolm I am giving up chambers altogether at the end of this month. From October I shall take only mediation work, from the study at home, as and when it suits me.",
          'work-new',
        ],
        ['a', "That's a big step. How do you feel about it?"],
        [
          'u',
          'It is the right thing. The drive in from the village is a bore, and I find I enjoy helping people settle far more than I ever enjoyed beating them.',
        ],
        ['a', 'Mediation suits that temperament very well. Congratulations on the decision.'],
        ['u', 'Could you help me draft a short note to the members of chambers? Warm, brief, and no Latin.'],
        [
          'a',
          'Dear all, after nearly forty years I am hanging up my wig at the end of the month. It has been an enormous privilege to work alongside you. The door is always open in the village, and the kettle is always on. With warm wishes, Percival.',
        ],
        [
          'u',
          "Splendid. Send it to me again with 'thirty-eight years' rather than 'nearly forty'. Accuracy matters, even in sentiment.",
        ],
        ['a', 'Of course, here it is with thirty-eight years.'],
      ],
    },
    {
      start: '2025-10-25 15:00',
      lines: [
        [
          'u',
          'First fortnight of the new regime. I have done two mediations, both by video from my study here in Wrington, and both settled before lunch. I could become accustomed to this.',
          'work-new2',
        ],
        ['a', 'That is a great start. Settling before lunch is the dream outcome.'],
        [
          'u',
          'Harriet has commandeered the other half of the study for her watercolours, so my mediations are now conducted to a faint smell of turpentine.',
        ],
        ['a', 'An artistic atmosphere can only help negotiations!'],
        [
          'u',
          'Could you suggest a decent webcam and microphone for video work? My laptop camera makes me look like a hostage.',
        ],
        [
          'a',
          'Options: 1) Logitech Brio 4K with a Rode NT-USB Mini microphone, top quality; 2) Logitech C920 with a Jabra Speak speakerphone, good and much cheaper; 3) An all-in-one conference bar such as the Poly Studio.',
        ],
        ['u', 'The second set. I do not need to see my own pores in 4K.', 'webcam-pick'],
        ['a', 'Sensible. The C920 and a Jabra will make you look and sound very professional.'],
        [
          'u',
          'Imogen and Florence are coming down for half term. Florence is six months old and has, I am told, discovered her feet.',
        ],
        ['a', 'A big moment! You will have a lovely week.'],
        ['u', 'What is the safest way to baby-proof a cottage with very steep stairs and a woodburner?'],
        [
          'a',
          'Fit stair gates at the top and bottom, use a proper fireguard fixed to the wall around the woodburner, anchor heavy furniture, and cover sockets near the floor.',
        ],
        [
          'u',
          'Stair gates and a fireguard. Understood. I shall drive over to the shop in Congresbury tomorrow.',
        ],
        ['a', 'Fit them before the visit so you are not doing it with a crawling audience.'],
        [
          'u',
          'The croquet season has ended. I finish on a handicap of 5, which is the lowest I have ever been and, I suspect, the lowest I ever shall be.',
          'hc-5b',
        ],
        ['a', 'A great season. Never say never, though!'],
        ['u', "Nigel says I might reach 4 next year if I stop arguing with the ball. We'll see."],
        ['a', 'Sounds like a good winter project.'],
      ],
    },
    {
      start: '2025-11-29 10:00',
      lines: [
        [
          'u',
          'A great day: Len delivered the MG to the cottage this morning, finished at last. I drove her round the lanes to Blagdon and back with the roof down, in November, like a lunatic.',
          'mg-drive',
        ],
        ['a', 'Congratulations! After all that work, that first drive must have felt wonderful.'],
        [
          'u',
          "She requires a name. Harriet suggests 'Maud'. I rather like 'Portia', after the only lawyer in Shakespeare who wins.",
        ],
        ['a', 'Portia is a very fitting name for a barrister’s car.'],
        ['u', 'Portia, then. Harriet will sulk for an hour and then begin calling her that herself.'],
        ['a', 'That is usually how these things go.'],
        ['u', 'What winter care does a car like her need? The garage is dry but unheated.'],
        [
          'a',
          'Keep the battery on a trickle charger or conditioner, use a breathable cover, run her up to temperature every few weeks if the roads are dry and unsalted, and keep the tyres at proper pressure.',
        ],
        ['u', 'A battery conditioner and a breathable cover. Both ordered.'],
        ['a', 'She will be in fine shape for spring.'],
        [
          'u',
          'Christmas: Rupert is flying home, so we shall have the whole family together in Wrington for the first time. I am contemplating a goose rather than a turkey. Any advice?',
          'xmas',
        ],
        [
          'a',
          'Goose is lovely but has less meat than a turkey, so allow about 1kg per person. Prick the skin, roast on a rack, and save the fat for the potatoes.',
        ],
        [
          'u',
          'The mediation diary is quiet in December, so I shall have ample time to fuss over the bird.',
          'work-new3',
        ],
        ['a', 'A well-fussed goose is a fine thing.'],
        [
          'u',
          'And a present for Harriet. She has been eyeing a set of Daniel Smith watercolours. Is that a sensible choice?',
        ],
        [
          'a',
          'Yes, Daniel Smith paints are highly regarded by watercolourists. A set of her favourite colours would be a thoughtful gift.',
        ],
        [
          'u',
          'Good. Thank you, as ever. You have been a better clerk to me this year than Malcolm ever was.',
        ],
        ['a', 'High praise! Merry Christmas to you and the family.'],
      ],
    },
  ],
  questions: [
    [
      'single-hop',
      'What colour will the MG be once the restoration is finished?',
      ['mg-colour', 'mg-colour2'],
    ],
    ['single-hop', 'What did my GP put me on when he checked my cholesterol?', ['statin']],
    [
      'single-hop',
      'How did we decide to travel to France for our September holiday?',
      ['trip-pick', 'trip-back'],
    ],
    ['single-hop', 'Whose retirement dinner was I asked to give a speech at?', ['gerald']],
    ['single-hop', 'Where did I decide to buy my replacement summer hat?', ['hat-pick']],
    ['multi-hop', 'Where in the world are each of my two children based?', ['imogen', 'rupert']],
    [
      'multi-hop',
      'Adding up the two big parts orders I placed with Moss for the car, how much have I spent?',
      ['clutch', 'bumpers'],
    ],
    ['temporal', 'How long have I been a grandfather?', ['florence'], { askedAt: '2025-12-06 10:00' }],
    [
      'temporal',
      'Which happened first this year: the MG getting her rebuilt engine back, or my tournament win at the club?',
      ['engine-done', 'tourney-won'],
      { askedAt: '2025-12-06 10:05' },
    ],
    [
      'updated',
      'Where do Harriet and I live at the moment?',
      ['moved', 'wrington-far', 'work-new2', 'xmas'],
      { stale: ['home-old1', 'home-old2', 'home-old3'] },
    ],
    ['updated', 'What is my croquet handicap now?', ['hc-5', 'hc-5b'], { stale: ['hc-8a', 'hc-8b', 'hc-6'] }],
    [
      'updated',
      'What does my working life look like these days?',
      ['work-new', 'work-new2', 'work-new3'],
      { stale: ['work-old1', 'work-old2', 'work-old4', 'work-old3'] },
    ],
    ['off-topic', 'Who painted the ceiling of the Sistine Chapel?', []],
    ['off-topic', 'How many bones are there in the adult human hand?', []],
    ['off-topic', 'What is the difference between a hurricane and a typhoon?', []],
  ],
});

import { definePersona } from '../author.ts';

export const brigitte = definePersona({
  user_id: 'h9-brigitte',
  name: 'Brigitte',
  summary:
    'Brigitte Hollis, 68, retired primary school teacher in North Yorkshire, widowed, with a cocker spaniel; loves gardening, bridge and watercolours; writes long, polite, chatty messages.',
  language: 'en',
  sessions: [
    {
      start: '2025-03-11 10:20',
      lines: [
        [
          'u',
          'Good morning! I do hope you can help me, I am not terribly good with these things but my daughter insists you are very clever. I need to write a letter to the council about our bin collections, which have been missed three times since January.',
        ],
        [
          'a',
          'Good morning, Brigitte! I would be glad to help. Which bins were missed, and on which dates roughly?',
        ],
        [
          'u',
          'The green garden waste bin, mostly. The 14th of January, the 11th of February and again last Tuesday. I have lived in this house on Cold Bath Road in Harrogate since 1989 and I have never known it this bad.',
          'b_home1',
        ],
        [
          'a',
          'Here is a draft: "Dear Sir or Madam, I am writing regarding repeated missed collections of the garden waste bin at my address on Cold Bath Road, Harrogate, on 14 January, 11 February and 4 March. As I pay for this service, I would be grateful for an explanation and for the collection to be rescheduled promptly. Yours faithfully, Brigitte Hollis."',
        ],
        [
          'u',
          'Oh that is splendid, very firm but polite, which is exactly how I used to write to parents when I was teaching. Thirty-four years at St Peter’s Primary, you learn the tone!',
        ],
        ['a', 'Thirty-four years is a remarkable career. The tone clearly stuck with you.'],
        [
          'u',
          'It did. Derek, my late husband, used to say I could tell off a bus driver without him realising he had been told off. He passed four years ago now.',
        ],
        ['a', 'I am sorry for your loss. He sounds like he had a lovely sense of humour.'],
        [
          'u',
          'He did, thank you. Now it is just me and Bramble, my cocker spaniel, rattling around in a four-bedroom house, which is rather silly.',
          'b_dog',
        ],
        ['a', 'Bramble must be good company. Is the house starting to feel like too much?'],
        [
          'u',
          'Some days, yes. The stairs and the hoovering mostly. But I am not ready to think about that yet.',
        ],
        ['a', 'That is completely understandable. There is no rush.'],
        [
          'u',
          'Could you also tell me whether I should send the letter by post or email? The council website is a maze.',
        ],
        [
          'a',
          'Email is faster and gives you a record. Look for the "Bins and recycling" contact form, or the general customer services address, and paste the letter in.',
        ],
        ['u', 'Lovely, I shall do it after my cup of tea. You have been most helpful.'],
        ['a', 'You are very welcome. Enjoy your tea!'],
        ['u', 'And give Bramble a biscuit from me? Oh, I suppose you cannot. Silly me!'],
        ['a', 'I will leave the biscuit duty to you!'],
      ],
    },
    {
      start: '2025-04-02 15:45',
      lines: [
        [
          'u',
          'Hello again. I am up at the allotment this afternoon, well, sitting in the shed with the flask, and the slugs have eaten every single one of my sweet pea seedlings. Every one!',
          'b_allot',
        ],
        [
          'a',
          'How frustrating! Slugs love young sweet peas. Would you like some wildlife-friendly ways to protect the next batch?',
        ],
        ['u', 'Yes please, I refuse to use those blue pellets, there are hedgehogs about.'],
        [
          'a',
          'Good instinct. Try copper tape round pots, a ring of grit or crushed eggshells, beer traps sunk into the soil, and raising the seedlings a bit longer indoors so they are sturdier when planted out.',
        ],
        [
          'u',
          'Beer traps! Derek would have been horrified to waste good ale on slugs. I shall buy the cheapest lager in Sainsbury’s.',
        ],
        ['a', 'The slugs are not fussy, cheap lager works perfectly.'],
        [
          'u',
          'I have plot 17, right by the gate, which means everybody stops to chat and nothing gets done. Not that I mind.',
        ],
        ['a', 'A social allotment sounds rather lovely.'],
        [
          'u',
          'Speaking of social, I must tell you, on Tuesdays I play bridge at the Methodist hall and I have a new partner, Geoffrey, who is a retired vet. He is a much better player than I am.',
          'b_geoff1',
        ],
        [
          'a',
          'How nice! Having a stronger partner is a great way to improve. How long have you played bridge?',
        ],
        [
          'u',
          'Oh, twenty years or so. I started when the children left home. The Tuesday club is my little highlight of the week.',
          'b_bridge',
        ],
        ['a', 'That sounds like a wonderful tradition.'],
        [
          'u',
          'Geoffrey plays a convention called Stayman which I always forget. Could you explain it very simply?',
        ],
        [
          'a',
          'Stayman: after partner opens 1NT, you bid 2♣ to ask "do you have a four-card major?" Partner replies 2♥ or 2♠ if they have one, or 2♦ if not. It helps you find a 4-4 fit in hearts or spades.',
        ],
        ['u', 'Oh, that is much clearer than the book. I will write it on a little card for my handbag.'],
        ['a', 'A crib card is a great idea until it becomes second nature.'],
        [
          'u',
          'Right, the rain is starting, I had better get Bramble back in the car before she rolls in something dreadful.',
        ],
        ['a', 'Good luck with that! Enjoy the rest of your afternoon.'],
      ],
    },
    {
      start: '2025-04-28 09:05',
      lines: [
        [
          'u',
          'Good morning. I have just been to see my GP for my blood pressure review and she has put me on amlodipine, 5 milligrams once a day. I have never taken a regular tablet in my life, I feel quite old all of a sudden!',
          'b_med1',
        ],
        [
          'a',
          'Lots of people start blood pressure medication at some point; it is very common and protects your heart. Did she explain when to take it?',
        ],
        [
          'u',
          'She said it does not matter much, just the same time every day. I thought with breakfast, so I remember.',
        ],
        ['a', 'With breakfast is a great anchor. A weekly pill organiser can help too.'],
        ['u', 'Are there side effects I should look out for? The leaflet is so tiny and frightening.'],
        [
          'a',
          'The most common with amlodipine are swollen ankles, flushing, headache and feeling a little dizzy at first. If anything bothers you, let your GP know; there are alternatives.',
        ],
        ['u', 'Swollen ankles, noted. My knees are bad enough as it is, I do not need my ankles joining in.'],
        [
          'a',
          'Hopefully they behave. Gentle walks with Bramble are good for both the knees and the blood pressure.',
        ],
        [
          'u',
          'She also told me to cut down on salt, which is a tragedy because I do love a bit of salt on my chips.',
        ],
        [
          'a',
          'You can get flavour from lemon, black pepper, herbs and vinegar instead. Malt vinegar on chips does a lot of the work!',
        ],
        [
          'u',
          'That is true, vinegar it is. Do you think I should buy one of those home blood pressure machines?',
        ],
        [
          'a',
          'Many GPs recommend one. Choose a validated upper-arm monitor (the British and Irish Hypertension Society keeps a list) and take readings at the same time each day.',
        ],
        ['u', 'I shall ask Clare to find one, she is good with the internet.'],
        ['a', 'That sounds sensible.'],
        ['u', 'Thank you, dear. You are very reassuring for a computer.'],
        ['a', 'I will take that as a compliment! Take care, Brigitte.'],
      ],
    },
    {
      start: '2025-05-20 19:30',
      lines: [
        [
          'u',
          'Exciting news, the grandchildren are coming to stay with me for half term next week! Poppy is seven and Finn is four, so it will be lively.',
          'b_grandkids',
        ],
        ['a', 'How wonderful! Would you like some ideas for days out around Harrogate?'],
        ['u', 'Yes please, something that will tire them out and not break my knees.'],
        [
          'a',
          'Here are three: 1) RHS Garden Harlow Carr, with play areas and easy paths; 2) Stump Cross Caverns, underground caves with dinosaur displays the children love; 3) afternoon tea at Bettys, a treat but short on running about.',
        ],
        [
          'u',
          'Oh, the second one, Finn is obsessed with dinosaurs and Poppy will love a cave. Bettys I shall save for when they are older and can sit still!',
          'b_caves',
        ],
        ['a', 'Great choice. Bring a jumper each, it is cool underground even in summer.'],
        [
          'u',
          'I must be careful with food because Finn is allergic to sesame, quite badly, so Clare has given me a long list and an EpiPen.',
          'b_finn',
        ],
        [
          'a',
          'That is important. Check labels on bread, crackers, houmous and some crisps, and tell cafés clearly about a sesame allergy.',
        ],
        ['u', 'Houmous! I would never have thought of that, I eat it all the time. I shall hide mine.'],
        ['a', 'Good idea, and wipe surfaces after you use it.'],
        ['u', 'What could I cook for them that children actually eat? Mine always wanted fish fingers.'],
        [
          'a',
          'Homemade mini pizzas (check the base for sesame), cottage pie, pasta with tomato sauce and hidden vegetables, and jacket potatoes with beans and cheese are all popular.',
        ],
        ['u', 'Cottage pie, yes, and they can help me make the mini pizzas. Poppy likes to be in charge.'],
        ['a', 'Letting them make the pizzas is a great rainy-day activity too.'],
        ['u', 'Bramble will be in heaven with all the dropped crusts.'],
        ['a', 'Everyone will be happy then!'],
        ['u', 'Thank you so much, I feel very organised now.'],
        ['a', 'Have a wonderful half term with them.'],
      ],
    },
    {
      start: '2025-06-18 14:00',
      lines: [
        [
          'u',
          'I have decided to be brave and book a holiday. My sister Maureen and I have always talked about a river cruise on the Danube, and she has just retired too, so we are finally doing it.',
          'b_sister',
        ],
        ['a', 'How exciting! When would you like to go, and what sort of budget?'],
        [
          'u',
          'September, when it is a bit cooler. Around two thousand to two and a half thousand pounds each, if we can.',
        ],
        [
          'a',
          'Three options that fit: A) Viking, 8 days Budapest to Passau, about £2,400; B) Riviera Travel, 10 days Nuremberg to Budapest, about £2,100, with flights from Leeds Bradford; C) APT, 9 days, about £2,650 but more inclusive excursions.',
        ],
        [
          'u',
          'We both like the look of B, ten days for less money and flights from Leeds Bradford, which is so much easier for us. Let us go with that one.',
          'b_cruise',
        ],
        [
          'a',
          'Lovely choice. Book a cabin with a French balcony if you can; it makes a difference on the river.',
        ],
        ['u', 'Maureen lives in York, so it is no trouble for her to get to Leeds Bradford either.'],
        ['a', 'Perfect, that makes the logistics simple.'],
        ['u', 'What will the weather be like in September? I do not want to pack wrongly.'],
        [
          'a',
          'Typically 18–24°C in the day, cooler in the evenings, with the odd shower. Layers, a light waterproof and comfortable walking shoes are ideal.',
        ],
        ['u', 'Comfortable shoes, absolutely. My knees will not tolerate cobbles in sandals.'],
        ['a', 'Vienna and Budapest both have some cobbles, so supportive shoes are wise.'],
        ['u', 'And who will look after Bramble? My neighbour usually does but she is away in September.'],
        [
          'a',
          'Options include a local dog sitter, a boarding kennel, or a family member. Some sitters stay in your home, which can be calmer for the dog.',
        ],
        ['u', 'Perhaps Geoffrey, actually. He did offer once, and being a vet he would be the best person.'],
        ['a', 'That would be ideal if he is happy to.'],
        ['u', 'I shall ask him on Tuesday after bridge. Thank you!'],
        ['a', 'Good luck, and happy planning!'],
      ],
    },
    {
      start: '2025-07-15 11:10',
      lines: [
        [
          'u',
          'Well, you were quite right about the ankles. They swelled up like balloons in the heat, so the GP has taken me off the amlodipine and put me on ramipril instead, 2.5 milligrams.',
          'b_med2',
        ],
        [
          'a',
          'Ankle swelling is a known side effect of amlodipine, so switching makes sense. Did she mention anything to watch with ramipril?',
        ],
        ['u', 'A dry cough, she said, and she wants a blood test in two weeks to check my kidneys.'],
        [
          'a',
          'Yes, a routine blood test is standard after starting ramipril. A persistent tickly cough is the most common side effect.',
        ],
        [
          'u',
          'Well, so far so good. On to happier things: I have joined a watercolour class at the library on Thursday mornings! I have wanted to do it for years.',
          'b_paint',
        ],
        ['a', 'How lovely! What are you painting first?'],
        [
          'u',
          'We started with skies, washes and such, and mine looked like a bruise. The teacher, a very patient young man called Tom, says that is normal.',
        ],
        [
          'a',
          'Skies are tricky. Try wetting the paper first, using plenty of water and letting the paint move on its own.',
        ],
        ['u', 'I shall try that. Which paints should I buy? The class ones are rather chalky.'],
        [
          'a',
          'A student set like Winsor & Newton Cotman is a good start. Add a pad of 300gsm cold-pressed paper and a couple of round brushes, sizes 6 and 10.',
        ],
        [
          'u',
          'Cotman, I will write that down. I used to paint with the children at school, but that was poster paint and a lot of glitter.',
        ],
        ['a', 'Glitter is less common in watercolour, but you never know.'],
        [
          'u',
          'And good news, Geoffrey has said yes to looking after Bramble during the cruise. She adores him.',
        ],
        ['a', 'Wonderful, that is one less worry.'],
        ['u', 'I think he is rather fond of her owner too, if I am honest, but never mind that.'],
        ['a', 'I shall not pry, but it sounds rather sweet.'],
        ['u', 'Ha! Right, off to buy my paints.'],
        ['a', 'Enjoy, and happy painting!'],
      ],
    },
    {
      start: '2025-08-30 17:25',
      lines: [
        [
          'u',
          'I have done something rather big. I have had the estate agent round and I have decided to sell the house. They valued it at six hundred and forty thousand.',
          'b_sell',
        ],
        ['a', 'That is a big decision. How are you feeling about it?'],
        [
          'u',
          'Wobbly, but sure. The stairs, the garden, the empty bedrooms. I want something smaller, all on one level.',
        ],
        [
          'a',
          'A bungalow or a ground-floor flat would make daily life easier. Are you thinking of staying in Harrogate?',
        ],
        [
          'u',
          'Perhaps Knaresborough, it is cheaper and I love the river there, and it is still close to my bridge club.',
        ],
        ['a', 'Knaresborough is lovely and only a short drive away.'],
        [
          'u',
          'My children are supportive. Clare is in Bristol with the grandchildren and Martin is in Toronto, so neither of them is close enough to help with the moving, sadly.',
          'b_kids',
        ],
        [
          'a',
          'That is a long way to organise things alone. Would you like a checklist for selling and moving?',
        ],
        ['u', 'Yes please, I love a list.'],
        [
          'a',
          'Main steps: choose a solicitor, get an Energy Performance Certificate, declutter room by room, decide what furniture fits a smaller place, get removal quotes, and start house-hunting so you are ready when you get an offer.',
        ],
        ['u', 'Declutter! Thirty-six years of Derek’s tools in the garage. Heaven help me.'],
        ['a', 'Maybe start there with a friend or local men’s shed, who often welcome donated tools.'],
        ['u', 'A men’s shed, what a nice idea, he would have liked that.'],
        ['a', 'It is a lovely way for them to be used.'],
        [
          'u',
          'We leave for the cruise on the 9th of September so nothing will happen until I am back anyway.',
        ],
        ['a', 'Sensible: come back rested and then tackle it.'],
        ['u', 'Exactly. I shall tell the agent to list it in October.'],
        ['a', 'Good plan. Enjoy the Danube!'],
      ],
    },
    {
      start: '2025-09-22 20:40',
      lines: [
        [
          'u',
          'I am home! The cruise was absolutely marvellous. Vienna was the highlight, we went to a concert of Strauss waltzes and Maureen cried.',
          'b_cruise_back',
        ],
        ['a', 'Welcome back! That sounds magical. How were the ship and the food?'],
        [
          'u',
          'The cabin was small but spotless, and the food far too good. I have come back half a stone heavier, I am sure.',
        ],
        ['a', 'That is the sign of a good holiday.'],
        [
          'u',
          'I have taken hundreds of photos on my phone and I would like to make a little book of them for Maureen for Christmas. How do I do that?',
        ],
        [
          'a',
          'Services like Photobox, Snapfish or CEWE let you upload photos and design a book online. Most have a simple "auto-fill" option to start from.',
        ],
        ['u', 'Which is easiest for somebody like me?'],
        [
          'a',
          'CEWE has free software and good quality, Photobox is very simple on a phone. I would try Photobox first.',
        ],
        [
          'u',
          'Photobox it is. And Bramble was thoroughly spoilt by Geoffrey, she did not even want to come home.',
        ],
        ['a', 'A sure sign he did a good job.'],
        [
          'u',
          'He had cooked me a shepherd’s pie for when I got back. Low salt, he said, on doctor’s orders.',
        ],
        ['a', 'That is very thoughtful of him.'],
        ['u', 'It was. I painted a little watercolour of the Danube at Dürnstein for him as a thank you.'],
        ['a', 'What a lovely personal gift. Did he like it?'],
        ['u', 'He has put it on his mantelpiece, so I think so!'],
        ['a', 'That is high praise.'],
        ['u', 'Right, now back to reality and the estate agent.'],
        ['a', 'One step at a time. Welcome home, Brigitte.'],
      ],
    },
    {
      start: '2025-10-30 13:15',
      lines: [
        [
          'u',
          'I feel rather like a teenager telling you this, but Geoffrey took me out to dinner on Saturday, a proper dinner, and we are, well, I suppose one says seeing each other now.',
          'b_geoff2',
        ],
        ['a', 'Brigitte, that is lovely news! How do you feel?'],
        [
          'u',
          'Happy, and a bit guilty, if I am honest, because of Derek. But Clare said Dad would want me to have company.',
        ],
        ['a', 'Those mixed feelings are very natural. It sounds like your family is supportive.'],
        ['u', 'Martin rang from Toronto and teased me mercilessly, which means he is pleased.'],
        ['a', 'Teasing is often how sons show approval!'],
        ['u', 'The house is on the market now, since the 8th. Two viewings already.'],
        ['a', 'Two viewings in a few weeks is a good start.'],
        ['u', 'The agent says to bake bread before viewings. Is that a real thing?'],
        [
          'a',
          'It is an old trick: pleasant smells help. Fresh coffee, clean windows, open curtains and a tidy garden matter more though.',
        ],
        ['u', 'Fresh coffee I can do. The garden is sadly a little tired, everything is going over.'],
        ['a', 'A few pots of cyclamen or heather by the front door make a big difference in autumn.'],
        ['u', 'Heather, lovely. I shall pick some up at the garden centre.'],
        ['a', 'Good idea, it is cheap and cheerful.'],
        [
          'u',
          'And my ramipril is behaving, no cough. The blood pressure machine says 132 over 80 most mornings.',
        ],
        ['a', 'That is a good improvement. Keep noting the readings for your next review.'],
        ['u', 'Will do. Thank you for listening to an old woman’s gossip.'],
        ['a', 'Always a pleasure.'],
      ],
    },
    {
      start: '2025-12-05 16:50',
      lines: [
        [
          'u',
          'Oh, it has been a whirlwind. I have accepted an offer on the house, and I have had my offer accepted on a bungalow in Knaresborough, on Bond End, a few minutes’ walk from the river!',
          'b_home2',
        ],
        ['a', 'Congratulations! That is a huge step. When do you expect to complete?'],
        [
          'u',
          'The solicitor says mid-January if the chain holds, which means Christmas in a house full of boxes.',
        ],
        ['a', 'Maybe pack the rooms you use least first, and keep Christmas things out until the end.'],
        [
          'u',
          'Clare and the children are coming for Christmas, so I shall keep the tree up and hide the boxes in the dining room.',
        ],
        ['a', 'That sounds like a good compromise.'],
        ['u', 'Could you help me with a Christmas menu? Six of us, including Geoffrey this year.'],
        ['a', 'Of course. Anything special I should keep in mind?'],
        ['u', 'Well, you know about little Finn.'],
        [
          'a',
          'Yes, no sesame at all. Roast turkey, pigs in blankets, roast potatoes, carrots and sprouts, with bread sauce made from bread you have checked, and a sesame-free Christmas pudding or trifle. Avoid shop-bought crackers or dips unless checked.',
        ],
        [
          'u',
          'Splendid. And I shall go easy on the salt for myself and Geoffrey, our two blood pressures combined are quite something.',
        ],
        ['a', 'Herbs, garlic and lemon on the turkey give plenty of flavour without much salt.'],
        [
          'u',
          'What should I buy Geoffrey for Christmas? It is the first one and I do not want to overdo it.',
        ],
        [
          'a',
          'Something thoughtful but modest: a good book about wildlife or bridge, a framed watercolour you painted, or tickets to a concert you could go to together.',
        ],
        ['u', 'A concert together, I like that. The Harrogate Symphony Orchestra does a New Year one.'],
        ['a', 'Perfect: a gift and an outing.'],
        ['u', 'I shall book it this evening.'],
        ['a', 'Wonderful. Good luck with the move!'],
      ],
    },
    {
      start: '2026-01-20 10:00',
      lines: [
        [
          'u',
          'Well, I did it! I got the keys and moved into the bungalow on the 14th of January. I am writing this from my new kitchen table, surrounded by boxes.',
          'b_moved',
        ],
        ['a', 'Congratulations on your new home, Brigitte! How are you and Bramble settling in?'],
        [
          'u',
          'Bramble has found the sunniest spot already, by the patio doors. I am still finding where I put the kettle.',
        ],
        ['a', 'The kettle box is always the most important one!'],
        [
          'u',
          'I have made a sad decision too. I have given up the allotment. It is too far now and my knees are grateful, but I shall miss it.',
          'b_allot_quit',
        ],
        ['a', 'That must be hard after so long. Does the bungalow have a garden you can make your own?'],
        [
          'u',
          'A little patio and a strip of lawn. I was thinking of growing things in pots and raised beds instead.',
        ],
        [
          'a',
          'Container gardening is perfect: tomatoes, herbs, salad leaves, strawberries and sweet peas all do well in pots, at a comfortable height.',
        ],
        ['u', 'Sweet peas in pots, and no slugs, I hope!'],
        ['a', 'Far fewer slugs up off the ground, and copper tape around the pots helps.'],
        [
          'u',
          'Geoffrey is coming tomorrow to help me hang pictures. He is much better with a drill than I am.',
        ],
        ['a', 'It is good to have help. Is there anything you still need to sort out after the move?'],
        ['u', 'Yes, redirecting my post and telling everyone my new address. Who do I need to tell?'],
        [
          'a',
          'Main list: Royal Mail redirection, bank and pension providers, GP and dentist, DVLA for your licence and car, council tax, utilities, TV licence, insurance and any subscriptions.',
        ],
        ['u', 'The DVLA, I would have forgotten, my little Honda Jazz is still registered to the old house.'],
        ['a', 'You can update it online for free, and do your licence at the same time.'],
        ['u', 'Thank you, I will get Clare to help me online at the weekend.'],
        ['a', 'Good plan. Enjoy your new home!'],
      ],
    },
    {
      start: '2026-03-08 18:35',
      lines: [
        [
          'u',
          'Hello dear. Clare bought me an iPad for my birthday and I am typing this on it, very slowly, so please forgive any mistakes.',
        ],
        ['a', 'Happy belated birthday! You are doing very well. How do you like it?'],
        [
          'u',
          'It is lovely for looking at photos of the grandchildren and for reading, the letters are so much bigger than on my phone.',
        ],
        ['a', 'You can make the text even bigger in Settings, Display & Brightness, Text Size.'],
        ['u', 'Oh, that is much better, thank you.'],
        ['a', 'You are welcome.'],
        [
          'u',
          'I had my blood pressure review last week. It had crept up again, so the GP has increased my ramipril to 5 milligrams.',
          'b_med3',
        ],
        [
          'a',
          'Dose adjustments are very common. She will likely check your blood test again in a couple of weeks.',
        ],
        [
          'u',
          'Yes, exactly, on the 19th. She was pleased with my walking though, Bramble and I go along the river every morning now.',
        ],
        ['a', 'A riverside walk every morning sounds like a wonderful habit.'],
        [
          'u',
          'Geoffrey has his seventieth birthday in April. Any ideas? Something a bit more special this time.',
        ],
        [
          'a',
          'Ideas: a weekend away in the Dales, a day at a wildlife reserve like Bempton Cliffs to see puffins, a commissioned painting of a place special to him, or a nice dinner with his family and friends.',
        ],
        ['u', 'Bempton Cliffs with the puffins! He is a vet, he would adore that. Is April too early?'],
        [
          'a',
          'Puffins usually arrive in late March to April and are there until July, so late April is fine, though May and June are busier.',
        ],
        ['u', 'Then late April it is. I shall book a little B&B in Bridlington for two nights.'],
        ['a', 'That sounds perfect.'],
        ['u', 'I do feel very lucky this year, new house, new iPad, and Geoffrey.'],
        ['a', 'It sounds like a wonderful chapter. Enjoy it, Brigitte.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which cruise company did Maureen and I settle on in the end?', ['b_cruise']],
    ['single-hop', 'Who did I say I would travel on the river trip with?', ['b_sister']],
    ['single-hop', 'What did Geoffrey do for a living before he retired?', ['b_geoff1']],
    ['single-hop', 'Which morning is my art class again?', ['b_paint']],
    ['single-hop', 'Where did I decide to take the grandchildren when they came at half term?', ['b_caves']],
    [
      'multi-hop',
      'The little ones are coming again; how old are they now, roughly, and is there anything I must keep out of the picnic basket?',
      ['b_grandkids', 'b_finn'],
    ],
    [
      'multi-hop',
      'How did Geoffrey and I go from bridge partners to something more? Remind me how it started and when it changed.',
      ['b_geoff1', 'b_geoff2'],
    ],
    [
      'temporal',
      'What date did I actually move into my new home?',
      ['b_moved'],
      { askedAt: '2026-04-02 11:00' },
    ],
    [
      'temporal',
      'Did I decide to sell the old house before or after the Danube trip?',
      ['b_sell', 'b_cruise_back'],
      { askedAt: '2026-04-02 11:05' },
    ],
    ['updated', 'Where do I live these days?', ['b_moved'], { stale: ['b_home1'] }],
    [
      'updated',
      'What blood pressure tablet am I on now, and at what dose?',
      ['b_med3'],
      { stale: ['b_med1', 'b_med2'] },
    ],
    ['updated', 'Am I still keeping a plot for my vegetables?', ['b_allot_quit'], { stale: ['b_allot'] }],
    ['off-topic', 'Can you explain the offside rule in football?', []],
    ['off-topic', 'How do I unblock a slow-draining bathroom sink?', []],
    ['off-topic', 'How do I get candle wax off a linen tablecloth?', []],
  ],
});

import { definePersona } from '../author.ts';

export const henrik = definePersona({
  user_id: 'h9-henrik',
  name: 'Henrik',
  summary:
    'Norwegian marine engineer in his early sixties in Bergen, married to Solveig, building a wooden rowing boat; winds down consulting and retires, switches blood pressure tablets, trades the old Volvo for an electric Skoda, and moves from a house in Fana to a flat in Nordnes.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-08 10:15',
      lines: [
        [
          'u',
          'Good morning. I have a question about epoxy. My garage is rather cold this time of year, maybe 6 or 7 degrees, and I want to glue some scarf joints. Will it cure at all?',
        ],
        [
          'a',
          'At 6-7 °C most standard epoxies cure very slowly or incompletely. A low-temperature hardener, or warming the joint locally, would help.',
        ],
        [
          'u',
          'I suspected as much. It is for the boat I am building, a 14-foot færing, the traditional Norwegian rowing boat. The planks are larch and the frames are oak.',
          'h_boat',
        ],
        ['a', "That's a beautiful project. Larch and oak are a classic pairing. How far along are you?"],
        [
          'u',
          'Only the keel and stems so far. I started in the autumn. My wife Solveig says it will be finished when I am ninety.',
        ],
        ['a', 'Boats do have a way of taking longer than planned. Do you have any heating in the garage?'],
        [
          'u',
          'A small oil radiator. The garage is attached to our house here in Fana, so it is not entirely unheated, but the door is old and drafty.',
          'h_house',
        ],
        [
          'a',
          'You could build a simple tent of plastic sheeting around the joint with the radiator inside; that can raise the temperature by ten degrees easily.',
        ],
        [
          'u',
          'Good idea. Bamse will be disappointed, he likes lying on the garage floor while I work. He is a Norwegian elkhound, eleven years old and very stubborn.',
          'h_dog',
        ],
        ['a', 'Elkhounds are wonderful company. Just keep him away from the fumes if you tent the area.'],
        [
          'u',
          'Yes, of course. I only have Mondays, Fridays and weekends for the boat anyway, because I still do consulting Tuesday to Thursday for Havlys Marine, mostly propulsion systems on fishing vessels.',
          'h_job',
        ],
        ['a', 'A good balance. Three days of consulting is still a fair amount of work.'],
        [
          'u',
          'It is enough. Thirty-eight years as a marine engineer and they still call me about shaft seals. Which hardener would you recommend for the cold?',
        ],
        [
          'a',
          'Look for a slow or low-temperature hardener from the same system as your resin. With a bit of added heat it will cure properly.',
        ],
        ['u', 'Thank you. I will go to the chandlery in town next week.'],
        ['a', 'Good luck with the scarf joints, and take photos as you go.'],
        ['u', 'I will. My daughter Marit wants pictures for the grandchildren anyway.'],
        ['a', "They'll enjoy watching the boat grow."],
        [
          'u',
          'Eirik has already asked if he can row it in the summer. I told him he must learn to swim properly first.',
        ],
        ['a', "A sensible grandfather's rule."],
      ],
    },
    {
      start: '2025-03-15 19:40',
      lines: [
        [
          'u',
          'Hello again. Different topic today. I was at the doctor on Thursday and my blood pressure was 158 over 95, which she did not like.',
        ],
        ['a', "That's elevated. Did she start you on medication?"],
        [
          'u',
          'Yes, amlodipine, 5 milligrams once a day. I have never taken a pill every day in my life, so this is a bit of a change.',
          'h_med1',
        ],
        [
          'a',
          'Amlodipine is a common first choice. Some people get ankle swelling; mention it to her if that happens.',
        ],
        [
          'u',
          'She also told me to eat less salt. That is a problem in this house, Solveig puts salt on everything, and I am fond of salted herring and cured lamb.',
        ],
        [
          'a',
          'Cutting down gradually works best; taste adjusts in a few weeks. Herbs, lemon and pepper can replace much of the salt.',
        ],
        [
          'u',
          'Can you give me a few dinner ideas that are low in salt but still proper food? Not salads. I need something after a day in the garage.',
        ],
        [
          'a',
          'Sure: 1) baked cod with lemon, dill and new potatoes; 2) a pork and root vegetable stew with thyme and garlic; 3) chicken thighs roasted with paprika, onions and carrots.',
        ],
        [
          'u',
          'The stew sounds best. Solveig will like it too, she has bad knees and prefers things she can make in one pot.',
        ],
        [
          'a',
          'One-pot stews are perfect for that. Use low-sodium stock or just water with bay leaf and pepper.',
        ],
        [
          'u',
          'I will try it on Sunday. The doctor also said I should walk more. Bamse will be happy, but he walks like an old man these days.',
        ],
        ['a', 'Even slow walks of 30 minutes a day help with blood pressure. You can both go at his pace.'],
        ['u', 'Should I take the tablet in the morning or in the evening?'],
        [
          'a',
          'Either works; what matters is taking it at the same time every day. Many people find the morning easiest to remember.',
        ],
        ['u', 'Morning then, with my coffee. Thank you, this is useful.'],
        ['a', "You're welcome. Good luck with the new routine."],
      ],
    },
    {
      start: '2025-04-10 20:05',
      lines: [
        [
          'u',
          'Solveig and I have our fortieth wedding anniversary on the 22nd of June, and I want to take her to Scotland. We were there once in 1987 and she has talked about it ever since.',
        ],
        ['a', 'What a lovely plan. How long would you like to go for, and what do you both enjoy?'],
        [
          'u',
          'About ten days. She likes scenery and gardens, I like whisky and anything with engines or boats. Neither of us wants to drive on the left.',
        ],
        [
          'a',
          'Three options without driving: 1) Edinburgh, then the train to Oban and ferries to Mull and Iona; 2) Inverness and the Kyle of Lochalsh railway, a stay on Skye, then Speyside; 3) Glasgow and a small-ship cruise through the Caledonian Canal.',
        ],
        [
          'u',
          'The second one. The Kyle line is supposed to be one of the most beautiful railways in Europe, and Speyside means distilleries for me.',
          'h_trip_choice',
        ],
        [
          'a',
          "Excellent choice. I'd suggest 3 nights in Inverness, 4 on Skye and 3 in Speyside. Buses on Skye are limited, so a guided day tour helps.",
        ],
        ['u', 'Solveig cannot do long hikes with her knees, so gentle tours are best.'],
        [
          'a',
          'Then the small-group minibus tours from Portree are ideal; they stop often and only involve short walks.',
        ],
        [
          'u',
          'And maybe one day of fishing on the Spey for me. I have fished salmon in Norway since I was a boy.',
        ],
        [
          'a',
          'Spey beats can be booked by the day, with a ghillie. June is a decent month for salmon there.',
        ],
        ['u', 'Good. Is there a direct flight from Bergen to Aberdeen? I think there is.'],
        [
          'a',
          'There usually is a direct route Bergen-Aberdeen, and the train from Aberdeen to Inverness takes about two and a half hours.',
        ],
        ['u', 'Perfect. I will book it this week before she changes her mind.'],
        ['a', 'Ha, good plan. Shall I draft a day-by-day outline?'],
        ['u', 'Yes please, but keep the mornings slow. We are not twenty-five anymore.'],
        ['a', 'Noted: late breakfasts, one main activity per day, and free afternoons.'],
        ['u', 'That is exactly our speed. Thank you.'],
        ['a', 'My pleasure. Happy early anniversary!'],
      ],
    },
    {
      start: '2025-05-20 18:30',
      lines: [
        [
          'u',
          'I need help with a present. My grandson Eirik turns seven on the 3rd of July. He lives with my daughter Marit in Trondheim.',
          'h_eirik_bday',
        ],
        ['a', 'Happy early birthday to him! What is he interested in?'],
        [
          'u',
          'Dinosaurs, only dinosaurs. He can pronounce names I cannot even read. Last time he explained the difference between a Stegosaurus and an Ankylosaurus to me for twenty minutes.',
          'h_eirik_dino',
        ],
        [
          'a',
          'Some ideas: 1) a fossil excavation kit; 2) a big illustrated dinosaur encyclopedia; 3) a wooden dinosaur skeleton model to assemble.',
        ],
        ['u', 'I would rather make something myself. Could I build a wooden dinosaur in the workshop?'],
        [
          'a',
          'Absolutely. A slot-together T. rex skeleton from plywood is a nice project: cut the pieces and they slot into each other.',
        ],
        ['u', 'I do not have a scroll saw, only a band saw. Would that work?'],
        [
          'a',
          'A band saw with a narrow blade can manage if you keep the design simple and drill relief holes at the tight corners.',
        ],
        ['u', 'How much plywood would I need, roughly?'],
        [
          'a',
          'One 60 x 120 cm sheet of 6 mm birch plywood is usually plenty for a model about half a metre long.',
        ],
        [
          'u',
          'Good. Lotte, the little sister, will want one too, but she is three and would probably try to eat it.',
        ],
        ['a', 'For a three-year-old, a chunky wooden pull-along toy with no small parts would be safer.'],
        [
          'u',
          'That is a good thought. Marit is very strict about small parts. She is a vet, so she has seen what children and dogs can swallow.',
        ],
        ['a', "Then she'll appreciate the caution!"],
        ['u', 'I will start on the T. rex this weekend. The boat can wait a week.'],
        ['a', 'Sand all the edges well and use a child-safe finish such as a hard wax oil.'],
        ['u', 'Thank you, I will.'],
        ['a', 'Enjoy the project!'],
        ['u', 'Which finish did you say? Hard wax oil? I have some from the kitchen table I made years ago.'],
        ['a', 'Yes, hard wax oil is ideal, as long as it is fully cured before he plays with it.'],
      ],
    },
    {
      start: '2025-07-02 09:50',
      lines: [
        [
          'u',
          'We got back from Scotland on Sunday the 29th. Ten days, and it did not rain properly more than twice.',
          'h_scot_back',
        ],
        ['a', 'Welcome back! How was it?'],
        [
          'u',
          'The Kyle railway was as beautiful as promised. Solveig cried a little at Eilean Donan, in a good way. And I caught a grilse on the Spey, about three kilos, which I released.',
        ],
        ['a', 'That sounds like a perfect trip. A grilse on the Spey is a fine memory.'],
        [
          'u',
          'One less good thing: my ankles were swollen almost every evening. I thought it was the walking, but Solveig made me call the doctor when we got home.',
        ],
        ['a', 'Ankle swelling is a known side effect of amlodipine. What did the doctor say?'],
        [
          'u',
          'She agreed it was the tablets. She has taken me off them and put me on losartan instead, 50 mg in the morning.',
          'h_med2',
        ],
        [
          'a',
          "Losartan doesn't usually cause that swelling. She'll probably check your kidney values and potassium in a few weeks.",
        ],
        [
          'u',
          'Yes, a blood test in three weeks. I hope this one is better. The swelling made my shoes uncomfortable.',
        ],
        [
          'a',
          'Most people tolerate it well. Watch for dizziness when standing up quickly in the first days.',
        ],
        [
          'u',
          'I will. Now I need to sort the photos. Solveig took 900 pictures, I think. What is a good way to make a photo book from them?',
        ],
        [
          'a',
          'Services like Cewe or Ifolor let you upload photos and lay out a book in their editor. Picking 80-120 of the best keeps it manageable.',
        ],
        ['u', 'I will let her choose, she has the eye for it. I will write the text.'],
        ['a', 'A nice division of labour. A short caption for each day works well.'],
        ['u', 'Thank you. Back to the boat tomorrow, the T. rex was a big success by the way.'],
        ['a', "Wonderful! I'm sure Eirik will treasure it."],
      ],
    },
    {
      start: '2025-08-12 16:20',
      lines: [
        [
          'u',
          'Our Volvo is causing trouble again. It is a 2011 V70 diesel with 310,000 km, and now the turbo is whistling.',
          'h_volvo',
        ],
        [
          'a',
          'A whistling turbo can be a cracked hose or a worn turbo. Worth getting it checked before it fails completely.',
        ],
        [
          'u',
          'The garage says the turbo is tired and it will cost around 18,000 kroner. I am thinking it is time to let it go and get an electric car, like everyone else in Norway.',
        ],
        [
          'a',
          "With Norway's charging network and incentives it makes a lot of sense. What do you need from the car?",
        ],
        [
          'u',
          'Room for Bamse in the back, a tow hitch for a small trailer to move the boat one day, and good range for driving to Trondheim to see Marit.',
        ],
        [
          'a',
          'Three candidates: 1) Skoda Enyaq, large boot and good towing capacity; 2) Volkswagen ID.4, similar platform, a bit pricier; 3) Hyundai Ioniq 5, very fast charging but a slightly smaller boot.',
        ],
        ['u', 'Which has the best range in winter? Bergen to Trondheim is 700 km.'],
        [
          'a',
          'All three will need one or two charging stops in winter. The Ioniq 5 charges fastest; the Enyaq has the most practical boot.',
        ],
        [
          'u',
          'Hmm. I will test drive the Enyaq and the Ioniq. Solveig only cares that the seats are heated.',
        ],
        ['a', 'Both have heated seats and a heated steering wheel on most Norwegian trims.'],
        ['u', 'And what do I do with the Volvo? Sell it with a broken turbo?'],
        [
          'a',
          'You can sell it as-is on Finn.no with an honest description, or trade it in. A dealer will offer a low but quick price.',
        ],
        ['u', 'It has been a faithful car. Marit learned to drive in it.'],
        ['a', 'Cars like that carry a lot of memories.'],
        ['u', 'I will think about it over the weekend. Thank you.'],
        ['a', 'Good luck with the test drives.'],
        ['u', 'One more thing: can an electric car really pull a boat trailer up the hills around here?'],
        [
          'a',
          'Yes, a light boat trailer is easy work for these cars; range drops while towing, often by a third, so plan the charging.',
        ],
      ],
    },
    {
      start: '2025-09-20 11:10',
      lines: [
        [
          'u',
          'News: the Volvo is gone. A young man from Voss bought it for parts and drove it away whistling.',
        ],
        ['a', 'End of an era! Did you decide on the new car?'],
        [
          'u',
          'Yes, we picked up a Skoda Enyaq last Saturday, dark green. It was the boot that won, Bamse fits with room to spare.',
          'h_car_new',
        ],
        ['a', 'Congratulations! How are you finding it?'],
        [
          'u',
          'Very quiet. Too quiet, I keep thinking it has stopped. I need help with charging though. We have no charger at home yet.',
        ],
        [
          'a',
          'A home wallbox is the most convenient. You need an electrician to install it, and it usually costs 15-25,000 kroner all in.',
        ],
        [
          'u',
          'We might not stay in this house for long, so I do not want to spend too much on installation. Solveig and I have been talking about moving somewhere smaller.',
        ],
        [
          'a',
          'In that case a portable charger on a dedicated outdoor socket could be a cheaper interim solution.',
        ],
        [
          'u',
          'Good. I also have a problem with my right shoulder. It hurts when I lift above my head, like when I reach for the top shelf in the garage.',
        ],
        [
          'a',
          'That can be rotator cuff irritation. If it persists more than a few weeks, a physiotherapist can assess it.',
        ],
        [
          'u',
          'I have an appointment with a physio on the 2nd. I hope it does not stop the boat work, I am planking now.',
        ],
        [
          'a',
          'Planking involves a lot of awkward reaching; try to work at a comfortable height, maybe from a rolling stool.',
        ],
        ['u', 'Wise. Three planks per side done, seven to go.'],
        ['a', 'Great progress!'],
        ['u', 'At this rate Solveig will lose her bet about me being ninety.'],
        ['a', 'Ha, you may well prove her wrong.'],
      ],
    },
    {
      start: '2025-10-18 14:00',
      lines: [
        [
          'u',
          'I have made a decision. I will stop consulting for Havlys at the end of the year. My last day is the 19th of December.',
          'h_retire',
        ],
        ['a', 'Congratulations on deciding! How do you feel about it?'],
        [
          'u',
          'Mixed. I like being useful, but I want time for the boat and the grandchildren. And the drive to Ulsteinvik is tiring.',
        ],
        ['a', "That's a very understandable choice. Will they have a farewell for you?"],
        [
          'u',
          'They want to have a dinner. I must give a short speech, in English, because half the engineers are from Poland and the Philippines. Can you help me structure it?',
        ],
        [
          'a',
          "Of course: 1) open with a short funny memory; 2) thank colleagues specifically; 3) share one lesson you've learned; 4) wish them well and raise a glass. Keep it to 3-4 minutes.",
        ],
        [
          'u',
          'A funny story. There was the time in 1994 when a shaft seal leaked on a trawler and I fixed it with a bicycle inner tube until we reached Ålesund.',
        ],
        ['a', "That's a perfect opening: practical, slightly absurd and very much an engineer's story."],
        ['u', 'Then I will thank Jolanta, who has been my right hand for eight years.'],
        ['a', 'Mention something specific she did; people remember concrete details.'],
        [
          'u',
          'She found an error in the gearbox calculations that would have cost the yard millions. I will mention that.',
        ],
        ['a', "Wonderful. Then the lesson and the toast, and you're done."],
        [
          'u',
          'The physio says my shoulder is a tendon irritation, by the way, and gave me exercises with an elastic band.',
        ],
        ['a', "Glad it's nothing serious. Doing the exercises daily makes a big difference."],
        ['u', 'I do them while the coffee brews. Solveig counts for me, loudly.'],
        ['a', 'A very motivating coach!'],
        ['u', 'Should I write the speech out in full or just use notes?'],
        [
          'a',
          'Write it in full to practise, then speak from a card with a few key words. It will sound more natural.',
        ],
      ],
    },
    {
      start: '2025-11-22 19:15',
      lines: [
        [
          'u',
          "We have decided to sell the house. Thirty-one years in Fana, but the stairs are too much for Solveig's knees, and the garden is too big for us now.",
        ],
        ['a', "A big decision. Do you know where you'd like to go?"],
        [
          'u',
          'We have made an offer on a flat in Nordnes, near the aquarium, with a lift and a view of the fjord. We hear on Monday.',
        ],
        ['a', "That's a lovely part of Bergen. Fingers crossed."],
        [
          'u',
          'The difficult part is the boat. There is no garage in Nordnes. But the coastal heritage group at the boat museum has said I can finish it in their boatshed, in return for helping with their restoration work.',
          'h_workshop',
        ],
        ['a', 'That sounds like an ideal arrangement: company, proper space, and a good cause.'],
        ['u', 'Yes, and old men who know more about clinker boats than me. I will learn something.'],
        ['a', "And they'll learn from your engineering background."],
        [
          'u',
          'Now I need to sort out 31 years of things. Solveig wants to throw away nothing and I want to throw away everything.',
        ],
        [
          'a',
          'A common approach: keep, give to family, donate, recycle. Ask Marit and your son to pick what they want first.',
        ],
        [
          'u',
          'Anders in Oslo will want my old tools, I think. He is an architect but he likes to build furniture.',
        ],
        ['a', 'Passing the tools on to him is a lovely gesture.'],
        ['u', 'How do we find an estate agent who is not a shark?'],
        [
          'a',
          "Ask neighbours who sold recently, compare two or three agents' valuations and fees, and don't automatically pick the highest valuation.",
        ],
        ['u', 'Good advice. Thank you.'],
        ['a', 'Good luck on Monday!'],
        ['u', 'Thank you. Solveig has already chosen the curtains for a flat we do not own yet.'],
        ['a', 'Optimism is a good sign!'],
      ],
    },
    {
      start: '2025-12-21 17:45',
      lines: [
        [
          'u',
          'Christmas question. Anders is coming from Oslo with his girlfriend Hanne for the first time. She is vegetarian and does not eat fish either.',
          'h_hanne_veg',
        ],
        ['a', 'A first Christmas with the family is a big moment. What do you usually serve?'],
        [
          'u',
          'Pinnekjøtt on Christmas Eve, always. Lamb ribs, swede mash, potatoes. What can Hanne eat that does not look like a punishment?',
        ],
        [
          'a',
          'Options: 1) a whole roasted celeriac with mushroom gravy; 2) a nut and lentil roast; 3) a mushroom and chestnut Wellington.',
        ],
        ['u', 'Option three. It sounds festive, and Solveig can make it the day before.'],
        ['a', 'Great choice. Make sure the gravy uses vegetable stock too.'],
        [
          'u',
          'The farewell dinner at Havlys was on Friday. The bicycle tube story was a success. Jolanta cried.',
        ],
        ['a', "That's wonderful. Congratulations on your retirement!"],
        [
          'u',
          'Thank you. It is strange to wake up on a Tuesday with nothing to do. And we sold the house! The flat in Nordnes is ours, and we move in February.',
        ],
        ['a', "Congratulations twice! That's a lot of change in one winter."],
        ['u', 'Yes, a lot. Bamse does not know yet. Can a dog of twelve get used to a lift?'],
        ['a', 'Yes, with treats and patience. Practise a few short rides when nobody else is around.'],
        ['u', 'Good. I will bring the liver treats he loves.'],
        ['a', 'That should do the trick.'],
        ['u', 'God jul to you.'],
        ['a', 'God jul, Henrik!'],
        [
          'u',
          'Oh, and Marit and the children come on the 27th, so the flat question will be explained to Bamse by Eirik, I am sure.',
        ],
        ['a', "He'll be in good hands. Enjoy the holidays together."],
      ],
    },
    {
      start: '2026-02-14 10:30',
      lines: [
        [
          'u',
          'We moved into the flat in Nordnes two weeks ago, on the 1st. Boxes everywhere still, but the view of the fjord in the morning is worth it.',
          'h_moved',
        ],
        ['a', 'Congratulations! How are you settling in?'],
        [
          'u',
          'Solveig loves the lift. Bamse hated the lift for three days and now he runs into it before us.',
        ],
        ['a', 'The treats worked!'],
        [
          'u',
          'The Enyaq lives in a parking garage under the building, and there is a shared charger, so that problem solved itself.',
        ],
        ['a', "That's convenient. Shared chargers usually bill by kWh through an app."],
        [
          'u',
          'Yes, an app. Everything is an app now. I need help hanging pictures on concrete walls. My old screws do not work.',
        ],
        [
          'a',
          'For concrete you need a hammer drill, masonry bits and plugs. For light frames, a picture rail system avoids drilling many holes.',
        ],
        ['u', 'A picture rail is clever. The building board prefers no holes anyway.'],
        ['a', 'Then a rail near the ceiling with hanging wires is ideal.'],
        [
          'u',
          'The boat is now in the museum boatshed. Two old men there, Kjell and Arvid, have already told me that my rivets are wrong.',
        ],
        ['a', 'Every boatshed has its critics! Were they right?'],
        ['u', 'Unfortunately yes. I am redoing two planks. It is humbling.'],
        ['a', "That's how craftsmanship grows."],
        ['u', 'Solveig says I am happier now than when I was working. She may be right.'],
        ['a', 'That sounds like a good sign for this new chapter.'],
        ['u', 'Our son says the same. He and Hanne come for Easter.'],
        ['a', "Lovely, you'll have a full flat."],
      ],
    },
    {
      start: '2026-03-28 15:20',
      lines: [
        [
          'u',
          'Spring is coming. The boat is almost finished, just varnish and oarlocks left. Which varnish lasts best on larch in Norwegian weather?',
        ],
        ['a', 'A marine spar varnish with UV filters, applied in 6-8 thin coats, holds up well.'],
        ['u', 'Eight coats. Kjell says ten. I will do nine to keep the peace.'],
        ['a', 'A diplomatic compromise.'],
        [
          'u',
          "We are also going to Trondheim in April for Lotte's birthday. She turns four on the 14th.",
          'h_lotte_bday',
        ],
        ['a', 'Lovely! Will you drive up?'],
        [
          'u',
          'Yes, we will charge in Førde and Oppdal on the way. What could I make for a four-year-old? She does not care for dinosaurs, she likes horses.',
        ],
        [
          'a',
          "A small wooden horse stable with room for toy horses, or a little rocking horse. Chunky, and no small parts for Marit's sake.",
        ],
        [
          'u',
          'A stable. I have leftover oak from the boat frames, and she can put her plastic horses in it.',
        ],
        ['a', 'A wonderful reuse of boat oak! Round all the corners and finish with a food-safe oil.'],
        [
          'u',
          'The doctor checked my blood pressure last week: 132 over 82. She is pleased. The new tablets do their job and no swollen ankles.',
        ],
        ['a', "Excellent, that's a big improvement."],
        ['u', 'And Bamse turns thirteen in May. Slow, but he still eats everything.'],
        ['a', 'Give him a scratch from me.'],
        [
          'u',
          'We plan to launch the boat on the 17th of May, national day, if the varnish is dry. Solveig will name it.',
        ],
        ['a', 'A national day launch sounds perfect. I hope the weather cooperates!'],
        ['u', 'In Bergen? We will bring umbrellas.'],
        ['a', 'Wise. Congratulations in advance on the launch.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What kinds of wood went into the little rowing boat I have been building?', ['h_boat']],
    ['single-hop', 'What breed is our old dog again?', ['h_dog']],
    ['single-hop', 'Which of the Scotland itineraries did we end up going for?', ['h_trip_choice']],
    [
      'single-hop',
      "I'd like to buy my grandson a book. Can you suggest one based on what he's into?",
      ['h_eirik_dino'],
    ],
    [
      'single-hop',
      'Our son is bringing his girlfriend over for Easter lunch. What do I need to keep in mind for the menu?',
      ['h_hanne_veg'],
    ],
    [
      'multi-hop',
      'In which months do my two grandchildren have their birthdays?',
      ['h_eirik_bday', 'h_lotte_bday'],
    ],
    [
      'multi-hop',
      'Who was I consulting for before I retired, and what was my last working day?',
      ['h_job', 'h_retire'],
    ],
    [
      'temporal',
      'On what date did we come home from the anniversary trip?',
      ['h_scot_back'],
      { askedAt: '2026-04-10 10:00' },
    ],
    [
      'temporal',
      'Which came first: getting the new car or moving into the flat?',
      ['h_car_new', 'h_moved'],
      { askedAt: '2026-04-10 10:05' },
    ],
    ['updated', 'Which blood pressure tablet am I taking these days?', ['h_med2'], { stale: ['h_med1'] }],
    ['updated', 'What are we driving now?', ['h_car_new'], { stale: ['h_volvo'] }],
    ['updated', 'Where do Solveig and I live at the moment?', ['h_moved'], { stale: ['h_house'] }],
    ['off-topic', 'How do I get candle wax out of a linen tablecloth?', []],
    ['off-topic', 'How do noise-cancelling headphones actually work?', []],
    ['off-topic', 'What is a good way to learn a few basic chess openings?', []],
  ],
});

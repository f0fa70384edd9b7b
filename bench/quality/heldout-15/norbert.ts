import { definePersona } from '../author.ts';

export const norbert = definePersona({
  user_id: 'h15-norbert',
  name: 'Norbert',
  summary:
    'Norbert, 69, is a retired Belgian railway signaller living in Ghent with his wife Marleen; he builds an H0 model railway in the attic, belongs to a local club and dotes on his grandchildren. He writes careful, courteous, slightly old-fashioned English.',
  language: 'en',
  sessions: [
    {
      start: '2024-09-04 09:30',
      lines: [
        [
          'u',
          'Good morning. I am told one can simply type questions here. My daughter set this up for me on the tablet, so do forgive me if I am slow about it.',
        ],
        ['a', 'Good morning! No need to apologise at all. Take your time, and ask me anything you like.'],
        [
          'u',
          'Very kind of you. My name is Norbert, I live in Ghent, and I spent forty-one years with the railways, the last twenty-two of them in the signal box at Melle.',
          'n_signalbox',
        ],
        ['a', 'What a career. Signal boxes must have changed enormously over those years.'],
        [
          'u',
          'Retired these past eight years now. I keep myself occupied with a model railway up in the attic, H0 scale. I am building a rendition of Gent-Sint-Pieters station as it looked around 1975.',
          'n_layout',
        ],
        [
          'a',
          'That sounds like a wonderful project. Modelling a real station from a specific year takes real dedication.',
        ],
        [
          'u',
          'It is mostly plywood and good intentions so far. This week I should like to write a short note to the club secretary about the autumn exhibition. Could you help me make it sound less stiff?',
        ],
        ['a', 'Of course. What would you like the note to say?'],
        [
          'u',
          'That I can bring two modules for the exhibition, but that I cannot carry them up the stairs of the hall alone, with my knee as it is.',
        ],
        [
          'a',
          'Here is a draft: "Dear Jan, I am happy to bring two of my modules to the autumn exhibition. I would be grateful for a hand carrying them up the stairs, as my knee is not cooperating these days. Kind regards, Norbert."',
        ],
        [
          'u',
          'That is rather good. Perhaps add that we meet on Wednesday evenings in any case, so I can bring them along the week before.',
          'n_club_wed',
        ],
        [
          'a',
          'Added: "Since we see each other on Wednesday evening anyway, I could bring them the week before, if that suits."',
        ],
        [
          'u',
          'Splendid. The club is the Gentse Modelspoorkring, though everyone simply calls it the Kring. We are a dozen old men and one very patient young woman who does the electronics.',
        ],
        ['a', 'It sounds like a lovely group. I hope the exhibition goes well.'],
        [
          'u',
          'Thank you, I shall copy it out by hand and post it. Yes, post it. I still prefer paper for this sort of thing.',
        ],
        ['a', 'A handwritten note is always appreciated.'],
        [
          'u',
          'One last thing: how does one make the writing larger on this tablet? My eyes are not what they were.',
        ],
        [
          'a',
          'Open Settings, then Display, then Font size, and drag the slider to the right. You can also pinch outwards with two fingers on most pages.',
        ],
        ['u', 'Found it. Much better. Good day to you.'],
        ['a', 'Good day, Norbert!'],
      ],
    },
    {
      start: '2024-09-17 15:00',
      lines: [
        [
          'u',
          'Good afternoon. My daughter Annelies is coming over from Leuven on Saturday with the two little ones, and I should like to cook something they will actually eat.',
          'n_daughter_leuven',
        ],
        ['a', 'How lovely. How old are the children?'],
        [
          'u',
          'Lotte is seven and Bram is four. Bram eats only things that are beige, as far as I can tell.',
          'n_grandkids',
        ],
        [
          'a',
          'A classic four-year-old. Three ideas: 1) stoofvlees with fries, 2) chicken vol-au-vent with rice, 3) homemade fish fingers with mash.',
        ],
        [
          'u',
          'The vol-au-vent, I think. My wife Marleen makes a fine one, but she will be at her choir rehearsal until four, so it falls to me.',
        ],
        [
          'a',
          'Good choice. You will need a chicken, some butter, flour, stock, cream, a few small meatballs and puff pastry cases. Shall I write out the steps?',
        ],
        ['u', 'Please. Do you put the mushrooms in? Bram will pick them out one by one, I fear.'],
        [
          'a',
          'Mushrooms are traditional, but you can leave them out without any harm, or cook them separately for the adults.',
        ],
        [
          'u',
          'Leave them out then, and let the child have his peace. How long does the chicken need to poach?',
        ],
        [
          'a',
          'A whole chicken of about 1.5 kg needs roughly an hour at a gentle simmer with an onion, a carrot and a bouquet garni.',
        ],
        ['u', 'Excellent. And the meatballs, the little ones, must I roll them myself?'],
        ['a', 'You can, with minced veal or pork, but many butchers sell them ready-made for vol-au-vent.'],
        ['u', 'I will buy them from the butcher on the Kortrijksesteenweg, then. He does a good job of it.'],
        ['a', 'That will save you half an hour.'],
        [
          'u',
          "Lotte has asked to see the trains running, so I shall have to tidy the attic as well. Nothing derails quite like a layout with visitors' elbows near it.",
        ],
        ['a', 'Perhaps give her a controller and a single loop to run. Children love being in charge.'],
        ['u', 'A fine idea. I shall report back on whether the beige one approves.'],
        ['a', 'Good luck! I hope it is a success.'],
      ],
    },
    {
      start: '2024-10-02 10:15',
      lines: [
        [
          'u',
          'Good morning. A question about my car. The old Opel Astra has started making a whining noise whenever I turn the wheel, and I wonder what that might be.',
          'n_opel1',
        ],
        [
          'a',
          'A whine while steering is often the power steering pump, or low power steering fluid. It is worth having it checked soon.',
        ],
        [
          'u',
          'It is a 2009 diesel with nearly 240,000 kilometres on the clock. It has been faithful, I will say that for it.',
        ],
        ['a', 'That is a good age. At that mileage the pump may simply be worn.'],
        [
          'u',
          'The garage in Sint-Amandsberg says they can look at it on Thursday. Marleen thinks I ought to stop throwing money at it.',
        ],
        ['a', 'It may be worth asking the garage for a full estimate before deciding.'],
        [
          'u',
          'Perhaps. Changing the subject: my knee. The doctor has sent me for a scan at AZ Sint-Lucas next month. The left one, which I twisted on the ladder to the attic some years ago.',
          'n_knee',
        ],
        [
          'a',
          'I hope the scan gives you some clarity. Would you like a few questions to take to the specialist?',
        ],
        ['u', 'Yes please. I never remember anything once I am in the room.'],
        [
          'a',
          '1) What exactly is damaged? 2) What are the treatment options? 3) Which activities should I avoid? 4) Would physiotherapy help? 5) When should I come back?',
        ],
        [
          'u',
          'I shall write those on a card. Also, is it true that glucosamine does any good? My neighbour swears by it.',
        ],
        [
          'a',
          'The evidence is mixed. Some studies show a small benefit, many show none. It is best to ask your doctor.',
        ],
        ['u', 'As I suspected. Mr Van Acker also swears by his horoscope.'],
        ['a', 'Ha! Each to their own.'],
        ['u', 'Right, I am off to the attic. I am laying track for the goods yard today.'],
        ['a', 'Enjoy it. Which rail are you using?'],
        ['u', 'Code 83, though I confess I would have told you even if you had not asked.'],
        ['a', 'A good choice for realism. Happy building!'],
      ],
    },
    {
      start: '2024-10-23 19:30',
      lines: [
        [
          'u',
          'Good evening. I have just come back from the club. We have decided to take part in the model railway show in Mechelen on the 16th and 17th of November.',
          'n_mechelen_plan',
        ],
        ['a', 'Congratulations! Will you be bringing your modules?'],
        [
          'u',
          'Indeed. I need a checklist for packing. Last year somebody forgot the power cables and we spent the Saturday morning looking at a very still railway.',
        ],
        [
          'a',
          'Checklist: modules, legs and clamps, power supplies and cables, controllers, spare track and joiners, tools, soldering iron, rolling stock boxes, tablecloths, extension leads, and a printed track plan.',
        ],
        [
          'u',
          'Good. Add "the dog stays at home". Fons, our old beagle, came along last year and ate somebody\'s sandwich.',
          'n_dog',
        ],
        ['a', 'Added at the top in capital letters.'],
        [
          'u',
          'He is eleven now and rather round. The vet says fewer biscuits, but try telling that to Marleen.',
        ],
        ['a', 'Perhaps swap some biscuits for carrot pieces. Many dogs love them.'],
        [
          'u',
          'Another question. What is the proper English word for the wooden beams under the rails? I am writing a short piece for the club bulletin in English, for our British members.',
        ],
        ['a', 'In British English they are "sleepers"; Americans say "ties".'],
        [
          'u',
          'Ah, so I had it right. Sleepers it is. We have two Englishmen and they would never let me hear the end of it.',
        ],
        ['a', 'Wise. What is the article about?'],
        [
          'u',
          'The old mechanical lever frames. At Melle we worked a frame of 48 levers until the box went over to electric operation in 1989.',
          'n_levers',
        ],
        ['a', 'That will make a fascinating article. Your readers will love the first-hand detail.'],
        ['u', 'And is it a "lever frame" or a "lever box" in English? I have seen both.'],
        [
          'a',
          '"Lever frame" is the usual term for the row of levers; the building itself is the "signal box".',
        ],
        ['u', 'Very clear. I shall send you my draft next week, if I may.'],
        ['a', 'Please do, I would be glad to read it.'],
      ],
    },
    {
      start: '2024-11-19 11:00',
      lines: [
        [
          'u',
          'Good morning. The Mechelen show went well this weekend, though I am thoroughly tired. Nobody lost a single cable, thanks in part to your list.',
          'n_mechelen',
        ],
        ['a', 'Wonderful to hear! Did you enjoy it?'],
        [
          'u',
          'Very much. I did allow myself one purchase: a second-hand NMBS class 55 diesel in the old green livery, for 145 euros.',
          'n_loco_price',
        ],
        ['a', 'A lovely locomotive. The class 55 is a Belgian classic.'],
        ['u', 'It has a sound decoder, which is why it was dear. It rumbles most convincingly.'],
        ['a', 'Sound makes such a difference.'],
        [
          'u',
          'Now I must think about a digital controller. My old analogue transformer will not do it justice. What would you recommend?',
        ],
        [
          'a',
          'Three options: 1) a Roco z21 start set, around 150 euros, works with a tablet app; 2) an ESU ECoS, around 600 euros, very complete; 3) a Lenz starter set, around 300 euros, robust and simple.',
        ],
        [
          'u',
          'The first one, the z21. I am not spending six hundred euros, Marleen would have me sleeping in the attic with the trains.',
          'n_pick_z21',
        ],
        ['a', 'The z21 is an excellent choice for a layout of your size.'],
        [
          'u',
          'Can one truly use it with the tablet? That would give this thing a purpose beyond talking to you.',
        ],
        ['a', 'Yes, the free z21 app turns the tablet into a throttle, with sound functions on buttons.'],
        [
          'u',
          'Very good. Also, the knee scan came back: some wear in the cartilage, nothing to operate on for now. Physiotherapy twice a week.',
          'n_knee_result',
        ],
        ['a', 'That is fairly good news. Physiotherapy can help a lot with strength around the knee.'],
        [
          'u',
          'The physiotherapist is a cheerful young man called Jens who treats me as if I were made of porcelain.',
        ],
        ['a', 'Better that than the opposite!'],
        ['u', 'Quite. Well, I am off to find my reading glasses, which are, as usual, on my head.'],
        ['a', 'Ha! Good luck with the search.'],
      ],
    },
    {
      start: '2024-12-10 14:00',
      lines: [
        [
          'u',
          'Good afternoon. The z21 arrived yesterday. In the end it cost me 169 euros with the power supply, a little more than I had hoped.',
          'n_z21_price',
        ],
        ['a', 'Still well below the alternatives. Have you tried it yet?'],
        [
          'u',
          'The class 55 runs beautifully with it. I sat there like a boy for an hour, just sounding the horn.',
        ],
        ['a', 'That is what it is for!'],
        [
          'u',
          'Now, Christmas. We are having everyone here on the 25th: Annelies and her husband Koen with the children, and our son Pieter, who is coming down from Antwerp with his girlfriend Ines.',
          'n_son_antwerp',
        ],
        ['a', 'A full house. How many will you be?'],
        [
          'u',
          'Eight at the table, plus Fons underneath it. Could you suggest a starter that can be prepared in the morning?',
        ],
        [
          'a',
          'Three ideas: 1) tomatoes stuffed with grey shrimp, 2) a cold salmon terrine, 3) a pumpkin soup that can be reheated.',
        ],
        ['u', 'Tomatoes with grey shrimp. That is what my mother always made at Christmas.', 'n_pick_tomato'],
        ['a', 'A Belgian classic. Keep them in the fridge and add the mayonnaise shortly before serving.'],
        [
          'u',
          'Also, Lotte turns eight on the 14th of January and I have no idea what to give her. She likes drawing and, lately, stars and planets.',
        ],
        [
          'a',
          'Some ideas: 1) a junior telescope, 2) a large box of watercolour pencils with a sketchbook, 3) a glow-in-the-dark star map for her bedroom ceiling.',
        ],
        [
          'u',
          'The star map for the ceiling, I think. A telescope would end up in a cupboard, and she has pencils enough for a whole school.',
          'n_pick_starmap',
        ],
        ['a', 'She will love falling asleep under it.'],
        ['u', 'Where might I buy one in Ghent, or must it be ordered online?'],
        ['a', 'Toy shops and bookshops with a science corner often carry them. Online is the fallback.'],
        ['u', 'I shall try the shops on the Veldstraat first. I prefer to hold a thing before buying it.'],
        ['a', 'Very sensible. Good luck!'],
      ],
    },
    {
      start: '2025-01-15 10:30',
      lines: [
        [
          'u',
          'Good morning. News: the old Opel is gone. The garage said the steering pump and the clutch together would cost more than the car is worth, so I have bought a second-hand Toyota Yaris hybrid, a 2019, silver, from a dealer in Destelbergen.',
          'n_yaris',
        ],
        ['a', 'Congratulations on the new car! How do you find it?'],
        [
          'u',
          'Marleen is delighted; she says it no longer smells of diesel and dog. It is very quiet at low speed. I nearly ran over a pigeon in the car park because it did not hear me coming.',
        ],
        ['a', 'Hybrids do surprise pedestrians and pigeons alike.'],
        ['u', 'How does one get the most out of a hybrid? Are there driving habits I ought to change?'],
        [
          'a',
          'Accelerate gently, anticipate stops so the car can regenerate while braking, and keep an even speed. It will run on electricity more often in town.',
        ],
        ['u', 'Gentle on the pedal. Very well. I worked signals for forty years, I can be gentle.'],
        ['a', 'You are well prepared then!'],
        [
          'u',
          "Lotte's birthday was yesterday. The star map was a great success. She lay on her bed for half an hour naming the constellations, mostly incorrectly.",
          'n_starmap2',
        ],
        ['a', 'What a lovely moment. Enthusiasm first, accuracy later.'],
        ['u', 'Bram wanted to know why there was no train on the ceiling. A fair question.'],
        ['a', 'Perhaps for his birthday!'],
        [
          'u',
          'The insurance on the new car: is it normal that it costs more than the old one, even though the car is smaller?',
        ],
        [
          'a',
          'Yes, quite normal. A newer car is worth more, so comprehensive cover costs more, and repair parts for hybrids can be expensive.',
        ],
        ['u', 'I see. I shall ring the broker and ask whether there is anything to be done about it.'],
        ['a', 'Good idea. Ask about a no-claims discount too.'],
        ['u', 'Thank you. That will be all for today.'],
        ['a', 'Enjoy the new car, Norbert!'],
      ],
    },
    {
      start: '2025-02-12 18:45',
      lines: [
        [
          'u',
          'Good evening. Marleen and I have been thinking about this summer. We should like to go to Durbuy in the Ardennes for a week in July, nothing too strenuous on account of my knee.',
          'n_holiday_durbuy',
        ],
        ['a', 'Durbuy is charming. Would you like some ideas for the week?'],
        ['u', 'Could you suggest some gentle walks there? Flat, or at least not steep.'],
        [
          'a',
          'The walk along the Ourthe river is mostly flat, and the topiary park in town is easy. Many trails around Barvaux are gentle too.',
        ],
        [
          'u',
          'And restaurants? Marleen has not eaten meat since last year. She became a vegetarian after watching a documentary about pigs.',
        ],
        [
          'a',
          'Most restaurants in Durbuy have vegetarian dishes now. I can look for some with good vegetarian menus.',
        ],
        ['u', 'We shall probably drive. It is about two and a half hours from Ghent, is it not?'],
        ['a', 'Yes, roughly two and a half to three hours depending on traffic.'],
        ['u', 'The Yaris will manage, I am sure. It has not been further than Bruges so far.', 'n_yaris2'],
        ['a', 'A good first long trip for it.'],
        [
          'u',
          "On another matter: at the Wednesday meeting of the club tonight we talked about building a joint layout for next year's exhibitions, a Belgian border station. I have volunteered for the signalling, naturally.",
          'n_club_wed2',
        ],
        ['a', 'Who better! Will the signals be working?'],
        [
          'u',
          'Real working semaphores, servo-driven. I want them to move slowly, as they did in life, and not snap like a mousetrap.',
        ],
        [
          'a',
          'Most servo decoders let you set the speed of travel and even add a little bounce at the end, as real semaphores did.',
        ],
        [
          'u',
          'A bounce! Yes, exactly. Young Sofie from the club will help me with the electronics. I shall bring the cake.',
        ],
        ['a', 'A fair division of labour.'],
        ['u', 'Good night, and thank you.'],
        ['a', 'Good night, Norbert.'],
      ],
    },
    {
      start: '2025-03-11 09:00',
      lines: [
        [
          'u',
          'Good morning. A small change to my week: the Kring has lost its room at the parish hall, and from now on we meet on Thursday evenings in the back room of a café in Gentbrugge.',
          'n_club_thu',
        ],
        ['a', 'A change of scenery! Is the new room suitable?'],
        [
          'u',
          'It is better, in fact. They serve a decent Westmalle and the landlord does not mind us bringing modules.',
        ],
        ['a', 'That sounds ideal.'],
        [
          'u',
          'My physiotherapy is going well. Jens has put me on an exercise bicycle now, which I tolerate.',
        ],
        ['a', 'Cycling is very kind to the knees. Well done.'],
        [
          'u',
          'Could you explain the difference between a hybrid and a plug-in hybrid? Pieter keeps telling me I ought to have bought the latter.',
        ],
        [
          'a',
          'A regular hybrid charges its small battery itself while driving and braking. A plug-in hybrid has a larger battery you charge from a socket, so it can drive further on electricity alone.',
        ],
        ['u', 'Then I think I chose correctly. I have nowhere to charge anything on our street.'],
        ['a', 'Then a regular hybrid is the sensible choice.'],
        [
          'u',
          'Pieter also told me that he and Ines are expecting a baby in September. A third grandchild! Marleen has already started knitting.',
        ],
        ['a', 'Congratulations to you both!'],
        [
          'u',
          'What would be a good gift for an expectant father who is also, frankly, rather useless with his hands?',
        ],
        [
          'a',
          'A good book on baby sleep, a baby carrier, or a voucher for a meal delivery service for the first weeks.',
        ],
        ['u', 'Ha. The book about baby sleep will do. He will need it more than a toolbox.'],
        ['a', 'He will thank you at three in the morning.'],
        ['u', 'Thank you. I shall go to the bookshop this afternoon.'],
        ['a', 'Enjoy!'],
      ],
    },
    {
      start: '2025-04-08 16:00',
      lines: [
        [
          'u',
          'Good afternoon. A change of plan for the summer: the Ardennes are off. An old colleague told me about the steam railway in the Harz mountains, and Marleen has agreed that we go to Wernigerode in Germany instead, in July.',
          'n_holiday_harz',
        ],
        ['a', 'The Harz narrow-gauge railways! That is a dream trip for a railwayman.'],
        [
          'u',
          'The Brocken line, yes. Steam, narrow gauge, climbing to over 1,100 metres. I have wanted to see it since the Wall came down.',
        ],
        ['a', 'It is a spectacular line. Do you need help planning?'],
        [
          'u',
          'Could you help me find a hotel in Wernigerode? We need a lift or a ground-floor room, because of my knee.',
          'n_harz_hotel',
        ],
        [
          'a',
          'Three possibilities: 1) Hotel Altstadtblick in the old town, with a lift, about 110 euros a night; 2) Hotel Harzer Bahnhof right next to the station, ground-floor rooms, about 95 euros; 3) a spa hotel outside town, about 150 euros.',
        ],
        [
          'u',
          'The one beside the station, naturally. I wish to hear the locomotives in the morning.',
          'n_pick_hotel',
        ],
        ['a', 'A perfect fit. Shall I draft a booking email?'],
        ['u', 'Yes, please. Seven nights from the 6th of July, a double room on the ground floor.'],
        [
          'a',
          '"Dear Sir or Madam, I would like to reserve a double room on the ground floor for seven nights, from 6 to 13 July. Could you confirm availability and the price? Kind regards, Norbert."',
        ],
        ['u', 'How long a drive is it from Ghent?'],
        ['a', 'About 600 kilometres, six to seven hours without long stops.'],
        [
          'u',
          'We shall break the journey in Kassel, perhaps. I do not drive more than three hours in a day any more.',
        ],
        ['a', 'Kassel is roughly halfway, a sensible stop.'],
        [
          'u',
          'Marleen wants to know whether she will find vegetarian food there. She is wary of German cooking.',
        ],
        [
          'a',
          'There are several restaurants with vegetarian dishes, and many cafés offer potato and vegetable plates.',
        ],
        [
          'u',
          'Good, I shall tell her. The dog will stay with Annelies and the children, who are already quarrelling about who will walk him.',
        ],
        ['a', 'Fons will be spoiled!'],
      ],
    },
    {
      start: '2025-05-13 20:00',
      lines: [
        [
          'u',
          'Good evening. A proud moment: I finished the station building for the layout today. Two years of card and matchsticks, and it finally sits in its place.',
          'n_station_done',
        ],
        ['a', 'Congratulations, Norbert! That is a real milestone.'],
        [
          'u',
          'Lighting comes next. I should like warm white LEDs in the waiting room. Do I need a resistor for each one?',
        ],
        [
          'a',
          'Usually yes, each LED needs a resistor to limit the current, unless you buy LEDs with the resistor already built in.',
        ],
        ['u', 'Explain it as you would to a signalman, please, not to an engineer.'],
        [
          'a',
          'Think of the resistor as a signal at caution: it lets the train through, but slowly enough that it does not crash. Without it, the current rushes in and the LED burns out.',
        ],
        [
          'u',
          'That I understand. Sofie will check my soldering on Thursday at the club in any case.',
          'n_club_thu2',
        ],
        ['a', 'Good to have a second pair of eyes.'],
        [
          'u',
          "Marleen's choir gives a concert in Sint-Baafs cathedral on the 1st of June. I am told I must wear a tie.",
        ],
        ['a', 'A worthy occasion for a tie!'],
        [
          'u',
          'Also, I have been asked to give a short talk at the club about working the box at Melle. How long may a talk be before old men fall asleep?',
        ],
        ['a', 'Fifteen to twenty minutes, with pictures, and then questions.'],
        ['u', 'Twenty minutes, then, and I shall bring photographs. In an album, mind you.'],
        ['a', 'An album is perfect for passing round.'],
        [
          'u',
          'Would you help me with an opening line? Something about the night shift in the winter of 1983.',
        ],
        [
          'a',
          '"In the winter of 1983, at three in the morning, the only warm things in Melle were the stove and the levers."',
        ],
        ['u', 'Very good. I may steal that outright. Good night.'],
        ['a', 'It is yours. Good night!'],
      ],
    },
    {
      start: '2025-06-17 10:00',
      lines: [
        [
          'u',
          'Good morning. Three weeks until the Harz. I have booked our tickets for the Brocken train for the 9th of July.',
          'n_harz2',
        ],
        ['a', 'How exciting! Sit on the right side going up for the best views.'],
        [
          'u',
          'I am having the Yaris serviced before the long drive. Is there anything in particular I should ask them to check?',
          'n_yaris3',
        ],
        ['a', 'Ask them to check tyres and tyre pressure, brakes, wipers, lights, and the 12-volt battery.'],
        ['u', 'Tyres, yes. Good. I shall write it down.'],
        ['a', 'And pack a warning triangle and vests, which are mandatory in Germany.'],
        [
          'u',
          'The concert was lovely, by the way. Marleen sang a solo of eight bars and I may have wept a little.',
        ],
        ['a', 'That is beautiful. Eight bars can be a lot!'],
        ['u', 'Bram has started at the swimming club this month. He is four and swims better than I do.'],
        ['a', 'Good for him!'],
        [
          'u',
          'Could you write me a short list of German phrases for the hotel and restaurants? My German is from military service fifty years ago, and mostly about lorries.',
        ],
        [
          'a',
          '"Guten Tag", "Ich habe reserviert", "Die Rechnung, bitte", "Haben Sie vegetarische Gerichte?", "Ein Bier, bitte", "Wo ist der Bahnhof?"',
        ],
        ['u', 'Very useful. How does one say "Is this seat taken?" on a train?'],
        ['a', '"Ist dieser Platz frei?"'],
        ['u', 'Ist dieser Platz frei. I shall practise on Fons.'],
        ['a', 'He will be an attentive listener.'],
        ['u', 'Thank you for all your help these months. You are more patient than most at the club.'],
        ['a', 'It has been a pleasure, Norbert. Enjoy the trip!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which real station am I recreating with the layout in my attic?', ['n_layout']],
    ['single-hop', 'What did I decide to get Lotte when she turned eight?', ['n_pick_starmap', 'n_starmap2']],
    [
      'single-hop',
      'Where was the box I worked in at the end of my railway career?',
      ['n_signalbox', 'n_levers'],
    ],
    ['single-hop', 'What kind of dog do we have, and what is he called?', ['n_dog']],
    ['single-hop', 'Which place did I choose to stay at for the German trip?', ['n_pick_hotel']],
    [
      'multi-hop',
      'Added together, how much did I pay for the green diesel locomotive and the digital control system?',
      ['n_loco_price', 'n_z21_price'],
    ],
    ['multi-hop', 'In which cities do my son and my daughter live?', ['n_daughter_leuven', 'n_son_antwerp']],
    [
      'temporal',
      'How long ago did I complete the station building for the layout?',
      ['n_station_done'],
      { askedAt: '2025-07-20 10:00' },
    ],
    [
      'temporal',
      'How many months ago did the club exhibit at the show in Mechelen?',
      ['n_mechelen_plan', 'n_mechelen'],
      { askedAt: '2025-07-20 10:05' },
    ],
    [
      'updated',
      'What car do I drive at the moment?',
      ['n_yaris', 'n_yaris2', 'n_yaris3'],
      { stale: ['n_opel1'] },
    ],
    [
      'updated',
      'On which evening of the week does the Kring get together these days?',
      ['n_club_thu', 'n_club_thu2'],
      { stale: ['n_club_wed', 'n_club_wed2'] },
    ],
    [
      'updated',
      'Where are Marleen and I spending our week away this July?',
      ['n_holiday_harz', 'n_harz_hotel', 'n_harz2'],
      { stale: ['n_holiday_durbuy'] },
    ],
    ['off-topic', 'How do I get candle wax out of a tablecloth?', []],
    ['off-topic', 'Could you explain the offside rule in football?', []],
    ['off-topic', 'Why is seawater salty?', []],
  ],
});

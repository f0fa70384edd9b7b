import { definePersona } from '../author.ts';

export const ottilie = definePersona({
  user_id: 'h13-ottilie',
  name: 'Ottilie',
  summary:
    'Ottilie, 45, is a German-born textile conservator at a museum in Edinburgh, married to her wife Fiona, and a year-round wild swimmer; she writes in precise, formal, complete sentences.',
  language: 'en',
  sessions: [
    {
      start: '2024-01-14 09:10',
      lines: [
        [
          'u',
          'Good morning. I would like some help drafting a short email to my team regarding the schedule for a condition survey.',
        ],
        ['a', 'Of course. Who is it going to, and what needs to be in it?'],
        [
          'u',
          'For context: I am the senior textile conservator at the National Museum here in Edinburgh. The survey concerns four Flemish tapestries that have been in off-site storage since 2019.',
          'o_job',
        ],
        [
          'a',
          'Thank you. Here is a first draft: "Dear all, I would like to begin the condition survey of the four Flemish tapestries…"',
        ],
        [
          'u',
          'That is a little too warm in tone. Please make it more concise and remove the exclamation mark.',
        ],
        [
          'a',
          'Understood. Revised: "Dear all, the condition survey of the Flemish tapestries will begin on Monday. Please confirm your availability by Friday."',
        ],
        [
          'u',
          'Much better. On an unrelated matter, I swam at Portobello this morning. The water was 6.2 degrees, which I have entered in my log.',
        ],
        ['a', 'That is bracing. How long were you in?'],
        [
          'u',
          'Eleven minutes. I wear a wetsuit, gloves and boots at this time of year; I am not yet brave enough to swim in only a costume in January.',
        ],
        ['a', 'Sensible. Many winter swimmers build up to it gradually.'],
        [
          'u',
          'I cycle to work along the Water of Leith path afterwards, so I am usually very awake by the time I arrive at Chambers Street.',
          'o_bike1',
        ],
        ['a', 'That sounds like a pleasant route, if a chilly one.'],
        [
          'u',
          'It is. The less pleasant part is carrying the bicycle up to our flat in Leith, which is on the third floor and has no lift.',
          'o_home1',
        ],
        ['a', 'A daily strength session, then. Is there no bike storage in the stair?'],
        [
          'u',
          'There is not. The factor has promised one for three years. My wife Fiona says I should simply accept it as training.',
        ],
        ['a', 'Fiona sounds pragmatic.'],
        [
          'u',
          'She is an architect, so she has strong opinions about stairwells. Our cat, Brahms, likes to sit at the top of them and judge me.',
          'o_cat',
        ],
        ['a', 'Brahms sounds like a dignified supervisor. Shall I finalise the email with a specific date?'],
        ['u', 'Yes, please set the start date to Monday the 22nd of January and sign it "Ottilie".'],
        [
          'a',
          'Done: "Dear all, the condition survey of the Flemish tapestries will begin on Monday 22 January. Please confirm your availability by Friday. Ottilie"',
        ],
        ['u', 'Thank you. That will do very nicely.'],
        ['a', 'You are welcome. Enjoy the rest of your Sunday.'],
      ],
    },
    {
      start: '2024-02-03 19:40',
      lines: [
        [
          'u',
          'Good evening. I need to telephone my mother tomorrow and would like to order my thoughts first.',
        ],
        ['a', 'Of course. What would you like to discuss with her?'],
        [
          'u',
          'She is 78 and still lives alone in her flat in Freiburg, on the fourth floor of an old building in the Wiehre. My sister and I are both worried about the stairs.',
          'o_mum1',
        ],
        ['a', 'That is a common concern. Is she open to talking about it?'],
        [
          'u',
          'Not especially. She considers the subject closed. My sister Annegret lives in Hamburg, so neither of us is nearby.',
        ],
        [
          'a',
          'Perhaps start with practical questions rather than proposals: how she manages the shopping, whether she has help.',
        ],
        [
          'u',
          'That is a sensible approach. I shall ask about the shopping first and not mention the word "Heim" at all.',
        ],
        ['a', 'Good idea. It keeps the conversation about her needs rather than a decision.'],
        [
          'u',
          'Separately, could you suggest something warm for dinner? Fiona is working late and I have leeks, potatoes and a piece of smoked haddock.',
        ],
        [
          'a',
          'Cullen skink would be ideal: leeks or onion, potatoes, smoked haddock, milk, a little butter. About 40 minutes.',
        ],
        ['u', 'How appropriate for a German in Scotland. I shall make it.'],
        ['a', 'It is very forgiving. Add the fish late so it stays in flakes.'],
        [
          'u',
          "One more question. My fingers went white and numb after Thursday's swim and took nearly an hour to recover. My GP says it is Raynaud's phenomenon.",
          'o_raynaud',
        ],
        [
          'a',
          "Raynaud's is common among cold-water swimmers. Warm gradually, keep gloves on, and avoid very hot water on the hands straight away.",
        ],
        ['u', 'She advised the same. I have ordered thicker neoprene gloves.'],
        ['a', 'Good. Do mention it to your swim companions so they know what to look for.'],
        [
          'u',
          'I swim with a small group on Tuesday and Thursday mornings; they are very attentive. Thank you.',
        ],
        ['a', 'Good luck with the call to your mother.'],
      ],
    },
    {
      start: '2024-02-25 16:05',
      lines: [
        [
          'u',
          'Fiona and I have our tenth wedding anniversary on the 9th of March. I would like to book dinner somewhere memorable in Edinburgh.',
        ],
        [
          'a',
          'Congratulations. Three options: 1) The Little Chartroom in Leith, relaxed and seasonal; 2) Timberyard, Scandinavian-influenced tasting menu in a warehouse; 3) The Kitchin, classic fine dining on the Shore.',
        ],
        [
          'u',
          'The second one, I think. Fiona admires the building, and the set menu spares us a long discussion.',
          'o_anniv_pick',
        ],
        ['a', 'Timberyard it is. Would you like help wording the booking request?'],
        ['u', 'Yes, please. Mention that it is our anniversary and that I do not eat pork.'],
        [
          'a',
          '"Dear Timberyard, I would like to reserve a table for two on Saturday 9 March at 7.30 pm for our tenth anniversary. Please note that one guest does not eat pork."',
        ],
        [
          'u',
          "Perfect. I do not eat pork for no particular religious reason; I simply never acquired the taste, to my father's lasting disappointment.",
        ],
        ['a', 'A perfectly good reason. Is there anything else for the evening?'],
        ['u', 'I should like a small gift as well. She collects old maps of the Forth.'],
        [
          'a',
          'An antique map dealer such as the one in the West Port might have something. Or a framed reproduction.',
        ],
        [
          'u',
          'I will go on Saturday. Our flat in Leith has very little wall space left, but one more frame will fit in the hall.',
          'o_home2',
        ],
        ['a', 'The hall sounds like the right place. Do you know the period she prefers?'],
        ['u', 'Eighteenth century, ideally with soundings marked. She is particular.'],
        ['a', 'A chart with soundings would suit her perfectly.'],
        [
          'u',
          "Also, I must tell you that Fiona's sister Morag is coming to stay with us from Stirling that weekend, so the dinner must be on the Saturday.",
          'o_morag',
        ],
        ['a', 'Noted. Saturday the 9th works well, then.'],
        ['u', 'Good. Thank you for your help.'],
        ['a', 'My pleasure. I hope it is a lovely anniversary.'],
      ],
    },
    {
      start: '2024-03-19 07:55',
      lines: [
        [
          'u',
          'Good morning. A brief report: the anniversary dinner was excellent, and Fiona was delighted with the chart.',
        ],
        ['a', 'Wonderful to hear. Did Morag enjoy her stay?'],
        [
          'u',
          'Very much. She brought her springer spaniel, Haggis, who ate a corner of our doormat and was forgiven immediately.',
          'o_haggis',
        ],
        ['a', 'Spaniels do tend to be forgiven. How did Brahms take it?'],
        [
          'u',
          'Brahms retreated to the top of the wardrobe for two days. He has since recovered his dignity.',
        ],
        ['a', 'A classic cat response.'],
        [
          'u',
          'I need to write a short label text for an exhibition: a seventeenth-century embroidered casket. Eighty words, for a general audience.',
        ],
        [
          'a',
          'Here is a draft: "This casket was embroidered by a girl of about twelve in the 1660s. Every surface tells a story…"',
        ],
        [
          'u',
          'That is good, but "tells a story" is a cliché. Please replace it with something concrete about the silk.',
        ],
        [
          'a',
          'Revised: "Every surface is worked in coloured silks and metal thread, some still bright after 350 years…"',
        ],
        ['u', 'Better. I will adjust the final sentence myself.'],
        ['a', 'Of course.'],
        [
          'u',
          'The weather has finally improved and I cycled in along the Water of Leith again this morning without gloves.',
          'o_bike2',
        ],
        ['a', 'Spring must be arriving. How is the water temperature?'],
        ['u', 'Eight degrees last Thursday. Still a wetsuit for me.'],
        ['a', 'It will climb quickly from here.'],
        [
          'u',
          'I hope so. I have signed up for the Loch Tay two-kilometre swim in August and need to train in longer distances.',
        ],
        ['a', 'That is a good goal. Would you like a training plan?'],
        ['u', 'Perhaps later. For now, thank you for the label.'],
        ['a', 'You are welcome.'],
      ],
    },
    {
      start: '2024-05-14 18:20',
      lines: [
        [
          'u',
          'Today, the fourteenth of May, we completed the treatment of the largest of the Flemish tapestries, after fourteen months of work. I wanted to tell someone.',
          'o_tapestry',
        ],
        ['a', 'Congratulations! That is a huge milestone. How does it look?'],
        [
          'u',
          'Stable and clean, which is all a conservator may say without sounding vain. It is going on display in the autumn.',
        ],
        ['a', 'You are allowed to be proud. What was the most difficult part?'],
        [
          'u',
          'The wet cleaning. The tapestry is nearly five metres wide and we had to hire a specialist facility in Belgium for it.',
        ],
        ['a', 'That must have involved considerable logistics.'],
        [
          'u',
          'It did. Now to more prosaic matters: I need to reply to my mother, who has written me a long letter.',
        ],
        ['a', 'How is she?'],
        [
          'u',
          'She is still in the fourth-floor flat in Freiburg and insists she is managing perfectly well, though she admits to having stopped carrying her own shopping.',
          'o_mum2',
        ],
        ['a', 'That is some progress. Would you like help with the reply?'],
        [
          'u',
          'I will write it in German myself, thank you. But I would like your view on whether to suggest a delivery service.',
        ],
        ['a', 'It seems like a gentle and practical step that preserves her independence.'],
        [
          'u',
          'Agreed. Also, I bought a changing robe at last. It cost £145, which Fiona considers absurd for what is essentially a wearable tent.',
          'o_robe',
        ],
        ['a', 'They are very useful on cold mornings. Do you like it?'],
        ['u', 'I do. I shall wear it with great dignity.'],
        ['a', 'I am sure you will.'],
        ['u', 'Finally, a recipe request: something with asparagus that does not involve hollandaise.'],
        [
          'a',
          'Try roasted asparagus with a brown-butter and lemon dressing, topped with a soft-boiled egg and toasted hazelnuts.',
        ],
        ['u', 'That sounds suitable. Thank you.'],
        ['a', 'Enjoy it, and congratulations again on the tapestry.'],
      ],
    },
    {
      start: '2024-06-08 20:15',
      lines: [
        [
          'u',
          'Good evening. I have just returned from the textile conservation meeting in Amsterdam, where I gave a paper on the tapestry wet-cleaning.',
          'o_amsterdam',
        ],
        ['a', 'Welcome back! How was it received?'],
        [
          'u',
          'Well, I think. There were two questions I could not answer completely, which I regard as a good sign.',
        ],
        ['a', 'It means people were engaged. Did you have time to see the city?'],
        [
          'u',
          'A little. I went to the Rijksmuseum textile store, which was a privilege. I also ate far too many stroopwafels.',
        ],
        ['a', 'A worthy use of time.'],
        [
          'u',
          'Less worthy news: my bicycle was stolen from outside the flat while I was away. The lock was cut.',
        ],
        ['a', 'I am sorry. That is very frustrating. Have you reported it?'],
        [
          'u',
          'Yes, to the police, for the insurance. I have decided not to replace it for now; I am taking the bus to work instead and reading on the way.',
          'o_bus',
        ],
        ['a', 'That is a reasonable alternative. Which route?'],
        ['u', 'The 22 from Leith Walk. It is slower but I have finished one novel already.', 'o_bus_22'],
        ['a', 'A silver lining.'],
        [
          'u',
          'Also, I have stopped wearing the wetsuit. The water is twelve degrees and I swim in only a costume now, with gloves for my hands.',
        ],
        ['a', 'That is a big step. How does it feel?'],
        ['u', 'Extraordinary, for the first two minutes, and then very calm.'],
        ['a', 'Many swimmers describe it exactly like that.'],
        [
          'u',
          'Fiona and I are also discussing moving house. She would like to be nearer the sea, which I find difficult to argue with.',
        ],
        ['a', 'That is exciting. Have you looked at any areas?'],
        ['u', 'Portobello, naturally. We have a viewing on Saturday.'],
        ['a', 'Good luck with the viewing.'],
      ],
    },
    {
      start: '2024-07-06 10:30',
      lines: [
        [
          'u',
          "We have moved. Since last Saturday we live in a terraced house in Portobello, four minutes' walk from the promenade.",
          'o_moved',
        ],
        ['a', 'Congratulations! That was fast. How are you settling in?'],
        ['u', 'Surrounded by boxes, but content. Brahms has claimed the bay window in the front room.'],
        ['a', 'Naturally. Is there anything I can help with?'],
        ['u', 'Yes. I need a checklist of whom to notify about a change of address in Scotland.'],
        [
          'a',
          'Here is a list: council tax, GP, bank, employer payroll, DVLA if you drive, TV licence, insurers, electoral register, HMRC, pension providers, and Royal Mail redirection.',
        ],
        ['u', 'Thank you. We do not drive, so I can skip the DVLA.'],
        ['a', 'Then you are nearly done after the council and the bank.'],
        [
          'u',
          'The bus is now the 26 from Portobello High Street, which takes me almost to the museum door. I do not miss the bicycle as much as I expected.',
          'o_bus2',
        ],
        ['a', 'That is convenient. Does it take long?'],
        ['u', 'About thirty-five minutes. Long enough for two chapters.'],
        ['a', 'Very civilised.'],
        [
          'u',
          'The best part is that I can now swim before breakfast every day if I wish. This morning the sea was fourteen degrees.',
        ],
        ['a', 'That sounds ideal. Any plans for the garden?'],
        ['u', 'Fiona wants a herb bed. I want a place to hang wet swimming things that is not the bathroom.'],
        ['a', 'A small covered rail by the back door could work for both of you.'],
        ['u', 'That is an excellent suggestion. I will propose it as my idea.'],
        ['a', 'Your secret is safe with me.'],
      ],
    },
    {
      start: '2024-08-11 17:45',
      lines: [
        [
          'u',
          'I completed the Loch Tay swim yesterday, the tenth of August: two kilometres in forty-nine minutes.',
          'o_lochtay',
        ],
        ['a', 'Congratulations! That is a very good time. How were the conditions?'],
        ['u', 'Choppy for the first half, then calm. Fiona waited at the finish with tea and a blanket.'],
        ['a', 'The perfect support team.'],
        [
          'u',
          'I also bought new neoprene boots for the event; the old ones had split. They cost £38.',
          'o_boots',
        ],
        ['a', 'Worth it if they kept your feet warm.'],
        [
          'u',
          'They did. Now, a more serious subject. My mother has moved into an assisted-living residence in Freiburg-Littenweiler. She agreed to it herself after a fall in July.',
          'o_mum_moved',
        ],
        ['a', 'I am sorry to hear about the fall. Is she all right?'],
        [
          'u',
          'A bruised hip, nothing broken. She says the residence is "acceptable", which from her is high praise.',
        ],
        ['a', 'That sounds like a good outcome in the circumstances.'],
        ['u', 'Annegret cleared the old flat. I feel guilty that I was not there to help.'],
        ['a', 'That is understandable. Could you plan a visit soon?'],
        [
          'u',
          'I intend to go in October. Could you suggest the most practical route from Edinburgh to Freiburg?',
        ],
        [
          'a',
          'Options: 1) fly Edinburgh–Basel with easyJet and take the train (45 min) to Freiburg; 2) fly to Frankfurt and take the ICE (2 hours); 3) fly to Zurich and take the train (about 2 hours).',
        ],
        ['u', 'The first option. Basel is the closest, and I know the station well.', 'o_route_pick'],
        ['a', 'Good choice. Would you like help finding flights?'],
        ['u', 'Not yet. I will wait until my leave is approved.'],
        ['a', 'Of course. Congratulations again on Loch Tay.'],
      ],
    },
    {
      start: '2024-09-01 08:40',
      lines: [
        [
          'u',
          'Good morning. I need to write a short formal note to our new director, welcoming her to the museum on behalf of the conservation department.',
        ],
        ['a', 'Certainly. What is her name, and what would you like to emphasise?'],
        [
          'u',
          'Dr Helen Okafor. I would like to emphasise that we are keen to show her the textile studio early.',
        ],
        [
          'a',
          'Draft: "Dear Dr Okafor, on behalf of the conservation department, welcome to the museum. We would be delighted to show you the textile studio at your earliest convenience…"',
        ],
        ['u', 'That is good. Please add that the large tapestry will go on display in November.'],
        [
          'a',
          'Added: "…You may be interested to know that the largest of our Flemish tapestries will go on display in November, following its recent treatment."',
        ],
        ['u', 'Thank you. I will send it from the bus, which has become my office.', 'o_bus3'],
        ['a', 'The 26 seems to be serving you well.'],
        [
          'u',
          'It is. A colleague has suggested I buy an electric bicycle, but I find I prefer not to arrive at work out of breath.',
        ],
        ['a', 'A fair point.'],
        [
          'u',
          "Another matter: Fiona's birthday is on the 20th. I would like ideas for a present that is not a map.",
        ],
        [
          'a',
          'Some ideas: 1) a letterpress workshop for two; 2) a good pair of binoculars for the promenade; 3) a weekend in the Cairngorms.',
        ],
        [
          'u',
          'The binoculars. She has been watching the seals off the beach with my opera glasses, which is undignified for both of us.',
          'o_gift_pick',
        ],
        ['a', 'Binoculars it is. A compact 8x42 would be a good all-round choice.'],
        ['u', 'Noted. I will go to the shop on Rose Street.'],
        ['a', 'Good luck.'],
        ['u', "And Brahms has discovered the neighbours' cat flap, which is a diplomatic problem."],
        ['a', 'Perhaps a microchip cat flap on their side would solve it.'],
        ['u', 'I will raise it with them, tactfully.'],
        ['a', 'Tact is probably essential.'],
      ],
    },
    {
      start: '2024-09-29 15:10',
      lines: [
        ['u', 'Good afternoon. I would like to plan a small dinner for six people next Saturday at home.'],
        ['a', 'Lovely. Any dietary requirements among the guests?'],
        [
          'u',
          'One vegetarian, and of course no pork for me. Our kitchen in the Portobello house is small but the dining room is generous.',
          'o_home_porty2',
        ],
        [
          'a',
          'Suggestion: a mushroom and chestnut pie as the main, with roasted root vegetables, and a lemon posset for dessert.',
        ],
        ['u', 'That sounds suitable for October. Could you give me quantities for six?'],
        [
          'a',
          'Pie: 800 g mixed mushrooms, 200 g cooked chestnuts, 2 onions, 300 ml stock, a sheet of puff pastry. Posset: 600 ml double cream, 150 g sugar, 3 lemons.',
        ],
        [
          'u',
          'Thank you. The guests are two colleagues from the museum and Morag, who is bringing her new partner.',
        ],
        ['a', 'It should be a pleasant mix.'],
        [
          'u',
          'I hope so. I have also begun to swim with a new group that meets at the end of the promenade at seven, the "Porty Selkies".',
        ],
        ['a', 'A good name. Are they a large group?'],
        [
          'u',
          "About fifteen regulars. They are less attentive than my old group, so I have told them about my Raynaud's.",
        ],
        ['a', 'Very sensible.'],
        ['u', 'My leave for Freiburg has been approved: I fly to Basel on the 17th of October.'],
        ['a', 'Good. How long will you stay?'],
        ['u', "Five days. I will stay in a guesthouse near my mother's residence.", 'o_mum_res'],
        ['a', 'That should let you visit every day.'],
        ['u', 'That is the intention. Thank you for the menu.'],
        ['a', 'You are welcome. Enjoy the dinner.'],
      ],
    },
    {
      start: '2024-10-20 21:00',
      lines: [
        ['u', 'Good evening. I am in Freiburg and wanted to note a few things while they are fresh.'],
        ['a', 'Of course. How is your mother?'],
        [
          'u',
          'Better than I feared. She has a room with a balcony at the assisted-living residence in Littenweiler and has already quarrelled with the activities coordinator.',
          'o_mum3',
        ],
        ['a', 'That sounds like she is settling in on her own terms.'],
        [
          'u',
          'Quite. She asked me to bring her some Scottish shortbread next time, which I regard as a concession to my life choices.',
        ],
        ['a', 'A sweet gesture.'],
        [
          'u',
          'I would like to write a thank-you card to the care staff. Could you help me with German phrasing? Formal but warm.',
        ],
        [
          'a',
          'Perhaps: "Liebes Team, herzlichen Dank für die freundliche Aufnahme meiner Mutter und Ihre aufmerksame Betreuung. Mit herzlichen Grüßen, Ottilie"',
        ],
        [
          'u',
          'That is good, though I would write "Sehr geehrtes Team" for the first card. My German has become slightly Scottish.',
        ],
        ['a', 'You are the expert there.'],
        ['u', 'I also visited the Augustinermuseum. Their textile collection is small but very fine.'],
        ['a', 'Did anything stand out?'],
        ['u', 'A fourteenth-century altar cloth with extraordinary underside couching. I took notes.'],
        ['a', 'That sounds remarkable.'],
        ['u', 'I have eaten Flammkuchen three times in four days. Fiona would disapprove.'],
        ['a', 'You are on holiday; Flammkuchen is allowed.'],
        ['u', 'Without bacon, of course. I fly back from Basel on Tuesday.'],
        ['a', 'Safe travels home.'],
      ],
    },
    {
      start: '2024-11-10 11:25',
      lines: [
        [
          'u',
          'Good morning. The tapestry opened to the public on Friday. There was a small reception and the director made a kind speech.',
        ],
        ['a', 'Congratulations! That must have been very satisfying.'],
        ['u', 'It was. Fiona came, and Morag, and even Annegret flew over from Hamburg.'],
        ['a', 'A real family occasion.'],
        [
          'u',
          'I would like your help with a short thank-you email to the Belgian facility that did the wet cleaning.',
        ],
        [
          'a',
          'Draft: "Dear colleagues, the tapestry you cleaned for us in early 2024 went on display last week. We are grateful for your expertise and care…"',
        ],
        ['u', 'Good. Please add that I will send photographs of the installation.'],
        ['a', 'Added: "…I will send photographs of the installation shortly."'],
        [
          'u',
          'Thank you. On another topic, the sea is now nine degrees. I am still swimming in a costume, though my hands suffer.',
        ],
        ['a', "Be careful with the Raynaud's as the water gets colder."],
        ['u', 'I am. I keep the thick gloves on and never stay in longer than ten minutes now.'],
        ['a', 'That seems wise.'],
        [
          'u',
          'Brahms caught a mouse in the new house for the first time. He presented it to Fiona, who screamed.',
        ],
        ['a', 'A proud moment for Brahms, perhaps less so for Fiona.'],
        ['u', 'Indeed. Could you suggest a winter soup that uses up a large squash?'],
        [
          'a',
          'Roasted squash soup with smoked paprika and a swirl of crème fraîche, or a squash and red lentil soup with ginger.',
        ],
        ['u', 'The lentil version, please. Fiona prefers things with a little heat.', 'o_soup_pick'],
        [
          'a',
          'Here it is: roast 1 kg squash, soften an onion with ginger and chilli, add 150 g red lentils and a litre of stock, simmer 20 minutes, blend.',
        ],
        ['u', 'Thank you. That is all for today.'],
        ['a', 'Enjoy your Sunday.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What is the name of our cat?', ['o_cat']],
    ['single-hop', 'Which restaurant did I choose for our tenth anniversary dinner?', ['o_anniv_pick']],
    [
      'single-hop',
      'What condition did my doctor diagnose after my hands went numb from the cold?',
      ['o_raynaud'],
    ],
    [
      'single-hop',
      'Which route to Freiburg did I decide on when planning the visit to my mother?',
      ['o_route_pick'],
    ],
    ['single-hop', 'What did I decide to give Fiona for her birthday?', ['o_gift_pick']],
    ['multi-hop', "What breed is my sister-in-law's dog, and what is it called?", ['o_morag', 'o_haggis']],
    [
      'multi-hop',
      'How much did I spend altogether on the changing robe and the replacement neoprene boots?',
      ['o_robe', 'o_boots'],
    ],
    [
      'temporal',
      'How long ago did we finish treating the big Flemish tapestry?',
      ['o_tapestry'],
      { askedAt: '2024-11-20 10:00' },
    ],
    [
      'temporal',
      'Which came first: presenting my paper in the Netherlands or the Loch Tay event?',
      ['o_amsterdam', 'o_lochtay'],
      { askedAt: '2024-11-20 10:05' },
    ],
    [
      'updated',
      'Where do Fiona and I live at the moment?',
      ['o_moved', 'o_bus2', 'o_home_porty2'],
      { stale: ['o_home1', 'o_home2'] },
    ],
    [
      'updated',
      'How do I get to the museum these days?',
      ['o_bus', 'o_bus_22', 'o_bus2', 'o_bus3'],
      { stale: ['o_bike1', 'o_bike2'] },
    ],
    [
      'updated',
      'Where is my mother living now?',
      ['o_mum_moved', 'o_mum_res', 'o_mum3'],
      { stale: ['o_mum1', 'o_mum2'] },
    ],
    ['off-topic', 'Why does the sky look blue during the day?', []],
    ['off-topic', 'How do I change a flat tyre on a car?', []],
    ['off-topic', 'What is the difference between a virus and a bacterium?', []],
  ],
});

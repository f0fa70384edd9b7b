import { definePersona } from '../author.ts';

export const magnus = definePersona({
  user_id: 'h7-magnus',
  name: 'Magnus',
  summary:
    'Magnus Lindqvist, 66, retired marine engineer near Gothenburg, widower, writes long polite messages; has a dachshund, a wooden folkboat, a daughter Karin in Stockholm with two grandchildren; changes blood-pressure tablets, phone and home, joins a choir and meets Birgitta.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-12 10:05',
      lines: [
        [
          'u',
          'Good morning. I hope you will forgive an old man for asking a simple question. The letters on my telephone are far too small, and I would like to make them larger. It is a Samsung Galaxy S9, rather old now, and the screen has a crack across one corner since I dropped it on the jetty in the autumn.',
          'm_phone_old',
        ],
        [
          'a',
          'Good morning, and no need to apologise! On a Galaxy S9, open Settings, then Display, then "Font size and style". Drag the slider to the right. You can also turn on "Screen zoom" on the same page to make everything bigger.',
        ],
        [
          'u',
          "That worked splendidly. Now I can read my daughter's messages without hunting for my glasses every time.",
        ],
        ['a', 'Wonderful. Is there anything else on the phone that bothers you?'],
        [
          'u',
          'The battery is dreadful. It barely lasts until lunch. My daughter Karin says I should buy a new one, but I am a marine engineer by training, retired now, and I dislike throwing away machines that still work.',
        ],
        [
          'a',
          'A very sensible instinct. A battery replacement at a repair shop usually costs 500–800 kronor for an S9, which could give it another year or two. The crack may make that repair a little harder, though.',
        ],
        [
          'u',
          'I shall consider it. In the meantime, Bosse is staring at me because it is time for his walk. He is a wire-haired dachshund, nine years old, and he has strong opinions about punctuality.',
          'm_dog',
        ],
        ['a', 'Ha! Dachshunds are famous for that. Enjoy the walk, is it cold where you are?'],
        [
          'u',
          'Minus four and grey, typical January in Mölndal. The house is quiet in winter. I have lived here in the same red house for thirty-one years.',
          'm_home_old',
        ],
        ['a', 'Thirty-one years is a long time in one home. It must hold many memories.'],
        [
          'u',
          'It does. My wife Ingrid planted the apple trees in the garden. She passed away in 2021, and I still prune them the way she liked.',
        ],
        ['a', 'I am sorry for your loss. Caring for her trees sounds like a lovely way to remember her.'],
        ['u', 'Thank you, that is kind. Now, Bosse insists. Good day to you.'],
        ['a', 'Good day, Magnus, and greetings to Bosse.'],
        [
          'u',
          'Forgive me, one more thing before we go. How do I stop the telephone from ringing during the night? It woke me twice with advertisements.',
        ],
        [
          'a',
          'Open Settings, then Notifications, then "Do not disturb". Set a schedule, for example 22:00 to 07:00, and allow calls from favourites such as Karin.',
        ],
        ['u', 'Splendid. Karin shall be a favourite, the advertisers shall not.'],
        ['a', 'A wise hierarchy!'],
      ],
    },
    {
      start: '2025-02-09 19:20',
      lines: [
        [
          'u',
          'Good evening. I visited the vårdcentral on Thursday, and the doctor found my blood pressure too high, 165 over 95. She has put me on amlodipine, five milligrams each morning.',
          'm_med_old',
        ],
        [
          'a',
          'Thank you for sharing that. Amlodipine is a very common first medication for blood pressure. Did she suggest anything else, like diet or exercise?',
        ],
        [
          'u',
          'Less salt, she said, and fewer sausages. I confess that since Ingrid died my cooking has been rather simple: falukorv, potatoes, and pickled herring on Sundays.',
        ],
        [
          'a',
          'That is very understandable. Both falukorv and pickled herring are quite salty. We could find a few simple, tasty dishes that are lower in salt, if you like.',
        ],
        ['u', 'Yes, please. Nothing complicated, mind you. I can manage a frying pan and an oven.'],
        [
          'a',
          'Three easy ones: 1) oven-baked salmon with lemon, dill and boiled potatoes; 2) a chicken and vegetable tray bake with herbs instead of salt; 3) lentil soup with carrots and a spoon of crème fraiche.',
        ],
        ['u', 'The salmon, naturally. I grew up on the west coast. I shall try it tomorrow.'],
        ['a', 'A good choice. Season with lemon, pepper and dill, and you will not miss the salt much.'],
        ['u', 'Are there side effects to this amlodipine I ought to watch for?'],
        [
          'a',
          'The common ones are swollen ankles, flushing, headache and sometimes dizziness when standing up quickly. If ankles swell noticeably, tell your doctor; there are alternatives.',
        ],
        ['u', 'Very good, I shall keep an eye on my ankles. Bosse will keep an eye on my salmon, I suspect.'],
        ['a', 'Ha, no doubt. Good luck with the new routine, Magnus.'],
        ['u', 'Thank you. I am to return in three months for another measurement.'],
        ['a', 'A home blood pressure monitor could be useful too, so you can see the trend before then.'],
        ['u', 'I shall buy one at Apoteket this week.'],
        ['a', 'Good idea. Measure at the same time each morning, sitting down, after five minutes of rest.'],
        ['u', "Morning and evening, then, and I shall write them in my notebook like a ship's log."],
        ['a', 'A perfect method for an engineer.'],
      ],
    },
    {
      start: '2025-03-02 14:40',
      lines: [
        [
          'u',
          'I need your advice on a present. My granddaughter Elsa turns eight at the end of March. She lives in Stockholm with my daughter Karin and her husband.',
          'm_elsa',
        ],
        ['a', 'How lovely! What is Elsa interested in these days?'],
        [
          'u',
          'Everything with animals and nature. Last summer she spent an entire afternoon on the jetty looking at crabs and jellyfish.',
        ],
        [
          'a',
          "A little naturalist! Options: 1) a children's microscope with prepared slides; 2) a good illustrated book of Nordic sea life; 3) a bug-hotel building kit for the garden.",
        ],
        [
          'u',
          "The microscope, I think. An engineer's granddaughter should learn to look closely at things.",
          'm_gift',
        ],
        [
          'a',
          'Excellent choice. Look for one with both LED light from below and above, and a magnification of 40x–400x.',
        ],
        [
          'u',
          'And her little brother Nils is four. He will be jealous, so I must bring a small thing for him too. He is rather afraid of dogs, poor chap, so Bosse must stay in the other room when they visit.',
          'm_nils',
        ],
        [
          'a',
          'Thoughtful of you. For Nils, maybe a toy boat or a magnifying glass so he can "help" his sister. With Bosse, a calm, slow introduction through a baby gate can help some children get used to dogs over time.',
        ],
        ['u', 'A toy boat. His grandfather has a real one, after all.'],
        ['a', 'Perfect! He will love that connection.'],
        ['u', 'I shall take the train up to Stockholm for the birthday. The X2000 takes about three hours.'],
        [
          'a',
          'A comfortable trip. Book early for cheaper tickets, and check whether Bosse can travel with you or needs a sitter.',
        ],
        ['u', 'My neighbour Gunnar will look after Bosse. They understand each other, two grumpy old men.'],
        ['a', 'Ha! It sounds like a good match.'],
        [
          'u',
          'Do you think a microscope is too heavy for a suitcase? I do not wish to carry a large box on the train.',
        ],
        [
          'a',
          "Most children's microscopes weigh under a kilo. Alternatively, order it online and have it delivered to Karin's address.",
        ],
        ['u', 'Delivered to Karin, of course. Why did I not think of that? Thank you.'],
      ],
    },
    {
      start: '2025-04-06 11:00',
      lines: [
        [
          'u',
          'Spring has arrived and my boat must be prepared for the season. She is a wooden folkboat from 1967 named Sjöfröken, and the varnish on the rails and the tiller is in a sorry state.',
          'm_boat',
        ],
        [
          'a',
          'A 1967 folkboat, how beautiful. For brightwork you could consider: 1) traditional spar varnish, many coats, very glossy; 2) a modern two-part varnish, harder and longer-lasting but less forgiving; 3) an oil-based teak oil finish, easy to maintain but less protective.',
        ],
        [
          'u',
          'The traditional varnish. I have done it that way for forty years and I am too old to change religions.',
        ],
        [
          'a',
          'A respectable faith! Sand to 220 grit, thin the first coat 20–30%, then 6–8 full coats with light sanding between.',
        ],
        [
          'u',
          'That is exactly the method my father taught me. It reassures me that the machines of today agree with him.',
        ],
        ['a', 'He clearly knew what he was doing. Where is the boat kept?'],
        [
          'u',
          'At a small club harbour in Askim. The launch day is the second Saturday of May, when the club crane comes.',
        ],
        ['a', 'That gives you about five weeks, plenty of time if the weather stays dry.'],
        [
          'u',
          'My back is the bigger question than the weather. Bending over a hull for hours is harder at sixty-six.',
        ],
        [
          'a',
          'Try working in sessions of 45 minutes with breaks, use a kneeling pad, and a small stool for the lower work. Warm up your back first with a short walk.',
        ],
        ['u', 'Bosse will provide the short walk. He is an expert.'],
        ['a', 'A built-in fitness coach!'],
        ['u', 'Indeed. Thank you, I shall go and buy sandpaper at the chandlery this afternoon.'],
        ['a', 'Enjoy the work, Magnus.'],
        [
          'u',
          'Incidentally, the engine, an old Volvo Penta MD1, also needs a new impeller. Should I change it every year?',
        ],
        [
          'a',
          'For an old MD1, many owners change the impeller every season or every second season, and always carry a spare on board.',
        ],
        ['u', "I keep two spares, one for me and one for Murphy's law."],
        ['a', 'Very seaworthy thinking!'],
      ],
    },
    {
      start: '2025-05-18 09:30',
      lines: [
        [
          'u',
          'Good morning. The boat is in the water since last Saturday, and she floats, which is always a relief with wooden boats.',
          'm_launch',
        ],
        ['a', 'Congratulations! The first sail of the season must feel wonderful.'],
        [
          'u',
          'It did. However, I must report that my ankles have become quite swollen, as you warned me. I went back to the doctor, and she has changed my tablets. I am now taking losartan, fifty milligrams, instead of the amlodipine.',
          'm_med_new',
        ],
        [
          'a',
          'Good that you went back. Losartan does not usually cause ankle swelling. Did she say when to check again?',
        ],
        ['u', 'In six weeks, with a blood test for the kidneys and the potassium.'],
        [
          'a',
          'That is standard with losartan. Avoid potassium supplements and salt substitutes that contain potassium unless she says otherwise.',
        ],
        ['u', 'Good heavens, I had just bought a salt substitute. I shall read the label carefully.'],
        ['a', 'Many of them are mostly potassium chloride, so it is worth checking with your pharmacist.'],
        ['u', 'The home monitor says 138 over 86 this morning. Better than the winter.'],
        ['a', 'That is a real improvement. Well done with the salmon and the walks.'],
        [
          'u',
          'Karin phoned and said she was proud of me. At my age it is nice when the children are proud of you, not only the other way around.',
        ],
        ['a', 'That is lovely to hear. It sounds like you have a warm relationship.'],
        ['u', 'We do. She calls every Sunday evening, without fail.'],
        ['a', 'That is a lovely tradition.'],
        [
          'u',
          'Elsa insists on speaking to Bosse on the telephone as well. He tilts his head and looks confused.',
        ],
        ['a', 'Ha! Dachshunds are good listeners, even if they do not answer.'],
      ],
    },
    {
      start: '2025-06-15 16:10',
      lines: [
        [
          'u',
          'I am planning a short holiday to Åland at the end of July, to see the old sailing ships in Mariehamn. I would like to stay three nights. Could you suggest somewhere?',
        ],
        [
          'a',
          'Of course. In Mariehamn: 1) a large hotel by the West Harbour with a view of the museum ship Pommern; 2) a small family guesthouse in a wooden villa near the town centre; 3) a modern spa hotel a little outside town.',
        ],
        ['u', 'The one by the harbour, so I can look at the Pommern with my morning coffee.', 'm_hotel'],
        ['a', 'A fine choice for a marine engineer. The maritime museum is right there too.'],
        ['u', 'Will I take the ferry from Stockholm or from Grisslehamn?'],
        [
          'a',
          'From Stockholm the big ferries take about 5–6 hours; from Grisslehamn the crossing is only about 2 hours. Since you will likely pass through Stockholm anyway, you could visit Karin on the way.',
        ],
        ['u', 'Splendid idea. I shall stay one night with Karin and the children on the way.'],
        ['a', 'Elsa can tell you about her microscope discoveries!'],
        [
          'u',
          'She has already sent me a photo of an onion skin at 400 times magnification. I was very moved.',
        ],
        ['a', 'That is wonderful. Sounds like the gift was a success.'],
        ['u', 'Gunnar will take Bosse again. I must bring him a bottle of something from Åland as thanks.'],
        [
          'a',
          'Åland has local apple cider and some small distilleries; a bottle of local apple brandy could be nice.',
        ],
        ['u', 'Gunnar would appreciate the brandy. Thank you.'],
        ['a', 'You are welcome. Have a wonderful trip.'],
        ['u', 'Should I book the museum tickets ahead, or can one simply turn up?'],
        [
          'a',
          'In summer you can usually buy them at the door, but it is quieter in the morning right after opening.',
        ],
        ['u', 'Morning it is. I am always up at six anyway.'],
      ],
    },
    {
      start: '2025-07-30 20:45',
      lines: [
        [
          'u',
          'I am back from Åland. The Pommern was magnificent, and the museum had a steam engine exhibit that kept me busy for three hours.',
        ],
        ['a', 'That sounds perfect for you! How was the weather?'],
        ['u', 'Windy, which is good for sailors and bad for hats. I lost my cap on the ferry.'],
        ['a', 'A sacrifice to the sea! Did you get any sailing in since you came back?'],
        [
          'u',
          'Yesterday I went out fishing with Gunnar and we caught eleven mackerel off Vrångö. I would like to cook them properly tonight, not only fry them.',
        ],
        [
          'a',
          'Fresh mackerel is a treat. Try grilling them whole with lemon and dill, or bake them with tomatoes and onion. Smoked mackerel is another option if you have a small smoker.',
        ],
        ['u', 'Grilled whole, with new potatoes. Simple is best with fresh fish.'],
        ['a', 'Agreed. Score the skin, brush with a little oil, and grill 4–5 minutes per side.'],
        [
          'u',
          'I have also been thinking about the house. It is too big for one man and a small dog. The garden takes all my energy, and the stairs are getting steep.',
        ],
        ['a', 'That is a big decision. Have you considered what you would want instead?'],
        [
          'u',
          'An apartment in the city, with a lift, near the water. Majorna perhaps, where I grew up. Karin thinks it is a good idea.',
        ],
        [
          'a',
          'Majorna has a lovely neighbourhood feel and is close to the harbour. Would you like help listing what to consider when selling?',
        ],
        ['u', 'Another evening. Tonight is for mackerel.'],
        ['a', 'Quite right. Enjoy your dinner!'],
        ['u', 'The mackerel was excellent. I froze the rest for the autumn.'],
        ['a', 'Good thinking. Frozen mackerel keeps well for about three months.'],
      ],
    },
    {
      start: '2025-09-07 10:15',
      lines: [
        [
          'u',
          'Well, the decision is made. The house in Mölndal is sold. We signed the contracts on Friday, and the buyers are a young family with twins. Final price was 5.4 million kronor.',
          'm_sold',
        ],
        ['a', 'Congratulations, Magnus. That must be an emotional moment. How do you feel?'],
        [
          'u',
          "Relieved and a little sad. The family promised to keep Ingrid's apple trees. That mattered to me more than the price.",
        ],
        ['a', 'That is a beautiful promise. It sounds like the house went to the right people.'],
        [
          'u',
          'I have also bought a two-room apartment in Majorna, on the third floor with a lift and a small balcony facing the river. It cost 3.1 million.',
          'm_apt',
        ],
        ['a', 'It sounds ideal. When do you move?'],
        [
          'u',
          'On the first of November. Until then I must sort thirty-one years of belongings. Where does one even start?',
        ],
        [
          'a',
          'Start with the rooms you use least, like the attic or garage. Use three boxes: keep, give to family, donate. Ask Karin which items she would like to have first.',
        ],
        ['u', 'The garage is full of boat parts. Some are older than Karin.'],
        [
          'a',
          'The sailing club might love the useful ones. A "free to a good home" note on their board could work.',
        ],
        ['u', 'An excellent idea. Old sailors are like magpies.'],
        ['a', 'Ha! They will be thrilled.'],
        ['u', 'One more question. Should I hire professional movers or ask the sailing club boys?'],
        [
          'a',
          'For furniture and many boxes, professional movers are safer for your back; you may also be able to use RUT deduction for part of the cost.',
        ],
        ['u', 'Movers, then. My back has done enough heavy lifting for one lifetime.'],
        ['a', 'A sensible choice.'],
      ],
    },
    {
      start: '2025-10-05 18:00',
      lines: [
        [
          'u',
          "I have done something rather unexpected. I joined a choir. The church in Majorna has a seniors' choir that rehearses on Tuesday evenings, and I went for the first time two weeks ago.",
          'm_choir',
        ],
        ['a', 'How wonderful! What voice do you sing?'],
        [
          'u',
          'Bass, they tell me. I had not sung since my military service, but apparently the voice is still there, somewhere under the rust.',
        ],
        ['a', 'Singing in a choir is great for the lungs and the mood. Do you enjoy it?'],
        [
          'u',
          'Very much. And there is a lady in the alto section, Birgitta, a retired schoolteacher. We have had coffee twice after rehearsal.',
          'm_birgitta',
        ],
        ['a', 'That sounds lovely. How are you feeling about it?'],
        [
          'u',
          'Nervous as a schoolboy, frankly. I have not invited a woman to dinner since 1979. I would like to cook for her, but she has coeliac disease, so nothing with wheat, barley or rye.',
          'm_gluten',
        ],
        [
          'a',
          'That is very considerate of you. A naturally gluten-free dinner: your oven salmon with dill and potatoes, a green salad, and for dessert a flourless almond cake or berries with cream. Check sauces and stock cubes for hidden gluten.',
        ],
        ['u', 'The salmon again. It is my only reliable dish, so it is a safe choice.'],
        [
          'a',
          'Play to your strengths! And use a clean cutting board and pans so nothing gets cross-contaminated with bread crumbs.',
        ],
        ['u', 'I had not thought of the crumbs. Thank you, that could have been embarrassing.'],
        ['a', 'Good luck, Magnus. I hope you have a lovely evening.'],
        ['u', 'I shall report back, though a gentleman does not tell everything.'],
        ['a', 'Of course. Good luck!'],
        ['u', 'Should I bring flowers? It seems old-fashioned.'],
        ['a', 'Old-fashioned can be charming. A small bouquet of autumn flowers would be a kind gesture.'],
        ['u', 'Then I shall be charming and old-fashioned.'],
      ],
    },
    {
      start: '2025-11-09 13:30',
      lines: [
        [
          'u',
          'Greetings from Majorna! I have been living in the new apartment for a week now. I moved in on the first, as planned.',
          'm_home_new',
        ],
        ['a', 'Congratulations! How are you and Bosse settling in?'],
        [
          'u',
          'Bosse loves the lift, oddly enough. He sits down and waits for the doors as if he owned the building.',
        ],
        ['a', 'Ha, a dog of the city now. How is the view from the balcony?'],
        [
          'u',
          'Before I answer: the building has a laundry room in the basement with a booking board. I feel like a student again.',
        ],
        [
          'a',
          'Ha, the Swedish laundry room booking system is an institution! Book a regular slot and it becomes routine.',
        ],
        ['u', 'Thursday mornings, I have decided. Now, the view.'],
        [
          'u',
          'I can see the ferries to Denmark go out in the evening. I stood there for an hour last night with a cup of tea.',
        ],
        ['a', 'That sounds peaceful. Do you miss the house?'],
        ['u', 'A little, in the mornings. But not the gutters and the snow shovelling.'],
        ['a', 'Understandable! Has anything else changed?'],
        [
          'u',
          'Karin came to help me move and she brought me her old iPhone 12, since she has a new one. So the poor cracked Samsung is retired at last. I am learning to use it, slowly.',
          'm_phone_new',
        ],
        ['a', 'That is a big upgrade. Would you like help making the text larger on the iPhone too?'],
        ['u', 'Yes, please. It is the same problem as always with my eyes.'],
        [
          'a',
          'Go to Settings, then Display & Brightness, then Text Size and drag the slider. For even bigger text, go to Accessibility, then Display & Text Size, then Larger Text.',
        ],
        [
          'u',
          'Much better. And Birgitta sent me a message with a little heart. I think the dinner went well.',
        ],
        ['a', 'That is lovely news, Magnus!'],
        [
          'u',
          'I must also ask, how does one send a photograph on this iPhone? Elsa wants to see the balcony.',
        ],
        [
          'a',
          'Open Messages, choose Karin or Elsa, tap the plus or the camera icon, pick the photo and tap the blue arrow to send.',
        ],
        ['u', 'Sent! She replied with six exclamation marks.'],
      ],
    },
    {
      start: '2025-12-14 17:15',
      lines: [
        [
          'u',
          'I am to celebrate Christmas in Stockholm with Karin and the children. Birgitta is going to her son in Uppsala, so we shall each go our way for the holidays.',
        ],
        ['a', 'That sounds like a warm Christmas. Will you take the train again?'],
        [
          'u',
          'Yes, on the 22nd. This time I shall bring Bosse, because Gunnar is visiting his brother in Norrland.',
        ],
        [
          'a',
          "Dogs can travel on SJ trains in designated carriages if you book a pet seat. Since Nils is afraid of dogs, maybe plan a quiet room for Bosse at Karin's.",
        ],
        ['u', 'Yes, Karin has a study with a door. Bosse will be content with his blanket and a sausage.'],
        ['a', 'A low-salt sausage, I hope!'],
        [
          'u',
          'Ha, you are as strict as my doctor. My pressure has been fine, by the way, 128 over 82 last week.',
        ],
        ['a', 'Excellent! The losartan and the changes are working.'],
        [
          'u',
          'What can I give Birgitta for Christmas? We have only known each other three months, so nothing too grand.',
        ],
        [
          'a',
          'Ideas: 1) a nice songbook or sheet music for the alto part of a piece you sing; 2) a warm wool scarf; 3) a small box of gluten-free chocolates from a good chocolatier.',
        ],
        ['u', 'The scarf. She is always cold in the church, the heating is terrible.'],
        ['a', 'A thoughtful and practical gift. Maybe a colour that suits her.'],
        ['u', 'She wears blue very often. A deep blue, then.'],
        ['a', 'Lovely. She will think of you every time she wears it.'],
        ['u', 'Let us hope the scarf is warmer than the church.'],
      ],
    },
    {
      start: '2026-02-15 11:45',
      lines: [
        [
          'u',
          'Good morning. Winter has been long, but I have been busy. The choir is preparing a spring concert and I have a small solo line, four bars only.',
        ],
        ['a', 'Congratulations! When is the concert?'],
        [
          'u',
          'In April. I am practising in the apartment and Bosse howls along. The neighbours have not complained yet.',
        ],
        ['a', 'A duet! Maybe warn them before the concert week.'],
        [
          'u',
          'I am also thinking about the summer. Birgitta has never sailed, and I would like to take her out on Sjöfröken. What should a beginner know before a first trip?',
        ],
        [
          'a',
          'Choose a calm day with light wind, keep the trip short (2–3 hours), give her a proper life jacket, explain where to sit and how to duck under the boom, and bring warm layers and snacks.',
        ],
        ['u', 'Snacks that are gluten-free, naturally. I have become quite an expert on labels.'],
        ['a', 'You have! Rice cakes, cheese, fruit and nuts are easy options.'],
        ['u', 'And Elsa and Nils will visit in June. Perhaps Nils can come sailing too, he is five by then.'],
        ['a', 'A short sail in the harbour with a child life jacket could be a wonderful memory for him.'],
        ['u', "Bosse will stay ashore with Gunnar then, for Nils's sake."],
        ['a', 'Good thinking. Everyone gets to enjoy it.'],
        [
          'u',
          'Thank you for your help this past year. You have been a patient companion for an old engineer.',
        ],
        ['a', 'It has been a pleasure, Magnus. Good luck with your solo!'],
        [
          'u',
          'If I may, one last thing. My pressure log shows 124 over 80 this morning. I thought you might like to know.',
        ],
        ['a', 'That is excellent, Magnus. Your doctor will be pleased.'],
        [
          'u',
          'She was. She said whatever I am doing, I should keep doing it. Singing, sailing and salmon, I told her.',
        ],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What did I end up buying Elsa for her birthday?', ['m_gift']],
    ['single-hop', 'What is my boat called again?', ['m_boat']],
    ['single-hop', 'Which place did I choose to stay at in Mariehamn?', ['m_hotel']],
    [
      'single-hop',
      'Karin is bringing the little ones over next month. Is there anything I should remember about Bosse and the children?',
      ['m_nils'],
    ],
    [
      'single-hop',
      'I want to bake a cake for Birgitta. What must I be careful about with the flour?',
      ['m_gluten'],
    ],
    ['multi-hop', 'How old are my two grandchildren, and what are their names?', ['m_elsa', 'm_nils']],
    [
      'multi-hop',
      'After buying the flat, how much money was left over from the sale of the house?',
      ['m_sold', 'm_apt'],
    ],
    ['temporal', 'When did I start singing in the choir?', ['m_choir'], { askedAt: '2026-03-01 10:00' }],
    [
      'temporal',
      'When was it that the house sale went through?',
      ['m_sold'],
      { askedAt: '2026-03-01 10:10' },
    ],
    ['updated', 'Which blood pressure tablet am I taking nowadays?', ['m_med_new'], { stale: ['m_med_old'] }],
    ['updated', 'What telephone do I have at the moment?', ['m_phone_new'], { stale: ['m_phone_old'] }],
    ['updated', 'Where do I live these days?', ['m_home_new'], { stale: ['m_home_old'] }],
    ['off-topic', 'Can you explain the offside rule in ice hockey?', []],
    ['off-topic', 'What is the difference between a comet and an asteroid?', []],
    ['off-topic', 'How does one write a proper haiku?', []],
  ],
});

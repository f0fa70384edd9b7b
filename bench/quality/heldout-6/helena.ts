import { definePersona } from '../author.ts';

export const helena = definePersona({
  user_id: 'h6-helena',
  name: 'Helena',
  summary:
    'Helena Lindqvist, 67, retired secondary-school biology teacher in Uppsala, Sweden; widowed, daughter Karin in Edinburgh, son Erik in Stockholm; a dachshund, a big garden, a church choir and, later, a new companion. Writes in careful, formal, rather long sentences.',
  language: 'en',
  sessions: [
    {
      start: '2025-11-08 10:00',
      lines: [
        [
          'u',
          'Good morning. I would be grateful for your help with a letter to the municipality. The streetlight outside our house has been broken for five weeks, and the path is very dark in the evenings.',
        ],
        [
          'a',
          'Good morning, Helena. Of course. Shall I write it in English or Swedish, and to which office should it go?',
        ],
        [
          'u',
          'In Swedish, please, to Uppsala kommun, the department for streets and parks. The address is Sunnerstavägen; I have lived in this house in Sunnersta for thirty-eight years, and this is the first time it has taken so long.',
          'home1',
        ],
        [
          'a',
          'Here is a draft: "Hej, jag vill anmäla att gatubelysningen utanför Sunnerstavägen har varit trasig i fem veckor. Gångvägen är mycket mörk på kvällarna, vilket är en säkerhetsrisk för äldre och barn. Jag ber er åtgärda felet snarast. Med vänliga hälsningar, Helena Lindqvist."',
        ],
        [
          'u',
          'That is very good. Perhaps you could mention that I walk there every evening; it makes the complaint less abstract.',
        ],
        [
          'a',
          'Added: "Jag promenerar själv där varje kväll och har nästan snubblat flera gånger." Does that suit you?',
        ],
        [
          'u',
          'Excellent. As a former biology teacher I have a weakness for precise observations, so I shall also add the pole number, which I noted yesterday.',
          'job',
        ],
        ['a', 'A pole number makes it much easier for the maintenance team to find it. Where did you teach?'],
        [
          'u',
          'At Katedralskolan here in Uppsala, for thirty-one years. I retired four years ago, the same year my husband Lars passed away.',
          'widow',
        ],
        ['a', 'I am sorry about Lars. That must have been a hard year, with two big changes at once.'],
        [
          'u',
          'It was, but one learns to fill the days. I sing alto in the cathedral parish choir every Tuesday evening, which has been a great comfort.',
          'choir',
        ],
        [
          'a',
          'Singing in a choir is wonderful for both mood and friendships. What are you rehearsing at the moment?',
        ],
        ['u', 'The Christmas programme, naturally, and a rather demanding piece by Hugo Alfvén.'],
        ['a', "Alfvén's choral works are beautiful but not easy. Good luck with the rehearsals."],
        [
          'u',
          'Thank you. One last question: is it better to send the letter by post or through their website?',
        ],
        [
          'a',
          'The website\'s "felanmälan" form is usually fastest and gives you a case number. You can paste the letter into it.',
        ],
        ['u', 'Then I shall do that this afternoon. Thank you very much for your help.'],
      ],
    },
    {
      start: '2025-11-29 16:20',
      lines: [
        [
          'u',
          'Good afternoon. I have a question about my medication. My doctor prescribed amlodipine, 5 mg in the mornings, for my blood pressure a year ago. Is it safe to take it together with ibuprofen for my back?',
          'med1',
        ],
        [
          'a',
          'Occasional ibuprofen is usually fine, but regular use can raise blood pressure and affect the kidneys. Paracetamol is often preferred; please check with your doctor or pharmacist.',
        ],
        [
          'u',
          'I suspected as much. I shall use paracetamol then. The back pain comes from the garden, I am afraid; I spent two days raking leaves.',
        ],
        [
          'a',
          'Raking is harder work than it looks. Short sessions with breaks and bending at the knees help.',
        ],
        [
          'u',
          'The garden is large, nearly 1,200 square metres, with old apple trees that Lars planted. It is becoming a lot for one person.',
        ],
        [
          'a',
          'That is a big garden to manage alone. Have you considered getting help for the heavy autumn work?',
        ],
        [
          'u',
          'My son Erik keeps telling me to hire someone. He lives in Stockholm and worries from a distance.',
          'son',
        ],
        ['a', 'It is kind of him to worry. A gardener a few times a year might make a big difference.'],
        [
          'u',
          'Perhaps. My most loyal helper is Pim, my wire-haired dachshund, who mostly helps by digging holes where I do not want them.',
          'dog',
        ],
        ['a', 'Dachshunds were bred to dig, so he is only doing his job. How old is he?'],
        [
          'u',
          'He is six. We walk for an hour every morning and again in the evening, which is surely good for my blood pressure as well.',
        ],
        ['a', 'Very much so. Regular walking is one of the best things for blood pressure.'],
        [
          'u',
          'Do you have a suggestion for a dog-friendly winter walk near Uppsala? Pim dislikes deep snow, as his legs are rather short.',
        ],
        [
          'a',
          'Hågadalen nature reserve has well-trodden paths, and the walk along the Fyris river is usually cleared in winter.',
        ],
        ['u', 'The river path is a good idea, it is cleared early in the mornings.'],
        ['a', 'Then you both should be comfortable there.'],
        ['u', 'Thank you kindly.'],
      ],
    },
    {
      start: '2025-12-13 19:00',
      lines: [
        [
          'u',
          'My daughter Karin is coming from Edinburgh for Christmas with her family, and I would like some help with the menu.',
          'daughter',
        ],
        ['a', 'How lovely. How many of you will there be, and are there dietary needs?'],
        [
          'u',
          "Six of us. Karin's husband Alasdair is vegetarian, so the ham cannot be the only main course.",
          'veg',
        ],
        [
          'a',
          'A vegetarian Janssons frestelse without anchovies, a beetroot and lentil "sill", and a mushroom and chestnut Wellington would be festive options.',
        ],
        [
          'u',
          'The mushroom Wellington sounds splendid. And my grandson Viktor, who is nine, is allergic to eggs, which makes the saffron buns and the pepparkakor a challenge.',
          'egg',
        ],
        [
          'a',
          'Saffron buns can be made without egg by brushing them with milk or aquafaba instead, and many pepparkakor recipes are egg-free already.',
        ],
        ['u', 'I had no idea about aquafaba. I shall try it this week as a test.'],
        [
          'a',
          'It works very well for glazing. Maja may enjoy helping with the dough too, if she likes baking.',
        ],
        [
          'u',
          'Maja is four and enjoys eating the dough more than shaping it. Now, a present for Viktor. He loves nature, which pleases his grandmother enormously.',
        ],
        [
          'a',
          "Some ideas: 1) a field guide to Nordic birds with a pair of children's binoculars; 2) a proper beginner's microscope with prepared slides; 3) a bug-hunting kit with magnifying jars.",
        ],
        [
          'u',
          "I shall take the second one. A biology teacher's grandson ought to have a real microscope.",
          'viktor_gift',
        ],
        ['a', 'A perfect match. Look for one with both LED lighting and 40x to 400x magnification.'],
        ['u', 'Would you recommend a particular brand?'],
        ['a', 'Bresser and Levenhuk make good beginner models in the 800 to 1,500 kronor range.'],
        ['u', 'I shall look at Bresser. Thank you, this has been most helpful.'],
        ['a', 'You are welcome. Enjoy the preparations.'],
        ['u', 'I shall, and I will report back on the aquafaba.'],
      ],
    },
    {
      start: '2026-01-17 14:40',
      lines: [
        [
          'u',
          'I must report that the aquafaba worked perfectly; Viktor ate four saffron buns and had no reaction at all.',
        ],
        ['a', 'That is wonderful news! Did the Wellington go down well with Alasdair?'],
        ['u', 'He asked for the recipe, which I take as the highest praise from a Scotsman.'],
        ['a', "High praise indeed. And Viktor's microscope?"],
        ['u', 'He spent Christmas Day examining onion skin and his own hair. I could not have been happier.'],
        ['a', 'A future biologist in the making.'],
        [
          'u',
          'I have some news of a more personal nature, which I have not yet told my children. After rehearsal on Tuesday, a gentleman from the choir, Gunnar, invited me for coffee. He is a retired engineer and a widower, like me.',
          'partner',
        ],
        ['a', 'How nice, Helena. How did the coffee go?'],
        [
          'u',
          'Very pleasantly. We talked for two hours about music, birds and our late spouses. He sings bass.',
        ],
        ['a', 'It sounds like you have a lot in common. Will you see him again?'],
        [
          'u',
          'He has suggested a concert at the Uppsala Konsert & Kongress next month. I find myself rather nervous, at my age.',
        ],
        ['a', 'Being nervous is natural at any age. It sounds like a lovely invitation.'],
        ['u', 'Do you think I ought to tell Karin and Erik now, or wait until it is clearer?'],
        [
          'a',
          'There is no rush. Many people wait until they feel settled themselves. You can share it whenever it feels right.',
        ],
        ['u', 'I shall wait a little, then. Thank you for listening.'],
        ['a', 'Always. Enjoy the concert.'],
        ['u', 'Thank you.'],
      ],
    },
    {
      start: '2026-02-21 11:15',
      lines: [
        [
          'u',
          'I am planning to visit Karin in Edinburgh in May, from the 8th to the 15th. Could you help me choose how to travel?',
          'trip_dates',
        ],
        [
          'a',
          'Certainly. Options: 1) train to Gothenburg and the ferry to Newcastle, then train to Edinburgh, about two days; 2) a direct SAS flight from Arlanda to Edinburgh, about 2 hours 20 minutes; 3) a cheaper flight with a change in Copenhagen or Amsterdam.',
        ],
        [
          'u',
          'The ferry is romantic but too long, I fear. I shall take the second one, the direct flight from Arlanda.',
          'travel',
        ],
        [
          'a',
          'Sensible. Book early for the best fares, and consider a seat near the front for an easy exit.',
        ],
        ['u', 'What about Pim? I cannot take him, of course.'],
        [
          'a',
          'A trusted neighbour, a dog-sitter, or a boarding kennel are the usual choices. Does Pim know anyone nearby?',
        ],
        [
          'u',
          'My neighbour Birgitta adores him and has offered to take him for the week. He sleeps on her sofa, which he is not allowed to do here.',
          'dogsitter',
        ],
        ['a', 'Pim will have a holiday of his own, then.'],
        [
          'u',
          "I suspect he will be reluctant to come home. Now, what should I bring for Karin's family from Sweden?",
        ],
        [
          'a',
          'Kalles kaviar, a good cheese like Västerbottensost, cloudberry jam and Marabou chocolate are usually welcome among Swedes abroad.',
        ],
        [
          'u',
          'Cloudberry jam, certainly; Karin has asked for it. I shall avoid anything with egg for Viktor.',
        ],
        ['a', 'Good thinking. Most jams and chocolate are fine, but check the labels.'],
        [
          'u',
          'I have told the children about Gunnar, by the way. Karin was delighted; Erik was a little quiet.',
        ],
        ['a', 'Different reactions are normal. Erik may need a little time.'],
        [
          'u',
          'That is what I thought. Gunnar has invited Erik to a hockey match, which was rather clever of him.',
        ],
        ['a', 'That sounds like a kind way to get to know each other.'],
        ['u', 'We shall see. Thank you for the travel advice.'],
      ],
    },
    {
      start: '2026-03-28 17:30',
      lines: [
        [
          'u',
          'I have made a difficult decision. I am going to sell the house in Sunnersta. The garden is simply too much, and the stairs are not getting easier.',
          'house_sale',
        ],
        ['a', 'That is a big decision, especially after so many years. How do you feel about it?'],
        [
          'u',
          'Sad, but relieved. Lars would have understood. I have viewed three apartments in the city centre.',
        ],
        ['a', 'Would you like help comparing them?'],
        [
          'u',
          'Yes, please. The first is on Kungsgatan, 72 square metres, fourth floor with a lift but no balcony. The second is on Svartbäcksgatan, 68 square metres, second floor, with a balcony facing the courtyard. The third is in Luthagen, 80 square metres, ground floor, with a small garden patch.',
        ],
        [
          'a',
          'Kungsgatan is central but has no outdoor space; Svartbäcksgatan offers a balcony, a quiet courtyard and an easy walk to the river; Luthagen gives a bit of garden, but ground floor can feel less secure and you would still have gardening.',
        ],
        [
          'u',
          'I shall take the one on Svartbäcksgatan. A balcony is enough garden for me now, and Pim can reach the river path in five minutes.',
          'flat_choice',
        ],
        ['a', 'That sounds like the right balance. A balcony garden with pots can be very rewarding too.'],
        ['u', 'I am thinking of tomatoes and herbs. Lars would laugh at me, after all those apple trees.'],
        ['a', 'Tomatoes and herbs do very well on a sheltered balcony.'],
        [
          'u',
          'What should I think about when selling a house in Sweden? It has been a very long time since I did anything of the sort.',
        ],
        [
          'a',
          'Choose an estate agent (mäklare) by comparing commission and recent sales, get the house inspected beforehand, clear out early, and ask the bank about the timing between sale and purchase.',
        ],
        ['u', 'Clearing out will take months. Thirty-eight years of belongings.'],
        ['a', 'Start with one room a week, and let Karin and Erik choose what they want to keep.'],
        ['u', 'That is a sensible approach. Erik has offered to come every other weekend.'],
        ['a', 'That will help enormously.'],
        ['u', 'Thank you for helping me think it through.'],
      ],
    },
    {
      start: '2026-04-25 09:45',
      lines: [
        [
          'u',
          'I have been to the health centre this week. My ankles had become quite swollen, and the doctor believes it is the amlodipine.',
        ],
        [
          'a',
          'Ankle swelling is a well-known side effect of amlodipine. Did the doctor change your medication?',
        ],
        [
          'u',
          'Yes, she has stopped the amlodipine and prescribed losartan instead, 50 mg once a day.',
          'med2',
        ],
        [
          'a',
          'Losartan rarely causes ankle swelling. She will probably check your kidney values and potassium after a few weeks.',
        ],
        ['u', 'Indeed, I have a blood test booked in three weeks, after I return from Scotland.'],
        ['a', 'Good timing. Is there anything else she mentioned?'],
        [
          'u',
          'She asked me to measure my blood pressure at home twice a week. Could you suggest a simple way to record it?',
        ],
        [
          'a',
          'A small notebook with the date, time, both readings and pulse works well. Measure after sitting quietly for five minutes, at the same time of day.',
        ],
        ['u', 'A notebook suits me far better than an application on the telephone.'],
        ['a', 'It is just as useful for your doctor.'],
        ['u', 'The house is on the market now. We have had two viewings already.'],
        ['a', 'That is quick. Any offers yet?'],
        ['u', 'Not yet, but the agent is optimistic; young families like the garden.'],
        ['a', 'A big garden with apple trees is exactly what many families dream of.'],
        ['u', "It comforts me that children will play under Lars's trees."],
        ['a', 'That is a lovely thought.'],
        ['u', 'Thank you. I must take Pim out now.'],
      ],
    },
    {
      start: '2026-05-23 15:00',
      lines: [
        [
          'u',
          'I am back from Edinburgh. It rained on six days out of seven, and I enjoyed every one of them.',
        ],
        ['a', 'Welcome back! What did you do?'],
        [
          'u',
          "We walked up Arthur's Seat, visited the Royal Botanic Garden, and Viktor took me to the National Museum to show me the dinosaurs.",
        ],
        ['a', 'A good mix, and Viktor clearly enjoyed being your guide.'],
        [
          'u',
          'The house has been sold, too, to a family with three children. We sign the contract next week.',
        ],
        ['a', 'Congratulations! That must be a relief.'],
        [
          'u',
          'There is another change. I have left the choir. My voice is not what it was, and I have discovered watercolour painting instead. I have started a Tuesday evening class at the folk high school.',
          'watercolour',
        ],
        ['a', 'Watercolour is a wonderful hobby. How is Gunnar taking it?'],
        [
          'u',
          'He is staying in the choir, of course, but he collects me after my class, and we walk home along the river.',
        ],
        ['a', 'That sounds like a lovely routine.'],
        ['u', 'I find I paint mostly plants and birds; old habits from the biology classroom.'],
        ['a', 'Botanical illustration suits watercolour very well.'],
        ['u', 'Which paper would you recommend? The teacher said cotton paper, but it is rather expensive.'],
        [
          'a',
          'Cotton paper handles water much better. A 300 gsm cold-pressed pad like Arches or Saunders Waterford is worth it for finished work; use cheaper paper for practice.',
        ],
        ['u', 'I shall buy one good pad and use the cheap one for practice, as you suggest.'],
        ['a', 'Good compromise. Enjoy the painting.'],
        ['u', 'Thank you.'],
      ],
    },
    {
      start: '2026-06-27 18:10',
      lines: [
        [
          'u',
          'I have moved! Since the 15th of June I live in the apartment on Svartbäcksgatan. The boxes are mostly unpacked.',
          'home2',
        ],
        ['a', 'Congratulations, Helena! How does it feel?'],
        [
          'u',
          'Strange and pleasant at once. I can walk to the market square and the library, and I hear the cathedral bells from the balcony.',
        ],
        ['a', 'That sounds lovely. How has Pim adjusted?'],
        [
          'u',
          'He was confused for the first few days, but now he waits at the door at seven for the river walk.',
        ],
        ['a', 'Dogs adapt quickly when the routine stays the same.'],
        [
          'u',
          'I have planted tomatoes, basil and thyme on the balcony. Gunnar built me a small wooden shelf for the pots.',
        ],
        ['a', 'How kind of him. Balcony tomatoes need a lot of water in July.'],
        [
          'u',
          'I water them every evening. Could you suggest something that flowers in the shade? One corner gets hardly any sun.',
        ],
        ['a', 'Begonias, fuchsias, impatiens or hostas in pots do well in shade.'],
        ['u', 'Fuchsias, I think; my mother always had them.'],
        ['a', 'A nice link to the past.'],
        ['u', 'I must register my new address with Skatteverket. Is that done online?'],
        [
          'a',
          'Yes, you can report the move on skatteverket.se with BankID, and it also updates most authorities automatically.',
        ],
        ['u', 'Erik will help me with the BankID, I am not confident with it.'],
        ['a', 'That is a good idea; it only takes a few minutes.'],
        ['u', 'Thank you.'],
      ],
    },
    {
      start: '2026-08-08 13:30',
      lines: [
        [
          'u',
          'Erik visited last weekend and replaced my old Doro telephone with an iPhone SE. I confess I am somewhat bewildered by it.',
          'phone',
        ],
        ['a', 'A big change! What would you like to learn first?'],
        ['u', 'How to make the text larger, and how to answer a video call from Viktor and Maja.'],
        [
          'a',
          'For text: Settings > Display & Brightness > Text Size. For video calls, when FaceTime rings, press the green button; Karin can call you directly from her iPhone.',
        ],
        ['u', 'That worked. I spoke to Maja this morning; she showed me a snail.'],
        ['a', 'A biology family through and through.'],
        [
          'u',
          'Erik and Gunnar went to that hockey match in the spring, and now they go fishing together. I am very pleased.',
        ],
        ['a', 'That is wonderful, it sounds like they get along.'],
        ['u', 'Can I take photographs of my paintings with this telephone and send them to Karin?'],
        [
          'a',
          'Yes: open the Camera, photograph the painting in daylight without flash, then share it from Photos via Messages or email.',
        ],
        ['u', 'Daylight without flash, I shall remember that. The colours look wrong under the lamp.'],
        ['a', 'Indirect daylight near a window gives the truest colours.'],
        [
          'u',
          'My teacher wants us to exhibit in October at the folk high school. I shall show four paintings.',
        ],
        ['a', 'Congratulations! Which ones will you choose?'],
        ['u', 'A heron, two studies of cowberries, and Pim asleep on the balcony.'],
        ['a', 'A lovely selection, and Pim will surely be the star.'],
        ['u', 'He would agree with you.'],
      ],
    },
    {
      start: '2026-09-05 10:20',
      lines: [
        [
          'u',
          'Gunnar turns seventy on the 20th of September, and I would like to take him out for dinner. Could you suggest some restaurants in Uppsala?',
        ],
        [
          'a',
          'Options: 1) Hambergs Fisk, a classic seafood restaurant near the river; 2) Rococo Grill, modern Swedish in the city; 3) Villa Anna, a more formal hotel restaurant with a set menu.',
        ],
        [
          'u',
          'I shall take the first one, Hambergs. Gunnar loves fish, and it was where he and his late wife celebrated their anniversaries, which he told me he would like to keep alive.',
          'restaurant',
        ],
        ['a', 'A thoughtful choice. Shall I help you with a present as well?'],
        [
          'u',
          'Yes, please. He watches birds with great seriousness, but his binoculars are forty years old.',
        ],
        [
          'a',
          'A good pair of 8x42 binoculars would be a wonderful gift: Swarovski and Zeiss at the top end, Vortex or Kite for good value.',
        ],
        [
          'u',
          'I have decided on new binoculars, a Zeiss pair, and I shall paint a small watercolour of a waxwing to go with them.',
          'present',
        ],
        ['a', 'That is a lovely, personal present. The waxwing will mean a lot.'],
        ['u', 'Should I book a table for two or invite his children as well?'],
        [
          'a',
          'You might ask him quietly what he would prefer, or keep the dinner for two and suggest a family coffee on the day itself.',
        ],
        ['u', 'Dinner for two, and coffee with his daughters on the Sunday. That seems right.'],
        ['a', 'A good balance.'],
        [
          'u',
          'Could you help me with a short message for the card? In English, as we sometimes joke in English.',
        ],
        [
          'a',
          '"Dear Gunnar, seventy years young, and still the best bass in the choir. Thank you for this happy year. With love, Helena."',
        ],
        ['u', 'Perfect. Perhaps "this unexpected, happy year".'],
        ['a', 'Even better.'],
        ['u', 'Thank you so much.'],
      ],
    },
    {
      start: '2026-10-03 16:00',
      lines: [
        [
          'u',
          'The birthday was a great success. Gunnar was moved by the waxwing painting, and the binoculars are already in daily use.',
        ],
        ['a', 'How wonderful! And the dinner?'],
        ['u', 'Excellent. He told the waiter it was the best birthday in years.'],
        ['a', 'That must have been lovely to hear.'],
        ['u', 'We went mushroom picking in Hågadalen yesterday and found almost two kilos of chanterelles.'],
        ['a', 'A great haul! Do you have plans for them?'],
        [
          'u',
          'Some for a toast skagen-style with chanterelles, and the rest I shall fry and freeze. Is that the best method?',
        ],
        [
          'a',
          'Yes, dry-fry them first to remove the water, then add butter, cool and freeze in portions. They keep well for months.',
        ],
        ['u', 'Dry-frying is what my mother did too. Good.'],
        ['a', 'Old methods are often the best.'],
        ['u', 'The exhibition opens on the 17th. I am nervous about the reception.'],
        [
          'a',
          'It is natural. Visitors usually enjoy talking to the artists; you could prepare a sentence about each painting.',
        ],
        ['u', 'For Pim I shall simply say that he was an uncooperative model who fell asleep.'],
        ['a', 'That will make everyone smile.'],
        ['u', 'Karin is flying over for it, which makes me very happy.'],
        ['a', 'How lovely to have her there.'],
        ['u', 'Thank you for all the help this year.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What did I give Viktor for Christmas last year?', ['viktor_gift']],
    ['single-hop', 'Who looks after my dog when I go away?', ['dogsitter']],
    ['single-hop', 'Did I go to Edinburgh by ferry or by plane in the end?', ['travel']],
    ['single-hop', 'What subject did I teach before I retired?', ['job']],
    ['single-hop', 'What breed is my dog?', ['dog']],
    [
      'multi-hop',
      'Karin and her family are coming to dinner; what must I keep in mind when planning the menu?',
      ['veg', 'egg'],
    ],
    [
      'multi-hop',
      "Remind me what I arranged for Gunnar's seventieth, both the dinner and the gift.",
      ['restaurant', 'present'],
    ],
    [
      'temporal',
      'When was it that Gunnar first invited me out?',
      ['partner'],
      { askedAt: '2026-10-20 10:00' },
    ],
    [
      'temporal',
      'Did I change my blood pressure tablets before or after the trip to Scotland?',
      ['med2', 'trip_dates'],
      { askedAt: '2026-10-20 10:05' },
    ],
    ['updated', 'Which blood pressure medicine am I taking now?', ['med2'], { stale: ['med1'] }],
    ['updated', 'What is my home address these days?', ['home2'], { stale: ['home1'] }],
    ['updated', 'What do I do on Tuesday evenings nowadays?', ['watercolour'], { stale: ['choir'] }],
    ['off-topic', 'How do I change the inner tube on a bicycle?', []],
    ['off-topic', 'What is the difference between a crocodile and an alligator?', []],
    ['off-topic', 'How do I write a formula in a spreadsheet to add up a column?', []],
  ],
});

import { definePersona } from '../author.ts';

export const fionnuala = definePersona({
  user_id: 'h14-fionnuala',
  name: 'Fionnuala',
  summary:
    'Fionnuala is a 68-year-old retired nurse and widow in east Belfast, a keen gardener with a Westie, who is just learning to use her tablet; she writes long, warm, chatty messages full of Northern Irish turns of phrase and the odd typo.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-18 15:00',
      lines: [
        [
          'u',
          "Hello there, is this working?? My daughter Bernadette set this up for me on the new tablet she gave me for my birthday last week, I'm 68 now if you can believe it, and she says I can ask you anything at all.",
          'tabletGift',
        ],
        ['a', "Hello! Yes, it's working perfectly. Happy belated birthday!"],
        [
          'u',
          "Thank you love. The letters are awful wee on this screen and my fingers keep hitting the wrong ones so excuse the speling. I was a nurse for forty years so you'd think I'd be steady handed!",
        ],
        [
          'a',
          'You can make the text bigger: open Settings, tap Display & Brightness, then Text Size, and drag the slider to the right.',
        ],
        ['u', "Oh that's far better, I can see it now without my glasses halfway down my nose."],
        ['a', 'Wonderful. You can also turn on Bold Text in the same place if that helps.'],
        [
          'u',
          "Bernadette lives over in Manchester so she thought this would keep me company and we could do the video calls. She worries about me since Seamus passed, God rest him, it'll be three years in June.",
        ],
        ['a', "I'm so sorry for your loss. It sounds like Bernadette cares a great deal about you."],
        [
          'u',
          'Seamus drove the buses for Translink for thirty-odd years, the number 20 out the Newtownards Road for most of it, everybody in east Belfast knew him to see.',
          'seamus',
        ],
        ['a', 'He sounds like a real part of the community.'],
        [
          'u',
          "Anyway I'm not sitting about moping. I have the garden to keep me going and my wee dog Bramble, she's a Westie and thinks she owns the whole street.",
          'bramble',
        ],
        ['a', 'Westies do have big personalities!'],
        [
          'u',
          "And Monday mornings I go to the aqua aerobics at Templemore Baths with a crowd of girls I trained with. We're all retired now and we're terrible, more chat than exercise.",
          'aqua1',
        ],
        ['a', 'That sounds like the perfect combination.'],
        [
          'u',
          "Could you tell me how I'd take a photo of the garden with this thing and send it to Bernadette?",
        ],
        [
          'a',
          'Open the Camera app, point it at the garden and tap the big white button. Then open Photos, tap the picture, tap the share icon (a square with an arrow) and choose Messages or WhatsApp, then Bernadette.',
        ],
        ['u', "I did it! She sent back a wee heart. Isn't that something. Thank you pet."],
        ['a', "Well done! You're a natural."],
      ],
    },
    {
      start: '2024-04-08 11:00',
      lines: [
        [
          'u',
          "Morning. I'm out in the wee greenhouse sowing my tomatoes. I always do Gardener's Delight, Seamus loved them warm off the vine so I keep them going for him.",
          'tomato',
        ],
        ['a', 'What a lovely tradition.'],
        [
          'u',
          'How warm do they need to be to come up, do you know? The greenhouse gets very cold at night this time of year.',
        ],
        [
          'a',
          "Tomato seeds germinate best at around 18–21°C. A heated propagator or a warm windowsill indoors is ideal until they're up.",
        ],
        ['u', "I'll bring the trays in onto the kitchen windowsill then, it gets the morning sun."],
        ['a', "Perfect. Turn them daily so they don't lean towards the light."],
        [
          'u',
          "I was at the doctor's on Friday for my blood pressure check and it was a bit high again, so she's kept me on the amlodipine, 5mg every morning, and says to cut back on the salt.",
          'amlo1',
        ],
        [
          'a',
          'Cutting salt can make a real difference. Watch out for hidden salt in bread, soups, ham and ready meals.',
        ],
        [
          'u',
          'The salt will be the hard part, I do love a wee bit on my spuds. What can I use instead that has a bit of flavour?',
        ],
        [
          'a',
          'Try herbs like rosemary or thyme, garlic, lemon zest, black pepper, or a little smoked paprika.',
        ],
        ['u', "I have rosemary growing by the back wall so I'll try that on the roast potatoes."],
        ['a', 'Rosemary roast potatoes are delicious.'],
        [
          'u',
          "Is it true you shouldn't have grapefruit with blood pressure tablets? One of the girls at the baths said it.",
        ],
        [
          'a',
          "Grapefruit can interact with some medicines, including some blood pressure tablets. It's worth asking your pharmacist about your specific one.",
        ],
        ['u', "Well I'll leave the grapefruit then, I never liked it anyway."],
        ['a', 'Easy sacrifice!'],
        [
          'u',
          "Bramble's sitting watching me like I'm planting sausages. She dug up half my daffodils last week, the wee rascal.",
        ],
        ['a', "Sounds like she's supervising closely."],
        ['u', "Right, I'd better get these seeds in before the rain comes. Thank you love."],
        ['a', 'Happy sowing!'],
      ],
    },
    {
      start: '2024-04-29 14:30',
      lines: [
        [
          'u',
          "Hello again, I've been busy! I went to the garden centre at Dundonald with my friend Marian and came home with a rose I've wanted for years, a Gertrude Jekyll, the pink David Austin one with the gorgeous smell. I planted it beside the back door so I get the scent every time I go out.",
          'rose',
        ],
        ['a', 'What a beautiful choice. It has one of the best fragrances of any rose.'],
        [
          'u',
          'How do I feed it and how often? The label says something about rose feed but the writing was far too wee.',
        ],
        [
          'a',
          'Feed it with a granular rose fertiliser in spring and again after the first flush of flowers in early summer. Water it well in dry spells, especially in its first year.',
        ],
        [
          'u',
          "Marian and I volunteer together at the hospice charity shop on the Upper Newtownards Road every Tuesday, sorting donations and doing the till. We were both nurses at the Ulster, she was on the children's ward and I was in A&E.",
          'shopTue1',
        ],
        ['a', "That's a lovely way to keep using your caring skills."],
        [
          'u',
          "You wouldn't believe what people donate. Last week somebody handed in a wedding dress still in the bag with the tags on. Marian and I had a right story made up about it.",
        ],
        ['a', 'There must be a tale behind that one!'],
        [
          'u',
          'Could you help me write a wee notice for the shop window asking for donations of summer clothes? Nothing too fancy.',
        ],
        [
          'a',
          "'Summer is coming! We'd be so grateful for donations of clean summer clothes, sandals and sunhats. Every item helps support hospice care in our community. Thank you!'",
        ],
        ['u', "That's lovely, I'll print it off at the library, the girl there showed me how."],
        ['a', 'Perfect.'],
        [
          'u',
          'And how do I make the tablet stop going dark so quick? It keeps switching off on me in the middle of reading.',
        ],
        [
          'a',
          'Go to Settings, then Display & Brightness, then Auto-Lock, and choose a longer time, like 5 or 10 minutes.',
        ],
        ['u', "Aye, that's it sorted. You're very patient with me."],
        ['a', "You're doing brilliantly."],
        [
          'u',
          "Bramble came to the garden centre too, they let dogs in, and she got a biscuit off the girl at the till. She thinks it's her new favourite place.",
        ],
        ['a', 'A dog-friendly garden centre is a treat for everyone.'],
      ],
    },
    {
      start: '2024-05-20 19:00',
      lines: [
        [
          'u',
          "Well I had the grandchildren today and I'm worn out. Kieran's two, Orla who's nine and Patrick who's six. Kieran's my son, he lives out in Dundonald with his wife Sinéad.",
          'grandkids',
        ],
        ['a', 'That sounds like a busy, lovely day.'],
        [
          'u',
          "Orla wants to be a vet and Patrick wants to be a dinosaur, so we'll see which of them gets their way.",
        ],
        ['a', 'Ha! Both ambitious careers.'],
        [
          'u',
          'Could you give me an easy rainy day activity for children that age? It poured all afternoon and they were climbing the walls.',
        ],
        [
          'a',
          '1. Make salt dough and model animals or dinosaurs, then bake and paint them. 2. A treasure hunt around the house with clues. 3. Build a blanket fort and read stories in it.',
        ],
        [
          'u',
          "The salt dough, that's a good one, I'll do that next time. Though I'm not meant to be near salt these days ha ha.",
        ],
        ['a', "As long as you don't eat it, you're safe!"],
        [
          'u',
          "My knees were at me after running round the garden after Patrick. Thank goodness for the aqua aerobics on a Monday, it's the only thing keeps them moving.",
          'aqua2',
        ],
        ['a', 'Water exercise is very kind to the joints.'],
        [
          'u',
          "Kieran was asking would I think of selling the house and getting something smaller. I'm not ready, that garden is my whole life and Seamus and I had forty years in this house.",
        ],
        ['a', "That's completely understandable. There's no need to rush a decision like that."],
        ['u', "Aye, there's no rush. Maybe in a few years."],
        ['a', 'Exactly.'],
        [
          'u',
          'Can you tell me a good flower to plant for the bees? I want to do a wee bee patch down the bottom of the garden.',
        ],
        [
          'a',
          'Lavender, borage, foxgloves, cosmos, salvias and single-flowered dahlias are all great for bees.',
        ],
        ['u', "I'll get lavender and cosmos. Goodnight love."],
        ['a', 'Goodnight!'],
      ],
    },
    {
      start: '2024-06-10 10:30',
      lines: [
        [
          'u',
          "Good morning. I wanted to ask you something, my ankles have been terrible swollen these last few weeks, like balloons by the evening. Could that be the amlodipine I'm on for my blood pressure?",
          'amlo2',
        ],
        [
          'a',
          "Ankle swelling is a well-known side effect of amlodipine. It's worth speaking to your GP; they may adjust the dose or switch you to something else.",
        ],
        ['u', 'I knew it. Forty years a nurse and I still go to the computer instead of trusting myself ha.'],
        ['a', "It's always good to double-check."],
        [
          'u',
          "Well I rang the surgery and got in the same day. Dr Patterson has taken me off the amlodipine altogether and started me on ramipril, 2.5mg, and I'm to go back in two weeks for bloods to check the kidneys.",
          'ramipril1',
        ],
        ['a', "That's a common switch. The blood test is routine with ramipril."],
        ['u', "She says it can give you a dry tickly cough. I'll keep an eye."],
        ['a', 'Yes, mention it to her if it happens; there are alternatives.'],
        [
          'u',
          "Tomorrow's a hard day. It's three years since Seamus died. Kieran's taking me up to Roselawn to the grave and then we'll get lunch.",
        ],
        ['a', "I'm thinking of you. It's lovely that Kieran will be with you."],
        ['u', "Thank you, you're very kind for a computer. He'd have laughed at me talking to a tablet."],
        ['a', "I think he'd be proud of you for giving it a go."],
        [
          'u',
          'Could you give me a nice short poem I could read at the grave? Nothing too long, I get upset.',
        ],
        [
          'a',
          "1. 'Do not stand at my grave and weep'. 2. The old Irish blessing, 'May the road rise up to meet you'. 3. A few lines of 'Remember' by Christina Rossetti.",
        ],
        ['u', "The Irish blessing, he loved that one. I'll print it off."],
        ['a', 'That sounds perfect.'],
        ['u', "Thank you pet. I'll let you go."],
        ['a', 'Take care of yourself tomorrow.'],
      ],
    },
    {
      start: '2024-07-01 16:00',
      lines: [
        [
          'u',
          'Wonderful news! Bernadette rang last night, her and her husband Tom are expecting their first baby in October! I cried my eyes out.',
          'bernPregnant',
        ],
        ['a', 'Congratulations! What wonderful news.'],
        [
          'u',
          "I'm going to knit a blanket. Could you find me a simple baby blanket pattern for someone who hasn't knitted in years?",
        ],
        [
          'a',
          "A garter stitch blanket is perfect: cast on about 120 stitches in DK yarn on 4mm needles and knit every row until it's square, then cast off loosely. You can add a simple border later.",
        ],
        ['u', "Garter stitch I can manage. I'll get some soft lemon wool."],
        ['a', 'Lemon is lovely and works for any baby.'],
        [
          'u',
          "The sweet peas are coming on a treat. I've entered them into the horticultural show at the church hall in August, and my dahlias too.",
        ],
        ['a', 'How exciting! Good luck.'],
        [
          'u',
          "How do I get the sweet peas looking their best for showing? Long straight stems is what the judges want, I'm told.",
        ],
        [
          'a',
          'Grow them as cordons up single canes, remove tendrils and side shoots, tie in regularly, water and feed well, and cut early in the morning the day before.',
        ],
        [
          'u',
          "I'll do the tendrils. Marian says I'm taking it far too seriously but sure what else would I be doing.",
        ],
        ['a', 'A bit of competition keeps it fun!'],
        [
          'u',
          'Tuesday at the shop was busy, the summer clothes are flying out the door after our wee notice.',
          'shopTue2',
        ],
        ['a', "That's great, the notice worked!"],
        [
          'u',
          'And I had my bloods done, the kidneys are grand on the ramipril and my ankles are back to their normal size, thank God.',
          'ramipril2',
        ],
        ['a', "That's really good to hear."],
        ['u', "Right, Bramble's looking at me for her walk. Bye for now."],
        ['a', 'Enjoy the walk!'],
      ],
    },
    {
      start: '2024-08-12 13:00',
      lines: [
        [
          'u',
          'Well the show was on Saturday and I got a second prize for my sweet peas! A red card and all!',
          'sweetPeaResult',
        ],
        ['a', "Congratulations! That's a real achievement."],
        [
          'u',
          "The dahlias didn't place, but the judge wrote 'highly commended' on them so I'm not complaining. A man from Holywood won nearly everything, he has a polytunnel the size of a house.",
          'dahliaResult',
        ],
        ['a', 'Highly commended is still recognition!'],
        [
          'u',
          "Other news: Templemore Baths are closing for a big refurbishment so that's the end of the aqua aerobics for me. The girls and I have joined walking netball instead, Thursday mornings at Lisnasharragh leisure centre.",
          'netball1',
        ],
        ['a', 'Walking netball is great fun and very sociable.'],
        [
          'u',
          "Have you heard of it? You can't run and you can't jump, which suits my knees. I was a goal shooter at school, so it's coming back to me.",
        ],
        ['a', 'Perfect for a former goal shooter.'],
        [
          'u',
          "Could you explain the positions to me? I've forgotten what the wing defence is allowed to do.",
        ],
        [
          'a',
          'Wing Defence can go in the centre third and their own goal third, but not the shooting circle. Their job is to mark the opposing Wing Attack.',
        ],
        [
          'u',
          "That's grand, I'll tell the girls. Maureen keeps wandering into the circle and getting whistled.",
        ],
        ['a', 'Ha, Maureen needs this explanation too.'],
        [
          'u',
          'The tomatoes are ripening now, more than I know what to do with. Have you a recipe for a tomato soup that freezes well?',
        ],
        [
          'a',
          'Roast halved tomatoes with onion, garlic and a drizzle of oil for 40 minutes, then blend with a little stock and basil. Leave out the cream until reheating and it freezes beautifully.',
        ],
        ['u', "I'll make a big pot tomorrow. Thank you love."],
        ['a', 'Enjoy!'],
        ['u', 'Oh and Bramble ate a tomato off the plant, the wee article. Is that dangerous for dogs?'],
        [
          'a',
          'Ripe tomatoes in small amounts are usually fine, but the green parts of the plant can upset dogs. Keep an eye on her.',
        ],
      ],
    },
    {
      start: '2024-09-02 18:00',
      lines: [
        [
          'u',
          "I want to go over to Manchester when the baby comes, probably end of October. What's the easiest way for me? I don't want anything too complicated at my age.",
        ],
        [
          'a',
          '1. Fly from Belfast City Airport to Manchester, about an hour, and Bernadette collects you. 2. The overnight ferry from Belfast to Liverpool, then a train to Manchester. 3. Ferry to Cairnryan and a coach, which is a long day.',
        ],
        [
          'u',
          "I'll do the flight from the City Airport, it's only ten minutes from the house in a taxi. The overnight boat would be too long for me on my own.",
          'manchesterPick',
        ],
        ['a', "Very sensible. Book assistance if you'd like help at the airport."],
        [
          'u',
          'Can I bring my knitting needles in my hand luggage? I want to finish the blanket on the plane.',
        ],
        [
          'a',
          'UK airports generally allow knitting needles in hand luggage, but check with your airline to be sure.',
        ],
        ['u', "Grand. And Kieran's said he'll take Bramble while I'm away, the kids are thrilled."],
        ['a', "She'll be spoiled rotten."],
        [
          'u',
          "I've a bit of news myself. I've moved from the shop to the hospice itself. I'm volunteering in the day room on Wednesday afternoons now, making tea and chatting to the patients, maybe reading to them. They were short of people with a nursing background.",
          'hospiceWed1',
        ],
        ['a', "That's a wonderful role, and your experience will be so valued."],
        [
          'u',
          "It's a different thing from the shop, more like being back on the wards in a way, but gentler. Marian is staying on at the shop, she says the till is her kingdom.",
        ],
        ['a', "It sounds like you've both found your places."],
        [
          'u',
          'Do you know any good short stories I could read aloud? Something light, a lot of them are older folk.',
        ],
        [
          'a',
          "James Herriot's vet stories, Maeve Binchy's short stories, or some gentle Alexander McCall Smith would all be lovely to read aloud.",
        ],
        ['u', "Oh James Herriot, yes, they'll love the animals. I'll see if the library has it."],
        ['a', 'Perfect choice.'],
        ['u', "Thank you. I'd better get the tea on."],
        ['a', 'Enjoy your evening!'],
      ],
    },
    {
      start: '2024-10-07 11:30',
      lines: [
        [
          'u',
          "I got my flu jab this morning at the chemist, and the Covid booster in the other arm. Both arms sore now, I'm like a wee penguin.",
          'fluJab',
        ],
        ['a', 'Well done for getting both! The soreness should ease in a day or two.'],
        ['u', "Forty years giving jabs and I still look away when it's me getting them."],
        ['a', "That's very common, even among nurses!"],
        ['u', "Bernadette's due in about two weeks. I have my bag half packed already, she says I'm mad."],
        ['a', 'Being prepared is never mad.'],
        [
          'u',
          'The blanket is finished! Lemon garter stitch with a wee white border. Do you think I should sew a label on it with the date?',
        ],
        ['a', "That's a lovely idea. It'll become a real keepsake."],
        ['u', 'How do I do a video call to Bernadette on this thing again? I forgot where the button is.'],
        [
          'a',
          'Open the FaceTime app (the green camera icon), tap Bernadette in the list or search her name, then tap the video camera symbol.',
        ],
        ['u', "Got her! She looked tired but happy. The baby's kicking like a footballer."],
        ['a', 'Lovely!'],
        [
          'u',
          "The weather's turned cold. Should I be lifting my dahlia tubers now or wait for the first frost?",
        ],
        [
          'a',
          'Wait until the first frost has blackened the foliage, then cut the stems back and lift the tubers to dry off before storing.',
        ],
        [
          'u',
          "I'll wait then. Bramble loves the leaves falling, she chases them round the lawn like they're cats.",
        ],
        ['a', 'That sounds like great entertainment.'],
        ['u', 'Right, paracetamol and a cup of tea for these arms.'],
        ['a', 'Take it easy!'],
      ],
    },
    {
      start: '2024-11-04 20:00',
      lines: [
        [
          'u',
          "I'm back! I got home from Manchester on Saturday and I'm still floating on air.",
          'manchesterBack',
        ],
        ['a', "Welcome home! How's the baby?"],
        [
          'u',
          "Bernadette's wee Niamh was born on the 22nd of October, seven pounds two ounces, and she has Seamus's chin, I swear to God.",
          'niamhBorn',
        ],
        ['a', 'Congratulations, Granny! What a special thing.'],
        ['u', "Bernadette's doing well, and Tom is a natural, changing nappies like he was born to it."],
        ['a', "That's great to hear."],
        [
          'u',
          'The flight was grand, I knitted the whole way and a lovely young fella lifted my case down for me.',
        ],
        ['a', 'Glad it went smoothly.'],
        ['u', 'Could you help me make a wee photo album on the tablet with all the pictures of her?'],
        [
          'a',
          'Open Photos, tap Albums, tap the + sign, choose New Album, give it a name, then tick the photos you want to add.',
        ],
        ['u', "Done! I called it 'Our Niamh'."],
        ['a', 'Perfect name.'],
        ['u', "Kieran said Bramble was no bother, but Orla was feeding her ham so she's a bit rounder."],
        ['a', 'A holiday for Bramble too, then!'],
        [
          'u',
          "I missed my Wednesday at the hospice while I was away, but I'm back in the day room this week. One of the men asked where his storyteller went, wasn't that lovely.",
          'hospiceWed2',
        ],
        ['a', "That's very touching."],
        ['u', "Goodnight love, I'm away to my bed."],
        ['a', 'Goodnight!'],
      ],
    },
    {
      start: '2024-12-02 15:00',
      lines: [
        [
          'u',
          "I'm making my Christmas list. Kieran and Sinéad are having me for the dinner, and Bernadette, Tom and the baby are coming over on the 27th.",
        ],
        ['a', 'That sounds like a lovely Christmas.'],
        ['u', "What could I get Orla and Patrick? Orla's mad about animals and Patrick is still a dinosaur."],
        [
          'a',
          "1. A dinosaur fossil dig kit for Patrick. 2. A children's book about being a vet for Orla. 3. A visit to the zoo for both of them.",
        ],
        ['u', 'The fossil dig kit for Patrick and the vet book for Orla.'],
        ['a', 'Great choices.'],
        [
          'u',
          "I had my six-month review at the doctor's and my blood pressure's down to 132 over 80 on the ramipril. Dr Patterson was delighted with me.",
          'ramipril3',
        ],
        ['a', "That's an excellent reading!"],
        [
          'u',
          "Walking netball is still going great on a Thursday, we've a wee Christmas tournament against a team from Bangor next week.",
          'netball2',
        ],
        ['a', 'Good luck in the tournament!'],
        ['u', 'Could you help me with a Christmas card message for the patients and staff?'],
        [
          'a',
          "'Wishing you all peace, warmth and comfort this Christmas. Thank you for letting me share my Wednesdays with you. With love, Fionnuala.'",
        ],
        [
          'u',
          "That's lovely. I'll write it in my best hand and bring it into the hospice day room on Wednesday when I'm in.",
          'hospiceWed3',
        ],
        ['a', "They'll be touched."],
        [
          'u',
          "I'm thinking of doing a Christmas cake this year, the first since Seamus. Is it too late to feed it brandy?",
        ],
        [
          'a',
          'Not at all. Even three weeks of feeding will make a big difference. Feed it a couple of tablespoons each week.',
        ],
        ['u', 'Right so, cake this weekend then. Thank you pet.'],
        ['a', 'Enjoy the baking!'],
      ],
    },
    {
      start: '2025-01-13 10:00',
      lines: [
        [
          'u',
          "Happy new year! I'm sitting with a cup of tea and the seed catalogue, planning the garden already.",
        ],
        ['a', "Happy new year! That's the best part of January."],
        [
          'u',
          "I want to try sowing my sweet peas in the autumn next time to get them bigger for the show. Could you tell me how that's done?",
        ],
        [
          'a',
          'Sow in October in deep pots or root trainers, keep them in a cold frame or unheated greenhouse over winter, pinch out the tips when they have a few pairs of leaves, and plant out in spring.',
        ],
        [
          'u',
          "And I'll do the Gardener's Delight again of course, and maybe a yellow tomato for something different. Which would you recommend?",
          'tomato2',
        ],
        [
          'a',
          '1. Sungold, very sweet and prolific. 2. Golden Sunrise, a medium round yellow. 3. Yellow Pear, small and pear-shaped.',
        ],
        ['u', "Sungold, I've heard they're as sweet as sweeties."],
        ['a', 'They really are.'],
        [
          'u',
          'We won two out of three games in the netball tournament against Bangor, and I scored four goals!',
          'netball3',
        ],
        ['a', 'Brilliant! The goal shooter is back.'],
        [
          'u',
          "I'm getting on great with the tablet now, Bernadette can't believe it. I do my shopping on it, the video calls, and I even read the paper on it.",
        ],
        ['a', "That's fantastic progress."],
        [
          'u',
          "Bramble's getting a bit stiff in her back legs, she's eleven now. Is there anything that helps old dogs with their joints?",
        ],
        [
          'a',
          'Keep her weight down, give her a warm, supportive bed, short regular walks, and ask the vet about joint supplements or pain relief.',
        ],
        ['u', "I'll bring her to the vet. She'd eat anything so a supplement would be no bother."],
        ['a', 'She sounds like a very easy patient.'],
        ['u', "Thank you love, you've been great company this past year."],
        ['a', "It's been a pleasure, Fionnuala."],
        ['u', "Now I'm away out to see if the snowdrops are up."],
        ['a', 'Enjoy them!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What did my late husband do for a living?', ['seamus']],
    ['single-hop', 'What variety is the rose I came home from the garden centre with?', ['rose']],
    [
      'single-hop',
      "How did I decide to travel over to my daughter's when the baby came?",
      ['manchesterPick'],
    ],
    ['single-hop', 'What breed is my wee dog?', ['bramble']],
    ['single-hop', 'Which tomatoes do I grow every year?', ['tomato', 'tomato2']],
    ['multi-hop', 'How many grandchildren have I got now?', ['grandkids', 'niamhBorn']],
    ['multi-hop', 'How did my flowers get on at the show?', ['sweetPeaResult', 'dahliaResult']],
    ['temporal', 'How long have I had this tablet now?', ['tabletGift'], { askedAt: '2025-02-10 11:00' }],
    [
      'temporal',
      'Which came first, getting my flu jab or going over to see the new baby?',
      ['fluJab', 'manchesterBack'],
      { askedAt: '2025-02-10 11:05' },
    ],
    [
      'updated',
      'Which blood pressure tablet am I taking these days?',
      ['ramipril1', 'ramipril2', 'ramipril3'],
      { stale: ['amlo1', 'amlo2'] },
    ],
    [
      'updated',
      'What exercise do I do with the girls at the moment?',
      ['netball1', 'netball2', 'netball3'],
      { stale: ['aqua1', 'aqua2'] },
    ],
    [
      'updated',
      'Where is my volunteering these days, and on what day?',
      ['hospiceWed1', 'hospiceWed2', 'hospiceWed3'],
      { stale: ['shopTue1', 'shopTue2'] },
    ],
    ['off-topic', 'How many players are on a rugby union team?', []],
    ['off-topic', 'How do you convert Fahrenheit to Celsius?', []],
    ['off-topic', "What's the best way to clean a cast iron pan?", []],
  ],
});

import { definePersona } from '../author.ts';

export const rosa = definePersona({
  user_id: 'h6-rosa',
  name: 'Rosa',
  summary:
    'Rosa Kowalski, 67, retired third-grade teacher and widow in Dayton, Ohio; quilter, gardener, choir soprano, grandmother of Ellie and Owen. Writes long, polite, chatty messages. Switches blood pressure pills, sells her house and moves to a condo near her daughter in Dublin, Ohio, joins a new choir and starts seeing Walter.',
  language: 'en',
  sessions: [
    {
      start: '2025-04-05 09:20',
      lines: [
        [
          'u',
          'Good morning! I hope you can help an old lady with a quilting question. I am working on a log cabin quilt and my binding corners keep coming out bunchy instead of nice crisp miters.',
        ],
        [
          'a',
          'Good morning! Bunchy corners usually come from not folding the binding at a 45-degree angle before turning. Stop a quarter inch from the edge, fold up, then fold down along the next side.',
        ],
        [
          'u',
          'Oh, I think I have been stopping too early, maybe half an inch. My late husband Frank used to tease me that I measured everything by eye. He passed in 2022 and I still hear him when I sew.',
          'frank',
        ],
        [
          'a',
          'I am so sorry about Frank. It sounds like he knew you well. A quarter inch exactly makes a big difference.',
        ],
        [
          'u',
          'Thank you, dear. I taught third grade for thirty-one years at Harrison Elementary, so you would think I would be better at measuring! I retired in 2019.',
          'teacher',
        ],
        [
          'a',
          'Thirty-one years of third graders deserves a medal. Retirement seems to keep you busy though.',
        ],
        [
          'u',
          'It certainly does. I have the whole back bedroom of my house here in Dayton set up as a sewing room, and my cat Biscuit sleeps on the fabric pile whenever I leave it.',
          'house-old',
        ],
        [
          'a',
          'Cats do love fabric. Maybe give Biscuit a folded scrap quilt of his own so he leaves the good pieces alone.',
        ],
        [
          'u',
          'What a clever idea. He is a big orange tabby and very spoiled. What width binding strips do you recommend?',
        ],
        [
          'a',
          'For most quilts, 2¼ or 2½ inch strips folded in half work well. 2½ is a bit easier to handle.',
        ],
        [
          'u',
          'I will cut them at 2½ then. Do you press the seams of the binding strips open or to one side?',
        ],
        ['a', 'Press them open, it reduces bulk where the strips join.'],
        [
          'u',
          'Open it is. You have been a great help this morning. I will let you know how the corners turn out.',
        ],
        ['a', 'Please do. Happy quilting, Rosa!'],
        [
          'u',
          'Oh, one more thing before I go. Is there a good way to store fabric so it does not fade? My stash is in clear plastic bins by the window.',
        ],
        [
          'a',
          'Move the bins away from direct sunlight, or use opaque bins. Sunlight fades fabric quickly, even through plastic.',
        ],
        [
          'u',
          'I will move them into the closet this afternoon. Biscuit will be disappointed, that windowsill is his favorite spot.',
        ],
        ['a', 'He will find a new favorite spot, cats always do.'],
      ],
    },
    {
      start: '2025-04-27 14:05',
      lines: [
        [
          'u',
          'Hello again! It is finally warm enough to think about the vegetable garden. I always grow tomatoes along the fence, but I want to try something different this year.',
        ],
        [
          'a',
          'Fun! A few ideas: 1) Better Boy, reliable and big; 2) Cherokee Purple, an heirloom with a rich smoky flavor; 3) Sun Gold, very sweet orange cherry tomatoes.',
        ],
        [
          'u',
          'I will go with the purple heirloom. Frank never let me grow anything "fancy" and I think it is time. I will buy four plants at the nursery on Far Hills.',
          'tomato',
        ],
        [
          'a',
          'Cherokee Purple is a great choice. Give them strong cages, they get tall and a bit sprawling.',
        ],
        ['u', 'Do they need a lot of water? Our summers in Ohio can be quite dry in July.'],
        [
          'a',
          'Deep watering two or three times a week is better than a little every day. Mulch helps a lot.',
        ],
        ['u', 'I have plenty of shredded leaves from the fall, I could use those as mulch.'],
        ['a', 'Perfect, shredded leaves make excellent mulch.'],
        [
          'u',
          'My hydrangeas by the porch are another story. They were blue when we planted them and now they are turning pink. Is something wrong with them?',
        ],
        [
          'a',
          'Nothing wrong, it is soil pH. Alkaline soil makes them pink. Adding garden sulfur or aluminum sulfate can bring the blue back.',
        ],
        ['u', 'Well, I suppose pink is nice too. Maybe I will just let them be pink.'],
        ['a', 'That is perfectly fine, they are healthy either way.'],
        ['u', 'When should I put the tomatoes in the ground? I do not want to lose them to a late frost.'],
        ['a', 'Around Dayton, mid-May is usually safe. Mother’s Day weekend is a good rule of thumb.'],
        ['u', 'Mother’s Day it is. Thank you so much!'],
        ['a', 'You are welcome. Happy gardening!'],
        ['u', 'Should I plant basil next to the tomatoes? My neighbor swears it makes them taste better.'],
        [
          'a',
          'Basil is a classic companion plant. The taste claim is debated, but it attracts pollinators and you get fresh basil.',
        ],
        ['u', 'Then basil it is, at the very least for my Sunday spaghetti sauce.'],
        ['a', 'Fresh basil in the sauce is never a bad idea.'],
      ],
    },
    {
      start: '2025-05-30 11:45',
      lines: [
        [
          'u',
          'I had my checkup with Dr. Patel yesterday and I am a little rattled, so I thought I would talk it through with you.',
        ],
        ['a', 'Of course. What did the doctor say?'],
        [
          'u',
          'My blood pressure is still a bit high even on the lisinopril, 10 milligrams every morning, and I have had this nagging dry cough for months that she thinks might be from the pill.',
          'bp-old',
        ],
        ['a', 'A dry cough is a known side effect of lisinopril. Did she suggest changing it?'],
        [
          'u',
          'She said we would see in a few weeks if the cough continues. I am keeping a little diary of it for her.',
        ],
        ['a', 'That is a good idea. Writing down when it happens helps the doctor decide.'],
        [
          'u',
          'The other thing is my blood sugar. My A1C came back at 6.0, which she called prediabetes. I have always had a sweet tooth, I am afraid.',
          'a1c',
        ],
        ['a', 'Prediabetes is very manageable with diet and activity. Many people bring the number down.'],
        [
          'u',
          'She wants me to cut way back on sugar and white bread. No more pie every Sunday after church, which breaks my heart a little.',
          'sugar',
        ],
        [
          'a',
          'You could try fruit-based desserts, like baked apples with cinnamon and a little nuts, or berries with Greek yogurt.',
        ],
        ['u', 'Baked apples sound lovely. Could I use a sugar substitute in my rhubarb crisp?'],
        [
          'a',
          'Yes, allulose or a monk fruit blend works well in crisps. Use oats and a little butter for the topping.',
        ],
        [
          'u',
          'I will try the monk fruit one. And I will walk around the block after dinner, Dr. Patel said that helps too.',
        ],
        ['a', 'A short walk after meals is very effective for blood sugar. Good plan.'],
        ['u', 'Thank you for calming me down, dear.'],
        ['a', 'Any time, Rosa. You are taking all the right steps.'],
        ['u', 'Do you think I should tell my children about the prediabetes? I do not want them to worry.'],
        ['a', 'It may help to tell them; they can support you, and family history matters for them too.'],
        [
          'u',
          'You are right. I will mention it to Karen on the phone Sunday, she worries less than Michael.',
        ],
        ['a', 'That sounds like a gentle way to share it.'],
      ],
    },
    {
      start: '2025-06-21 16:30',
      lines: [
        [
          'u',
          'My grandchildren are coming to stay with me next week while my daughter Karen and her husband go to a wedding. Ellie is ten and Owen is seven, and they live up in Columbus.',
          'grandkids',
        ],
        ['a', 'How wonderful! What would you like to do with them?'],
        ['u', 'I want one special outing. I was thinking of something educational but fun.'],
        [
          'a',
          'Some ideas: 1) the Cincinnati Zoo, about an hour away; 2) the Boonshoft Museum of Discovery in Dayton; 3) the National Museum of the U.S. Air Force, free and huge.',
        ],
        [
          'u',
          'The Boonshoft, I think. It is close to home, and Owen is absolutely crazy about dinosaurs, he knows every name, so he will love the fossils there.',
          'owen',
        ],
        ['a', 'Great choice. They have a nice dinosaur area and a small zoo too.'],
        [
          'u',
          'I need to be careful with snacks. Ellie is allergic to tree nuts, walnuts, pecans, cashews, all of them. Karen sends an EpiPen with her.',
          'ellie-allergy',
        ],
        ['a', 'Good to know. Pack your own snacks, and check labels for "may contain tree nuts".'],
        [
          'u',
          'I always read the labels twice. Could you suggest a few nut-free lunches the children will actually eat?',
        ],
        [
          'a',
          'Turkey and cheese roll-ups, homemade pizza bagels, chicken quesadillas, or pasta salad with peas and ham.',
        ],
        ['u', 'Pizza bagels! Ellie will be thrilled. Owen eats anything if you call it dinosaur food.'],
        ['a', 'Then those are “T-rex bagels” for the week!'],
        [
          'u',
          'Ha! I love that. I will also teach Ellie to sew a little pillow, she asked me last Christmas.',
        ],
        ['a', 'A simple envelope pillow is a perfect first project for a ten-year-old.'],
        ['u', 'Perfect. I am so excited to have them.'],
        ['a', 'They are lucky to have such a fun grandma.'],
        ['u', 'Any ideas for a rainy afternoon in case the weather turns? Owen gets restless.'],
        [
          'a',
          'A blanket fort, baking cookies together, a dinosaur dig with toys buried in a tub of rice, or a movie with popcorn.',
        ],
        ['u', 'The dinosaur dig in rice! I have a big bag of rice in the pantry. Owen will go wild.'],
        ['a', 'It will keep him busy for hours.'],
      ],
    },
    {
      start: '2025-07-19 10:10',
      lines: [
        [
          'u',
          'A little update from the doctor front. The cough kept going, so Dr. Patel took me off the old pill.',
        ],
        ['a', 'I hope the new one is working better. What did she switch you to?'],
        [
          'u',
          'Amlodipine, 5 milligrams once a day. The cough is almost gone after three weeks, but my ankles are a tiny bit puffy in the evenings.',
          'bp-new',
        ],
        [
          'a',
          'Mild ankle swelling is a common side effect of amlodipine. Putting your feet up helps; mention it at your next visit.',
        ],
        ['u', 'I will. It is such a relief to sleep without coughing. Choir practice is much easier too.'],
        ['a', 'You sing in a choir? That is lovely.'],
        [
          'u',
          'Oh yes, I have sung soprano in the choir at St. Paul’s Lutheran here in Dayton for almost twenty years. Thursday evening rehearsals and Sunday service.',
          'choir-old',
        ],
        ['a', 'Twenty years! You must know the repertoire by heart.'],
        [
          'u',
          'Some of it, yes. We are learning a new arrangement of "Be Thou My Vision" and the high notes are a challenge for my old voice.',
        ],
        ['a', 'Warm up gently, stay hydrated, and think of the high notes as light rather than loud.'],
        [
          'u',
          'Light rather than loud, I will tell our director that one. She is always telling the sopranos to calm down.',
        ],
        ['a', 'It is good advice for many choirs!'],
        [
          'u',
          'The tomatoes are coming along beautifully, by the way. The first purple ones should be ready in a couple of weeks.',
        ],
        [
          'a',
          'Wonderful. Pick them when they are slightly soft with green shoulders, that is normal for that variety.',
        ],
        ['u', 'Thank you, I did not know the green shoulders were normal!'],
        ['a', 'Many heirlooms do that. They still taste wonderful.'],
        ['u', 'I am thinking of making fresh salsa with them. Is a Cherokee Purple too juicy for salsa?'],
        [
          'a',
          'It is juicy, so scoop out some of the seeds and let the chopped tomatoes drain a few minutes before mixing.',
        ],
        ['u', 'I will do that. I will bring some to choir practice on Thursday, they love my salsa.'],
        ['a', 'They will love it with your homegrown tomatoes.'],
      ],
    },
    {
      start: '2025-08-24 19:00',
      lines: [
        [
          'u',
          'I need some help thinking through a big decision. Karen has been asking me to move closer to them in Columbus.',
        ],
        ['a', 'That is a big decision. How are you feeling about it?'],
        [
          'u',
          'Torn. This house holds forty years of memories with Frank, but it is a lot for one person, the stairs, the yard, the gutters. And I would see the grandchildren every week.',
        ],
        ['a', 'Both sides make sense. What kinds of places are you considering?'],
        [
          'u',
          'Karen sent me three listings. Could you help me compare them? A condo, a retirement community and an apartment.',
        ],
        [
          'a',
          'Sure: 1) a two-bedroom condo in Dublin, ten minutes from Karen, single floor; 2) a 55+ community in Westerville with activities but a longer drive; 3) a rental apartment in Grandview, walkable but on the third floor.',
        ],
        [
          'u',
          'The first one, the condo in Dublin. One floor, near Karen, and the second bedroom can be my sewing room. I am going to make an offer.',
          'condo-choice',
        ],
        ['a', 'That sounds like a good fit. Will you sell the Dayton house first or buy first?'],
        [
          'u',
          'The realtor says houses in my neighborhood sell quickly, so I will list it in September and hopefully close in October.',
        ],
        ['a', 'That is a reasonable timeline. Would you like a checklist for preparing the house to sell?'],
        ['u', 'Yes, please, a short one. I get overwhelmed by long lists these days.'],
        [
          'a',
          'Short list: 1) declutter each room, 2) fix small repairs, 3) clean deeply, 4) tidy the yard, 5) take good photos.',
        ],
        ['u', 'Five things. I can do five things. Thank you, dear.'],
        ['a', 'You can do it. One room at a time.'],
        ['u', 'Where do I even start? Frank’s workshop in the garage is full of tools I never touch.'],
        [
          'a',
          'You could ask a family member if they want anything, then sell or donate the rest. Habitat for Humanity ReStore takes tools.',
        ],
        ['u', 'Michael might want Frank’s old lathe. I will ask him before I give anything away.'],
        ['a', 'That is a kind idea, it keeps a piece of Frank in the family.'],
      ],
    },
    {
      start: '2025-10-04 13:15',
      lines: [
        [
          'u',
          'Well, it happened! The house sold after only eight days on the market, to a young couple with a baby. I cried when I signed the papers this week.',
          'house-sold',
        ],
        ['a', 'Congratulations, and that is completely understandable. It must be bittersweet.'],
        ['u', 'It is. But I like that a family will live there. I am moving on October 25th.'],
        ['a', 'That is only three weeks. Would a packing plan help?'],
        [
          'u',
          'Yes. The thing I am most nervous about is my sewing machine. It is a Bernina 570 and it cost more than my first car.',
          'sewing-machine',
        ],
        [
          'a',
          'Pack it in its original box if you still have it, or wrap it in a blanket and carry it in your own car, not the moving truck.',
        ],
        ['u', 'I do still have the box! Frank never threw any box away. It is in the attic.'],
        ['a', 'Perfect. Remove the needle and presser foot and lower the feed dogs before packing.'],
        ['u', 'What about Biscuit? He hates the car.'],
        [
          'a',
          'Ask your vet about a calming aid, keep him in a quiet room on moving day, and set up his litter box first in the new place.',
        ],
        ['u', 'Good thinking. I will put him in the bathroom with his bed on moving day.'],
        ['a', 'That should keep him safe and calm.'],
        [
          'u',
          'I am giving most of the furniture to the church rummage sale. I only need half of it in the condo.',
        ],
        ['a', 'That is generous, and it makes the move lighter.'],
        ['u', 'Should I change my address with the post office online or in person?'],
        [
          'a',
          'Online at usps.com is easiest, it costs about a dollar for identity verification. Do it two weeks before the move.',
        ],
        ['u', 'I will ask Karen to help me with the computer part. She is much faster than I am.'],
        ['a', 'Good idea. Also update Social Security, your bank and your doctor’s office.'],
      ],
    },
    {
      start: '2025-11-08 15:40',
      lines: [
        [
          'u',
          'I am writing to you from my new home! I have been settled into the condo in Dublin for two weeks now, and Biscuit has already claimed the sunny window.',
          'moved',
        ],
        ['a', 'Welcome home! How does it feel?'],
        [
          'u',
          'Strange and nice. Karen is ten minutes away and Owen came over after school on Tuesday to show me his fossil collection.',
        ],
        ['a', 'That must be wonderful to have them so close.'],
        [
          'u',
          'I have a small balcony, so no big vegetable garden anymore. Could I grow anything in pots there next spring? It faces south.',
        ],
        [
          'a',
          'South-facing is ideal. Patio tomatoes, herbs like basil and parsley, peppers, and lettuce in early spring all do well in containers.',
        ],
        ['u', 'I will try a patio tomato and some herbs. It will be a tiny garden but a garden.'],
        ['a', 'Tiny gardens can be very satisfying.'],
        [
          'u',
          'Another new thing: Karen gave me her old iPhone, an iPhone 12, and took away my flip phone. How do I send a photo in a text message?',
        ],
        [
          'a',
          'Open Messages, pick the conversation, tap the camera or photo icon next to the text box, choose the photo and tap the blue arrow.',
        ],
        [
          'u',
          'The blue arrow! I sent Michael a picture of Biscuit. He lives in Phoenix, my son, so he likes to see how I am doing.',
        ],
        ['a', 'That is lovely. Now he can see the new place too.'],
        ['u', 'And how do I make the letters bigger? My eyes are not what they were.'],
        ['a', 'Settings, then Display & Brightness, then Text Size, and drag the slider to the right.'],
        ['u', 'Oh, that is much better. Thank you!'],
        ['a', 'You are welcome. You will be a pro in no time.'],
        ['u', 'Is there a way to call Karen without searching through the contacts every time?'],
        [
          'a',
          'Yes, open her contact and tap "Add to Favorites". Then she will be in the Favorites tab of the Phone app.',
        ],
        ['u', 'Done! And I added Michael too. I feel very modern.'],
        ['a', 'Very modern indeed!'],
      ],
    },
    {
      start: '2025-12-06 18:20',
      lines: [
        [
          'u',
          'I have some news. I joined a choir again! I missed singing terribly after leaving St. Paul’s.',
        ],
        ['a', 'That is great news! Which choir?'],
        [
          'u',
          'The chancel choir at Dublin Community Church, just down the road from the condo. They rehearse Wednesday nights and they needed a soprano.',
          'choir-new',
        ],
        ['a', 'Sopranos are always welcome. How was the first rehearsal?'],
        [
          'u',
          'Very warm. And, well, there is a gentleman in the bass section named Walter who walked me to my car. He is a widower too, and he was a mail carrier for thirty-five years.',
          'walter',
        ],
        ['a', 'How kind of him. It sounds like you enjoyed talking with him.'],
        ['u', 'I did. I have not felt like this in a long time. It is a little silly at my age, isn’t it?'],
        ['a', 'Not silly at all. Connection matters at every age.'],
        [
          'u',
          'The choir is doing a Christmas cookie swap. Could you suggest a cookie I can eat too, with my blood sugar?',
        ],
        [
          'a',
          'Try oatmeal cookies sweetened with mashed banana and a little monk fruit, or almond flour shortbread.',
        ],
        ['u', 'Almond flour would be fine for the choir, but I will keep them away from Ellie of course.'],
        ['a', 'Good thinking. The oatmeal banana cookies would be safe for her.'],
        ['u', 'Then I will make the oatmeal ones so everyone can have them.'],
        ['a', 'That is a thoughtful choice.'],
        ['u', 'What should I sing for the Christmas Eve solo? The director asked me to pick something.'],
        [
          'a',
          '"O Holy Night" is a soprano favorite, or "Silent Night" for something gentle, or "In the Bleak Midwinter".',
        ],
        ['u', '"In the Bleak Midwinter", it was Frank’s favorite. I think I can manage it without crying.'],
        ['a', 'What a beautiful way to honor him.'],
      ],
    },
    {
      start: '2026-01-17 12:00',
      lines: [
        [
          'u',
          'Walter asked me to lunch on Saturday! We are going to the Columbus Museum of Art first and then to a little diner he likes.',
        ],
        ['a', 'That sounds like a lovely day. Are you excited?'],
        ['u', 'Excited and nervous. What does one wear for a museum date at sixty-seven?'],
        ['a', 'Comfortable shoes, slacks, and a nice sweater or blouse. Layers, museums can be cool.'],
        ['u', 'My blue cardigan then. Karen says it brings out my eyes.'],
        ['a', 'Sounds perfect.'],
        [
          'u',
          'Now a different matter. Michael wants me to visit him in Phoenix in March. Could you help me look at flights from Columbus?',
        ],
        [
          'a',
          'Typical options: 1) Southwest nonstop, about 4½ hours, around $320; 2) American with a stop in Charlotte, about 7 hours, around $260; 3) United via Chicago, about 6½ hours, around $290.',
        ],
        [
          'u',
          'I will take the nonstop. I do not want to run through Charlotte airport with my bad hip, sixty dollars is worth it.',
          'flight',
        ],
        ['a', 'Very sensible. Southwest also lets you bring two checked bags free.'],
        ['u', 'Good, because I am bringing Michael a quilt I made him. It is in blues and browns.'],
        ['a', 'What a special gift. Pack it in a zip bag inside your suitcase to keep it clean.'],
        ['u', 'I will. I will fly out March 12 and come back the 20th.'],
        ['a', 'That is a nice long visit. I hope you enjoy the warm weather.'],
        ['u', 'Who will feed Biscuit while I am gone? I do not want to board him.'],
        [
          'a',
          'Karen could stop by, or a pet sitter could come once a day. Rover and local sitters are common options.',
        ],
        [
          'u',
          'Owen begged to do it, so Karen will bring him over after school every day. He will earn some pocket money.',
        ],
        ['a', 'A perfect first job for a seven-year-old!'],
      ],
    },
    {
      start: '2026-02-21 20:30',
      lines: [
        [
          'u',
          'I wanted to tell someone: Walter and I are officially "going steady," as we used to say. Karen laughed at me for saying that.',
        ],
        ['a', 'That is wonderful news, Rosa! I am happy for you.'],
        [
          'u',
          'We go to the Friday night ballroom dance class at the community center now. He steps on my toes but I do not mind.',
        ],
        ['a', 'It takes time to learn to lead. Sounds like a lot of fun.'],
        [
          'u',
          'And good news from Dr. Patel: my A1C is down to 5.7. She was very pleased. All those baked apples and evening walks paid off.',
          'a1c-down',
        ],
        ['a', 'That is a great improvement. Well done!'],
        [
          'u',
          'I am quilting a quilt for Ellie’s eleventh birthday in April, in purple and teal, her favorite colors.',
        ],
        ['a', 'She will treasure that. What pattern are you using?'],
        ['u', 'A simple half-square triangle pattern. Which layout do you think is best for a child?'],
        [
          'a',
          'Options: 1) pinwheels, playful; 2) zigzag chevrons, bold and modern; 3) a diamond pattern, more traditional.',
        ],
        ['u', 'The zigzag, Ellie likes things modern. She says my old quilts are "vintage."', 'ellie-quilt'],
        ['a', 'Chevrons in purple and teal will look very modern.'],
        ['u', 'Ha. I will take "vintage" as a compliment.'],
        ['a', 'It is a compliment!'],
        [
          'u',
          'Walter wants to take me to Cleveland to see the orchestra in the spring. Is that too soon for an overnight trip?',
        ],
        ['a', 'There is no rule. If you feel comfortable, separate rooms are always an option too.'],
        ['u', 'Separate rooms, yes, I am old-fashioned. He agreed right away, which I liked.'],
        ['a', 'That sounds respectful and sweet.'],
      ],
    },
    {
      start: '2026-03-28 10:45',
      lines: [
        [
          'u',
          'I am back from Phoenix! It was eighty degrees and sunny the whole week. I came home with a little sunburn on my nose.',
        ],
        ['a', 'Welcome back! How was your visit with Michael?'],
        [
          'u',
          'Lovely, and I have big news. Michael and his wife Jen are expecting their first baby in August! A third grandchild, I can hardly believe it.',
          'baby',
        ],
        ['a', 'Congratulations, Grandma! That is wonderful.'],
        [
          'u',
          'I already want to make a baby quilt. Something gentle, soft yellows and greens since they are not finding out if it is a boy or a girl.',
        ],
        [
          'a',
          'Soft yellows and greens will be beautiful. A simple patchwork with minky backing is cozy for babies.',
        ],
        [
          'u',
          'I could use some help writing a thank-you note to Jen’s parents. They hosted a dinner for me while I was there.',
        ],
        [
          'a',
          'Draft: "Dear Linda and Tom, thank you so much for the lovely dinner during my visit. It was a joy to get to know you, and I am so excited we will share a grandchild this summer. Warmly, Rosa."',
        ],
        [
          'u',
          'That is perfect, but add something about Linda’s enchiladas. They were the best I have ever had.',
        ],
        ['a', 'Added: "Linda, your enchiladas were the best I have ever tasted, I would love the recipe!"'],
        ['u', 'Wonderful. Walter picked me up from the airport with flowers, can you imagine?'],
        ['a', 'What a gentleman. It sounds like a wonderful homecoming.'],
        ['u', 'It was. Biscuit ignored me for a whole day out of spite, though.'],
        ['a', 'Cats have their ways of telling us they missed us!'],
        ['u', 'I think I will join the book club at the library too. Am I taking on too much?'],
        ['a', 'If it brings you joy and you still have time to rest, it sounds like a good balance.'],
        ['u', 'They meet the first Monday of the month. The first book is a mystery, my favorite kind.'],
        ['a', 'A good mystery is a perfect way to start.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which kind of tomato did I decide to try growing last spring?', ['tomato']],
    [
      'single-hop',
      'What make and model is my sewing machine? I need to order a new presser foot.',
      ['sewing-machine'],
    ],
    ['single-hop', 'I want to buy Owen a little present, what is he really into?', ['owen']],
    ['single-hop', 'Which flight option did I choose for my trip to see Michael?', ['flight']],
    ['single-hop', 'What did Walter do for a living before he retired?', ['walter']],
    [
      'multi-hop',
      'I am baking treats for the grandchildren this weekend. What do I need to keep in mind, both for me and for Ellie?',
      ['sugar', 'ellie-allergy'],
    ],
    [
      'multi-hop',
      'How many grandchildren will I have once the new baby comes, and who are they?',
      ['grandkids', 'baby'],
    ],
    ['temporal', 'When did I first meet Walter?', ['walter'], { askedAt: '2026-04-12 10:00' }],
    [
      'temporal',
      'When was it that my A1C first came back in the prediabetes range?',
      ['a1c'],
      { askedAt: '2026-04-12 10:05' },
    ],
    ['updated', 'Where am I living these days?', ['moved'], { stale: ['house-old'] }],
    ['updated', 'Which blood pressure medicine am I taking now?', ['bp-new'], { stale: ['bp-old'] }],
    ['updated', 'Which choir am I singing with at the moment?', ['choir-new'], { stale: ['choir-old'] }],
    ['off-topic', 'How do I patch a flat tire on a bicycle?', []],
    ['off-topic', 'What is the easiest way to start learning Python programming?', []],
    ['off-topic', 'Why is Canberra the capital of Australia instead of Sydney?', []],
  ],
});

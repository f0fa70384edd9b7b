import { definePersona } from '../author.ts';

export const priya = definePersona({
  user_id: 'h2-priya',
  name: 'Priya Raman',
  summary:
    'Data engineer, 34, moves from Bangalore to Toronto with her husband and small daughter for a bank job; vegetarian; sister with a nut allergy.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-14 21:10',
      lines: [
        ['u', 'Hi! Can you help me set up a monthly household budget in Google Sheets?'],
        [
          'a',
          'Sure. Start with four blocks: income, fixed costs (rent, EMIs, school fees), variable costs (groceries, fuel, eating out) and savings. Do you want formulas for a running balance too?',
        ],
        ['u', 'Yes please, and a column that shows how much we are over or under each category.'],
        [
          'a',
          'Add columns Planned, Actual and Difference, with =C2-B2 in the Difference column. Conditional formatting can turn it red when the value is negative.',
        ],
        [
          'u',
          'Rent here in Indiranagar went up again, it is 38k now. Bangalore rents are honestly out of control.',
          'blr',
        ],
        [
          'a',
          'That is a big chunk. If rent is more than about 30% of take-home pay it is worth flagging in the sheet so you can see the trend over the year.',
        ],
        ['u', 'Good idea. What is a sensible percentage to put aside for an emergency fund each month?'],
        [
          'a',
          'A common rule is 10–20% of take-home pay until you have three to six months of expenses saved. After that you can redirect it to longer-term investments.',
        ],
        [
          'u',
          'I need to add my coffee spending too, I get through three cups of filter coffee a day and half of them are from the cafe downstairs.',
          'coffee1',
        ],
        [
          'a',
          'Put that under variable costs as "Cafe". Small daily purchases add up faster than people expect, so it is a good category to track separately.',
        ],
        ['u', 'How do I make a pie chart from the Actual column?'],
        [
          'a',
          'Select the category names and the Actual column, then Insert → Chart and choose Pie chart in the Chart editor. You can tick "Aggregate" if categories repeat.',
        ],
        [
          'u',
          'Work is busy, we have a big pipeline migration at Paytrail this quarter so I barely have evenings for this stuff.',
          'job1',
        ],
        [
          'a',
          'Then keep the sheet light: one input tab you update weekly, and a summary tab that calculates itself. Ten minutes on Sunday is enough.',
        ],
        ['u', 'Should I track cash spending too? We still pay the vegetable vendor in cash.'],
        [
          'a',
          'Yes, add a "Cash" row and note withdrawals there; otherwise the totals will never match your bank statement.',
        ],
        ['u', 'Makes sense. Perfect, thanks. That is enough for tonight.'],
        ['a', 'Good night! Come back any time you want to refine it.'],
      ],
    },
    {
      start: '2025-02-08 10:30',
      lines: [
        ['u', 'Weekend cooking help needed. Something with paneer that is not butter masala again?'],
        [
          'a',
          'Try paneer tikka in the oven, palak paneer, paneer bhurji, or a paneer and pepper stir-fry with soy and chilli. Any of these appeal?',
        ],
        ['u', 'Bhurji sounds fun. Recipe please, for three people.'],
        [
          'a',
          'Crumble 300 g paneer. Sauté cumin, one chopped onion, ginger-garlic paste and green chilli, add two tomatoes, turmeric, chilli powder and salt, then the paneer and peas. Finish with kasuri methi and coriander.',
        ],
        [
          'u',
          'Nice. No eggs in any of it, right? We are a fully vegetarian house, no meat, no fish, no eggs.',
          'veg',
        ],
        [
          'a',
          'Right, bhurji with paneer is naturally egg-free. I will keep suggestions free of meat, fish and eggs.',
        ],
        ['u', 'Also I need ideas for a small birthday party at home in April.'],
        [
          'a',
          'How old will the birthday person be? For small kids a theme, a few games and an early slot work best; for adults a dinner or a potluck.',
        ],
        ['u', 'Meera turns three on April 12th. She is obsessed with elephants right now.', 'meera'],
        [
          'a',
          'An elephant theme is easy: grey and pink balloons, an elephant cake, a "feed the elephant" bean-bag toss, and a short story session. Keep it to about 90 minutes for three-year-olds.',
        ],
        ['u', 'Love the bean-bag idea. What cake flavours work for toddlers?'],
        [
          'a',
          'Vanilla, chocolate or a mild banana cake are safe choices. Go easy on very rich frosting; a whipped cream or light buttercream is usually a hit.',
        ],
        [
          'u',
          'We have to be careful with the cake though, my sister Kavya is badly allergic to cashews and she will be there.',
          'kavya',
        ],
        [
          'a',
          'Important to flag to the bakery. Many Indian sweets and some cakes use cashew paste or cashew garnish, so ask for a nut-free kitchen or bake at home.',
        ],
        ['u', 'Maybe I will bake it myself then. Any easy eggless vanilla sponge recipe?'],
        [
          'a',
          'Mix 1.5 cups flour, 1 tsp baking powder, 1/2 tsp soda, 3/4 cup sugar, 1 cup yoghurt, 1/2 cup oil and 1 tsp vanilla. Bake at 180°C for 30–35 minutes in an 8-inch tin.',
        ],
        ['u', 'Can I replace the yoghurt with something if I run out?'],
        ['a', 'Buttermilk or milk with a spoon of vinegar works; the batter may be slightly thinner.'],
        ['u', 'And how many balloons would I need for a small living room?'],
        ['a', 'Around 30–40 balloons is plenty for a small room, plus a few for the kids to take home.'],
        ['u', 'Saving this. Thank you!'],
        ['a', 'Have fun with the bhurji and the planning!'],
      ],
    },
    {
      start: '2025-03-19 19:45',
      lines: [
        ['u', 'I have a technical interview tomorrow. Can you quiz me on SQL window functions?'],
        [
          'a',
          'Sure. Question 1: how would you get each customer’s most recent order using a window function?',
        ],
        [
          'u',
          'ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_date DESC) and then filter where rn = 1.',
        ],
        ['a', 'Correct. Question 2: what is the difference between RANK and DENSE_RANK when there are ties?'],
        ['u', 'RANK leaves gaps after ties, DENSE_RANK does not.'],
        ['a', 'Exactly. Question 3: compute a 7-day rolling average of daily revenue.'],
        [
          'u',
          'AVG(revenue) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW). Is that right if days are missing?',
        ],
        [
          'a',
          'It counts rows, not days, so gaps would distort it. Use RANGE with an interval if your database supports it, or fill the missing days with a calendar table first.',
        ],
        [
          'u',
          'Good catch. The role is a senior data engineer spot at Maple Ridge Bank in Toronto, so they will go deep on streaming too.',
          'interview1',
        ],
        [
          'a',
          'Then expect Kafka questions: partitions and ordering, consumer groups, exactly-once semantics, and how you handle late events in windowed aggregations.',
        ],
        ['u', 'Give me a quick explanation of exactly-once that I can say in one breath.'],
        [
          'a',
          'Exactly-once means each event affects the result once even if it is delivered more than once, achieved with idempotent producers plus transactions that commit the output and the consumer offsets together.',
        ],
        ['u', 'What is a watermark in stream processing, one line?'],
        [
          'a',
          'A watermark is the system’s estimate that no events older than time T are still coming, so windows up to T can be closed.',
        ],
        ['u', 'Okay that is nice and short. What should I ask them at the end?'],
        [
          'a',
          'Ask how the team measures data quality, what the on-call looks like, how decisions about tooling are made, and what success in the first six months would be.',
        ],
        ['u', 'One more: what is a slowly changing dimension type 2, in plain words?'],
        [
          'a',
          'You keep history by adding a new row each time an attribute changes, with valid-from and valid-to dates and a current flag, instead of overwriting the old value.',
        ],
        ['u', 'Ok I knew that one. Thanks, I feel a bit calmer now.'],
        ['a', 'You clearly know this material. Good luck tomorrow!'],
      ],
    },
    {
      start: '2025-03-20 18:30',
      lines: [
        [
          'u',
          'Final round done this afternoon! Four hours of calls with the Toronto team, I am exhausted but I think it went well.',
          'interview2',
        ],
        [
          'a',
          'Congratulations on getting through it! A short thank-you email to the hiring manager within 24 hours is a nice touch. Want a draft?',
        ],
        ['u', 'Yes, short and not cheesy.'],
        [
          'a',
          'Subject: Thank you. "Hi Dana, thank you for the conversations today. I enjoyed hearing about the streaming platform plans and would be excited to help build them. Best, Priya."',
        ],
        ['u', 'Perfect, sent. Now I need to stop refreshing my inbox.'],
        [
          'a',
          'A walk or something with your hands usually helps. Decisions often take a week or more after a final round.',
        ],
        ['u', 'I will bake something. Any quick cookie recipe without eggs?'],
        [
          'a',
          'Oat cookies: 1 cup oats, 3/4 cup flour, 1/2 cup brown sugar, 1/2 cup melted butter, 2 tbsp milk, 1/2 tsp soda, raisins. Bake at 180°C for 12 minutes.',
        ],
        ['u', 'Can I use oil instead of butter?'],
        ['a', 'Yes, use about 1/3 cup of neutral oil; the cookies will be a bit crisper.'],
        ['u', 'Raisins yes, no nuts in this house anyway. Good night!'],
        ['a', 'Good night, and fingers crossed!'],
      ],
    },
    {
      start: '2025-04-22 13:05',
      lines: [
        ['u', 'Big news, I accepted the offer! We are moving to Canada end of May.'],
        [
          'a',
          'Huge congratulations! There is a lot to plan: visas and documents, flights, temporary housing, shipping, and school or daycare. Where would you like to start?',
        ],
        ['u', 'Flights first. Three of us from Bangalore to Toronto around May 24th, with a lot of luggage.'],
        [
          'a',
          'Here are three options:\n1. Emirates via Dubai, 2 × 23 kg each, about 24 hours total.\n2. Air India via Delhi, nonstop from Delhi, 2 × 23 kg each, about 21 hours, usually the cheapest.\n3. Lufthansa via Frankfurt, 2 × 23 kg, about 22 hours, with a longer layover.',
        ],
        ['u', 'Hmm. What are the layovers like for a toddler on the first one?'],
        [
          'a',
          'Dubai has family lounges and play areas, but the 4-hour connection overnight can be tiring. It is comfortable but the longest option.',
        ],
        [
          'u',
          'Let’s book the second one, the nonstop from Delhi is easier with Meera and it is cheaper.',
          'flight',
        ],
        [
          'a',
          'Good choice. Request a bassinet or the bulkhead row if possible, and pre-order a child meal and a vegetarian meal for you and your husband.',
        ],
        ['u', 'Yes, Jain or Hindu veg meal? What is the difference?'],
        [
          'a',
          'The Hindu vegetarian meal avoids meat, fish and eggs; the Jain meal is also free of onion, garlic and root vegetables. Hindu veg is probably what you want.',
        ],
        ['u', 'Right. Now temporary housing, what areas in Toronto are good for families?'],
        [
          'a',
          'Families often look at Etobicoke, North York, Leslieville and the Beaches. It depends on your office: downtown jobs are easy from the Bloor line or the GO trains.',
        ],
        ['u', 'The office is at King and Bay, so downtown.'],
        [
          'a',
          'Then anywhere near the Line 2 subway or a GO station works. Etobicoke near Kipling or Islington is a good value compromise with parks nearby.',
        ],
        ['u', 'How much luggage should we ship versus carry?'],
        [
          'a',
          'Carry essentials for the first month in checked bags and ship the rest by sea, which takes 6–10 weeks. Many families ship only books, kitchen items and sentimental things.',
        ],
        ['u', 'Sea shipping it is for the pressure cooker and books, haha.'],
        ['a', 'Every Indian family abroad has that pressure cooker story!'],
        ['u', 'I will look at Etobicoke listings tonight. Thanks!'],
        ['a', 'Happy hunting. Tell me if you want a checklist for the move.'],
      ],
    },
    {
      start: '2025-05-30 08:20',
      lines: [
        [
          'u',
          'We landed in Toronto on Sunday! The rental in Etobicoke is smaller than the photos but it is near a huge park, so I am happy.',
          'toronto',
        ],
        [
          'a',
          'Welcome to Canada! A park nearby is a big win with a toddler. What do you need to sort out first?',
        ],
        ['u', 'SIN numbers, bank accounts, phone plans and health cards. What order?'],
        [
          'a',
          'Get your SIN first at a Service Canada office, then open a bank account (many banks have newcomer packages), then a phone plan. Apply for OHIP right away; Ontario no longer has a waiting period for most newcomers.',
        ],
        ['u', 'Which phone carriers are not a rip-off?'],
        [
          'a',
          'Flanker brands like Fido, Koodo, Public Mobile or Freedom are usually much cheaper than the big three, with similar coverage in the city.',
        ],
        ['u', 'Ok. Also daycare. Everyone says the waitlists here are insane.'],
        [
          'a',
          'They are long. Register on the City of Toronto childcare waitlist and several centres at once, and ask about the $10-a-day program spots. Home daycares can have faster openings.',
        ],
        ['u', 'Meera starts at a home daycare two streets away from next week, we got lucky.'],
        [
          'a',
          'That is lucky! Expect a few tearful drop-offs in the first week; short, confident goodbyes help.',
        ],
        ['u', 'What should we buy for summer here? It is already warmer than I thought.'],
        [
          'a',
          'Toronto summers can be hot and humid, so light clothes, sunscreen and a good fan. The real shopping is in autumn for winter coats and boots.',
        ],
        ['u', 'Is tap water safe to drink here?'],
        [
          'a',
          'Yes, Toronto tap water is safe and tested regularly. A filter jug is optional, mostly for taste.',
        ],
        ['u', 'Good, one thing less to worry about. Thanks!'],
        ['a', 'Enjoy the park. Settling in takes time, you are doing great.'],
      ],
    },
    {
      start: '2025-06-16 22:00',
      lines: [
        [
          'u',
          'Today was my first day at Maple Ridge Bank. Badge photo looks terrible but the team is lovely.',
          'job2',
        ],
        [
          'a',
          'Congratulations on day one! Everyone’s badge photo is terrible, it is a tradition. How was the onboarding?',
        ],
        [
          'u',
          'Mostly laptops and permissions. They use Airflow and dbt, which I know, and Flink, which I don’t.',
        ],
        [
          'a',
          'Flink will feel familiar if you know Kafka Streams or Spark Structured Streaming. Start with its DataStream API and the concepts of keyed state and watermarks.',
        ],
        ['u', 'Can you recommend a short course on Flink?'],
        [
          'a',
          'The official Flink training exercises on the Apache site are free and hands-on. Ververica also has free introductory material.',
        ],
        [
          'u',
          'By the way I have given up coffee completely, I am on green tea now. The jet lag made me realise how dependent I was.',
          'coffee2',
        ],
        [
          'a',
          'Good for you. Green tea still has some caffeine, so the withdrawal should be gentle. Headaches usually fade within a week or two.',
        ],
        ['u', 'The commute is 40 minutes on the subway, I read on the train. Any good audiobooks?'],
        [
          'a',
          'Popular picks: "Project Hail Mary", "The Midnight Library", "Sapiens" or "Atomic Habits". If you like Indian authors, "The God of Small Things" has a lovely audiobook.',
        ],
        ['u', 'Also, what is a polite way to decline after-work drinks on a school night?'],
        [
          'a',
          '"Thanks so much for asking! I have to get home for my daughter tonight, but I would love to join a team lunch soon." Suggesting an alternative keeps it friendly.',
        ],
        ['u', 'I will try Project Hail Mary. Good night!'],
        ['a', 'Great pick. Good night and enjoy day two!'],
      ],
    },
    {
      start: '2025-07-24 17:40',
      lines: [
        [
          'u',
          'My sister flies in on August 9th and stays for two weeks! First family visit since we moved.',
          'visit',
        ],
        ['a', 'How exciting! Want help planning things to do or meals for while she is here?'],
        ['u', 'Both. Things first. Niagara Falls is a must I guess?'],
        [
          'a',
          'Yes, it is an easy day trip, about 90 minutes by car. The boat ride and the Journey Behind the Falls are the highlights. Toronto Island, the ROM and the CN Tower are good in-city options.',
        ],
        [
          'u',
          'We have to keep walking short though, Arjun tore a ligament in his knee playing cricket and he is on crutches for another month.',
          'knee',
        ],
        [
          'a',
          'Sorry to hear that. Niagara is fine since most viewpoints are flat and accessible. The Toronto Island ferry and the ROM also work with crutches; skip the long trails.',
        ],
        ['u', 'Good. How do we get to Niagara without a car?'],
        [
          'a',
          'GO Transit runs trains to Niagara Falls on summer weekends, about two hours from Union Station. Or rent a car for the day.',
        ],
        ['u', 'Is the CN Tower worth the price?'],
        [
          'a',
          'It is pricey but the views are great on a clear day; going near sunset gives you both daylight and city lights.',
        ],
        ['u', 'Train sounds easier. Let me think about food later, I need to run.'],
        ['a', 'No problem, come back when you are ready.'],
        ['u', 'What is the difference between GO Transit and the TTC?'],
        [
          'a',
          'The TTC runs the subway, buses and streetcars inside Toronto. GO Transit is the regional network of trains and buses connecting Toronto with surrounding cities.',
        ],
      ],
    },
    {
      start: '2025-08-03 12:15',
      lines: [
        ['u', 'Ok, food planning for my sister’s stay. Give me a few dinner ideas that feel special.'],
        [
          'a',
          'How about a vegetable biryani night, a masala dosa evening, a Mexican-style bean taco night, or a homemade pizza party? Do you want these vegetarian and nut-free?',
        ],
        ['u', 'Yes, of course. Dosa night is a great idea. Can I make the batter from scratch here?'],
        [
          'a',
          'Yes. Soak 3 cups idli rice and 1 cup urad dal with a little methi separately for 6 hours, grind, mix, and ferment overnight somewhere warm. In summer it ferments easily.',
        ],
        ['u', 'Where would I find urad dal in Toronto?'],
        [
          'a',
          'Any South Asian grocery has it: Brampton and Scarborough have large ones, and chains like Food Basics or No Frills often stock it in the world foods aisle.',
        ],
        ['u', 'Great. And a dessert that is not too heavy?'],
        [
          'a',
          'Mango shrikhand, fruit chaat, or a simple rice kheer. For the kheer, garnish with raisins and cardamom instead of the usual nuts.',
        ],
        ['u', 'How long can dosa batter keep in the fridge?'],
        ['a', 'Three to four days. It gets more sour each day, which some people like for uttapam.'],
        ['u', 'Kheer it is. Thanks!'],
        ['a', 'Enjoy the visit!'],
      ],
    },
    {
      start: '2025-09-12 20:50',
      lines: [
        ['u', 'Can you help me write an email to our landlord? The dishwasher has been leaking for a week.'],
        [
          'a',
          'Subject: Dishwasher leak – repair request. "Hi Mark, since last week the dishwasher has been leaking onto the kitchen floor after each cycle. Could you arrange a repair this week? We are home after 6 pm. Thanks, Priya."',
        ],
        ['u', 'Good. Add that we stopped using it to avoid damage.'],
        [
          'a',
          'Add: "We have stopped using it for now to avoid any damage to the flooring." It shows you are being careful, which helps.',
        ],
        [
          'u',
          'Different topic. I started Carnatic violin lessons again, online with my old teacher in Chennai, Saturday mornings.',
          'violin',
        ],
        [
          'a',
          'That is lovely, picking it up again after years is very rewarding. How is the time difference working out?',
        ],
        ['u', 'Saturday 8 am here is evening there, so it works. Any tips for practising in an apartment?'],
        [
          'a',
          'A practice mute cuts volume a lot. Practise during the day, put a rug under you, and keep sessions short and regular, 20–30 minutes daily beats one long session.',
        ],
        ['u', 'I will buy a mute. Also, what is a good first winter coat for Toronto?'],
        [
          'a',
          'Look for an insulated parka rated to at least −25°C, that covers your hips, with a hood. Canada Goose is expensive; Columbia, The North Face or Uniqlo layers plus a mid-range parka work fine.',
        ],
        ['u', 'And for a three-year-old?'],
        [
          'a',
          'A one-piece snowsuit or jacket plus snow pants, waterproof boots a size up, mittens on a string and a warm hat. Winners and Costco have good value kids’ gear.',
        ],
        ['u', 'How do people here get through the dark months? I already miss the sun.'],
        [
          'a',
          'Daylight walks at lunch, vitamin D (ask a doctor about dosage), a daylight lamp in the morning and keeping up social plans all help.',
        ],
        ['u', 'Thanks, shopping list ready.'],
        ['a', 'You are well prepared for your first winter!'],
      ],
    },
    {
      start: '2025-10-28 19:30',
      lines: [
        ['u', 'Diwali is coming up. I want to host a small party for some colleagues.'],
        [
          'a',
          'Nice! A simple plan: diyas and fairy lights, a few snacks like samosas, dhokla and pakoras, one main like chole with puris, and sweets. How many guests?',
        ],
        ['u', 'About ten adults and a couple of kids.'],
        [
          'a',
          'Then make two or three snacks, one main, rice, and order sweets. A rangoli activity with chalk or coloured sand keeps the kids busy.',
        ],
        ['u', 'Should I explain what Diwali is to people who do not know?'],
        [
          'a',
          'A short, warm intro works: it is the festival of lights, celebrating the victory of light over darkness, with family, food, sweets and lamps. People usually love hearing the stories.',
        ],
        ['u', 'Also a gift for my team lead, she helped me so much since I joined.'],
        [
          'a',
          'A box of good mithai, a nice candle or brass diya, or a small plant with a thank-you note. Keep it modest so it does not feel awkward.',
        ],
        ['u', 'Brass diya and a note, lovely. What should the note say?'],
        [
          'a',
          '"Happy Diwali! Thank you for making my first months here so welcoming. Wishing you light and joy. Priya."',
        ],
        ['u', 'How many samosas per person for snacks?'],
        ['a', 'Plan on two or three per adult if there are other snacks, and one per child.'],
        ['u', 'Should I make them or buy frozen?'],
        [
          'a',
          'For ten people, good frozen ones baked in the oven save a lot of time; spend the effort on the chole instead.',
        ],
        ['u', 'Frozen it is. What music would be nice in the background?'],
        [
          'a',
          'A mellow Bollywood or instrumental sitar playlist at low volume works well; Spotify has "Diwali Vibes" type playlists.',
        ],
        ['u', 'Perfect. You have been really helpful this year.'],
        ['a', 'Thank you, that is kind. Happy Diwali to you and your family!'],
      ],
    },
    {
      start: '2025-11-19 21:15',
      lines: [
        ['u', 'Quick Python question. How do I read a big CSV in chunks with pandas?'],
        [
          'a',
          'Use pd.read_csv(path, chunksize=100_000) and loop over the returned iterator, processing each DataFrame chunk.',
        ],
        ['u', 'And append the results to a parquet file?'],
        [
          'a',
          'Use pyarrow: open a ParquetWriter with the schema of the first chunk and call writer.write_table(pa.Table.from_pandas(chunk)) for each chunk, then close it.',
        ],
        ['u', 'What if a chunk has a column with a different type?'],
        [
          'a',
          'Cast explicitly with chunk.astype({...}) before writing, or pass dtype= to read_csv so every chunk matches.',
        ],
        ['u', 'Nice, that fixed it.'],
        ['a', 'Great!'],
        ['u', 'Totally unrelated, suggest a 20-minute home workout, no equipment.'],
        [
          'a',
          'Three rounds of: 40 s squats, 40 s push-ups (knees are fine), 40 s glute bridges, 40 s plank, 40 s jumping jacks, with 20 s rest between moves.',
        ],
        ['u', 'Can I do it in the evening without waking the neighbours?'],
        ['a', 'Swap jumping jacks for step-jacks or mountain climbers at a slow pace, and do it on a mat.'],
        ['u', 'Good. And something to watch this weekend, a light comedy?'],
        [
          'a',
          'Try "Ted Lasso", "Schitt’s Creek" or the film "Palm Springs". All are light and easy to dip into.',
        ],
        ['u', 'Schitt’s Creek, and it is Canadian, fitting. Thanks!'],
        ['a', 'Very fitting! Enjoy.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which nuts does my sister need to stay away from?', ['kavya']],
    ['single-hop', 'Which flight option did I pick for the move?', ['flight']],
    ['single-hop', 'What instrument have I picked back up on weekends?', ['violin']],
    ['single-hop', 'What animal is my daughter crazy about?', ['meera']],
    ['single-hop', 'Are eggs okay in recipes you suggest for me?', ['veg']],
    ['multi-hop', 'What should I cook for dinner while my sister is staying with us?', ['veg', 'kavya']],
    [
      'multi-hop',
      'Which day trip would work for the whole family during my sister’s visit given my husband’s injury?',
      ['visit', 'knee'],
    ],
    [
      'temporal',
      'How long ago was my final interview with the bank?',
      ['interview2'],
      { askedAt: '2025-12-02 09:00' },
    ],
    ['temporal', 'When did my sister come to stay with us?', ['visit'], { askedAt: '2025-12-02 09:00' }],
    ['updated', 'Which city am I living in these days?', ['toronto'], { stale: ['blr'] }],
    ['updated', 'Who is my current employer?', ['job2'], { stale: ['job1'] }],
    ['updated', 'What do I usually drink in the morning now?', ['coffee2'], { stale: ['coffee1'] }],
    ['off-topic', 'How do volcanoes form?', []],
    ['off-topic', 'What was the population of Toronto in 1900?', []],
    ['off-topic', 'Can you explain how a hash map handles collisions?', []],
  ],
});

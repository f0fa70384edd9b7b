import { definePersona } from '../author.ts';

export const delphine = definePersona({
  user_id: 'h8-delphine',
  name: 'Delphine',
  summary:
    'Delphine Tremblay, 34, a pediatric nurse from Montreal. Chatty, uses exclamation marks and the odd French word. Boyfriend Marc, cat Biscotte, a celiac sister. Changes jobs from hospital nights to a community clinic, sells her old car, and moves to the South Shore over the year.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-08 10:15',
      lines: [
        [
          'u',
          "Morning! Just got off a twelve-hour night and I'm too wired to sleep, so let's be productive. Can you help me plan meals for the week?",
        ],
        [
          'a',
          'Of course! Night shifts make meal planning tricky. Any restrictions or preferences I should know about?',
        ],
        [
          'u',
          "Yes, so — I found out last month I'm lactose intolerant, which explains a LOT honestly. Go easy on dairy. Lactose-free milk is fine though.",
          'lactose',
        ],
        [
          'a',
          'Got it, low-dairy it is. Hard aged cheeses are usually tolerated too, if you miss cheese. Anyone else eating with you?',
        ],
        [
          'u',
          "My boyfriend Marc most nights. He's been vegetarian since university so dinners need to work for him too.",
          'marc-veg',
        ],
        [
          'a',
          'Easy enough: lentil curry with coconut milk, sheet-pan gnocchi with vegetables, black bean tacos, and a big chickpea soup. Sound okay?',
        ],
        [
          'u',
          'The curry and the gnocchi sound great. I work nights on the pediatric ward at Sainte-Justine, so I also need stuff I can eat at 3am from a container.',
          'job-hospital',
        ],
        [
          'a',
          'The curry and the chickpea soup both reheat well in a microwave. Rice or roti can be packed separately so it stays decent.',
        ],
        [
          'u',
          "Perfect. Also my cat Biscotte will try to steal anything off my plate, she's a menace. Orange tabby, six years old, zero shame.",
          'cat',
        ],
        [
          'a',
          "Ha, classic tabby behaviour. Keep the onion and garlic dishes well away from her — they're toxic to cats.",
        ],
        [
          'u',
          "Noted! Batch cooking has to be realistic though, our kitchen is tiny. It's a third-floor walk-up on the Plateau, two burners basically.",
          'home-plateau',
        ],
        [
          'a',
          'Then one-pot and sheet-pan recipes are your friends. You can do the curry Sunday and the gnocchi Wednesday.',
        ],
        ['u', 'Can you make me a grocery list for those two?'],
        [
          'a',
          'Curry: red lentils, coconut milk, onion, garlic, ginger, curry paste, spinach, rice. Gnocchi: shelf-stable gnocchi, cherry tomatoes, zucchini, red onion, chickpeas, olive oil, lemon.',
        ],
        ['u', "Merci! That's exactly what I needed. Going to attempt sleep now."],
        ['a', 'Sleep well — blackout curtains and a cool room help after nights. Bonne nuit, or bon matin!'],
        [
          'u',
          'Oh wait, one more: is it okay to drink coffee at 2am on shift or will it wreck my sleep after?',
        ],
        [
          'a',
          'Try to stop caffeine about six hours before you plan to sleep, so around 1\u20132am at the latest for a morning bedtime.',
        ],
        ['u', 'Six hours, ok. I usually have a double espresso at 4 so that explains things.'],
        ['a', 'That would do it! Switch the 4am one to decaf or herbal tea.'],
        ['u', 'Fine, rooibos it is. Bye for real now!'],
        ['a', 'Bye! Rest well.'],
      ],
    },
    {
      start: '2025-03-02 19:40',
      lines: [
        [
          'u',
          'Hi again. Question about money stuff. Marc and I want to buy a place in a couple of years, how much should we realistically save?',
        ],
        [
          'a',
          'It depends on the price range and region. A common target is 5–10% down plus around 1.5–3% for closing costs. What price range are you thinking?',
        ],
        [
          'u',
          "Probably something around 450k, not in Montreal proper, it's too expensive now. Right now I put 600 dollars a month into my FHSA.",
          'savings',
        ],
        [
          'a',
          "That's a solid habit. Combined with Marc's savings and the FHSA tax deduction, a 5–10% down payment in two years is realistic.",
        ],
        [
          'u',
          'Good, that makes me feel better. Other question: is it normal that my forearms are STILL sore two days after climbing?',
        ],
        [
          'a',
          'Delayed soreness after bouldering is common, especially if you tried harder problems or went more often than usual. Were you climbing more?',
        ],
        [
          'u',
          "Yeah I go bouldering at Allez Up three evenings a week now, it's my whole personality lately lol.",
          'bouldering',
        ],
        [
          'a',
          "That's a lot of load on forearms and fingers. Rest days between sessions and some antagonist work, like push-ups, help a lot.",
        ],
        [
          'u',
          "Ok I'll try to do two rest days. Also, my car is making a grinding noise when I brake. Is that bad?",
        ],
        [
          'a',
          'Grinding usually means the brake pads are worn down to the metal. I would get it looked at soon, it can damage the rotors.',
        ],
        [
          'u',
          "Ugh. It's a 2012 Honda Civic with 210,000 km on it, it's been so reliable but it's getting old.",
          'car-civic',
        ],
        [
          'a',
          'Civics do last, but at that mileage repairs add up. Get a quote for pads and rotors and see how it compares to what the car is worth.',
        ],
        ['u', 'Will do. Thanks, you always calm me down.'],
        ['a', 'Anytime! Good luck with the garage.'],
        [
          'u',
          'Oh and Marc wants to know if we should open a joint account for house savings or keep them separate.',
        ],
        [
          'a',
          'Many couples keep individual FHSAs, since each gets the tax deduction, and use a joint account for shared bills. Both can go toward the same home.',
        ],
        ['u', 'Oh nice, so both FHSAs can go to one house? That doubles it.'],
        ['a', 'Yes, up to 40,000 each in lifetime contributions, as long as you are both first-time buyers.'],
        ['u', 'We are. Ok telling him to open his this week.'],
        ['a', 'Great plan, the sooner the better for contribution room.'],
      ],
    },
    {
      start: '2025-03-29 14:05',
      lines: [
        [
          'u',
          'Okay exciting stuff: Marc and I are going to Lisbon!! We fly out May 14 and come back May 22.',
          'lisbon-dates',
        ],
        [
          'a',
          'How lovely! Eight nights is a great length for Lisbon, with room for a day trip to Sintra. Do you need help with where to stay?',
        ],
        [
          'u',
          'Yes please, I have three places bookmarked and I keep going back and forth. Budget is around 150 euros a night.',
        ],
        [
          'a',
          'Within that budget, typical options are: 1) a modern hotel in Baixa, central and flat; 2) a small guesthouse in Alfama with a rooftop terrace and river view; 3) an apartment in Príncipe Real, quieter with a kitchen.',
        ],
        [
          'u',
          'The second one, definitely. Booking the little Alfama guesthouse with the terrace right now before I change my mind.',
          'hotel-pick',
        ],
        [
          'a',
          'Great choice! Alfama is hilly with cobblestones, so pack comfortable shoes. Want restaurant ideas?',
        ],
        [
          'u',
          'Yes but remember Marc is veggie and I have to be careful with dairy, so not just cheese plates haha.',
        ],
        [
          'a',
          'Lisbon has a good vegetarian scene now. Look for places near Cais do Sodré and Intendente, and ask for pratos sem lacticínios.',
        ],
        ['u', 'Amazing. Also should I get travel insurance or is my credit card enough?'],
        [
          'a',
          'Check your card: many cover trip cancellation and some medical, but medical limits vary. If it is low, a separate plan is cheap for one week.',
        ],
        [
          'u',
          "I'll check. Work is a nightmare right now, three kids with RSV on my floor last night, I NEED this vacation.",
        ],
        [
          'a',
          'That sounds exhausting. Hold on — six weeks and you will be on a terrace with a pastel de nata.',
        ],
        ['u', "Also what's the easiest way to get from the Lisbon airport to Alfama?"],
        [
          'a',
          'The metro works with a change, but a taxi or Bolt is about 15\u201320 minutes and roughly 15 euros.',
        ],
        ['u', "Taxi. With luggage and cobblestones no way I'm doing two metro lines."],
        ['a', 'Fair. Have the address written down in case the driver does not know the small street.'],
        ['u', 'Good idea. Do I need an adapter there?'],
        [
          'a',
          'Yes, Portugal uses type F plugs at 230V. Most phone chargers handle the voltage, you just need the plug adapter.',
        ],
      ],
    },
    {
      start: '2025-04-20 21:30',
      lines: [
        [
          'u',
          "Help! My sister's birthday is next Saturday and I said I'd bake the cake. But she has celiac disease so it has to be fully gluten-free.",
          'sister-celiac',
        ],
        [
          'a',
          'Happy to help. A flourless chocolate cake is naturally gluten-free, or an almond-flour orange cake. Do you need it dairy-free for you as well?',
        ],
        [
          'u',
          "Ideally yes since I'll want a slice lol. Élodie loves chocolate so the flourless one sounds perfect.",
        ],
        [
          'a',
          'You can make it with dark chocolate, eggs, sugar, and coconut oil instead of butter. Dust with cocoa and serve with berries.',
        ],
        ['u', 'Love it. Do I need to worry about cross-contamination if I bake in my kitchen?'],
        [
          'a',
          'For celiac, yes: wash everything well, use clean pans, and check that your cocoa and baking powder are labelled gluten-free. Avoid wooden spoons used with wheat.',
        ],
        [
          'u',
          "Good tip, I have a cutting board that has definitely seen bagels. The party is at my parents' place in Sherbrooke, so I have to transport it too.",
        ],
        [
          'a',
          'Flourless cakes travel well. Chill it overnight, keep it in the pan, and add the berries when you get there.',
        ],
        ['u', "Great. Also random, but what's a good gift for a 31-year-old who likes hiking and podcasts?"],
        [
          'a',
          'A nice insulated bottle, merino socks, a national park day pass, or a subscription to an ad-free podcast app.',
        ],
        ['u', 'Merino socks it is, she always complains about cold feet.'],
        ['a', 'Practical and cozy, she will love them.'],
        ['u', 'Oh and my dad is turning 65 in the summer, I want to start thinking about that too.'],
        ['a', 'A milestone! Is he more of an experience person or an objects person?'],
        ['u', "Experiences. He's obsessed with trains, maybe a scenic train ride?"],
        [
          'a',
          'The Charlevoix train along the St. Lawrence shore is beautiful, or a day on the train to Quebec City.',
        ],
        ['u', "The Charlevoix one! I'll plan it with \u00c9lodie so we can split it."],
        ['a', 'Splitting it makes it a great joint gift.'],
      ],
    },
    {
      start: '2025-05-25 11:00',
      lines: [
        [
          'u',
          "We're back from Lisbon since Thursday and I'm still dreaming about it. The rooftop at the guesthouse was unreal.",
          'lisbon-back',
        ],
        ['a', 'Welcome back! Glad the Alfama terrace delivered. What were the highlights?'],
        [
          'u',
          'Sintra for sure, and a tiny vegan tasca where Marc almost cried over a mushroom dish. I ate my weight in custard tarts and regretted nothing, took a Lactaid.',
        ],
        ['a', 'Sounds perfect. Lactase tablets before dairy-heavy treats are a good trick.'],
        [
          'u',
          'Now back to reality. I have four nights in a row starting tomorrow. Any tips to get back on the night schedule fast?',
        ],
        [
          'a',
          'Sleep in late the day before, take a nap in the afternoon, keep bright light at the start of the shift and wear sunglasses driving home.',
        ],
        [
          'u',
          'Ok. Honestly I am getting tired of nights. I am thinking of looking at other nursing jobs, something with days.',
        ],
        [
          'a',
          'That is a common point in a nursing career. Community health, school nursing, clinics, or day surgery all have regular hours. What appeals to you?',
        ],
        ['u', 'Maybe a CLSC? I like the idea of vaccination clinics and family follow-ups. Less chaos.'],
        [
          'a',
          'CLSCs are a good fit for that: vaccination, perinatal follow-up, home care. Postings go up on the CISSS websites.',
        ],
        [
          'u',
          "I will look this week. Also Biscotte was SO mad at us for leaving, she peed on Marc's backpack.",
        ],
        [
          'a',
          'Oof, that is a classic protest. An enzyme cleaner will remove the smell so she does not repeat it.',
        ],
        [
          'u',
          'She forgave us after a can of tuna. Also, I gained like two kilos in Portugal, any gentle way to get back on track?',
        ],
        [
          'a',
          'Go back to your usual meals, walk more, and watch the snacking on shift. Vacation kilos often drop quickly.',
        ],
        ['u', 'Walking, yes. The climbing gym counts too I guess.'],
        ['a', 'Definitely, bouldering is a full-body workout.'],
        ['u', 'Ok good. Thanks for listening to me ramble about Portugal.'],
        ['a', 'Anytime, it sounded like a wonderful trip.'],
      ],
    },
    {
      start: '2025-06-18 22:10',
      lines: [
        [
          'u',
          'Well. I did something stupid. I felt a pop in my finger on a crimpy problem at the gym last night and it is swollen today.',
        ],
        ['a', 'Ouch. A pop in the finger while crimping is often a pulley injury. Did you get it checked?'],
        [
          'u',
          "Yes, saw a sports med doc this afternoon. It's a partial tear of the A2 pulley in my right ring finger, six to eight weeks off climbing.",
          'finger-injury',
        ],
        [
          'a',
          'That is a common climbing injury and usually heals well with rest and then gradual rehab. Did they give you a splint or tape?',
        ],
        [
          'u',
          'H-tape and some gentle exercises. The annoying part is I need my hands at work, I do IVs on tiny babies.',
        ],
        [
          'a',
          'Makes sense. Let your manager know in case you need to avoid heavy lifting, and keep the taping on during shifts.',
        ],
        [
          'u',
          "Honestly this made me think. Three nights a week climbing plus night shifts was too much. I think I'm going to stop bouldering, at least for this year.",
          'quit-bouldering',
        ],
        [
          'a',
          'That is a reasonable decision. You could try something gentler for your hands, like swimming, yoga, or a creative class.',
        ],
        ['u', "Ooh a creative class. I've always wanted to try pottery. Is that bad for a finger injury?"],
        [
          'a',
          'Hand-building is gentle, wheel throwing uses more grip strength. Wait until your finger is cleared and start with a beginner course.',
        ],
        [
          'u',
          "Ok I'll look for something for the fall. Can you also remind me how to cancel a gym membership nicely?",
        ],
        [
          'a',
          "Sure: 'Hi, I would like to cancel my membership effective the end of this month due to an injury. Thank you for everything!' Ask if they offer a freeze instead.",
        ],
        ['u', 'Perfect, sending it.'],
        ['a', 'Take care of that finger!'],
        ['u', 'Oh, can ice help or is heat better?'],
        [
          'a',
          'In the first couple of days, short icing sessions help with swelling. After that, gentle warmth before the rehab exercises is fine.',
        ],
        ['u', 'Ok, ice tonight. Marc is going to be insufferable, he told me I was overdoing it.'],
        ['a', 'Let him have this one. Rest now and your hand will thank you.'],
        ['u', 'Ha, yes. Good night.'],
        ['a', 'Good night, Delphine.'],
      ],
    },
    {
      start: '2025-07-22 13:30',
      lines: [
        [
          'u',
          'I found a posting! Nurse clinician at the CLSC in Saint-Hubert, vaccination and child health follow-ups, days Monday to Friday.',
        ],
        ['a', 'That sounds like exactly what you described. Do you want help with the cover letter?'],
        [
          'u',
          'Yes please. I have nine years in pediatrics, mostly nights, and I did the neonatal resuscitation course last year.',
        ],
        [
          'a',
          "Here's an opening: 'With nine years of pediatric nursing experience at CHU Sainte-Justine, including NRP certification, I am eager to bring my clinical skills to community child health at the CLSC de Saint-Hubert.' Want me to continue?",
        ],
        ['u', "Yes, and mention I love parent education, that's the best part of my job honestly."],
        [
          'a',
          'Added a paragraph on family teaching and discharge education. I can also help with interview prep later.',
        ],
        [
          'u',
          'Saint-Hubert is on the South Shore, which actually fits because Marc and I were looking at houses in Longueuil anyway.',
        ],
        ['a', 'That works out nicely. The commute from Longueuil to Saint-Hubert is short.'],
        ['u', 'Exactly. Ok, interview question: how do I answer "why are you leaving the hospital"?'],
        [
          'a',
          'Keep it positive: you are looking for continuity of care with families and regular hours that let you stay at your best. No need to criticize your current job.',
        ],
        ['u', 'That is perfect, I would have said "because nights are killing me" lol.'],
        ['a', 'Ha, honest but maybe save that for after you get hired.'],
        ['u', 'The interview is August 5 by video. What should I wear on camera?'],
        [
          'a',
          'A solid-coloured top, no busy patterns, and check your lighting \u2014 face a window if you can.',
        ],
        ['u', 'Ok, so the teal scrub top is NOT it.'],
        ['a', 'Maybe something more interview-y, though teal is a nice camera colour.'],
        ['u', 'Haha blue blouse it is. Thanks!'],
        ['a', 'Good luck, you will do great.'],
      ],
    },
    {
      start: '2025-08-30 16:45',
      lines: [
        [
          'u',
          'I GOT IT!!! I accepted the CLSC Saint-Hubert job yesterday. No more nights, days only!',
          'job-clsc',
        ],
        ['a', 'Congratulations!! That is huge. When do you start?'],
        [
          'u',
          "September 15. I gave my notice at Sainte-Justine, my last night is September 10. Kind of emotional, I've been there since nursing school.",
        ],
        [
          'a',
          'It is normal to feel sad leaving a place that shaped you. You can be proud of what you did there.',
        ],
        [
          'u',
          "Thanks. Now, finger is healed, so pottery! There's a studio near home with beginner courses, help me pick?",
        ],
        [
          'a',
          'If the studio has the usual formats: 1) Saturday morning hand-building, 8 weeks; 2) Tuesday evening wheel throwing, 10 weeks; 3) a weekend intensive, 2 full days.',
        ],
        [
          'u',
          'Option 2. The Tuesday night wheel class, I want the full spinning-clay experience.',
          'pottery-pick',
        ],
        [
          'a',
          'Great choice. Wear old clothes, keep your nails short, and expect your first bowls to be wobbly!',
        ],
        ['u', 'Haha I will embrace wobbly. Marc says he wants the first mug.'],
        ['a', 'A first mug is a good gift, especially if it leaks only a little.'],
        ['u', 'Also, since I will be on days, can you help me plan a normal person sleep schedule?'],
        [
          'a',
          'Aim for 10:30 pm to 6:30 am, morning light right after waking, and do the switch over a few days before your start date.',
        ],
        ['u', 'Will melatonin help for the switch?'],
        [
          'a',
          'A low dose, 0.5 to 1 mg a few hours before your target bedtime, can help shift your clock. Check with a pharmacist if you take other meds.',
        ],
        ['u', "I'm a nurse and I forgot melatonin dosing, that's what vacation brain does to you."],
        ['a', 'Even nurses get to outsource thinking sometimes.'],
        ['u', 'True. Ok, going to celebrate with Marc now.'],
        ['a', 'Enjoy! Congratulations again.'],
      ],
    },
    {
      start: '2025-09-20 09:30',
      lines: [
        [
          'u',
          'First week at the new job done! Started at the CLSC on Monday the 15th and I already love my team.',
          'clsc-start',
        ],
        ['a', 'Wonderful! What is the day-to-day like so far?'],
        [
          'u',
          'Lots of vaccinations, a couple of home visits to new moms, and so much paperwork. But I go home at 4pm. FOUR PM.',
        ],
        ['a', 'Daylight after work must feel strange. Enjoy those evenings.'],
        [
          'u',
          "Less fun: the Civic failed its inspection. Rust on the subframe, the mechanic said it's not worth fixing.",
          'civic-fail',
        ],
        [
          'a',
          'Sorry to hear that. With the commute you probably want something reliable. What is your budget?',
        ],
        ['u', 'Around 20k, used. I would love something more fuel efficient.'],
        [
          'a',
          'Around that price, good used options are: 1) a Toyota Corolla hybrid; 2) a Kia Niro hybrid; 3) a Hyundai Kona electric with lower range.',
        ],
        [
          'u',
          "The Niro looks nice, more room for groceries and Biscotte's carrier. I'll look at a few this weekend.",
        ],
        ['a', 'Check the hybrid battery warranty and whether the service history is complete.'],
        ['u', 'Good call. And pottery class started Tuesday, my first bowl was basically a frisbee.'],
        ['a', 'Frisbee bowls are a rite of passage. Centering gets easier after a few sessions.'],
        ['u', 'Question for the car hunt: is it better to buy from a dealer or privately?'],
        [
          'a',
          'Dealers cost a bit more but offer a warranty and some legal protection. Private sales are cheaper but get a pre-purchase inspection.',
        ],
        ['u', "Dealer then, I don't have the energy for Marketplace drama."],
        ['a', 'Reasonable. Ask for a Carfax report too.'],
        ['u', 'Will do, thanks!'],
        ['a', 'Happy hunting!'],
      ],
    },
    {
      start: '2025-10-19 15:00',
      lines: [
        [
          'u',
          "Big weekend. We sold the old Civic to a student for parts and I bought a 2021 Kia Niro hybrid, grey. It's so quiet!",
          'car-niro',
        ],
        ['a', 'Congrats on the new car! The Niro should save you a lot on gas. How was the negotiation?'],
        ['u', 'Got them down 900 dollars and they threw in winter tires. Marc was impressed.'],
        ['a', 'Winter tires included is a great deal in Quebec.'],
        [
          'u',
          'Also we put an offer on a house in Longueuil! Small semi-detached with a yard, 445k. Waiting to hear back.',
        ],
        ['a', 'Exciting! Fingers crossed. Did you get an inspection condition in the offer?'],
        [
          'u',
          'Yes, inspection and financing conditions. The FHSA money will be part of the down payment, finally that 600 a month paid off.',
        ],
        [
          'a',
          'It did! Make sure you withdraw from the FHSA correctly, it needs to be a qualifying withdrawal with the right form.',
        ],
        [
          'u',
          'Right, I will call the bank. Can you explain the welcome tax in Quebec, everyone keeps warning me about it?',
        ],
        [
          'a',
          'The welcome tax is the property transfer tax, paid once after buying. On 445k in Longueuil it is roughly 5,000 dollars, billed by the city a few months after closing.',
        ],
        ['u', 'Ouch but okay, good to know in advance.'],
        ['a', 'Better to budget for it now than be surprised.'],
        ['u', 'Also is there a way to check if the house has a radon issue? My colleague mentioned it.'],
        [
          'a',
          'Yes, Health Canada recommends a long-term test kit over at least three months in winter, about 50\u201360 dollars.',
        ],
        ['u', "Three months! Ok, I'll do it after we move in if the offer goes through."],
        ['a', 'That is the usual way, you test once you live there.'],
        ['u', "Fingers crossed they accept. I'm refreshing my email every two minutes."],
        ['a', 'Try to distract yourself, sellers usually answer within a day or two.'],
      ],
    },
    {
      start: '2025-11-23 18:20',
      lines: [
        [
          'u',
          "We did it, we're homeowners! Moved into the house in Longueuil last weekend. Boxes everywhere.",
          'home-longueuil',
        ],
        ['a', 'Congratulations! How does it feel to have a yard after a walk-up?'],
        [
          'u',
          'Unreal. No more carrying groceries up three floors. And with a yard... we adopted a dog! Gaspard, a two-year-old beagle mix from the SPCA.',
          'dog',
        ],
        ['a', 'Welcome Gaspard! How is Biscotte taking it?'],
        ['u', 'She hisses from the top of the fridge and refuses to come down. Any tips?'],
        [
          'a',
          'Give her high safe spots, feed them on opposite sides of a door, swap blankets to mix scents, and keep Gaspard on leash indoors for the first meetings.',
        ],
        [
          'u',
          "Ok, we'll do the scent thing. Gaspard is sweet but he howls when we leave, the neighbours must love us.",
        ],
        [
          'a',
          'Beagles are vocal. Short departures, a stuffed Kong, and a radio on can help. A dog walker on longer days too.',
        ],
        [
          'u',
          'Good thing I work days now, I can walk him before work. Can you make me a to-do list for the new house? Change of address etc.',
        ],
        [
          'a',
          'Change address with SAAQ, RAMQ, Revenu Québec, CRA, your bank, employer, and Canada Post forwarding. Also set up home insurance, Hydro-Québec, and register Gaspard with the city.',
        ],
        ['u', 'Amazing, thank you. So much adulting.'],
        ['a', 'You are doing great. Enjoy the first winter in your own place!'],
        ['u', 'Also Gaspard pulls like a sled dog on leash, harness or collar?'],
        [
          'a',
          'A front-clip harness usually helps a lot with pulling, plus rewarding him whenever the leash is loose.',
        ],
        ['u', 'Front-clip harness, adding it to the list.'],
        ['a', 'Bring treats on walks and he will learn fast.'],
        ['u', "He's a beagle, treats are the only language he speaks."],
        ['a', 'Then you have the perfect training tool.'],
      ],
    },
    {
      start: '2026-01-10 12:00',
      lines: [
        [
          'u',
          'Happy new year! I want to make a budget for 2026 now that we have a mortgage. Can you help me set it up?',
        ],
        [
          'a',
          'Happy new year! Sure. Start with take-home pay, then fixed costs: mortgage, taxes, insurance, car, utilities. What are your main categories?',
        ],
        [
          'u',
          'Mortgage and taxes, car insurance for the Niro, groceries, pet stuff, pottery class, and we want to save for a trip next summer.',
        ],
        [
          'a',
          'A simple split: fixed costs first, then groceries and pets, then a fixed monthly amount to a trip fund. Automate the trip transfer on payday.',
        ],
        [
          'u',
          "Good idea. Pottery update: I made Marc's mug and it only leaks a tiny bit haha. I signed up for the next session too.",
        ],
        ['a', 'Progress! Glazing will seal it better next time.'],
        [
          'u',
          'Also my in-laws are coming for dinner next week. They eat everything, but remember Marc is veggie and I avoid dairy, so help me with a menu?',
        ],
        [
          'a',
          'How about a mushroom and lentil shepherd pie with olive oil mashed potatoes, a big green salad, and a dark chocolate mousse made with coconut cream?',
        ],
        ['u', "Ooh the mousse is the same vibe as Élodie's birthday cake. Perfect."],
        ['a', 'Exactly, and it is gluten-free too if your sister ever joins.'],
        ['u', 'Last thing: Gaspard and Biscotte now nap on the same couch. Truce achieved.'],
        ['a', 'That is a happy ending. Enjoy the new year in the new house!'],
        ['u', 'Oh, and the CLSC wants me to lead the new prenatal classes in the spring. Nervous!'],
        ['a', 'That is a great sign they trust you. Start from what parents ask you most in follow-ups.'],
        ['u', 'Baby sleep and breastfeeding, always.'],
        ['a', 'Then those two sessions will be your strongest. Simple slides, lots of time for questions.'],
        ['u', "Thank you. You're basically my unpaid coworker at this point."],
        ['a', 'Happy to be on the team!'],
      ],
    },
  ],
  questions: [
    ['single-hop', "What's my cat called again?", ['cat']],
    ['single-hop', 'Where did I decide to stay for our Portugal trip?', ['hotel-pick']],
    [
      'single-hop',
      "I want to bake for my sister's birthday again this year, what would be safe for her to eat?",
      ['sister-celiac'],
    ],
    ['single-hop', 'What was the diagnosis when I hurt my hand at the climbing gym?', ['finger-injury']],
    ['single-hop', 'Which evening did I sign up for ceramics?', ['pottery-pick']],
    [
      'multi-hop',
      'Can you suggest a dinner my boyfriend and I can both eat without any problems?',
      ['marc-veg', 'lactose'],
    ],
    ['multi-hop', 'What are the names of all the animals living with us now?', ['cat', 'dog']],
    [
      'temporal',
      'When was our trip to Portugal?',
      ['lisbon-dates', 'lisbon-back'],
      { askedAt: '2026-02-01 10:00' },
    ],
    ['temporal', 'When did I start the new clinic job?', ['clsc-start'], { askedAt: '2026-02-01 10:05' }],
    ['updated', 'Where am I working these days?', ['job-clsc'], { stale: ['job-hospital'] }],
    ['updated', 'What do I drive now?', ['car-niro'], { stale: ['car-civic'] }],
    ['updated', 'Which city do we live in now?', ['home-longueuil'], { stale: ['home-plateau'] }],
    ['off-topic', 'How do I change the strings on a classical guitar?', []],
    ['off-topic', "What's the difference between a comet and an asteroid?", []],
    ['off-topic', 'How do I get rid of aphids on rose bushes?', []],
  ],
});

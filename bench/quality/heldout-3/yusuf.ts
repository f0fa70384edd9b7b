import { definePersona } from '../author.ts';

export const yusuf = definePersona({
  user_id: 'h3-yusuf',
  name: 'Yusuf Demir',
  summary:
    'Yusuf, 30, backend developer at an Istanbul payments fintech who transfers to its Berlin office, marries his fiancée Elif, later switches to a climate-tech startup and moves flats within Berlin; plays saz, fasts in Ramadan, learns German.',
  language: 'en',
  sessions: [
    {
      start: '2025-01-12 20:15',
      lines: [
        [
          'u',
          'Hey, quick Postgres question. We have a transactions table with like 400M rows and a query filtering by merchant_id and created_at is crawling. Composite index — merchant_id first or created_at first?',
        ],
        [
          'a',
          'Put the equality column first: (merchant_id, created_at). The range on created_at can then walk the index in order. Check with EXPLAIN ANALYZE afterwards.',
        ],
        [
          'u',
          "Makes sense. For context I'm a backend dev at Moneta, a payments fintech here in Istanbul, mostly Go services and a LOT of Postgres.",
          'moneta',
        ],
        [
          'a',
          'Go and Postgres are a solid combo for payments as long as you watch your locks. Is this for settlement or reconciliation?',
        ],
        [
          'u',
          'Reconciliation batch jobs. They run at 3am and on-call pings me when they time out, which is not fun.',
        ],
        [
          'a',
          'Try batching per merchant with keyset pagination instead of OFFSET — each batch stays fast and the job becomes resumable if it dies halfway.',
        ],
        [
          'u',
          "Keyset pagination, ok, I'll try it tomorrow. Totally unrelated: how do I practice saz at home without annoying the neighbours? I live in a tiny flat in Kadıköy and the walls are paper.",
          'kadikoy',
        ],
        [
          'a',
          'A few tricks: a folded cloth under the strings near the bridge, a softer pick, and keeping loud practice to early evening. Drills work fine muted.',
        ],
        [
          'u',
          'How loud is a saz really compared to an acoustic guitar? My neighbour says it cuts through everything.',
        ],
        [
          'a',
          'A bağlama is usually a bit quieter than a dreadnought guitar in volume, but its bright, metallic tone carries through walls more, so it feels louder.',
        ],
        [
          'u',
          'Ha, that explains the complaints. My teacher Hüseyin Bey would kill me if he saw me muting it. I have lessons with him every Thursday in Moda.',
          'huseyin',
        ],
        [
          'a',
          'Teachers always want the full resonance. Use the cloth for drills at home and play open at your lessons.',
        ],
        [
          'u',
          "My fiancée Elif says I play the same türkü over and over. Any easy pieces for a beginner after 'Uzun İnce Bir Yoldayım'?",
          'fiancee',
        ],
        [
          'a',
          "Try 'Dere Geliyor Dere' and 'Çanakkale Türküsü' — simple melodies, good for right-hand rhythm.",
        ],
        [
          'u',
          'Dere Geliyor Dere, nice, my grandma used to sing it. Ok remind me another time to ask about wedding budget stuff, we are thinking summer.',
        ],
        [
          'a',
          "Will do. When you're ready we can sketch it by category: venue, food, outfits, photographer, music.",
        ],
        ['u', 'Perfect, thanks. Good night!'],
        ['a', 'İyi geceler!'],
      ],
    },
    {
      start: '2025-02-20 22:40',
      lines: [
        [
          'u',
          "Ramadan starts around March 1st this year and I'm fasting the whole month like every year. Can you help me plan a suhoor that keeps me full until iftar? I always crash around 2pm at work.",
          'ramadan-fast',
        ],
        [
          'a',
          'Here are three options: 1) menemen with whole-grain bread, white cheese and a banana; 2) oats cooked in milk with chia, walnuts and dates, plus two boiled eggs; 3) lentil soup with yogurt and cucumber.',
        ],
        ['u', 'The second one, oats with the eggs. I can prep the oats the night before.', 'suhoor-pick'],
        [
          'a',
          'Good pick — slow carbs, protein and fat. Add a big glass of water and a pinch of salt in the oats to help with hydration.',
        ],
        [
          'u',
          'I go to the gym three times a week, usually straight after work. Should I move it during Ramadan?',
        ],
        [
          'a',
          'Training fasted late in the day is hard. Most people move it to an hour or two after iftar, once they have eaten and drunk.',
        ],
        ['u', 'After teravih then, around 10. The gym near me is open till midnight.'],
        [
          'a',
          'That works. Keep the sessions a bit shorter and lighter for the first week while your body adjusts.',
        ],
        [
          'u',
          'Another thing: my team has sprint planning at 18:30 on Wednesdays, which is basically iftar time in March. How do I ask politely to move it?',
        ],
        [
          'a',
          "Something like: 'During Ramadan I break my fast around 18:30 — could we move Wednesday planning to 16:00 for these four weeks?' Short, specific, time-limited.",
        ],
        ['u', "Good, I'll message my lead Burak. He's chill."],
        ['a', 'Managers usually appreciate a concrete proposal rather than just a problem.'],
        [
          'u',
          'And water — how much should I drink between iftar and suhoor? I always get headaches the first days.',
        ],
        [
          'a',
          'Aim for about 2 litres spread across the evening, not all at once. The first-day headaches are often caffeine withdrawal too.',
        ],
        ['u', "Coffee is honestly my problem, I drink 4 cups a day. I'll taper this week."],
        ['a', 'Drop one cup every two days and you should be close to zero by the first fast.'],
        [
          'u',
          "Elif is making a list of iftar dinners with her mom, we'll probably host my parents on the first weekend. She's doing karnıyarık, my favourite.",
        ],
        [
          'a',
          'Karnıyarık for a first iftar sounds perfect. Start with soup and dates so nobody overeats too fast.',
        ],
        ['u', "Ok enough food talk, I'm starving already haha"],
        ['a', 'Hayırlı Ramazanlar in advance!'],
      ],
    },
    {
      start: '2025-03-18 21:55',
      lines: [
        [
          'u',
          "Big news: Moneta offered me a transfer to their Berlin office. I'd be working with the card-issuing team there, starting mid April.",
          'transfer-offer',
        ],
        ['a', "Congratulations! That's a big step. How are you feeling about it?"],
        [
          'u',
          'Excited and scared. Salary would be 72k euros gross. Is that decent for a senior backend dev in Berlin? I have zero idea about German taxes.',
        ],
        [
          'a',
          'For a senior backend role that is reasonable, mid-market. As a single person in tax class I you would net roughly 3,800–4,000 € a month.',
        ],
        ['u', 'Way more than I make here in lira terms, but Berlin rent scares me.'],
        [
          'a',
          'Budget 1,100–1,400 € warm for a one-bedroom, and expect the search to take time. Furnished temporary flats are a common first step.',
        ],
        [
          'u',
          'Elif is supportive but she wants to finish her contract at the architecture firm first. She would join after the wedding.',
          'elif-architect',
        ],
        ['a', 'That sounds sensible — a few months apart, then she arrives when you already know the city.'],
        ['u', 'What documents do I need for the Anmeldung? The HR lady said it like it is a big deal.'],
        [
          'a',
          'Passport, the registration form, and the Wohnungsgeberbestätigung — a confirmation signed by your landlord. Book the Bürgeramt appointment early.',
        ],
        [
          'u',
          "Wohnungsgeberbestätigung, what a word. And the Blue Card, Moneta's lawyers handle that, thank god.",
        ],
        ['a', 'Good — with a job offer at that salary the Blue Card is usually straightforward.'],
        ['u', 'Doing all this paperwork while fasting is exhausting lol. 11 days of Ramadan left.'],
        ['a', "Do the heavy thinking right after suhoor when you're freshest. You've got this."],
        [
          'u',
          "I think I'm saying yes. Hüseyin hoca will be sad, I'll have to find a teacher there or do online lessons.",
        ],
        [
          'a',
          'Many teachers teach over video now, and Berlin has a big Turkish music scene, so you will have options.',
        ],
        ['u', "I'll sleep on it but I'm 90% in."],
        ['a', 'Sleep on it. Either way, it is a good position to be in.'],
      ],
    },
    {
      start: '2025-04-27 19:30',
      lines: [
        [
          'u',
          'Hallo from Berlin! I moved two weeks ago, found a furnished one-bedroom in Neukölln near Weserstraße. One-year temporary contract.',
          'neukolln',
        ],
        ['a', "Welcome to Berlin! Weserstraße is lively — lots of bars and cafés. How's the flat?"],
        ['u', 'Small but fine. 1,250 warm, which everyone tells me is normal now.'],
        ['a', 'Sadly yes, for furnished that is about the going rate.'],
        [
          'u',
          "For getting around, what's my best option? I'll go to the office at Alexanderplatz most days.",
        ],
        [
          'a',
          'Options: 1) Deutschlandticket, 58 €/month, all local transport nationwide; 2) a VBB monthly ticket for zones AB, around 100 €; 3) a bike plus occasional single tickets.',
        ],
        [
          'u',
          'The first one obviously, cheapest and I can use it for weekend trips too. Does the employer usually chip in?',
          'dticket',
        ],
        [
          'a',
          'Many companies offer it as a Jobticket with a discount or full subsidy. Ask HR — it is often a simple form.',
        ],
        [
          'u',
          "I'll ask. I also started a German A1 evening course at the Volkshochschule, Tuesdays and Thursdays. My German right now is literally 'Ich bin Yusuf'.",
          'german-a1',
        ],
        [
          'a',
          'Everyone starts there! Twice a week is a good pace. Try labelling things in your flat with their German names.',
        ],
        ['u', 'The office is nice, lots of English. My new lead here is a Portuguese guy called Tiago.'],
        ['a', 'A mixed team makes settling in easier. How is the work on card issuing so far?'],
        [
          'u',
          "Learning a lot. Food-wise I'm not homesick at all, Sonnenallee has amazing Turkish and Arab places.",
        ],
        ['a', "Sonnenallee is famous for that. You're in a good spot."],
        ['u', 'Elif and I video call every night, the time difference is just one hour now.'],
        ['a', 'That makes it much easier to keep a routine together.'],
        [
          'u',
          'Can you help me write a short message in German to the Hausverwaltung that the kitchen tap is leaking?',
        ],
        [
          'a',
          "Sure: 'Sehr geehrte Damen und Herren, in meiner Wohnung (Weserstraße, 2. OG links) tropft der Wasserhahn in der Küche. Könnten Sie bitte einen Handwerker schicken? Mit freundlichen Grüßen, Yusuf Demir.'",
        ],
        ['u', 'Danke! See, I am learning.'],
        ['a', 'Sehr gut!'],
      ],
    },
    {
      start: '2025-05-30 23:10',
      lines: [
        [
          'u',
          "Ok, wedding time. It's going to be on August 16th in Istanbul and we have to pick the venue this week.",
          'wedding-date',
        ],
        ['a', 'Exciting! What are you choosing between, and how many guests?'],
        [
          'u',
          'About 180 guests. Choices are a hotel ballroom in Ataşehir, a garden venue in Beykoz by the Bosphorus, or a restaurant in Kuzguncuk.',
        ],
        [
          'a',
          'A) Ataşehir ballroom: air-conditioned, easy parking, a bit generic. B) Beykoz garden: beautiful in August and on the water, but you need a rain/heat backup. C) Kuzguncuk restaurant: charming and intimate, but 180 people may be a squeeze.',
        ],
        [
          'u',
          "Option B. Elif has been dreaming of an outdoor wedding forever. We'll rent a tent just in case.",
          'venue',
        ],
        ['a', 'Great choice. Book the tent early, August weekends go fast.'],
        [
          'u',
          'Menu question: Elif is vegetarian so we want a really good veggie main, not a sad salad. Ideas for a Turkish wedding menu?',
          'elif-veg',
        ],
        [
          'a',
          'Zeytinyağlı enginar, stuffed vine leaves with rice, a rich imam bayıldı and a mushroom-and-chestnut pilav would all work as proper mains.',
        ],
        ['u', 'Zeytinyağlı enginar yes, she loves it. And for the meat eaters kuzu tandır.'],
        [
          'a',
          'Classic and crowd-pleasing. Ask the caterer to keep the pilav separate from the meat broth so it stays vegetarian.',
        ],
        ['u', 'Budget is about 900k lira total, my parents cover part and I send money from here.'],
        ['a', 'Keep a 10% buffer — weddings always overshoot on small things.'],
        [
          'u',
          "Music: some friends from Hüseyin hoca's class will play türküs before the DJ. I'll play one too. Terrified.",
        ],
        ['a', "Practice it until it's boring. Nerves fade when your hands know the way."],
        ['u', 'Can you draft a WhatsApp invite for my Berlin colleagues? A few might actually come.'],
        [
          'a',
          "'Hi all! Elif and I are getting married on 16 August in Istanbul, in a garden by the Bosphorus. You'd be very welcome — let me know by 30 June and I'll help with hotels. Yusuf'",
        ],
        ['u', 'Perfect, Tiago already said he is coming for sure.'],
        ['a', 'Lovely. He will get the full Turkish wedding experience.'],
      ],
    },
    {
      start: '2025-07-06 18:20',
      lines: [
        [
          'u',
          'I brought my saz to Berlin after my last Istanbul trip and two strings snapped on the way. Where would I even get bağlama strings here?',
        ],
        [
          'a',
          'Try the music shops around Kottbusser Tor and Adalbertstraße in Kreuzberg; a few carry Turkish instruments. Online shops from Turkey ship too.',
        ],
        [
          'u',
          'Found a tiny shop on Adalbertstraße, the owner is from Sivas and restrung it for me on the spot. We talked for an hour.',
          'saz-shop',
        ],
        ['a', 'Perfect — a local shop like that is gold for maintenance and meeting other players.'],
        [
          'u',
          "I'm doing online lessons with Hüseyin hoca now, Saturday mornings on Zoom. Not the same, but it works.",
          'online-lessons',
        ],
        ['a', 'Continuity with a teacher who knows your playing is worth a lot.'],
        [
          'u',
          "Work is heavy. I'm on call every fourth week and the card-issuing system pages a lot at night.",
        ],
        ['a', 'That sounds draining. Are the pages real incidents or noisy alerts?'],
        ['u', 'Mostly noise. Last week it woke me at 3, 4 and 5am, I was a zombie at standup.'],
        [
          'a',
          'Bring a list of alerts to the retro and propose tuning or silencing the ones that never need action. Alert fatigue is a real team problem.',
        ],
        ['u', "Good idea, I'll bring it to the retro. Tiago is supportive."],
        ['a', 'Having a lead on your side makes that much easier.'],
        ['u', 'German: A1 done, I start A2 next week!', 'german-a2'],
        ['a', 'Glückwunsch! A2 is where it starts to feel usable.'],
        ['u', 'Also my lower back is killing me lately from sitting all day. Any quick stretches?'],
        [
          'a',
          "Cat-cow, child's pose, and a hip flexor stretch for 30 seconds each side, morning and evening. Get up every hour too.",
        ],
        ['u', "I'll try the cat-cow thing in the mornings."],
        ['a', "If it doesn't improve in a few weeks, see a doctor or physio."],
      ],
    },
    {
      start: '2025-08-25 21:00',
      lines: [
        [
          'u',
          'We did it! Elif and I got married on Saturday the 16th in Beykoz. The weather held, no tent needed.',
          'married',
        ],
        ['a', 'Congratulations to you both! How did it go?'],
        [
          'u',
          "I played 'Dere Geliyor Dere' for her, my hands were shaking the whole time, but people cried so I guess it worked.",
        ],
        ['a', "That's a moment people will remember. Shaking hands and all."],
        [
          'u',
          'Then a week in Kaş, a little pension above the harbour. Snorkeling, grilled fish, doing nothing.',
          'honeymoon',
        ],
        ['a', 'Sounds like the perfect way to recover from wedding chaos.'],
        [
          'u',
          'Now the boring part: Elif needs a family reunion visa to join me in Berlin. What are the steps?',
        ],
        [
          'a',
          'She applies at the German consulate in Istanbul with the marriage certificate (apostilled and translated), your Blue Card, rental contract and proof of income. Spouses of Blue Card holders do not need the A1 certificate.',
        ],
        [
          'u',
          "Oh nice, I didn't know she doesn't need A1. She applies in September, hopefully arrives in October.",
        ],
        ['a', 'Processing can take a few weeks, so applying early September is smart.'],
        [
          'u',
          'My Neukölln flat is way too small for two people plus her drafting table. We have to look for something bigger.',
        ],
        [
          'a',
          'Start early — with two incomes and your employment contract you will be a stronger applicant.',
        ],
        ['u', 'Combined we would have about 5,500 net once she finds work. What can we afford?'],
        ['a', 'A common rule is up to a third of net income on rent, so roughly 1,600–1,800 € warm.'],
        ['u', 'So maybe up to 1,700 warm. Doable-ish.'],
        ['a', 'Yes, especially if you are flexible on neighbourhood.'],
        ['u', 'Thanks for all the wedding help btw, you were basically my wedding planner.'],
        ['a', 'It was a pleasure. Tebrikler again!'],
      ],
    },
    {
      start: '2025-09-28 20:45',
      lines: [
        [
          'u',
          'Thinking of leaving Moneta. The on-call is killing me and the card team reorg made everything worse.',
        ],
        ['a', 'That sounds like a reasonable thing to consider. Do you have anything lined up?'],
        [
          'u',
          "Two offers actually. Nordhaus Energy, a climate-tech startup doing software for battery storage, Kotlin backend, 82k. And a big bank's digital unit, Java, 88k but 4 days a week in the office.",
        ],
        [
          'a',
          'The bank pays more and is stable; Nordhaus is a mission you might care about, a newer stack to learn, and presumably more flexibility. How much does the office requirement matter to you?',
        ],
        [
          'u',
          'A lot. Nordhaus it is. Less money but I actually care about it, and it is hybrid, two office days in Kreuzberg.',
          'nordhaus-choice',
        ],
        ['a', 'That sounds like a choice you will be happier with day to day.'],
        ['u', "My notice period at Moneta is one month, so I'd start early November."],
        ['a', 'Good — time to hand over properly and maybe take a few days off in between.'],
        ['u', 'Does switching employers affect my Blue Card?'],
        [
          'a',
          'In the first two years you must notify the Ausländerbehörde of a job change; they check the new job meets the Blue Card conditions. It is usually a formality.',
        ],
        ['u', "I've had it since April, so yes I need to tell them. Ugh, more Termin hunting."],
        ['a', 'Email them with the new contract attached; sometimes they handle it without an appointment.'],
        ['u', "I've never written Kotlin seriously. Can you give me a 2-week crash plan coming from Go?"],
        [
          'a',
          'Week 1: syntax, null safety, data classes, collections, and Kotlin Koans. Week 2: coroutines vs goroutines, Ktor or Spring Boot basics, and rewriting one of your small Go tools in Kotlin.',
        ],
        ['u', 'Coroutines vs goroutines, that will be fun.'],
        ['a', "You'll find structured concurrency a bit stricter than Go, but pleasant."],
        ['u', 'Oh and Elif got her visa yesterday, she lands on October 12th!', 'elif-visa'],
        ['a', 'Wonderful news! Two big changes this autumn.'],
      ],
    },
    {
      start: '2025-11-09 19:00',
      lines: [
        [
          'u',
          "First week at Nordhaus done! Started Monday the 3rd. Team of six, my manager is Ingrid, she's Norwegian and very direct.",
          'nordhaus-start',
        ],
        [
          'a',
          'Congrats on the first week! Direct managers are often easier to work with — you always know where you stand.',
        ],
        [
          'u',
          'Kotlin is nicer than I expected. No more Go at work now, I only use it for side scripts.',
          'kotlin',
        ],
        ['a', 'Good sign. Keeping Go for side projects keeps that skill alive too.'],
        [
          'u',
          "Elif has been here since October 12th, she's already interviewing at two architecture offices.",
        ],
        ['a', "That's fast. Berlin has a lot of architecture studios, so she has a good chance."],
        [
          'u',
          'She found a Georgian restaurant in Schöneberg and now she is obsessed, khachapuri every weekend. Georgian is officially her favourite food.',
          'elif-georgian',
        ],
        ['a', 'Georgian food is great for vegetarians too — khachapuri, pkhali, lobio.'],
        [
          'u',
          'We are flat hunting. Two candidates: a 2.5-room in Prenzlauer Berg for 1,680 warm, or a 3-room in Lichtenberg for 1,450 but far from everything.',
        ],
        [
          'a',
          'Prenzlauer Berg: central, pricier, fits your budget limit. Lichtenberg: more space and cheaper, but longer commutes for both of you.',
        ],
        ['u', 'Prenzlauer Berg. Elif could cycle to work and the Lichtenberg one had a weird smell.'],
        ['a', 'Trust the smell instinct. Good luck with the application!'],
        ['u', 'We applied with the Schufa and all the documents, fingers crossed.'],
        ['a', 'Having both contracts in the folder will help.'],
        [
          'u',
          'Also Ingrid asked if I want to be on call. I said only once every six weeks max and she agreed.',
        ],
        ['a', 'Good boundary. Much better than every fourth week.'],
        ['u', "I'm actually sleeping again, it's amazing."],
        ['a', 'That alone might be worth the salary difference.'],
      ],
    },
    {
      start: '2025-12-14 17:30',
      lines: [
        [
          'u',
          'We got the Prenzlauer Berg flat! Moved in last weekend, in the Kollwitzkiez near the water tower. Boxes everywhere.',
          'prenzlauer',
        ],
        ['a', 'Congratulations! That is a lovely area. How is it feeling?'],
        [
          'u',
          'Great, but carrying boxes wrecked my back. I finally saw a physio, she said it is weak glutes and too much sitting, not a disc problem, thank god.',
          'physio',
        ],
        ['a', 'Good to rule out the disc. Did she give you exercises?'],
        ['u', 'Bridges, bird-dogs and dead bugs, three times a week.'],
        ['a', "Classic core and glute work. Ten minutes is enough if you're consistent."],
        [
          'u',
          "My mom is visiting for Christmas week. We don't celebrate, she just wants to see the Weihnachtsmärkte.",
        ],
        ['a', 'The markets are a great experience even without the holiday itself.'],
        ['u', "She's never been in cold like this. What should I tell her to pack?"],
        [
          'a',
          'Thermal underwear, a long padded coat, waterproof boots with good grip, a hat, gloves and a scarf. Layers beat one thick sweater.',
        ],
        ['u', "She's also bringing the saz case I forgot. And probably 5kg of pastırma."],
        [
          'a',
          'Customs allows meat only from within the EU, so tell her to check the rules before packing the pastırma.',
        ],
        [
          'u',
          'Ha, good point. Which markets are nice for a 60-year-old mom who wants lights and food but not drunk crowds?',
        ],
        [
          'a',
          'Gendarmenmarkt is elegant, Charlottenburg Palace is beautiful, and the Lucia market at Kulturbrauerei is cosy with Scandinavian food.',
        ],
        ['u', 'Gendarmenmarkt sounds classy, and Kulturbrauerei is right next to us.'],
        ['a', 'Perfect — one big outing and one easy walk.'],
        ['u', 'Also Elif got a job! She starts at an architecture office in Mitte in January.'],
        ['a', "That's wonderful. What a year for you two."],
      ],
    },
    {
      start: '2026-01-25 20:10',
      lines: [
        ['u', 'New year budgeting session? We want an emergency fund and maybe a car in 2027.'],
        ['a', 'Sure. What is your combined net income and your fixed costs?'],
        [
          'u',
          "Combined net is about 6,800 now that Elif's working. Rent 1,680, two Deutschlandtickets, groceries maybe 600.",
        ],
        [
          'a',
          'Try 50/30/20: about 3,400 for needs, 2,040 for wants, 1,360 to savings. Build 3–6 months of expenses as emergency fund first, then the car fund.',
        ],
        ['u', 'Should the emergency fund go in a Tagesgeld account?'],
        ['a', 'Yes — instant access and some interest. Compare rates; they change often.'],
        [
          'u',
          'Something fun: I found a saz jam group! Turkish and Kurdish musicians, every second Friday in a Kneipe in Wedding. First time playing with other people in Berlin.',
          'jam',
        ],
        ['a', 'That is great! Playing with others improves you faster than anything.'],
        [
          'u',
          'Ramadan starts around February 18th this year. Fasting again, first time with the Nordhaus team.',
        ],
        ['a', 'Do you want to adjust your working hours during the month?'],
        [
          'u',
          'Already asked. Ingrid is fine with me starting at 7 and leaving at 15:30 during Ramadan.',
          'ramadan-hours',
        ],
        ['a', 'That gives you a calm afternoon before iftar. Nice.'],
        ['u', "Elif fasts some days but not all, she's more relaxed about it."],
        ['a', 'Everyone has their own rhythm with it.'],
        [
          'u',
          "German update: I'm in the B1 course now, exam late February. The Konjunktiv is destroying me.",
        ],
        [
          'a',
          "Focus on 'würde' + infinitive and the common forms hätte, wäre, könnte — that covers most of what B1 needs.",
        ],
        ['u', 'Hätte, wäre, könnte. Ok. Wish me luck.'],
        ['a', 'Viel Erfolg!'],
      ],
    },
    {
      start: '2026-03-07 22:30',
      lines: [
        [
          'u',
          "Passed my B1 exam!! 78 points. Ingrid made everyone speak German to me at lunch as a 'gift', horrible people.",
          'german-b1',
        ],
        ['a', 'Herzlichen Glückwunsch! That is a very good score.'],
        ['u', 'Ramadan is going fine, the early schedule helps a lot. The suhoor oats are back too.'],
        ['a', "Sounds like you've found a routine that works."],
        ['u', "We're hosting an iftar for my team next Saturday, 7 people, some of them vegan. Ideas?"],
        [
          'a',
          'Mercimek çorbası, stuffed peppers with rice and herbs, a big çoban salad, hummus, and dates. Dessert: güllaç made with oat milk.',
        ],
        ['u', 'Mercimek, stuffed peppers and güllaç, perfect.'],
        ['a', 'Make the soup the day before — it tastes even better.'],
        ['u', 'For Bayram we fly to Istanbul, March 19 to 24. Gift ideas for my nieces, they are 6 and 9?'],
        [
          'a',
          'A Berlin-themed picture book for the 6-year-old, and a LEGO set or a craft kit for the 9-year-old. Kinderschokolade never fails.',
        ],
        ['u', 'I want to bring Hüseyin hoca something from Berlin too. He weirdly loves German chocolate.'],
        ['a', 'A Ritter Sport variety box or something from a Berlin chocolatier would make him smile.'],
        ['u', "Ritter Sport box, he'll laugh."],
        ['a', 'A good teacher gift — simple and personal.'],
        [
          'u',
          "Oh and I still haven't registered the new address for the Prenzlauer Berg flat, oops. Is that a problem?",
        ],
        [
          'a',
          "You're supposed to do the Ummeldung within two weeks, so book a Bürgeramt appointment soon. Fines are rare for short delays but possible.",
        ],
        ['u', 'Ok, booking a Termin right now.'],
        ['a', 'Good. Iyi bayramlar in advance!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Who was my saz teacher back in Istanbul again?', ['huseyin', 'online-lessons']],
    ['single-hop', 'Which wedding venue did we end up going with?', ['venue']],
    ['single-hop', 'Where did Elif and I go right after the wedding?', ['honeymoon']],
    ['single-hop', 'What did the physio say was behind my back problems?', ['physio']],
    ['single-hop', 'Where was that little shop that fixed my instrument strings?', ['saz-shop']],
    [
      'multi-hop',
      'I want to cook something special for Elif this weekend — what should I keep in mind about what she eats and what she loves?',
      ['elif-veg', 'elif-georgian'],
    ],
    [
      'multi-hop',
      'Compare the main programming language I used at my old job with the one I use at work now.',
      ['moneta', 'kotlin'],
    ],
    [
      'temporal',
      'When did Elif and I get married?',
      ['married', 'wedding-date'],
      { askedAt: '2026-03-20 10:00' },
    ],
    [
      'temporal',
      'When did I move to Berlin?',
      ['neukolln', 'transfer-offer'],
      { askedAt: '2026-03-20 10:00' },
    ],
    ['updated', 'Where am I living these days?', ['prenzlauer'], { stale: ['kadikoy', 'neukolln'] }],
    [
      'updated',
      'Which company am I working for right now?',
      ['nordhaus-start'],
      { stale: ['moneta', 'transfer-offer'] },
    ],
    [
      'updated',
      "What's my German level at the moment?",
      ['german-b1'],
      { stale: ['german-a1', 'german-a2'] },
    ],
    ['off-topic', 'How do I stop my glasses from fogging up when I wear a face mask?', []],
    ['off-topic', 'Can you explain why the Moon causes ocean tides?', []],
    ['off-topic', "What's the best way to fix a squeaky hardwood floor?", []],
  ],
});

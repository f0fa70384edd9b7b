import { definePersona } from '../author.ts';

export const chiara = definePersona({
  user_id: 'h4-chiara',
  name: 'Chiara Bianchi',
  summary:
    'Chiara, 33, fashion buyer; diagnosed coeliac, breaks up with Luca and later dates Tomás, moves from Turin to Milan for a new job, and swaps mat pilates for reformer classes.',
  language: 'en',
  sessions: [
    {
      start: '2025-04-06 21:10',
      lines: [
        [
          'u',
          'Ciao! Okay so I need a bit of help because my brain is completely fried after this week, we had the AW25 delivery arriving at the store and half of it was wrong, the wrong sizes, the wrong colours, a disaster.',
        ],
        ['a', 'Ciao Chiara! That sounds stressful. What kind of help do you need?'],
        [
          'u',
          "I'm the womenswear buyer at Galleria Moretti, the department store on via Roma in Turin, and I have to write a very polite but very firm email to the supplier. Polite is not my mood right now.",
          'c-moretti',
        ],
        [
          'a',
          'Understood. Tell me the key facts: which brand, what went wrong, and what you want them to do.',
        ],
        [
          'u',
          "It's a knitwear brand from Carpi, they sent 40% of the order in XS and XL instead of S–M–L, and two colourways that we never ordered. I want a replacement within three weeks or a credit note.",
        ],
        [
          'a',
          '"Dear team, we received today\'s AW25 delivery and unfortunately it does not match our confirmed order: the size split and two colourways differ. We kindly ask for a replacement of the incorrect units within three weeks, or alternatively a credit note. Please confirm by Friday which option you prefer."',
        ],
        ['u', 'Perfetto, firm but elegant, exactly like me on a good day 😂'],
        ['a', 'Ha! Send it and enjoy your evening. Any plans to unwind?'],
        [
          'u',
          'My boyfriend Luca is cooking tonight, he teaches history at a liceo and he cooks like a nonna, which is dangerous because he makes fresh tajarin every Sunday.',
          'c-luca',
        ],
        ['a', 'That sounds like a lovely way to end the week.'],
        [
          'u',
          "It is, except lately I've been feeling super bloated and tired after basically every meal, and I'm not sure if it's stress or what.",
        ],
        [
          'a',
          'Persistent bloating and tiredness are worth mentioning to your doctor, especially if they happen after most meals.',
        ],
        [
          'u',
          "I know, I know. I keep blaming the gym. I do mat pilates at my gym every Tuesday evening and I'm always exhausted afterwards, which is not normal for a 45-minute class.",
          'c-matpilates',
        ],
        [
          'a',
          'Feeling wiped out after a class you know well could be a sign something is off. A simple blood test is a good first step.',
        ],
        ['u', "Okay, I'll book my medico di base this week. Promise."],
        ['a', 'Good. Let me know how it goes.'],
        [
          'u',
          "Oh, and one more thing, is it normal that my hair is falling out a bit more than usual? I'm blaming the Turin water.",
        ],
        [
          'a',
          'Hair shedding can be linked to stress or low iron, so it is worth including ferritin in the blood test.',
        ],
        ['u', "Ferritin, noted. I'll ask her to check everything at once."],
        ['a', 'Good idea. Rest well this weekend.'],
      ],
    },
    {
      start: '2025-05-11 12:30',
      lines: [
        [
          'u',
          'So, update: my doctor did blood tests and the anti-transglutaminase antibodies came back really high, and my iron is low too. She wants me to see a gastroenterologist.',
          'c-bloodtest',
        ],
        [
          'a',
          'That combination often points to coeliac disease. The specialist will probably suggest a biopsy to confirm. Keep eating gluten until then, or the test can be falsely negative.',
        ],
        [
          'u',
          "Yes she said exactly that, keep eating pasta until the biopsy. Honestly the least painful medical advice I've ever had 😅",
        ],
        ['a', 'Ha, enjoy it while it lasts! When is the appointment?'],
        [
          'u',
          'June, at the Molinette hospital. Meanwhile family news — my brother Marco and his wife had their baby girl last week! Her name is Giulia.',
          'c-giulia',
        ],
        ['a', 'Congratulations, Zia Chiara! How are they doing?'],
        ['u', 'Exhausted but over the moon. I already bought her three outfits, occupational hazard.'],
        ['a', 'Of course! A fashion buyer aunt is the best kind.'],
        [
          'u',
          "Also it's my mum Rosanna's birthday on the 25th and I have zero ideas, she says she wants nothing, which means she wants something perfect.",
        ],
        [
          'a',
          'Some ideas: a framed photo of her with baby Giulia, a day at a spa like the QC Terme, or a cooking class together.',
        ],
        ['u', "The framed photo with Giulia, she will cry, it's perfect. Marco will take one this week."],
        ['a', 'She will love it. A simple silver frame would look lovely.'],
        [
          'u',
          "And I need to prepare for a buying trip to Copenhagen Fashion Week in August, can you remind me in July to book hotels? Actually never mind, I'll put it in my calendar.",
        ],
        ['a', 'Good plan — hotels get booked quickly around fashion week, so the sooner the better.'],
        [
          'u',
          "Actually one question: what do I bring to a newborn visit that isn't clothes? Marco says I'm banned from buying clothes.",
        ],
        [
          'a',
          'Practical things: a ready-made meal for the parents, nappies, a nice baby book, or an offer to babysit so they can sleep.',
        ],
        ['u', 'Lasagne and a babysitting voucher. Marco will kiss me.'],
        ['a', 'New parents always appreciate food and sleep!'],
      ],
    },
    {
      start: '2025-06-19 19:00',
      lines: [
        ['u', "Okay it's official. The biopsy confirmed it, I'm coeliac. Diagnosed on Monday.", 'c-coeliac'],
        ['a', 'I am sorry, that is a lot to take in. How are you feeling about it?'],
        [
          'u',
          "Honestly? Relieved there's a reason for feeling like rubbish, and devastated about focaccia. I'm Italian, this is basically a tragedy.",
        ],
        [
          'a',
          'Understandable! The good news is Italy is one of the best countries in the world for gluten-free food. Do you want some tips to get started?',
        ],
        ['u', "Yes please, the doctor gave me a leaflet but it's very boring."],
        [
          'a',
          'Key points: strictly no wheat, barley, rye or spelt; watch for cross-contamination (separate toaster, colander, wooden spoons); look for the crossed-grain symbol; and the AIC (Associazione Italiana Celiachia) app lists safe restaurants.',
        ],
        [
          'u',
          "Separate toaster, wow, I hadn't thought about that. Luca will have to get used to two colanders in the kitchen.",
        ],
        [
          'a',
          'It becomes routine quickly. Also, in Italy you get a monthly allowance for gluten-free products through the health service.',
        ],
        [
          'u',
          'Yes! The buoni celiachia, I already applied. Around 90 euros a month I think, on my tessera sanitaria.',
        ],
        ['a', 'Exactly. Many supermarkets and pharmacies accept it.'],
        [
          'u',
          "Can you give me three easy weeknight dinners that are naturally gluten-free? I get home at 8 and I'm starving.",
        ],
        [
          'a',
          '1) Risotto with courgettes and saffron. 2) Salmon with potatoes and green beans in the oven. 3) Frittata with peppers and a big salad. All quick and safe, just check stock cubes.',
        ],
        ['u', 'Risotto I can do with my eyes closed. Grazie mille.'],
        ['a', 'Prego! It gets easier, I promise.'],
        ['u', 'Is beer completely off limits? Asking for a friend who is me.'],
        [
          'a',
          'Regular beer is made from barley, so yes. But there are certified gluten-free beers, and wine, prosecco and most spirits are naturally gluten-free.',
        ],
        ['u', 'Prosecco is naturally gluten-free. Best news of the week.'],
        ['a', 'Cin cin!'],
      ],
    },
    {
      start: '2025-07-13 15:40',
      lines: [
        [
          'u',
          'Holiday planning! Luca and I are going to Puglia for ten days in August, after Copenhagen. Help me find a masseria, please.',
        ],
        [
          'a',
          'Lovely! Two options near Ostuni: 1) a restored masseria with a pool and a spa, around €320 a night; 2) a smaller family-run masseria with olive groves, home cooking and a pool, around €160 a night. Both offer gluten-free breakfasts on request.',
        ],
        [
          'u',
          "The cheaper one, the family-run place. I'd rather spend the money on dinners and the beach clubs.",
          'c-cheaper',
        ],
        [
          'a',
          'Good choice — family-run masserie usually have the best food. Shall I draft a message to tell them about your coeliac diet?',
        ],
        ['u', "Yes please! In Italian, it's Puglia after all."],
        [
          'a',
          '"Buongiorno, abbiamo prenotato dal 15 al 25 agosto. Sono celiaca: sarebbe possibile avere una colazione senza glutine, preparata separatamente? Grazie mille."',
        ],
        [
          'u',
          "Perfect. Also I have been a bit sad with Luca lately, we argue about stupid things. He didn't want to come to Copenhagen, he never comes to anything work-related.",
        ],
        ['a', 'That sounds frustrating. Have you been able to talk about it calmly?'],
        [
          'u',
          "Kind of. Maybe the holiday will help. We've been together four years, it's normal to have a rough patch, no?",
        ],
        [
          'a',
          'Rough patches are normal in long relationships. Time away together can help — or at least give you space to talk.',
        ],
        [
          'u',
          "Let's hope. On the bright side, I feel SO much better since going gluten-free. No more bloating, and pilates on Tuesdays doesn't kill me anymore.",
        ],
        ['a', 'That is wonderful to hear! Your body is recovering.'],
        ['u', 'Also I have to pack for Copenhagen, five days of showrooms. Capsule wardrobe suggestions?'],
        [
          'a',
          'Try: wide-leg tailored trousers, a straight midi skirt, two neutral knits, a crisp shirt, a trench coat and white sneakers plus one pair of loafers. Everything mixes.',
        ],
        ['u', 'Loafers, trench, done. Scandinavians will judge me otherwise 😂'],
        ['a', 'Ha! You will fit right in.'],
        ['u', "What's a good gift to bring the Danish showroom team? Something typically Torinese."],
        [
          'a',
          'Gianduiotti from a historic Turin chocolatier, or a bottle of vermouth di Torino — both very local and easy to pack.',
        ],
        ['u', 'Vermouth, obviously, Turin invented it. They will love me.'],
      ],
    },
    {
      start: '2025-08-28 22:15',
      lines: [
        [
          'u',
          'So. Luca and I broke up. On the last day in Puglia, at the masseria, with the olive trees and everything. Very cinematic.',
          'c-breakup',
        ],
        ['a', 'I am so sorry, Chiara. How are you holding up?'],
        [
          'u',
          "Sad but weirdly calm. We both knew. We want different things, he wants to stay in Turin forever and I don't.",
        ],
        ['a', 'That takes courage to admit. Do you have friends or family around you this week?'],
        [
          'u',
          'My mum has been feeding me gluten-free lasagne non-stop. And my friend Sofia took me out for drinks.',
        ],
        ['a', 'That sounds like the right kind of support.'],
        [
          'u',
          "And here's the crazy part. A recruiter called me on Monday about a senior buyer job in Milan, at Vetrina, the online luxury retailer.",
        ],
        ['a', 'Interesting timing! How do you feel about it?'],
        [
          'u',
          "Excited! It's a step up, bigger budgets, more international brands. And honestly, a fresh start in a new city sounds perfect right now.",
        ],
        ['a', 'It could be a great move. When is the interview?'],
        ['u', 'Second round next week with the head of buying, Federica something. Can you help me prep?'],
        [
          'a',
          'Sure. Expect questions about sell-through rates, how you choose brands, a buy you got wrong, and how you work with e-commerce data. Prepare one story for each.',
        ],
        [
          'u',
          'A buy I got wrong: the neon puffer jackets of 2022. Nobody wanted to look like a highlighter. Great story.',
        ],
        ['a', 'Perfect — show what you learned from it, like using pre-orders to test bold trends.'],
        ['u', 'Yes! Okay, I feel ready. Sort of.'],
        ['a', 'You are more ready than you think. In bocca al lupo!'],
        ['u', "Crepi! What should I wear for the interview? It's in person at their office in Porta Nuova."],
        [
          'a',
          'Something that shows your eye without being costume: a well-cut blazer, a silk top, tailored trousers and one statement accessory, like good earrings or a bag from a brand you admire.',
        ],
        ['u', 'Navy blazer and my vintage Bottega bag. Done.'],
      ],
    },
    {
      start: '2025-09-21 10:30',
      lines: [
        ['u', 'I GOT IT. Senior womenswear buyer at Vetrina, starting 13 October!'],
        ['a', 'Congratulations, Chiara! That is fantastic news!'],
        [
          'u',
          'Grazie!! Now I need somewhere to live in Milan and I know nothing about the neighbourhoods, I always just go for work and leave.',
        ],
        [
          'a',
          'Three good options for you: 1) NoLo — young, cheaper, lots of bars, a bit rough in places; 2) Isola — lively, green, great restaurants, close to Porta Garibaldi; 3) Porta Romana — elegant and calm, pricier.',
        ],
        [
          'u',
          'The second one. Isola sounds exactly like me, and I can walk to Garibaldi for the train to Turin.',
          'c-isola-pick',
        ],
        ['a', 'Great pick. Budget for a one-bedroom there is roughly €1,300–1,600 a month.'],
        ['u', "Ouch. Okay, Vetrina pays better, it's fine. Just about."],
        [
          'a',
          'Milan is expensive, but the salary jump should help. Do you want help with a moving checklist?',
        ],
        ['u', "Yes, please, I'm terrible at admin."],
        [
          'a',
          '1) Give notice on the Turin flat. 2) Book movers. 3) Change residence at the Milan anagrafe. 4) Transfer your coeliac allowance to the new ASL. 5) Register with a new family doctor.',
        ],
        ['u', "Oh god the ASL thing, I didn't even think of it. Thank you."],
        ['a', 'It is easy to forget. It is usually quick once you have your new residence.'],
        [
          'u',
          "I'm also going to Paris for the SS26 shows next week, my last trip for Moretti. Any gluten-free bakery in Le Marais?",
        ],
        [
          'a',
          'Yes — there are a few dedicated gluten-free bakeries in Paris, and the Marais has several. Check the AFDIAG list or apps like Find Me Gluten Free for current addresses.',
        ],
        ['u', 'Find Me Gluten Free, downloading now.'],
        ['a', 'Bon voyage to Paris!'],
        [
          'u',
          "Should I tell the team at Moretti in person or by email? I'm scared, my boss there has been really good to me.",
        ],
        [
          'a',
          'In person first, then confirm by email. Thank her sincerely and offer a proper handover of your open orders.',
        ],
        ['u', 'Okay, tomorrow morning, with a coffee and a cornetto. A gluten-free one for me.'],
      ],
    },
    {
      start: '2025-10-19 20:00',
      lines: [
        [
          'u',
          'Buonasera from Milan! I officially live in Isola now, a tiny one-bedroom on via Borsieri with a balcony the size of a handkerchief.',
          'c-isola',
        ],
        ['a', 'Benvenuta a Milano! How does it feel?'],
        [
          'u',
          "Strange but exciting. And my first week at Vetrina is done, it's so fast-paced, the data team tracks everything by the hour.",
          'c-vetrina',
        ],
        ['a', 'Quite a change from a department store! How is the team?'],
        [
          'u',
          'Nice. My manager is Federica Conti, the head of buying who interviewed me, very sharp, very direct.',
          'c-federica',
        ],
        ['a', 'Sounds like someone you can learn a lot from.'],
        [
          'u',
          'Definitely. The Paris trip was also great, by the way — my last one for Moretti, and I found two new Danish brands I want to bring to Vetrina.',
          'c-paris',
        ],
        ['a', 'Nice start! Which brands?'],
        [
          'u',
          'A knitwear label and a leather bag brand, both quite small. I need to pitch them to Federica in a short deck.',
        ],
        [
          'a',
          'A good deck: brand story, price positioning vs. what Vetrina already sells, sell-through potential, and a proposed first order size.',
        ],
        [
          'u',
          'Perfect structure. Can I also ask, how do I find a gluten-free friendly supermarket near Isola?',
        ],
        [
          'a',
          'Most big supermarkets like Esselunga have a gluten-free section, and many pharmacies in the area accept the coeliac allowance. The AIC app also lists shops.',
        ],
        [
          'u',
          "There's an Esselunga on viale Zara, perfect. Now I just need to stop eating dinner standing in the kitchen.",
        ],
        ['a', 'Maybe a little table for the balcony?'],
        ['u', 'For the handkerchief balcony? A stool, maybe 😂'],
        ['a', 'A stool and a plant — the perfect Milanese balcony.'],
        [
          'u',
          "Also, how do I stop feeling lonely here in the evenings? I don't know anyone yet apart from work people.",
        ],
        [
          'a',
          "Join a regular class or club, say yes to colleagues' aperitivi, and explore your neighbourhood with a routine — same bar, same market — so faces become familiar.",
        ],
        ['u', 'A class. Maybe I should look for a new pilates place here, I miss it.'],
      ],
    },
    {
      start: '2025-11-16 18:45',
      lines: [
        [
          'u',
          "New routine! I cancelled the Turin gym and joined a reformer pilates studio here in Isola called Core Lab. Three classes a week, I'm obsessed.",
          'c-reformer',
        ],
        ['a', 'Reformer is a great upgrade. How do you find it compared with mat classes?'],
        [
          'u',
          'Harder but way more fun, and my back feels amazing. The instructor, Bea, is a little sadist, I love her.',
        ],
        ['a', 'The best instructors usually are! Are you feeling energetic enough for three a week?'],
        ['u', "Totally, since the diagnosis I'm a new person. My iron is almost back to normal too."],
        ['a', 'That is great news.'],
        [
          'u',
          "And... I met someone. Sort of. At my friend Sofia's aperitivo last weekend, she came to visit from Turin. His name is Tomás, he's Argentinian, an architect.",
        ],
        ['a', 'Ooh! How did it go?'],
        [
          'u',
          'We talked for three hours about buildings and shoes. He asked for my number. We have a date on Thursday.',
        ],
        ['a', 'Exciting! Do you have a plan for the date?'],
        ['u', "He suggested pizza. I had to tell him I'm coeliac on the second message, very romantic."],
        [
          'a',
          'Ha! There are several pizzerias in Milan with certified gluten-free kitchens — you could suggest one of those.',
        ],
        [
          'u',
          "I sent him the one on the AIC app, he said perfect and that he'd learn what coeliac means. Cute, no?",
        ],
        ['a', 'Very cute. Good sign that he is curious.'],
        ['u', "Let's see. I'm trying not to get too excited."],
        ['a', 'Enjoy the date — and the pizza!'],
        ['u', "What should I wear, casual but cute? It's a Thursday, I'll come straight from the office."],
        [
          'a',
          'A fitted knit, straight-leg jeans, ankle boots and a long coat. Add lipstick and it works from office to date.',
        ],
        ['u', 'Red lipstick, always. Grazie!'],
      ],
    },
    {
      start: '2025-12-14 11:20',
      lines: [
        [
          'u',
          "Okay, it's official, Tomás and I are together. He asked me properly, like a gentleman, at the Christmas market in Piazza Duomo.",
          'c-tomas',
        ],
        ['a', 'That is lovely, congratulations!'],
        [
          'u',
          "I'm so happy. He's so different from Luca — he loves travelling, he's curious, he even reads labels for gluten now.",
        ],
        ['a', 'That says a lot about him. Are you spending Christmas together?'],
        [
          'u',
          'No, he flies to Buenos Aires to see his family and I go home to Turin, to my mum and Marco and baby Giulia. Then New Year together in Milan.',
        ],
        ['a', 'Sounds like a nice balance. Do you want ideas for Christmas gifts?'],
        ['u', 'Yes! For my mum, and something for Tomás before he leaves.'],
        [
          'a',
          'For your mum: a cashmere scarf or a weekend away for the two of you. For Tomás: a beautiful architecture book, a good leather notebook, or tickets to an exhibition at the Triennale for when he is back.',
        ],
        ['u', "The Triennale tickets, he will love it, and it's a date too. Two birds."],
        ['a', 'Perfect. And panettone for the family — there are very good gluten-free ones now.'],
        [
          'u',
          "Yes, my mum already found a gluten-free panettone from a bakery in Turin, she's so proud of herself.",
        ],
        ['a', 'That is sweet. Enjoy the holidays!'],
        ['u', "Thanks! Work is crazy before the break though, we're closing the AW26 budgets."],
        ['a', 'Good luck with the budgets — then you can rest.'],
        ['u', 'Quick one: how much gluten-free pasta should I buy for a family dinner of six?'],
        [
          'a',
          'About 100 g per person for a main course, so 600 g; gluten-free pasta swells less, so 700 g if they are big eaters.',
        ],
        ['u', 'My family are big eaters. 800 g then, just in case.'],
        ['a', 'Wise. Buon Natale, Chiara!'],
      ],
    },
    {
      start: '2026-01-25 20:30',
      lines: [
        [
          'u',
          "Happy new year! A bit late. I have a work question: Federica asked me to plan a 'new designers' capsule for autumn, ten small brands, and I need to present it in two weeks.",
        ],
        ['a', 'Happy new year! Exciting project. Do you have a shortlist?'],
        [
          'u',
          'Seven so far, including the two Danish brands, which are doing very well on the site. I need three more, ideally Italian.',
        ],
        [
          'a',
          'You could look at graduates from Istituto Marangoni or Polimoda, or small Italian knitwear and leather makers at White Milano.',
        ],
        ['u', "White Milano is in February, perfect timing. I'll scout there."],
        ['a', 'Great. Do you want a structure for the presentation?'],
        ['u', 'Yes, short please, Federica hates long decks.'],
        [
          'a',
          '1) Why a capsule now (customer data). 2) The ten brands, one slide each. 3) Budget and margin. 4) Launch and marketing plan. 5) Success metrics.',
        ],
        [
          'u',
          "Perfect. On a personal note, it's Tomás's birthday on 3 February, and I want to cook for him at home.",
        ],
        ['a', 'Lovely! Something Argentinian or Italian?'],
        ['u', 'Argentinian, to surprise him. Maybe empanadas? But gluten-free is a nightmare with pastry.'],
        [
          'a',
          'Try a grilled steak with chimichurri, provoleta and a salad — all naturally gluten-free — and a dulce de leche panna cotta for dessert.',
        ],
        ['u', "Oh my god, provoleta. He's going to cry. Done."],
        ['a', 'He will love it. Just check the dulce de leche label!'],
        [
          'u',
          "Last thing: my mum wants to visit me in Milan in March. Any gentle ideas for her? She's 64 and hates crowds.",
        ],
        [
          'a',
          'The Villa Necchi Campiglio, a walk in the Brera botanical garden, and a quiet lunch in the Navigli in the morning before it gets busy.',
        ],
        ['u', 'Villa Necchi, she will love the garden. Booking it.'],
        ['a', 'Lovely idea.'],
      ],
    },
    {
      start: '2026-03-01 09:15',
      lines: [
        [
          'u',
          'Buongiorno. I survived Milan Fashion Week, barely. Eight days of shows and showrooms for the Vetrina buy, I think I walked 100 km.',
          'c-mfw',
        ],
        ['a', 'Congratulations on surviving! How did it go?'],
        [
          'u',
          'Really well, we placed most of the AW26 orders, and I found the three Italian brands for the capsule at White.',
        ],
        ['a', 'That is great news. Did Federica like the presentation?'],
        [
          'u',
          'She approved all ten brands! Only cut the budget by 10%, which for Federica is basically a hug.',
        ],
        ['a', 'Ha, a big win then!'],
        ['u', 'My feet are destroyed though. Any tricks for blisters? I wore new loafers, rookie mistake.'],
        [
          'a',
          'Keep the blister clean and covered with a hydrocolloid plaster, do not pop it, and give your feet a few days in soft shoes.',
        ],
        [
          'u',
          'Sneakers for a week then. Also, I had my yearly coeliac check-up and my antibodies are finally in the normal range!',
        ],
        ['a', 'That is excellent — your diet is clearly working.'],
        ['u', "The gastroenterologist said I'm a model patient. I'm putting it on my CV 😂"],
        ['a', 'Well deserved! Any plans to celebrate?'],
        [
          'u',
          "Tomás and I want to take a trip at Easter. I'll ask you about it next time, now I need a coffee.",
        ],
        ['a', 'Enjoy your coffee!'],
        [
          'u',
          "Oh and my reformer instructor Bea says my core is finally 'acceptable'. Huge compliment from her.",
        ],
        ['a', 'High praise indeed!'],
        ['u', "I'm framing it next to the antibody results 😂"],
        ['a', 'A wall of achievements!'],
      ],
    },
    {
      start: '2026-04-12 16:00',
      lines: [
        [
          'u',
          "Back to the Easter trip! We're thinking Lisbon, four days. Is it easy to eat gluten-free there?",
        ],
        [
          'a',
          'Lisbon is pretty good — there are several dedicated gluten-free bakeries and many restaurants understand "sem glúten". Grilled fish and seafood are naturally safe.',
        ],
        ['u', "Grilled fish every day, I'm in. Tomás wants to see all the architecture, obviously."],
        ['a', "Then the MAAT, the Gulbenkian, Álvaro Siza's Chiado, and a day trip to Sintra are musts."],
        ['u', 'Hotel options? Nothing too fancy, but with character.'],
        [
          'a',
          'Options: 1) a boutique hotel in Alfama with river views (~€190/night); 2) a design guesthouse in Príncipe Real (~€150/night); 3) a modern hotel in Baixa (~€130/night).',
        ],
        [
          'u',
          "Príncipe Real, the design guesthouse. Tomás will love the interiors and it's a nice neighbourhood.",
          'c-lisbon-hotel',
        ],
        ['a', 'Great choice — it is green, calm and full of good restaurants.'],
        ['u', "Can you write a short Portuguese phrase to explain I'm coeliac in restaurants?"],
        ['a', '"Sou celíaca. Não posso comer glúten, nem contaminação. Este prato é seguro?"'],
        ['u', 'Saving it to my phone. Obrigada!'],
        ['a', 'De nada! Have a wonderful trip.'],
        [
          'u',
          'Also, little work gossip: Federica said I might lead the whole womenswear category next year. Fingers crossed!',
        ],
        ['a', 'That would be a fantastic step. Fingers crossed for you!'],
        ['u', "Grazie, I'll keep you posted."],
        ['a', 'Please do. Boa viagem!'],
        ['u', 'Oh, what should I pack for Lisbon in April? The weather confuses me.'],
        [
          'a',
          'Usually 15–22°C with some wind and the odd shower: light layers, a trench or light jacket, comfortable flat shoes for the hills and cobbles.',
        ],
        ['u', 'Flat shoes. I learnt my lesson at fashion week.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Which masseria did we end up booking for the Puglia holiday?', ['c-cheaper']],
    ['single-hop', 'Can you suggest something I could cook for friends this weekend?', ['c-coeliac']],
    ['single-hop', "What's my niece's name again?", ['c-giulia']],
    ['single-hop', 'Who is my boss at the new company?', ['c-federica']],
    ['single-hop', 'Which part of Milan did I choose when I was looking for a flat?', ['c-isola-pick']],
    ['multi-hop', 'Which fashion weeks did I go to for work in the past few months?', ['c-paris', 'c-mfw']],
    [
      'multi-hop',
      'What tests did I have to go through before the coeliac diagnosis?',
      ['c-bloodtest', 'c-coeliac'],
    ],
    ['temporal', 'When was I diagnosed as coeliac?', ['c-coeliac'], { askedAt: '2026-04-20 10:00' }],
    [
      'temporal',
      'Did I start my Milan job before or after Tomás and I got together?',
      ['c-vetrina', 'c-tomas'],
      { askedAt: '2026-04-20 10:00' },
    ],
    ['updated', "Who's my partner these days?", ['c-tomas'], { stale: ['c-luca'] }],
    ['updated', 'Which company am I working for now?', ['c-vetrina'], { stale: ['c-moretti'] }],
    [
      'updated',
      'What sort of pilates am I doing at the moment, and where?',
      ['c-reformer'],
      { stale: ['c-matpilates'] },
    ],
    ['off-topic', 'How do I change the inner tube on a bicycle?', []],
    ['off-topic', 'What is a good way to start learning chess openings?', []],
    ['off-topic', 'How do solar panels actually turn sunlight into electricity?', []],
  ],
});

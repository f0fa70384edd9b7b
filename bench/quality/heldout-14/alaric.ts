import { definePersona } from '../author.ts';

export const alaric = definePersona({
  user_id: 'h14-alaric',
  name: 'Alaric',
  summary:
    'Alaric is a 52-year-old divorced curator of a small lighthouse museum on the Swansea marina who lives in Mumbles and spends clear nights on amateur astronomy. He writes long, rambling, digressive messages full of Welsh turns of phrase and self-deprecating asides.',
  language: 'en',
  sessions: [
    {
      start: '2024-02-08 19:30',
      lines: [
        [
          'u',
          "Evening. Right, bear with me, this is going to be a long one because I've had a day. I'm the curator at the little lighthouse museum down on the Swansea marina — well, 'curator', it's me, a part-time education officer called Siân and about eleven volunteers with an average age of seventy-four — and we've just been handed a second-order Fresnel lens on long-term loan from Trinity House. Gorgeous thing. Weighs about the same as a Fiat Panda. I need to write the interpretation panel for it and everything I write sounds like a 1970s encyclopaedia. Can you help me make it sound human?",
        ],
        [
          'a',
          'Happily! Tell me the key facts you want on the panel — where the lens came from, its dates, anything quirky — and roughly how many words the panel can take.',
        ],
        [
          'u',
          "About 150 words, the designer says, which is nothing, I could write 150 words about the brass screws alone. It came out of a lighthouse on the Pembrokeshire coast, made in Paris by Barbier, Bénard et Turenne around 1890, lit by paraffin first and then electrified in the sixties. The quirky bit is that the keepers had to draw curtains round it in the daytime so the sun didn't focus through the glass and set the lamp room on fire. I love that. Sunlight being the danger to a lighthouse, of all things.",
        ],
        [
          'a',
          "Here's a draft: 'This lens was made in Paris around 1890 and spent most of a century turning above the Pembrokeshire coast. Its hundreds of glass prisms bend a small flame into a beam seen twenty miles out to sea. Power like that had a catch: by day, keepers drew curtains around the lens so sunlight could not focus through it and scorch the lamp room…' Want me to continue in that voice?",
        ],
        [
          'u',
          "Oh that's lovely, that's miles better than mine. Carry on like that, but could you keep it free of anything like 'astonishing' or 'incredible'? Sorry. We're a bit allergic to superlatives round here, the volunteers write me little notes about them and leave them on my desk like ransom demands.",
        ],
        [
          'a',
          "Understood — plain and warm it is. Ending: '…It was first lit by paraffin and converted to electricity in the 1960s. Look closely and you can still see the keepers' polishing marks on the brass.'",
        ],
        [
          'u',
          "Perfect, I'll sneak that in before the designer goes home. I work Tuesday to Saturday at the museum, so Sunday and Monday are supposed to be mine and I try very hard not to think about panels on them, though as you can see it's Thursday night and here I am, thinking about panels.",
          'work_old1',
        ],
        [
          'a',
          'Ha — the job follows you home. What do you do with your Sundays and Mondays when it does let go?',
        ],
        [
          'u',
          "Mostly the sky, if it's clear, which in Swansea is roughly twice a year. I've got an 8-inch Dobsonian, a Sky-Watcher, big fat white tube on a plywood rocker box — I call it the dustbin — and on a decent night I drag it out into the back garden in Mumbles and hunt faint fuzzies until my fingers stop working.",
          'scope_old1',
        ],
        ['a', 'An 8-inch Dob is a great galaxy-hunting instrument. What is on your list at the moment?'],
        [
          'u',
          "Leo's coming up nicely so the Leo Triplet, M65, M66 and the Hamburger Galaxy, which is a ridiculous name for NGC 3628 but there we are, somebody in the sixties was hungry. Trouble is the streetlight at the end of the terrace. The council put in an LED one two years ago that could land a jumbo jet.",
        ],
        [
          'a',
          'Light pollution is the bane of back-garden observing. An observing hood, a dew shield, or a screen on the fence line can help block direct glare — and councils sometimes fit shields if asked.',
        ],
        [
          'u',
          "I've written to the council twice. The second letter was quite stern, for me. Since Gwen and I split up the garden's been entirely mine at least — she took the good saucepans, I kept the view of the pier, I think I got the better end of that, though I do miss the saucepans.",
        ],
        [
          'a',
          'A view of Mumbles Pier is hard to beat. Is anyone else at home to keep you company on those cold nights?',
        ],
        [
          'u',
          "Only the cat. Dylan, he's called, an old tabby, fourteen this spring, named after Thomas obviously — you can't live in Swansea and not name something Dylan, it's practically in the by-laws. He sits in the back window and watches me shivering by the telescope with total contempt.",
          'cat',
        ],
        ['a', 'Dylan sounds like the ideal observing supervisor. Fourteen is a good age for a tabby!'],
        [
          'u',
          "A good age and a bad temper. Right, I've kept you long enough, and I can hear the designer's email pinging. Thank you for the panel, honestly, you've saved me an evening of swearing at the thesaurus.",
        ],
        ['a', 'Any time, Alaric. Good luck with the lens installation!'],
        ['u', 'Diolch. Nos da.'],
        ['a', 'Nos da!'],
      ],
    },
    {
      start: '2024-02-27 20:45',
      lines: [
        [
          'u',
          "Hello again. Question for you, slightly practical. There's a break in the weather forecast for Friday night — a proper one, high pressure sitting over the whole of South Wales, no moon till the early hours — and I'm thinking of going up to the Brecon Beacons, the dark sky reserve, up by the Usk reservoir. What should I pack for a night at about 400 metres in February? I always forget something. Last time it was the eyepiece case, which is a bit like going fishing without the rod.",
        ],
        [
          'a',
          'Great plan! Core list: thermal base layers, two pairs of socks, insulated boots, hat and gloves plus spare gloves, a red torch, hand warmers, a flask of something hot, a folding chair, star charts, dew heater or spare batteries, eyepieces (!), and a phone charger. Tell someone where you are going too.',
        ],
        [
          'u',
          "Eyepieces with an exclamation mark, I see what you did there. I'm going with Huw from the astronomy society — Huw Pritchard, retired maths teacher, knows the sky better than he knows his own grandchildren, he can find the Owl Nebula in the dark faster than I can find my car keys in daylight — so at least somebody will know where I am.",
          'huw',
        ],
        ['a', 'Observing with an experienced friend is the best way to do it. Are you driving up together?'],
        [
          'u',
          "I'm driving, yes. My old Volvo V70, the estate, silver, 2009, 190,000 miles on her, smells faintly of wet dog from the previous owner even though I've had her six years and I've never owned a dog. Huw's Micra can't fit the telescope, bless it, so I'm always chauffeur.",
          'car_old1',
        ],
        [
          'a',
          "A big estate is ideal for astronomy kit. It's worth checking the tyres and screenwash before a frosty mountain drive.",
        ],
        [
          'u',
          "Good point about the screenwash, the stuff in there now is about ninety per cent water and I don't think it's ever been topped up in this decade. What about food, what can I put in a flask that isn't tomato soup? I've been living on tomato soup in flasks since about 1996 and I feel I owe myself a change.",
        ],
        [
          'a',
          'Options: leek and potato soup, a spicy lentil soup, hot chocolate with a splash of something, or a bone broth with noodles you add on site. Leek and potato is very Welsh and very warming.',
        ],
        [
          'u',
          "Leek and potato, obviously, I'd be drummed out of the country otherwise. Funny, Gwen used to make a cracking one. My ex-wife, that is — we split three years ago, all very civil now, she's living in Cardiff with her sister, in Canton, and we talk every couple of weeks, mostly about the daughter and about who owns which box in the loft.",
          'ex_cardiff',
        ],
        [
          'a',
          "It's good that things are civil. Would you like a simple leek and potato recipe you can make on Thursday and flask on Friday?",
        ],
        [
          'u',
          'Go on then, simple as you like. I have one saucepan, a blunt knife and an immersion blender that sounds like a chainsaw.',
        ],
        [
          'a',
          'Sweat 3 sliced leeks and a chopped onion in butter for 10 minutes, add 3 diced potatoes and 1 litre of stock, simmer 20 minutes, blend, season, stir in a splash of milk or cream. Reheat Friday and pour into a preheated flask.',
        ],
        [
          'u',
          "Preheat the flask — I never do that. That's probably why my soup is always lukewarm by midnight. You learn something every day. The Messier objects won't know what's hit them, Huw and I fully fed, fully caffeinated, and for once the right eyepieces in the case.",
        ],
        [
          'a',
          'Fill the flask with boiling water for five minutes first, then empty and add the soup. It makes a real difference. What are you hoping to see?',
        ],
        [
          'u',
          "Huw wants to do a sort of warm-up Messier marathon, the winter ones, and I just want to see the Rosette properly without a streetlight burning a hole in my retina. And if it's really dark, the zodiacal light after sunset, which I've never seen in all my years of looking up, believe it or not.",
        ],
        [
          'a',
          'Late February is actually a good time for zodiacal light from the UK in the west after dusk. Fingers crossed for a clear horizon!',
        ],
        ['u', 'Fingers, toes, everything. Thank you. I shall report back if I survive the cold.'],
        ['a', 'Please do — clear skies!'],
      ],
    },
    {
      start: '2024-03-19 18:15',
      lines: [
        [
          'u',
          "Noswaith dda. Two things tonight, one work and one domestic, and I'll warn you now the domestic one is more important. Work first, because it's quicker: the spring exhibition. We've finally settled on a title after three meetings and one argument that nearly came to blows between two volunteers in their eighties — it's 'Keepers of the Light', all about the families who lived in the Welsh lighthouses, the wives and kids as well as the keepers, and it opens on the first of May.",
          'exhibit',
        ],
        [
          'a',
          "That's a lovely title and a great angle — the families are often forgotten. What do you need help with?",
        ],
        [
          'u',
          "A short paragraph for the press release. Something that makes a journalist at the Evening Post think 'oh, that's nice' rather than 'oh, another museum'. We've got oral history recordings from a woman who grew up on Flat Holm in the 1930s, which is the crown jewel really — she describes doing her school lessons by post and her mother keeping goats on the island.",
        ],
        [
          'a',
          "Try: 'What was it like to grow up on a rock in the Bristol Channel? From 1 May, Keepers of the Light tells the story of the families who lived in Wales's lighthouses — including the voice of a woman who spent her childhood on Flat Holm, doing lessons by post while her mother kept goats…'",
        ],
        [
          'u',
          "Goats in the second sentence. Excellent. Journalists love goats. Right, domestic: my daughter's coming home for Easter. Megan. She's twenty-four, a nurse, lives in Bristol now and works on a respiratory ward at Southmead, long shifts, she's exhausted most of the time bless her, and I want to cook her something proper when she comes over the bridge instead of the usual sad pasta.",
          'daughter_bristol',
        ],
        ['a', "That's lovely. What does she like — and how ambitious are you feeling in the kitchen?"],
        [
          'u',
          'She loves cawl, the way her Mam-gu used to make it, lamb and swede and leeks, and I have never once made it properly. My mother made it in a pot the size of a bath and never wrote anything down, of course, she just did it by feel and muttering. So can you give me a decent cawl recipe that will feed two people plus leftovers?',
        ],
        [
          'a',
          "Classic cawl: brown 600g lamb neck or shoulder in chunks, cover with 1.5 litres of water, simmer 1 hour and skim. Add 2 carrots, half a swede, 2 potatoes and the white of 2 leeks, all chunky; simmer 30 minutes. Add the green leek tops in the last 5 minutes, season well, and it's even better the next day. Serve with bread and Caerphilly cheese.",
        ],
        [
          'u',
          "Even better the next day — that's exactly what my mother said. I think you might be channelling her. I'll make it on the Thursday and reheat it on Good Friday when Megan arrives. Caerphilly cheese I've already got, there's always some in the fridge.",
        ],
        ['a', 'Sounds perfect. Do you want a pudding idea too?'],
        [
          'u',
          "Welsh cakes, but I'll buy those from the woman in Swansea Market, I know my limits. Also I'll probably drag Megan into the garden after dinner to look at Jupiter before it goes behind the house, she's been humouring me and my telescope since she was six.",
        ],
        [
          'a',
          'Jupiter is sinking into the west in the evenings by Easter, so catch it early after dusk. A family tradition!',
        ],
        [
          'u',
          "Speaking of which, I've been lugging the Dobsonian in and out of the back door twice a week since the Beacons trip, which went wonderfully by the way, we saw the zodiacal light, a faint pyramid of light over the Black Mountain, I nearly wept. Huw was very restrained about my weeping.",
          'scope_old2',
        ],
        [
          'a',
          'Wonderful! Seeing zodiacal light for the first time is special. How did the leek and potato hold up?',
        ],
        [
          'u',
          "Still piping hot at one in the morning. The preheating works. I told Huw it was my own idea. I'm not proud.",
        ],
        ['a', "Your secret's safe with me. Enjoy the Easter visit with Megan!"],
        ['u', 'I will. Thanks, you have been very useful. Diolch yn fawr.'],
        ['a', 'Croeso!'],
      ],
    },
    {
      start: '2024-04-10 20:00',
      lines: [
        [
          'u',
          "Hello. I'm writing this from the sofa with a bag of frozen peas on my knee, so forgive the typing, I'm at an awkward angle. Stupid thing. On Saturday I was going up the spiral stairs of the old lighthouse tower we've got on the site — 108 steps, iron, slippery when it's damp which is always — with a box of exhibition panels, and I missed a step, twisted and felt something pop in the left knee. The physio thinks it's a meniscus tear.",
          'knee',
        ],
        [
          'a',
          "Ouch — I'm sorry. Meniscus injuries can be slow but often improve with physio. Has anyone mentioned a scan, and are you able to walk on it?",
        ],
        [
          'u',
          "I can hobble. There's an MRI referral in the system, which means sometime before the heat death of the universe. Physio's given me exercises — straight leg raises, little squats against the wall, something involving a towel that I can't work out. Can you explain what a 'towel heel slide' is because I'm holding the sheet and it looks like hieroglyphics?",
        ],
        [
          'a',
          'Sit or lie with your leg straight and a towel under your heel on a smooth floor. Slowly bend the knee, sliding the heel toward your bottom as far as is comfortable, hold a couple of seconds, then slide back. The towel reduces friction. Usually 10–15 reps.',
        ],
        [
          'u',
          'Ah, so the towel is under the heel, not around the knee. That makes far more sense. I had it wrapped round the knee like a tourniquet and was wondering how I was meant to slide anything.',
        ],
        ['a', "That would make it hard! Go gently and stop if there's sharp pain."],
        [
          'u',
          "The Volvo's in the garage as well, while I'm at it, just to complete the week — something rattling underneath, and there's a clutch that smells of burning toast on hills. The mechanic, Dai, has been looking after that car longer than some marriages last, he says she's 'on borrowed time, Al', which he's been saying since 2021.",
          'car_old2',
        ],
        [
          'a',
          'Sounds like a week of repairs all round. How is the exhibition prep going without you climbing the tower?',
        ],
        [
          'u',
          "Siân and the volunteers are carrying the boxes and I'm supervising from a chair like a minor Roman emperor. We're still on track for the first of May. Now, a happier distraction I want to think about, while my knee mends: the total solar eclipse in August 2026, which goes across northern Spain. Totality! On my doorstep, almost! I've been waiting my whole life for one I could actually get to.",
        ],
        [
          'a',
          'The 12 August 2026 eclipse is a big one for Europe — totality across northern Spain near sunset. Are you thinking of travelling for it?',
        ],
        [
          'u',
          "Absolutely, I'd go on my knees if I had to, and at this rate I might. I've done the sums roughly with Huw: flights, a hire car, four nights somewhere in the north around Burgos or León away from the coast, where the weather odds are better, food, and a bit of a buffer because prices will go silly. We reckon about £2,000 for me all in.",
          'eclipse_cost',
        ],
        [
          'a',
          "That's a sensible estimate — accommodation in the totality path will get expensive, so booking early will help. Would you like a savings plan?",
        ],
        [
          'u',
          "Yes, roughly — how much a month would I need to put aside starting now to have it by, say, spring 2026? I'm not good with money, Gwen used to do all of that, and since the divorce my financial planning has consisted of hoping.",
        ],
        [
          'a',
          'From now to about April 2026 is roughly 24 months, so about £84 a month gets you £2,000. A separate savings pot with a standing order on payday makes it automatic.',
        ],
        [
          'u',
          "Eighty-four pounds a month. That's roughly one posh eyepiece a month I'm not going to buy. Fair enough, I'll set it up on Friday when I'm paid. Thank you for the towel thing too.",
        ],
        ['a', 'Good luck with the knee, and enjoy dreaming about totality!'],
        ['u', 'I shall dream about it tonight, with peas.'],
        ['a', 'Ha — rest well, Alaric.'],
      ],
    },
    {
      start: '2024-05-11 09:30',
      lines: [
        [
          'u',
          "I HAVE TO TELL SOMEONE. Last night, Friday the 10th, I saw the northern lights. From Wales! From Rhossili! Huw rang me at half ten shouting that the Kp index had gone to 8 or 9, I drove out to Rhossili with my knee strapped up, stood on the cliff above Worm's Head and the whole sky went pink and green, curtains of it, right up overhead, corona and everything. I am fifty-two years old and I've been looking up since I was nine and I've never seen anything like it.",
          'aurora',
        ],
        [
          'a',
          'What a night — that geomagnetic storm was historic, with aurora seen across the whole of the UK. Did you manage to get photos?',
        ],
        [
          'u',
          "Only on my phone, but even the phone got it, it's absurd, my phone can see the aurora better than my eyes can. My eyes saw it well enough to be honest, there were pillars of pink over the Worm, and people were cheering, complete strangers hugging on the cliff path. A woman from Llanelli gave me a custard cream and told me her nan had told her about one in 1989.",
        ],
        [
          'a',
          'That sounds magical. Phone cameras are more sensitive to aurora colours than our eyes, especially the reds. Sounds like a memory for life.',
        ],
        [
          'u',
          "For life. I didn't get to bed until three. Which is unfortunate because I'm at work today and tomorrow — as ever, Saturday's the last of my Tuesday-to-Saturday, so I've got a day of school groups and I'm running on coffee and leftover joy.",
          'work_old2',
        ],
        ['a', "Hope the coffee holds! How has 'Keepers of the Light' been doing since it opened?"],
        [
          'u',
          'Really well, actually. The goats made it into the Evening Post, as predicted. We had 340 visitors in the first week, which for us is Glastonbury. The Flat Holm recordings have made people cry, which sounds bad but in museum terms is the highest compliment.',
        ],
        ['a', "That's a fantastic turnout! Congratulations."],
        [
          'u',
          'Thank you. Can you help me with a quick thing: a school from Neath is coming this afternoon, year fives, and I want a fun two-minute explanation of how a lighthouse tells ships which lighthouse it is. Something I can do with a torch.',
        ],
        [
          'a',
          "Sure: 'Every lighthouse has its own secret code called a character. Some flash once every five seconds, some flash twice, some stay on and wink off. Sailors count the flashes to know which lighthouse they're looking at — like a name spelled in light!' Then give groups torches, a flashing pattern each, and have the others guess which 'lighthouse' they are.",
        ],
        [
          'u',
          "Love that, the torch game, they'll go feral for it. Siân will be thrilled, she's always saying I talk too much at the kids and don't let them do anything. She's correct, of course, but don't tell her I said that.",
        ],
        [
          'a',
          "Ha, your secret's safe. Have fun with the year fives — and enjoy the afterglow of the aurora!",
        ],
        [
          'u',
          "One more question, sorry — is there any chance of it happening again tonight? Huw says the storm's still going.",
        ],
        [
          'a',
          'Possibly — a strong storm can continue into a second night, though usually weaker. Keep an eye on the aurora alert apps and look north after dark.',
        ],
        [
          'u',
          "Right, I'll set an alert. Though if I go out again tonight I'll have to be at the museum tomorrow looking like a haunted scarecrow.",
        ],
        ['a', 'Worth it, probably!'],
        ['u', 'Definitely worth it. Hwyl!'],
        ['a', 'Hwyl fawr!'],
      ],
    },
    {
      start: '2024-06-05 19:00',
      lines: [
        [
          'u',
          "Well. The end of an era, and I'm trying not to be too sentimental about it because it's only a car, but the Volvo has gone. Failed its MOT last week on about nine counts, including the subframe which Dai described as 'lace', and the quote was more than the car was worth, so on Saturday I bought a secondhand Skoda Octavia estate, 2019, grey, 48,000 miles, from a dealership in Llansamlet. It's so quiet. I keep thinking it's switched off at the lights.",
          'car_new1',
        ],
        [
          'a',
          'Sorry about the Volvo — but an Octavia estate is a very practical choice, with a huge boot. How are you finding it?',
        ],
        [
          'u',
          "The boot is cavernous, you could hold a chamber concert in there. The thing is, there's a scratch on the rear bumper that the salesman said they'd 'sort out for me' and now they're being vague. Can you help me write a firm but polite email? I'm hopeless at firm. I'm Welsh, we do passive-aggressive, firm is a foreign language.",
        ],
        [
          'a',
          "Of course. 'Dear [name], When I collected the Skoda Octavia (reg. [xxx]) on Saturday 1 June, you agreed the scratch on the rear bumper would be repaired at no cost. Could you please confirm by Friday 7 June when this will be done? I'd be grateful for a date in writing. Kind regards, Alaric [surname]'",
        ],
        [
          'u',
          "'I'd be grateful for a date in writing'. That's marvellously firm without being rude. I'm going to use that phrase for the rest of my life. Council, streetlight, date in writing.",
        ],
        ['a', "It's a good all-purpose phrase! Did you say goodbye to the Volvo properly?"],
        [
          'u',
          "I took a photograph of her at the scrap yard, which the man there found very funny. Fifteen years on the road, six of them with me. She took me and Gwen to Brittany on our twentieth anniversary, she took Megan to university, she took my telescopes to every dark site in Wales. Okay. I'm being sentimental. Moving on.",
        ],
        ['a', "It's natural to be attached to a car that carried so many memories. How's the knee?"],
        [
          'u',
          "Better, thank you for asking. The MRI finally happened — small tear, no surgery, more physio. I can do the lighthouse stairs again slowly, holding the rail like an old man, which I suppose I'm on the way to becoming. The physio says no heavy lifting and no awkward twisting for a while.",
        ],
        [
          'a',
          "Good news that surgery isn't needed. Lifting and twisting with heavy kit is worth avoiding for now.",
        ],
        [
          'u',
          "Ah, well, that's the rub, isn't it. The dustbin — the big Dobsonian — is about 25 kilos all in and carrying it out the back door is exactly a heavy, twisting, awkward lift. I did it last week and the knee sulked for three days. I'm going to have to think about that.",
          'scope_old3',
        ],
        [
          'a',
          'Options: a small trolley or wheelbarrow handles for the base, splitting the tube and base into two trips, or eventually a lighter, more portable instrument.',
        ],
        [
          'u',
          "Wheelbarrow handles, I've seen those on the forums. Or something smaller. Let me think on it. Right, I'll send the email to the dealer now. Date in writing!",
        ],
        ['a', 'Date in writing! Good luck.'],
        [
          'u',
          "Oh, one more thing while I have you. Siân's asked whether we should start charging for entry — we're free at the moment, donations in a perspex box shaped like a lighthouse. What would you weigh up before suggesting it to the trustees?",
        ],
        [
          'a',
          "A few things: visitor numbers often drop when charging starts; some grants require free entry; 'pay what you can' keeps access open; and Gift Aid on donations can add 25% to what people give, which may beat small ticket prices.",
        ],
        [
          'u',
          "Gift Aid, I'd completely forgotten about Gift Aid. The trustees meet in July, I'll put it to them as 'pay what you feel', which is very Welsh, we'll all pay what we feel and then apologise for it.",
        ],
        ['a', 'That sounds like a balanced proposal to bring to them. Good luck!'],
      ],
    },
    {
      start: '2024-07-02 21:30',
      lines: [
        [
          'u',
          "Confession time. I've done it. I've sold the dustbin. A young chap from Carmarthen came on Sunday with a van and a look of pure delight on his face, gave me £300 for it, and I watched my Dobsonian drive off down the road like a child leaving for university. Then — and this is the confession — I bought an apochromatic refractor, a William Optics 102mm, on a lightweight alt-az mount, with the money plus a frankly irresponsible amount more. The whole thing weighs less than Dylan and I can carry it out with one hand.",
          'scope_new1',
        ],
        [
          'a',
          "Congratulations on the new scope! A 102mm apo is a superb grab-and-go instrument — lovely views of the Moon, planets and double stars, and it'll cool down fast. And your knee will thank you.",
        ],
        [
          'u',
          "The views are pin-sharp. I had it on Albireo last night, the gold and blue double in Cygnus, and it looked like jewellery. I'm a bit heartbroken about the faint galaxies, of course, you lose aperture, you lose the faint fuzzies. But I'll gain a lot more nights out, because I'll actually bother carrying it.",
        ],
        [
          'a',
          "Exactly — the best telescope is the one you use. Summer nights are short, but there's plenty to see: double stars, globular clusters like M13, and noctilucent clouds.",
        ],
        [
          'u',
          "Noctilucent clouds! I saw some on Saturday, actually, about midnight, low in the north over the Loughor estuary, electric blue ripples. Have you got a simple explanation I could put on the museum's social media? We do a 'Sky over Swansea' post every month now, Siân's idea, it's been surprisingly popular.",
        ],
        [
          'a',
          "Sure: 'Noctilucent clouds are the highest clouds on Earth, about 80km up — so high they catch sunlight long after sunset. Made of ice crystals on specks of meteor dust, they glow electric blue in the northern sky on summer nights. Look low in the north around midnight in June and July.'",
        ],
        [
          'u',
          "Meteor dust! I'll lead with that. The volunteers will be outraged by 'Earth' with a capital E but we'll survive.",
        ],
        ['a', 'Hah. Good luck with the capitalisation wars.'],
        [
          'u',
          "Can I ask about something else entirely? Dylan's been off his food. Eating maybe half of his usual, and he's drinking a lot of water. He's fourteen. I'm worried it's his kidneys, Gwen's old cat went the same way.",
          'cat3',
        ],
        [
          'a',
          "Increased thirst and reduced appetite in an older cat can point to kidney disease, hyperthyroidism or diabetes, among others. It's worth booking a vet visit soon — a blood and urine test will show what's going on.",
        ],
        [
          'u',
          "I've booked him in for Thursday. He'll hate it, he'll sulk for a week, but there we are. He's part of the furniture. More than part, he is the furniture, he's usually on it.",
        ],
        [
          'a',
          "Fingers crossed it's something manageable. Many older cats do well for years with diet changes and medication.",
        ],
        [
          'u',
          "Thank you. That's a kind thing to say. Right, off to bed, I've got an early start and a coach load of the Swansea U3A tomorrow.",
        ],
        ['a', "Good night, Alaric — hope Dylan's check-up goes well."],
        [
          'u',
          "Actually, wait, before I sleep — a small favour. Gwen's sister Carys sent me a card last week, just a 'thinking of you' one, which she didn't have to do after everything, and I'd like to send a few warm lines back. Nothing soppy. Just 'thank you, that meant a lot'.",
        ],
        [
          'a',
          "'Dear Carys, thank you so much for your card — it was a lovely surprise and it meant a lot. I hope you're both keeping well in Cardiff. Best wishes, Alaric.'",
        ],
        [
          'u',
          "That's exactly right. She'll show it to Gwen, of course, they show each other everything, so it's a letter to both of them really. Which is fine. Thank you. Now I really am going to bed.",
        ],
        ['a', 'Sleep well!'],
      ],
    },
    {
      start: '2024-08-14 20:00',
      lines: [
        [
          'u',
          "Evening. Today was Megan's twenty-fifth, so I took the train to Bristol and we had lunch at a place on the harbourside, she had the day off for once. I gave her a pair of binoculars, 10x50s, because I am nothing if not consistent, and she said 'Dad, you've given me binoculars for three birthdays now', which is a fair observation, so I've been told to give her something non-astronomical next year.",
        ],
        ['a', 'Happy birthday to Megan! Binoculars three times is quite a tradition. How was Bristol?'],
        [
          'u',
          "Warm and full of people with tote bags. Anyway, the news: I'm going to La Palma. Proper dark-sky island, the big observatory on the Roque de los Muchachos, the Starlight Reserve, all that. Week in October, just me, flying from Bristol. I need somewhere to stay and I'm dithering. Can you give me some choices? Quiet, dark, not a big resort, and I'll have a little hire car.",
        ],
        [
          'a',
          'Here are three: 1) a hotel in Santa Cruz de La Palma — convenient, restaurants, but some town light; 2) a rural cottage (casa rural) near Garafía in the north-west — very dark skies, close to the Roque road, remote and quiet; 3) an apartment in Puerto Naos on the west coast — sunny, beach, some light from the resort strip.',
        ],
        [
          'u',
          "Oh, the second one, no question — the casa rural up by Garafía. I don't need restaurants, I need darkness and a terrace where I can set up a telescope. If I have to eat tinned sardines for a week so be it. Could you tell me what to look for in the listing?",
          'lapalma_pick',
        ],
        [
          'a',
          'Look for: a south-facing terrace or garden with open horizons, no outdoor security lights (or ones you can switch off), altitude above any sea cloud (500m+ is often good), parking, and a kitchen. Check reviews for road access — some rural lanes are steep.',
        ],
        [
          'u',
          "Steep lanes, noted. My own car won't be coming, obviously, so I'll have some tiny hire Fiat wheezing up the hairpins. Other news, and I've been meaning to tell you: I've asked the trustees and they've said yes — from September I'm going down to four days a week at the museum, Wednesday to Saturday. Same job, less pay, but I get Tuesdays back and a three-day weekend for the sky.",
          'work_new1',
        ],
        [
          'a',
          "That's a big change — congratulations on negotiating it! A three-day weekend should give you many more clear-sky chances.",
        ],
        [
          'u',
          "That's the idea. Also the knee. And, honestly, I'm fifty-two and divorced, and I spent twenty years working six-day weeks while Gwen did everything at home and look where that got us. I'd like a bit of life back. Siân's going to take on the Tuesday school groups, she's delighted, she gets to do it her way without me hovering.",
        ],
        ['a', 'That sounds like a healthy decision all round. How is Dylan after the vet visit?'],
        [
          'u',
          "Kidney disease, early stage, as I feared. He's on a special renal diet which he regards as an insult, and he's eating it anyway which I regard as a victory. The vet says he could have a few good years yet. I'll take it.",
        ],
        ['a', "That's encouraging news. Renal diets really help. Give him a scratch from me."],
        [
          'u',
          "He'll bite me on your behalf. Right. I'm going to go and look at casa rural listings and imagine the Milky Way over the caldera. Thank you!",
        ],
        ['a', 'Enjoy planning — La Palma in October should be spectacular.'],
        [
          'u',
          "Sorry, one more: do I need anything special for the Canaries health-wise? Jabs, forms? I've never been further south than Brittany, to my shame.",
        ],
        [
          'a',
          'No special vaccinations are usually needed beyond routine ones. Take your GHIC card and travel insurance, strong sun cream, and warm layers — it gets cold at altitude at night, near the observatories it can be close to freezing.',
        ],
        [
          'u',
          "Near freezing in the Canaries, who'd have thought. I'll pack the big coat that smells of the Beacons and a woolly hat, and I'll look like a lost Welshman among the sunbathers, which is what I'll be.",
        ],
        ['a', "Ha — a very well-prepared lost Welshman. You'll be glad of the coat at 2,400 metres."],
      ],
    },
    {
      start: '2024-09-10 19:15',
      lines: [
        [
          'u',
          "Shwmae! Which, I'll have you know, I can now spell. Big news: last night, Monday the 9th, I started Welsh for adults — Cymraeg i Oedolion, a Monday evening course at the community centre in Sketty. I'm a Swansea boy, born and bred, and I never learnt it properly at school, which has always been a little source of shame. My mother spoke it, my grandmother spoke it, and I can just about order a pint and say thank you.",
          'welsh_start',
        ],
        [
          'a',
          "Llongyfarchiadau! That's wonderful. Adult learners often find Welsh very rewarding. How was the first class?",
        ],
        [
          'u',
          "Terrifying and lovely. Twelve of us, the tutor's a cheerful woman from Ammanford called Eirlys who doesn't let you speak English at all after the first fifteen minutes. There's a retired policeman, a Polish dentist, two young mums, a chap from Texas who married a girl from Pontardawe. We all introduced ourselves. 'Alaric dw i. Dw i'n byw yn y Mwmbwls.' I was sweating.",
        ],
        [
          'a',
          "Perfect introduction! 'Dw i'n byw yn y Mwmbwls' — I live in Mumbles. Would it help to have a few practice phrases for your job too?",
        ],
        [
          'u',
          "Yes! That would be brilliant. Something like 'I work at the museum', 'the lighthouse is very old', 'would you like to see the lens?' — so I can try it on the Welsh-speaking visitors. We get a fair few from up the valleys and from Ceredigion.",
        ],
        [
          'a',
          "'Dw i'n gweithio yn yr amgueddfa' — I work at the museum. 'Mae'r goleudy'n hen iawn' — the lighthouse is very old. 'Hoffech chi weld y lens?' — would you like to see the lens?",
        ],
        [
          'u',
          "Goleudy. Light-house. Oh that's lovely, I never thought about it, it's literally light-house, like English. 'Hoffech chi weld y lens' — I'll practise that on Dylan first, he's bilingual, he ignores me equally in both languages.",
          'cat4',
        ],
        [
          'a',
          'Ha! Dylan sounds like a tough audience. Practising aloud every day, even for five minutes, helps a lot.',
        ],
        [
          'u',
          "I'll practise in the car. The Skoda's so quiet I can hear myself mangling the mutations, which is humbling. The old Volvo would've drowned me out, that's one advantage she had. The dealer finally fixed the scratch, by the way, after I asked for a date in writing, three times.",
          'car_new2',
        ],
        ['a', 'Persistence pays off! Glad the Octavia is sorted.'],
        [
          'u',
          "I've got to ask something practical about La Palma. I've booked the casa rural up near Garafía — it's perfect, 800 metres up, a terrace, the owner promised no lights. Can I take my telescope on the plane as hand luggage? The tube's about 60cm long in a padded bag.",
          'lapalma2',
        ],
        [
          'a',
          "Usually yes, if it fits the airline's cabin dimensions — check your airline's limits (often 55x40x20cm for the main bag, so a 60cm tube may need checking). Many astronomers carry the optical tube in the cabin and check the mount and tripod in the hold. Pack the lens cap firmly and keep it upright where possible.",
        ],
        [
          'u',
          "Hm, 60 against 55, I'll ring the airline. If they won't let it into the cabin I'll buy it a seat, I'm not putting good glass in the hold with the suitcases of Germans going hiking.",
        ],
        [
          'a',
          "Ha — a very reasonable stance. Check the airline's musical-instrument policy too; some allow small instruments in the cabin.",
        ],
        ['u', 'Clever! A telescope is an instrument, after all. Diolch, as we say in class.'],
        ['a', 'Croeso, Alaric. Pob lwc with the Welsh!'],
      ],
    },
    {
      start: '2024-10-22 20:30',
      lines: [
        [
          'u',
          "I'm back. And I'm ruined, I'll never be able to look at the Swansea sky again without sighing. La Palma was — I've been trying to find the word for three days and I've given up. The Milky Way cast a shadow. An actual shadow, on the white wall of the casa, I saw my own arm's outline in starlight. The owner, Don Ezequiel, came out on the second night with a bottle of something made of almonds and sat on the terrace and named the stars in Spanish.",
        ],
        [
          'a',
          'Welcome back! Seeing your shadow cast by the Milky Way is something few people ever experience. It sounds extraordinary.',
        ],
        [
          'u',
          "Extraordinary is the word I was trying to avoid, but yes. The airline let the refractor on as a musical instrument in the end, which I'm very proud of, so the little 102 came out with me every single night on that terrace — seven nights, six clear. The Andromeda galaxy was filling half the sky in the finder. It's become my only scope now, and I haven't missed the old Dob once.",
          'scope_new2',
        ],
        ['a', 'Six clear out of seven is superb odds. What was the highlight through the telescope?'],
        [
          'u',
          "Omega Centauri, no wait, that's too far south even from there — the highlight was actually the Comet. Tsuchinshan-ATLAS! I don't know if you know, it came round this month, and from La Palma the tail was enormous after sunset, a great lance of it over the sea. I got a photo through the telescope with my phone held to the eyepiece. It's blurry and perfect.",
        ],
        [
          'a',
          'C/2023 A3 Tsuchinshan–ATLAS was a fantastic comet in October 2024. What a stroke of luck to be somewhere so dark!',
        ],
        [
          'u',
          "Sheer luck, I booked it months ago for no reason other than the Moon phase. Now I need to come back down to earth. Can you help me write a short thank-you message for Don Ezequiel? In English but simple, he reads it with a translator, and I'd like to say thank you for the almond liqueur and the stars.",
        ],
        [
          'a',
          "'Dear Don Ezequiel, thank you for a wonderful week at your house. The sky above Garafía was the most beautiful I have ever seen. Thank you for the almond liqueur, and for teaching me the names of the stars in Spanish. I hope to return one day. With warm wishes from Wales, Alaric.'",
        ],
        [
          'u',
          "Lovely. I'll add 'Diolch' at the end so he gets a bit of Welsh as a souvenir. He's going to think Wales is a very confusing place.",
        ],
        ['a', 'A bilingual souvenir is a nice touch.'],
        [
          'u',
          "The Welsh is coming along, actually, I missed one class while I was away and Eirlys made me tell the whole class about La Palma in Welsh on Monday. I said 'roedd y sêr yn hyfryd' — the stars were lovely — about forty times. Very limited vocabulary, but very heartfelt.",
        ],
        ['a', "'Roedd y sêr yn hyfryd' is a great sentence to have mastered!"],
        [
          'u',
          "The only one I need, really. Right, I'm off to unpack the last of the bag, there's volcanic sand in everything, I think I'll be finding it until Christmas.",
        ],
        ['a', 'A souvenir of its own! Welcome home, Alaric.'],
        [
          'u',
          "Oh, and the cat survived my absence perfectly well. My neighbour Mrs Bevan, two doors down, fed him twice a day and reports that he sat on her lap every evening and purred, which he has never once done for me in fourteen years. I'm choosing not to take it personally.",
        ],
        [
          'a',
          "Cats can be shameless opportunists! It's good to have a reliable neighbour. Maybe a thank-you gift for Mrs Bevan?",
        ],
        [
          'u',
          "I brought her back a bottle of the almond liqueur and a tin of Canarian mojo sauce. She's eighty-one and she said 'ooh, I'll have that in my tea', I don't know if she meant the liqueur or the mojo, and I was afraid to ask.",
        ],
        ['a', 'Either way, it sounds like a hit!'],
      ],
    },
    {
      start: '2024-11-19 19:00',
      lines: [
        [
          'u',
          "Hello there. Winter's properly arrived, it's been raining sideways for a fortnight. I'm sitting at the kitchen table on a Tuesday — my free day now, I'm only in the museum Wednesday to Saturday these days — doing my finances, which as I've told you is not my natural habitat. It's going better than I thought, though.",
          'work_new2',
        ],
        ['a', 'Good to hear! The four-day week seems to be working out. What are you looking at today?'],
        [
          'u',
          "The eclipse pot. The savings pot for Spain 2026. I set up the standing order in April like you said, and what with the £84 a month going in, it's got £650 in it at the moment, give or take. I'm quite proud of that. I've never saved anything on purpose before.",
          'eclipse_saved',
        ],
        [
          'a',
          "That's a great start — well done! Would you like to look at whether the monthly amount needs adjusting to stay on track?",
        ],
        ['u', "Go on. Knowing that I'm only paid for four days now, be gentle with me."],
        [
          'a',
          'Divide what you still need by the number of months left until spring 2026 — about 17 months — and see if that fits your new budget. If it feels tight, even a slightly lower monthly amount plus any spare cash from birthdays or overtime can close the gap.',
        ],
        [
          'u',
          "I'll have to think about it. I could sell a couple of the old eyepieces from the Dob days, they don't suit what I've got now anyway. There's a chap on the astronomy forum who wants my 2-inch Panoptic.",
        ],
        ['a', 'Selling unused gear is a good way to top up the fund without squeezing your monthly budget.'],
        [
          'u',
          "Other business: Christmas. Megan's coming to me this year — she's working Boxing Day so she'll come on Christmas Eve and go back on the 25th evening, a short one. Gwen's having her for New Year. We're very civilised, we take it in turns, like a custody arrangement for a 25-year-old nurse.",
        ],
        [
          'a',
          'That sounds like a thoughtful arrangement. Do you want help planning a Christmas Eve meal for two?',
        ],
        [
          'u',
          "Yes please. Something festive that doesn't involve a whole turkey, because a turkey for two people is madness and I'd be eating it until Easter. Megan doesn't eat pork, by the way, never has, since she was a teenager and read something.",
        ],
        [
          'a',
          'Options: 1) roast duck breasts with a cherry sauce; 2) a small rolled turkey crown with stuffing; 3) a beef wellington for two. Any of those can be done with roast potatoes and sprouts.',
        ],
        [
          'u',
          "The turkey crown — option two. That way it feels like Christmas but not a massacre. And I'll do my mother's roast potatoes, which involve goose fat and a level of violence with the roasting tin that I won't describe.",
          'xmas_pick',
        ],
        ['a', 'A turkey crown is a great choice for two. Goose-fat roast potatoes sound ideal.'],
        [
          'u',
          "How long should a turkey crown take, roughly? I'll get a small one from the butcher in Uplands, about 1.5 kilos.",
        ],
        [
          'a',
          'For a 1.5kg crown: roughly 20 minutes per kg plus 70 minutes at 190°C (170°C fan) — around 1 hour 40 minutes — then rest it for 30 minutes under foil. Check it reaches 75°C in the thickest part.',
        ],
        ['u', 'They are. Thank you, as ever. Nos da!'],
        ['a', 'Nos da, Alaric!'],
      ],
    },
    {
      start: '2024-12-12 20:00',
      lines: [
        [
          'u',
          "Hello. Quick-ish one, for me anyway. The museum Christmas event's on Saturday — 'Lights on the Water', mince pies, the volunteers singing carols in the old lamp room, and we turn the loan lens on at dusk for the only time this year. It's gorgeous, honestly, there's something about the prisms at night. Can you help me with a thirty-second welcome speech? I always ramble. You may have noticed.",
        ],
        [
          'a',
          "I may have noticed a little. Here's a short one: 'Croeso, welcome everyone. For a hundred years, lights like this one kept sailors safe on winter nights. Tonight, for the first time this year, we'll light it again — not for the ships, but for you. Enjoy the carols, the mince pies, and the light. Nadolig llawen!'",
        ],
        [
          'u',
          "That's perfect. Short, and there's Welsh in it. Eirlys will be proud. I might say it in Welsh and English, now that I'm a big-shot learner, fourteen weeks in.",
        ],
        ['a', 'Great idea — a bilingual welcome will go down well. Want the Welsh version?'],
        ['u', "Yes please, but simple Welsh, I'm a learner not a bard."],
        [
          'a',
          "'Croeso i bawb. Am gan mlynedd, roedd golau fel hwn yn cadw morwyr yn ddiogel. Heno, rydyn ni'n ei oleuo eto — i chi. Nadolig llawen!'",
        ],
        [
          'u',
          "I'll practise it in the car on the way to work. Also, a small Dylan update since you've been so kind about him: the renal diet's working, his bloods improved at the last check, and he's put a bit of weight back on. He's taken to sleeping on the radiator shelf and being more insufferable than ever. I'm delighted.",
          'cat2',
        ],
        [
          'a',
          "That's wonderful news — improved bloods is exactly what you want. Sounds like he's earned that radiator.",
        ],
        [
          'u',
          "And, I suppose I should mention it, Huw keeps trying to set me up with his wife's cousin, a widowed piano teacher from Gorseinon. I haven't agreed to anything. It's been three years since the divorce and I'm not sure I'm ready to be set up by a retired maths teacher. He's too pleased with himself about it.",
        ],
        [
          'a',
          "It's completely fine to take your time. A low-key coffee could be a way to meet without pressure, if and when you feel like it.",
        ],
        [
          'u',
          "A coffee. Maybe. Perhaps in the new year. I'll tell Huw I'm considering it, which will keep him quiet until at least February.",
        ],
        ['a', 'A very diplomatic solution!'],
        [
          'u',
          "I've had practice. Right, off to polish the lens. Literally. There's a special cloth and a special fluid and a volunteer called Gareth who watches me do it like a hawk.",
        ],
        ['a', 'Good luck on Saturday — enjoy the lights on the water!'],
        ['u', 'Diolch. Nadolig llawen to you too, if that applies to you.'],
        ['a', 'It does now — Nadolig llawen, Alaric!'],
      ],
    },
  ],
  questions: [
    ['single-hop', "What's my cat called?", ['cat', 'cat3', 'cat4', 'cat2']],
    ['single-hop', 'What was the name of the spring exhibition at my museum?', ['exhibit']],
    ['single-hop', 'How did I hurt my knee?', ['knee']],
    [
      'single-hop',
      'Which kind of accommodation did I go for on my Canary Islands stargazing trip?',
      ['lapalma_pick', 'lapalma2'],
    ],
    ['single-hop', 'Who from the astronomy society do I usually go observing with?', ['huw']],
    [
      'multi-hop',
      'How much more money do I still need to put away for the 2026 eclipse trip?',
      ['eclipse_cost', 'eclipse_saved'],
    ],
    ['multi-hop', 'Which cities do my ex-wife and my daughter live in?', ['ex_cardiff', 'daughter_bristol']],
    [
      'temporal',
      'How long ago did I see the aurora from the Gower?',
      ['aurora'],
      { askedAt: '2025-01-20 19:00' },
    ],
    [
      'temporal',
      'How many months have I been doing my Welsh lessons now?',
      ['welsh_start'],
      { askedAt: '2025-01-20 19:05' },
    ],
    [
      'updated',
      'What car am I driving these days?',
      ['car_new1', 'car_new2'],
      { stale: ['car_old1', 'car_old2'] },
    ],
    [
      'updated',
      'What telescope do I observe with now?',
      ['scope_new1', 'scope_new2'],
      { stale: ['scope_old1', 'scope_old2', 'scope_old3'] },
    ],
    [
      'updated',
      'Which days of the week am I at work at the moment?',
      ['work_new1', 'work_new2'],
      { stale: ['work_old1', 'work_old2'] },
    ],
    ['off-topic', 'In cricket, what exactly is the wicket-keeper allowed to do?', []],
    ['off-topic', "What's the boiling point of water at the top of Mount Everest?", []],
    ['off-topic', 'How do I change the time zone on a Google Calendar?', []],
  ],
});

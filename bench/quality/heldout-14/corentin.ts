import { definePersona } from '../author.ts';

export const corentin = definePersona({
  user_id: 'h14-corentin',
  name: 'Corentin',
  summary:
    'Corentin is a 29-year-old Breton marine biologist in Brest who surfs whenever the swell allows and has just adopted a rescue dog. He types everything in lowercase, casually, with French and the odd Breton word mixed in.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-04 20:15',
      lines: [
        [
          'u',
          'ok so big weekend. i adopted a dog. picked him up from the spa in brest on saturday, after like two months of looking at their website every night',
          'adopt',
        ],
        ['a', "congratulations! that's a big and lovely step. tell me about him?"],
        [
          'u',
          "he's about 3, a shaggy grey thing, the spa thinks griffon korthals crossed with some kind of spaniel. big eyebrows, looks like an old professor",
          'dog_breed',
        ],
        [
          'a',
          'a korthals griffon mix — those are usually clever, energetic and very affectionate. what are you calling him?',
        ],
        [
          'u',
          "they called him rex at the shelter but he doesn't react to it at all so he's kouign now. like kouign-amann. because he's round and sweet and bad for you lol",
        ],
        ['a', 'kouign is perfect. how has the first weekend gone?'],
        [
          'u',
          "he cried all saturday night. i slept on the kitchen floor next to him. my back is destroyed. also my flat is tiny, it's a 2 pièces on the third floor in recouvrance, no lift, so every walk is 3 floors of stairs with a dog who's scared of stairs",
          'home_old1',
        ],
        [
          'a',
          "stairs anxiety is common in rescues. try treats on each step, carry him for a few days if he's light enough, and keep walks calm and short at first.",
        ],
        ['u', "he's 19 kilos. carrying him is a workout. fine, i needed one"],
        ['a', 'ha — built-in strength training. do you work from home, or will he be alone during the day?'],
        [
          'u',
          "that's the thing. i'm a postdoc at iuem, the marine institute in plouzané, working on kelp forest decline off the finistère coast. some days i'm at the lab, some days out on the boat, some days at home writing. boat days are the problem",
          'job_old1',
        ],
        [
          'a',
          'could a dog walker or a doggy day-care cover the boat days? some people also share a sitter with a neighbour.',
        ],
        [
          'u',
          'my neighbour downstairs, madame le goff, is retired and already in love with him. she offered. i might cry',
        ],
        ['a', 'that sounds like a perfect arrangement — lucky kouign.'],
        [
          'u',
          'also the adoption fee was 150 euros which honestly is nothing, they vaccinated him, chipped him, everything',
          'dog_fee',
        ],
        [
          'a',
          "that's a very fair fee for everything included. have you booked a check-up with your own vet?",
        ],
        ['u', "next week yeah. ok i'm going to go lie on the kitchen floor again. trugarez"],
        ['a', 'good luck tonight! kenavo.'],
      ],
    },
    {
      start: '2024-03-21 19:40',
      lines: [
        [
          'u',
          "quick update: vet visit done. he's healthy, a bit skinny, had ear mites. 85 euros with the ear drops and the worming stuff",
          'dog_vet',
        ],
        ['a', "glad he's healthy overall! ear mites clear up well with treatment. how's he settling?"],
        [
          'u',
          'better. he sleeps in his basket now, not crying. still scared of bikes and bin lorries. and the tram, the tram is the devil',
        ],
        [
          'a',
          "that's normal. gradual exposure from a distance, with treats, helps. let him watch the tram from far away and reward calm.",
        ],
        [
          'u',
          "ok. also i surfed for the first time in 3 weeks on sunday. la palue, 4 feet, offshore, perfect. my 6'2 shortboard felt weird after not surfing, like a toothpick",
          'board_old1',
        ],
        ['a', 'nice! la palue can be excellent on a good day. how was the water temperature?'],
        [
          'u',
          '11 degrees. 5/4 wetsuit, boots, hood. looked like a seal. my friend yann nearly paddled into me',
        ],
        ['a', 'ha — very brittany in march. did kouign come?'],
        [
          'u',
          "no, left him with madame le goff. not ready for the beach yet, i think he'd chase every seagull to the horizon",
        ],
        ['a', 'probably wise until his recall is reliable. a long training line (10 m) can help on beaches.'],
        [
          'u',
          'good idea. can you help me with something work-ish? i need to write an email in english to a collaborator in bergen, asking if they can share their kelp temperature logger data from 2022. i always sound either rude or like a victorian butler',
        ],
        [
          'a',
          "sure: 'hi ingrid, i hope you're well. i'm working on the 2022 heatwave effects on laminaria hyperborea in finistère, and your temperature logger data from the same summer would be a really valuable comparison. would you be willing to share it? happy to sign a data agreement and of course to include you as co-author. best, corentin'",
        ],
        ['u', "perfect, not a butler at all. her name is actually kristin not ingrid but i'll fix it lol"],
        ['a', 'ha — good catch!'],
        [
          'u',
          'last thing, dinner. i have buckwheat flour, eggs, an onion, some andouille and emmental. galettes obviously, but how do i stop them sticking? they always stick',
        ],
        [
          'a',
          'use a very hot, well-seasoned pan or crêpière, wipe it with a little butter or lard on kitchen paper before each galette, and let the batter rest at least an hour (overnight is better). a thinner batter helps too.',
        ],
        [
          'u',
          'rest overnight. my grandmother says the same thing, i never listen. ok tomorrow galettes then',
        ],
        ['a', "enjoy — she's right!"],
      ],
    },
    {
      start: '2024-04-11 21:05',
      lines: [
        [
          'u',
          "honestly the flat in recouvrance is too small for a dog this size. he knocks everything off the coffee table with his tail. i'm starting to look for somewhere with a garden",
          'home_old2',
        ],
        ['a', 'that makes sense. are you thinking of staying in brest or looking further out?'],
        [
          'u',
          'further out is cheaper. le conquet, plougonvelin, saint-renan maybe. close to the sea, close enough to the lab',
        ],
        [
          'a',
          'those are all within about 30 minutes of plouzané. a small house with a garden might be affordable there compared to brest centre.',
        ],
        [
          'u',
          'yeah. also i want a garden for kouign to dig up, he has a passion for digging. in the flat he digs the sofa',
        ],
        ['a', 'a digging box or sandpit corner in a garden can save your flowerbeds!'],
        [
          'u',
          "lol i have no flowerbeds, i'll give him the whole garden. budget question though. i earn about 2400 net. how much rent is reasonable?",
        ],
        [
          'a',
          'a common rule is to spend at most a third of your net income on rent, so around €800 a month, including charges if possible.',
        ],
        [
          'u',
          "800 is doable around le conquet for a small house i think. my recouvrance flat is 560 now so it's a jump",
          'home_old3',
        ],
        [
          'a',
          "it's a jump, but you get space and a garden. maybe list must-haves and nice-to-haves before visiting places?",
        ],
        [
          'u',
          'must: garden, fence, sea within 10 min. nice: a shed for the boards, wood stove. deal-breaker: neighbours who hate dogs',
        ],
        ['a', 'great list. ask about the fence height — korthals mixes can be surprisingly good jumpers.'],
        [
          'u',
          'oh no. he jumped on the kitchen counter yesterday to eat a whole baguette. so yes, tall fence',
        ],
        ['a', 'ha — counter surfing! a tall fence it is.'],
        [
          'u',
          "also my mamm-gozh called. my grandmother. she's 86 and lives on her own in quimper, still speaks breton with the neighbours at the market. she wants to meet kouign. she's going to spoil him so much",
          'grandma',
        ],
        ['a', "that's lovely. will you take him down to quimper soon?"],
        [
          'u',
          "easter sunday probably. she makes kig ha farz every easter, it's a whole ceremony, 4 hours of cooking",
        ],
        ['a', 'kig ha farz with the family sounds like a perfect easter. enjoy!'],
      ],
    },
    {
      start: '2024-05-02 18:30',
      lines: [
        [
          'u',
          "good news!! my abstract got accepted for the european marine biology symposium, it's in lisbon, mid september. oral talk, 15 min. first time i'm giving a proper talk at a big conference",
          'conf',
        ],
        ['a', 'congratulations! an oral talk is a big deal. what will it be about?'],
        [
          'u',
          'the 2022 marine heatwave and kelp die-off in the iroise sea. the stuff i do at iuem basically, 2 years of diving transects and data',
          'job_old2',
        ],
        ['a', 'that sounds very relevant. do you need help structuring the talk?'],
        [
          'u',
          "later, it's only may. right now i need help with the dog. he pulls on the lead like a tractor. my shoulder is dying",
        ],
        [
          'a',
          "a front-clip harness helps a lot with pullers. also stop walking when he pulls and only move forward when the lead is loose — it's slow at first but works. a training class could speed things up.",
        ],
        ['u', "yeah i'm thinking of a class. what are the options usually?"],
        [
          'a',
          'options: 1) a group class at a local club canin on weekends — cheap, lots of distractions to practise with; 2) a private trainer coming home — pricier but tailored; 3) an online course — cheapest, but no feedback.',
        ],
        [
          'u',
          'the group one, the club canin in guipavas does saturday mornings, 10 sessions for 120 euros. he needs to learn to cope with other dogs anyway',
          'dog_class',
        ],
        ['a', 'good choice — socialisation plus training. bring plenty of small treats!'],
        [
          'u',
          "also surfed blancs sablons yesterday, small and mushy. my 6'2 is useless in small waves honestly, it just sinks. everyone on longboards was catching everything",
          'board_old2',
        ],
        [
          'a',
          "that's the shortboard trade-off. a fish or a mid-length could be fun for the small summer days.",
        ],
        ['u', 'yeah maybe. money though. the house search first'],
        ['a', 'fair enough — priorities! any luck with the house search?'],
        [
          'u',
          'visited one in plougonvelin. nice but the garden was the size of a stamp. kouign would be sad',
        ],
        ['a', 'keep looking — the right one will show up. spring is a busy time for rentals.'],
        ['u', 'i hope. ok thanks, going to walk the tractor'],
        ['a', 'good luck with the tractor!'],
      ],
    },
    {
      start: '2024-05-23 20:50',
      lines: [
        [
          'u',
          'i did the freediving course last weekend!! saturday and sunday in crozon with apnée iroise. first level certificate. held my breath for 2 min 40 in the pool, got to 12 metres in the sea',
          'freedive',
        ],
        ['a', "that's great! 12 metres on your first course is impressive. will you use it for work?"],
        [
          'u',
          "yeah that's the idea, for quick kelp checks without all the scuba gear. also it's just beautiful down there, total silence",
        ],
        ['a', 'freediving has a very special calm. remember never to freedive alone — always with a buddy.'],
        ['u', 'yes yes, one up one down, they drilled it into us'],
        ['a', 'perfect. how is everything else?'],
        [
          'u',
          'shoulder is bad. doctor says tendinitis in the right shoulder, rotator cuff. from paddling plus the dog pulling. no surfing for 3-4 weeks, physio twice a week',
          'shoulder',
        ],
        [
          'a',
          'sorry to hear that. rest and physio usually work well for rotator cuff tendinitis. did they give you exercises?',
        ],
        ['u', 'elastic band stuff, external rotation. boring. i hate boring'],
        [
          'a',
          "it's boring but it really helps. try doing them while something's on tv, or right after walking kouign so it becomes a habit.",
        ],
        [
          'u',
          "ok. the dog class is helping at least, the pulling is like 50% better. the trainer, a woman called sterenn, is amazing. he does 'assis' now. only for cheese though",
        ],
        ['a', 'cheese is a great motivator! progress is progress.'],
        [
          'u',
          "can you help me with a dinner for saturday? my sister gwenola is coming from rennes with her girlfriend. they're both vegetarian",
        ],
        [
          'a',
          'how about: a big galette night with vegetarian fillings (egg-cheese-mushroom, goat cheese-honey-walnut, leek fondue), a green salad, and crêpes with salted butter caramel for dessert?',
        ],
        [
          'u',
          "leek fondue galettes, yes. and caramel au beurre salé obviously. you know the way to a breton's heart",
        ],
        ['a', "it's hard to go wrong with salted butter caramel in brittany!"],
        ['u', 'never. ok trugarez'],
        ['a', 'kenavo, and go easy on that shoulder!'],
      ],
    },
    {
      start: '2024-06-13 19:10',
      lines: [
        [
          'u',
          "we moved!! me and the dog. small stone house in le conquet, rented, 780 a month, garden with a tall fence, the sea is at the end of the street. we moved last saturday with yann's van. kouign ran around the garden for an hour like a maniac",
          'home_new1',
        ],
        ['a', "congratulations! that sounds ideal for both of you. how's kouign settling in?"],
        ['u', "he's already dug 3 holes. one of them is very deep. i think he's looking for australia"],
        ['a', 'ha — very committed. maybe give him one official digging spot and bury toys there.'],
        [
          'u',
          'good idea. also shoulder is better, physio says i can surf again but gently, and probably not on a short board for a while',
        ],
        [
          'a',
          'good news. a bigger, more buoyant board would mean less paddling effort — easier on the shoulder.',
        ],
        [
          'u',
          "exactly. so... i bought a board lol. a 7'0 mid-length, an egg shape, from a shaper in crozon called erwan. secondhand, 350 euros. paddles like a boat, catches everything. shortboard is going on leboncoin",
          'board_new1',
        ],
        ['a', 'perfect timing for summer waves too. have you tried it yet?'],
        [
          'u',
          'yes, tuesday at porsmilin, knee high and i caught like 20 waves. i was grinning like an idiot',
        ],
        ['a', "that's what it's all about. is the new place handy for weekday surfs?"],
        [
          'u',
          'porsmilin and blancs sablons are both 5 min away. my car is a 2011 clio that smells of wetsuit but it runs',
        ],
        ['a', 'the eternal surfer car smell! does madame le goff miss kouign?'],
        [
          'u',
          "she cried when we left lol. i promised to visit with him once a month. she's knitting him a jumper, i'm not joking",
        ],
        ['a', "that's adorable. he'll be the best-dressed griffon in finistère."],
        ['u', 'need a housewarming idea. low budget, 10 people, garden, no bbq yet'],
        [
          'a',
          'options: 1) a crêpe party — you make, they fill; 2) a potluck with cider; 3) rent a plancha for the evening and do sardines and vegetables.',
        ],
        ['u', 'the sardine plancha one. summer, garden, sardines, cider. perfect', 'party_pick'],
        ['a', 'very breton, very summer. enjoy the housewarming!'],
      ],
    },
    {
      start: '2024-07-15 20:00',
      lines: [
        [
          'u',
          "ok life update. my postdoc contract ends end of august and there's no money to renew it, which i knew. but i got a job at océanopolis!! scientific officer, marine conservation and the seal care centre. permanent contract. i start on 2 september",
          'job_new1',
        ],
        ['a', 'congratulations — a permanent post is huge in research! what will you be doing day to day?'],
        [
          'u',
          'mix of things. helping run the seal rehab programme, working on exhibitions about kelp and the iroise, some outreach with schools. less pure research, more people. a bit scared',
        ],
        [
          'a',
          "it's a big shift but your science background will be a real asset there. outreach skills grow fast.",
        ],
        ['u', 'yeah. and i can still give the lisbon talk, they said fine, take the days'],
        ['a', "great that they're supportive. how is the talk coming along?"],
        ['u', 'slides are 30% done. i have too many graphs. like 40 graphs for 15 minutes'],
        [
          'a',
          'a rule of thumb is about one slide per minute, so around 15. pick 3 key messages and keep only the graphs that support them.',
        ],
        [
          'u',
          "3 key messages. ok: heatwave killed the kelp, some sites recovered, some didn't and got taken over by turf algae",
        ],
        ['a', "that's a clear story. you could end with what it means for monitoring or management."],
        [
          'u',
          'yes, good. other news: i turned 30 on friday. thirty!! feeling old. gwenola came up for the weekend and yann dragged us out for a dawn surf',
        ],
        ['a', 'happy belated birthday! how did you celebrate?'],
        [
          'u',
          "mamm-gozh knitted me a navy breton sweater, the real thick kind with buttons on the shoulder. she's 86 and she knitted a whole sweater, i almost cried",
          'gift_gm',
        ],
        ['a', "what a special gift — that's something to keep forever."],
        [
          'u',
          "gwenola gave me a waterproof camera for the freediving, a little olympus tough. i'm going to film kelp like a tiktok influencer",
          'gift_sis',
        ],
        ['a', 'great present! the olympus tough cameras are very popular with divers and snorkellers.'],
        [
          'u',
          'yeah. also yann gave me a bottle of lambig, the dangerous apple brandy. we opened it. mistake',
        ],
        ['a', 'ha — lambig can be brutal. hope the dawn surf happened before the lambig!'],
        ['u', 'dawn surf happened, lambig after. correct order'],
        ['a', 'very responsible!'],
        [
          'u',
          'can you explain how the seal rehab stuff works in general? i want to not look stupid in september. like what do they do when a seal pup comes in',
        ],
        [
          'a',
          "typically: the pup is assessed (weight, injuries, dehydration, infections), rehydrated and tube-fed with fish-based formula at first, then moved onto whole fish. they're kept with minimal human contact so they stay wild, moved to bigger pools to build strength and learn to catch live fish, and released once they reach a target weight — often fitted with a tag.",
        ],
        ['u', 'minimal human contact. so no cuddling. sad but ok'],
        [
          'a',
          'no cuddling — they need to stay wary of humans to survive. kouign will have to be the cuddle supply.',
        ],
        ['u', "he's a good cuddle supply. 19 kilos of cuddle"],
        ['a', 'the best kind!'],
      ],
    },
    {
      start: '2024-08-19 18:45',
      lines: [
        [
          'u',
          "back from rennes. spent the weekend at gwenola's, took the train with kouign, he was perfect. she lives near the thabor park so he got to see squirrels for the first time. he lost his mind",
          'rennes_visit',
        ],
        ['a', 'ha — squirrels are the ultimate dog tv. how was rennes?'],
        [
          'u',
          'hot. 31 degrees. too hot for a breton from the coast. we went to the lices market on saturday and ate galettes saucisse standing up like real people',
        ],
        ['a', 'the galette-saucisse at the lices market is a rite of passage!'],
        [
          'u',
          'it is. last two weeks of the postdoc now. i have to hand in a final report and my dive logbooks and clean my desk. 2 years of papers',
        ],
        ['a', "that's a big transition. do you want help with the final report structure?"],
        [
          'u',
          "please. it's for the funder, 5 pages max, in french, but i can translate. what should be in it?",
        ],
        [
          'a',
          'a typical structure: 1) summary of objectives; 2) methods (sites, transects, dates); 3) key results with 2–3 figures; 4) outputs (papers, talks including lisbon, datasets); 5) what remains to be done and recommendations; 6) a short budget statement.',
        ],
        ['u', "perfect, that's basically it. i'll do it wednesday"],
        ['a', 'good luck — keep it concrete.'],
        [
          'u',
          "also my clio made a horrible noise on the way back from the station, like a dying goose. the garage said it's the wheel bearing, 280 euros. it's always something",
        ],
        ['a', "annoying, but a wheel bearing is worth fixing quickly — it's a safety issue."],
        [
          'u',
          'yeah booked it for thursday. the good thing about le conquet is i can walk to the beach with kouign in 3 minutes so who needs a car lol',
          'home_new2',
        ],
        ['a', 'a beach on your doorstep is hard to beat!'],
        [
          'u',
          "every evening now, we go down at sunset, he runs after the waves and barks at them. he thinks he's winning",
        ],
        ['a', 'he probably is, in his mind!'],
        ['u', 'he definitely is. ok report time. trugarez'],
        ['a', 'kenavo, good luck with the report!'],
      ],
    },
    {
      start: '2024-09-09 20:30',
      lines: [
        [
          'u',
          "first week at océanopolis done!! it's so different from the lab. i did a seal feeding on tuesday, gave a talk to 30 ten-year-olds about kelp on thursday. one of them asked if kelp is a vegetable or an animal. very good question actually",
          'job_new2',
        ],
        [
          'a',
          "congratulations on the first week! and great question from the kid — kelp is actually neither a plant in the strict sense nor an animal, it's a brown alga.",
        ],
        [
          'u',
          "that's exactly what i said! the kid was not satisfied. 'so what is it then'. 10 year olds are tough",
        ],
        ['a', 'the toughest audience! how are the colleagues?'],
        [
          'u',
          'nice. my boss, annaïg, is super organised, color-coded calendars. very different from my old lab where everything was chaos and coffee',
        ],
        ['a', 'a change of culture! do you get to bring kouign to work?'],
        [
          'u',
          "lol no. but madame le goff is too far now so kouign goes to a dog walker 2 days a week, the others he's with me because i do some days from home",
        ],
        ['a', 'sounds like a good system. is the lisbon talk ready?'],
        [
          'u',
          "almost. 16 slides. i practised it on kouign. he fell asleep at slide 9. that's probably normal",
        ],
        ['a', 'dogs are notoriously bad conference audiences. try it on a human or record yourself.'],
        ['u', "i'll do it on gwenola over video. she'll tell me if it's boring, she's brutally honest"],
        ['a', 'perfect test audience. what do you need for the trip?'],
        [
          'u',
          'flights booked brest–lisbon via paris. kouign stays with yann. hotel near the conference centre. i need a nice shirt. i have zero nice shirts, only hoodies and one wedding suit',
          'conf3',
        ],
        [
          'a',
          'a plain light blue or white oxford shirt and dark chinos is safe and smart for a talk. no need for the suit!',
        ],
        ['u', 'oxford shirt. ok will buy one in brest saturday'],
        ['a', 'good luck with the shopping and the talk!'],
        ['u', "thanks. i'll tell you how it goes"],
        ['a', 'please do!'],
      ],
    },
    {
      start: '2024-10-02 19:55',
      lines: [
        [
          'u',
          "lisbon done!! the talk went fine, i didn't die. a guy from the university of porto wants to collaborate on kelp recovery. and the pastéis de nata. i ate like 15 in 4 days. no regrets",
          'conf2',
        ],
        ['a', 'congratulations on the talk and the new contact! 15 pastéis is a respectable number.'],
        [
          'u',
          "honestly could have been 20. also surfed ericeira one afternoon, rented a board there. nice reef but my own 7'0 mid-length is better, i missed it. the egg has spoiled me for everything else",
          'board_new2',
        ],
        ['a', 'ericeira is a world-class spot! sounds like the mid-length has become your go-to.'],
        [
          'u',
          "yeah it's all i ride now. anyway. the porto guy wants me to write a small joint proposal. can you help me write a reply email that says yes but i need time because new job?",
        ],
        [
          'a',
          "'dear rui, thank you for the great conversation in lisbon — i'd be really happy to work on a joint proposal on kelp recovery. i've just started a new role, so i'll need a few weeks to settle in, but could we plan a call in early november to sketch the idea? best, corentin'",
        ],
        ['u', 'perfect. early november, yes. that buys me a month'],
        ['a', 'good — realistic timelines are always better.'],
        [
          'u',
          "and kouign was fine with yann. yann said he ate a croissant out of someone's hand on the beach. a total stranger. i'm so embarrassed",
        ],
        ['a', 'ha — a professional croissant thief. maybe more work on "leave it"!'],
        [
          'u',
          "'laisse' yes. sterenn said that's the hardest one for food-motivated dogs. and he's the most food-motivated dog in brittany",
        ],
        [
          'a',
          'a classic trick: practise with low-value food first, reward with something better when he leaves it.',
        ],
        [
          'u',
          "ok. also new routine: i'm trying to cut coffee, i was at 6 a day. now 2. headache for 3 days. horrible",
        ],
        [
          'a',
          'caffeine withdrawal headaches usually fade after a few days to a week. drink plenty of water and taper slowly if you can.',
        ],
        ['u', 'day 4 today and i feel human. tea is a poor substitute though'],
        ['a', 'well done! maybe try chicory or a good rooibos in the afternoon.'],
        ['u', 'chicory. like my grandmother. ok'],
        ['a', 'a very breton solution!'],
      ],
    },
    {
      start: '2024-10-28 20:10',
      lines: [
        [
          'u',
          'storm season started. big swell this weekend, 4-5 meters at la palue. i did not go in lol, too big for me and the shoulder. watched from the cliff with kouign. he barked at the waves the whole time',
        ],
        ['a', 'sensible! watching big swell from the cliff is a show in itself.'],
        [
          'u',
          'also the garden is a swamp now. le conquet in autumn = rain sideways. the dog comes in looking like a sponge, and my little stone house smells of wet dog permanently',
          'home_new3',
        ],
        [
          'a',
          'the joys of a dog in brittany! a towel station by the door and a washable mat can help a lot.',
        ],
        ['u', "i have a towel station. it's a towel on a chair. he shakes next to it, never on it"],
        ['a', 'ha — typical. a dog drying coat could be worth it for winter.'],
        ['u', "a dog bathrobe. lol. madame le goff's jumper is already too small for him. he grew"],
        ['a', "he's probably filled out now that he's healthy and exercised."],
        [
          'u',
          "yeah he's 22 kilos now. the vet says that's good, he was underweight. he's a proper dog now, not a skinny shelter dog",
        ],
        ['a', 'a great transformation!'],
        [
          'u',
          "at océanopolis we're getting ready for seal pup season, they start coming in from november. i'm doing the night feeding rota sometimes. can you explain again how long they stay, roughly?",
          'job_new3',
        ],
        [
          'a',
          'usually a few weeks to a few months depending on the pup, often about 2–4 months, until they reach a good release weight — for grey seal pups typically around 35–40 kg.',
        ],
        ['u', "ok. 2-4 months. that's longer than i thought. they'll be here until spring"],
        ['a', 'likely — many pups admitted in late autumn are released in late winter or spring.'],
        [
          'u',
          "also what's a good thing to cook when it's grim outside? i want something warm, not galettes again",
        ],
        [
          'a',
          'options: 1) a pot-au-feu; 2) a cotriade — breton fish stew with potatoes; 3) a big pot of lentils with sausages.',
        ],
        ['u', 'cotriade. fish from the market on saturday. perfect', 'dinner_pick'],
        ['a', "classic choice — don't forget the bread and vinaigrette on the side."],
      ],
    },
    {
      start: '2024-11-20 19:30',
      lines: [
        [
          'u',
          "first seal pup came in at work on monday! a grey seal, 12 kilos, found on a beach in ouessant. i've named her (internally, we don't officially name them) 'mamm-gozh' because she has a grumpy face",
          'job_new4',
        ],
        ['a', "ha — that's a lovely tribute. how is she doing?"],
        ['u', 'tube feeding for now. she bit my glove today. good sign apparently, she has attitude'],
        ['a', 'attitude is definitely a good sign — feisty pups often do well.'],
        [
          'u',
          'the real mamm-gozh called again btw. she wants to spend christmas with me in le conquet this year instead of quimper, first time ever. she wants to see the sea and the dog',
          'home_new4',
        ],
        ['a', 'that would be really special. will gwenola come too?'],
        [
          'u',
          'yes, with her girlfriend. so 4 people and a dog in a tiny stone house. gonna be cosy. cosy is a nice word for chaos',
        ],
        ['a', 'ha — cosy chaos. want help planning christmas dinner for 4?'],
        [
          'u',
          "yes but later, it's november. right now i want help with the porto proposal call next week. what should i prepare?",
        ],
        [
          'a',
          'prepare: a one-paragraph idea summary, 2–3 research questions, what each team brings (your iroise sites and data, their portuguese sites), a possible funding call and deadline, and a rough timeline.',
        ],
        ['u', "funding call, right. i think there's a biodiversa one. i'll check. thanks"],
        ['a', "good idea — check the eligibility rules since you're now at océanopolis, not a university."],
        ['u', "oh good point. they count as a research structure i think, but i'll ask annaïg"],
        ['a', 'worth checking early.'],
        [
          'u',
          'also kouign has a new trick. he opens the garden gate himself. with his nose. i have to put a bungee on it now',
        ],
        ['a', 'clever dog! a spring-loaded latch or a carabiner might be more reliable than a bungee.'],
        ['u', "carabiner, yes, i have a million from diving. ok that's it, bonne soirée"],
        ['a', 'bonne soirée, corentin!'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'what breed does the shelter think my dog is?', ['dog_breed']],
    ['single-hop', 'which kind of dog training did i go for?', ['dog_class']],
    ['single-hop', 'what did the doctor say was wrong with my shoulder?', ['shoulder']],
    ['single-hop', 'where does my grandmother live?', ['grandma', 'home_new4']],
    ['single-hop', 'which city was my big conference talk in?', ['conf', 'conf3', 'conf2']],
    [
      'multi-hop',
      'how much did i pay in total for the adoption and the first vet check-up?',
      ['dog_fee', 'dog_vet'],
    ],
    [
      'multi-hop',
      'what presents did my grandmother and my sister give me when i turned thirty?',
      ['gift_gm', 'gift_sis'],
    ],
    ['temporal', 'how long ago did i get my dog?', ['adopt'], { askedAt: '2024-12-12 20:00' }],
    [
      'temporal',
      'which came first: my freediving certificate or my weekend at my sister’s in rennes?',
      ['freedive', 'rennes_visit'],
      { askedAt: '2024-12-12 20:05' },
    ],
    [
      'updated',
      'where am i living these days?',
      ['home_new1', 'home_new2', 'home_new3', 'home_new4'],
      { stale: ['home_old1', 'home_old2', 'home_old3'] },
    ],
    [
      'updated',
      'what surfboard do i ride at the moment?',
      ['board_new1', 'board_new2'],
      { stale: ['board_old1', 'board_old2'] },
    ],
    [
      'updated',
      "who's my employer now?",
      ['job_new1', 'job_new2', 'job_new3', 'job_new4'],
      { stale: ['job_old1', 'job_old2'] },
    ],
    ['off-topic', 'how do pointers work in the c programming language?', []],
    ['off-topic', "what's the tallest mountain in africa?", []],
    ['off-topic', 'how do i make a pivot table in excel?', []],
  ],
});

import { definePersona } from '../author.ts';

export const nora = definePersona({
  user_id: 'h3-nora',
  name: 'Nora Kelly',
  summary:
    'Nora, 52, high-school history teacher in Jamaica Plain, Boston, divorced with a grown son; starts dating an architect who later moves in, trains for her first Boston Marathon as a charity runner, becomes department chair; has a beagle mix, Biscuit, whose diet keeps changing. Writes long, chatty messages.',
  language: 'en',
  sessions: [
    {
      start: '2025-06-14 16:00',
      lines: [
        [
          'u',
          "Well, the school year is officially over as of yesterday afternoon, and I'm sitting on my back porch with a mountain of final exams I promised myself I'd grade before Monday. I teach history at Parkman High in Jamaica Plain — mostly 10th grade U.S. History, plus one section of AP European — and every June I swear I'll write shorter finals, and every June I don't.",
          'teacher',
        ],
        ['a', 'Congratulations on making it to the end of the year! Want some help speeding up the grading?'],
        [
          'u',
          "Yes, please. Could you build me a quick rubric for the essay portion? The prompt was 'To what extent was the New Deal a revolution rather than a reform?' I'd like four criteria, nothing fancy, and a 1–4 scale so I can move quickly.",
        ],
        [
          'a',
          'Criteria: 1) Thesis — clear, arguable position on revolution vs. reform; 2) Evidence — specific programs and events; 3) Analysis — explains how evidence supports the claim, addresses the counterargument; 4) Organization and clarity. Score each 1–4: 4 = sophisticated, 3 = solid, 2 = partial, 1 = minimal.',
        ],
        [
          'u',
          "That's perfect, thank you. Biscuit, my beagle mix, is currently lying across half the exams, which I suppose is his own form of feedback. He's six and has strong opinions about paper.",
          'biscuit',
        ],
        ['a', 'A very dedicated teaching assistant! Beagles do love to be in the middle of things.'],
        [
          'u',
          "He's on the Purina chicken and rice kibble, which he inhales, though lately he's been scratching his ears constantly and I'm wondering whether I ought to worry.",
          'biscuit-food1',
        ],
        [
          'a',
          'Frequent ear scratching in dogs is often linked to allergies — food or environmental — or an ear infection. Worth a vet visit, especially if there is redness or smell.',
        ],
        [
          'u',
          "I'll call the vet on Monday. Bigger news in my small world: I've gotten a charity bib for the 2026 Boston Marathon through Dana-Farber. I've done half marathons, but never the full distance, and I'll be fifty-three by race day, so this is either very brave or very foolish.",
          'bib',
        ],
        [
          'a',
          'Brave, definitely! Plenty of people run their first marathon in their fifties. You have almost a year to prepare.',
        ],
        [
          'u',
          "My ex-husband, Greg — we divorced three years ago, amicably enough that we can still text about our son — said 'good for you' in a tone I couldn't quite read.",
          'divorced',
        ],
        [
          'a',
          'Tone over text is hard to read. It sounds like you have a workable relationship, which is not nothing.',
        ],
        [
          'u',
          "It's not nothing, you're right. Liam, our son, is 24 and lives in Chicago now, doing something in data analytics that I only partly understand. He's promised to fly out in April to cheer.",
          'liam',
        ],
        ['a', 'Having him at the finish will be a wonderful motivation during training.'],
        [
          'u',
          'Now I really should get back to the New Deal. If I am not back in two hours, please send a search party.',
        ],
        ['a', 'Good luck — and reward yourself after every ten exams.'],
        ['u', 'Every ten exams, one cookie. That is a system I can believe in.'],
        ['a', 'A sound pedagogical approach!'],
      ],
    },
    {
      start: '2025-07-10 10:30',
      lines: [
        [
          'u',
          "An update from the vet, since I know you've been on the edge of your seat: Dr. Patel thinks Biscuit's ear scratching is a food allergy, most likely to chicken — which, of course, is the one protein in absolutely everything he eats.",
          'chicken-allergy',
        ],
        [
          'a',
          "That's a common one in dogs. Switching protein usually makes a visible difference within weeks.",
        ],
        [
          'u',
          "She said to change his protein. Could you lay out a few options? He's about 32 pounds and not picky in the least.",
        ],
        [
          'a',
          'Three options: 1) a lamb and brown rice formula; 2) a salmon and sweet potato formula; 3) a hydrolyzed-protein prescription diet, the most reliable for allergies but the most expensive.',
        ],
        [
          'u',
          "Let's go with the lamb and rice. The prescription one is eye-wateringly expensive, and the salmon one makes the whole kitchen smell like a fishing pier. I'll transition him over about a week.",
          'biscuit-food2',
        ],
        ['a', 'Good plan. Mix old and new food over 7–10 days, and check treats too — many contain chicken.'],
        [
          'u',
          "Seven to ten days, understood. On a more cheerful note, my book club picked 'The Warmth of Other Suns' for August, which I've taught excerpts of but never read cover to cover. Slightly embarrassing for a history teacher.",
        ],
        ['a', "It's a long book — no shame. Isabel Wilkerson's storytelling makes it move quickly, though."],
        [
          'u',
          "There are five of us, and we've been meeting for eleven years now — first Tuesday of the month, rotating houses. It has outlasted my marriage, which says something about the restorative power of wine and casseroles.",
        ],
        ['a', 'Eleven years is remarkable. Friendships like that are precious.'],
        [
          'u',
          "I'm hosting in August, so I'll need a summery dish I can make ahead. Nothing with cilantro, please — one of the women is convinced it tastes like soap.",
        ],
        [
          'a',
          'Ideas: a lemon orzo salad with feta, cucumber and dill; a tomato and white bean salad with basil; or a cold soba noodle salad with sesame dressing.',
        ],
        ['u', 'The orzo salad with lemon and feta — that sounds lovely and nearly impossible to ruin.'],
        ['a', 'It gets even better after a night in the fridge.'],
        [
          'u',
          "I've also been running a bit more since school ended, four mornings a week around Jamaica Pond, which is a mile and a half per loop and lovely at six a.m., before the strollers come out.",
        ],
        ['a', 'That is a great base for the marathon next spring.'],
        [
          'u',
          "Thank you, as always. I'll report back on Biscuit's digestion, though you may not want me to.",
        ],
        ['a', 'I will brace myself!'],
      ],
    },
    {
      start: '2025-08-09 21:45',
      lines: [
        [
          'u',
          "I need to confess something slightly ridiculous for a woman my age: I have a date next Saturday. An actual date. My friend Janet set me up with a man named Mark Sullivan, who's an architect — he restores old triple-deckers, mostly, which I find unreasonably charming.",
          'mark',
        ],
        ['a', "That's not ridiculous at all — that's exciting! Where are you going?"],
        [
          'u',
          "A Portuguese place in Inman Square, in Cambridge. I haven't been on a first date since 1996, and I suspect the rules have changed.",
        ],
        ['a', 'The basics have not: be curious, listen, and enjoy the food.'],
        [
          'u',
          "But what on earth do people talk about now? I'm afraid I'll either say nothing at all or deliver an uninvited twenty-minute lecture on the Boston Police Strike of 1919.",
        ],
        [
          'a',
          'Ask about his work — what drew him to old buildings, a favourite project. Travel, books and food are easy. A short history story is charming; a lecture, maybe save for date three.',
        ],
        [
          'u',
          'Ha — fair. If he restores triple-deckers he may actually enjoy the history of Boston housing. I will keep the strike in my back pocket.',
        ],
        ['a', 'It might turn out to be a shared passion.'],
        [
          'u',
          "What should I wear? It's August, it'll be muggy, and I own exactly one dress that isn't for parent-teacher conferences.",
        ],
        [
          'a',
          'Something breathable and comfortable — a linen dress or linen trousers with a nice top, and flat sandals.',
        ],
        [
          'u',
          "The green linen dress, then. Janet will be thrilled; she's been campaigning for this for a year.",
        ],
        ['a', 'Green linen in August sounds just right.'],
        [
          'u',
          "When I told Liam on the phone, he said, 'Mom, just be yourself,' which is both sweet and exactly the advice I'd give a sophomore.",
        ],
        ['a', "He's right, though!"],
        [
          'u',
          "Running update, since it's become my therapy: I did eight miles this morning, the longest since my last half marathon two years ago.",
        ],
        ['a', 'Eight miles in August humidity is impressive.'],
        ['u', 'Okay, I am going to go stare at the dress and second-guess everything. Wish me luck.'],
        ['a', 'Good luck, Nora. Have fun!'],
      ],
    },
    {
      start: '2025-09-06 19:15',
      lines: [
        [
          'u',
          "The date went well. Better than well, actually — we talked until the restaurant started stacking chairs, and we've seen each other four more times since. He's a widower with a grown daughter, Claire, in Providence, and he laughs at my jokes, which is the bar.",
          'mark-daughter',
        ],
        ['a', 'That sounds wonderful. I am really happy for you.'],
        [
          'u',
          "School started on Wednesday. I have 118 students across five sections this year, about twenty more than I'd like, and a new principal, Dr. Alvarez, who seems both competent and highly caffeinated.",
        ],
        ['a', 'A big load, but a good principal makes a difference.'],
        [
          'u',
          "Could you help me draft a first-week icebreaker for sophomores that actually connects to history? I'm tired of 'two truths and a lie.'",
        ],
        [
          'a',
          "Try 'Family Artifact': each student brings or describes an object from their family's past and explains what it says about a time and place. It introduces the idea of primary sources on day one.",
        ],
        [
          'u',
          "Oh, that's wonderful — I'll do it on Friday and share mine first: my grandmother's steamship ticket from Cobh to Boston in 1928.",
        ],
        ['a', 'What a perfect example to model it with.'],
        [
          'u',
          "Running: I've joined a running club, the JP Striders, for Saturday group runs. I'm at about 25 miles a week, in Brooks Ghost 16s that feel like bedroom slippers.",
          'brooks',
        ],
        ['a', 'A club will help enormously with the long runs.'],
        [
          'u',
          "Official marathon training doesn't start until mid-December for an April race, correct? I want to build the base properly this fall and not get hurt.",
        ],
        [
          'a',
          'Correct — most 18-week plans start in mid-December for a mid-April race. Keep building easy mileage until then.',
        ],
        ['u', 'Good. I will keep my long runs at eight to ten miles until then.'],
        ['a', 'That is an ideal base.'],
        [
          'u',
          "Biscuit's ears are much better on the lamb food, by the way; the scratching has almost stopped.",
        ],
        ['a', 'That is great to hear — it confirms the chicken theory.'],
        ['u', "Thank you for the icebreaker — you've saved me a Sunday."],
        ['a', 'Enjoy the Sunday!'],
      ],
    },
    {
      start: '2025-10-11 08:30',
      lines: [
        [
          'u',
          "I'd like to choose a proper marathon training plan now, so I know what I'm getting myself into in December. I can run four or five days a week, I'm a first-timer, and I'd rather finish upright than finish fast. What are my options?",
        ],
        [
          'a',
          'Options: 1) Hal Higdon Novice 1 — 18 weeks, 4 runs a week, one 20-mile peak run; 2) Hansons Beginner — 6 days a week, longest run 16 miles; 3) Jeff Galloway run-walk — 3 days a week, long runs with walk breaks.',
        ],
        [
          'u',
          "Hal Higdon Novice 1. Four days is realistic with all the grading, and I like the idea of one proper twenty-miler so I know I can do it. Hansons' six days a week would end my relationship with my students' essays.",
          'plan',
        ],
        ['a', 'A great fit for a first marathon.'],
        [
          'u',
          "The other looming thing is fundraising: Dana-Farber requires a minimum of $7,500 for the charity bib, and I've raised — let me check — $840 so far, mostly from my sister and colleagues.",
          'fundraise-goal',
        ],
        [
          'a',
          'You have six months. A personal story and a few well-timed emails usually do most of the work.',
        ],
        [
          'u',
          "Could you draft a short, heartfelt fundraising email? I'm running in memory of my mother, who was treated at Dana-Farber in 2011, but I don't want it to sound like I'm guilting anyone.",
        ],
        [
          'a',
          "'In April, I'll run my first marathon — all 26.2 miles from Hopkinton to Boylston Street — for Dana-Farber, where my mother was cared for in 2011. I'm running to say thank you, and to help other families. If you can, I'd be grateful for your support.'",
        ],
        [
          'u',
          "That's lovely. Maybe add a line that even $10 helps — a lot of my colleagues are teachers, after all.",
        ],
        ['a', "Add: 'Every gift matters — even $10 gets me a little closer to the finish line.'"],
        [
          'u',
          'My right knee has been grumbling after the Saturday runs. Not painful exactly, just present. Should I be worried?',
        ],
        [
          'a',
          'Mild knee ache is common when mileage goes up. Try strengthening — clamshells, step-downs, glute bridges — and keep easy runs truly easy. See a physio if it sharpens.',
        ],
        [
          'u',
          "I'll try the exercises, and Mark has offered to drive me to a sports physio if it gets worse. He's been lovely about all this running business.",
        ],
        ['a', 'Support at home makes the training much easier.'],
        [
          'u',
          'He even came to a Striders run last week and walked the last mile with Biscuit. Both were very proud of themselves.',
        ],
        ['a', 'Sounds like Biscuit approves of him!'],
        ['u', "Biscuit approves of anyone who carries treats, so it's not a high bar, but I'll take it."],
        ['a', 'A good sign nonetheless!'],
      ],
    },
    {
      start: '2025-11-15 17:00',
      lines: [
        [
          'u',
          'Thanksgiving logistics, which get more complicated every year: my sister Maureen hosts in Worcester, Liam flies in from Chicago, and this year, for the first time, I am bringing Mark.',
          'maureen',
        ],
        ['a', 'A big year! How are you feeling about introducing him to everyone?'],
        [
          'u',
          "Mostly excited. Maureen insists on doing the turkey herself, so I'm assigned two sides and a pie. Could you suggest a side that travels well? It's an hour on the Pike.",
        ],
        [
          'a',
          'Roasted butternut squash with maple and pecans, a wild rice salad, or green beans with crispy shallots — all fine at room temperature or reheated.',
        ],
        [
          'u',
          "The roasted squash with maple and pecans, yes. And I'll make my mother's apple pie, the one thing I cook with total confidence.",
        ],
        ['a', 'A family recipe is the perfect contribution.'],
        [
          'u',
          "Slightly nervous about this: Greg will come for dessert, because Liam asked, and Maureen has always liked him. Is it strange that I'm more worried about Mark meeting Maureen than meeting Greg?",
        ],
        ['a', 'Not strange at all — siblings are usually the toughest judges.'],
        ['u', "Ha. Yes, Maureen's the one with the interrogation lamp."],
        ['a', 'Maybe give Mark a short briefing in the car!'],
        [
          'u',
          "Biscuit comes too, naturally. I'll pack his kibble so nobody slips him turkey scraps under the table.",
        ],
        ['a', 'Wise — holiday scraps are a classic cause of upset stomachs.'],
        [
          'u',
          'Running: the knee is much better. I have been doing the clamshells and step-downs, and the ten-milers feel fine again.',
        ],
        ['a', 'Great — strength work pays off.'],
        [
          'u',
          "Also, our department head, Frank, announced that he's retiring in December after thirty-one years, which leaves a hole nobody quite knows how to fill.",
        ],
        ['a', 'That is a big change for a department.'],
        ['u', 'I will let you know how the great Mark-meets-Maureen summit goes.'],
        ['a', 'Please do. Happy Thanksgiving in advance!'],
      ],
    },
    {
      start: '2025-12-13 09:00',
      lines: [
        [
          'u',
          "Well, it turns out the hole has a shape, and apparently it's mine: Dr. Alvarez asked me to take over as History Department Chair when Frank retires, starting in January. I said yes before I'd had time to talk myself out of it.",
          'chair-offer',
        ],
        ['a', 'Congratulations! That is a real vote of confidence.'],
        [
          'u',
          "It means one fewer section of teaching, which I'll miss, and a great many more meetings, which I won't. Could you help me think through my first thirty days?",
        ],
        [
          'a',
          'Days 1–10: meet each teacher one-on-one and listen. Days 11–20: review schedules, budgets and deadlines. Days 21–30: share what you heard and pick one or two quick wins.',
        ],
        [
          'u',
          "A listening tour — yes. I'll meet each of the seven teachers in the department before I change a single thing.",
        ],
        ['a', 'That will build trust quickly.'],
        [
          'u',
          "Marathon training officially starts Monday: eighteen weeks to April 20th. I'm both excited and slightly nauseated.",
        ],
        ['a', 'A perfectly normal combination!'],
        [
          'u',
          "The practical problem is Boston in January. What do I need for running in the cold and the dark? I've been a fair-weather runner until now.",
        ],
        [
          'a',
          'Base layer, thermal tights, a windproof jacket, gloves, a hat, a headlamp and reflective vest — and microspikes for icy days.',
        ],
        [
          'u',
          "Microspikes! I didn't know those existed. That will save me from the icy patches along the Arborway.",
        ],
        ['a', 'They make a huge difference on packed snow.'],
        [
          'u',
          "Fundraising is at $3,100, thanks to your email and a very generous check from Mark's daughter, Claire, which made me tear up.",
        ],
        ['a', 'What a kind gesture from her.'],
        [
          'u',
          "And Thanksgiving was a triumph, by the way. Maureen pronounced Mark 'a keeper' before the pie was even cut.",
        ],
        ['a', 'The summit was a success!'],
        [
          'u',
          'Greg and Mark ended up talking about the Red Sox bullpen for forty minutes, which I suppose is how men make peace.',
        ],
        ['a', 'Baseball diplomacy has a long and honourable history.'],
      ],
    },
    {
      start: '2026-01-17 15:30',
      lines: [
        [
          'u',
          "Two weeks into being Department Chair and my calendar looks like a game of Tetris I'm losing. I still teach four sections, though, so I haven't vanished into administration entirely.",
          'chair-now',
        ],
        ['a', 'The first weeks in a new role are always the busiest. How is it going?'],
        [
          'u',
          'Could you help me draft an agenda for my first full department meeting? I want to cover the new state civics project requirement, a common assessment for 10th grade, and — crucially — snacks.',
        ],
        [
          'a',
          'Agenda: 1) Welcome and snacks (5 min); 2) Civics project requirement — timeline and who does what (20 min); 3) Common 10th-grade assessment — draft proposal and feedback (20 min); 4) Open questions (10 min); 5) Next steps (5 min).',
        ],
        ['u', 'Perfect. I will put the snacks first, honestly, as a gesture of goodwill.'],
        ['a', 'A proven management technique.'],
        [
          'u',
          'Training is going well: week five, a long run of twelve miles last Saturday in the snow, with the spikes. I felt like an Arctic explorer.',
        ],
        ['a', 'Twelve snowy miles — impressive!'],
        [
          'u',
          'Biscuit, meanwhile, got chubby over the holidays — 36 pounds at the vet, up from 32 — so Dr. Patel has switched him to a weight-management salmon formula, which means my kitchen smells like a fishing pier after all.',
          'biscuit-food3',
        ],
        ['a', 'The things we do for our dogs. A few pounds on a beagle is a lot, so it is a good call.'],
        [
          'u',
          'Half a cup twice a day, plus green beans as filler, she said. He looks at me as though I have betrayed him.',
        ],
        ['a', 'Green beans are a classic trick. He will forgive you.'],
        [
          'u',
          "And Mark and I had a big conversation: he's going to sell his condo in Roslindale and move in with me here in JP in March. It's fast, maybe, but at fifty-two I'm done pretending I don't know what I want.",
        ],
        ['a', 'That is wonderful news. You sound very sure.'],
        [
          'u',
          'He has a cat, Pilar, elderly and imperious. Biscuit has never lived with a cat. Any advice on introducing them?',
          'cat',
        ],
        [
          'a',
          "Give Pilar her own room at first, swap blankets so they learn each other's smell, then short supervised meetings through a baby gate.",
        ],
        ['u', 'Slowly, with a baby gate. Noted. I will report casualties.'],
        ['a', 'Hopefully none!'],
      ],
    },
    {
      start: '2026-02-14 12:00',
      lines: [
        [
          'u',
          "Happy Valentine's Day from a woman icing her foot. I had a scary few days of pain in my left heel — the first steps in the morning especially — and I was convinced it was plantar fasciitis.",
        ],
        ['a', 'Ouch. Did you get it looked at?'],
        [
          'u',
          'The sports physio said it is early-stage and manageable: calf stretches, rolling a frozen water bottle under the arch, and — she was very firm — new shoes, because my old pair has nearly 500 miles on it.',
        ],
        ['a', 'Worn-out cushioning is a common trigger. Good that you caught it early.'],
        [
          'u',
          "She suggested something with more cushioning, so I've switched to Hoka Clifton 10s. They look like moon boots, but my heel is already thanking me.",
          'hoka',
        ],
        ['a', 'Lots of marathoners swear by them.'],
        [
          'u',
          'Fundraising update: $5,200 as of this morning. My students held a bake sale for me — a bake sale! — and raised $400 in a single lunch period.',
        ],
        ['a', 'That is such a touching gesture.'],
        [
          'u',
          "Could you help me write them a thank-you note that isn't cloying? Sixteen-year-olds can smell insincerity from across the building.",
        ],
        [
          'a',
          "'Dear bakers: you raised $400 in one lunch period, which is more than I raise in a month of asking politely. When I hit Heartbreak Hill, I'll be thinking of your brownies. Thank you — truly. Ms. Kelly.'",
        ],
        ['u', "That's just right. Humor, and one honest sentence."],
        ['a', 'That is the recipe for teenagers.'],
        [
          'u',
          "Mark is making dinner tonight — he's a better cook than I am, which I've accepted graciously — and Biscuit is already stationed by the stove, ever hopeful.",
        ],
        ['a', "A lovely Valentine's evening, then."],
        [
          'u',
          'The long run this week is fifteen miles if the heel cooperates. I will do it on the treadmill at the Y if the sidewalks are bad.',
        ],
        ['a', 'Treadmill miles count just the same.'],
        [
          'u',
          "Valentine's Day at fifty-two with a foot in ice is not what I would have pictured, but it is not bad at all.",
        ],
        ['a', 'It sounds rather nice, actually.'],
      ],
    },
    {
      start: '2026-03-14 18:30',
      lines: [
        [
          'u',
          'I did it — my twenty-miler, this morning, on the marathon course itself, from Framingham back toward Boston with the Striders. Three hours and fifty-eight minutes, slow and stubborn, exactly as planned.',
          '20miler',
        ],
        ['a', 'Congratulations! The hardest training run is done.'],
        [
          'u',
          'Now the taper, which everyone says will make me insane. What should the next three weeks look like?',
        ],
        [
          'a',
          'Cut weekly mileage to about 75%, then 50%, then 30% in race week. Keep a little pace work, sleep a lot, and resist adding extra runs.',
        ],
        [
          'u',
          'And the other big news: Mark moved in on March 1st. His books now occupy every flat surface, and Pilar the cat has claimed the radiator in the front room as her throne.',
          'mark-moved',
        ],
        ['a', 'How exciting! How is everyone settling in?'],
        [
          'u',
          'Biscuit and Pilar have reached a truce, which mostly means Biscuit is terrified of her and she ignores him completely.',
        ],
        ['a', 'That is a very typical dog-cat peace treaty.'],
        [
          'u',
          "We're splitting household costs — groceries, utilities — down the middle, even though it's my house. Is there a sensible way to handle that, given the mortgage is in my name only?",
        ],
        [
          'a',
          'Many couples split running costs and handle the mortgage separately, with a written agreement. A lawyer can advise on the legal side; a shared spreadsheet helps with the day-to-day.',
        ],
        ['u', 'I will leave the legal side to a lawyer, then, but the spreadsheet idea is good.'],
        ['a', 'Simple and transparent — a good start.'],
        [
          'u',
          'On race day, Liam is flying in, Maureen is coming with a sign she refuses to show me, and Mark will be at mile 21, at the top of Heartbreak Hill, with Biscuit.',
        ],
        ['a', 'What a cheering squad!'],
        ['u', "What should I eat the night before and the morning of? I don't want to invent anything new."],
        [
          'a',
          'Nothing new: a simple pasta dinner the night before, and 3–4 hours before the start a bagel with peanut butter and a banana.',
        ],
        [
          'u',
          'Pasta and a bagel with peanut butter — the most boring menu in history, which is exactly what I want.',
        ],
        ['a', 'Boring is perfect on race day.'],
      ],
    },
    {
      start: '2026-04-25 11:00',
      lines: [
        [
          'u',
          'I am a marathoner. On Monday, April 20th, I ran the Boston Marathon in four hours, fifty-two minutes and seventeen seconds, and I cried at the finish on Boylston Street like a toddler.',
          'marathon',
        ],
        ['a', 'Congratulations, Nora! What an achievement.'],
        [
          'u',
          'Heartbreak Hill was exactly as advertised, but seeing Mark and Biscuit at the top — Biscuit in a tiny Dana-Farber bandana — carried me through the last five miles.',
        ],
        ['a', 'That image is wonderful.'],
        [
          'u',
          'We closed the fundraising at $8,350, over my goal, which feels almost as good as the finish.',
          'fundraise-final',
        ],
        ['a', 'Brilliant — that money will do real good.'],
        [
          'u',
          'My legs, on the other hand, are a disaster. Stairs are my enemy. How long until I can realistically run again?',
        ],
        [
          'a',
          'Most people take one to two weeks of no running, with walking, then a couple of weeks of short, easy runs.',
        ],
        ['u', 'Two weeks of nothing but walking Biscuit, then. He will be delighted.'],
        ['a', 'He has earned it too.'],
        [
          'u',
          'The department threw me a little party on Wednesday, with a cake shaped like a running shoe. I am going to miss this particular group of students.',
        ],
        ['a', 'A thoughtful team!'],
        [
          'u',
          'Could you help me write a short thank-you post for my donors? Something for Facebook, since that is where most of them live.',
        ],
        [
          'a',
          "'26.2 miles, 4:52:17, and $8,350 for Dana-Farber — thanks to all of you. I ran for my mom, and you carried me. Thank you, from the bottom of my very sore legs.'",
        ],
        ['u', 'Lovely. I will add a photo from the finish line.'],
        ['a', 'Perfect.'],
        [
          'u',
          'And Liam told me after the race that he is proud of me, which at twenty-four he does not say lightly.',
        ],
        ['a', 'That must have meant a lot.'],
      ],
    },
    {
      start: '2026-05-23 20:00',
      lines: [
        [
          'u',
          "School is winding down: AP exams are done and the department's budget for next year is finally submitted, which is the least glamorous victory I have ever had.",
        ],
        ['a', 'Unglamorous, but very satisfying.'],
        [
          'u',
          "Mark and I are going to Ireland in July, for two weeks. My grandmother came from County Cork, and I've always wanted to find her village. Could you help me sketch an itinerary from Dublin down to Cork and over to Galway?",
        ],
        [
          'a',
          'Dublin (3 nights) → Kilkenny (1) → Kinsale or Cork (4, with a day to search for the village) → Killarney and the Ring of Kerry (2) → Galway and Connemara (3), fly out of Dublin or Shannon.',
        ],
        [
          'u',
          'I love the idea of a few nights in Kinsale. We will rent a car, though driving on the left terrifies me — Mark has volunteered.',
        ],
        ['a', 'An automatic car helps a lot when driving on the left.'],
        [
          'u',
          'Biscuit will stay with Maureen in Worcester. She has already bought him a bed, which suggests he may never come home.',
        ],
        ['a', 'He will have a wonderful holiday too.'],
        [
          'u',
          'I am also thinking about what is next running-wise. A fall half marathon, perhaps? Not another full this year — I need my Saturdays back.',
        ],
        ['a', 'The B.A.A. Half Marathon in November would be a nice goal.'],
        ['u', 'The B.A.A. Half in November sounds perfect.'],
        ['a', 'Gives you the summer to enjoy Ireland first.'],
        [
          'u',
          "Claire is getting married in October in Providence, and Mark wants my help with his toast. He's lovely, but he writes like an architect — all structure, no adjectives.",
        ],
        ['a', 'Happy to help him soften it.'],
        [
          'u',
          'Could you give me a few opening lines he could build on? Warm, a little funny, and nothing about her mother beyond a single gracious mention.',
        ],
        [
          'a',
          "1) 'For those who don't know me, I'm the father of the bride, and tonight I'm the luckiest man here.' 2) 'I've built a lot of things in my life, but nothing I'm prouder of than Claire.' 3) 'Claire's mother would have loved this day, and she would have loved this man.'",
        ],
        ['u', "The second one is perfect. He'll cry reading it, which is fine."],
        ['a', 'It is a wedding — crying is expected.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'Remind me what Mark does for a living?', ['mark']],
    ['single-hop', 'Which marathon training plan did I settle on?', ['plan']],
    ['single-hop', 'Where does my sister live again?', ['maureen']],
    ['single-hop', "What's the name of Mark's cat?", ['cat', 'mark-moved']],
    [
      'single-hop',
      "I'd like to bake some homemade treats for Biscuit — is there an ingredient I need to avoid?",
      ['chicken-allergy'],
    ],
    [
      'multi-hop',
      'By how much did I beat the fundraising minimum in the end?',
      ['fundraise-goal', 'fundraise-final'],
    ],
    ['multi-hop', 'Who all lives in my house with me now, counting the animals?', ['biscuit', 'mark-moved']],
    [
      'temporal',
      'When did I run Boston, and what was my finishing time?',
      ['marathon'],
      { askedAt: '2026-06-01 10:00' },
    ],
    ['temporal', 'When was my first date with Mark?', ['mark'], { askedAt: '2026-06-01 10:00' }],
    ['updated', "What's my role at Parkman these days?", ['chair-now'], { stale: ['teacher'] }],
    ['updated', 'Which running shoes am I wearing now?', ['hoka'], { stale: ['brooks'] }],
    [
      'updated',
      'What food is Biscuit on at the moment?',
      ['biscuit-food3'],
      { stale: ['biscuit-food1', 'biscuit-food2'] },
    ],
    ['off-topic', 'How do I reset a GFCI outlet that keeps tripping?', []],
    ['off-topic', "What's the best way to set up a VPN on my home router?", []],
    ['off-topic', 'How can I remove rust from old garden tools?', []],
  ],
});

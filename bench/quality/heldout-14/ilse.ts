import { definePersona } from '../author.ts';

export const ilse = definePersona({
  user_id: 'h14-ilse',
  name: 'Ilse',
  summary:
    'Ilse is a 38-year-old Dutch veterinarian in Utrecht who rides horses and is vegetarian. She writes long, careful, well-structured messages, often explaining her reasoning and thanking the assistant.',
  language: 'en',
  sessions: [
    {
      start: '2024-01-14 20:00',
      lines: [
        [
          'u',
          "Good evening. I would like some help with a slightly delicate email, if you don't mind. I work as a small-animal vet at Dierenkliniek Oudwijk here in Utrecht, four days a week, and our practice manager has put me on three Saturday shifts in a row in February without asking. I want to raise it without sounding difficult.",
          'i_job1',
        ],
        [
          'a',
          'Of course. Would you like to propose an alternative, or simply ask for the schedule to be reviewed?',
        ],
        [
          'u',
          'I think proposing an alternative is more constructive. I could do the first and third Saturday, and a colleague, Ruben, has already said he would swap the second one with me. So really I only need the manager to approve the swap and to agree that this will not happen again without consultation.',
        ],
        [
          'a',
          "Draft: 'Dear Sanne, I noticed I am scheduled for three consecutive Saturdays in February. Ruben has kindly offered to take 17 February in exchange for one of his weekdays. Could you approve this swap? For future rosters, I would appreciate being consulted before consecutive weekend shifts are planned. Kind regards, Ilse'",
        ],
        [
          'u',
          "That is very good, thank you. Perhaps 'I would appreciate' is slightly too stiff; Sanne and I are on friendly terms. Could you make it warmer without losing the point?",
        ],
        [
          'a',
          "Sure: 'For the next rosters, could we check in before planning consecutive weekends? It really helps me plan.'",
        ],
        [
          'u',
          'Perfect, that is exactly the tone I wanted. I will send it tomorrow morning rather than tonight, because emails sent at nine in the evening always seem more emotional than they are.',
        ],
        ['a', 'Wise approach.'],
        [
          'u',
          'The Saturday problem matters to me partly because Saturday mornings are one of my two riding days. I lease a mare called Saffier at a stable in Maarssen, on Wednesday evenings and Saturday mornings. She belongs to an older lady who cannot ride much any more, so the arrangement suits us both.',
          'i_horse1',
        ],
        ['a', 'That sounds like a lovely arrangement. What kind of horse is Saffier?'],
        [
          'u',
          'She is a Friesian cross, quite sensitive, very sweet on the ground but she has opinions under saddle. We are working on dressage basics, mostly getting her to accept a steady contact. Progress is slow but real.',
        ],
        ['a', 'Sensitive horses often become wonderful partners once they trust the contact.'],
        [
          'u',
          'I hope so. At home the animals are far less demanding. We have two cats, Mochi and Pim, who mainly sleep on the radiator covers and judge us.',
          'i_cats',
        ],
        ['a', 'Ha, typical cats. Are they rescue cats?'],
        [
          'u',
          "Mochi came from a client whose cat had an unplanned litter, and Pim was a stray who was brought in to the clinic with an abscess. Nobody claimed him, so in a sense I am the stereotypical vet who takes everything home. My partner Joost jokes that we are lucky I don't work at a zoo.",
        ],
        ['a', 'A very common vet story!'],
        [
          'u',
          'One more small thing while I think of it: Pim has started drinking much more water than usual. He is eleven. As a vet I know exactly what that could mean, which is precisely why I keep postponing the blood test; I would rather not know. Is that irrational?',
        ],
        ['a', 'Very human. But early testing for kidney disease or hyperthyroidism gives you more options.'],
        [
          'u',
          'You are right, of course. I will take a sample from him at the clinic next week; he will be furious with me for at least a day.',
        ],
        ['a', 'Worth a day of feline fury.'],
        [
          'u',
          'Thank you for the help with the email. I will probably come back later this week with some other questions.',
        ],
        ['a', 'Anytime.'],
      ],
    },
    {
      start: '2024-02-04 15:30',
      lines: [
        [
          'u',
          "Hello again. We are hosting a small dinner on Saturday for six people, including Joost's colleagues from school. I have been vegetarian for about twelve years, so the meal will be vegetarian, but I want something that feels festive enough that nobody misses the meat.",
        ],
        [
          'a',
          'Happy to help. Options for a main course: 1) Mushroom and chestnut Wellington with a red wine gravy. 2) A roasted aubergine and lentil moussaka. 3) A butternut squash risotto with sage and crispy shallots.',
        ],
        [
          'u',
          'I think the Wellington is the most impressive, and it can be prepared in the morning and baked just before the guests arrive, which suits me. The risotto would tie me to the stove all evening. So the first option, please.',
          'i_menu_pick',
        ],
        ['a', 'Great choice. Would you like a full recipe and a timetable?'],
        [
          'u',
          'Yes, please, a recipe for six and a rough timetable. I should mention that one guest is allergic to tree nuts, so the chestnuts are fine, I think, but please check whether I should avoid anything else in a standard recipe.',
        ],
        [
          'a',
          'Chestnuts are botanically tree nuts but are usually tolerated by people with tree nut allergies; still, check with your guest. Avoid walnuts or pecans, which some recipes add, and check the puff pastry label.',
        ],
        [
          'u',
          'That is a good point, I will message her today and ask specifically about chestnuts, because I would much rather ask an awkward question than spend the evening worrying.',
        ],
        ['a', 'Very sensible.'],
        [
          'u',
          'For dessert I was thinking of a simple pear tarte tatin. Joost is in charge of the wine, since he teaches physics at a secondary school and is convinced that everything, including wine pairing, can be approached experimentally.',
          'i_joost',
        ],
        ['a', 'A tarte tatin with a dessert wine or a cider would be lovely.'],
        [
          'u',
          'I will pass on the cider suggestion; he will probably test three options beforehand anyway. Could you also give me a short shopping list grouped by shop section? I do my shopping on Friday evenings at the market on the Vredenburg if I can, and the supermarket for the rest.',
        ],
        [
          'a',
          'Produce: mushrooms, shallots, garlic, thyme, pears, lemons. Bakery/chilled: puff pastry, butter, eggs. Dry: cooked chestnuts, lentils, stock cubes, sugar. Wine for the gravy.',
        ],
        [
          'u',
          'And a question about timing: if the guests arrive at seven, when should the Wellington go into the oven, and can it rest while we have the starters?',
        ],
        [
          'a',
          'Bake at 200 °C for about 40 minutes, so put it in at 18:50 if you want to serve at 19:45; it can rest 10 minutes while you clear the starters.',
        ],
        [
          'u',
          "That fits nicely. For a starter I will keep it simple: a beetroot and goat's cheese salad, which I can plate in advance.",
        ],
        ['a', 'Perfect, colourful and easy.'],
        ['u', 'Wonderful, thank you. This has taken a weight off my mind.'],
        ['a', 'Enjoy the dinner!'],
      ],
    },
    {
      start: '2024-02-27 19:10',
      lines: [
        [
          'u',
          'Good evening. A less practical question today. I sing alto in a community choir in Utrecht that rehearses on Tuesday evenings, and our director has asked each of us to write a short paragraph about a piece that means something to us, for the concert programme. I find that surprisingly difficult.',
          'i_tuesday1',
        ],
        ['a', 'That can be hard. Which piece are you thinking of?'],
        [
          'u',
          "Probably Fauré's Requiem, which we are performing in May. My grandmother used to listen to it on Sunday afternoons, and I associate it with her kitchen, which smelled of coffee and apple cake. I don't want the paragraph to be too sentimental, though.",
        ],
        [
          'a',
          "Draft: 'I first heard Fauré's Requiem in my grandmother's kitchen on Sunday afternoons. Singing it now, I hear less of the grief the title suggests and more of its calm: a piece that consoles rather than mourns.'",
        ],
        [
          'u',
          'That is lovely and restrained, which is exactly what I was hoping for. May I change "consoles rather than mourns" to "comforts rather than mourns"? Consoles feels slightly formal to me in English.',
        ],
        ['a', 'Of course, that works well.'],
        [
          'u',
          'Thank you. On an unrelated note, my sister Marieke called this evening. She is a midwife in Groningen and has just been offered a position as a team leader, which she is unsure about because she loves the actual deliveries and fears she will end up doing rosters all day.',
          'i_sister',
        ],
        ['a', 'A common dilemma. Does the role include clinical hours?'],
        [
          'u',
          'Apparently about half clinical and half management. I told her that half clinical sounds like a reasonable compromise, but I also recognise that I am projecting a little, because I have been thinking about my own work lately.',
        ],
        ['a', 'What have you been thinking about?'],
        [
          'u',
          'Mostly that I enjoy the horse side of my life far more than the cats-and-dogs side of my work. I am not ready to say more yet; I need to think about it properly before I say it aloud, even to a chatbot.',
        ],
        ['a', "That's fair. I'm here when you want to think it through."],
        [
          'u',
          'Actually, one more thing about the concert: each singer is supposed to sell ten tickets, which I find awkward. Do you have a friendly way of phrasing a message to colleagues?',
        ],
        [
          'a',
          "Draft: 'Our choir is performing Fauré's Requiem in May. Tickets are 15 euros; let me know if you would like one!'",
        ],
        ['u', 'Simple and not pushy, thank you. I will put it in the clinic group chat.'],
        ['a', 'Good luck selling them.'],
        ['u', 'Thank you, that is kind. Good night.'],
        ['a', 'Good night.'],
      ],
    },
    {
      start: '2024-03-20 21:00',
      lines: [
        [
          'u',
          'Right, I am ready to think it through. I have been working in small-animal practice at Oudwijk for seven years now. I like my colleagues and clients, but I feel more alive on Saturday mornings with Saffier than during any consultation. I am considering applying for a position in equine practice.',
          'i_job2',
        ],
        ['a', 'That sounds like a meaningful realisation. Do you have equine experience beyond riding?'],
        [
          'u',
          'I did my final-year rotation in equine medicine in Utrecht, and I have kept up with some continuing education, but I have not practised it professionally. There is a vacancy at an equine practice in Houten that explicitly says they will train a vet with small-animal experience.',
        ],
        ['a', 'That is a good opening. Would you like help with a motivation letter?'],
        [
          'u',
          'Yes, please. I would like it to be honest about the fact that I am changing direction, rather than pretending I have more equine experience than I do. I think honesty will come across better than overselling.',
        ],
        [
          'a',
          "Draft opening: 'After seven years in small-animal practice, I am applying to your team to return to the field that first drew me to veterinary medicine: equine care...'",
        ],
        [
          'u',
          'Good. Could you add a sentence about my riding, and that I still ride Saffier twice a week, because it shows I am comfortable and safe around horses on a daily basis, which matters in ambulatory work.',
          'i_horse2',
        ],
        [
          'a',
          "Added: 'I ride twice a week and handle horses regularly, so I am at ease with them in the field.'",
        ],
        [
          'u',
          'Thank you. I will read it again tomorrow with fresh eyes. Joost thinks I should have done this years ago, which is supportive but slightly irritating.',
        ],
        ['a', 'Supportive and slightly irritating is a classic partner combination.'],
        [
          'u',
          'Exactly. One more small thing: it is pollen season again and my hay fever is terrible this year. I am also somewhat allergic to hay dust, which is rather ironic for someone who wants to work with horses. Is there anything beyond antihistamines that actually helps?',
          'i_allergy',
        ],
        [
          'a',
          'Saline nasal rinses, a steroid nasal spray started before peak season, wraparound sunglasses outdoors, and wearing an FFP2 mask when handling hay.',
        ],
        [
          'u',
          'Also, a practical question: my bicycle lights were stolen again outside Utrecht Centraal. Is there a type of bike light that is hard to steal, or should I simply accept it as a tax on living here?',
        ],
        [
          'a',
          'Options: dynamo lights bolted to the frame, lights fixed with security screws, or small removable ones you always take with you.',
        ],
        [
          'u',
          'The dynamo lights sound like the most durable solution; I will ask the bike shop to fit them next week.',
        ],
        ['a', 'Sensible.'],
        ['u', 'The mask suggestion is sensible; I will buy some for the stable. Thank you.'],
        ['a', 'Good luck with the letter.'],
      ],
    },
    {
      start: '2024-04-14 16:00',
      lines: [
        [
          'u',
          'I had the interview in Houten on Friday. It went well, I think. They asked a lot about how I handle stress in emergency situations, and I told them about a gastric dilatation case in a dog at three in the morning, which seemed to reassure them.',
        ],
        ['a', 'That sounds promising. When will you hear back?'],
        [
          'u',
          'Within three weeks, they said. In the meantime I am trying not to think about it, which of course means I think about it constantly. So, as a distraction, could you help me plan our summer holiday? Joost and I have two weeks in August.',
        ],
        [
          'a',
          'Options: 1) Hiking in the Dolomites, staying in mountain huts. 2) A slow road trip along the Portuguese Alentejo coast. 3) The Scottish Highlands and Isle of Skye, with walking and a few nights in small guesthouses.',
        ],
        [
          'u',
          'The Dolomites are tempting, but August will be crowded and hot, and neither of us handles heat well. Scotland appeals to both of us: cooler weather, walking, and Joost has wanted to see Skye for years. Let us go with the Scotland option.',
          'i_holiday_pick',
        ],
        ['a', 'Lovely choice. Would you like a rough route?'],
        [
          'u',
          'Yes, please. We would probably fly from Schiphol to Edinburgh and rent a car. I am slightly nervous about driving on the left, so I would prefer not to do very long driving days.',
        ],
        [
          'a',
          'Route: Edinburgh (2 nights), Pitlochry (2), Glencoe (2), Skye (4), back via Inverness (2), then Edinburgh. Driving days of 2-3 hours.',
        ],
        [
          'u',
          'That looks manageable. I would like to add one vegetarian-friendly restaurant suggestion per stop eventually, but I can research that myself later.',
        ],
        ['a', 'Happy to help with that when you are ready.'],
        [
          'u',
          'The cats will need someone, of course. Our neighbour Fenna, who is a retired biology teacher, has offered to come in twice a day; she adores Pim in particular.',
          'i_catsitter',
        ],
        ['a', 'Perfect, a neighbour who loves them is ideal.'],
        [
          'u',
          'Joost has asked whether we could include a distillery visit, although he barely drinks whisky. I suspect he mainly wants to see the copper stills, for physics reasons.',
        ],
        ['a', 'The Talisker distillery on Skye offers tours and fits your route well.'],
        ['u', 'Ideal. He will be happy, and I can drive us back afterwards.'],
        ['a', 'Perfect arrangement.'],
        [
          'u',
          'Yes, she is wonderful. I will bake her something as a thank you. Thank you for the holiday help.',
        ],
        ['a', 'Enjoy the planning.'],
      ],
    },
    {
      start: '2024-05-12 10:30',
      lines: [
        [
          'u',
          'I have news: they offered me the job, and I have accepted. From 3 June I will be working as an equine vet at Paardenpraktijk Houten, mostly ambulatory work, visiting stables in the region.',
          'i_job_change',
        ],
        ['a', 'Congratulations, that is wonderful news!'],
        [
          'u',
          'Thank you. I am delighted and terrified in roughly equal measure. Now I need to write a resignation letter to Oudwijk, which feels strange after seven years. Could you help me write something warm but clear?',
        ],
        [
          'a',
          "Draft: 'Dear Sanne and colleagues, after seven happy years I have decided to take a new step in my career, and I am resigning with effect from 31 May...'",
        ],
        [
          'u',
          'That is good. Please add a line thanking them for the support during my first years, when I was very new and very anxious, because that was genuinely important to me.',
        ],
        [
          'a',
          "Added: 'I am especially grateful for your patience and support during my first years, when I was still finding my feet.'",
        ],
        [
          'u',
          'Thank you. I will also need a car for the new job; they provide a practice car, which is a relief, because our own car is a twelve-year-old Polo that would not survive farm tracks.',
        ],
        ['a', 'A practice car makes sense for ambulatory work.'],
        [
          'u',
          'The choir concert is this coming Saturday, by the way. We had our final rehearsal on Tuesday and the Fauré is finally sounding like music rather than a collection of notes.',
          'i_tuesday2',
        ],
        ['a', 'Good luck with the concert!'],
        [
          'u',
          'I have also been wondering about my clients. Is it appropriate to tell long-term clients myself that I am leaving, or should that come from the practice?',
        ],
        [
          'a',
          'Usually the practice announces it, but telling clients whose animals you have followed for years is often appreciated, if you coordinate with the manager.',
        ],
        [
          'u',
          'That matches my instinct. I will ask Sanne whether she minds me telling a handful of clients personally, especially the elderly gentleman with the diabetic cat I have treated for five years.',
        ],
        ['a', "That's thoughtful."],
        ['u', 'Thank you. It feels like a month of endings and beginnings.'],
        ['a', 'It does. Enjoy both.'],
      ],
    },
    {
      start: '2024-06-16 19:45',
      lines: [
        [
          'u',
          "I have now been at the equine practice in Houten for two weeks, and I wanted to tell someone who won't immediately ask whether I regret it. I don't. Yesterday I did three lameness examinations and a dental, and came home tired in a way that felt satisfying.",
          'i_job_start',
        ],
        ['a', 'That sounds like a great start!'],
        [
          'u',
          'There is a lot to learn, especially in ultrasound, and my colleague Thijs is patient with me. I am keeping a notebook of every case, which I review in the evening.',
        ],
        ['a', 'A case notebook is a great learning tool.'],
        [
          'u',
          "Less happy news: Saffier's owner has decided to sell her, so my lease ends at the end of June. I understand her decision, but it makes me sad. I have been riding Saffier for nearly three years.",
          'i_horse3',
        ],
        ['a', "I'm sorry, that's a real loss. Are you thinking of leasing another horse, or buying?"],
        [
          'u',
          'Joost and I have discussed it, and for the first time it feels financially possible to buy a horse of my own, now that I earn a little more. I am looking at geldings of around ten years old, sensible, with some dressage training, not too big.',
        ],
        ['a', 'That sounds like a sensible brief. What budget?'],
        [
          'u',
          'Up to about twelve thousand euros, plus the monthly livery, which at my current stable in Maarssen is around three hundred and fifty euros for full livery.',
        ],
        ['a', 'Make sure to budget for a pre-purchase exam, saddle fitting and insurance too.'],
        [
          'u',
          'Yes, I will ask a colleague to do the pre-purchase examination, since I should not examine a horse I might buy myself; I would not be objective.',
        ],
        ['a', 'Very wise.'],
        [
          'u',
          'The days are also longer than I am used to; yesterday I left home at seven and came back at eight in the evening. I have started preparing lunches the evening before, mostly grain salads, because petrol station sandwiches are grim for vegetarians.',
        ],
        ['a', 'Grain salads travel well. Would you like a few combinations?'],
        ['u', 'Yes, please, three that keep for a day in a cool bag.'],
        [
          'a',
          '1) Farro, roasted peppers, feta and basil. 2) Couscous, chickpeas, cucumber, mint and lemon. 3) Quinoa, black beans, corn and lime, with avocado added fresh.',
        ],
        ['u', 'Thank you for listening. Next time I will hopefully have a horse to tell you about.'],
        ['a', 'Fingers crossed.'],
      ],
    },
    {
      start: '2024-07-07 12:15',
      lines: [
        [
          'u',
          'I have bought a horse! His name is Dorus, a bay KWPN gelding, very calm and a bit lazy, which is exactly what I want after a long day at work. The pre-purchase examination was clean, and we agreed on eleven thousand five hundred euros.',
          'i_dorus_buy',
        ],
        ['a', 'Congratulations! Dorus sounds lovely.'],
        [
          'u',
          'He moves into the stable in Maarssen next Saturday, into the box next to where Saffier used to be, which feels fitting. Could you help me make a list of what I need to buy for him? I have some equipment from years ago but not nearly enough.',
        ],
        [
          'a',
          'Essentials: headcollar and lead rope, grooming kit, fly rug and fly spray, a turnout rug for autumn, a fitted saddle and bridle, saddle pads, boots or bandages, hoof pick, and a first aid kit.',
        ],
        [
          'u',
          'I already have a decent first aid kit, as you can imagine. The saddle is the big question; I will book a saddle fitter rather than guess.',
        ],
        ['a', 'A good fitter is worth it.'],
        [
          'u',
          'I also want to insure him. Is it better to insure for veterinary costs or only for mortality and theft?',
        ],
        [
          'a',
          'Mortality and theft is cheaper; veterinary cover is more expensive but protects you from big colic surgery bills. Many owners choose a combination with a high excess.',
        ],
        [
          'u',
          'I will do a combination with a high excess, I think. As a vet, I know exactly how expensive colic surgery is, and I would rather not have to make that decision on financial grounds.',
        ],
        ['a', 'Very sensible.'],
        [
          'u',
          'Joost asked how much time the horse will take each week. I estimated about ten hours, including the drive to the stable, which he found rather a lot. Do you think that is realistic?',
        ],
        [
          'a',
          'For a horse on full livery, riding four or five times a week plus travel, ten hours is realistic.',
        ],
        ['u', 'Thank you, I will show him your answer as independent confirmation.'],
        ['a', 'Happy to be the neutral party.'],
        [
          'u',
          'Thank you. I am so happy I could cry, though I will restrain myself until he is actually in his box.',
        ],
        ['a', 'Enjoy every moment.'],
      ],
    },
    {
      start: '2024-08-13 21:30',
      lines: [
        [
          'u',
          'Hello from the Isle of Skye. We have four nights here, in a small guesthouse near Portree, and the weather has been changeable in the most dramatic way: sunshine, rain, and rainbows within an hour.',
          'i_scotland_trip',
        ],
        ['a', 'That sounds magical. How has the driving gone?'],
        [
          'u',
          'Much better than I feared. Joost navigates and I drive, and the single-track roads are actually less stressful than Dutch motorways because everyone is so courteous with the passing places.',
        ],
        ['a', 'The passing-place etiquette on Skye is famously polite.'],
        [
          'u',
          'Could you suggest a walk for tomorrow of about three to four hours that is not too exposed? Joost is not fond of heights, although he will not admit it.',
        ],
        [
          'a',
          'The Quiraing loop is stunning but has some exposed sections; the Fairy Pools walk in Glen Brittle is gentler, about two hours, and could be extended towards the Cuillin foothills.',
        ],
        [
          'u',
          'The Fairy Pools with an extension sounds ideal. Thank you. Fenna has sent us photographs of the cats every day; Pim is apparently sleeping on her lap during every visit.',
        ],
        ['a', 'Lovely to have updates.'],
        [
          'u',
          'And my stable friend Lotte is riding Dorus a few times while I am away, so he does not become even lazier than he already is.',
          'i_horse_s9',
        ],
        ['a', 'Good plan.'],
        [
          'u',
          'Vegetarian food here is much better than I expected. Last night I had a haggis made with lentils and oats, which sounds like a contradiction but was very good.',
        ],
        ['a', 'Vegetarian haggis is surprisingly popular in Scotland.'],
        [
          'u',
          'Could you also suggest what kind of place to look for in Inverness for our two nights there? We arrive on Thursday evening and will be tired.',
        ],
        [
          'a',
          "I can't check current openings, but Inverness has several vegetarian-friendly cafés and pubs along the river; booking ahead on a Thursday is wise.",
        ],
        ['u', 'I will book something near the river then. Thank you.'],
        ['a', 'Enjoy the rest of the trip.'],
        ['u', 'I will try to bring the recipe home. Good night from Skye.'],
        ['a', 'Good night.'],
      ],
    },
    {
      start: '2024-09-08 18:00',
      lines: [
        [
          'u',
          'We have been home from Scotland for a few weeks now and I have realised that I need to reorganise my evenings. With the new job I often finish late, and my Tuesday choir rehearsals started clashing with evening call-outs. So I have left the choir, with some sadness, and instead I have started a pottery course on Tuesday evenings, which begins at eight and is more forgiving of a late arrival.',
          'i_tuesday_change',
        ],
        ['a', 'That sounds like a thoughtful solution. How was the first class?'],
        [
          'u',
          'Humbling. I produced something that the teacher kindly called a bowl. My hands are surprisingly clumsy on the wheel for someone who does fine surgical work.',
        ],
        ['a', 'Centering clay is notoriously tricky at first.'],
        [
          'u',
          "I suspect it is a matter of patience. On another subject, it was Dorus's birthday last week: he turned ten. I made him a carrot cake, which is to say a pile of carrots with some oats on top.",
          'i_dorus_age',
        ],
        ['a', 'Happy birthday, Dorus!'],
        [
          'u',
          'Lotte took a photo of him with the carrot cake, and he looks profoundly unimpressed, which is his usual expression.',
        ],
        ['a', 'Ha, sounds like a character.'],
        [
          'u',
          'I would like to start some proper dressage lessons with him. There is an instructor at the stable, but she is expensive. Do you think one lesson every two weeks is enough to make progress, if I ride four times a week in between?',
        ],
        [
          'a',
          'Yes, fortnightly lessons with focused homework can work well, especially if you record your rides.',
        ],
        [
          'u',
          'Good idea about recording; Joost can film me, which he will certainly approach with scientific enthusiasm.',
        ],
        ['a', 'Ha.'],
        [
          'u',
          'Joost has also started cycling to school on a new e-bike, which has made him unbearably enthusiastic about gear ratios. I need a birthday present for him in October, and I wonder whether bicycle accessories would be too predictable.',
        ],
        [
          'a',
          'Options: 1) Good waterproof panniers. 2) Tickets to a science show. 3) A weekend away in the Belgian Ardennes.',
        ],
        [
          'u',
          'A weekend away would be lovely, but I cannot easily arrange cover at work at short notice; I will take the panniers, with a nice card and a dinner out.',
          'i_gift_pick',
        ],
        ['a', 'A thoughtful combination.'],
        ['u', 'Thank you. I will let you know how the lessons go.'],
        ['a', 'Please do.'],
      ],
    },
    {
      start: '2024-09-29 20:20',
      lines: [
        [
          'u',
          'I would like some help preparing a short talk. The equine practice in Houten holds monthly client evenings, and I have been asked to speak for twenty minutes about recognising early signs of colic. It is my first presentation there, so I want it to be clear and not too technical.',
          'i_job_restate',
        ],
        [
          'a',
          'Great topic. A possible structure: 1) Why early recognition matters. 2) Normal vital signs and gut sounds. 3) Early signs: pawing, looking at flanks, reduced droppings. 4) What to do while waiting for the vet. 5) Prevention.',
        ],
        [
          'u',
          'That structure is excellent. I would like to add a short practical demonstration on how to take a pulse and respiration rate, because owners remember what they do much better than what they hear.',
        ],
        ['a', 'Good idea. You could use a calm horse as a model.'],
        [
          'u',
          'I will bring Dorus, since he is calm to the point of being sleepy, and he is probably the only horse in Utrecht province who would tolerate thirty strangers touching his neck.',
          'i_horse_restate',
        ],
        ['a', 'A perfect demonstration horse.'],
        [
          'u',
          'Could you also help me with a one-page handout with normal values for adult horses? Heart rate, respiration, temperature, and capillary refill time.',
        ],
        [
          'a',
          'Adult horse: heart rate 28-44 bpm, respiration 8-16 per minute, temperature 37.2-38.3 °C, capillary refill under 2 seconds, gut sounds on both sides.',
        ],
        [
          'u',
          'Thank you. I will check those against our practice guidelines, but they match what I remember.',
        ],
        ['a', 'Good practice.'],
        [
          'u',
          'Also, a small personal note: Marieke accepted the team leader job in the end, and she says she still delivers babies every week, so it was the right choice.',
        ],
        ['a', 'That is great to hear.'],
        [
          'u',
          'Could you also suggest a way to end the talk that encourages questions? Dutch audiences are often reluctant to speak first.',
        ],
        [
          'a',
          'End with a short quiz: show three short videos of horses and ask which one shows early signs of colic.',
        ],
        [
          'u',
          "That is clever; it turns silence into participation. I will film a few examples at work, with the owners' permission.",
        ],
        ['a', 'Great idea.'],
        ['u', 'Yes, I am proud of her. Thank you for the help with the talk.'],
        ['a', 'Good luck!'],
      ],
    },
    {
      start: '2024-10-27 11:00',
      lines: [
        [
          'u',
          "Good morning. A small update and then a question. The pottery course on Tuesdays is going much better; I have made three bowls that are actually round, and one of them is now Mochi's water bowl, which she has accepted after a week of suspicion.",
          'i_tuesday_restate',
        ],
        ['a', 'That is real progress!'],
        [
          'u',
          "My question: the clocks went back last night, and I want to adjust the cats' feeding time gradually, because Pim becomes very vocal at five in the morning. What would you suggest?",
        ],
        [
          'a',
          'Shift their breakfast by 10-15 minutes every couple of days until it matches the new time, and avoid responding to early meowing.',
        ],
        [
          'u',
          'Ignoring Pim is the difficult part; he is very persistent and he knows exactly which door to scratch. I will try an automatic feeder for the early meal, so that he learns to bother the machine rather than me.',
        ],
        ['a', 'An automatic feeder is a great solution.'],
        [
          'u',
          'Could you recommend what to look for in one? I would prefer something that is easy to clean and not too loud, because the motor noise might wake us anyway.',
        ],
        [
          'a',
          'Look for a dishwasher-safe bowl, a quiet motor, a battery backup, and a lid that is hard for a clever cat to open.',
        ],
        ['u', 'The lid point is important; Pim once opened a kitchen cupboard by himself. Thank you.'],
        ['a', 'Ha, he sounds talented.'],
        [
          'u',
          'He is talented in all the wrong areas. Autumn has also arrived at the stable, so the turnout rugs are out and the fields are muddy. I am very glad I bought the good boots.',
        ],
        ['a', 'Mud season is here.'],
        [
          'u',
          'Lastly, Joost and I are considering going to my parents in Zwolle for Christmas this year, rather than having them here. Which vegetarian dish could I bring that travels well?',
        ],
        ['a', 'A mushroom and lentil pie, a baked pasta, or a stuffed squash would all travel well.'],
        [
          'u',
          'The lentil pie, I think; it reheats well and my father claims it is the only vegetarian thing he likes.',
        ],
        ['a', 'Perfect choice.'],
        ['u', 'Thank you for the advice, as always. Have a good Sunday.'],
        ['a', 'You too.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What are my two cats called?', ['i_cats']],
    ['single-hop', 'Which main dish did I decide to make for the dinner party?', ['i_menu_pick']],
    ['single-hop', 'What subject does my partner teach?', ['i_joost']],
    ['single-hop', 'What does my sister do for work, and where?', ['i_sister']],
    ['single-hop', 'What am I allergic to besides pollen?', ['i_allergy']],
    [
      'multi-hop',
      'Where did we decide to go for our summer trip, and who was going to look after the cats while we were away?',
      ['i_holiday_pick', 'i_catsitter'],
    ],
    ['multi-hop', 'How old is my horse, and what did I pay for him?', ['i_dorus_buy', 'i_dorus_age']],
    ['temporal', 'How long ago did I buy my own horse?', ['i_dorus_buy'], { askedAt: '2024-11-10 10:00' }],
    [
      'temporal',
      'Which came first: starting my current job or our trip to Scotland?',
      ['i_job_start', 'i_scotland_trip'],
      { askedAt: '2024-11-10 10:05' },
    ],
    [
      'updated',
      'Where am I working at the moment?',
      ['i_job_change', 'i_job_start', 'i_job_restate'],
      { stale: ['i_job1', 'i_job2'] },
    ],
    [
      'updated',
      'Which horse do I ride these days?',
      ['i_dorus_buy', 'i_horse_s9', 'i_dorus_age', 'i_horse_restate'],
      { stale: ['i_horse1', 'i_job2', 'i_horse2', 'i_horse3'] },
    ],
    [
      'updated',
      'What do I do on Tuesday evenings now?',
      ['i_tuesday_change', 'i_tuesday_restate'],
      { stale: ['i_tuesday1', 'i_tuesday2'] },
    ],
    ['off-topic', 'How do I stop my computer mouse pointer from drifting on its own?', []],
    ['off-topic', 'What is the best way to descale a kettle?', []],
    ['off-topic', 'How do I calculate the area of a circle?', []],
  ],
});

import { definePersona } from '../author.ts';

export const horatio = definePersona({
  user_id: 'h16-horatio',
  name: 'Horatio',
  summary:
    'Horatio is a 58-year-old Scottish antiques dealer in Edinburgh, married to a cellist, who collects clocks and sails a small dinghy on the Forth. He writes long, florid, self-mocking messages full of old-fashioned turns of phrase.',
  language: 'en',
  sessions: [
    {
      start: '2025-02-08 10:15',
      lines: [
        [
          'u',
          'Good morning. I find myself in want of a few well-turned sentences for a Georgian mahogany tea caddy that has sat in my window for a fortnight, sulking, unsold and unloved.',
        ],
        ['a', 'Happy to help. What can you tell me about it — date, size, condition, any nice details?'],
        [
          'u',
          'Circa 1790, eleven inches across, boxwood stringing, two lidded compartments inside, one still with its original lead lining. A hairline split to the base which no reasonable soul would lose sleep over.',
        ],
        [
          'a',
          "Here's a first go: 'A fine George III mahogany tea caddy, c.1790, with boxwood stringing and twin lidded compartments, one retaining its original lead liner. Minor age-related split to the base.' Warmer or more formal?",
        ],
        [
          'u',
          'Warmer, I think, but not gushing. The folk who drift into my wee shop on Thistle Street are mostly retired advocates and American tourists, and neither tribe responds well to exclamation marks.',
          'shop',
        ],
        [
          'a',
          "Try this: 'A handsome George III tea caddy, c.1790, with delicate boxwood stringing. It has kept someone's Darjeeling dry for two centuries and would happily do so again.'",
        ],
        [
          'u',
          "Oh, that's rather charming. I shall steal it wholesale and claim it as my own, as is the ancient custom of my trade.",
        ],
        ['a', "It's yours. Anything else for the listing?"],
        [
          'u',
          "Not for the caddy. A lament, rather: the old Volvo 240 estate refused to start again this morning, the third time this month. She's thirty-one years old, the poor dear, so I can hardly hold it against her.",
          'car-old1',
        ],
        [
          'a',
          'Cold snaps are hard on old batteries. Worth getting the battery and alternator tested before it strands you somewhere.',
        ],
        [
          'u',
          'Fergus said precisely that over breakfast, and Fergus knows roughly as much about engines as I know about the internal politics of the Vatican.',
        ],
        ['a', 'Fergus sounds sensible, at least on batteries. Who is he?'],
        [
          'u',
          "Forgive me, I forget you don't know the cast. Fergus is my husband — twenty-two years together, nine of them properly married — and he plays cello with the Scottish Chamber Orchestra, so our house is perpetually full of Bach suites and rosin dust.",
          'husband',
        ],
        ['a', 'That sounds like a lovely household, rosin dust and all.'],
        [
          'u',
          "It is, mostly. The other thing gnawing at my conscience is the boat. My little Wayfarer is wintering up on the hard at Port Edgar and I've not so much as lifted her cover since October.",
          'moor-old1',
        ],
        [
          'a',
          'Winter neglect is practically traditional. A spring check of the hull, rigging and fittings before relaunch will set you right.',
        ],
        [
          'u',
          'Quite so. When the evenings stretch out a little I shall go down with a tin of varnish, a stiff brush and a flask of something fortifying.',
        ],
        ['a', 'Sounds like the right order of priorities.'],
        [
          'u',
          "Thank you, you've been a model of patience. Now I must go and coax the Volvo with kind words and jump leads.",
        ],
        ['a', 'Good luck — I hope she starts.'],
      ],
    },
    {
      start: '2025-02-21 19:40',
      lines: [
        [
          'u',
          'Evening. I must confess a thing, as one does to a priest or a bartender: I own thirty-eight clocks. Fergus counted them on Sunday and went quite pale.',
        ],
        ['a', "That's a proper collection! Any favourites?"],
        [
          'u',
          'The crown of it all is a longcase by Thomas Reid of Edinburgh, about 1785, which stands in our hall like a disapproving butler. Sadly she has started losing twenty minutes a day and the strike has gone sluggish.',
        ],
        [
          'a',
          'Sounds like the movement needs attention — dirty oil, maybe worn pivots. Options: 1) send it to a specialist conservator in York for a full restoration, around six months and costly; 2) have a local restorer strip, clean and re-bush the movement, leaving the case alone; 3) a simple service and oiling now, and see how she behaves.',
        ],
        [
          'u',
          "The second, I think. There's a marvellous old fellow in Leith, Mr Baird, who'll do the movement properly and won't try to 'improve' the case, which is what I dread with the grander workshops.",
          'restore-pick',
        ],
        [
          'a',
          'Sensible — the case is half the value, and a good local man saves transport risk. Want help drafting a note to him?',
        ],
        [
          'u',
          'Please. Something courteous, describing the symptoms, asking for an estimate and when he might collect.',
        ],
        [
          'a',
          'Dear Mr Baird, I have a Thomas Reid longcase clock, c.1785, which is losing around twenty minutes a day, and the strike has become sluggish. I would be grateful for an estimate to clean and overhaul the movement, and to know when you might be able to collect. Kind regards, Horatio',
        ],
        [
          'u',
          "Perfect, though I'd add that the pendulum bob is original and must be handled like a newborn.",
        ],
        [
          'a',
          "Added: 'Please note the pendulum bob is original and should be handled with particular care.'",
        ],
        [
          'u',
          "Capital. He'll have to collect on a Monday, mind, because the shop keeps Tuesday to Saturday hours, ten till half five, and I can't be in two places at once however hard I try.",
          'days-old1',
        ],
        ['a', "I've added a line suggesting a Monday collection."],
        [
          'u',
          'Meanwhile Boswell, our wire-haired dachshund, has taken to barking at the Reid every time it strikes, which at least proves the strike still works.',
          'dog',
        ],
        ['a', 'A free alarm system. How old is Boswell?'],
        ['u', 'Seven, and a tyrant. He is the only member of this household who eats better than I do.'],
        ['a', 'Dachshunds are famously good at that.'],
        [
          'u',
          "They are. Right, I shall send the email and pour myself a modest dram. A Springbank, since you ask, though you didn't.",
        ],
        ['a', 'Enjoy it — sounds well earned.'],
        ['u', 'Goodnight, dear machine.'],
        ['a', 'Goodnight, Horatio.'],
      ],
    },
    {
      start: '2025-03-10 08:50',
      lines: [
        [
          'u',
          'Good morning. A medical bulletin, in the manner of the old royal physicians: my left knee has been grumbling for weeks and I finally submitted myself to a physiotherapist yesterday.',
        ],
        ['a', 'What did they say?'],
        [
          'u',
          "Mild osteoarthritis, she reckons — the knee of a man who has spent forty years kneeling on cold floors inspecting the backs of sideboards. She's given me exercises and told me to stop kneeling, which rather ignores the nature of my trade.",
          'knee',
        ],
        [
          'a',
          'Maybe a good kneeling pad or a low stool for inspections. And do the exercises regularly — they really do help.',
        ],
        ['u', 'A kneeling pad. How very dignified. I shall buy a tartan one at the very least.'],
        ['a', "If you're going to do it, do it with style."],
        [
          'u',
          "Exactly my philosophy of life. Now, the real reason I wrote: there's a clock and watch fair in Bruges in early April and I have a notion to go. Should I fly, or take the train down through London and Brussels?",
        ],
        [
          'a',
          "Flying Edinburgh–Brussels and then the train to Bruges is quickest, about four to five hours. The train via London and the Eurostar takes around ten hours but it's comfortable and much better for carrying purchases home.",
        ],
        [
          'u',
          'The train, then. I intend to come home with things in my luggage that airport security would regard with deep suspicion, such as a brass fusee movement wrapped in a jumper.',
        ],
        ['a', 'Good call. Shall I make a packing list?'],
        ['u', 'Yes, please, bearing in mind I am a man who packs three cravats for a two-night stay.'],
        [
          'a',
          'Essentials: passport, euros, phone charger and adaptor, loupe, tape measure, bubble wrap and soft cloths for purchases, a foldable bag, comfortable shoes for the halls, one cravat per day plus a spare.',
        ],
        [
          'u',
          "Bubble wrap, yes — I'd never have thought of it, which is extraordinary given I own approximately four miles of the stuff.",
        ],
        ['a', "It's always the things lying around that get forgotten."],
        [
          'u',
          "On a brighter note, the lads at Port Edgar tell me they'll crane the Wayfarer back into the water in the second week of May, so the varnish expedition must happen soon.",
          'moor-old2',
        ],
        ['a', 'Plenty of time if you pick a dry weekend in April.'],
        [
          'u',
          'Her name is Persephone, by the way, because she spends half the year in the underworld of the boatyard and the other half bringing me joy.',
          'boat-name',
        ],
        ['a', "That's a perfect name for a boat that winters ashore."],
        ['u', "I've always thought so. Right, to the shop, and to the great kneeling pad question."],
        ['a', 'Have a good day.'],
      ],
    },
    {
      start: '2025-04-14 17:30',
      lines: [
        [
          'u',
          'I have returned from the Bruges fair, footsore, poorer, and entirely content. Got in late on Saturday night.',
          'bruges',
        ],
        ['a', 'Welcome back! How was it?'],
        [
          'u',
          'Glorious. Three halls of clocks, watches and barometers, and a great many Flemish dealers who drive bargains as if they were still defending the city walls.',
        ],
        ['a', 'Did you come home with anything?'],
        [
          'u',
          'A small Comtoise wall clock with a painted enamel dial and a pendulum like a sunflower, and a box of keys and spare pendulums that I bought for the sheer joy of rummaging.',
        ],
        ['a', 'A Comtoise is a lovely choice. Did the jumper-wrapped fusee plan get tested?'],
        ['u', 'No fusees this time. The jumper travelled home with nothing in it but dignity.'],
        ['a', 'Better than a broken movement.'],
        [
          'u',
          'Kirsty, my assistant, held the fort splendidly in my absence. She kept the usual Tuesday to Saturday hours and sold the tea caddy, would you believe, to a gentleman from Ohio.',
          'days-old2',
        ],
        ['a', 'Excellent — the copy worked!'],
        ['u', 'It did. I shall take full credit for your line, as threatened.'],
        ['a', 'As is tradition.'],
        [
          'u',
          "I'd like to thank Kirsty with something nicer than a card. She's twenty-six, studying conservation part-time, and fond of gin. Ideas?",
        ],
        [
          'a',
          'A few: 1) a bottle of good Scottish gin, 2) a conservation handbook she would actually use, 3) a voucher for dinner somewhere nice.',
        ],
        [
          'u',
          'Gin, naturally. Conservation books she can steal off my shelves any day of the week.',
          'kirsty-gift',
        ],
        ['a', 'Good pick. Want a line for the tag?'],
        ['u', 'Go on then. Something wry.'],
        [
          'a',
          "'For holding the fort and selling the unsellable. Drink responsibly, but not too responsibly.'",
        ],
        ['u', 'Ha! Perfect. You have the soul of a shopkeeper.'],
        ['a', 'High praise indeed.'],
      ],
    },
    {
      start: '2025-05-03 11:00',
      lines: [
        [
          'u',
          'Morning. My sister Morag rang from Inverness last night in a state of high excitement: her daughter Isla is getting married on the nineteenth of July.',
        ],
        ['a', 'How lovely! Congratulations to the family.'],
        [
          'u',
          'Thank you. Isla is my only niece, and I was her childhood supplier of unsuitable sweets, so I feel a heavy responsibility regarding the present.',
        ],
        [
          'a',
          'Some ideas: A) an engraved Scottish silver quaich, B) a Victorian brass carriage clock from your own stock, C) a set of Edinburgh Crystal glasses.',
        ],
        [
          'u',
          'Option A. A carriage clock is far too much like bringing my work to the party, and crystal gets broken in the first flat move.',
          'gift-pick',
        ],
        ['a', 'A quaich is perfect for a Scottish wedding. Engrave the names and date?'],
        ['u', 'Names and the date, in a plain script. Isla and Ruairidh, nineteenth of July 2025.'],
        ['a', "Good — aim to order the engraving by early June so there's no rush."],
        ['u', "I'll try Hamilton & Inches, or one of their slightly cheaper cousins on the Royal Mile."],
        ['a', 'Either should manage a simple inscription.'],
        [
          'u',
          'The question of transport vexes me. The Volvo will have to carry us up the A9 and back, which at her age is rather like asking a grand old duchess to run a half marathon.',
          'car-old2',
        ],
        [
          'a',
          "Get her serviced before the trip — coolant, brakes, tyres. Or there's the train to Inverness.",
        ],
        [
          'u',
          'Fergus wants the train. I want to bring Boswell, and Boswell on a train is a diplomatic incident.',
        ],
        ['a', 'Then a thorough service is the wise move.'],
        ['u', 'Booked her in with the garage on Leith Walk for the end of the month.'],
        ['a', 'Good plan.'],
        [
          'u',
          "Meanwhile, what does one wear to a wedding at a castle near Nairn in July? The invitation says 'Highland dress optional', which is a dangerous thing to say to a man like me.",
        ],
        [
          'a',
          'Your kilt, surely — with a Prince Charlie jacket for the formal end or an Argyll for daytime.',
        ],
        [
          'u',
          'The Argyll, with the Hunting Stewart. Fergus will wear a suit and look like a handsome undertaker, as always.',
        ],
        ['a', 'Sounds like a stylish pair.'],
      ],
    },
    {
      start: '2025-05-24 20:10',
      lines: [
        [
          'u',
          "A nautical bulletin: I have done a bold thing and moved Persephone's berth across the Forth to Dalgety Bay Sailing Club. The fees are kinder, the members gentler, and the clubhouse bar pours a more honest measure.",
          'moor-new1',
        ],
        ['a', "Congratulations on the move! How's she sailing?"],
        [
          'u',
          'Sweetly. We had her out on Thursday evening in a gentle westerly, and I came back sunburnt on one side of my face only, like a badly toasted crumpet.',
        ],
        ['a', 'Sunscreen on both sides next time.'],
        [
          'u',
          "Noted. The club runs a Wednesday evening series for the dinghies, and I'm tempted, though I've not raced since roughly 1994.",
        ],
        ['a', 'Evening series are usually relaxed — a good way back in.'],
        ['u', 'I would need crew. Wayfarers are not built for one elderly aesthete.'],
        ['a', 'Ask at the club — most have a crew list.'],
        [
          'u',
          "A good thought. There's a retired GP there called Hamish who seems to be seeking a purpose in life.",
        ],
        ['a', 'Sounds like a promising crew.'],
        [
          'u',
          'Change of subject: do you know a proper Cullen skink? Fergus is making noises about soup in late May, which is heretical, but there we are.',
        ],
        [
          'a',
          'Poach smoked haddock in milk with a bay leaf; soften onion in butter, add diced potato and the strained milk, simmer till soft, flake the fish back in, crush a little potato to thicken, finish with cream and chives.',
        ],
        [
          'u',
          "Finnan haddie, of course, not any of that dyed nonsense. I'll go to the fishmonger in Stockbridge.",
        ],
        ['a', 'Undyed is definitely the way.'],
        ['u', 'How long will it keep in the fridge? I tend to cook as though feeding a regiment.'],
        ['a', 'Two to three days. If freezing, freeze it before adding the cream.'],
        ['u', 'Wise. Boswell will have the fish skin; he considers himself a connoisseur.'],
        ['a', 'Just go easy on the salt for him.'],
        ['u', 'Yes, nanny. Goodnight.'],
        ['a', 'Goodnight!'],
      ],
    },
    {
      start: '2025-06-12 09:30',
      lines: [
        [
          'u',
          'Good morning. A business decision, made over several glasses of claret with Kirsty: from the first of July the shop will open Wednesday to Sunday and close on Mondays and Tuesdays. Sundays are when the tourists wander down from the Castle with money burning holes in their pockets, and Tuesdays are deathly.',
          'days-new1',
        ],
        ['a', 'That makes good sense. Want help with a notice for the window and website?'],
        ['u', 'Please. Short, elegant, not remotely apologetic.'],
        [
          'a',
          "'From 1 July we shall be open Wednesday to Sunday, 10am–5.30pm. Closed Mondays and Tuesdays. We look forward to welcoming you.'",
        ],
        ['u', 'Lovely. Could you do a still shorter version for the wee card by the till?'],
        ['a', "'New hours from 1 July: Wed–Sun, 10–5.30.'"],
        [
          'u',
          "That's the one. Kirsty is delighted; she's always wanted her Tuesdays free for her conservation course.",
        ],
        ['a', 'Everyone wins.'],
        [
          'u',
          'Also, the Reid is back! Mr Baird brought her home on Monday, ticking like a healthy heart, and she now loses barely ten seconds a week.',
        ],
        ['a', 'Wonderful news.'],
        ['u', 'Boswell barked at her for a full minute to re-establish the hierarchy.'],
        ['a', 'Naturally.'],
        [
          'u',
          "Knee update, since you'll ask: the exercises are helping, and the tartan kneeling pad has been a roaring success with customers.",
        ],
        ['a', 'Glad on both counts.'],
        [
          'u',
          "Is there a short stretch I could do in the shop without looking as though I'm having some sort of episode?",
        ],
        [
          'a',
          'Seated knee extensions: sit upright, straighten one leg slowly, hold five seconds, lower. Ten each side. Very discreet behind a counter.',
        ],
        ['u', "I'll do those behind the counter between customers and pretend I'm inspecting the skirting."],
        ['a', 'Perfect cover.'],
        [
          'u',
          'Right, off to hang the new sign. Wish me luck with the regulars who will turn up on a Tuesday and rattle the door regardless.',
        ],
        ['a', 'Good luck!'],
      ],
    },
    {
      start: '2025-07-21 14:00',
      lines: [
        [
          'u',
          'Greetings from the far side of a very fine wedding. Isla and Ruairidh were married on Saturday at the castle near Nairn, in sunshine, which in the Highlands is practically a miracle.',
          'wedding',
        ],
        ['a', 'Congratulations to them! How was it?'],
        [
          'u',
          'Tears, reels, one small fight between uncles. Everything a Scottish wedding ought to be. The quaich went down a storm.',
        ],
        ['a', 'Sounds perfect.'],
        [
          'u',
          'The journey, however, was a saga. The Volvo finally gave up the ghost on the A9 just past Dalwhinnie — head gasket, the man said, terminal at her age.',
        ],
        ['a', 'Oh no. Did you make it in time?'],
        [
          'u',
          'A recovery truck, a hired car, and a great deal of swearing in three languages. We made it with an hour to spare.',
        ],
        ['a', 'Quite an adventure.'],
        [
          'u',
          "So I have done the grown-up thing: yesterday we bought a secondhand Skoda Superb estate, silver, 2019, with an enormous boot and something called 'adaptive cruise control', which sounds like a Victorian therapy.",
          'car-new1',
        ],
        ['a', 'A Superb estate is a great choice for antiques and a dachshund.'],
        ['u', 'Boswell has already claimed the rear seat and shed upon it ceremonially.'],
        ['a', 'Officially his car now.'],
        ['u', 'Could you explain adaptive cruise control to me as though I were a gentleman of 1895?'],
        [
          'a',
          'Imagine a coachman who keeps your carriage at the speed you ask, but who, seeing a slower cart ahead, reins in to keep a respectful distance, and then lets the horses out again once the road clears.',
        ],
        ['u', 'Ingenious. A mechanical footman who keeps a polite distance. I approve.'],
        ['a', 'Exactly that.'],
        [
          'u',
          'The poor old girl went to a scrapyard near Perth. I took the clock from her dashboard as a keepsake, naturally.',
        ],
        ['a', 'Naturally — of course you did.'],
        ['u', 'One must have one’s priorities.'],
        ['a', 'Indeed.'],
      ],
    },
    {
      start: '2025-08-09 16:45',
      lines: [
        [
          'u',
          'I have been indiscreet at auction. Yesterday at Lyon & Turnbull I bought a George III ebonised bracket clock by John Scott of Edinburgh, hammer price two thousand four hundred pounds, which is more than I had promised Fergus I would spend.',
          'bracket-buy',
        ],
        ['a', 'Congratulations! What condition is it in?'],
        [
          'u',
          "The case is lovely, but the verge has been converted at some point and the strike is silent. She'll need Mr Baird's attentions.",
        ],
        ['a', 'He sounds like the right man for it.'],
        [
          'u',
          'I shall present it to Fergus as an investment, which is what I say about everything, including the Springbank.',
        ],
        ['a', 'A time-honoured strategy.'],
        [
          'u',
          'Sailing news: the Wednesday races at Dalgety Bay have become the highlight of my week. Hamish crews, and this week we came fourth of eleven, our best yet.',
          'moor-new2',
        ],
        ['a', 'Fourth of eleven is excellent!'],
        ['u', 'Hamish credits his tactical genius. I credit the new jib.'],
        ['a', 'Probably a bit of both.'],
        [
          'u',
          "A request: the Festival is on and Fergus has a free evening on Tuesday. Could you suggest something that isn't comedy? I cannot bear to be shouted at by young men in lanyards.",
        ],
        [
          'a',
          'Three ideas: 1) a chamber concert at St Cecilia’s Hall, 2) a new play at the Traverse, 3) a contemporary dance piece at Zoo Southside.',
        ],
        [
          'u',
          'The Traverse. Fergus spends quite enough evenings listening to chamber music professionally.',
          'fringe-pick',
        ],
        ['a', 'Good choice. Shall I suggest dinner nearby?'],
        ['u', "Please — somewhere near Lothian Road that won't rush us out."],
        [
          'a',
          'A couple of ideas: one of the small French bistros in the West End, or a pre-theatre menu at one of the hotel restaurants on Lothian Road.',
        ],
        ['u', "I'll try the French. It's a long time since anyone fed me properly who wasn't Fergus."],
        ['a', 'Enjoy the evening.'],
        ['u', 'Thank you, dear thing. I must go and explain the bracket clock to my husband.'],
        ['a', 'Good luck with that conversation.'],
      ],
    },
    {
      start: '2025-09-02 10:20',
      lines: [
        [
          'u',
          'Mr Baird has inspected the John Scott bracket clock and quotes six hundred and fifty pounds to restore the movement and the strike. Dear, but fair.',
          'bracket-cost',
        ],
        ['a', 'That sounds reasonable for that work.'],
        ['u', 'Shall I tell Fergus the grand total or simply die with the secret?'],
        ['a', 'Honesty, perhaps softened by a good dinner.'],
        [
          'u',
          "Now, something joyous. I'm planning a week in Orkney at the end of the month — sailing, standing stones, the Italian Chapel. My nephew Callum, Morag's boy, is coming with me; he's twenty-nine and can haul a sheet.",
          'orkney1',
        ],
        ['a', 'Lovely. How are you getting there?'],
        [
          'u',
          'Driving to Scrabster and taking the ferry to Stromness. The Skoda will swallow all our kit without complaint, which is more than the old car ever did.',
          'car-new2',
        ],
        ['a', 'The NorthLink crossing from Scrabster is about ninety minutes.'],
        ['u', "With the Old Man of Hoy looming as you pass. I've not seen him since I was a boy."],
        ['a', "It's a spectacular crossing."],
        [
          'u',
          'Could you draft a rough itinerary? Five days on the islands. Callum wants Skara Brae; I want the Italian Chapel and a good deal of whisky at Highland Park.',
        ],
        [
          'a',
          'Day 1: Stromness and Maeshowe. Day 2: Skara Brae, Ring of Brodgar, Stones of Stenness. Day 3: Kirkwall, St Magnus Cathedral, Highland Park. Day 4: Italian Chapel and the Churchill Barriers. Day 5: a day on the water, weather permitting.',
        ],
        ['u', 'Splendid. Is there anywhere on Orkney to hire a dinghy for a day?'],
        [
          'a',
          'The Orkney Sailing Club in Kirkwall is a good first contact — they may be able to arrange a loan or put you in touch with someone.',
        ],
        ['u', "I'll write to them. Persephone stays at home; I'm not towing her the length of Scotland."],
        ['a', 'Very wise.'],
        ['u', 'Boswell will go to our neighbour Mrs Drummond, who spoils him disgracefully.'],
        ['a', "He'll have a holiday of his own."],
        ['u', 'Right. To work, and to the noble art of pretending to dust.'],
        ['a', 'Have a good day.'],
      ],
    },
    {
      start: '2025-09-19 18:00',
      lines: [
        [
          'u',
          'A development! Fergus has looked at his diary, discovered the orchestra has nothing on that week, and announced that he is coming to Orkney too.',
          'orkney2',
        ],
        ['a', 'Great news.'],
        ['u', 'Callum is pleased, chiefly because Fergus is a far better cook than I am.'],
        ['a', 'A practical nephew.'],
        [
          'u',
          'I must rebook the ferry cabin and the cottage. Does NorthLink let you change a booking online?',
        ],
        [
          'a',
          'Yes — you can amend it in “Manage my booking” on their site, or phone them if the online tool is fussy.',
        ],
        ['u', 'Done, with only moderate cursing.'],
        ['a', 'A success by any standard.'],
        [
          'u',
          'The shop will run without me that week. Kirsty will cover the Wednesday to Sunday opening as usual, and her friend Priya will help on the Sunday, which has become our busiest day.',
          'days-new2',
        ],
        ['a', 'Sounds well covered.'],
        [
          'u',
          'Priya is a dab hand with customers, less so with the difference between oak and walnut, but we all start somewhere.',
        ],
        ['a', 'Indeed we do.'],
        [
          'u',
          "What should I pack for Orkney at the end of September? I'm assuming all four seasons in an afternoon.",
        ],
        [
          'a',
          'Layers: thermal base, fleece, proper waterproof jacket and trousers, hat and gloves, walking boots, and something smarter for dinner.',
        ],
        ['u', 'Waterproof trousers. How very unglamorous. Fergus will laugh.'],
        ['a', 'He will also be wetter than you.'],
        [
          'u',
          'And the knee — should I worry about clambering about at Skara Brae? The physio was cheerful last time.',
        ],
        [
          'a',
          'The paths there are fairly gentle. Take it easy on uneven ground, and walking poles can help on the rougher bits.',
        ],
        [
          'u',
          "Walking poles. First a kneeling pad, now poles. I'm becoming an advertisement for decrepitude.",
        ],
        ['a', 'A very dignified one.'],
      ],
    },
    {
      start: '2025-10-15 12:10',
      lines: [
        [
          'u',
          'We are back from Orkney, windswept and very content. Fergus cooked, Callum sailed, and I bought nothing at all, which has never happened in living memory.',
        ],
        ['a', 'Welcome back!'],
        ['u', "Well — almost nothing. A small barometer in Stromness. It doesn't count; it isn't a clock."],
        ['a', 'A reasonable technicality.'],
        [
          'u',
          "The John Scott bracket clock is home from Mr Baird and strikes like a church bell. I've put her on the drawing-room mantelpiece, opposite the Comtoise.",
        ],
        ['a', 'That sounds lovely.'],
        [
          'u',
          'Persephone comes out of the water at the end of the month. The club has a lift-out day on the twenty-fifth.',
        ],
        ['a', 'Time to plan the winter cover.'],
        [
          'u',
          'I should write a little thank-you to Hamish for crewing all season. Something warm but not mawkish.',
        ],
        [
          'a',
          "'Hamish — thank you for a splendid season. Fourth place was entirely your tactics and not at all my jib. Here's to next year.'",
        ],
        ['u', 'Lovely. Add a line inviting him round for a dram at Christmas.'],
        ['a', "Added: 'Do come round for a dram over Christmas.'"],
        [
          'u',
          "Good. And for the dark months: I'd like to read something serious on the history of Scottish clockmaking. Any books?",
        ],
        [
          'a',
          'Look for the standard reference works on Scottish clock and watchmakers, and the National Museums Scotland publications on clocks — both are well regarded.',
        ],
        [
          'u',
          "I'll order the first. Fergus has banned any further clocks until Easter, so reading about them will be my methadone.",
        ],
        ['a', 'A sensible substitute.'],
        ['u', 'Boswell, incidentally, came home from Mrs Drummond two pounds heavier and insufferably smug.'],
        ['a', 'A good holiday, then.'],
        [
          'u',
          'I shall put him on a diet, by which I mean I shall buy slightly smaller sausages. Goodbye for now.',
        ],
        ['a', 'Bye, Horatio.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What breed is my dog?', ['dog']],
    [
      'single-hop',
      'How did I decide to get the old hall clock seen to when it started running slow?',
      ['restore-pick'],
    ],
    ['single-hop', 'What did I settle on as a wedding present for my niece?', ['gift-pick']],
    ['single-hop', 'What does my husband do for a living?', ['husband']],
    ['single-hop', 'What was the verdict on my bad knee?', ['knee']],
    [
      'multi-hop',
      'Counting the auction price and the repair work, what will that bracket clock have cost me altogether?',
      ['bracket-buy', 'bracket-cost'],
    ],
    ['multi-hop', 'Who came along with me on the Orkney holiday?', ['orkney1', 'orkney2']],
    [
      'temporal',
      'How long ago did I buy that bracket clock at auction?',
      ['bracket-buy'],
      { askedAt: '2025-11-20 10:00' },
    ],
    [
      'temporal',
      'Which came first, my trip to the fair in Belgium or Isla getting married?',
      ['bruges', 'wedding'],
      { askedAt: '2025-11-20 10:05' },
    ],
    [
      'updated',
      'Where is my boat kept these days?',
      ['moor-new1', 'moor-new2'],
      { stale: ['moor-old1', 'moor-old2'] },
    ],
    [
      'updated',
      'Which days of the week is my shop open now?',
      ['days-new1', 'days-new2'],
      { stale: ['days-old1', 'days-old2'] },
    ],
    [
      'updated',
      'What car am I driving at the moment?',
      ['car-new1', 'car-new2'],
      { stale: ['car-old1', 'car-old2'] },
    ],
    ['off-topic', 'Can you explain the grandfather paradox in time-travel stories?', []],
    ['off-topic', 'How do I get a red wine stain out of a wool carpet?', []],
    ['off-topic', 'What is the capital of Mongolia?', []],
  ],
});

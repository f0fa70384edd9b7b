import { definePersona } from '../author.ts';

export const gwendolyn = definePersona({
  user_id: 'h18-gwendolyn',
  name: 'Gwendolyn',
  summary:
    'A 52-year-old divorced corporate lawyer, an M&A partner at a Bay Street firm in Toronto, with a grown daughter and a growing collection of modern Canadian art. She writes in complete, precise, formal sentences and expects the same rigour in return.',
  language: 'en',
  sessions: [
    {
      start: '2024-03-04 07:15',
      lines: [
        [
          'u',
          'Good morning. I would like your help organising a rather demanding week. I have three closings scheduled before Friday.',
        ],
        [
          'a',
          'Good morning. Of course. Could you list the deadlines and any fixed commitments, and I will help you build a schedule?',
        ],
        [
          'u',
          'The first closing is Tuesday at 10:00, the second Wednesday at 16:00, and the third is Friday at noon. I also have Pilates on Tuesday evening, which I do not intend to cancel.',
        ],
        [
          'a',
          "Understood. I suggest blocking Monday for final document review on the Tuesday deal, Tuesday afternoon for the Wednesday deal, and Thursday entirely for Friday's closing, keeping Tuesday evening free.",
        ],
        [
          'u',
          'That is sensible. I am writing this over my first double espresso of the day, so forgive me if I am terse.',
          'drink_old1',
        ],
        ['a', 'Not at all. Your messages are perfectly clear.'],
        [
          'u',
          'I will also need a short email to opposing counsel confirming that the escrow release is conditional on the final regulatory approval. Please keep it to four sentences.',
        ],
        [
          'a',
          "Draft: 'Dear Mr. Feld, further to our call, I confirm that the release of the escrowed funds remains conditional on receipt of the final Competition Bureau approval. We will notify you promptly upon receipt. All other closing deliveries remain as agreed. Kind regards, Gwendolyn.'",
        ],
        [
          'u',
          "Excellent. Replace 'promptly' with 'within one business day'; precision matters with this particular firm.",
        ],
        ['a', "Revised: 'We will notify you within one business day of receipt.'"],
        [
          'u',
          'Thank you. Rothko, my Russian Blue, is currently walking across the keyboard, so any stray characters are his.',
          'cat1',
        ],
        ['a', 'A cat named Rothko is a fitting companion for an art lover.'],
        [
          'u',
          'He is named for his preference for sitting on large blocks of colour. He has a particular fondness for my grey cashmere throw.',
        ],
        ['a', 'Cats do tend to choose the most expensive textile in the room.'],
        [
          'u',
          'Quite. My condominium in Yorkville has floor-to-ceiling windows and he spends the afternoons surveying Bloor Street from the sill.',
          'res_old1',
        ],
        ['a', 'That sounds like an excellent vantage point for a cat.'],
        [
          'u',
          'One more item: remind me what the usual notice period is for reconvening a board meeting under the OBCA.',
        ],
        [
          'a',
          "Unless the by-laws provide otherwise, an adjourned meeting can often be reconvened without fresh notice if it is adjourned for less than 30 days, but you should check the corporation's by-laws and the specific OBCA provisions.",
        ],
        ['u', 'That accords with my recollection. Thank you; that will be all for this morning.'],
        ['a', 'Good luck with the closings this week.'],
      ],
    },
    {
      start: '2024-03-21 21:30',
      lines: [
        [
          'u',
          'Good evening. I am hosting a client dinner next Thursday for a delegation of four from Calgary and require a restaurant recommendation in the financial district.',
        ],
        [
          'a',
          'Here are three options: 1) Canoe, on the 54th floor of the TD Bank Tower, with Canadian tasting menus and views of the lake; 2) Alo, an intimate French tasting menu on Spadina; 3) Jacobs & Co. Steakhouse on Brant Street.',
        ],
        [
          'u',
          'Canoe, please. The view and the Canadian menu will make the appropriate impression on the Calgary delegation.',
          'dinner_pick',
        ],
        ['a', 'An excellent choice. Would you like help drafting the invitation?'],
        [
          'u',
          'Yes. Priya, my assistant, will send it tomorrow morning, so please address it formally and leave the reservation time as 19:00.',
          'asst_old1',
        ],
        [
          'a',
          "Draft: 'Dear colleagues, it would be my pleasure to host you for dinner at Canoe on Thursday, March 28 at 7:00 p.m. Please let Priya know of any dietary requirements. With kind regards, Gwendolyn.'",
        ],
        [
          'u',
          'Good. Add that the dress code is business attire; one of the gentlemen arrived in a fleece vest last time.',
        ],
        ['a', "Added: 'The dress code is business attire.'"],
        [
          'u',
          'On an unrelated subject, I sit on the board of The Power Plant, the contemporary art gallery at Harbourfront, and our spring gala is in May.',
          'board1',
        ],
        ['a', 'That must be rewarding. Are you involved in planning the gala?'],
        [
          'u',
          'I chair the auction committee. I need a polite but firm email to three donors who have not yet confirmed their lots.',
        ],
        [
          'a',
          "Draft: 'Dear [Name], I hope this finds you well. As we finalise the catalogue for the spring gala auction, we would be grateful for confirmation of your lot by April 5. Your generosity is central to the evening's success.'",
        ],
        ['u', "'Central to the evening's success' is slightly effusive. Use 'greatly appreciated' instead."],
        ['a', "Revised: 'Your generosity is greatly appreciated.'"],
        [
          'u',
          "That will do. I also wish to confirm the correct spelling of the Québec painter Jean-Paul Riopelle's name for the catalogue.",
        ],
        ['a', "It is Jean-Paul Riopelle, with a hyphen and two l's in Riopelle."],
        [
          'u',
          'Thank you. I dislike catalogue errors intensely; they are rather like typographical errors in a share purchase agreement.',
        ],
        ['a', 'Both are permanent once printed!'],
        ['u', 'Precisely. Good night.'],
        ['a', 'Good night.'],
      ],
    },
    {
      start: '2024-04-26 22:10',
      lines: [
        [
          'u',
          'I have some news. This evening I was the successful bidder on a Rita Letendre serigraph at the Heffel spring auction.',
          'auction_win',
        ],
        ['a', "Congratulations! Letendre's prints are wonderful. Which work is it?"],
        [
          'u',
          "A 1974 serigraph from her 'Sunrise' period: bold diagonal bands of orange and violet. I have admired it for some time.",
        ],
        ['a', 'Her hard-edge works from the 1970s are highly sought after. You must be delighted.'],
        [
          'u',
          "I am. With the buyer's premium, the total came to $18,500, which is slightly above my ceiling but justified.",
          'letendre_price',
        ],
        ['a', 'That seems reasonable for a strong work of that period.'],
        [
          'u',
          'It will hang in the living room of the condo on Yorkville Avenue, opposite the windows.',
          'res_old2',
        ],
        ['a', 'Opposite the windows, you may want to consider UV protection for the framing.'],
        [
          'u',
          'A fair point; I will seek framing advice. I shall be attending to this over an espresso tomorrow, as I always do before the office.',
          'drink_old2',
        ],
        ['a', 'A good time to think it over.'],
        [
          'u',
          'My daughter Sophie has already asked whether she will inherit it. She is completing her degree in environmental engineering at McGill and apparently now has opinions about art.',
          'sophie_study',
        ],
        ['a', "A good sign that she's developing an eye. When does she finish?"],
        ['u', 'Her final examinations end next week, and convocation is in early June.'],
        ['a', 'An exciting time for both of you.'],
        [
          'u',
          'Indeed. Could you suggest an appropriate graduation gift? Something lasting, not merely practical.',
        ],
        [
          'a',
          'Options: a fine watch engraved with the date, a first-edition book related to her field, a small original artwork, or a quality leather portfolio for her professional life.',
        ],
        [
          'u',
          'A small original artwork would be rather on brand for me, though perhaps it imposes my taste on hers. I will consider it.',
        ],
        ['a', 'It would be a gift she could keep for life.'],
        ['u', 'Thank you. I must now retire; I have an 08:00 call with Singapore.'],
        ['a', 'Good night, and congratulations again.'],
      ],
    },
    {
      start: '2024-05-09 19:45',
      lines: [
        ['u', 'I am now arranging framing for the Letendre. What glazing options would you recommend?'],
        [
          'a',
          'Three options: 1) standard clear glass, inexpensive but reflective with little UV protection; 2) UV-filtering acrylic, lighter and shatter-resistant; 3) museum glass, anti-reflective with 99% UV filtering, but the most expensive.',
        ],
        [
          'u',
          'I shall proceed with the third option. Given the windows opposite, glare would otherwise be intolerable.',
          'frame_pick',
        ],
        ['a', "A sensible choice for a valuable work. Would you like help with the framer's brief?"],
        [
          'u',
          'Yes. A slim brushed-aluminium frame, archival mount, and a 7 cm float. Please draft the instructions.',
        ],
        [
          'a',
          "Draft: 'Please frame the enclosed serigraph in a slim brushed-aluminium profile, museum glass, with an archival hinged mount and a 7 cm float on all sides. All materials must be acid-free.'",
        ],
        ['u', 'Add that I require a written condition report before and after the work is completed.'],
        ['a', "Added: 'Please provide a written condition report on receipt and on completion.'"],
        [
          'u',
          'Priya will deliver the print to the framer on Monday; she is the only person I trust to carry it.',
          'asst_old2',
        ],
        ['a', "It's good to have someone reliable for that."],
        [
          'u',
          'On another matter: I have been experiencing occasional heart palpitations in the evenings. Nothing alarming, but I have booked an appointment with a cardiologist.',
        ],
        [
          'a',
          "That's wise. Common triggers include caffeine, stress, and poor sleep. Your doctor can check for anything more significant.",
        ],
        [
          'u',
          'Stress I have in abundance. My practice group is working on a cross-border acquisition with nine jurisdictions.',
        ],
        ['a', 'That would stress anyone. Are you getting enough sleep?'],
        ['u', 'Approximately six hours. I am aware it is insufficient.'],
        [
          'a',
          'Even adding thirty minutes consistently can help. A fixed bedtime and no screens in the last hour are the simplest changes.',
        ],
        ['u', 'I shall attempt the fixed bedtime. The screens are non-negotiable during a transaction.'],
        ['a', 'A partial improvement is still an improvement.'],
        ['u', 'Quite right. Thank you for the framing advice.'],
        ['a', 'My pleasure. I hope the framing turns out beautifully.'],
      ],
    },
    {
      start: '2024-06-08 15:00',
      lines: [
        [
          'u',
          "Sophie's convocation at McGill was yesterday afternoon. I confess I was rather emotional.",
          'convocation',
        ],
        ['a', 'Congratulations to Sophie, and to you! What a milestone.'],
        [
          'u',
          'Her father, Martin, and I sat together for the ceremony, which was civil. The divorce was eight years ago, and we have learned to be cordial for her sake.',
        ],
        ['a', "It's admirable that you can share those moments for her."],
        [
          'u',
          'In the end I gave her a Cartier watch engraved with the date of her convocation. She cried, which I took as approval.',
        ],
        ['a', "That's a beautiful and meaningful gift."],
        [
          'u',
          'She has accepted a position with an engineering consultancy in Vancouver, starting in September.',
        ],
        ['a', 'Wonderful news, though you may miss having her in the same time zone.'],
        [
          'u',
          'I will. On a related note, I have listed my Yorkville condominium for sale. Without Sophie returning for summers, I would prefer a house with a garden and proper wall space for the collection.',
          'res_old3',
        ],
        ['a', "That's a big decision. Which neighbourhoods are you considering?"],
        ['u', 'The Annex or Rosedale. I prefer Victorian architecture and proximity to the subway.'],
        ['a', 'Both have beautiful Victorian homes. The Annex has better subway access along Bloor.'],
        [
          'u',
          'Agreed. Please draft a list of questions I should ask my real estate agent about heritage designation.',
        ],
        [
          'a',
          '1) Is the property designated under Part IV or in a Heritage Conservation District? 2) What alterations need approval? 3) Are there outstanding heritage permits? 4) Are there grants or tax rebates available? 5) How does designation affect insurance?',
        ],
        ['u', 'Excellent. Add a question on knob-and-tube wiring, which is common in houses of that age.'],
        ['a', "Added: '6) Has any knob-and-tube wiring been fully replaced, and is there documentation?'"],
        ['u', 'Thank you. That is thorough.'],
        ['a', 'Good luck with the search.'],
        ['u', 'I shall need it. Toronto real estate is not for the faint-hearted.'],
        ['a', 'Indeed not!'],
      ],
    },
    {
      start: '2024-07-02 20:00',
      lines: [
        [
          'u',
          'I have had a rather disruptive week at the firm. Priya has left to pursue a law degree at Osgoode, and I am delighted for her, though the timing is unfortunate.',
        ],
        ['a', "That's a big step for her. Has a replacement been found?"],
        [
          'u',
          'Yes. My new assistant is Declan, who previously supported the litigation group. He started on Monday and is very capable.',
          'asst_new1',
        ],
        ['a', "It's good he has experience in the firm already."],
        [
          'u',
          'I need a one-page memo for him outlining how I prefer my calendar, correspondence and documents handled.',
        ],
        [
          'a',
          'Draft headings: 1) Calendar: no meetings before 08:30, buffer of 15 minutes between calls; 2) Correspondence: draft replies for my review; 3) Documents: version control with date and initials; 4) Escalation: urgent matters by phone, not email.',
        ],
        ['u', "Add: 'Never schedule anything on Tuesday evening.' That is my Pilates class."],
        ['a', "Added under Calendar: 'Tuesday evenings are always blocked.'"],
        ['u', 'Good. Further news: the purchase of the house has firmed. Closing is set for August 15.'],
        ['a', "Congratulations! That's a major milestone."],
        [
          'u',
          'I must now organise movers who are competent with fine art. Could you suggest what to ask them?',
        ],
        [
          'a',
          'Ask: whether they have fine art insurance, how they crate framed works, whether they climate-control the truck, how they handle sculpture, and whether they can provide references from galleries.',
        ],
        ['u', 'I will ask the gallery staff at The Power Plant for recommendations as well.'],
        ['a', 'A good idea; galleries use specialist shippers regularly.'],
        ['u', 'Also, Rothko will need to travel. He despises his carrier.'],
        [
          'a',
          'Leave the carrier out in the weeks before so he gets used to it, and put a familiar blanket inside. A pheromone spray can help too.',
        ],
        ['u', 'I shall place the grey cashmere throw in it. He may tolerate anything on cashmere.'],
        ['a', 'A refined cat indeed.'],
        ['u', 'Thank you for your help this evening.'],
        ['a', "You're welcome. Good luck with the move."],
      ],
    },
    {
      start: '2024-08-20 18:30',
      lines: [
        [
          'u',
          'I have moved. As of last Saturday, I live in a Victorian townhouse on Brunswick Avenue in the Annex.',
          'res_new1',
        ],
        ['a', 'Congratulations! How did the move go?'],
        [
          'u',
          'The movers were meticulous. Not a single frame was scratched, which I regard as a minor miracle.',
        ],
        ['a', "That's a relief with such a valuable collection."],
        [
          'u',
          'Rothko spent the first two days under the bed and has since claimed the bay window in the front room.',
          'cat2',
        ],
        ['a', 'A classic feline adjustment period. The bay window sounds perfect for him.'],
        [
          'u',
          'I need advice on hanging heavy works on lath and plaster walls. The Letendre is heavier than I anticipated.',
        ],
        [
          'a',
          'For lath and plaster, a picture rail system is ideal as it avoids drilling. Otherwise, use hardware rated for plaster and locate the studs. A professional art installer is worth it for heavy pieces.',
        ],
        ['u', 'The house has original picture rails in the dining room. I shall use those.'],
        ['a', "Perfect, that's exactly what they were designed for."],
        [
          'u',
          'Please also draft a note to my new neighbours introducing myself. Brief, warm, but not excessively familiar.',
        ],
        [
          'a',
          "Draft: 'Dear neighbours, I have recently moved into number 41 and wanted to introduce myself. I look forward to meeting you properly. Please do not hesitate to knock if you need anything. Kind regards, Gwendolyn.'",
        ],
        ['u', 'That is appropriate. I shall leave them with a box of macarons from Nadège.'],
        ['a', 'A very elegant gesture.'],
        [
          'u',
          'In a fortnight I travel to Venice for the Biennale. Could you suggest pavilions I should not miss?',
        ],
        [
          'a',
          "Don't miss the main exhibition at the Arsenale and the Giardini, the Canada Pavilion, and several national pavilions that critics have singled out. Collateral events across the city are also worth a look.",
        ],
        ['u', 'I will also visit the Peggy Guggenheim Collection, which I have not seen in fifteen years.'],
        ['a', 'A wonderful choice, and a lovely palazzo on the Grand Canal.'],
        ['u', 'Thank you. I must now unpack the remaining forty boxes.'],
        ['a', 'Good luck with the unpacking!'],
      ],
    },
    {
      start: '2024-09-22 10:00',
      lines: [
        [
          'u',
          'I returned from Venice on Thursday. The Biennale was extraordinary, though the crowds at the Arsenale were trying.',
          'venice',
        ],
        ['a', 'Welcome back! What stood out most?'],
        [
          'u',
          'The textile works in the central exhibition and a quiet video installation in the Giardini. The Guggenheim was as serene as I remembered.',
        ],
        ['a', 'It sounds like a memorable trip.'],
        [
          'u',
          'I also saw the cardiologist before leaving. The palpitations appear benign, but she advised me to eliminate caffeine entirely.',
        ],
        ['a', "That's reassuring, though giving up caffeine can be difficult at first."],
        [
          'u',
          'It has been challenging. I have replaced the morning espresso with rooibos tea, and I am on my tenth day without a headache.',
          'drink_new1',
        ],
        ['a', 'Well done. Rooibos is naturally caffeine-free and pleasant with a little honey.'],
        ['u', 'I take it plain. Honey is an affectation in tea.'],
        ['a', "Plain is the purist's choice."],
        [
          'u',
          'She also asked about allergies, and I reminded her that I am allergic to penicillin. I react with hives.',
          'allergy',
        ],
        ['a', "It's important that it's on all your medical records."],
        ['u', 'It is. I also wear a discreet medical bracelet when travelling.'],
        ['a', 'A sensible precaution, particularly abroad.'],
        [
          'u',
          "Now, I need to prepare a short presentation for the firm's partners' retreat on deal trends. Could you suggest a structure?",
        ],
        [
          'a',
          'Suggested structure: 1) market overview and deal volumes; 2) sector trends; 3) regulatory developments such as Investment Canada Act changes; 4) private equity activity; 5) outlook and implications for the firm.',
        ],
        ['u', "Good. Limit it to ten slides; my colleagues' attention spans are finite."],
        ['a', 'Two slides per section would fit nicely.'],
        ['u', 'Excellent. Thank you.'],
        ['a', "You're welcome. Welcome home."],
      ],
    },
    {
      start: '2024-10-15 20:15',
      lines: [
        [
          'u',
          'I made a second acquisition this year: a small bronze by a young Montréal sculptor, from a gallery on Dundas West.',
        ],
        ['a', 'How exciting! What drew you to it?'],
        [
          'u',
          'Its restraint. It is a folded abstract form, roughly forty centimetres high. The price was $6,200, including tax.',
          'sculpture_price',
        ],
        ['a', 'A lovely addition and a good way to support an emerging artist.'],
        [
          'u',
          'It will sit on the dining room sideboard here in the Annex, beneath the Letendre.',
          'res_new2',
        ],
        ['a', 'That sounds like a striking pairing.'],
        [
          'u',
          'I need to update the insurance schedule for the collection. What documentation should I provide the insurer?',
        ],
        [
          'a',
          'Typically: bills of sale, recent appraisals, photographs of each work, dimensions and materials, provenance documents, and condition reports.',
        ],
        [
          'u',
          'I have condition reports for the Letendre from the framer. The bronze will require an appraisal.',
        ],
        ['a', 'Many galleries can provide a valuation letter for insurance at the time of sale.'],
        ['u', 'A good suggestion. I shall ask them this week.'],
        ['a', 'That should simplify things.'],
        [
          'u',
          'Separately, Sophie telephoned from Vancouver. She finds the rain relentless but adores her work.',
        ],
        ['a', "Vancouver's autumn rain does take some adjusting to."],
        [
          'u',
          'I have promised to visit in November. Could you suggest a quiet, well-run hotel in Coal Harbour?',
        ],
        [
          'a',
          'The Fairmont Pacific Rim is the most polished option in Coal Harbour, with harbour views and an excellent spa; the Westin Bayshore is quieter and a bit more affordable.',
        ],
        ['u', 'The Fairmont, then. I shall ask my assistant to book it.'],
        ['a', 'A good choice for a relaxing visit.'],
        ['u', 'Thank you. Good evening.'],
        ['a', 'Good evening.'],
      ],
    },
    {
      start: '2024-11-12 19:00',
      lines: [
        [
          'u',
          'I have accepted an invitation to join the board of the Sunnybrook Foundation, the fundraising arm of Sunnybrook hospital.',
          'board2',
        ],
        ['a', "Congratulations! That's a meaningful role."],
        [
          'u',
          "The first meeting is in January. I would like a brief personal statement for the foundation's website, about 120 words.",
        ],
        [
          'a',
          "Draft: 'Gwendolyn is a partner in the mergers and acquisitions group of a leading Toronto law firm, with nearly three decades of experience advising on complex transactions. A longstanding supporter of the arts and community health, she brings governance expertise and a commitment to excellence in patient care...'",
        ],
        ['u', "Replace 'nearly three decades' with 'twenty-six years'. I prefer exact figures."],
        ['a', "Revised: 'with twenty-six years of experience advising on complex transactions.'"],
        [
          'u',
          'Declan will send it to the foundation office tomorrow; he has been a considerable asset these past months.',
          'asst_new2',
        ],
        ['a', "It's great that the transition worked out so well."],
        [
          'u',
          'I returned from Vancouver on Sunday. Sophie is flourishing, and the Fairmont was as promised.',
        ],
        ['a', 'Wonderful to hear. Did you manage any art in Vancouver?'],
        ['u', 'The Vancouver Art Gallery and a very good show at the Polygon in North Vancouver.'],
        ['a', 'The Polygon has a strong programme.'],
        [
          'u',
          'Now, I must draft a holiday message for my clients. Something restrained; I abhor cheerful clichés.',
        ],
        [
          'a',
          "Draft: 'With thanks for your trust and collaboration this year, I wish you and your families a restful holiday season and every success in the year ahead.'",
        ],
        ['u', "That is acceptable. Remove 'every' and it will be perfect."],
        ['a', "Revised: 'and success in the year ahead.'"],
        ['u', 'Also, please recommend a good-quality card stock; I will have them printed.'],
        [
          'a',
          "A heavyweight cotton paper of around 300 gsm, such as Crane's Lettra, gives a lovely finish for letterpress.",
        ],
        ['u', "Crane's Lettra it is. Thank you."],
        ['a', "You're welcome."],
      ],
    },
    {
      start: '2024-12-14 16:30',
      lines: [
        [
          'u',
          'I am hosting a small dinner for eight on December 21 and would like help with the menu. One guest is vegetarian and another cannot eat gluten.',
        ],
        [
          'a',
          'Suggested menu: roasted squash soup; a mushroom and chestnut Wellington with gluten-free pastry as the main; glazed carrots and green beans; a flourless chocolate torte for dessert.',
        ],
        [
          'u',
          'The flourless torte is ideal. I will serve the Wellington for everyone rather than cooking a separate meat course.',
        ],
        ['a', 'That simplifies things and keeps everyone eating the same meal.'],
        [
          'u',
          'The dining room in the Annex house is finally complete, so this will be its debut.',
          'res_new3',
        ],
        ['a', 'A perfect occasion to show it off.'],
        ['u', 'Wine pairing, please. I do not drink much myself, but my guests do.'],
        [
          'a',
          'A Niagara Pinot Noir or a Burgundy pairs well with mushroom Wellington; a late-harvest Riesling or ice wine with the chocolate torte.',
        ],
        ['u', 'A Niagara Pinot Noir would please the Ontario loyalists at the table.'],
        ['a', 'A diplomatic choice!'],
        [
          'u',
          'For myself, I will have rooibos after dinner as I do each morning. The caffeine-free regime continues.',
          'drink_new2',
        ],
        ['a', 'Impressive discipline. How are the palpitations?'],
        ['u', 'Entirely gone. My cardiologist was pleased at the follow-up.'],
        ['a', "That's great news."],
        ['u', 'Sophie arrives on the 23rd for the holidays. Martin will host her on Boxing Day.'],
        ['a', 'It sounds like a well-organised holiday.'],
        [
          'u',
          'Could you suggest a gift for Sophie? She is now a practising engineer with a taste for the outdoors.',
        ],
        [
          'a',
          'Ideas: a quality rain jacket for Vancouver, a Garmin hiking watch, a weekend at a lodge on Vancouver Island, or a beautifully bound field notebook.',
        ],
        ['u', "The rain jacket, given her complaints. Arc'teryx, I presume."],
        ['a', "Arc'teryx is an excellent, locally relevant choice."],
      ],
    },
    {
      start: '2025-01-20 08:00',
      lines: [
        [
          'u',
          'Good morning. I would like to set three measurable objectives for the year. Could you help me frame them?',
        ],
        ['a', 'Certainly. What areas would you like to focus on: health, career, personal?'],
        [
          'u',
          'Health, the collection, and governance. For health, I wish to attend Pilates twice weekly rather than once.',
        ],
        ['a', "A measurable goal: 'Attend two Pilates classes per week, at least 90 classes in 2025.'"],
        [
          'u',
          'Good. For the collection, I intend to commission a catalogue raisonné-style inventory of every work I own.',
        ],
        [
          'a',
          "Objective: 'Complete a documented inventory of the collection, with photographs, provenance, and valuations, by September 30.'",
        ],
        ['u', 'For governance, I wish to complete the ICD Directors Education Program.'],
        [
          'a',
          "Objective: 'Complete the ICD Directors Education Program and obtain the ICD.D designation by year end.'",
        ],
        ['u', 'Excellent. Please put the three into a short table I can print.'],
        [
          'a',
          '| Area | Objective | Deadline |\n| Health | 2 Pilates classes per week | Ongoing |\n| Collection | Full inventory | Sept 30 |\n| Governance | ICD.D | Dec 31 |',
        ],
        [
          'u',
          'That is precisely what I wanted. Also, the first foundation board meeting is on Thursday; what should I read in advance?',
        ],
        [
          'a',
          "The foundation's strategic plan, the last two years of audited financial statements, the board's terms of reference, and recent minutes.",
        ],
        ['u', 'I will ask for the minutes today.'],
        ['a', 'A good start.'],
        [
          'u',
          'Finally, the snow is considerable this week. Is there a reputable service for clearing a front walk in the Annex?',
          'res_new4',
        ],
        [
          'a',
          'Many residents use local seasonal contracts. Check neighbourhood association recommendations, and confirm insurance and response times after snowfall.',
        ],
        ['u', 'I shall consult the neighbourhood association newsletter.'],
        ['a', "That's often the most reliable source."],
        ['u', "Thank you. That concludes this morning's business."],
        ['a', 'Have a productive week.'],
      ],
    },
  ],
  questions: [
    ['single-hop', 'What kind of glass did I decide on when framing my new print?', ['frame_pick']],
    ['single-hop', 'Where did I choose to take the Calgary clients for dinner?', ['dinner_pick']],
    ['single-hop', 'Which antibiotic am I allergic to?', ['allergy']],
    ['single-hop', "What is my cat's name?", ['cat1', 'cat2']],
    ['single-hop', 'What did my daughter study at university?', ['sophie_study']],
    [
      'multi-hop',
      'How much have I spent altogether on the two works of art I acquired last year?',
      ['letendre_price', 'sculpture_price'],
    ],
    ['multi-hop', 'Which organisations do I serve as a board member for?', ['board1', 'board2']],
    [
      'temporal',
      'How many months ago did I buy the Letendre at auction?',
      ['auction_win'],
      { askedAt: '2025-01-28 09:00' },
    ],
    [
      'temporal',
      "Which came first, Sophie's graduation ceremony or my trip to Italy?",
      ['convocation', 'venice'],
      { askedAt: '2025-01-28 09:05' },
    ],
    [
      'updated',
      'Where do I live now?',
      ['res_new1', 'res_new2', 'res_new3', 'res_new4'],
      { stale: ['res_old1', 'res_old2', 'res_old3'] },
    ],
    [
      'updated',
      'Who is my assistant at the firm these days?',
      ['asst_new1', 'asst_new2'],
      { stale: ['asst_old1', 'asst_old2'] },
    ],
    [
      'updated',
      'What do I usually drink first thing in the morning?',
      ['drink_new1', 'drink_new2'],
      { stale: ['drink_old1', 'drink_old2'] },
    ],
    ['off-topic', 'What are the basic rules of the board game Go?', []],
    ['off-topic', 'How tall is Mount Kilimanjaro?', []],
    ['off-topic', 'How do I propagate a pothos plant from a cutting?', []],
  ],
});

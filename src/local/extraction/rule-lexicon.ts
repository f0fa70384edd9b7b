// Closed word lists the English rules check against, so a pattern fires only on the words it is about
// ("I'm a nurse" is a job, "I'm a morning person" is not; "I'm Dave" is a name, "I'm Italian" is not).

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Occupations, as the head of "I'm a/an … <occupation>". */
export const OCCUPATIONS = words(`
  accountant actor actress actuary administrator analyst anaesthetist anesthetist architect archivist artist
  assistant attorney auditor author baker banker barber barista bartender beautician biologist blacksmith
  bookkeeper brewer builder butcher buyer cameraman captain cardiologist caregiver carer carpenter cashier
  chef chemist childminder chiropractor cleaner clerk coach consultant contractor cook counsellor counselor
  courier curator dancer decorator dentist designer detective developer dietitian director doctor driver
  economist editor electrician engineer entrepreneur farmer firefighter fisherman fishmonger florist founder
  gardener geologist guide hairdresser historian illustrator instructor interpreter investor janitor jeweller
  journalist judge labourer landscaper lawyer lecturer librarian lifeguard lineman locksmith machinist manager
  mechanic midwife miner musician nanny navigator neurologist nurse nutritionist officer optician optometrist
  painter paralegal paramedic pastor pediatrician pharmacist photographer physician physicist physio
  physiotherapist pilot planner plumber podcaster poet policeman policewoman postman postwoman principal
  producer professor programmer psychiatrist psychologist publisher rabbi radiographer receptionist
  recruiter researcher retailer sailor salesman saleswoman scientist secretary shopkeeper singer soldier
  solicitor sommelier statistician steward stewardess student supervisor surgeon surveyor tailor teacher
  technician therapist trainer translator tutor vet veterinarian waiter waitress welder writer youtuber
  cto ceo cfo coo vp`);

/** Words that follow "I'm" capitalised without being a name: nationalities, faiths, languages. */
export const NOT_A_NAME = words(`
  afghan african albanian algerian american argentine argentinian armenian asian australian austrian
  bangladeshi belgian bolivian bosnian brazilian british bulgarian cambodian cameroonian canadian chilean
  chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english
  eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan
  haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican
  japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti latvian lebanese libyan lithuanian
  luxembourgish malagasy malaysian maltese maori mexican moldovan mongolian montenegrin moroccan nepalese
  nepali nigerian norwegian pakistani palestinian panamanian paraguayan persian peruvian polish portuguese
  puerto qatari romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian
  somali spanish sri sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish
  ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean latino latina
  hispanic arab caucasian black white catholic christian protestant orthodox anglican baptist methodist
  mormon jewish muslim hindu buddhist sikh jain atheist agnostic pagan quaker evangelical gay lesbian bi
  bisexual trans queer straight vegan vegetarian pescatarian diabetic coeliac celiac autistic deaf blind
  sorry hungry tired fine good back here new ready sure done happy glad afraid busy lost late ok okay home
  free still not so very really just also the a an in at on from with going trying looking sad bored
  excited confused stuck sick ill well great curious worried nervous scared angry upset thirsty cold hot
  retired single married divorced pregnant
  texan kansan alaskan oregonian floridian roman kiwi aussie brit yank pom scouse geordie cockney
  punjabi bengali gujarati tamil telugu kashmiri azeri azerbaijani flemish walloon basque catalan
  aries taurus gemini cancer virgo libra scorpio sagittarius capricorn aquarius pisces
  team gen pro anti down up out over off all fully totally completely honestly literally
  exhausted starving freezing knackered shattered stressed thrilled delighted gutted broke
  sorted game keen stoked ready awake asleep alive dead right wrong serious kidding joking
  ridiculous amazing awesome terrible awful lucky crazy sleepy grumpy lonely busy hangry
  neurodivergent introverted extroverted introvert extrovert
  spartacus batman superman spiderman spider-man groot ironman hulk yoda gandalf sherlock shrek
  ishmael legend legendary iron`);

/**
 * Given names shaped like the adjectives and demonyms "I'm …" is followed by more often ("Brian",
 * "Julian" end like "Parisian"; "Ahmed" like "Exhausted"), so the shape test lets them through.
 */
export const NAMES_OF_ADJECTIVE_SHAPE = words(`
  brian julian adrian damian fabian florian kilian killian lillian vivian dorian sebastian maximilian
  marian cassian ian jillian gillian christian ahmed mohammed muhammed mohamed mehmed alfred sterling
  irving olive clive vincent laurent clement constant bryant`);

/** The user's relatives and partner, as "my <relation> …". */
export const RELATIONS = words(`
  wife husband partner boyfriend girlfriend fiance fiancé fiancee fiancée spouse son sons daughter daughters
  kid kids child children baby babies twins mum mom mother mam mama mummy mommy dad father papa daddy
  parents brother brothers sister sisters sibling siblings grandmother grandfather grandma grandpa gran
  granny grandad granddad nan nana grandparents grandson grandsons granddaughter granddaughters grandchild
  grandchildren grandkids stepson stepdaughter stepmother stepfather stepmom stepdad aunt auntie uncle cousin
  cousins niece nephew nieces nephews in-laws mother-in-law father-in-law sister-in-law brother-in-law
  son-in-law daughter-in-law family`);

/** Pets and the breeds people name them by. */
export const PETS = words(`
  dog dogs puppy puppies pup cat cats kitten kittens kitty parrot parrots budgie budgies hamster hamsters
  rabbit rabbits bunny guinea pig pigs tortoise turtle goldfish fish horse pony ferret gecko lizard snake
  chicken chickens hens corgi terrier labrador lab retriever poodle beagle spaniel collie greyhound
  whippet dachshund pug husky shepherd alsatian rottweiler boxer bulldog chihuahua schnauzer setter pointer
  tabby siamese persian ragdoll mongrel mutt rescue cockapoo labradoodle cavapoo`);

/** Foods and drinks, for "I avoid …" (which is a diet only when it is about food). */
export const FOODS = words(`
  meat pork beef lamb chicken fish seafood shellfish prawns shrimp crab lobster oysters eggs egg dairy milk
  cheese butter cream yoghurt yogurt gluten wheat bread pasta rice nuts peanuts almonds soy sugar salt
  caffeine coffee tea alcohol wine beer spirits chocolate garlic onion onions spicy chilli chili mushrooms
  tomatoes fried sweets carbs red processed junk soda fizzy juice drinks booze liquor vodka whisky whiskey
  gin rum cider lager ale cocktails espresso lattes decaf sesame soya tofu corn oats barley rye grains
  legumes beans lentils honey ham bacon sausages veal poultry tuna salmon sushi fruit veg vegetables
  nightshades lactose msg dessert desserts cake candy crisps chips avocado kiwi strawberries citrus
  coriander cilantro spice spices fast food takeaway sugary sweetener sweeteners caffeinated`);

/**
 * What "I'm allergic to …" is said of when it is a figure of speech ("allergic to small talk", "to
 * Mondays"): the feelings people have about work and effort, not food or an allergen.
 */
export const FIGURATIVE_ALLERGIES = words(`
  work mondays monday mornings morning people talk small exercise effort commitment drama nonsense math
  maths numbers spreadsheets deadlines change meetings emails admin politics cardio running gyms gym
  jargon buzzwords responsibility paperwork bureaucracy adulting chores housework homework cleaning
  mess clutter queues traffic crowds noise rules authority criticism feedback compliments phone calls
  calls texts effort early alarms hard`);

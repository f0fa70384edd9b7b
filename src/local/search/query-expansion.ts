// What a query word may be written as in a memory. The stemmer joins "living" and "lives" but not
// "sold" and "sell", so irregular forms are listed; and a few words of the questions people ask about
// themselves name what memories say in other words ("How old is she?" ↔ "she turns 5"). Alternatives
// count for less than the word itself (see `ALTERNATIVE_CREDIT`), so they reorder and fill in, and
// are not enough on their own to make an off-topic question look answered.

const IRREGULAR = `
  be was were been | become became | begin began begun | break broke broken | bring brought | build built |
  buy bought | catch caught | choose chose chosen | come came | cost | cut | die died dead | do did done |
  drink drank drunk | drive drove driven | eat ate eaten | fall fell fallen | feel felt | fight fought |
  find found | fly flew flown | forget forgot forgotten | get got gotten | give gave given | go went gone |
  grow grew grown | have had | hear heard | hide hid hidden | hold held | hurt | keep kept | know knew known |
  lead led | leave left | lend lent | lose lost | make made | meet met | pay paid | ride rode ridden |
  ring rang rung | rise rose risen | run ran | say said | see saw seen | sell sold | send sent | sing sang sung |
  sit sat | sleep slept | speak spoke spoken | spend spent | stand stood | steal stole stolen | swim swam swum |
  take took taken | teach taught | tear tore torn | tell told | think thought | throw threw thrown |
  understand understood | wake woke woken | wear wore worn | win won | write wrote written | bear born`;

const COLOURS = [
  'red',
  'green',
  'blue',
  'yellow',
  'black',
  'white',
  'grey',
  'gray',
  'pink',
  'purple',
  'orange',
  'brown',
  'navy',
  'silver',
  'gold',
  'beige',
  'cream',
  'turquoise',
  'teal',
  'paint',
  'painted',
];
const SMOKING = [
  'smoke',
  'smoking',
  'smoked',
  'cigarette',
  'cigarettes',
  'cigs',
  'vape',
  'vaping',
  'nicotine',
];
const INCOME = [
  'salary',
  'income',
  'wage',
  'wages',
  'earn',
  'earning',
  'paid',
  'job',
  'retainer',
  'freelance',
  'clients',
];

// Question words → what memories say (one direction: the memory's words do not pull in the question's).
const RELATED: Readonly<Record<string, readonly string[]>> = {
  old: ['age', 'turns', 'turned', 'birthday', 'years'],
  age: ['old', 'turns', 'birthday', 'years'],
  live: ['moved', 'home', 'flat', 'apartment', 'house', 'based', 'neighbourhood'],
  home: ['live', 'moved', 'flat', 'apartment', 'house'],
  work: ['job', 'works', 'company', 'office', 'employer', 'hired', 'role', 'position'],
  job: ['work', 'works', 'role', 'position', 'company', 'hired'],
  name: ['called', 'named'],
  called: ['name', 'named'],
  married: ['wife', 'husband', 'wedding'],
  wife: ['married'],
  husband: ['married'],
  partner: ['boyfriend', 'girlfriend', 'wife', 'husband', 'fiancé', 'fiancée'],
  kids: ['son', 'daughter', 'children'],
  children: ['son', 'daughter', 'kids'],
  mother: ['mum', 'mom', 'mama', 'mam', 'amma', 'maman', 'mamá', 'mamma', 'mutti', 'mãe'],
  mum: ['mother', 'mom', 'mama'],
  mom: ['mother', 'mum', 'mama'],
  father: ['dad', 'papa', 'papá', 'vati', 'pai'],
  dad: ['father', 'papa'],
  pet: ['dog', 'cat', 'puppy', 'kitten'],
  car: ['drive', 'vehicle'],
  allergic: ['allergy', 'react'],
  allergy: ['allergic'],
  allergies: ['allergic', 'allergy'],
  diet: ['eat', 'eating', 'vegetarian', 'vegan', 'pescatarian'],
  trip: ['travel', 'holiday', 'flight', 'visit'],
  holiday: ['trip', 'vacation', 'travel'],
  vacation: ['trip', 'holiday', 'travel'],
  hobby: ['class', 'lessons', 'club'],
  school: ['class', 'teacher'],
  study: ['studies', 'studying', 'course', 'degree'],
  university: ['varsity', 'uni', 'college'],
  uni: ['university', 'varsity', 'college'],
  studying: ['studies', 'study', 'course', 'degree'],
  doctor: ['gp', 'clinic', 'hospital'],
  medication: ['tablets', 'pills', 'medicine', 'takes'],
  medicine: ['tablets', 'pills', 'medication'],
  boss: ['manager', 'supervisor'],
  manager: ['boss'],
  birthday: ['bday', 'turns', 'born'],
  born: ['birthday'],
  like: ['love', 'loves', 'enjoy', 'favourite', 'favorite', 'prefer', 'fan'],
  love: ['like', 'likes', 'enjoy', 'favourite', 'favorite'],
  favourite: ['love', 'like', 'likes', 'prefer'],
  favorite: ['love', 'like', 'likes', 'prefer'],
  hate: ['dislike', 'dislikes', 'stand'],
  dislike: ['hate', 'stand'],
  stay: ['hotel', 'inn', 'hostel', 'accommodation', 'airbnb'],
  hotel: ['inn', 'hostel', 'accommodation', 'stay'],
  brand: ['chain', 'make', 'model'],
  charge: ['rate', 'price', 'fee', 'cost'],
  charging: ['rate', 'price', 'fee', 'cost'],
  coffee: ['espresso', 'espressos', 'latte', 'cappuccino', 'americano', 'café'],
  airline: ['flight', 'flights', 'fly', 'flew', 'airways'],
  flight: ['fly', 'flew', 'airline', 'flights'],
  computer: ['laptop', 'pc', 'macbook', 'desktop'],
  laptop: ['computer', 'macbook', 'notebook'],
  telephone: ['phone', 'mobile', 'iphone', 'smartphone'],
  grandchildren: ['granddaughter', 'grandson', 'grandkids', 'grandchild', 'grandbabies'],
  grandkids: ['granddaughter', 'grandson', 'grandchildren', 'grandchild'],
  grandbabies: ['granddaughter', 'grandson', 'grandchildren', 'grandkids', 'grandchild'],
  books: ['accountant', 'bookkeeper', 'accounts'],
  anniversary: ['married', 'wedding'],
  present: ['gift', 'gifts'],
  gift: ['present', 'presents'],
  operation: ['surgery', 'op'],
  surgery: ['operation', 'op'],
  // A dog is said by its breed ("our kelpie", "my rescue greyhound").
  dog: [
    'puppy',
    'labrador',
    'retriever',
    'collie',
    'spaniel',
    'terrier',
    'kelpie',
    'greyhound',
    'poodle',
    'beagle',
    'husky',
    'dachshund',
    'pug',
    'corgi',
    'whippet',
    'lurcher',
    'bulldog',
    'rottweiler',
    'schnauzer',
    'chihuahua',
    'cockapoo',
    'cavapoo',
    'labradoodle',
    'staffie',
    'boxer',
  ],
  scooter: ['vespa', 'moped'],
  plot: ['allotment'],
  vegetables: ['allotment', 'veg'],
  veg: ['allotment', 'vegetables'],
  shut: ['closed', 'close', 'closing'],
  closed: ['shut'],
  seafood: ['fish', 'prawns', 'shrimp', 'shellfish', 'pescatarian'],
  schedule: ['roster', 'rota', 'shifts'],
  roster: ['schedule', 'rota', 'shifts'],
  train: ['practice', 'practise', 'training'],
  training: ['practice', 'practise'],
  practice: ['training', 'train'],
  camera: ['nikon', 'canon', 'fujifilm', 'sony', 'leica', 'lumix', 'olympus'],
  rid: ['sold', 'sell', 'gave', 'donated'],
  milkshake: ['milk', 'dairy', 'lactose', 'whey'],
  // A kind of thing is said by its members ("What colour is the bike?" ↔ "dark green now").
  colour: COLOURS,
  color: COLOURS,
  instrument: [
    'guitar',
    'piano',
    'violin',
    'fiddle',
    'cello',
    'drums',
    'bass',
    'ukulele',
    'flute',
    'saxophone',
    'sax',
    'trumpet',
    'clarinet',
    'harp',
    'keyboard',
    'keys',
  ],
  sport: [
    'football',
    'soccer',
    'rugby',
    'tennis',
    'hockey',
    'cricket',
    'basketball',
    'netball',
    'golf',
    'swimming',
    'cycling',
    'running',
    'climbing',
    'bouldering',
    'padel',
    'badminton',
    'volleyball',
    'squash',
  ],
  position: [
    'goalkeeper',
    'keeper',
    'goalie',
    'defence',
    'defense',
    'defender',
    'midfield',
    'midfielder',
    'striker',
    'forward',
    'winger',
    'fullback',
    'prop',
    'hooker',
    'flanker',
    'pitcher',
    'catcher',
    'shortstop',
    'setter',
    'libero',
    'guard',
  ],
  language: [
    'spanish',
    'french',
    'german',
    'italian',
    'japanese',
    'mandarin',
    'chinese',
    'korean',
    'portuguese',
    'arabic',
    'dutch',
    'duolingo',
  ],
  belt: ['stripe', 'stripes', 'grading', 'graded', 'promoted'],
  motorbike: ['motorcycle', 'bike', 'moto', 'scooter'],
  motorcycle: ['motorbike', 'bike', 'moto'],
  // Who someone is by what they do: "Am I still a smoker?" ↔ "3 months now without smoking".
  smoker: SMOKING,
  drinker: ['drinking', 'drink', 'alcohol', 'sober', 'booze', 'beer', 'wine'],
  alcohol: ['drinking', 'drink', 'sober', 'booze', 'beer', 'wine'],
  runner: ['run', 'running', 'ran', 'jog', 'jogging'],
  swimmer: ['swim', 'swimming', 'swam'],
  cyclist: ['cycling', 'cycle', 'bike', 'riding'],
  climber: ['climbing', 'climb', 'bouldering'],
  volunteer: ['volunteering', 'volunteers', 'charity', 'unpaid'],
  volunteering: ['volunteer', 'volunteers', 'charity', 'unpaid'],
  best: ['pb', 'pr', 'record'],
  // Money in and out: "How am I paying the bills?" ↔ "a monthly retainer", "my salary".
  bills: INCOME,
  income: INCOME,
  salary: ['pay', 'paid', 'wage', 'income', 'earn', 'earning'],
  rent: ['landlord', 'lease', 'tenancy'],
  weight: ['kg', 'kilos', 'pounds', 'lbs', 'weigh', 'weighed'],
  gym: ['workout', 'workouts', 'lifting', 'weights'],
  workout: ['gym', 'training', 'lifting'],
};

/** Credit of a related word relative to the query's own word. */
export const ALTERNATIVE_CREDIT = 0.6;

const forms = new Map<string, string[]>();
for (const group of IRREGULAR.split('|')) {
  const words = group.trim().split(/\s+/).filter(Boolean);
  for (const word of words)
    forms.set(
      word,
      words.filter((other) => other !== word),
    );
}

/**
 * The other forms of a query word that mean the same (irregular verbs: "sold" for "sell").
 *
 * @example
 * inflections('sell'); // ['sold']
 */
export function inflections(word: string): readonly string[] {
  return forms.get(word) ?? [];
}

/**
 * Words a memory may use for a query word ("turns" for "old"), which count `ALTERNATIVE_CREDIT`.
 *
 * @example
 * relatedWords('old'); // ['age', 'turns', 'turned', 'birthday', 'years']
 */
export function relatedWords(word: string): readonly string[] {
  const bases = [
    word,
    word.replace(/s$/, ''),
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/ed$/, ''),
    word.replace(/ed$/, 'e'),
  ];
  for (const base of bases) {
    const related = RELATED[base];
    if (related) return related.filter((other) => other !== word);
  }
  return [];
}

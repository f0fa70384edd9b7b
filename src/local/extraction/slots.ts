import { withG } from '../search/text-terms.ts';
import { OCCUPATIONS } from './rule-lexicon.ts';

// Slots: the single-valued things about a person that change over time (where they work, where they
// live, what they drive, who they are with…). A user turn that states a slot's value gets the tag
// `slot:<name>`; a question about the slot ("Where do I work?", "What car do we drive now?") finds those
// turns even when they share no word with it ("We opened the pharmacy this morning", "I sold the Mazda,
// we bought a RAV4"), and, when it asks how things are now, the newest statement of the slot ranks
// above the older ones (search-memories.ts). Each slot is a small closed lexicon: the words a question
// names it by, and the patterns of a statement that gives or changes its value.

/** The slots a statement can fill. */
export type SlotName =
  | 'work'
  | 'home'
  | 'car'
  | 'bike'
  | 'partner'
  | 'phone'
  | 'medication'
  | 'exercise'
  | 'race'
  | 'instrument'
  | 'weight'
  | 'study'
  | 'lessons'
  | 'diet'
  | 'transport'
  | 'smoking'
  | 'alcohol'
  | 'boat';

interface Slot {
  readonly name: SlotName;
  /** Question words (lower case) that ask about the slot. */
  readonly words: ReadonlySet<string>;
  /** Chinese question words that ask about it. */
  readonly zhWords: readonly string[];
  /** Patterns of an English statement of the slot's value. */
  readonly states: readonly (Pattern | RegExp)[];
  /** Patterns of a Chinese statement of it. */
  readonly zhStates: readonly (Pattern | RegExp)[];
}

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));
const list = (text: string): readonly string[] => text.trim().split(/\s+/);
const alternatives = (words: Iterable<string>) =>
  [...words]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

// Job titles: the rules' occupations plus heads of titles that are no job on their own in "I'm a …".
const TITLES: ReadonlySet<string> = new Set([
  ...OCCUPATIONS,
  ...list(`controller coordinator generalist intern associate specialist executive lead officer clerk
    administrator cashier principal head headteacher headmaster headmistress foreman partner registrar resident
    consultant apprentice trainee paralegal superintendent supervisor inspector technician tutor chair
    dean`),
]);
// Places people work in, as "first week at the …", "two weeks at the …".
const WORKPLACES =
  set(`office clinic hospital surgery practice pharmacy school university college company firm
  agency studio bank shop store restaurant café cafe bakery salon factory warehouse lab laboratory startup
  fintech ministry department council library hotel garage site plant mine depot newsroom centre desk branch
  unit ward team`);
const WORK_WORDS: ReadonlySet<string> = new Set([...TITLES, ...WORKPLACES]);
const BUSINESSES = set(`shop store business company startup restaurant café cafe bakery salon pharmacy clinic
  practice studio agency firm branch stall kiosk bar pub farm garage bookshop boutique hardware consultancy`);
const CAR_MAKES = alternatives(
  list(`Toyota Honda Mazda Ford Nissan Hyundai Kia Volkswagen VW BMW Audi Mercedes Mercedes-Benz Tesla Subaru
    Chevrolet Chevy Peugeot Renault Citroën Citroen Fiat Skoda Škoda Volvo Jeep Lexus Mitsubishi Suzuki Isuzu
    Dacia SEAT Opel Vauxhall Porsche Jaguar BYD Geely Tata Mahindra Maruti Proton
    Perodua Holden Dodge GMC Buick Cadillac Chrysler Lincoln Polestar Rivian NIO MG Cupra Lada
    Daihatsu Infiniti Acura Genesis Saab Smart`).concat(['Land Rover', 'Range Rover', 'Alfa Romeo']),
);
// Makes no everyday word can be mistaken for, matched in any case ("white renault kangoo").
const CAR_MAKES_ANY_CASE = alternatives(
  list(`toyota honda mazda nissan hyundai kia volkswagen bmw audi tesla subaru chevrolet peugeot
    renault citroën citroen skoda škoda volvo lexus mitsubishi suzuki dacia vauxhall porsche byd`),
);
// Car models that are no everyday word (a "Golf" or a "Jazz" is left to the make before it).
const CAR_MODELS = alternatives(
  list(`Civic Corolla Camry Prius RAV4 Hilux Yaris Aygo Auris Highlander Tacoma Tundra Sienna Probox Vitz
    Qashqai Micra Juke X-Trail Navara Accord CR-V HR-V CX-3 CX-5 CX-30 Mazda3 Mazda2 Outback Forester
    Impreza Sportage Tucson Elantra Kona Octavia Fabia Superb Tiguan Passat Jetta Touareg Clio Megane
    Mégane Captur Duster Sandero Fiesta Mondeo Kuga F-150 Mustang Hilux D-Max Panda Punto Twingo Zoe
    e-208 Corsa Astra Swift Vitara Jimny Wrangler Cherokee Outlander Pajero Lancer Malibu Impala Altima
    Sentra Pathfinder Sorento Sonata Silverado Ioniq Niro Transit e-Transit Caddy Sprinter Vivaro Berlingo
    Kangoo Ducato`).concat(['Santa Fe', 'Model 3', 'Model Y']),
);
// Models no everyday word can be mistaken for, matched in any case ("2013 malibu, black").
const CAR_MODELS_ANY_CASE = alternatives(
  list(`corolla camry prius rav4 hilux yaris highlander tacoma qashqai x-trail navara cr-v hr-v cx-5 cx-30
    sportage elantra octavia tiguan passat jetta clio megane sandero mondeo kuga f-150 vitara
    jimny wrangler outlander pajero malibu impala altima sentra sorento sonata silverado ioniq`),
);
const BIKE_MAKES = alternatives(
  list(`Canyon Specialized Trek Giant Cannondale Cervélo Cervelo Bianchi Brompton Orbea Pinarello Cube Merida
    Colnago Ribble Raleigh Boardman Marin Kona Focus Scott BMC`).concat(['Santa Cruz']),
);
const PHONE_MAKES = alternatives(
  list(`iPhone Pixel Galaxy Samsung Xiaomi Huawei OnePlus Motorola Nokia Oppo Vivo Realme Fairphone Redmi`),
);
const SPORTS = alternatives(
  list(`swimming swim swims running jogging jog yoga pilates gym cycling football soccer basketball tennis
    badminton volleyball cricket rugby hockey climbing bouldering hiking dancing dance karate judo boxing
    taekwondo kickboxing rowing golf skiing surfing crossfit spinning zumba netball baseball softball squash
    handball fencing aerobics workout workouts walking walks laps marathon triathlon run runs`).concat([
    'tai chi',
    'martial arts',
    'weight training',
    'strength training',
    'park run',
    'parkrun',
  ]),
);
const INSTRUMENTS = alternatives(
  list(`guitar bass drums drum piano violin cello viola ukulele saxophone sax trumpet trombone flute clarinet
    harp banjo mandolin accordion harmonica oboe keyboards synth vocals guitarist bassist drummer pianist
    violinist cellist singer`),
);
const SUBJECTS = alternatives(
  list(`law medicine economics engineering biology chemistry physics history maths math mathematics nursing
    architecture psychology business commerce accounting finance philosophy literature english geography
    sociology politics art design music computing informatics pharmacy dentistry veterinary agriculture
    journalism marketing education linguistics statistics`).concat([
    'computer science',
    'marine biology',
    'information technology',
  ]),
);
const DRUG_SUFFIX =
  /\b[a-z]{3,}(?:pril|olol|statin|sartan|dipine|prazole|formin|gliptin|xaban|parin|farin|azepam|oxetine|triptan|mycin|cillin|cycline|thyroxine|tidine|lukast|umab|ximab|zumab|cept|glutide)\b/i;

/**
 * A statement pattern. Patterns written in lower case are tested on the lower-cased text (much faster
 * than a case-insensitive regex); those that need capitals (a make, a name) on the text as written.
 */
interface Pattern {
  test(lower: string, original: string): boolean;
  /** A plain regex source, joined with the slot's others into one regex (one scan, not many). */
  readonly source?: string;
  /** Whether `source` is tested on the text as written rather than lower-cased. */
  readonly cased?: boolean;
}
/** A case-insensitive pattern (written in lower case), maybe behind a cheap `gate` that must match first. */
const re = (source: string, gate?: RegExp): Pattern => {
  const full = new RegExp(source, 'u');
  return gate
    ? { test: (lower) => gate.test(lower) && full.test(lower) }
    : { test: (lower) => full.test(lower), source };
};
/** A pattern tested on the text as written. */
const cased = (source: string): Pattern => {
  const full = new RegExp(source, 'u');
  return { test: (_lower, original) => full.test(original), source, cased: true };
};
/** A case-insensitive `source` that must be followed by a capitalised word ("start at Nordlys"). */
const beforeName = (source: string): Pattern => {
  const full = new RegExp(source, 'gu');
  return {
    test(lower, original) {
      for (const match of lower.matchAll(full))
        if (/\p{Lu}/u.test(original.charAt((match.index ?? 0) + match[0].length))) return true;
      return false;
    },
  };
};
const ARTICLES = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'new']);
const inVocabulary = (vocabulary: ReadonlySet<string>, word: string) =>
  vocabulary.has(word) || (word.endsWith('s') && vocabulary.has(word.slice(0, -1)));
/**
 * A case-insensitive `prefix` followed, within `within` words of the same clause (articles skipped),
 * by a word of `vocabulary`, itself followed by a word matching `then` when given: "as a senior
 * engineer at" is `beforeWord('\\bas\\s+', TITLES, 3, /^(?:at|in|for|with)$/)`. Word lists stay out
 * of the regex (a regex of hundreds of alternatives runs slowly).
 */
const beforeWord = (
  prefix: string,
  vocabulary: ReadonlySet<string>,
  within: number,
  then?: RegExp,
): Pattern => {
  const full = new RegExp(prefix, 'gu');
  return {
    test(lower) {
      for (const match of lower.matchAll(full)) {
        const rest = lower.slice((match.index ?? 0) + match[0].length).split(/[.,;:!?()]/u)[0] ?? '';
        const words = rest.match(/[\p{L}\p{N}'-]+/gu) ?? [];
        let start = 0;
        while (start < words.length && ARTICLES.has(words[start]!)) start += 1;
        for (let index = start; index < Math.min(words.length, start + within); index += 1)
          if (
            inVocabulary(vocabulary, words[index]!) &&
            (then === undefined || then.test(words[index + 1] ?? ''))
          )
            return true;
      }
      return false;
    },
  };
};
/** A case-insensitive `source` whose first group is a word of `vocabulary` ("Ruiru Pharmacy is open"). */
const wordBefore = (source: string, vocabulary: ReadonlySet<string>): Pattern => {
  const full = new RegExp(source, 'gu');
  return {
    test: (lower) =>
      [...lower.matchAll(full)].some((match) => inVocabulary(vocabulary, (match[1] ?? '').toLowerCase())),
  };
};
/** A regex literal: one with the `i` flag is written in lower case and tested on the lower-cased text. */
const literal = (pattern: RegExp): Pattern =>
  pattern.flags.includes('i')
    ? re(pattern.source)
    : pattern.flags.includes('u')
      ? cased(pattern.source)
      : { test: (_lower, original) => pattern.test(original) };

/** A slot's patterns with the plain ones joined into one regex per case. */
function compile(patterns: readonly Pattern[]): Pattern[] {
  const joined = (asWritten: boolean) => {
    const sources = patterns.filter((pattern) => pattern.source && !!pattern.cased === asWritten);
    return sources.length === 0
      ? []
      : [(asWritten ? cased : re)(sources.map((pattern) => `(?:${pattern.source})`).join('|'))];
  };
  return [...joined(false), ...joined(true), ...patterns.filter((pattern) => !pattern.source)];
}

const SLOTS: readonly Slot[] = [
  {
    name: 'work',
    words: set(`work works working job jobs company employer career profession occupation business shop shops
      firm workplace earn earning income shift shifts role`),
    zhWords: list('工作 上班 公司 职业 单位 做什么的 干什么的 干啥 营生 教书 生意'),
    states: [
      re(
        `\\b(?:i|we|he|she|they)(?:'m|\\s+am|\\s+is|\\s+are)?\\s+(?:now\\s+|still\\s+|currently\\s+)?(?:work|works|worked|working)\\s+(?:shifts\\s+|nights\\s+|part[- ]time\\s+|full[- ]time\\s+)?(?:at|as|for|in)\\b`,
      ),
      re(
        `\\b(?:got|found|landed|accepted|took|start(?:ed|ing|s)?|began|offered|offer of|left|quit|lost|stopped|resigned from)\\s+(?:a|the|my|this|that|her|his|their|our)\\s+(?:new\\s+|part[- ]time\\s+|full[- ]time\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:job|role|position|post)\\b`,
      ),
      re(`\\b(?:new|part[- ]time|full[- ]time)\\s+(?:job|role|position|employer)\\b`),
      re(`\\b(?:job|role|position|post|offer)\\s+(?:as|at|with)\\b`),
      re(`\\b(?:an|the|a|job|my)\\s+offer\\s+from\\b`),
      beforeName(
        `\\b(?:i|we|she|he)\\s+(?:start|starts|started|begin|began)\\s+(?:work\\s+|the new job\\s+|my new job\\s+)?(?:at|with)\\s+(?:the\\s+)?`,
      ),
      wordBefore(`\\b([\\p{L}-]+)\\s+(?:contract|job|position|role|post|internship)\\b`, TITLES),
      re(
        `\\b(?:hired|promoted|resigned|retired|retiring|laid off|made redundant|got fired|was fired|handed in my notice|signed the contract|job offer|(?:moved|transferred|posted|seconded|promoted) me to)\\b`,
      ),
      re(`\\b(?:day|night|early|late|morning|evening|weekend|bank|agency|extra|double|split)\\s+shifts?\\b`),
      re(
        `\\b(?:first|last)\\s+(?:day|days|week|weeks|month|shift|shifts)\\s+(?:at|as|in|on)\\s+(?:the\\s+|my\\s+)?(?:new\\s+)?job\\b`,
      ),
      beforeWord(
        `\\b(?:first|last)\\s+(?:day|days|week|weeks|month|shift|shifts)\\s+(?:done\\s+|over\\s+|finished\\s+)?(?:at|as|in|on)\\s+`,
        WORK_WORDS,
        4,
      ),
      beforeName(`\\b(?:first|last)\\s+(?:day|days|week|weeks|month)\\s+at\\s+`),
      beforeWord(
        `\\b(?:one|two|three|four|five|six|a|\\d+)\\s+(?:days?|weeks?|months?)\\s+(?:as|at|in)\\s+`,
        WORK_WORDS,
        4,
      ),
      // "as senior engineer at", or closing its clause ("…moved me to the port expansion as senior engineer.").
      beforeWord(`\\bas\\s+`, TITLES, 3, /^(?:at|in|for|with|on|)$/),
      beforeWord(`\\b(?:first|one|two|a)\\s+(?:day|week|month)s?\\s+as\\s+`, TITLES, 3),
      beforeWord(`\\bi(?:'m|\\s+am)\\s+(?:now\\s+|still\\s+)?(?:a|an|the)\\s+`, TITLES, 3),
      beforeWord(
        `\\b(?:i|we)\\s+(?:run|own|manage|opened|launched|set up|started)\\s+(?:a|an|the|my|our)\\s+`,
        BUSINESSES,
        5,
      ),
      wordBefore(`\\b([\\p{L}-]+)\\s+is\\s+(?:now\\s+|finally\\s+|officially\\s+)*open\\b`, BUSINESSES),
      re(`\\bopened\\s+(?:the|our|my)\\s+doors\\b`),
      // "I'm going to be Senior Marketing Manager at Azure", "become head of sales at".
      beforeWord(`\\b(?:be|being|become|becoming|became|now)\\s+`, TITLES, 4, /^(?:at|in|for|with|and|of)$/),
      // "senior product designer, payments team, 118k. i start nov 10": a title said with its start,
      // its offer or its pay.
      {
        test: (lower: string) =>
          /\b(?:i start|i'm starting|im starting|starting|start date|(?:my\s+)?first (?:day|week|month)|offer|hired|salary|\d+k\b|a year\b|per year|per annum)/.test(
            lower,
          ) && (lower.match(/[\p{L}-]+/gu) ?? []).some((word: string) => TITLES.has(word)),
      },
      // A title at a named employer ("Lead designer at Tidewater"), and the offer's own words.
      {
        test: (lower: string, original: string) =>
          /\b(?:at|with|for)\s+(?:the\s+)?\p{Lu}/u.test(original) &&
          [...lower.matchAll(/([\p{L}-]+)\s+(?:at|with|for)\s+(?:the\s+)?([\p{L}]+)/gu)].some(
            (match) =>
              TITLES.has(match[1]!) &&
              /\p{Lu}/u.test(original.charAt((match.index ?? 0) + match[0].length - match[2]!.length)),
          ),
      },
      re(`\\b(?:start date|base salary|\\d+k base|signed the offer|accepted (?:an|the) offer)\\b`),
      // "joined QuickBasket last monday, team is nice": a named employer, said with work around it.
      {
        test: (lower, original) =>
          /\b[Jj]oined\s+(?:the\s+)?\p{Lu}/u.test(original) &&
          /\b(?:team|manager|boss|colleagues?|office|onboarding|salary|role|contract)\b/.test(lower),
      },
      // "Two weeks at Nordlys" (a place named after it).
      beforeName(
        `\\b(?:one|two|three|four|five|six|a|\\d+)\\s+(?:days?|weeks?|months?)\\s+(?:in\\s+)?at\\s+`,
      ),
      // "I'm now on days at the CHUM", "back on nights".
      re(`\\bon\\s+(?:days|nights|earlies|lates)\\s+(?:at|in|on|now|again)\\b`),
      // "first week at arcobank done": a first week at a place named without capitals.
      re(
        `\\b(?:first|last)\\s+(?:day|days|week|weeks|month)\\s+at\\s+(?!the\\b|a\\b|my\\b|home\\b|last\\b)[\\p{L}]{3,}`,
      ),
      // "Started on Monday the 15th at Sahel Infrastructure".
      cased(`\\b[Ss]tart(?:ed|ing)?\\s+(?:on\\s+[^.,;!?]{1,30}?\\s+)?at\\s+\\p{Lu}`),
      // "I started volunteering at the Harvest Community Clinic on Saturdays".
      re(`\\bvolunteer(?:s|ed|ing)?\\s+(?:at|with|for|in)\\b`),
      // "7 on 7 off is so much better": a rotation.
      re(`\\b\\d+\\s+(?:days?\\s+|weeks?\\s+)?on\\s*[,/]?\\s*\\d+\\s+(?:days?\\s+|weeks?\\s+)?off\\b`),
      // "so i changed my café hours, now im on wednesdays", "my new rota".
      re(`\\b(?:my|our)\\s+(?:new\\s+)?(?:[\\p{L}]+\\s+)?(?:hours|shifts|rota)\\b`),
      // "Since last week I am officially my own boss", "went freelance", "I registered my business".
      re(
        `\\b(?:my own boss|self[- ]employed|(?:went|gone|going|work(?:ing)?|now)\\s+freelance|freelanc(?:er|ing)\\b|work(?:ing)? for myself|(?:started|registered|set up|opened)\\s+my\\s+own\\s+(?:business|company|firm|practice))`,
      ),
    ],
    zhStates: [
      /入职|离职|辞职|退休|跳槽|报到|新工作|新公司|换工作|找到工作|上班族|第一天上班/u,
      /在.{1,12}(?:工作|上班|当|做后端|做前端|做开发|做设计|做销售|做编辑|做会计|卖)/u,
      // "来像素海上班两周了": started at a place.
      /(?:来|去|到)[^，。！？、\s]{2,12}上班(?:了|两|一|三|第|的)/u,
      /我(?:是|当)(?:一[名个])?.{0,8}(?:师|员|经理|编辑|会计|护士|医生|老板|主管|总监)/u,
      /接了.{0,10}工作|教.{0,4}(?:语文|数学|英语|物理|化学|历史|书)/u,
      /跑网约车|开网约车|跑滴滴|开滴滴|开出租|跑出租|送外卖|跑外卖|跑快递|送快递|开货车|跑货运/u,
    ],
  },
  {
    name: 'home',
    words: set(`live lives living home house flat apartment address suburb neighbourhood neighborhood district
      based city town country`),
    zhWords: list('住 家住 住址 哪个区 城市'),
    states: [
      /\b(?:live|lives|lived|living)\s+(?:up\s+|down\s+|out\s+|over\s+)?(?:in|at|on|near|with)\b/i,
      /\bmov(?:e|ed|es|ing)\s+(?:to|into|in|out|back|house|away|abroad)\b/i,
      /\b(?:my|our|his|her|their|new|'s)\s+(?:new\s+|old\s+|own\s+)?(?:house|home|flat|apartment|condo|townhouse|bungalow|place|room|digs)\s+(?:in|on|at|near|is|was)\b/i,
      /\b[Nn]ew\s+(?:[\p{Lu}][\p{L}'-]*\s+)?(?:house|home|flat|apartment|condo|townhouse|place)\b/u,
      /\b(?:signed|sign)\s+(?:a|the)\s+lease\b/i,
      /\bbought\s+(?:a|the|our|my)\s+(?:new\s+)?(?:house|flat|apartment|home|place|condo)\b/i,
      /\b(?:rent|renting|rented)\s+(?:a|the|my|our)\s+(?:room|flat|apartment|house|place)\b/i,
      /\bmoved\s+in\s+(?:with|together)\b/i,
      // "moved. hammersmith flat w priya": a move announced on its own, a flat named by its place.
      /(?:^|[.!?]\s+)(?:we\s+|i\s+|finally\s+|officially\s+|we've\s+|i've\s+)?moved\s*[.!,]/i,
      /\b(?:the|our|my)\s+(?!new\b|old\b)[\p{L}]+\s+flat\b|\b[\p{L}]+\s+flat\s+(?:w|with)\s/iu,
      // "1 bed in blackpool, tiny but mine", "a two-bedroom flat in Leith".
      /\b(?:a|one|two|three|four|\d)[- ]bed(?:room)?(?:ed)?\s+(?:flat|apartment|house|place|in|on|near)\b/i,
      // "we're in kinsale since monday", "I'm officially in Leeds now".
      /\b(?:we're|we are|i'm|im|i am)\s+(?:now\s+|officially\s+|finally\s+)?(?:in|living in)\s+(?!(?:a|an|the|my|our|his|her|their|this|that|bed|town|class|school|work|hospital|love|trouble|charge|touch|pain|shock|line)\b)[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:since|now|for good)\b/iu,
      // "We are in a flat in West Ealing now", "the rental in Etobicoke is smaller than the photos".
      /\b(?:in|into)\s+(?:a|an|our|my|the)\s+(?:new\s+|little\s+|small\s+|tiny\s+)?(?:flat|house|apartment|studio|condo|rental|place)\s+(?:in|on|near)\s+\p{Lu}/u,
      /\b(?:[Tt]he|[Oo]ur|[Mm]y)\s+(?:new\s+)?rental\s+(?:in|on|at|near)\s+\p{Lu}/u,
    ],
    zhStates: [
      /住在|(?<![不记忍抓挡禁顶稳站靠保守得])住(?!院|宿|店|手|气)|搬到|搬家|搬进|搬去|新家|租了|租房|合租|买了房|买房|老房子|房子/u,
    ],
  },
  {
    name: 'car',
    words: set('car cars drive drives driving drove vehicle vehicles'),
    zhWords: list('车 开车 汽车'),
    states: [
      cased(`\\b(?:${CAR_MAKES})\\b`),
      cased(`\\b(?:${CAR_MODELS})\\b`),
      /\b(?:my|our|the|a|new|old|used|electric|family|his|her)\s+(?:new\s+|old\s+|used\s+|little\s+|second[- ]hand\s+)?(?:car|suv|hatchback|sedan|saloon|minivan|van|campervan|people carrier|pickup|pick-up|ute|station wagon|estate car|ev)\b/i,
      beforeName('\\bdriv(?:e|es|ing)\\s+(?:a|an|the|my|our)\\s+(?:new\\s+|old\\s+)?'),
      re(`\\b(?:${CAR_MODELS_ANY_CASE})\\b`),
      re(`\\b(?:${CAR_MAKES_ANY_CASE})\\s+[\\p{L}\\p{N}]`),
      // The mileage of a car someone owns ("108k miles", "240,000 km on it").
      /\b\d[\d,.]*\s?k?\s?(?:miles|km|kms|kilometres|kilometers)\s+on\s+(?:it|the clock)\b|\b\d+k\s+(?:miles|km)\b/i,
    ],
    zhStates: [
      // Driving somewhere ("开车去公司要四十分钟") says how, not which car: that is transport's.
      /买车|卖车|换车|汽车|轿车|电车|(?:我|我们|家)的车/u,
      /丰田|本田|大众|比亚迪|特斯拉|宝马|奔驰|奥迪|蔚来|理想|小鹏|吉利|长城|哈弗|五菱|日产|马自达|别克|现代/u,
      // "已经提车了", "秦PLUS提回来了": a car picked up, or a model named.
      /提车|提回来|提了(?:新)?车|[宋秦汉唐元]\s?(?:PLUS|Plus|plus|DM-?i|EV|Pro)|朗逸|速腾|迈腾|帕萨特|卡罗拉|凯美瑞|雅阁|思域|轩逸|途观|汉兰达|问界|极氪|零跑|小米SU7|Model\s?[3Y]/u,
    ],
  },
  {
    name: 'bike',
    words: set('bike bikes bicycle ride rides'),
    zhWords: list('自行车 单车'),
    states: [
      cased(`\\b(?:${BIKE_MAKES})\\s+[\\p{Lu}\\p{N}]`),
      /\b(?:road|gravel|mountain|new|my|e-|electric|cargo|folding|racing)\s?(?:bike|bicycle)\b/i,
    ],
    zhStates: [/自行车|单车|公路车|山地车/u],
  },
  {
    name: 'partner',
    words: set(`relationship partner boyfriend girlfriend wife husband spouse married single dating engaged
      fiance fiancé fiancee fiancée seeing`),
    zhWords: list('关系 男朋友 女朋友 对象 结婚 老公 老婆 单身'),
    states: [
      /\b(?:my|our|his|her)\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|wife|husband|spouse|fianc[ée]e?|ex)\b/i,
      /\b(?:broke|broken|break|split)\s+up\b/i,
      /\b(?:married|engaged|divorced|separated|proposed|widowed)\b/i,
      /\b(?:being|i'm|i am|still)\s+single\b/i,
      /\b(?:dating|going out with|(?:been|started|start) going out|seeing someone|seeing each other|met someone|moved in together|(?:officially )?a couple(?: now)?|together now)\b/i,
      /\b(?:and i|we|and me|me and [\p{L}'-]+)\s+are\s+(?:officially\s+|finally\s+|now\s+)?together\b/iu,
      /\bsaid\s+yes\b/i,
    ],
    zhStates: [
      /男朋友|女朋友|男友|女友|老公|老婆|丈夫|妻子|未婚妻|未婚夫|订婚|结婚|分手|离婚|单身|求婚|我愿意|对象|在一起/u,
    ],
  },
  {
    name: 'phone',
    words: set('phone phones mobile smartphone telephone cellphone cell'),
    zhWords: list('手机'),
    states: [
      cased(`\\b(?:${PHONE_MAKES})\\b`),
      // "bought iphone 16 today": a phone make in any case, with its model number.
      /\b(?:iphone|pixel|galaxy\s+[sazn]|redmi|oneplus|xiaomi|huawei|motorola|nokia)\s?\d{1,2}\b|\biphones?\b/i,
      /\b(?:my|new|old|the|a)\s+(?:new\s+|old\s+)?(?:phone|smartphone|mobile)\b/i,
    ],
    zhStates: [/手机|小米|红米|华为|荣耀|苹果1\d|iPhone|一加|魅族|OPPO|vivo|三星/u],
  },
  {
    name: 'medication',
    words:
      set(`medication medications medicine medicines meds pill pills tablet tablets drug drugs prescription
      thinner thinners inhaler insulin dose`),
    zhWords: list('药'),
    states: [
      /\b(?:medication|medications|meds|medicine|tablets|pills|prescription|prescribed|inhaler|insulin|dose|dosage|injections?|jabs?)\b/i,
      /\b(?:switched|put|started)\s+me\s+(?:on|to)\b/i,
      /\b\d+\s?mg\b/i,
      /\b(?:aspirin|warfarin|heparin|metformin|levothyroxine|ibuprofen|paracetamol|antibiotics|antidepressants|statins?|beta[- ]blockers?)\b/i,
      DRUG_SUFFIX,
    ],
    zhStates: [
      /吃药|降压药|降糖药|胰岛素|处方|药片|服药|(?:在|每天)吃.{0,6}药|我的药|换药|(?:一天|每天)[一两二三]片/u,
      // A drug named by its Chinese stem ("缬沙坦", "硝苯地平", "阿托伐他汀", "二甲双胍").
      /\p{Script=Han}(?:沙坦|地平|洛尔|普利|他汀|双胍|列净|格列|司他丁|西林|霉素|拉唑|替丁|司特|甲乐|嘌醇|布司他)/u,
    ],
  },
  {
    name: 'exercise',
    // "fit" only as "keep fit" (a phrase below): "lunches that fit how I eat" asks nothing of sport.
    words: set('exercise exercises sport sports workout workouts fitness gym active'),
    zhWords: list('运动 锻炼 健身'),
    states: [re(`\\b(?:${SPORTS})\\b`)],
    zhStates: [
      /跑步|游泳|瑜伽|健身|太极|广场舞|足球|篮球|羽毛球|乒乓球|网球|爬山|徒步|骑行|跳舞|锻炼|运动|散步|普拉提|攀岩|拳击|滑雪|冲浪|跳绳|飞盘|匹克球|撸铁|力量训练|动感单车|八段锦/u,
    ],
  },
  {
    name: 'race',
    words: set('race races marathon competition event'),
    zhWords: list('比赛 马拉松'),
    states: [
      /\b(?:marathon|half[- ]marathon|ultra|ultramarathon|triathlon|ironman|duathlon|(?:5|10|15|21(?:\.1)?|42(?:\.2)?|50|100)\s?k|\d+\s?km race|race|sportive|gran fondo)\b/i,
      /\b(?:signed up for|registered for|entered|qualified for|qualified|training for)\b/i,
    ],
    zhStates: [/马拉松|半马|全马|比赛|报名|越野赛|铁人三项/u],
  },
  {
    name: 'instrument',
    words: set('instrument instruments play plays playing'),
    zhWords: list('乐器 乐队'),
    states: [re(`\\b(?:${INSTRUMENTS})\\b`)],
    zhStates: [/钢琴|吉他|小提琴|大提琴|古筝|二胡|架子鼓|尤克里里|长笛|萨克斯|琵琶/u],
  },
  {
    name: 'weight',
    words: set('weight weigh weighs kilos kg pounds heavy'),
    zhWords: list('体重 公斤 多重'),
    states: [
      /\b\d+(?:[.,]\d+)?\s?(?:kg|kgs|kilos|kilograms|lbs|pounds)\b/i,
      /\bweigh(?:s|ed|ing)?\b/i,
      /\bweight\b/i,
    ],
    zhStates: [/\d+(?:\.\d+)?\s?(?:公斤|斤|千克)|体重/u],
  },
  {
    name: 'study',
    words: set(`study studies studying degree major course thesis school university college grade subject`),
    zhWords: list('专业 学校 年级 上学 读书 大学'),
    states: [
      re(
        `\\b(?:stud(?:y|ies|ying|ied)|major(?:s|ing|ed)?\\s+in|degree\\s+in|dropped|switch(?:ed|ing)?\\s+to|chang(?:ed|ing)\\s+to|course\\s+in)\\s+(?:${SUBJECTS})\\b`,
      ),
      /\b(?:master's|masters|phd|doctorate|bachelor's|degree|thesis|dissertation|enrolled|admitted|semester|freshman|sophomore)\b/i,
      /\b(?:goes|go|going|starts|started|starting|attends|attending|moved)\s+(?:to|at)\s+(?:[\p{Lu}][\p{L}'-]*\s+){1,4}(?:School|Primary|Intermediate|High|College|Academy|University|Kindergarten|Montessori)\b/u,
      /\b(?:in|into|starts|started)\s+(?:year|grade|form|class)\s+\d+\b/i,
      // "switching to IT" (written in capitals: "switching to it" is no subject).
      /\b(?:switch(?:ed|ing)?\s+to|major(?:s|ing|ed)?\s+in|degree\s+in|stud(?:y|ies|ying))\s+IT\b/u,
    ],
    zhStates: [/年级|专业|读研|读博|考研|大学|学校|幼儿园|小学|初中|高中|入学|转学|毕业/u],
  },
  {
    name: 'lessons',
    words: set('lessons lesson classes class club clubs activity activities'),
    zhWords: list('兴趣班 课 班'),
    states: [
      /\b(?:lessons|classes|club)\b/i,
      // "I signed up for a wheel-throwing pottery class".
      /\b(?:signed up for|joined|taking|started|enrolled in|booked)\s+(?:a|an|the|my)?\s*(?:[\p{L}-]+\s+){0,3}class\b/iu,
      re(
        `\\b(?:learn(?:s|ing)?|tak(?:es|ing)|start(?:s|ed|ing)?|quit|dropped)\\s+(?:${INSTRUMENTS}|${SPORTS}|chess|art|drawing|painting|coding|ballet)\\b`,
      ),
    ],
    zhStates: [
      /兴趣班|上课|报了.{0,6}班|(?:瑜伽|钢琴|游泳|舞蹈|英语|画画|美术|书法|吉他|声乐|拳击|网球|普拉提|跆拳道)课|课(?:改|换|调)/u,
      /学(?:钢琴|吉他|小提琴|古筝|围棋|象棋|舞蹈|跳舞|画画|美术|书法|游泳|英语|编程|跆拳道|轮滑|篮球|足球|乐高)/u,
      // "子涵围棋升到10级了": a grade passed in what someone learns.
      /(?:钢琴|吉他|小提琴|古筝|围棋|象棋|舞蹈|书法|跆拳道|美术).{0,6}(?:升到|考过|考了|过了).{0,3}[一二三四五六七八九十\d]+(?:级|段)/u,
      // "朵朵围棋老师说她进步快": the teacher of what someone learns.
      /(?:钢琴|吉他|小提琴|古筝|围棋|象棋|舞蹈|书法|跆拳道|美术|画画)老师/u,
    ],
  },
  {
    name: 'diet',
    words: set('diet vegetarian vegan pescatarian meat'),
    zhWords: list('吃素 素食 饮食'),
    states: [
      /\b(?:vegetarian|vegan|pescatarian|pescetarian|plant-based|keto|halal|kosher|gluten[- ]free|dairy[- ]free)\b/i,
      /\b(?:don't|do not|no longer|stopped|gave up|given up|can't|cannot)\s+(?:eat|eating|drink|drinking)\b/i,
      // "eating fish now", "i kept eating fish since", "back on meat": what someone eats again.
      /\b(?:eat|eating|ate|kept eating|started eating)\s+(?:fish|meat|chicken|seafood|dairy|eggs)\s+(?:again|now|since|these days)\b|\bkept eating\b|\bback (?:on|to) (?:meat|fish|eating meat|eating fish)\b/i,
      // "im not veg anymore", "started eating fish and eggs".
      /\b(?:not|no longer|stopped being|quit being)\s+(?:a\s+)?(?:veg|veggie|vegetarian|vegan|pescatarian)\b|\b(?:started|began|start)\s+eating\s+(?:fish|meat|chicken|seafood|dairy|eggs)\b/i,
    ],
    zhStates: [/吃素|素食|不吃|戒了|不喝/u],
  },
  {
    // How someone gets around: the car is one way (a statement of the car states this slot too, see
    // `readSlots`), the bus, the metro or a scooter others.
    name: 'transport',
    words: set('commute commuting transport transportation'),
    zhWords: list('通勤 上下班 交通'),
    states: [
      /\b(?:my|our|a|the|new|old|used)\s+(?:new\s+|old\s+|used\s+|second[- ]hand\s+|electric\s+)?(?:scooter|motorbike|motorcycle|moped|e-bike|ebike|bike|bicycle)\b/i,
      /\b(?:by|take|took|taking|on|ride|riding)\s+(?:the\s+|a\s+)?(?:bus|buses|tram|metro|subway|tube|train|underground|ferry|uber|taxi|scooter|bike|moped)\b/i,
      /\b(?:commute|commuting|leased|lease a|driv(?:e|es|ing) to work|walk to work|cycle to work|bike to work)\b/i,
      /\bline\s+\d+\b|\b(?:TTC|MRT|BART|RER|U-Bahn|S-Bahn)\b/,
      // "got the Deutschlandticket, public transport from now on", "we each bought a travelcard".
      /\b(?:public transport|travel ?card|bus pass|season ticket|monthly pass|car[- ]sharing|car club|deutschlandticket)\b/i,
    ],
    zhStates: [/地铁|公交|骑电动车|电驴|电瓶车|开车上班|打车|通勤|骑车上班|共享单车/u],
  },
  {
    name: 'boat',
    words: set('boat boats yacht dinghy kayak canoe sailboat'),
    zhWords: list('船 游艇'),
    states: [
      /\b(?:boat|boats|dinghy|yacht|sailboat|kayak|canoe|rowboat|skiff|catamaran|outboard|hull|mooring|moored)\b|\b\d+\s?(?:hp|horsepower)\b/i,
    ],
    zhStates: [/船|游艇|皮划艇|舷外机/u],
  },
  {
    name: 'smoking',
    words: set('smoke smokes smoking cigarette cigarettes vape vaping'),
    zhWords: list('抽烟 吸烟 烟'),
    // Smoke in the air is no habit ("The rental car smelled of smoke").
    states: [
      /\b(?:smoking|smoker|cigarettes?|cigs|vaping|nicotine)\b|\b(?:i|we|he|she|they)\s+(?:still\s+|don't\s+|dont\s+|do not\s+|never\s+|no longer\s+|used to\s+)?(?:smoke|vape)\b/i,
      // "off the vape 3 weeks", "no fags no vape", "on the vape now".
      /\b(?:off|on|quit|stopped)\s+the\s+(?:vape|fags|cigs|smokes)\b|\bno\s+(?:fags|cigs|smokes|vape)\b/i,
    ],
    zhStates: [/抽烟|吸烟|戒烟|烟瘾|一包烟|香烟/u],
  },
  {
    name: 'alcohol',
    words: set('alcohol drinking booze sober beer wine'),
    zhWords: list('喝酒 白酒 啤酒 喝点 酒'),
    states: [
      /\b(?:alcohol|sober|sobriety|booze|teetotal|beers?|wine|whisky|whiskey|vodka|drinking|pints?|dry january)\b/i,
    ],
    zhStates: [/喝酒|戒酒|白酒|啤酒|红酒|黄酒|二两|喝点|酒量/u],
  },
];

const BY_NAME = new Map(SLOTS.map((slot) => [slot.name, slot]));
const COMPILED = SLOTS.map((slot) => ({
  name: slot.name,
  patterns: compile(
    [...slot.states, ...slot.zhStates].map((pattern) =>
      pattern instanceof RegExp ? literal(pattern) : pattern,
    ),
  ),
}));

/**
 * The tag a memory stating `slot` carries (indexed with the other tags).
 *
 * @example
 * slotTag('work'); // 'slot:work'
 */
export const slotTag = (slot: SlotName): string => `slot:${slot}`;

/**
 * The slots a user's message states a value for ("We bought a RAV4" → car; "我搬到闵行的新家了" → home).
 *
 * @example
 * statementSlots('I sold the Mazda. We bought a RAV4 hybrid.'); // ['car']
 */
let last: { text: string; slots: SlotName[] } | undefined;
export function statementSlots(text: string): SlotName[] {
  // The turn and the typed memories of one message ask in a row.
  if (last?.text === text) return [...last.slots];
  const slots = readSlots(text);
  last = { text, slots };
  return [...slots];
}

function readSlots(text: string): SlotName[] {
  // A question ("How do I tell the school we are moving?") states nothing.
  const said = text
    .replace(/’/g, "'")
    .split(/(?<=[.!?;。！？；])\s*|\n+/u)
    .filter((sentence) => !/[?？]\s*$/u.test(sentence))
    .join(' ');
  const lower = said.toLowerCase();
  // Lower-casing may change the length (a dotted İ): then every pattern reads the text as written.
  const folded = lower.length === said.length ? lower : said;
  const slots = COMPILED.filter(({ patterns }) => patterns.some((pattern) => pattern.test(folded, said))).map(
    ({ name }) => name,
  );
  return slots.includes('car') && !slots.includes('transport') ? [...slots, 'transport'] : slots;
}

// A statement that the value changed ("I've gone fully vegan since the 1st", "we sold the Mazda",
// "现在改成…"), not one that only mentions it ("vegan waffles included!").
const CHANGE =
  /\b(?:now|since|anymore|any more|no longer|switch(?:ed|ing)?|chang(?:ed|ing)|moved|mov(?:e|ing) (?:to|into)|start(?:ed|ing)|gone|going|became|become|decided|bought|sold|quit|stopped|gave up|given up|traded|upgraded|replaced|instead|officially|from now on|these days|kept|back (?:on|to)|got|joined|signed|left|retired|accepted|met|dating|been out|my own)\b|现在|改成|换成|换到|换了|换好|开始|不再|已经|终于|新(?!车)|新车(?:到|提)|提车|提回|提了|提的|买了|卖了|订了|定了|搬|戒|停了|辞职|入职|跳槽/iu;

/** The tag a slot statement carries when it states a change of the value, not only the value. */
export const CHANGE_TAG = 'slot:change';

/**
 * The slot tags of a user's message: `slot:<name>` for each slot it states, and `slot:change` when it
 * states that a value changed ("I've gone fully vegan since the 1st").
 *
 * @example
 * slotTags('I sold the Mazda. We bought a RAV4 hybrid.'); // ['slot:car', 'slot:transport', 'slot:change']
 */
export function slotTags(text: string): string[] {
  const slots = statementSlots(text);
  if (slots.length === 0) return [];
  return [...slots.map(slotTag), ...(CHANGE.test(text.replace(/’/g, "'")) ? [CHANGE_TAG] : [])];
}

/** A slot a question asks about, and the words of the question that name it. */
export interface AskedSlot {
  readonly slot: SlotName;
  /** English words of the question (lower case) that name the slot. */
  readonly words: readonly string[];
  /** Chinese words of the question that name it. */
  readonly zhWords: readonly string[];
}

// Where people go every day: "How do I get to campus these days?" asks how they travel, not for advice.
const COMMUTE_TO = 'work|school|uni|campus|college|chambers|the office|the hospital|the site';
// A question that asks for advice or about the past is no question about a slot's value now.
const ADVICE = new RegExp(
  `\\b(?:should|could|would|recommend|suggest|ideas?|tips?|best|cheapest|how (?:do|can|should) (?:i|we) (?:get(?! around| about| to (?:${COMMUTE_TO})\\b)|find|choose|pick|fix|clean|reset|make))\\b|推荐|建议|应该|怎么选`,
  'iu',
);
const HOBBY = /\bfor\s+fun\b|\bhobb(?:y|ies)\b|\b(?:free|spare)\s+time\b|爱好|业余/iu;
// Phrases that ask about a slot without its word: how someone gets around ("How do I get to work these
// days?"), what someone takes for a condition ("What am I taking for my arthritis?"), how someone eats
// ("a breakfast that fits the way I eat now", asked inside a request for advice too).
const SLOT_PHRASES: readonly { slot: SlotName; pattern: RegExp; inAdvice?: boolean }[] = [
  {
    slot: 'transport',
    pattern: new RegExp(`\\b(?:get(?:ting)?|go(?:ing)?)\\s+(?:around|about|to (?:${COMMUTE_TO}))\\b`, 'iu'),
  },
  {
    slot: 'medication',
    pattern:
      /\b(?:what|which)\s+(?:am\s+i|are\s+we|is\s+(?:he|she|\p{L}+))\s+(?:taking|using|on)\b|\btaking\s+for\s+(?:my|his|her|the)\b|\bto\s+(?:manage|control|treat)\s+(?:my|his|her|their|the)\b/iu,
  },
  { slot: 'diet', pattern: /\b(?:the\s+way|how|what)\s+(?:i|we)\s+eat\b/iu, inAdvice: true },
  { slot: 'exercise', pattern: /\b(?:keep(?:ing)?|stay(?:ing)?|get(?:ting)?)\s+fit\b/iu },
  // "Who am I going out with these days?": the partner.
  { slot: 'partner', pattern: /\bgo(?:ing|in'?)?\s+out\s+with\b/iu },
  // "Who's the guy I'm with right now?"
  {
    slot: 'partner',
    pattern: /\b(?:guy|girl|man|woman|person|one)\s+(?:i'?m|i\s+am)\s+(?:with|seeing|dating)\b/iu,
  },
  // "Where am I cooking these days?": where someone does what they do for work.
  {
    slot: 'work',
    pattern:
      /\bwhere\s+(?:am|do)\s+i\s+(?:cook|cooking|teach|teaching|nurse|nursing|volunteer|volunteering)\b/iu,
  },
  // "What do I do for fun on weeknights now?": a hobby is a sport, a class or an instrument.
  ...(['exercise', 'lessons', 'instrument'] as const).map((slot) => ({ slot, pattern: HOBBY })),
];
const PHRASE_FILLER = new Set(
  'to the what which am are is i we way how for my his her their get getting go going goin on keep keeping stay staying out with guy girl man woman person one'.split(
    ' ',
  ),
);
const PAST =
  /\b(?:did|was|were|had|used to|before|previous|previously|originally|first|old|former|last (?:year|month|week|time)|ago|when|until)\b|以前|之前|原来|当初|上次|去年|那时|曾经/iu;

/**
 * The slots a question asks about ("Where do I work these days?" → work), from its words.
 *
 * @example
 * askedSlots('What car does the family drive now?'); // [{ slot: 'car', words: ['car', 'drive'], zhWords: [] }]
 */
export function askedSlots(question: string): AskedSlot[] {
  const advice = ADVICE.test(question);
  const words = new Set(
    (
      question
        .toLowerCase()
        .replace(/’/g, "'")
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).filter((word) => word.length > 1),
  );
  // A phrase's words name its slot only ("How do I get to work?" asks how the asker travels, not where
  // they work).
  const phrases = SLOT_PHRASES.flatMap(({ slot, pattern, inAdvice }) => {
    if (advice && !inAdvice) return [];
    const match = pattern.exec(question);
    if (!match) return [];
    const named = (match[0].toLowerCase().match(/[\p{L}]+/gu) ?? []).filter(
      (word) => words.has(word) && !PHRASE_FILLER.has(word),
    );
    return [{ slot, named }];
  });
  const phrased = new Set(phrases.flatMap(({ named }) => named));
  // A Chinese word inside a longer one another slot names ("班" of "上班") is that word's, not its own.
  const zhNamed = advice
    ? []
    : SLOTS.flatMap((slot) => slot.zhWords.filter((word) => question.includes(word)));
  const ownWord = (word: string) =>
    !zhNamed.some((other) => other.length > word.length && other.includes(word));
  return SLOTS.flatMap((slot) => {
    const own = phrases.find((phrase) => phrase.slot === slot.name);
    // "who am i workin for": an "-ing" written without its g names the slot its g form names.
    const named = advice
      ? []
      : [...words].filter(
          (word) => (slot.words.has(word) || slot.words.has(withG(word) ?? '')) && !phrased.has(word),
        );
    const zh = advice ? [] : slot.zhWords.filter((word) => question.includes(word) && ownWord(word));
    return named.length > 0 || zh.length > 0 || own
      ? [{ slot: slot.name, words: [...named, ...(own?.named ?? [])], zhWords: zh }]
      : [];
  });
}

/**
 * Whether a question asks how things are now (present tense, no "before", "used to", "when"…), so the
 * newest statement of a slot answers it.
 *
 * @example
 * asksCurrentValue('Which company do I work for?'); // true
 * asksCurrentValue('Where did I work before?'); // false
 */
export function asksCurrentValue(question: string): boolean {
  return !PAST.test(question.replace(/’/g, "'"));
}

/** Every slot's name (for tests). */
export const SLOT_NAMES: readonly SlotName[] = SLOTS.map((slot) => slot.name);

/** Whether `name` is a known slot. */
export const isSlot = (name: string): name is SlotName => BY_NAME.has(name as SlotName);

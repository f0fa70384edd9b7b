import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { relatedWords } from '../../src/local/search/query-expansion.ts';
import { comparedSides } from '../../src/local/search/search-memories.ts';
import { rankOf, textsByRelativity } from './helpers.ts';

// What the misses of the seventh held-out set (spent at 7d0fc43) showed, in new sentences of our own;
// each case failed before its change:
// - options the assistant numbered or lettered in parentheses ("(1) …, (2) …", "(A) …; (B) …") were not
//   read as options, so "the middle one" or "Option 2 is so her" was no choice;
// - a lower-case phone ("bought iphone 16 today"), a Chinese car picked up ("秦PLUS提回来了") and a hobby
//   asked "for fun" were no slot statements or questions; and "我现在开的是什么车？" matched 现 and 开 of
//   every "现在" and "开会" better than the car it asks about, which only the newest change of the one
//   slot asked now outranks;
// - a question about an event named by a word the user used ("what dates was the lisbon trip?") has no
//   "my", so it was read as no question about the user and its answer fell under the threshold;
// - "did i quit guitar before or after the offer?" asks about two statements, each holding one side of
//   it, so neither held enough of the whole question to pass the threshold;
// - everyday words for the same thing were not related: an airline and a flight, a computer and a
//   laptop, grandchildren and a granddaughter, "my books" and the accountant, a birthday and a bday, a
//   dog and its breed, a scooter and a Vespa, getting rid of something and selling it;
// - a message with one question and a sentence around it ("What make is my sewing machine? I need to
//   order a new presser foot.") was matched as a whole, so the words of the sentence around it, which
//   no memory holds, kept the answer under the threshold;
// - "Where do Graham and I live these days?" read Graham as whose home was asked, so "We moved to Hove"
//   (which does not name him) was no statement of it;
// - a question about a decision already made ("Which binoculars did I settle on in the end?") found the
//   choice only as well as its request matched, which was under the threshold when the request said
//   little ("No more than 400 euros");
// - the newest statement of a slot's change ("Upgraded at last: got an iPhone 15") that holds few of
//   the question's words stayed out of the slot's newest-first places, under an older statement that
//   holds them all.

let memos: LocalMemOS | undefined;
afterEach(async () => {
  await memos?.close();
  memos = undefined;
});

type Line = readonly ['user' | 'assistant', string];

async function talk(day: string, lines: readonly Line[]) {
  memos ??= new LocalMemOS({ path: ':memory:' });
  await memos.addMessage({
    user_id: 'u1',
    conversation_id: `c-${day}`,
    messages: [
      ...lines.map(([role, content], index) => ({
        role,
        content,
        chat_time: `${day} 10:${String(index).padStart(2, '0')}:00`,
      })),
      ...(lines.at(-1)?.[0] === 'user'
        ? [{ role: 'assistant' as const, content: 'Noted.', chat_time: `${day} 10:59:00` }]
        : []),
    ],
  });
}

const say = (content: string, day: string) => talk(day, [['user', content]]);

async function ask(query: string, relativity?: number): Promise<string[]> {
  return textsByRelativity(await memos!.searchMemory({ user_id: 'u1', query, relativity }));
}

async function chatter() {
  await say('Can you help me write a thank-you note for my neighbour?', '2025-02-11');
  await say('The train was cancelled again this morning, I waited forty minutes.', '2025-03-08');
  await say('Any tips for keeping basil alive on a windowsill?', '2025-04-19');
  await say('My headphones keep disconnecting from the laptop.', '2025-05-27');
}

describe('lessons of the seventh spent held-out set', () => {
  it('reads the two sides of a question that compares two things', () => {
    expect(comparedSides('what came first, the breakup with mila or the move?')).toEqual([
      'the breakup with mila',
      'the move',
    ]);
    expect(comparedSides('did i give up guitar before or after i got the offer?')).toEqual([
      'did i give up guitar',
      'i got the offer',
    ]);
    expect(comparedSides('How do I get red wine out of a rug, salt or vinegar?')).toEqual([]);
  });

  it('a pick of a parenthesised option answers what the user decided', async () => {
    await chatter();
    await talk('2025-09-14', [
      ['user', "Gift help please. My brother's birthday is on the 30th and I never know what to get him."],
      ['assistant', 'What is he into?'],
      ['user', 'He has just started baking sourdough and watches every cooking show there is.'],
      [
        'assistant',
        'Ideas: (1) a cast-iron Dutch oven, (2) a one-day bread course with a real baker, (3) a signed cookbook.',
      ],
      ['user', 'Option 2 is so him. He would love a real baker.'],
    ]);
    await say('Work has been hectic, three deadlines this week.', '2025-10-02');
    const found = await ask('What did I decide to get my brother for his birthday?');
    // The choice, restated with what was chosen.
    expect(rankOf(found, 'chose a one-day bread course'), JSON.stringify(found)).toBeGreaterThanOrEqual(0);
    expect(rankOf(found, 'chose a one-day bread course'), JSON.stringify(found)).toBeLessThan(3);
  });

  it('an event named by a word the user used is theirs, so its answer passes the default threshold', async () => {
    await chatter();
    await say('YES lisbon!! me and two friends are going 14-17 may for a hen do', '2025-04-02');
    await say('Work drinks tonight, I am bringing the crisps.', '2025-04-20');
    const found = await ask('what dates was the lisbon trip?');
    expect(rankOf(found, '14-17 may'), JSON.stringify(found)).toBe(0);
  });

  it('relates everyday words for the same thing', () => {
    expect(relatedWords('airline')).toContain('flights');
    expect(relatedWords('computer')).toContain('laptop');
    expect(relatedWords('grandchildren')).toContain('granddaughter');
    expect(relatedWords('books')).toContain('accountant');
    expect(relatedWords('birthday')).toContain('bday');
    expect(relatedWords('dog')).toContain('kelpie');
    expect(relatedWords('scooter')).toContain('vespa');
    expect(relatedWords('rid')).toContain('sold');
  });

  it('"who does my books?" finds the accountant', async () => {
    await chatter();
    await say('tax return due soon, my accountant priya sorts all of that for the shop', '2025-06-14');
    await say('The gutters need clearing before the rain.', '2025-07-02');
    const found = await ask('who does my books these days?');
    expect(rankOf(found, 'accountant priya'), JSON.stringify(found)).toBe(0);
  });

  it('a question comparing two things is answered by a statement of each side', async () => {
    await chatter();
    await say('also quit piano. honestly the scales won lol', '2025-10-18');
    await say('Lunch with the team, the new canteen is decent.', '2025-10-30');
    await say('GOT THE JOB. brightpath, senior analyst, starting in january', '2025-11-08');
    const found = await ask('did i give up piano before or after i got the brightpath offer?');
    expect(rankOf(found, 'quit piano'), JSON.stringify(found)).toBeGreaterThanOrEqual(0);
    expect(rankOf(found, 'GOT THE JOB'), JSON.stringify(found)).toBeGreaterThanOrEqual(0);
  });

  it("a message's one question is matched on its own, not diluted by the sentence around it", async () => {
    await chatter();
    await say(
      'The thing I worry about is my coffee grinder. It is a Baratza Encore and it was not cheap.',
      '2025-06-04',
    );
    await say('Rain all week, the garden is a swamp.', '2025-06-20');
    const found = await ask(
      'What make and model is my coffee grinder? I need to order a replacement burr set.',
    );
    expect(rankOf(found, 'Baratza Encore'), JSON.stringify(found)).toBe(0);
  });

  it("someone named with the asker shares the asker's slot", async () => {
    await say('Graham and I live in a terraced house in Leeds, near the park.', '2025-01-09');
    await chatter();
    await say('Graham found a lovely cheese shop on the corner.', '2025-07-19');
    await say(
      'Keys collected! Our new place is a flat in Hove, tiny but the sea is right there.',
      '2025-09-28',
    );
    const found = await ask('Where do Graham and I live these days?');
    // The fresh home above the stale one (the chatter naming Graham may rank first).
    expect(rankOf(found, 'flat in Hove'), JSON.stringify(found)).toBeGreaterThanOrEqual(0);
    expect(rankOf(found, 'flat in Hove'), JSON.stringify(found)).toBeLessThan(
      rankOf(found, 'house in Leeds'),
    );
  });

  // Added after the eighth held-out set was spent (in this file, which holds the engine-level cases).
  it('a question with "-in" for "-ing" ("who am i workin for") finds what "working" would', async () => {
    await say('im working at a garage in govan, fixing vans mostly', '2025-02-02');
    await chatter();
    await say('new job!! signed with the council, electrician in the housing repairs team', '2025-09-14');
    const found = await ask('who am i workin for these days');
    expect(rankOf(found, 'signed with the council'), JSON.stringify(found)).toBe(0);
  });

  it('a decision already made finds its choice above the threshold, though the choice names little', async () => {
    await chatter();
    await talk('2025-05-13', [
      ['user', 'My binoculars are forty years old and the image is rubbish. I need new ones.'],
      ['assistant', 'What is your budget?'],
      ['user', 'No more than 400 euros, my wife is the minister of finance here.'],
      [
        'assistant',
        'Three good options: 1) Nikon Monarch M5 8x42, 2) Vortex Diamondback HD 8x42 with a lifetime warranty, 3) Zeiss Terra ED 8x42.',
      ],
      ['user', "I think I'll take the second one. A lifetime warranty suits a man who drops things."],
    ]);
    await say('The garden needs weeding again.', '2025-06-02');
    const found = await ask('Which pair of binoculars did I settle on in the end?');
    // The choice itself, as high as the request it answers (it ranked below both of its turns before).
    expect(rankOf(found, 'chose Vortex Diamondback'), JSON.stringify(found)).toBeGreaterThanOrEqual(0);
    expect(rankOf(found, 'chose Vortex Diamondback'), JSON.stringify(found)).toBeLessThan(2);
  });

  it('a lower-case phone bought answers which phone the user has now', async () => {
    await say('My old samsung is so slow, the battery dies by lunch.', '2025-01-20');
    await chatter();
    await say('did it. bought iphone 16 today, first apple thing i own', '2025-08-09');
    const found = await ask('what telephone do i have now?');
    expect(rankOf(found, 'iphone 16'), JSON.stringify(found)).toBe(0);
  });

  it('a Chinese car picked up answers what the family drives now, above memories that share 现 and 开', async () => {
    await say('我的车是2015年的朗逸，跑了十几万公里了。', '2025-01-12');
    await say('周末带孩子去公园放风筝，风太大了。', '2025-03-02');
    await say('开车去公司现在要四十分钟，堵死了。', '2025-05-18');
    await say('我们现在每天晚上散步半小时，开心多了。', '2025-06-22');
    await say('车也换好了，秦PLUS提回来了，白色的。', '2025-09-06');
    await say('现在开会太多了，一天五六个会。', '2025-10-11');
    const found = await ask('我们家现在开的是什么车？');
    expect(rankOf(found, '秦PLUS'), JSON.stringify(found)).toBe(0);
  });

  it('what the user does for fun now is the class they took up', async () => {
    await say('Saturday five-a-side is the best part of my week.', '2025-01-18');
    await chatter();
    await say(
      'Knee surgery, so no football for a year. I signed up for a pottery class on Tuesday nights instead.',
      '2025-07-08',
    );
    await say('Long day at work, the printer jammed twice.', '2025-08-01');
    const found = await ask('What do I do for fun on weeknights these days?');
    expect(rankOf(found, 'pottery class'), JSON.stringify(found)).toBe(0);
  });

  it("the newest change of a slot joins its statements though it holds few of the question's words", async () => {
    await say('I use my Samsung for work calls, the phone is fine for calls and email.', '2025-01-05');
    await chatter();
    await say('Upgraded at last: got an iPhone 15 last week.', '2025-06-01');
    const found = await ask('Which phone am I using for work calls these days?');
    expect(rankOf(found, 'iPhone 15'), JSON.stringify(found)).toBe(0);
  });
});

// What the misses of the ninth held-out set (spent at c24ab7e) showed, in new sentences of our own;
// each case failed before its change:
// - 新 tagged every mention of "新车" as a change ("国庆开新车回老家"), so a later trip in the new car
//   led the car slot, while the car ordered and picked up ("订了比亚迪汉，昨天提的车") was no change;
// - a question that names its slot only by a phrase of stop words ("who am i going out with at the
//   moment") gave every statement of the slot no match at all, so nothing was returned;
// - a car make written in lower case ("silver renault captur") and a van were no car statements;
// - being one's own boss was no statement of work, a "2 bed in salthill" none of home;
// - a plot for vegetables and an allotment were not related, nor a shop shut and one closed.
describe('lessons of the ninth spent held-out set', () => {
  it('the car ordered and picked up answers what the user drives now, above later trips in the new car', async () => {
    await say('我那辆老朗逸开了十年了，毛病越来越多。', '2025-01-12');
    await say('周末带孩子去公园放风筝，风太大了。', '2025-03-02');
    await say('最后订了比亚迪汉，昨天提的车，灰色的。', '2025-06-14');
    await say('国庆开新车回老家，跑了六百公里。', '2025-10-03');
    await say('孩子给新车取了个名字叫小灰。', '2025-11-08');
    const found = await ask('我现在开的是什么车？');
    expect(rankOf(found, '比亚迪汉'), JSON.stringify(found)).toBe(0);
  });

  it('a slot asked by a phrase of stop words finds its newest statement', async () => {
    await say('my girlfriend tess is a vet, she works mad hours', '2025-01-09');
    await chatter();
    await say('tess and i broke up. it was a long time coming', '2025-06-02');
    await say('so. met someone at the climbing wall. ruth. we have been out a few times', '2025-09-20');
    const found = await ask('who am i going out with at the moment');
    expect(rankOf(found, 'ruth'), JSON.stringify(found)).toBe(0);
  });

  it('a lower-case car make bought answers what the user is driving around in now', async () => {
    await say('I get everywhere on my old bike, the gears are shot though.', '2025-02-01');
    await chatter();
    await say('got it!! silver renault captur, mine at last. 190 a month for 3 years', '2025-08-16');
    const found = await ask('what am i driving around in now');
    expect(rankOf(found, 'renault captur'), JSON.stringify(found)).toBe(0);
  });

  it("being one's own boss answers what the user's job is now", async () => {
    await say('I work as a translator at Lingo Partners in Leeds, mostly legal documents.', '2025-01-15');
    await chatter();
    await say(
      'As of last week I am officially my own boss, doing translation from home for small firms.',
      '2025-09-01',
    );
    const found = await ask('What is my job now?');
    expect(rankOf(found, 'my own boss'), JSON.stringify(found)).toBe(0);
  });

  it('a "2 bed in" place answers where the user lives these days', async () => {
    await say('I live in Limerick with my sister, the rent is grand.', '2025-01-20');
    await chatter();
    await say('arrived. im in galway. 2 bed in salthill, small but its ours', '2025-07-05');
    const found = await ask('where am i living these days');
    expect(rankOf(found, 'salthill'), JSON.stringify(found)).toBe(0);
  });

  it('relates a plot for vegetables to an allotment', () => {
    expect(relatedWords('plot')).toContain('allotment');
    expect(relatedWords('vegetables')).toContain('allotment');
  });

  it('relates a shop shut to a shop closed', () => {
    expect(relatedWords('shut')).toContain('closed');
  });
});

// What the misses of the tenth held-out set (spent at dc9554d) showed, in new sentences of our own;
// each case failed before its change: everyday words for the same thing were not related (seafood and
// fish, a schedule and a roster, training and practice, a camera and its make); "the guy I'm with"
// or "how do I get to campus" asked no slot; "moved." on its own and "the clapham flat" were no
// statements of home; and the newest change of the one slot asked, lifted to the top of the ranking,
// could still stay under the default threshold when the question's other words ("London") matched
// nothing well.
describe('lessons of the tenth spent held-out set', () => {
  it('relates seafood, schedules, training and cameras to what memories say', () => {
    expect(relatedWords('seafood')).toContain('fish');
    expect(relatedWords('schedule')).toContain('roster');
    expect(relatedWords('train')).toContain('practice');
    expect(relatedWords('camera')).toContain('nikon');
  });

  it('"who\'s the guy I\'m with" finds the newest partner statement', async () => {
    await say('I went on a date with Tom from the climbing gym, he was nice but no spark.', '2025-02-14');
    await chatter();
    await say('ok it is official, Sam and I are together now.', '2025-09-10');
    const found = await ask("Who's the guy I'm with right now?");
    expect(rankOf(found, 'Sam and I'), JSON.stringify(found)).toBe(0);
  });

  it("the newest change of the one slot asked passes the default threshold, though the question's other words are held elsewhere", async () => {
    await say('I share the brixton flat with my friend Jo, two years now.', '2025-01-10');
    await say('London rents are insane, my salary barely covers it.', '2025-02-02');
    await chatter();
    await say('moved. greenwich flat w jo, 5 min from the park. boxes everywhere', '2025-07-20');
    const found = await ask('Remind me which borough of the capital I live in');
    expect(rankOf(found, 'greenwich'), JSON.stringify(found)).toBe(0);
  });
});

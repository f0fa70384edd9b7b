import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { textsByRelativity } from './helpers.ts';

// Updated facts (issue 13): when a fact changes, the fresh statement must rank above every stale one,
// even when it does not use the question's words ("Where do I work?" after "We opened our bakery").
// Slots (src/local/extraction/slots.ts) map statements and questions to the thing they are about;
// a question about how things are now gets the slot's newest statements first, and "No more X" /
// "I quit X" / "I sold the X" mark the older memories naming X as superseded. Each case of the first
// block failed before the slots (the fresh statement was missing or ranked below the stale one); the
// second block guards what the slots must leave alone (it passed before too).

let memos: LocalMemOS | undefined;
afterEach(async () => memos?.close());

async function say(content: string, chatTime: string, user = 'u1') {
  await memos!.addMessage({
    user_id: user,
    conversation_id: `${user}-${chatTime.slice(0, 10)}`,
    messages: [
      { role: 'user', content, chat_time: chatTime },
      { role: 'assistant', content: 'Noted.', chat_time: chatTime },
    ],
  });
}

async function ask(query: string, user = 'u1'): Promise<string[]> {
  return textsByRelativity(await memos!.searchMemory({ user_id: user, query }));
}

/** Index of the first result holding `text` (-1 when none). */
const rank = (found: readonly string[], text: string) => found.findIndex((item) => item.includes(text));

/** The fresh statement is returned and ranks above every stale one. */
function expectFreshFirst(found: readonly string[], fresh: string, stale: readonly string[]) {
  const freshRank = rank(found, fresh);
  expect(freshRank, `"${fresh}" in ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
  for (const old of stale) {
    const staleRank = rank(found, old);
    expect(staleRank === -1 || staleRank > freshRank, `"${old}" above "${fresh}"`).toBe(true);
  }
}

// Everyday chatter around the facts, so the facts compete with other memories.
async function chatter() {
  await say('Can you suggest a quick pasta recipe for tonight?', '2024-02-02 19:00:00');
  await say('My work laptop keeps freezing during video calls.', '2024-05-14 10:00:00');
  await say('We are driving to the coast for the long weekend, any playlist ideas?', '2024-08-01 18:00:00');
  await say('The new neighbours have a very loud dog.', '2024-10-20 08:00:00');
}

describe('updated facts: the fresh statement of a slot ranks first', () => {
  it('a new job stated without the word "work" answers "Where do I work these days?"', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I work as an accountant at Halvorsen Freight, mostly payroll.', '2024-01-15 09:00:00');
    await chatter();
    await say(
      'We opened our bakery on Dalton Street this morning! Queue out the door.',
      '2024-09-07 08:00:00',
    );
    expectFreshFirst(await ask('Where do I work these days?'), 'bakery on Dalton Street', ['Halvorsen']);
  });

  it('a car bought by make and model answers "What car do I drive?"', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('My old Skoda Fabia failed its inspection again, the brakes this time.', '2024-02-20 17:00:00');
    await chatter();
    await say(
      'Picked up a second-hand Kia Ceed on Saturday, the Fabia went for scrap.',
      '2024-09-14 12:00:00',
    );
    expectFreshFirst(await ask('What car do I drive now?'), 'Kia Ceed', ['failed its inspection']);
  });

  it('a break-up answers "Am I in a relationship?" above the older partner', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('My girlfriend Tessa wants to go to Lisbon in the spring.', '2024-03-02 20:00:00');
    await chatter();
    await say('Tessa and I broke up last week. It was mutual, still hurts.', '2024-11-09 22:00:00');
    expectFreshFirst(await ask('Am I in a relationship?'), 'broke up', ['wants to go to Lisbon']);
  });

  it('"I quit X" ranks above the older statement about X', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('Honestly I get through four cans of cola a day at the office.', '2024-01-22 15:00:00');
    await chatter();
    await say('Good news: I quit cola, three weeks without a can now.', '2024-10-03 09:00:00');
    expectFreshFirst(await ask('How many cans of cola do I drink a day?'), 'I quit cola', ['four cans']);
  });

  it('"No more X" ranks above the older statement about a medicine', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I take metoprolol every morning for my blood pressure.', '2024-02-11 08:00:00');
    await chatter();
    await say('Saw the GP: no more metoprolol, she switched me to bisoprolol.', '2024-09-30 12:00:00');
    expectFreshFirst(await ask('Which blood pressure tablet am I on?'), 'bisoprolol', ['every morning']);
  });

  it('a Chinese job change answers 我现在在哪工作？', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('我在杭州的一家银行工作，做柜员，每天都很忙。', '2024-03-05 20:00:00');
    await say('周末想去西湖走走，有什么推荐？', '2024-04-06 10:00:00');
    await say('我跳槽了，今天第一天去游戏公司报到。', '2024-10-08 21:00:00');
    expectFreshFirst(await ask('我现在在哪工作？'), '游戏公司', ['银行']);
  });

  it("a relative's move, named by her name, answers a question about the relation", async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('My sister Ana lives in Porto with her two cats.', '2024-01-08 19:00:00');
    await chatter();
    await say("Ana's new flat is in Braga, she moved for the hospital job.", '2024-09-21 18:00:00');
    expectFreshFirst(await ask('Where does my sister live these days?'), 'Braga', ['Porto']);
  });
});

// Added after the fourth held-out set was spent: each failed before its change (new sentences of the
// kinds that set's misses showed, none from the bench).
describe('updated facts: newest first beyond the slot lexicons', () => {
  it('a change no slot names ranks above the older statement holding the same word', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I sing soprano in the community choir on Thursdays.', '2024-01-11 21:00:00');
    await chatter();
    await say('The choir concert went well, my mum came to watch.', '2024-05-18 22:00:00');
    await say('Choir news: the director moved me to the alto section!', '2024-09-12 21:30:00');
    expectFreshFirst(await ask('Which part do I sing in the choir now?'), 'alto section', ['soprano']);
  });

  it('how someone gets to work is asked by the phrase, and a tram answers it after the car', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I drive my 2014 Toyota Corolla to the office, 40 minutes each way.', '2024-02-06 08:00:00');
    await chatter();
    await say('Sold the car! From now on I take the tram and then the 12 bus.', '2024-10-15 18:00:00');
    expectFreshFirst(await ask('How do I get to work these days?'), 'tram', ['Corolla']);
  });

  // Added after the fifth held-out set was spent.
  it('the new job ranks above later messages that only say "work" in passing', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say(
      'Five years at the same garden centre and they still give me Sunday shifts.',
      '2024-01-12 18:00:00',
    );
    await say('I got the council job!! I start in March as a parks officer.', '2024-02-20 19:00:00');
    await say('Monday works for the dentist, I have a day off.', '2024-05-02 09:00:00');
    await say('My knee will not work properly on stairs lately.', '2024-06-11 20:00:00');
    await say('Can you make the plan work for two people instead of four?', '2024-07-03 12:00:00');
    await say('We tried the new pizza place, the crust did not work for me.', '2024-08-15 21:00:00');
    await say('Does this sourdough recipe work without a mixer?', '2024-09-01 10:00:00');
    await say("The printer won't work again, third time this week.", '2024-09-20 16:00:00');
    await say('Noor is back at work next month.', '2024-10-05 08:00:00');
    await say('Will the heat pump work in the attic?', '2024-10-20 11:00:00');
    await say('The new timetable should work better for the kids.', '2024-11-02 17:00:00');
    expectFreshFirst(await ask('Where am I working these days?'), 'council job', ['garden centre']);
  });

  it('a question in spoken northern Chinese (俺) is about the asker', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('俺在工地上开挖掘机，一个月七千。', '2024-03-10 20:00:00');
    await say('周末想带孩子去公园转转。', '2024-05-02 10:00:00');
    await say('俺不在工地干了，现在专门跑网约车。', '2024-10-21 21:00:00');
    expectFreshFirst(await ask('俺现在是干啥营生的？'), '网约车', ['挖掘机']);
  });
});

describe('updated facts: what the slots leave alone', () => {
  it('a question about the past still finds the older statement first', async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('I work as an accountant at Halvorsen Freight, mostly payroll.', '2024-01-15 09:00:00');
    await say(
      'We opened our bakery on Dalton Street this morning! Queue out the door.',
      '2024-09-07 08:00:00',
    );
    expect((await ask('Where did I work before?'))[0]).toContain('Halvorsen');
  });

  it("a question about someone else's slot is not answered by the user's own statement", async () => {
    memos = new LocalMemOS({ path: ':memory:' });
    await say('My parents are based in Nicosia, near the old town.', '2024-02-03 12:00:00');
    await say('I moved to a flat in Leeds last month, near the station.', '2024-09-12 19:00:00');
    expect((await ask('Where are my parents based?'))[0]).toContain('Nicosia');
  });
});

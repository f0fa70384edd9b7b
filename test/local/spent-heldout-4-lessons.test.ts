import { LocalMemOS } from 'memos-middleware/local';
import { afterEach, describe, expect, it } from 'vitest';
import { rankOf, textsByRelativity } from './helpers.ts';

// What the misses of the fourth held-out set (spent at 25c8793) showed, in new sentences of our own;
// each case failed before its change:
// - "Who's my partner these days?" read "partner" as someone else whose slot was asked, so "Dario and
//   I are officially together" (which names no relation) was no answer;
// - a question about a pet or person the user named ("What breed is Pepper?") was not about the user,
//   so its answer fell under the default threshold; and a memory naming the person a question names
//   ("during Efua's trip") counted that name as one word among the question's;
// - "How much coffee…" did not reach espressos and lattes, "keeping fit" did not ask about exercise;
// - "What did I end up getting my dad?" matched the request ("no idea what to get him") but not the
//   choice that answered it a few messages later ("Number 2, he will frame it");
// - "latest" and "end up" counted as words the answer had to hold.

let memos: LocalMemOS | undefined;
afterEach(async () => {
  await memos?.close();
  memos = undefined;
});

async function say(content: string, day: string) {
  memos ??= new LocalMemOS({ path: ':memory:' });
  await memos.addMessage({
    user_id: 'u1',
    conversation_id: `c-${day}`,
    messages: [
      { role: 'user', content, chat_time: `${day} 10:00:00` },
      { role: 'assistant', content: 'Thanks for telling me.', chat_time: `${day} 10:01:00` },
    ],
  });
}

async function ask(query: string, relativity?: number): Promise<string[]> {
  return textsByRelativity(await memos!.searchMemory({ user_id: 'u1', query, relativity }));
}

const rank = rankOf;

// Everyday chatter, so the answers compete with other memories.
async function chatter() {
  await say('Can you help me write a birthday card for my aunt?', '2025-02-14');
  await say('The bus was late again this morning, third time this week.', '2025-03-03');
  await say('Any tips for growing tomatoes on a balcony?', '2025-04-22');
  await say('My laptop fan is really loud lately.', '2025-05-30');
}

describe('lessons of the fourth spent held-out set', () => {
  it('a new partner who is named but never called "partner" answers "Who\'s my partner these days?"', async () => {
    await say('My boyfriend Marco is cooking risotto tonight, he is a chef at Trattoria Rosa.', '2025-01-18');
    await chatter();
    await say('Big news: Dario and I are officially together, he asked me at the lake.', '2025-10-04');
    const found = await ask("Who's my partner these days?");
    expect(rank(found, 'Dario'), JSON.stringify(found)).toBe(0);
  });

  it('a question about a pet the user named passes the default threshold', async () => {
    await say(
      'Took Pepper to the vet today, the border collie needs his jabs before the kennel.',
      '2025-01-09',
    );
    await chatter();
    const found = await ask('What breed is Pepper?');
    expect(rank(found, 'border collie'), JSON.stringify(found)).toBe(0);
  });

  it('a memory naming the person the question names passes the default threshold', async () => {
    await chatter();
    await say('Efua lands on the 12th, she is staying with me for ten days.', '2025-07-10');
    await say('For the fancy dinner with Efua I booked the West African place in Peckham.', '2025-08-10');
    await say('My flatmate keeps leaving dishes in the sink.', '2025-09-10');
    const found = await ask("Which restaurant did I pick for the nice meal out during Efua's trip?");
    expect(rank(found, 'West African place'), JSON.stringify(found)).toBe(0);
  });

  it('a decision question finds the choice made in the conversation of the request it matches', async () => {
    await chatter();
    memos ??= new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c-gift',
      messages: [
        {
          role: 'user',
          content: 'My dad turns 70 in June and I have no idea what to get him.',
          chat_time: '2025-05-02 19:00:00',
        },
        { role: 'assistant', content: 'What does he enjoy?', chat_time: '2025-05-02 19:01:00' },
        {
          role: 'user',
          content: 'Gardening and old jazz records, he spends every Sunday in the allotment.',
          chat_time: '2025-05-02 19:02:00',
        },
        {
          role: 'assistant',
          content:
            'Ideas: 1) a Japanese pruning saw; 2) a first pressing of Kind of Blue; 3) a raised cedar planter.',
          chat_time: '2025-05-02 19:03:00',
        },
        { role: 'user', content: 'Number 2, he will frame it.', chat_time: '2025-05-02 19:04:00' },
      ],
    });
    await say('The boiler is making a weird clicking noise again.', '2025-06-01');
    const found = await ask('What did I end up getting my dad for his 70th?');
    expect(rank(found, 'Number 2, he will frame it'), JSON.stringify(found)).toBeGreaterThanOrEqual(0);
    expect(rank(found, 'Number 2, he will frame it')).toBeLessThan(3);
  });

  it('"latest" frames the question and is no word the answer must hold', async () => {
    await say('Clinic visit: my HbA1c is 8.2, the nurse was not impressed.', '2025-01-14');
    await chatter();
    await say('HbA1c back at 6.9, finally under 7!', '2025-09-03');
    const found = await ask("What's my latest HbA1c number?");
    expect(rank(found, '6.9'), JSON.stringify(found)).toBe(0);
  });

  // Added after the fifth held-out set was spent: a reply to "Tell me!" goes on with the message before
  // it, and "charging" reaches a rate.
  it('a reply to "Tell me!" carries the message it continues, and its slot', async () => {
    await say('My girlfriend Noa and I are going to Crete in June.', '2025-01-11');
    await chatter();
    memos ??= new LocalMemOS({ path: ':memory:' });
    await memos.addMessage({
      user_id: 'u1',
      conversation_id: 'c-news',
      messages: [
        {
          role: 'user',
          content: 'ok so we broke up, and i met someone 👀',
          chat_time: '2025-10-02 21:00:00',
        },
        { role: 'assistant', content: 'Ooh! Tell me!', chat_time: '2025-10-02 21:01:00' },
        {
          role: 'user',
          content: "jonas. he's a carpenter in the old town, we met at the climbing wall lol",
          chat_time: '2025-10-02 21:02:00',
        },
      ],
    });
    const found = await ask('Who am I seeing right now?');
    expect(rank(found, 'jonas. he'), JSON.stringify(found)).toBe(0);
  });

  it('"charging" reaches the rate a newer statement gives', async () => {
    await say('I charge 40 euros an hour for private maths lessons.', '2025-01-20');
    await chatter();
    await say('Raised my rate to 48 euros an hour from September.', '2025-08-28');
    const found = await ask('How much am I charging per hour for lessons these days?');
    expect(rank(found, '48 euros'), JSON.stringify(found)).toBe(0);
  });

  // A guard for the changes above (it passed before too): a place is no pet, and no person.
  it('a place the user named, asked about by name, is still no question about the user', async () => {
    await say('I moved to Auckland in May, the flat is tiny but the harbour views are great.', '2025-05-12');
    await chatter();
    expect(await ask('How big is Auckland?')).toEqual([]);
  });

  // Only the related words match here, which alone is weak evidence: found at relativity 0.
  it('how much coffee reaches espressos and a latte, newest first', async () => {
    await say('I get through four espressos a day at the office, it is a problem.', '2025-01-20');
    await chatter();
    await say('Cut right down: one oat latte in the morning and nothing after noon.', '2025-09-15');
    const found = await ask('How much coffee am I drinking these days?', 0);
    expect(rank(found, 'oat latte'), JSON.stringify(found)).toBe(0);
    expect(rank(found, 'four espressos')).toBeGreaterThan(0);
  });

  it('"keeping fit" asks about exercise: laps in the pool rank above the old runs', async () => {
    await say('I run 10k along the canal most mornings before work.', '2025-01-25');
    await chatter();
    await say('Physio says no running for now, so I started swimming laps three times a week.', '2025-08-02');
    const found = await ask('How am I keeping fit these days?');
    expect(rank(found, 'swimming laps'), JSON.stringify(found)).toBe(0);
  });
});

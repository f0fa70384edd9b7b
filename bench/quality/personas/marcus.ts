import { definePersona } from '../author.ts';

/** Marcus: chemistry teacher in Denver, two kids; running plans turn into cycling, a house hunt into a renovation. */
export const marcus = definePersona({
  user_id: 'marcus',
  name: 'Marcus Reed',
  summary:
    'High-school chemistry teacher in Denver, wife Dana, kids Eli and Ruby, lactose intolerant, knee injury.',
  language: 'en',
  sessions: [
    {
      start: '2024-11-03 20:10',
      lines: [
        [
          'u',
          'Hey, I teach chemistry to juniors at a public high school in Denver and I need a fun demo for a lesson on exothermic reactions.',
          'job',
        ],
        [
          'a',
          'Try the classic elephant toothpaste: hydrogen peroxide, dish soap and a potassium iodide catalyst. It is dramatic, safe with goggles and gloves, and you can measure the temperature change.',
        ],
        ['u', 'We did that last year. Something new?'],
        [
          'a',
          'Hand warmers are a nice one: students open iron-powder packets, log the temperature every 30 seconds and graph the curve. Cheap, safe and very data-friendly.',
        ],
        ['u', 'Oh that is good, I will do the hand warmer one'],
        ['a', 'Great choice. Buy one packet per group plus a spare.'],
      ],
    },
    {
      start: '2024-11-20 06:15',
      lines: [
        [
          'u',
          "I'm training for the Denver half marathon next spring, my first ever. Can you make me a 16 week plan?",
          'half-marathon',
        ],
        [
          'a',
          'Sure. Weeks 1–4: three easy runs of 3–4 miles plus one long run building from 5 to 7 miles. Weeks 5–12: add a tempo day and grow the long run to 11 miles. Weeks 13–16: peak at 12, then taper.',
        ],
        ['u', 'I can only run before school, so early mornings only, like 5:30.'],
        [
          'a',
          'Then keep the weekday runs short and do the long run on Saturday morning. Lay out your kit the night before.',
        ],
      ],
    },
    {
      start: '2024-12-14 17:40',
      lines: [
        [
          'u',
          'Need dinner ideas that my whole family will eat. Dana and I have two kids, Eli is seven and Ruby just turned four.',
          'family',
        ],
        [
          'a',
          'Kid-friendly ideas: sheet-pan chicken fajitas, homemade pizza night, turkey meatballs with pasta, or breakfast-for-dinner pancakes.',
        ],
        ['u', 'Dairy wrecks my stomach, so go easy on the cheese and cream.', 'lactose'],
        [
          'a',
          'Got it. Pizza with lactose-free mozzarella or a dairy-free pesto base works, and the fajitas are easy to serve with guacamole instead of sour cream.',
        ],
        ['u', 'Fajitas it is.'],
        ['a', 'Enjoy! Let the kids build their own, they usually eat more that way.'],
      ],
    },
    {
      start: '2025-01-25 21:30',
      lines: [
        [
          'u',
          'We are starting to look at houses in Boulder. The commute would be longer but the schools are great.',
          'boulder',
        ],
        [
          'a',
          'Boulder schools are well rated. The drive to Denver is 30–45 minutes depending on traffic on US-36, and there is also the Flatiron Flyer bus.',
        ],
        ['u', 'Our budget is around 750k, is that realistic there?'],
        [
          'a',
          'It is tight for a single-family home in Boulder itself; Louisville, Superior or Lafayette nearby give you more space for that budget.',
        ],
      ],
    },
    {
      start: '2025-02-18 19:00',
      lines: [
        [
          'u',
          'Bad news, the physio says I tore my meniscus. No running for at least six months, so the half marathon is off.',
          'injury',
        ],
        [
          'a',
          'Sorry to hear that. Meniscus tears usually heal well with rehab. Low-impact cardio like swimming or cycling is often allowed, check with your physio.',
        ],
        [
          'u',
          'She said cycling is fine. I bought a used gravel bike and I ride to school twice a week now.',
          'cycling',
        ],
        ['a', 'That is a great substitute, and commuting by bike builds the habit without extra time.'],
      ],
    },
    {
      start: '2025-03-30 15:20',
      lines: [
        ['u', 'Can you recommend some sci-fi? I loved The Expanse and Project Hail Mary.', 'scifi'],
        [
          'a',
          'You might like Children of Time by Adrian Tchaikovsky, the Murderbot Diaries by Martha Wells, and Leviathan Wakes if you have not read the books behind The Expanse.',
        ],
        ['u', "Read Murderbot already. I'll try Children of Time."],
        ['a', 'Good pick, it has a great blend of evolution and first contact.'],
      ],
    },
    {
      start: '2025-05-11 20:45',
      lines: [
        [
          'u',
          "Change of plans on the house. Prices in Boulder are nuts, so we're staying put and renovating the kitchen instead.",
          'renovate',
        ],
        [
          'a',
          'That can be a smart move. A mid-range kitchen remodel usually returns a good part of its cost on resale. Do you have a contractor yet?',
        ],
        ['u', 'Not yet. What questions should I ask contractors?'],
        [
          'a',
          'Ask for licence and insurance, references from recent kitchen jobs, a written itemised bid, a timeline with milestones, and how they handle change orders.',
        ],
      ],
    },
    {
      start: '2025-06-22 10:05',
      lines: [
        [
          'u',
          'We are driving to Yellowstone in the Subaru in July with both kids. What should we not miss?',
          'yellowstone',
        ],
        [
          'a',
          'Old Faithful and the Upper Geyser Basin, Grand Prismatic from the overlook trail, the Lamar Valley at dawn for wildlife, and the Grand Canyon of the Yellowstone at Artist Point.',
        ],
        ['u', 'How long is the drive from Denver roughly?'],
        [
          'a',
          'About 8 to 9 hours to the south entrance via Wyoming. Many families split it with a night in Lander or Jackson.',
        ],
        ['u', 'Cool, we will stop in Jackson'],
        ['a', 'Good plan, Jackson is a nice stopover.'],
      ],
    },
    {
      start: '2025-08-19 22:00',
      lines: [
        [
          'u',
          "School starts next week. This year I'm also coaching the science olympiad team on Thursdays after class.",
          'olympiad',
        ],
        [
          'a',
          'That is a great addition. Start with past event rules and pair experienced students with new ones.',
        ],
        ['u', 'Any tips for staying sane with that extra load?'],
        [
          'a',
          'Batch your grading, reuse lab materials across classes, and protect one evening a week with no school work at all.',
        ],
      ],
    },
  ],
  questions: [
    ['stable', 'What subject does he teach?', ['job']],
    ['stable', 'Where is he based?', ['job']],
    ['stable', 'How many children does he have and how old are they?', ['family']],
    ['stable', 'What is his wife called?', ['family']],
    ['indirect', 'Is there any food intolerance to keep in mind when suggesting recipes?', ['lactose']],
    ['updated', 'Is he still preparing for a race this spring?', ['injury']],
    ['updated', 'How does he get his exercise now?', ['cycling']],
    ['updated', 'Are they still planning to buy a home somewhere else?', ['renovate']],
    ['stable', 'What sort of novels does he enjoy?', ['scifi']],
    ['stable', 'Where is the family going on their summer road trip?', ['yellowstone']],
    ['indirect', 'What car does the family own?', ['yellowstone']],
    ['stable', 'What extracurricular activity does he lead at school this year?', ['olympiad']],
  ],
});

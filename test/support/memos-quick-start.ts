// The vendor's quick-start search answer, verbatim from memos-docs/quick-start.md §2.2
// (search_memory_res.json, reasoning texts shortened): the wire shape before any schema parsing.
export const quickStartSearchResponse = {
  memory_detail_list: [
    {
      id: 'cf1230dd-3ebe-4832-809d-28a455b0e3ea',
      memory_key: 'Summer travel plans to Guangzhou',
      memory_value:
        'The user has planned to travel to Guangzhou during the summer and has decided to choose 7 Days Inn for accommodation.',
      memory_type: 'WorkingMemory',
      create_time: 1762748859685,
      conversation_id: '0610',
      status: 'activated',
      confidence: 0.99,
      tags: ['travel', 'Guangzhou', 'accommodation', 'hotels'],
      update_time: 1762748860562,
      relativity: 0.0016035014,
    },
  ],
  preference_detail_list: [
    {
      id: '1cdc9186-41d4-4f03-b1ac-e6b037383b9d',
      preference_type: 'explicit_preference',
      preference:
        'User prefers to choose 7 Days Inn for accommodation during their trip to Guangzhou this summer.',
      reasoning: "The user explicitly stated 'I’ll choose 7 Days Inn,' which shows a clear preference.",
      create_time: 1762749378166,
      conversation_id: '0610',
      status: 'activated',
      update_time: 1762749115125,
    },
    {
      id: 'e79a61e4-49fb-4365-9ccf-52c194aadd19',
      preference_type: 'implicit_preference',
      preference: 'Preference for cost-effective accommodations.',
      reasoning:
        "The user's choice of 7 Days Inn, a budget hotel chain, suggests a preference for cost-effective stays.",
      create_time: 1762749115269,
      conversation_id: '0610',
      status: 'activated',
      update_time: 1762749336979,
    },
  ],
  preference_note:
    "\n# Note:\nFact memory are summaries of facts, while preference memory are summaries of user preferences.\nYour response must not violate any of the user's preferences, whether explicit or implicit, and briefly explain why you answer this way to avoid conflicts.\n",
};
